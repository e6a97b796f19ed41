"""Benchmark (not a test): E-ARK SIP packages per second and peak memory.

Generates N minutes (default 1,000) from the fixtures (or the bundled sample) by moving
the meeting date one day at a time, writes them as ``.txt`` files into a temporary
folder, then times reading + parsing + packaging each one into a zip (one core, in
process). Timing runs without tracemalloc (which slows Python several times over); memory is the
process's peak resident size (``ru_maxrss``) after the first 10% of inputs and at the
end: flat memory means the two are about equal.

    python benchmarks/bench_earchive.py [--count 1000] [--folder] [--formats akn,jsonld]

Target: at least 50 packages per second; memory flat in the number of inputs.
"""

from __future__ import annotations

import argparse
import resource
import datetime as dt
import sys
import tempfile
import time
import warnings
from pathlib import Path

import attrs

import bigprotokoll
from bigprotokoll.model import Minutes
from bigprotokoll.testing import sample_minutes
from bigprotokoll_earchive import EarkSipExporter, EarkSipOptions
from bigprotokoll_earchive.batch import export_files

REPO = Path(__file__).resolve().parents[1]


def base_minutes() -> list[tuple[Minutes, str]]:
    found = []
    for path in sorted((REPO / "tests" / "fixtures").glob("*.txt")):
        try:
            found.append((bigprotokoll.parse_file(path), path.read_text(encoding="utf-8")))
        except Exception:  # a fixture the parser rejects is not the benchmark's business
            continue
    if not found:
        sample = sample_minutes()
        found.append((sample, bigprotokoll.render(sample)))
    return found


def generate(folder: Path, count: int) -> list[Path]:
    """``count`` minutes files: each base text with its meeting date moved by i days."""
    bases = base_minutes()
    paths = []
    for i in range(count):
        minutes, text = bases[i % len(bases)]
        new_date = minutes.meeting_date + dt.timedelta(days=i)
        moved = text.replace(minutes.meeting_date.isoformat(), new_date.isoformat())
        path = folder / f"m{i:05d}.txt"
        path.write_text(moved, encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--folder", action="store_true", help="write folders instead of zips")
    parser.add_argument("--formats", default="akn,jsonld", help="the exporter's formats option ('' for JSON only)")
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")
    exporter = EarkSipExporter(EarkSipOptions(created="2024-02-09T12:00:00+01:00", formats=args.formats))
    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp) / "in"
        out = Path(tmp) / "out"
        inputs.mkdir()
        out.mkdir()
        paths = generate(inputs, args.count)
        # Warm up: schema files, plugins and the parser's first-use costs.
        export_files(paths[:1], Path(tmp), exporter, as_zip=not args.folder)
        first_tenth = max(1, args.count // 10)
        start = time.perf_counter()
        results = export_files(paths[:first_tenth], out, exporter, as_zip=not args.folder)
        peak_early = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
        results += export_files(paths[first_tenth:], out, exporter, as_zip=not args.folder)
        elapsed = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
        failed = [r for r in results if not r.ok]
        size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    rate = len(results) / elapsed
    print(f"packages: {len(results)} ({len(failed)} failed), {elapsed:.2f} s, {rate:.1f} packages/s (one core)")
    print(f"peak resident memory: {peak_early / 1e6:.1f} MB after {first_tenth} inputs, {peak / 1e6:.1f} MB after {len(results)}")
    print(f"output: {size / 1e6:.1f} MB, {size / max(1, len(results)) / 1e3:.1f} kB per package")
    if failed:
        print("first failure:", failed[0].error, file=sys.stderr)
    return 0 if not failed else 1


if __name__ == "__main__":
    sys.exit(main())
