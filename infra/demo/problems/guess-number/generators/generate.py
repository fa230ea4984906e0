"""Writes the test data of guess-number: python3 generators/generate.py (from the package).

The input holds the secret number; the answer file repeats it (the interactor
only reads the input)."""
from pathlib import Path

TESTS = {
    "sample/1": 42,
    "secret/1": 1,
    "secret/2": 1000000000,
    "secret/3": 500000000,
    "secret/4": 2,
    "secret/5": 999999999,
    "secret/6": 31,
    "secret/7": 123456789,
    "secret/8": 536870912,
    "secret/9": 777777777,
}

for name, secret in TESTS.items():
    data = Path("data") / name
    data.with_suffix(".in").write_text(f"{secret}\n")
    data.with_suffix(".ans").write_text(f"{secret}\n")
