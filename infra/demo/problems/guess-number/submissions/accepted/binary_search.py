import sys

lo, hi = 1, 10**9
while True:
    guess = (lo + hi) // 2
    print(guess, flush=True)
    reply = sys.stdin.readline().strip()
    if reply == "=":
        break
    if reply == "<":
        hi = guess - 1
    else:
        lo = guess + 1
