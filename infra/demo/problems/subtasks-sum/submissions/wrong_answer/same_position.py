# Wrong: looks a partner up among all positions, itself included, so a value
# of exactly t/2 pairs with itself (a trap only the large subtask sets).
import sys

data = sys.stdin.buffer.read().split()
n, t = int(data[0]), int(data[1])
values = [int(x) for x in data[2 : 2 + n]]
position = {value: i for i, value in enumerate(values)}
for i, value in enumerate(values):
    j = position.get(t - value)
    if j is not None:
        print(i + 1, j + 1)
        break
