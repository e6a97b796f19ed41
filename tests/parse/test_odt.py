"""Stage 0c: OpenDocument texts (.odt) read as the text a conversion to Markdown gives."""

from __future__ import annotations

import pytest

import bigprotokoll
from bigprotokoll.errors import EmptyInputError, EncodingError
from bigprotokoll.model import FurnitureKind
from bigprotokoll.parse.odt import ODT_MEDIA_TYPE, is_odt, read_odt
from bigprotokoll.testing.odt import heading, item_list, odt, para, table

from _zips import with_part
HEAD = para("Protokoll fört vid ledningsgruppsmöte BIG 2024-03-14")


def test_headings_lists_tables_and_spaces_come_out_as_a_conversion_writes_them() -> None:
    text = read_odt(
        odt(
            heading("Protokoll", 1),
            table(("Ida Ek", "Polisen"), ("Bo Lund", "")),
            heading("§ 4 Lägesbild", 3),
            item_list("Första", item_list("Under", "Under två"), "Andra"),
            item_list("Punkt", style="L2"),
            para("Ida Ek\tPolisen"),
            para("två  mellanslag"),
        )
    ).text
    assert text.split("\n\n") == [
        "# Protokoll", "Ida Ek\tPolisen", "Bo Lund\t", "### § 4 Lägesbild",
        "1. Första", "a) Under", "b) Under två", "3. Andra", "- Punkt", "Ida Ek\tPolisen", "två  mellanslag",
    ]


def test_a_nested_list_takes_its_style_and_numbering_goes_on_where_asked() -> None:
    """LibreOffice names the style on the outer list only; a list may continue the last one's
    numbers, an item start at a number of its own."""
    text = read_odt(
        odt(
            '<text:list text:style-name="L1"><text:list-item><text:p>Ekonomi</text:p>'
            "<text:list><text:list-item><text:p>Budget</text:p></text:list-item></text:list></text:list-item></text:list>",
            para("Mellan listorna."),
            '<text:list text:style-name="L1" text:continue-numbering="true"><text:list-item><text:p>Övrigt</text:p>'
            '</text:list-item><text:list-item text:start-value="7"><text:p>Sist</text:p></text:list-item></text:list>',
        )
    ).text
    assert text.split("\n\n") == ["1. Ekonomi", "a) Budget", "Mellan listorna.", "2. Övrigt", "7. Sist"]


def test_roman_and_letter_numbers_are_shown_as_the_list_style_says() -> None:
    """Roman numerals in either case; letters after z go on aa, ab, or aa, bb when the style
    synchronises them (``num-letter-sync``)."""
    styles = (
        '<text:list-style style:name="R"><text:list-level-style-number text:level="1" style:num-format="I" '
        'style:num-suffix="."/></text:list-style>'
        '<text:list-style style:name="a"><text:list-level-style-number text:level="1" style:num-format="a" '
        'style:num-suffix=")"/></text:list-style>'
        '<text:list-style style:name="aa"><text:list-level-style-number text:level="1" style:num-format="a" '
        'style:num-suffix=")" style:num-letter-sync="true"/></text:list-style>'
        '<text:list-style style:name="i"><text:list-level-style-number text:level="1" style:num-format="i" '
        'style:num-prefix="(" style:num-suffix=")"/></text:list-style>'
    )
    data = odt(
        item_list("Ett", "Två", "Tre", "Fyra", style="R"),
        item_list(*[f"Under {n}" for n in range(1, 29)], style="a"),
        item_list(*[f"Under {n}" for n in range(1, 29)], style="aa"),
        item_list("Ett", style="i"),
        list_styles=styles,
    )
    paragraphs = read_odt(data).text.split("\n\n")
    assert paragraphs[:4] == ["I. Ett", "II. Två", "III. Tre", "IV. Fyra"]
    assert paragraphs[29:32] == ["z) Under 26", "aa) Under 27", "ab) Under 28"]
    assert paragraphs[57:61] == ["z) Under 26", "aa) Under 27", "bb) Under 28", "(i) Ett"]


def test_white_space_written_in_the_xml_is_one_space() -> None:
    """ODF collapses white space in text; more spaces are text:s elements."""
    assert read_odt(odt("<text:p>Ida   Ek\n  och Bo</text:p>")).text == "Ida Ek och Bo"


def test_notes_follow_the_body_and_tracked_deletions_are_not_read() -> None:
    body = (
        "<text:tracked-changes><text:changed-region><text:deletion><text:p>borttaget</text:p>"
        "</text:deletion></text:changed-region></text:tracked-changes>"
        '<text:p>Se not<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>'
        "<text:note-body><text:p>Bilaga 2.</text:p></text:note-body></text:note>.</text:p>"
    )
    assert read_odt(odt(HEAD, body)).text.split("\n\n") == [
        "Protokoll fört vid ledningsgruppsmöte BIG 2024-03-14", "Se not1.", "Bilaga 2."
    ]


def test_page_headers_and_footers_are_furniture() -> None:
    data = odt(HEAD, heading("§ 1 Öppnande", 2), para("Mötet öppnades."), header=("Gävle kommun",), footer=("Sida 1 av 1",))
    minutes = bigprotokoll.parse_bytes(data)
    assert [(f.text, f.kind) for f in minutes.furniture] == [
        ("Gävle kommun", FurnitureKind.LETTERHEAD), ("Sida 1 av 1", FurnitureKind.PAGE_NUMBER)
    ]
    assert (minutes.source.media_type, [i.heading for i in minutes.items]) == (ODT_MEDIA_TYPE, ["Öppnande"])


def test_only_a_text_document_is_one() -> None:
    assert is_odt(odt(HEAD))
    assert not is_odt(odt(HEAD).replace(b"opendocument.text", b"opendocument.sheet"))


def test_a_damaged_or_empty_opendocument_is_a_clear_error() -> None:
    damaged = with_part(odt(HEAD), "content.xml", lambda part: part[:-30])
    with pytest.raises(EncodingError, match=r"m\.odt: content\.xml in the OpenDocument text is not well-formed"):
        bigprotokoll.parse_bytes(damaged, source_name="m.odt")
    with pytest.raises(EmptyInputError, match="holds no text"):
        bigprotokoll.parse_bytes(odt(para("  ")), source_name="tom.odt")




def test_a_paragraph_in_bold_as_a_whole_is_a_line_in_bold() -> None:
    """Bold by its paragraph style (through its parents, in styles.xml or the content's
    automatic styles) or its spans', as a conversion to Markdown writes it: "**Ekonomi**". A
    paragraph partly in bold, one whose span sets a normal weight, a heading's, a table
    cell's and a page header's are as they were."""
    styles = (
        '<style:style style:name="Fet" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>'
        '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Fet"/>'
        '<style:style style:name="T2" style:family="text"><style:text-properties fo:font-weight="700"/></style:style>'
        '<style:style style:name="T3" style:family="text"><style:text-properties fo:font-weight="normal"/></style:style>'
    )
    data = odt(
        para("Ekonomi", bold=True),
        '<text:p text:style-name="P1">Lägesbild</text:p>',
        '<text:p><text:span text:style-name="T2">Nästa möte</text:span> </text:p>',
        '<text:p><text:span text:style-name="T1">Delvis</text:span> i fetstil</text:p>',
        '<text:p text:style-name="P1"><text:span text:style-name="T3">Avslaget</text:span></text:p>',
        '<text:h text:outline-level="2"><text:span text:style-name="T1">Rubrik</text:span></text:h>',
        f'<table:table><table:table-row><table:table-cell>{para("Ida Ek", bold=True)}</table:table-cell></table:table-row></table:table>',
        header=("Norrviks kommun",),
    )
    data = with_part(data, "content.xml", lambda part: part.replace(b"<office:automatic-styles>", f"<office:automatic-styles>{styles}".encode()))
    data = with_part(data, "styles.xml", lambda part: part.replace(b"<text:p>Norrviks kommun", b'<text:p><text:span text:style-name="T1">Norrviks kommun</text:span>'))
    document = read_odt(data)
    assert document.text.split("\n\n") == [
        "**Ekonomi**", "**Lägesbild**", "**Nästa möte**", "Delvis i fetstil", "Avslaget", "## Rubrik", "Ida Ek",
    ]
    assert document.headers == ("Norrviks kommun",)
