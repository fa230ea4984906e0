"""Input validator for A+B, by the Kattis contract: reads one test input on stdin and
exits 42 if it holds exactly two integers a and b with |a|, |b| <= 2*10^9, else says
why on stderr and exits 43. As the statement allows, any whitespace (spaces, tabs,
line breaks) may separate and surround them."""

import re
import sys

LIMIT = 2 * 10**9
# No leading zeros, no plus sign: written the way the statement's integers are.
INTEGER = re.compile(rb"-?(0|[1-9][0-9]*)")


def reject(reason):
    print(reason, file=sys.stderr)
    sys.exit(43)


tokens = sys.stdin.buffer.read().split()
if len(tokens) != 2:
    reject(f"expected 2 integers a and b, found {len(tokens)} tokens")
for name, token in zip("ab", tokens):
    if not INTEGER.fullmatch(token) or token == b"-0":
        reject(f"{name} is not an integer: {token[:20].decode('utf-8', 'replace')!r}")
    # The length check first: int() of a huge token is slow (and refused past 4300 digits).
    if len(token) > 11 or abs(int(token)) > LIMIT:
        reject(f"{name} = {token[:20].decode()} is out of range (|{name}| <= 2*10^9)")
sys.exit(42)
