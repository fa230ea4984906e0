# Wrong: tries 1, 2, 3, ... and so needs far more than 30 questions.
import sys

guess = 1
while True:
    print(guess, flush=True)
    reply = sys.stdin.readline().strip()
    if reply in ("=", ""):  # "": the judge hung up
        break
    guess += 1
