"""Output validator of a multi-pass problem (ICPC convention: exit 42 accepts, 43 rejects).

Pass 1 checks n + 1 against the test input, remembers the answer in the feedback
directory and asks for a second pass on it (nextpass.in). Pass 2 finds what pass 1 left
there, checks one more step and ends the test.
"""
import os
import sys

input_file, _answer_file, feedback = sys.argv[1], sys.argv[2], sys.argv[3]
state = os.path.join(feedback, "state.txt")


def reject(message: str) -> None:
    with open(os.path.join(feedback, "judgemessage.txt"), "w") as out:
        out.write(message)
    sys.exit(43)


tokens = sys.stdin.read().split()
if len(tokens) != 1 or not tokens[0].lstrip("-").isdigit():
    reject("expected exactly one integer")
got = int(tokens[0])

if os.path.exists(state):
    with open(state) as f:
        previous = int(f.read())
    if got != previous + 1:
        reject(f"pass 2: expected {previous + 1}, got {got}")
    sys.exit(42)

with open(input_file) as f:
    n = int(f.read())
if got != n + 1:
    reject(f"pass 1: expected {n + 1}, got {got}")
with open(state, "w") as f:
    f.write(str(got))
with open(os.path.join(feedback, "nextpass.in"), "w") as f:
    f.write(f"{got}\n")
sys.exit(42)
