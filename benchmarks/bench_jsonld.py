"""Benchmark of the JSON-LD exporter (not a test): export time per seed-sized document and
for a 100-minutes ``@graph``.

    .venv/bin/python benchmarks/bench_jsonld.py [--repeat N]

Inputs: the shared seeds (``../shared/seeds``) parsed once, outside the timing; the
core's sample minutes when the seeds are absent. Times are the best of ``--repeat`` runs
of export to an in-memory sink (building the document plus JSON serialisation).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import statistics
import sys
import time
import warnings
from pathlib import Path

import attrs
from bigprotokoll import parse_file
from bigprotokoll.model import Minutes, NextMeeting
from bigprotokoll.testing import sample_minutes

from bigprotokoll_jsonld import JsonLdExporter, JsonLdOptions

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"


def inputs() -> list[tuple[str, Minutes]]:
    paths = sorted(SEEDS.glob("*.txt"))
    if not paths:
        print(f"(no seeds at {SEEDS}: using the sample minutes)", file=sys.stderr)
        return [("sample", sample_minutes())]
    return [(p.name, parse_file(p)) for p in paths]


def series(template: Minutes, count: int) -> list[Minutes]:
    """``count`` minutes of one body, fortnightly, each announcing the next."""
    result = []
    for i in range(count):
        date = template.meeting_date + dt.timedelta(days=14 * i)
        result.append(
            attrs.evolve(
                template,
                title=f"Protokoll fört vid ledningsgruppsmöte {template.body} {date.isoformat()}",
                meeting_date=date,
                document_date=date,
                next_meeting=NextMeeting(date + dt.timedelta(days=14)),
            )
        )
    return result


def best(func: object, repeat: int) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    exporter = JsonLdExporter(JsonLdOptions())
    docs = inputs()
    exporter.export(docs[0][1], io.BytesIO())  # warm up: loads the shipped context once
    print(f"{'input':34} {'items':>5} {'bytes':>8} {'best ms':>8} {'median ms':>9}")
    for name, minutes in docs:
        sink = io.BytesIO()
        exporter.export(minutes, sink)
        size = len(sink.getvalue())
        low, mid = best(lambda m=minutes: exporter.export(m, io.BytesIO()), args.repeat)
        print(f"{name:34} {len(minutes.items):>5} {size:>8} {low * 1000:>8.2f} {mid * 1000:>9.2f}")
    many = series(max((m for _, m in docs), key=lambda m: len(m.items)), 100)
    sink = io.BytesIO()
    exporter.export_many(many, sink)
    low, mid = best(lambda: exporter.export_many(many, io.BytesIO()), max(3, args.repeat // 4))
    print(f"{'100-minutes @graph (export_many)':34} {sum(len(m.items) for m in many):>5} "
          f"{len(sink.getvalue()):>8} {low * 1000:>8.2f} {mid * 1000:>9.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
