"""The distribution told at the minutes' end ("Protokollet delges närvarande samt
kommunstyrelsen."): in the last item's text, or after the signatures."""

from __future__ import annotations

import pytest

import bigprotokoll
from bigprotokoll import parse_text
from bigprotokoll.model import Distribution

HEAD = "Protokoll fört vid ledningsgruppsmöte BIG 2022-01-18\n\nNärvarande:\n\nIda Ek\tPolisen\nBo Lund\tBIG\n\n"
ITEMS = "§ 1 Öppnande\n\nIda öppnade mötet.\n\n§ 2 Avslutning\n\nMötet avslutades.\n\n"
SIGNED = "Vid protokollet\n\nBo Lund\n\nJusteras\n\nIda Ek\n"


def told(m: bigprotokoll.Minutes) -> list[tuple[str, int | None]]:
    return [(d.code, d.line) for d in m.diagnostics if d.code in ("distribution-line", "signature-unread")]


def test_in_the_last_items_text_it_stays_there() -> None:
    m = parse_text(HEAD + ITEMS + "Protokollet delges närvarande samt kommunstyrelsen.\n\n" + SIGNED)
    assert m.distribution == Distribution(True, ("kommunstyrelsen",))
    assert [p.text for p in m.items[-1].paragraphs] == ["Mötet avslutades.", "Protokollet delges närvarande samt kommunstyrelsen."]
    assert told(m) == [("distribution-line", 16)]


@pytest.mark.parametrize(
    ("tail", "distribution"),
    [
        ("Protokollet delges närvarande, Eva Berg samt kommunstyrelsen.\n", Distribution(True, ("Eva Berg", "kommunstyrelsen"))),
        ("Protokollet delges till: Polisen och BIG\n", Distribution(False, ("Polisen", "BIG"))),
        ("Protokollet delges\nnärvarande\nkommunstyrelsen\n", Distribution(True, ("kommunstyrelsen",))),  # a list below
        ("Delges:\nKommunstyrelsen\nPolisen\n", Distribution(False, ("Kommunstyrelsen", "Polisen"))),
        ("Protokollet delges närvarande, Eva\nBerg samt kommunstyrelsen.\n", Distribution(True, ("Eva Berg", "kommunstyrelsen"))),
    ],
)
def test_after_the_signatures_it_is_the_distribution_and_no_signature(tail: str, distribution: Distribution) -> None:
    m = parse_text(HEAD + ITEMS + SIGNED + "\n" + tail)
    assert m.distribution == distribution
    assert (m.minute_taker, m.adjusters) == ("Bo Lund", ("Ida Ek",))
    assert m.closing == ()  # its words are in the diagnostic, as the header's line's are
    assert told(m) == [("distribution-line", 24)]
    message = next(d.message for d in m.diagnostics if d.code == "distribution-line")
    assert all(word.strip(".,:") in message for word in tail.split())


def test_the_headers_distribution_comes_first() -> None:
    m = parse_text(HEAD + "Delges närvarande.\n\n" + ITEMS + SIGNED + "\nProtokollet delges kommunstyrelsen.\n")
    assert m.distribution == Distribution(True, ())
    assert [p.text for p in m.closing] == ["Protokollet delges kommunstyrelsen."]  # kept, as before


def test_in_an_item_before_the_last_it_is_text_only() -> None:
    m = parse_text(HEAD + "§ 1 Öppnande\n\nProtokollet delges kommunstyrelsen.\n\n§ 2 Avslutning\n\nMötet avslutades.\n\n" + SIGNED)
    assert m.distribution is None
    assert "Protokollet delges kommunstyrelsen." in [p.text for p in m.items[0].paragraphs]


def test_in_the_header_too_the_label_alone_over_a_list() -> None:
    m = parse_text(HEAD + "Delges:\nKommunstyrelsen\nPolisen\n\n" + ITEMS + SIGNED)
    assert m.distribution == Distribution(False, ("Kommunstyrelsen", "Polisen"))
    assert m.preamble == () and not any(d.code == "unplaced-text" for d in m.diagnostics)


def test_after_the_signatures_a_name_broken_at_the_line_end_is_joined() -> None:
    m = parse_text(HEAD + ITEMS + SIGNED + "\nProtokollet delges Ebba Lind-\nholm och kommunstyrelsen.\n")
    assert m.distribution == Distribution(False, ("Ebba Lindholm", "kommunstyrelsen"))
