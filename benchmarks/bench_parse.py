"""Parse speed: time per document and throughput for each seed and the 10x bench file.

Not a test: run it by hand and read the numbers.

    python benchmarks/bench_parse.py [FILES...]

Without arguments it uses ../shared/seeds/*.txt and ../shared/bench/seed002x10.txt
(beside the checkout) and the bundled example. Each file is decoded once; the timing
covers parse_text (text -> model) on one core, best and median of repeated runs after a
warm-up. The last lines compare cost per byte between seed 002 and its 10x version,
which should be about equal (linear cost). Target: under 1 ms for a seed-sized document.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

import bigprotokoll

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def measure(text: str, min_seconds: float = 0.5) -> tuple[float, float]:
    for _ in range(5):  # warm-up: regex caches, imports
        bigprotokoll.parse_text(text)
    times: list[float] = []
    deadline = time.perf_counter() + min_seconds
    while time.perf_counter() < deadline or len(times) < 20:
        start = time.perf_counter()
        bigprotokoll.parse_text(text)
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def main(argv: list[str]) -> int:
    files = [Path(a) for a in argv]
    if not files:
        files = sorted((SHARED / "seeds").glob("*.txt")) + [SHARED / "bench" / "seed002x10.txt"]
        files = [f for f in files if f.exists()] + [Path(bigprotokoll.example_path())]
    print(f"{'file':<28} {'bytes':>8} {'best ms':>9} {'median ms':>10} {'MB/s':>8}")
    per_byte: dict[str, float] = {}
    for path in files:
        text, _ = bigprotokoll.decode_bytes(path.read_bytes())
        size = len(text.encode("utf-8"))
        best, median = measure(text)
        per_byte[path.name] = median / size
        print(f"{path.name[:28]:<28} {size:>8} {best * 1e3:>9.3f} {median * 1e3:>10.3f} {size / median / 1e6:>8.2f}")
    one, ten = per_byte.get("002_9459171613e75417.txt"), per_byte.get("seed002x10.txt")
    if one and ten:
        print(f"cost per byte, 10x / 1x: {ten / one:.2f} (1.0 = linear)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
