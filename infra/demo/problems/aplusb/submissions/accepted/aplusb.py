# Reads all whitespace-separated tokens: the numbers may be split across lines.
a, b = map(int, open(0).read().split())
print(a + b)
