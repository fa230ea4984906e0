import math

r = float(input())
print(math.pi * r * r)  # repr: up to 17 significant digits
