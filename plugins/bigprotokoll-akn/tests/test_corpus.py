"""Every seed, fixture and document fixture: schema-valid, references resolved, ASCII eIds,
every word kept, read back."""

from __future__ import annotations

from pathlib import Path

import pytest
from bigprotokoll import parse_file
from bigprotokoll.testing.documents import written_documents

from _helpers import export, parse, structural_problems, word_coverage
from _libxml2_layout import serialize
from bigprotokoll_akn import read_akn
from conftest import REPO, SHARED

SEEDS = sorted((SHARED / "seeds").glob("*.txt"))
FIXTURES = sorted((REPO / "tests" / "fixtures").glob("*.txt"))
DOCUMENTS = written_documents(REPO / "tests" / "fixtures")
CORPUS = (
    [pytest.param(p, id=f"seed-{p.stem}") for p in SEEDS]
    + [pytest.param(p, id=f"fixture-{p.stem}") for p in FIXTURES]
    + [pytest.param(p, id=f"document-{p.parent.name}-{p.name}") for p in DOCUMENTS]
)


def test_corpus_is_present() -> None:
    """Say plainly when the shared seeds are missing rather than passing on nothing."""
    if not SEEDS:
        pytest.skip(f"no seeds: {SHARED / 'seeds'} is absent (the repository's sibling shared/ folder)")
    assert len(SEEDS) >= 5


@pytest.mark.parametrize("path", CORPUS)
def test_corpus_document_exports_completely(path: Path) -> None:
    """Valid against the strict XSD, zero unresolved refs, unique ASCII eIds, coverage 1.0, exact read-back."""
    minutes = parse_file(path)
    data = export(minutes)
    assert structural_problems(data) == ()
    eids = [e.get("eId") for e in parse(data).iter("*") if e.get("eId")]
    assert all(e.isascii() and "§" not in e for e in eids)
    share, missing = word_coverage(minutes, data)
    assert share == 1.0, f"missing: {missing.most_common(10)}"
    assert read_akn(data) == minutes
    assert export(minutes) == data
    assert serialize(parse(data)) == data, "libxml2 lays the same tree out differently"
