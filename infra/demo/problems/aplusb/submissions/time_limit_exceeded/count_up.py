# Correct but far too slow: counts one step at a time (up to 2e9 steps).
a, b = map(int, open(0).read().split())
total = 0
for value in (a, b):
    step = 1 if value > 0 else -1
    for _ in range(abs(value)):
        total += step
print(total)
