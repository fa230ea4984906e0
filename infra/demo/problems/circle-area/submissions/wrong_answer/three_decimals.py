import math

r = float(input())
# Wrong: three decimals lose the tiny areas entirely (0.000 for r = 0.001).
print(f"{math.pi * r * r:.3f}")
