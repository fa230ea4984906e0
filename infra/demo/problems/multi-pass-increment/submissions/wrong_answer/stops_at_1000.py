# Right on every first pass; wrong only when the second pass starts at 1000.
n = int(input())
print(n + 1 if n < 1000 else n)
