"""What holds for every document the parser reads (Word .docx and .doc, OpenDocument .odt,
RTF, an HTML page): minutes written as one read as the text does; damaged bytes give a library
error. (PDFs: test_pdf.py, as their standard font prints cp1252 only.)"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Callable

import pytest
from hypothesis import HealthCheck, assume, given, settings

import bigprotokoll
from bigprotokoll.errors import BigprotokollError
from bigprotokoll.parse.doc import DOC_MEDIA_TYPE
from bigprotokoll.parse.docx import DOCX_MEDIA_TYPE
from bigprotokoll.parse.html import HTML_MEDIA_TYPE
from bigprotokoll.parse.odt import ODT_MEDIA_TYPE
from bigprotokoll.parse.rtf import RTF_MEDIA_TYPE
from _damage import check_damage
from bigprotokoll.parse.office import ListLevel, ListNumbers, heading_level, letters, list_number, roman
from bigprotokoll.testing import doc, html, odt, rtf, word
from test_properties import minutes_like

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
#: (suffix, media type, the text as that kind of document: each block a paragraph).
FORMATS = [
    (".docx", DOCX_MEDIA_TYPE, word.docx_of_text),
    (".odt", ODT_MEDIA_TYPE, odt.odt_of_text),
    (".html", HTML_MEDIA_TYPE, html.html_of_text),
    (".rtf", RTF_MEDIA_TYPE, rtf.rtf_of_text),
    (".doc", DOC_MEDIA_TYPE, doc.doc_of_text),
]
FORMAT_IDS = [suffix for suffix, _, _ in FORMATS]
#: A small document of each kind, to damage.
SAMPLES = {
    ".docx": word.docx(
        word.p("Protokoll fört vid ledningsgruppsmöte BIG 2024-03-14"), word.p("Närvarande:"),
        word.table(("Ida Ek", "Polisen")), word.p("§ 1 Öppnande", style="Heading2"), word.p("Text."),
    ),
    ".odt": odt.odt(
        odt.para("Protokoll fört vid ledningsgruppsmöte BIG 2024-03-14"), odt.para("Närvarande:"),
        odt.table(("Ida Ek", "Polisen")), odt.heading("§ 1 Öppnande", 2), odt.para("Text."),
    ),
    ".html": html.page(
        "<p>Protokoll fört vid ledningsgruppsmöte BIG 2024-03-14</p><p>Närvarande:</p>",
        "<table><tr><td>Ida Ek</td><td>Polisen</td></tr></table><h2>§ 1 Öppnande</h2><p>Text.</p>",
    ),
    ".rtf": rtf.rtf(
        rtf.par("Protokoll fört vid ledningsgruppsmöte BIG 2024-03-14"), rtf.par("Närvarande:"),
        rtf.row("Ida Ek", "Polisen"), rtf.par("§ 1 Öppnande", heading=2), rtf.par("Text."),
    ),
    ".doc": doc.doc(
        doc.par("Protokoll fört vid ledningsgruppsmöte BIG 2024-03-14") + doc.par("Närvarande:")
        + doc.row("Ida Ek", "Polisen") + doc.par("§ 1 Öppnande") + doc.par("Text."),
        header=("Gävle kommun",),
    ),
}
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
#: What old Word's text uses as marks (paragraph and cell ends, fields, objects): no text can hold them.
_WORD_CONTROL = re.compile("[\x00-\x08\x0b-\x0e\x13-\x15\x1e\x1f]")


@pytest.mark.parametrize(("suffix", "media_type", "convert"), FORMATS, ids=FORMAT_IDS)
@pytest.mark.parametrize(
    "fixture", sorted(f.name for f in FIXTURES.glob("*.txt") if f.name != "pdf_text.txt")  # PDF text has no paragraphs
)
def test_a_fixture_as_a_document_parses_as_its_text_does(
    fixture: str, suffix: str, media_type: str, convert: Callable[[str], bytes]
) -> None:
    """Each block of the fixture a paragraph of the document (its lines kept apart by line breaks)."""
    data = (FIXTURES / fixture).read_bytes()
    text = data.decode("cp1252") if fixture.startswith("cp1252") else data.decode("utf-8")
    from_document = bigprotokoll.parse_bytes(convert(text), source_name=f"{fixture}{suffix}")
    assert from_document == bigprotokoll.parse_text(text)
    assert (from_document.source.media_type, from_document.source.name) == (media_type, f"{fixture}{suffix}")


@pytest.mark.parametrize(("suffix", "media_type", "convert"), FORMATS, ids=FORMAT_IDS)
def test_any_text_reads_the_same_from_a_document(suffix: str, media_type: str, convert: Callable[[str], bytes]) -> None:
    """The same minutes, or the same kind of error, as from the text itself."""

    def outcome(parse: Callable[[], object]) -> object:
        try:
            return parse()
        except BigprotokollError as exc:
            return type(exc)

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(text=minutes_like)
    def check(text: str) -> None:
        assume(not _XML_ILLEGAL.search(text))  # characters no document can hold
        assume(suffix != ".doc" or not _WORD_CONTROL.search(text))  # Word's own marks in its text
        assert outcome(lambda: bigprotokoll.parse_bytes(convert(text))) == outcome(lambda: bigprotokoll.parse_text(text))

    check()


@pytest.mark.parametrize("suffix", FORMAT_IDS)
def test_a_damaged_document_gives_minutes_or_a_library_error(suffix: str) -> None:
    """Bytes overwritten or the file cut short anywhere: never a traceback."""
    check_damage(SAMPLES[suffix], suffix, max_examples=300)


def test_roman_numerals_and_list_letters() -> None:
    assert [roman(n) for n in (1, 4, 9, 14, 40, 90, 400, 1994, 3999)] == [
        "i", "iv", "ix", "xiv", "xl", "xc", "cd", "mcmxciv", "mmmcmxcix"
    ]
    assert roman(0) is None and roman(4000) is None
    assert [letters(n) for n in (1, 26, 27, 52, 53)] == ["a", "z", "aa", "zz", "aaa"]
    assert [letters(n, repeat=False) for n in (1, 26, 27, 52, 53, 702, 703)] == ["a", "z", "aa", "az", "ba", "zz", "aaa"]
    assert letters(0) is None and letters(0, repeat=False) is None


def test_every_readers_header_lines_become_valid_furniture(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever a reader leaves around a header or footer line (a tab, spaces, an empty line),
    the furniture holds the line without it: one place makes it so for every reader."""
    import bigprotokoll.parse as parse_module
    from bigprotokoll.parse.office import DocumentText

    text = "Protokoll fört vid ledningsgruppsmöte BIG 2024-03-14\n\n§ 1 Öppnande\n\nText."
    monkeypatch.setattr(
        parse_module, "read_rtf", lambda data, source_name=None: (DocumentText(text, ("\tGävle kommun  ", " "), ("Sida 1\t",)), "cp1252")
    )
    minutes = bigprotokoll.parse_bytes(b"{\\rtf1 }", source_name="m.rtf")
    assert [f.text for f in minutes.furniture] == ["Gävle kommun", "Sida 1"]


def test_a_builder_for_every_kind_of_document_the_cli_takes() -> None:
    from bigprotokoll.cli import MINUTES_SUFFIXES
    from bigprotokoll.testing.documents import OF_TEXT

    assert set(OF_TEXT) == set(MINUTES_SUFFIXES) - {".txt", ".md", ".text", ".htm", ".xml"}
    assert {suffix for suffix, _, _ in FORMATS} == set(OF_TEXT) - {".pdf"}  # PDFs: test_pdf.py


def test_list_numbers_count_as_word_counts_them() -> None:
    """Each list counts on; a deeper level starts again under the next entry above it;
    "%1.%2." shows both levels' numbers in their own formats; a list starts where it says."""
    levels = {0: ListLevel("decimal", "%1.", 1), 1: ListLevel("lowerLetter", "%1.%2)", 1), 2: ListLevel("upperRoman", "%3", 1)}
    numbers = ListNumbers()
    shown = [numbers.mark("a", level, levels) for level in (0, 1, 1, 2, 0, 1)]
    assert shown == ["1.", "1.a)", "1.b)", "I", "2.", "2.a)"]
    sections = {0: ListLevel("decimal", "§ %1", 31)}
    assert [numbers.mark("s", 0, sections) for _ in range(3)] == ["§ 31", "§ 32", "§ 33"]
    assert numbers.mark("a", 0, levels) == "3."  # list "a" counted on beside "s"
    assert [numbers.mark("b", 0, {0: ListLevel(form, "%1", 1)}) for form in ("bullet", "ordinal")] == ["-", "-"]
    assert numbers.mark("c", 3, levels) == "-"  # a level the list does not define


def test_list_numbers_past_words_limit_are_not_written_out() -> None:
    """A damaged start would make a letter number millions of letters long."""
    assert list_number("lowerLetter", 2**31) is None and list_number("decimal", 32768) is None
    assert list_number("lowerLetter", 28) == "bb" and list_number("decimalZero", 7) == "07"
    assert ListNumbers().mark("x", 0, {0: ListLevel("lowerLetter", "%1)", 2**31)}) == "-"


@pytest.mark.parametrize(
    ("style", "level"),
    [("Heading 2", 2), ("heading1", 1), ("Rubrik 3", 3), ("Title", 1), ("Rubrik", 1), ("Heading 7", None), ("Normal", None)],
)
def test_a_heading_style_by_its_name(style: str, level: int | None) -> None:
    assert heading_level(style) == level


def test_a_list_restarted_counts_on_from_where_it_restarted() -> None:
    levels = {0: ListLevel("decimal", "%1.", 1)}
    numbers = ListNumbers()
    assert [numbers.mark("a", 0, levels) for _ in range(3)] == ["1.", "2.", "3."]
    numbers.restart("a", 0, 1)
    assert [numbers.mark("a", 0, levels) for _ in range(2)] == ["1.", "2."]
    numbers.restart("a", 0, 7)
    assert numbers.mark("a", 0, levels) == "7."
