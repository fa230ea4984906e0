"""Writes the test data of circle-area: python3 generators/generate.py (from the package)."""
import math
from pathlib import Path

TESTS = {
    "sample/1": "1",
    "sample/2": "2.5",
    "secret/1": "0.000001",
    "secret/2": "0.001",
    "secret/3": "0.5",
    "secret/4": "3.141593",
    "secret/5": "7",
    "secret/6": "123.456789",
    "secret/7": "9999.999999",
    "secret/8": "10000",
}

for name, radius in TESTS.items():
    data = Path("data") / name
    data.with_suffix(".in").write_text(f"{radius}\n")
    r = float(radius)
    data.with_suffix(".ans").write_text(f"{math.pi * r * r:.12g}\n")
