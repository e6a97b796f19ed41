"""Parse speed: time per document and throughput for each seed and the 10x bench file.

Not a test: run it by hand and read the numbers.

    python benchmarks/bench_parse.py [FILES...]

Without arguments it uses ../shared/seeds/*.txt and ../shared/bench/seed002x10.txt
(beside the checkout) and the bundled example. Each file is decoded once; the timing
covers parse_text (text -> model) on one core, best and median of repeated runs after a
warm-up. The last lines compare cost per byte between seed 002 and its 10x version,
which should be about equal (linear cost). Target: under 1 ms for a seed-sized document.
Then the same texts as documents (Word .docx, OpenDocument .odt, RTF, an HTML page, a
PDF), read and parsed, against their text.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path
from typing import Callable

import bigprotokoll

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def measure(text: str, min_seconds: float = 0.5) -> tuple[float, float]:
    return _timed(lambda: bigprotokoll.parse_text(text), min_seconds, min_runs=20)


def _timed(run: Callable[[], object], min_seconds: float, *, min_runs: int) -> tuple[float, float]:
    """Best and median seconds of ``run`` after a warm-up (regex caches, imports)."""
    for _ in range(5):
        run()
    times: list[float] = []
    deadline = time.perf_counter() + min_seconds
    while time.perf_counter() < deadline or len(times) < min_runs:
        start = time.perf_counter()
        run()
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
    documents(files)
    return 0


def documents(files: list[Path]) -> None:
    """The same texts as documents (each block a paragraph): parse_bytes, reading the
    document included, against parse_bytes of the text."""
    from bigprotokoll.testing.html import html_of_text
    from bigprotokoll.testing.odt import odt_of_text
    from bigprotokoll.testing.pdf import pdf_of_text
    from bigprotokoll.testing.rtf import rtf_of_text
    from bigprotokoll.testing.word import docx_of_text

    kinds = (
        (".docx", docx_of_text), (".odt", odt_of_text), (".rtf", rtf_of_text), (".html", html_of_text), (".pdf", pdf_of_text)
    )
    for suffix, convert in kinds:
        print(f"\n{'as ' + suffix:<28} {'bytes':>8} {'best ms':>9} {'median ms':>10} {'x text':>8}")
        for path in files:
            data = path.read_bytes()
            text, _ = bigprotokoll.decode_bytes(data)
            document = convert(text)
            best, median = measure_bytes(document)
            _, text_median = measure_bytes(data)
            print(
                f"{path.name[:28]:<28} {len(document):>8} {best * 1e3:>9.3f} {median * 1e3:>10.3f}"
                f" {median / text_median:>8.2f}"
            )


def measure_bytes(data: bytes, min_seconds: float = 0.3) -> tuple[float, float]:
    return _timed(lambda: bigprotokoll.parse_bytes(data), min_seconds, min_runs=10)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
