"""Writes the test data of subtasks-sum: python3 generators/generate.py (from the package).

Every test has several valid pairs, and the answer file holds just one of them, so
only a checker can judge (see write()). Large tests hide their only pair at the very end (so a
quadratic search is too slow), and one puts t/2 first, once, to catch solutions
that use a position twice."""
import random
from pathlib import Path


def write(name: str, t: int, values: list[int]) -> None:
    # The answer file holds the last pair, larger position first: any pair is
    # correct, and solutions that print the first one must still pass.
    positions = {}
    answer = None
    for j, v in enumerate(values):
        if t - v in positions:
            answer = (j + 1, positions[t - v] + 1)
        positions[v] = j
    assert answer is not None, name
    data = Path("data") / name
    data.with_suffix(".in").write_text(f"{len(values)} {t}\n{' '.join(map(str, values))}\n")
    data.with_suffix(".ans").write_text(f"{answer[0]} {answer[1]}\n")


def without_pairs(rng: random.Random, n: int, t: int, bound: int) -> list[int]:
    """n distinct values, none equal to t/2, no two summing to t."""
    chosen: set[int] = set()
    while len(chosen) < n:
        v = rng.randint(-bound, bound)
        if 2 * v != t and t - v not in chosen:
            chosen.add(v)
    values = list(chosen)
    rng.shuffle(values)
    return values


rng = random.Random(20251122)
write("sample/1", 9, [2, 7, 11, 15, 4, 5])
write("sample/2", 0, [-3, 5, 3, 3, -5])

# Small: odd targets (so t/2 is never a value) and at least two pairs each.
for k, n in enumerate([6, 100, 1000, 1000], start=1):
    t = 2 * rng.randint(-10**6 + 1, 10**6 - 1) + 1
    values = without_pairs(rng, n - 4, t, 10**6)
    for _ in range(2):
        v = rng.randint(max(-10**6, t - 10**6), min(10**6, t + 10**6))
        values += [v, t - v]
    rng.shuffle(values)
    write(f"secret/small/{k}", t, values)

# Large: one pair, at the last two positions.
for k, trap in ((1, False), (2, True)):
    n = 200_000
    t = 2 * rng.randint(-10**9 // 2, 10**9 // 2)
    values = without_pairs(rng, n - 2, t, 10**9)
    if trap:
        values[0] = t // 2  # its partner would be itself
    v = rng.randint(max(-10**9, t - 10**9), min(10**9, t + 10**9))
    while 2 * v == t:
        v += 1
    values = [x for x in values if x not in (v, t - v)]
    values += [v, t - v]
    write(f"secret/large/{k}", t, values)
