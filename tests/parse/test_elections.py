"""The meeting's roles as its first items elect them (association and annual meetings)."""

from __future__ import annotations

import pytest

from bigprotokoll import parse_text
from bigprotokoll.model import Outcome

HEAD = "Protokoll fört vid årsmöte i Föreningen Gläntan 2025-03-02\n\nNärvarande: Sven Alm, Maja Holm, Per Ek, Lena Sund\n\n"


def _minutes(*items: str, signatures: str = "") -> str:
    body = "".join(f"§ {n} Val\n\n{text}\n\n" for n, text in enumerate(items, 1))
    return HEAD + body + signatures


@pytest.mark.parametrize(
    ("sentence", "role", "value"),
    [
        ("Till mötesordförande valdes Sven Alm.", "chair", "Sven Alm"),
        ("Till ordförande för årsmötet valdes Sven Alm, som tackade för förtroendet.", "chair", "Sven Alm"),
        ("Sven Alm valdes till mötesordförande.", "chair", "Sven Alm"),
        ("Sven Alm valdes att leda dagens möte.", "chair", "Sven Alm"),
        ("Till mötessekreterare valdes Maja Holm.", "minute_taker", "Maja Holm"),
        ("Maja Holm utsågs att föra protokollet.", "minute_taker", "Maja Holm"),
        ("Till sekreterare för mötet utses Maja Holm.", "minute_taker", "Maja Holm"),
        ("Till justerare tillika rösträknare valdes Per Ek och Lena Sund.", "adjusters", ("Per Ek", "Lena Sund")),
        ("Per Ek och Lena Sund valdes att jämte ordföranden justera protokollet.", "adjusters", ("Per Ek", "Lena Sund")),
        ("Att justera protokollet utsågs Per Ek.", "adjusters", ("Per Ek",)),
        ("Mats Persson valdes att justera anteckningarna.", "adjusters", ("Mats Persson",)),  # notes, not minutes
    ],
)
def test_the_meetings_roles_from_their_elections(sentence: str, role: str, value: object) -> None:
    m = parse_text(_minutes("Mötet öppnades.", sentence))
    assert getattr(m, role) == value
    assert [(d.code, d.line) for d in m.diagnostics if d.code == "elected"] == [("elected", 11)]
    assert [(d.text, d.outcome) for d in m.items[1].decisions] == [(sentence, Outcome.DECIDED)]  # an election is a decision


@pytest.mark.parametrize(
    "sentence",
    [
        "Till ordförande för föreningen valdes Sven Alm.",  # the association's chair for the year, not the meeting's
        "Till sekreterare valdes Maja Holm.",  # whose secretary? the meeting's or the board's
        "Till mötesordförande valdes Sven Alm och Maja Holm.",  # one chair
        "Till mötesordförande valdes kassören.",  # no name
    ],
)
def test_elections_that_name_no_role_of_the_meeting(sentence: str) -> None:
    m = parse_text(_minutes(sentence))
    assert (m.chair, m.minute_taker, m.adjusters) == (None, None, ())
    assert not [d for d in m.diagnostics if d.code == "elected"]


def test_signatures_and_fields_come_before_elections() -> None:
    m = parse_text(
        _minutes("Till mötesordförande valdes Sven Alm. Till mötessekreterare valdes Maja Holm.",
                 "Till justerare valdes Per Ek och Lena Sund.",
                 signatures="Vid protokollet\n\nLena Sund\n\nJusteras\n\nPer Ek\n")
        .replace("Närvarande:", "Ordförande: Maja Holm\n\nNärvarande:")
    )
    assert (m.chair, m.minute_taker, m.adjusters) == ("Maja Holm", "Lena Sund", ("Per Ek",))
    assert not [d for d in m.diagnostics if d.code == "elected"]


def test_the_first_election_to_a_role_holds() -> None:
    m = parse_text(_minutes("Till justerare valdes Per Ek.", "Till justerare valdes Lena Sund."))
    assert m.adjusters == ("Per Ek",)


@pytest.mark.parametrize(
    ("sentence", "adjusters"),
    [
        ("Protokollet justeras av Per Ek och Lena Sund.", ("Per Ek", "Lena Sund")),
        ("Dagens protokoll ska justeras av Per Ek.", ("Per Ek",)),
        ("Anteckningarna justeras av Per Ek.", ("Per Ek",)),
        ("Protokollet justeras av ordföranden.", ()),  # no name
    ],
)
def test_the_adjusters_an_item_names(sentence: str, adjusters: tuple[str, ...]) -> None:
    m = parse_text(_minutes("Mötet öppnades.", sentence))
    assert (m.adjusters, m.items[1].decisions) == (adjusters, ())


def test_a_grant_of_discharge_is_an_approval() -> None:
    m = parse_text(_minutes("Årsmötet beviljade styrelsen ansvarsfrihet för 2024."))
    assert [d.outcome for d in m.items[0].decisions] == [Outcome.APPROVED]
