"""Stage 0f: RTF documents read as the text a conversion to Markdown gives."""

from __future__ import annotations

import pytest

import bigprotokoll
from bigprotokoll.errors import EmptyInputError, EncodingError
from bigprotokoll.model import FurnitureKind
from bigprotokoll.parse.rtf import RTF_MEDIA_TYPE, is_rtf, read_rtf
from bigprotokoll.testing.rtf import par, row, rtf

HEAD = par("Protokoll fört vid ledningsgruppsmöte BIG 2024-03-14")


def _text(*blocks: str) -> str:
    return read_rtf(rtf(*blocks))[0].text


def test_headings_tables_lists_and_line_breaks_come_out_as_a_conversion_writes_them() -> None:
    text = _text(
        par("Protokoll", heading=1), par("§ 4 Lägesbild", heading=3), row("Ida Ek", "Polisen"), row("Bo Lund", ""),
        par("Första", number="1."), par("Under", number="a)"), par("Rad ett\nrad två\tefter en tabb"),
        r"\pard {\pntext\f1 2.\tab}Andra, som Word 95 skrev\par",
    )
    assert text.split("\n\n") == [
        "# Protokoll", "### § 4 Lägesbild", "Ida Ek\tPolisen", "Bo Lund\t", "1. Första", "a) Under", "Rad ett\nrad två\tefter en tabb",
        "2. Andra, som Word 95 skrev",
    ]


def test_characters_are_read_as_rtf_writes_them() -> None:
    raw = (
        r"\pard \'e5\'e4\'f6 \u8364\'3f \u-10179\'3f\u-8638\'3f \{x\} \\ \endash\~\emdash "
        r"\lquote a\rquote  \ldblquote b\rdblquote  \bullet  av\-st\_and \u99999999?\par"
    )
    assert _text(raw) == "åäö € \U0001f642 {x} \\ –\u00a0—‘a’ “b” • avst\u2011and \ufffd"


def test_the_code_page_is_the_documents() -> None:
    data = rtf(r"\pard \'9a\'e8\par").replace(rb"\ansicpg1252", rb"\ansicpg1250")
    assert (read_rtf(data)[0].text, read_rtf(rtf(r"\pard x\par"))[1]) == ("šč", "cp1252")
    assert bigprotokoll.parse_bytes(rtf(HEAD, par("§ 1 A"))).source.encoding == "cp1252"


def test_what_word_does_not_show_is_not_read() -> None:
    """Style, font and list definitions, document information, field codes, comments and
    ignorable groups; a style's outline level makes no heading of the text."""
    body = (
        r'\pard Se {\field{\*\fldinst { HYPERLINK "http://x" }}{\fldrslt {bilagan}}} '
        r"nu{\*\atnid IE}{\*\annotation\pard Ta bort?\par} och{\*\bkmkstart b1} sedan{\*\okand hemligt}.\par"
    )
    assert _text(body) == "Se bilagan nu och sedan."


def test_footnotes_follow_the_body() -> None:
    body = r"\pard Se not{\super\chftn}{\footnote\pard\plain {\super\chftn} Bilaga 2.\par}.\par" + "\n" + par("Sist.")
    assert _text(body).split("\n\n") == ["Se not.", "Sist.", "Bilaga 2."]


def test_page_headers_and_footers_are_furniture() -> None:
    data = rtf(HEAD, par("§ 1 Öppnande", heading=2), par("Mötet öppnades."), header=("Gävle kommun",), footer=("Sida 1 av 1",))
    minutes = bigprotokoll.parse_bytes(data, source_name="protokoll.rtf")
    assert [(f.text, f.kind) for f in minutes.furniture] == [
        ("Gävle kommun", FurnitureKind.LETTERHEAD), ("Sida 1 av 1", FurnitureKind.PAGE_NUMBER)
    ]
    assert (minutes.source.media_type, [i.heading for i in minutes.items]) == (RTF_MEDIA_TYPE, ["Öppnande"])


def test_an_rtf_document_is_known_by_its_start() -> None:
    assert is_rtf(rtf(HEAD)) and is_rtf(b"  {\\rtf1 x}") and not is_rtf(b"Protokoll {\\rtf1")


@pytest.mark.parametrize("data", [rtf(), rtf(r"{\*\generator Word;}\pard \par")])
def test_a_document_without_text_is_refused(data: bytes) -> None:
    with pytest.raises(EmptyInputError) as caught:
        bigprotokoll.parse_bytes(data, source_name="tom.rtf")
    assert str(caught.value).startswith("tom.rtf")


def test_what_is_no_rtf_is_said_so() -> None:
    with pytest.raises(EncodingError, match="not an RTF document"):
        read_rtf(b"Protokoll", source_name="x.rtf")


def test_a_paragraph_in_bold_as_a_whole_is_a_line_in_bold() -> None:
    r"""``\b`` (in a group, or until ``\b0`` or ``\plain``), as a conversion to Markdown
    writes it: "**Ekonomi**". A paragraph partly in bold, a heading's, a table cell's and a
    page header's are as they were."""
    text = _text(
        par("Ekonomi", bold=True),
        r"\pard {\b L\'e4gesbild}\par" "\n",
        r"\pard \b N\'e4sta \b0 m\'f6te\par" "\n",
        r"\pard \b Beslut\plain  fattades\par" "\n",
        par("Rubrik", heading=2),
        r"\pard\plain \intbl\b Ida Ek\cell \pard\plain \intbl{\trowd\cellx4536\row}" "\n",
    )
    assert text.split("\n\n") == ["**Ekonomi**", "**Lägesbild**", "Nästa möte", "Beslut fattades", "## Rubrik", "Ida Ek"]
    document, _ = read_rtf(rtf(HEAD, header=("Norrviks kommun",)).replace(rb"{\header\pard\plain ", rb"{\header\pard\plain\b "))
    assert document.headers == ("Norrviks kommun",)
