"""The parser's named patterns, each against what it must and must not match."""

from __future__ import annotations

import pytest

from bigprotokoll.parse.header import CAPITALISED_WORDS, DISTRIBUTION, ISO_DATE, LABEL, UPPER_WORD
from bigprotokoll.parse.signatures import SIGNATURE_LABEL
from bigprotokoll.parse.html import META_CHARSET
from bigprotokoll.parse.rtf import TOKEN
from bigprotokoll.parse.items import CHAIR, ITEM_HEADING, LEAD_IN, NEXT_MEETING, place_after


@pytest.mark.parametrize(
    ("text", "number", "heading"),
    [("§ 4 Stadsdelslyftet", "4", "Stadsdelslyftet"), ("§5 Det drog- och", "5", "Det drog- och"),
     ("§ 10. Mötet avslutas.", "10", "Mötet avslutas."), ("§ 7", "7", "")],
)
def test_item_heading(text: str, number: str, heading: str) -> None:
    m = ITEM_HEADING.match(text)
    assert m is not None and (m["number"], m["heading"]) == (number, heading)


@pytest.mark.parametrize("text", ["§ 3 - § 5 gäller", "§§ 3-5", "Se § 4"])
def test_item_heading_rejects_ranges_and_references(text: str) -> None:
    assert ITEM_HEADING.match(text) is None


@pytest.mark.parametrize(
    ("text", "org", "rest"),
    [("Polisen: Under hösten", "Polisen", "Under hösten"), ("Social hållbarhet:", "Social hållbarhet", None),
     ("Välfärd Gävle/socialtjänsten: text", "Välfärd Gävle/socialtjänsten", "text")],
)
def test_lead_in(text: str, org: str, rest: str | None) -> None:
    m = LEAD_IN.match(text)
    assert m is not None and (m["org"], m["rest"]) == (org, rest)


def test_lead_in_needs_space_after_the_colon() -> None:
    assert LEAD_IN.match("BIG:s ledningsgrupp är ett forum") is None


@pytest.mark.parametrize(
    ("text", "found"),
    [("Nästa möte hålls", True), ("Nästa ledningsgruppsmöte är", True), ("nästa sammanträde", True),
     ("Mötesdatum för hösten", False), ("det nästa steget", False)],
)
def test_next_meeting(text: str, found: bool) -> None:
    assert bool(NEXT_MEETING.search(text)) is found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (" på BIG", "BIG"), (" i Stadshuset.", "Stadshuset"), (", på Nynäs Herrgård, sal 2", "Nynäs Herrgård, sal 2"), (".", None),
        (", Rådhuset.", "Rådhuset"), (", Nynäs Herrgård", "Nynäs Herrgård"),
        (", därefter lunch.", None),  # no capital: no place
        (", Ida Ek håller i mötet.", None),  # a sentence, not a place
        (", Rådhuset. Välkomna!", None),  # the sentence goes on
    ],
)
def test_place(text: str, place: str | None) -> None:
    assert place_after(text) == place


def test_chair() -> None:
    m = CHAIR.search("Mötesordförande Jens Gagge hälsade välkommen")
    assert m is not None and m["rest"].startswith("Jens Gagge")
    plain = CHAIR.search("Mötet öppnades. Ordförande Ida Ek hälsade välkommen")
    assert plain is not None and plain["plain"] and plain["rest"].startswith("Ida Ek")
    assert CHAIR.search("Kommunstyrelsens ordförande Ida Ek deltog") is None  # not a title here


@pytest.mark.parametrize(
    ("text", "rest"),
    [("Delges närvarande, A samt B.", "närvarande, A samt B"), ("Delges: kommunstyrelsen", "kommunstyrelsen")],
)
def test_distribution(text: str, rest: str) -> None:
    m = DISTRIBUTION.match(text)
    assert m is not None and m["rest"] == rest


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Vid protokollet", True), ("Justeras", True), ("Justerare:", True), ("Justeras av Anna", False), ("Vid mötet", False),
        ("Sekreterare", True), ("Ordförande: Ida Ek", True), ("Justerande", True), ("Underskrifter", True),
        ("Ordförande Ida Ek öppnade mötet.", False), ("Sekreteraren skickar ut", False),
        ("Vid anteckningarna", True), ("Antecknare: Ida Ek", True), ("Antecknat av", True), ("Antecknat i protokollet", False),
    ],
)
def test_signature_label(text: str, found: bool) -> None:
    assert bool(SIGNATURE_LABEL.match(text)) is found


@pytest.mark.parametrize(
    ("text", "words"),
    [("Protokoll från BRÅ-möte", ["BRÅ"]), ("BIG 2024", ["BIG"]), ("KS2 och AU", ["KS2", "AU"]),
     ("Bara Stora Bokstäver", []), ("I", []), ("xBIGx", [])],
)
def test_upper_word(text: str, words: list[str]) -> None:
    assert UPPER_WORD.findall(text) == words


@pytest.mark.parametrize(
    ("text", "runs"),
    [(" Trygghetsrådet Norrvik 2024-01-15", ["Trygghetsrådet Norrvik"]),
     (" fört vid möte i Trygghetsrådet, Norrviks kommun", ["Trygghetsrådet", "Norrviks"]),
     (" från styrgruppsmöte 2024-01-15", []), (" med Brå-gruppen", ["Brå-gruppen"])],
)
def test_capitalised_words(text: str, runs: list[str]) -> None:
    assert CAPITALISED_WORDS.findall(text) == runs


@pytest.mark.parametrize(("text", "found"), [("möte 2024-01-15", "2024-01-15"), ("den 2024-1-5.", "2024-1-5"), ("20240115", None)])
def test_iso_date(text: str, found: str | None) -> None:
    m = ISO_DATE.search(text)
    assert (m[0] if m else None) == found


@pytest.mark.parametrize(
    ("head", "charset"),
    [(b'<meta charset="utf-8">', b"utf-8"), (b"<META CHARSET=windows-1252>", b"windows-1252"),
     (b'<meta http-equiv=Content-Type content="text/html; charset=iso-8859-1">', b"iso-8859-1"),
     (b'<meta name="viewport" content="width=device-width">', None)],
)
def test_meta_charset(head: bytes, charset: bytes | None) -> None:
    m = META_CHARSET.search(head)
    assert (m["charset"] if m else None) == charset


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        ("Närvarande: Ida Ek (Polisen)", "Närvarande", "Ida Ek (Polisen)"),
        ("Beslutande\tIda Ek (S), ordförande", "Beslutande", "Ida Ek (S), ordförande"),  # a table's two columns
        ("Plats och tid    Stadshuset, kl. 13.00", "Plats och tid", "Stadshuset, kl. 13.00"),  # spaces for the tab
        ("Sammanträdesdatum 2024-03-14", "Sammanträdesdatum", "2024-03-14"),
        ("### Närvarande", None, None),  # Markdown marks are gone before this pattern looks
        ("Närvarande", "Närvarande", ""),
        ("Tid och plats meddelas senare", None, None),  # a sentence, no field
    ],
)
def test_label(text: str, label: str | None, value: str | None) -> None:
    m = LABEL.match(text)
    assert (m["label"] if m else None) == label
    if m:
        assert (m["rest"] or m["cell"] or m["date"] or "") == value


@pytest.mark.parametrize(
    ("raw", "kind", "value"),
    [
        (rb"\par ", "word", b"par"), (rb"\u-10179?", "number", b"-10179"), (rb"\'e5", "hex", b"e5"),
        (rb"\{", "symbol", b"{"), (rb"\*", "symbol", b"*"), (b"{", "brace", b"{"), (b"Ida Ek", "text", b"Ida Ek"),
    ],
)
def test_rtf_token(raw: bytes, kind: str, value: bytes) -> None:
    m = TOKEN.match(raw)
    assert m is not None and m[kind] == value


def test_rtf_token_ends_a_control_word_at_its_delimiting_space() -> None:
    assert [m[0] for m in TOKEN.finditer(rb"\b fet\b0  vanlig")] == [rb"\b ", b"fet", rb"\b0 ", b" vanlig"]
