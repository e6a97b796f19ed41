"""Whole documents against reviewed golden files (compared after XML canonicalisation).

Run ``pytest --update-goldens`` to rewrite them, then review the diff.
"""

from __future__ import annotations

import datetime as dt
import warnings

import attrs
import pytest
from bigprotokoll.model import Minutes, Paragraph
from bigprotokoll.testing import sample_minutes
from lxml import etree

from _helpers import export
from conftest import HERE

GOLDEN = HERE / "golden"


def _escaping() -> Minutes:
    m = sample_minutes()
    return attrs.evolve(
        m,
        title="Protokoll <BIG> & \"gäster\" 2023-05-12 \u200fשלום\u200f 🙂",
        place="Rådhuset, sal \x01A",
        items=(attrs.evolve(m.items[0], paragraphs=(Paragraph("a < b && c > d; ]]> \x0b slut."),)),),
        preamble=(Paragraph("Text före första paragrafen."),),
        closing=(Paragraph("Text efter underskrifterna."),),
    )


CASES = {
    "sample": lambda: export(sample_minutes(), generated=dt.date(2023, 5, 16)),
    "escaping": lambda: export(_escaping()),
}


def _canonical(data: bytes) -> bytes:
    return etree.tostring(etree.fromstring(data), method="c14n2")


@pytest.mark.parametrize("name", sorted(CASES))
def test_golden(name: str, update_goldens: bool) -> None:
    """The exporter's output equals the reviewed golden file."""
    path = GOLDEN / f"{name}.xml"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        data = CASES[name]()
    if update_goldens or not path.exists():
        path.write_bytes(data)
        if not update_goldens:
            pytest.fail(f"golden file {path.name} was missing and has been written: review it and rerun")
    assert _canonical(data) == _canonical(path.read_bytes())
