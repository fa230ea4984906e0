# Crashes: expects both numbers on the first line (secret test 7 splits them).
a, b = map(int, input().split())
print(a + b)
