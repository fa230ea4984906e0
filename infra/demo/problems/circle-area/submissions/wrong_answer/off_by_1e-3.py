import math

r = float(input())
# Wrong: a stray 1e-3 is far outside the tolerance for small circles.
print(math.pi * r * r + 1e-3)
