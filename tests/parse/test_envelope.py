"""What wraps the minutes at a file's top: Markdown front matter and an e-mail's header.

Their lines stay in the model as preamble text (with a diagnostic saying what they were);
they give no title, date or field of the minutes.
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import bigprotokoll
from bigprotokoll import parse_text
from bigprotokoll.model import Paragraph
from bigprotokoll.testing.strategies import minutes

MINUTES = (
    "Protokoll fört vid ledningsgruppsmöte BIG 2024-02-20\n\nNärvarande:\n\nIda Ek\tPolisen\nBo Lund\tBIG\n\n"
    "§ 1 Mötets öppnande\n\nIda Ek öppnade mötet.\n"
)


def preamble(m: bigprotokoll.Minutes) -> list[str]:
    return [p.text for p in m.preamble]


def codes(m: bigprotokoll.Minutes) -> list[tuple[str, int | None]]:
    return [(d.code, d.line) for d in m.diagnostics if d.code in ("front-matter", "mail-header")]


def test_front_matter_is_preamble_text_and_gives_no_title() -> None:
    m = parse_text("---\ntitle: Möte\ndate: 2024-02-21\ntags:\n  - big\n---\n\n" + MINUTES)
    assert m.title == "Protokoll fört vid ledningsgruppsmöte BIG 2024-02-20"
    assert m.meeting_date == dt.date(2024, 2, 20) and m.document_date is None
    assert preamble(m) == ["---", "title: Möte", "date: 2024-02-21", "tags:", "- big", "---"]
    assert codes(m) == [("front-matter", 1)]
    assert [d.code for d in m.diagnostics if d.code == "unplaced-text"] == []  # kept quietly: it is known


@pytest.mark.parametrize(
    "top",
    [
        "---\ntitle: Möte\n...\n",  # closed by three dots
        "---\ntitle: Möte\ndescription: >\n  Ett möte om\n  sommaren.\n---\n",  # a value folded over lines
    ],
)
def test_front_matter_forms(top: str) -> None:
    m = parse_text(top + MINUTES)
    assert preamble(m) == [line.strip() for line in top.splitlines()] and codes(m) == [("front-matter", 1)]


@pytest.mark.parametrize(
    "top",
    [
        "---\nDatum: 2024-02-20\n---\n",  # a rule around a field of the minutes (capitalised): no front matter
        "---\ntitle: Möte\n",  # never closed
        "---\n---\n",  # nothing between
        "---\nmötet hölls digitalt\n---\n",  # a line that is no key first
    ],
)
def test_what_is_no_front_matter_is_read_as_before(top: str) -> None:
    m = parse_text(top + "\n" + MINUTES)
    assert codes(m) == []


def test_an_e_mail_header_is_preamble_text_and_gives_no_date() -> None:
    """Its "Datum:" is the mail's, not a field of the minutes: no date-mismatch."""
    mail = (
        "Från: Ida Ek <ida.ek@example.se>\nDatum: 2024-02-22 15:41\nTill: BIG <big@example.se>\n"
        "Ämne: Protokoll\n\n"
    )
    m = parse_text(mail + MINUTES)
    assert m.title == "Protokoll fört vid ledningsgruppsmöte BIG 2024-02-20" and m.body == "BIG"
    assert preamble(m) == [
        "Från: Ida Ek <ida.ek@example.se>", "Datum: 2024-02-22 15:41", "Till: BIG <big@example.se>", "Ämne: Protokoll"
    ]
    assert codes(m) == [("mail-header", 1)]
    assert not any(d.code == "date-mismatch" for d in m.diagnostics)


def test_a_forwarded_message_with_its_separator_line() -> None:
    mail = (
        "---------- Forwarded message ---------\nFrom: Ida Ek <ida.ek@example.se>\n"
        "Date: Thu, 22 Feb 2024 at 15:41\nSubject: Protokoll\nTo: big@example.se\n\n"
    )
    m = parse_text(mail + MINUTES)
    assert preamble(m)[0] == "---------- Forwarded message ---------" and len(preamble(m)) == 5
    assert codes(m) == [("mail-header", 1)]


@pytest.mark.parametrize(
    "top",
    [
        "Från: Polisen\n\n",  # one line: no mail's header
        "Kopia: Ida Ek\nSkickat: 2024-02-22\n\n",  # not from anyone first
        "Från: Ida Ek\nKopia: Bo Lund\n\n",  # neither subject, recipient nor time
        "Från: Ida Ek\n\nTill: Bo Lund\n\n",  # not one run of lines
    ],
)
def test_what_is_no_e_mail_header_is_read_as_before(top: str) -> None:
    m = parse_text(top + MINUTES)
    assert codes(m) == []
    assert m.title == "Protokoll fört vid ledningsgruppsmöte BIG 2024-02-20"
    assert " ".join(preamble(m)) == " ".join(top.split())  # unplaced, kept
    assert {d.code for d in m.diagnostics if d.line is not None and d.line <= top.count("\n")} == {"unplaced-text"}


# -- properties -----------------------------------------------------------------------------

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

#: Values as front matter and mail headers hold them (no marks Markdown reads, no dots that
#: would make a web address of page furniture).
_VALUE = st.text(alphabet="abcdefghijklmnopqrstuvwxyzåäöABCDÅÄÖ0123456789 ,[]-/", max_size=25).map(
    lambda text: " ".join(text.split())
)
#: Keys likewise: not in underscores at both ends, which Markdown reads as emphasis ("_0_:"
#: is "0:", no key; its lines are kept as preamble text, with a warning each).
_KEY = st.from_regex(r"[a-z_][a-z0-9_-]{0,11}", fullmatch=True).filter(lambda key: not (key[0] == "_" and key[-1] == "_"))
_FRONT_MATTER = st.lists(
    st.tuples(_KEY, _VALUE).map(lambda pair: f"{pair[0]}: {pair[1]}".rstrip())
    | _VALUE.filter(bool).map(lambda value: f"- {value}"),
    min_size=1,
    max_size=6,
).filter(lambda lines: lines[0][:1] != "-")
_MAIL = st.tuples(_VALUE, _VALUE, _VALUE, _VALUE).map(
    lambda values: [f"{label}: {value}".rstrip() for label, value in zip(("Från", "Skickat", "Till", "Ämne"), values)]
)


@SETTINGS
@given(minutes(), _FRONT_MATTER)
def test_any_minutes_under_front_matter_read_the_same(m: bigprotokoll.Minutes, lines: list[str]) -> None:
    wrapping = ["---", *lines, "---"]
    got = parse_text("\n".join(wrapping) + "\n\n" + bigprotokoll.render(m))
    assert got == attrs.evolve(m, preamble=tuple(Paragraph(line) for line in wrapping) + m.preamble)
    assert codes(got) == [("front-matter", 1)]


@SETTINGS
@given(minutes(), _MAIL)
def test_any_minutes_under_an_e_mail_header_read_the_same(m: bigprotokoll.Minutes, lines: list[str]) -> None:
    got = parse_text("\n".join(lines) + "\n\n" + bigprotokoll.render(m))
    assert got == attrs.evolve(m, preamble=tuple(Paragraph(line) for line in lines) + m.preamble)
    assert codes(got) == [("mail-header", 1)]


def test_a_front_matter_key_in_underscores_is_no_key_and_its_lines_are_kept() -> None:
    m = parse_text("---\n_0_: x\n---\n\n" + MINUTES)
    assert preamble(m) == ["--- 0: x ---"]  # Markdown's emphasis read, every word kept
    assert codes(m) == [] and [d.code for d in m.diagnostics if d.line in (1, 2, 3)] == ["unplaced-text"] * 3
