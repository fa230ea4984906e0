"""Output validator of a scoring problem: 50 points for n², 25 within 10 %, else reject.

The points go to score.txt in the feedback directory (the format's way to score a test).
"""
import os
import sys

_input_file, answer_file, feedback = sys.argv[1], sys.argv[2], sys.argv[3]
with open(answer_file) as f:
    expected = int(f.read())
tokens = sys.stdin.read().split()
if len(tokens) != 1 or not tokens[0].lstrip("-").isdigit():
    sys.exit(43)
got = int(tokens[0])
if got == expected:
    points = 50
elif abs(got - expected) * 10 <= expected:
    points = 25
else:
    with open(os.path.join(feedback, "judgemessage.txt"), "w") as out:
        out.write(f"{got} is too far from {expected}")
    sys.exit(43)
with open(os.path.join(feedback, "score.txt"), "w") as out:
    out.write(str(points))
sys.exit(42)
