"""Stage 0b: Word documents (.docx) read as the text a Word-to-Markdown conversion gives."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

import bigprotokoll
from bigprotokoll.errors import EmptyInputError, EncodingError
from bigprotokoll.model import FurnitureKind
from bigprotokoll.parse import office
from bigprotokoll.parse.docx import is_docx, read_docx
from bigprotokoll.testing.word import W_NS, docx, list_styles, numbering, p, run, table

from _zips import with_part

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
HEAD = p("Protokoll fört vid ledningsgruppsmöte BIG 2024-03-14")


def _text(*blocks: str, **parts: object) -> str:
    return read_docx(docx(*blocks, **parts)).text  # type: ignore[arg-type]


def test_headings_lists_and_tables_come_out_as_a_conversion_writes_them() -> None:
    text = _text(
        p("Protokoll", style="Title"),
        p("Närvarande", style="Heading2"),
        table(("Ida Ek", "Polisen"), ("Bo Lund", "")),
        f"<w:tbl><w:tr><w:tc>{p('Namn', style='Heading3')}</w:tc><w:tc>{p('Organisation')}</w:tc></w:tr></w:tbl>",
        p("§ 4 Lägesbild", style="Rubrik3"),
        p("Välfärd Gävle", style="Heading4"),
        p("Första", num=(1, 0)),
        p("Under", num=(1, 1)),
        p("Andra", num=(1, 0)),
        p("Under igen", num=(1, 1)),
        p("Punkt utan lista", num=(7, 0)),
        numbering_xml=numbering((0, "decimal", "%1."), (1, "lowerLetter", "%2)")),
    )
    assert text.split("\n\n") == [
        "# Protokoll", "## Närvarande", "Ida Ek\tPolisen", "Bo Lund\t", "Namn\tOrganisation", "### § 4 Lägesbild", "#### Välfärd Gävle",
        "1. Första", "a) Under", "2. Andra", "a) Under igen", "- Punkt utan lista",
    ]


def test_a_multilevel_list_numbers_as_word_shows_it() -> None:
    text = _text(
        p("Ekonomi", num=(1, 0)), p("Budget", num=(1, 1)), p("Utfall", num=(1, 1)), p("Övrigt", num=(1, 0)),
        p("Lokaler", num=(1, 1)),
        numbering_xml=numbering((0, "decimal", "%1."), (1, "decimal", "%1.%2")),
    )
    assert text.split("\n\n") == ["1. Ekonomi", "1.1 Budget", "1.2 Utfall", "2. Övrigt", "2.1 Lokaler"]


def test_roman_and_letter_numbers_are_shown_as_word_shows_them() -> None:
    """Roman numerals in either case; letters after z repeat (aa, bb), as in Word."""
    items = [p(f"Punkt {n}", num=(1, 0)) for n in range(1, 5)] + [p(f"Under {n}", num=(1, 1)) for n in range(1, 29)]
    text = _text(*items, numbering_xml=numbering((0, "upperRoman", "%1."), (1, "lowerLetter", "%2)")))
    paragraphs = text.split("\n\n")
    assert paragraphs[:5] == ["I. Punkt 1", "II. Punkt 2", "III. Punkt 3", "IV. Punkt 4", "a) Under 1"]
    assert paragraphs[-3:] == ["z) Under 26", "aa) Under 27", "bb) Under 28"]
    assert _text(p("Punkt", num=(1, 0)), numbering_xml=numbering((0, "lowerRoman", "(%1)"))) == "(i) Punkt"
    assert _text(p("Punkt", num=(1, 0)), numbering_xml=numbering((0, "chineseCounting", "%1."))) == "- Punkt"


def test_a_numbering_part_with_nonsense_values_numbers_what_it_can() -> None:
    text = _text(
        p("Budget", num=(1, 0)), p("Utfall", num=(1, 0)),
        numbering_xml=numbering((0, "decimal", "%1.")).replace('w:start w:val="1"', 'w:start w:val="x"'),
    )
    assert text.split("\n\n") == ["1. Budget", "2. Utfall"]


def test_a_list_style_numbers_its_paragraphs() -> None:
    """"List Number" puts a paragraph in a list through the style, not the paragraph."""
    text = _text(
        p("Budget", style="ListNumber"), p("Utfall", style="ListNumber"), p("Vanlig", style="Normal"),
        numbering_xml=numbering((0, "decimal", "%1.")), styles_xml=list_styles(ListNumber=1),
    )
    assert text.split("\n\n") == ["1. Budget", "2. Utfall", "Vanlig"]


def test_only_the_shown_text_is_read() -> None:
    """Tracked insertions, hyperlinks and field results are shown; deletions and field codes are not."""
    raw = (
        f"<w:ins>{run('nya ')}</w:ins><w:del><w:r><w:delText>gamla </w:delText></w:r></w:del>"
        f"<w:hyperlink>{run('länk')}</w:hyperlink>"
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>'
        f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{run(" 3")}<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )
    assert _text(p("Text: ", raw=raw)) == "Text: nya länk 3"


def test_page_headers_and_footers_are_furniture() -> None:
    data = docx(
        HEAD, p("§ 1 Öppnande"), p("Mötet öppnades."),
        headers=("BIG BROTTSFÖREBYGGARNA I GÄVLE", "Gävle kommun"), footers=("Sida 1 av 1", "Justerandes sign"),
    )
    minutes = bigprotokoll.parse_bytes(data)
    assert [(f.text, f.kind) for f in minutes.furniture] == [
        ("BIG BROTTSFÖREBYGGARNA I GÄVLE", FurnitureKind.LETTERHEAD),
        ("Gävle kommun", FurnitureKind.LETTERHEAD),  # a header's line of any kind
        ("Sida 1 av 1", FurnitureKind.PAGE_NUMBER),
        ("Justerandes sign", FurnitureKind.PAGE_FOOTER),
    ]
    assert [i.heading for i in minutes.items] == ["Öppnande"]


def test_a_zip_that_is_no_text_document_is_named() -> None:
    sink = io.BytesIO()
    with zipfile.ZipFile(sink, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    assert not is_docx(sink.getvalue())
    with pytest.raises(EncodingError, match=r"neither a Word \(\.docx\) document nor an OpenDocument text"):
        bigprotokoll.parse_bytes(sink.getvalue(), source_name="budget.ods")


def test_a_damaged_word_document_is_a_clear_error() -> None:
    damaged = with_part(docx(HEAD), "word/document.xml", lambda part: part[:-20])
    with pytest.raises(EncodingError, match=r"protokoll\.docx: word/document\.xml in the Word document is not well-formed"):
        bigprotokoll.parse_bytes(damaged, source_name="protokoll.docx")
    truncated = docx(HEAD)[:200]  # the zip's directory is gone: no Word document, a damaged zip
    with pytest.raises(EncodingError, match="zip archive"):
        bigprotokoll.parse_bytes(truncated, source_name="protokoll.docx")


def test_a_word_document_with_damaged_compressed_data_is_a_clear_error() -> None:
    data = bytearray(docx(HEAD, p("§ 1 Öppnande"), p("Mötet öppnades av ordföranden som hälsade alla välkomna.")))
    start = data.index(b"word/document.xml") + len("word/document.xml")  # the part's compressed bytes follow its name
    data[start + 10 : start + 40] = bytes(30)
    with pytest.raises(EncodingError, match="damaged zip archive"):
        bigprotokoll.parse_bytes(bytes(data), source_name="trasig.docx")


def test_an_empty_word_document_is_empty_input() -> None:
    with pytest.raises(EmptyInputError, match="holds no text"):
        bigprotokoll.parse_bytes(docx(p("")), source_name="tom.docx")


def test_a_part_too_large_to_be_minutes_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(office, "MAX_PART_SIZE", 100)
    with pytest.raises(EncodingError, match="more than minutes hold"):
        bigprotokoll.parse_bytes(docx(HEAD, p("§ 1 Öppnande")), source_name="stor.docx")


def test_a_part_with_a_dtd_is_refused_and_its_entities_not_expanded() -> None:
    """Word writes no DTD: one in a part is refused, its entities never expanded (no billion laughs, no files)."""
    with_dtd = with_part(
        docx(HEAD),
        "word/document.xml",
        lambda part: b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        + part.replace(b"Protokoll", b"&e; Protokoll", 1),
    )
    with pytest.raises(EncodingError, match="declares a DTD") as raised:
        read_docx(with_dtd, source_name="dtd.docx")
    assert "root:" not in str(raised.value)


def test_footnotes_follow_the_body_and_a_text_box_is_read_once() -> None:
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    box = (
        f'<mc:AlternateContent xmlns:mc="{mc}"><mc:Choice Requires="wps"><w:drawing><w:txbxContent>{p("Ruta")}'
        f"</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>{p('Ruta')}</w:txbxContent>"
        "</w:pict></mc:Fallback></mc:AlternateContent>"
    )
    data = docx(HEAD, p("Text med ruta: ", raw=f"<w:r>{box}</w:r>"))
    notes = (
        f'<w:footnotes xmlns:w="{W_NS}"><w:footnote w:type="separator" w:id="-1">{p("—")}</w:footnote>'
        f'<w:footnote w:id="1">{p("Se bilaga 2.")}</w:footnote></w:footnotes>'
    )
    assert read_docx(with_part(data, "word/footnotes.xml", lambda _: notes.encode())).text.split("\n\n") == [
        "Protokoll fört vid ledningsgruppsmöte BIG 2024-03-14", "Text med ruta: Ruta", "Se bilaga 2."
    ]


def test_a_document_written_by_python_docx() -> None:
    """tests/fixtures/word/board.docx: fictional board minutes that python-docx wrote from its
    default template (styles, theme, settings, list styles, a header and a footer), the way
    a word processor's files are built, not our test builder's."""
    minutes = bigprotokoll.parse_file(FIXTURES / "word" / "board.docx")
    assert (minutes.title, minutes.body, minutes.meeting_date.isoformat()) == (
        "SAMMANTRÄDESPROTOKOLL", "Brottsförebyggande rådet i Norrvik", "2024-03-14"
    )
    assert [(a.name, a.organisation) for a in minutes.attendees] == [
        ("Ida Ek", "Socialdemokraterna"), ("Bo Lund", "Moderaterna"), ("Eva Berg", "Centerpartiet"),
        ("Karl Nord", None), ("Lisa Ström", "Polisen"),
    ]
    assert (minutes.chair, minutes.minute_taker, minutes.adjusters) == ("Ida Ek", "Karl Nord", ("Bo Lund",))
    first, second = minutes.items
    assert (first.number, first.heading, second.number, second.heading) == (
        12, "Lägesbild våren 2024", 13, "Trygghetsvandringar"
    )
    assert [(p.label, p.text) for p in first.paragraphs][:4] == [
        (None, "Dnr 2024/33"), (None, "Lisa Ström redovisade lägesbilden för kvartalet:"),
        ("-", "Inbrotten i centrum har minskat."), ("-", "Oron kring skolgårdarna kvarstår."),
    ]
    assert [p.text for p in second.paragraphs][1:3] == ["1. Söderby den 7 maj.", "2. Hamnområdet den 21 maj."]
    assert [a.assignee for a in second.assignments] == ["Eva Berg"]
    assert [(f.text, f.kind) for f in minutes.furniture] == [
        ("Norrviks kommun", FurnitureKind.LETTERHEAD),
        ("Justerandes sign\tUtdragsbestyrkande", FurnitureKind.PAGE_FOOTER),
    ]
    assert (minutes.preamble, minutes.closing) == ((), ())
    assert not [d for d in minutes.diagnostics if d.severity.value == "warning"]


def test_a_symbol_fonts_character_is_read_as_its_code() -> None:
    """Word keeps a symbol inserted from Symbol or Wingdings as w:sym: its code, a private-use
    character for those fonts (U+F0B7 is Symbol's bullet, which the parser takes for one)."""
    sym = '<w:r><w:sym w:font="Symbol" w:char="F0B7"/><w:tab/><w:t>Inbrotten har minskat.</w:t></w:r>'
    bad = '<w:r><w:sym w:font="Wingdings" w:char="D800"/><w:sym w:char="0007"/><w:sym w:char="zz"/><w:t>Klart.</w:t></w:r>'
    text = read_docx(docx(HEAD, p(raw=sym), p(raw=bad))).text
    assert text.split("\n\n") == [
        "Protokoll fört vid ledningsgruppsmöte BIG 2024-03-14", "\uf0b7\tInbrotten har minskat.", "Klart."
    ]


def test_a_number_alone_in_a_footer_is_the_page_number() -> None:
    """A page number field in a footer shows a number alone; in a footer it is the page's."""
    minutes = bigprotokoll.parse_bytes(docx(HEAD, p("§ 1 Öppnande"), p("Text."), footers=("3", "Norrviks kommun")))
    assert [(f.text, f.kind) for f in minutes.furniture] == [
        ("3", FurnitureKind.PAGE_NUMBER), ("Norrviks kommun", FurnitureKind.PAGE_FOOTER)
    ]


def test_a_paragraph_in_bold_as_a_whole_is_a_line_in_bold() -> None:
    """Bold by the run's own properties, its character style or its paragraph style (through
    basedOn), as a conversion to Markdown writes it: "**Ekonomi**". A paragraph partly in
    bold, one whose bold a run turns off, a list's, a heading's, a table cell's, a page
    header's, and one with a mark of Markdown's own are as they were."""
    styles = (
        f'<w:styles xmlns:w="{W_NS}">'
        '<w:style w:type="paragraph" w:styleId="Fet"><w:rPr><w:b/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Mellanrubrik"><w:basedOn w:val="Fet"/></w:style>'
        '<w:style w:type="character" w:styleId="Stark"><w:rPr><w:b w:val="1"/></w:rPr></w:style>'
        "</w:styles>"
    )
    bold_cell = '<w:tbl><w:tr><w:tc><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Ida Ek</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'
    data = docx(
        p("Ekonomi", bold=True),
        p("Lägesbild", style="Mellanrubrik"),
        p(raw='<w:r><w:rPr><w:rStyle w:val="Stark"/></w:rPr><w:t>Nästa möte</w:t></w:r>'),
        p(raw=run("Delvis ", bold=True) + run("i fetstil")),
        p(style="Fet", raw='<w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>Avslaget</w:t></w:r>'),
        p("Punkt", bold=True, num=(1, 0)),
        p(style="Heading2", raw=run("Rubrik", bold=True)),
        p("Med * stjärna", bold=True),
        bold_cell,
        numbering_xml=numbering((0, "decimal", "%1.")),
        styles_xml=styles,
    )
    data = with_part(data, "word/header1.xml", lambda _: f'<w:hdr xmlns:w="{W_NS}">{p("Norrviks kommun", bold=True)}</w:hdr>'.encode())
    document = read_docx(data)
    assert document.text.split("\n\n") == [
        "**Ekonomi**", "**Lägesbild**", "**Nästa möte**", "Delvis i fetstil", "Avslaget", "1. Punkt", "## Rubrik",
        "Med * stjärna", "Ida Ek",
    ]
    assert document.headers == ("Norrviks kommun",)


def test_notes_that_head_their_items_in_bold_have_them_as_items() -> None:
    data = docx(
        p("Minnesanteckningar Nätverket Trygg hamn 2025-05-06", bold=True), p("Närvarande: Ida Ek, Polisen; Bo Lund, BIG"),
        p("Ekonomi", bold=True), p("Budgeten gicks igenom."), p("Nästa möte", bold=True), p("Nästa möte hålls 2025-06-10."),
    )
    minutes = bigprotokoll.parse_bytes(data)
    assert [(i.number, i.heading, i.numbered) for i in minutes.items] == [(1, "Ekonomi", False), (2, "Nästa möte", False)]
    assert minutes.title == "Minnesanteckningar Nätverket Trygg hamn 2025-05-06"
