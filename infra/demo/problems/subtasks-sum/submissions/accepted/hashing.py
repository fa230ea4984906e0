import sys

data = sys.stdin.buffer.read().split()
n, t = int(data[0]), int(data[1])
seen = {}
for j in range(n):
    value = int(data[2 + j])
    i = seen.get(t - value)
    if i is not None:
        print(i + 1, j + 1)
        break
    seen.setdefault(value, j)
