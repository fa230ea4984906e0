# Correct but quadratic: fine for n = 1000, far too slow for n = 200000.
import sys

data = sys.stdin.buffer.read().split()
n, t = int(data[0]), int(data[1])
values = [int(x) for x in data[2 : 2 + n]]


def find():
    for i in range(n):
        want = t - values[i]
        for j in range(i + 1, n):
            if values[j] == want:
                return i + 1, j + 1


print(*find())
