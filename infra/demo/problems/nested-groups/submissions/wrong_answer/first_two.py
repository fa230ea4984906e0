a, b = map(int, input().split()[:2])
print(a + b)
