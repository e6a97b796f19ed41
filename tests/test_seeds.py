"""Acceptance over the real seed minutes in ../shared (beside the checkout): the CLI's
canonical JSON scores F1 1.0 against the hand-written gold files and keeps every word.

The seeds are not part of this repository; without ../shared these tests skip with the
reason.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SKIP_REASON = "../shared not present: seed acceptance tests need the shared seeds beside the checkout"
GOLD_FILES = sorted((SHARED / "gold").glob("*.json")) if (SHARED / "seeds").is_dir() else []


def _tool(name: str) -> ModuleType:
    """A script from ../shared/tools, imported as a module (it runs nothing on import)."""
    path = SHARED / "tools" / f"{name}.py"
    if not path.is_file():
        pytest.skip(f"../shared/tools/{name}.py not present")
    spec = importlib.util.spec_from_file_location(f"shared_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _seed_and_json(gold_path: Path | None) -> tuple[Path, dict[str, Any], str]:
    """The seed a gold file names, the gold data and the CLI's JSON output for the seed."""
    if gold_path is None:
        pytest.skip(SKIP_REASON)
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    seed = SHARED / "seeds" / gold["source"]
    if not seed.exists():
        pytest.skip(f"{seed.name} named by {gold_path.name} is not in ../shared/seeds")
    # the acceptance command: bigprotokoll parse --format json SEED
    run = subprocess.run(
        [sys.executable, "-m", "bigprotokoll", "parse", "--format", "json", str(seed)],
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    assert run.returncode == 0, run.stderr
    return seed, gold, run.stdout


@pytest.mark.parametrize("gold_path", GOLD_FILES or [None], ids=[p.stem for p in GOLD_FILES] or ["absent"])
def test_seed_scores_f1_one_against_its_gold(gold_path: Path | None) -> None:
    _seed, gold, output = _seed_and_json(gold_path)
    tally = _tool("score_extraction").score(gold, json.loads(output))
    assert tally.f1 == 1.0, "\n".join(tally.misses)


@pytest.mark.parametrize("gold_path", GOLD_FILES or [None], ids=[p.stem for p in GOLD_FILES] or ["absent"])
def test_seed_keeps_every_word(gold_path: Path | None) -> None:
    seed, _gold, output = _seed_and_json(gold_path)
    coverage = _tool("word_coverage")
    want = coverage.words(coverage.read_source(seed))
    for label in coverage.LABELS:
        want.pop(label, None)
    want.pop("§", None)
    have = coverage.words("\n".join(coverage.strings_of(json.loads(output))))
    missing = want - have
    assert not missing, f"words lost: {dict(missing.most_common(15))}"


def _paragraph_seeds() -> list[Path]:
    """The seeds whose blocks are paragraphs: not the one whose text is a PDF's (each line a
    block of its own there, so written as paragraphs it is another layout)."""
    if not (SHARED / "seeds").is_dir():
        return []
    import bigprotokoll
    from bigprotokoll.parse.diagnostics import Diagnostics
    from bigprotokoll.parse.lines import split_lines

    seeds = sorted((SHARED / "seeds").glob("*.txt"))
    return [s for s in seeds if not split_lines(bigprotokoll.decode_bytes(s.read_bytes())[0], Diagnostics())[2].pdf]


PARAGRAPH_SEEDS = _paragraph_seeds()


@pytest.mark.parametrize("kind", ["docx", "doc", "odt", "rtf", "html", "pdf"])
@pytest.mark.parametrize("seed", PARAGRAPH_SEEDS or [None], ids=[p.stem for p in PARAGRAPH_SEEDS] or ["absent"])
def test_a_seed_written_as_a_document_reads_as_its_text(seed: Path | None, kind: str) -> None:
    """Each real seed as a Word (.docx, .doc), OpenDocument, RTF, web page or PDF document (each block a
    paragraph; the PDF typeset with page numbers): the same minutes as its text."""
    if seed is None:
        pytest.skip(SKIP_REASON)
    import attrs

    import bigprotokoll
    from bigprotokoll.testing import pdf
    from bigprotokoll.testing.documents import OF_TEXT

    text, _ = bigprotokoll.decode_bytes(seed.read_bytes())
    convert = (lambda t: pdf.pdf_of_text(t, page_numbers=True)) if kind == "pdf" else OF_TEXT[f".{kind}"]
    minutes = bigprotokoll.parse_bytes(convert(text), source_name=f"{seed.stem}.{kind}")
    printed = {f"Sida {n} av {m}" for m in range(1, 9) for n in range(1, m + 1)}
    minutes = attrs.evolve(minutes, furniture=tuple(f for f in minutes.furniture if f.text not in printed))
    assert minutes == bigprotokoll.parse_text(text)
