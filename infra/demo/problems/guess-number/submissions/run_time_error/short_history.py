# Crashes: keeps its guesses in a list of 16, but binary search needs up to 30.
import sys

history = [0] * 16
lo, hi = 1, 10**9
for question in range(30):
    guess = (lo + hi) // 2
    history[question] = guess  # IndexError on the 17th question
    print(guess, flush=True)
    reply = sys.stdin.readline().strip()
    if reply == "=":
        break
    if reply == "<":
        hi = guess - 1
    else:
        lo = guess + 1
