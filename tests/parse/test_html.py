"""Stage 0d: HTML pages read as the text a conversion to Markdown gives."""

from __future__ import annotations

import html

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import bigprotokoll
from bigprotokoll.errors import BigprotokollError, EmptyInputError, EncodingError
from bigprotokoll.model import FurnitureKind
from bigprotokoll.parse.html import HTML_MEDIA_TYPE, is_html, read_html
from bigprotokoll.testing.html import page

HEAD = "<p>Protokoll fört vid ledningsgruppsmöte BIG 2024-03-14</p>"


def _text(*blocks: str, **options: object) -> str:
    return read_html(page(*blocks, **options))[0].text  # type: ignore[arg-type]


def test_headings_paragraphs_tables_and_line_breaks_come_out_as_a_conversion_writes_them() -> None:
    text = _text(
        "<h1>Protokoll</h1><h3>Närvarande</h3>",
        "<table><thead><tr><th>Namn</th><th>Organisation</th></tr></thead>"
        "<tbody><tr><td>Ida <b>Ek</b></td><td>Polisen</td></tr><tr><td>Bo Lund</td><td></td></tr></tbody></table>",
        "<div>Text i en div <a href='x'>med länk</a>\n   och   radbrytning<br>andra raden</div>",
        "<p>Ett &amp; två &lt;tre&gt; fyra&nbsp;fem</p>",
    )
    assert text.split("\n\n") == [
        "# Protokoll", "### Närvarande", "Namn\tOrganisation", "Ida Ek\tPolisen", "Bo Lund\t",
        "Text i en div med länk och radbrytning\nandra raden", "Ett & två <tre> fyra\u00a0fem",
    ]


def test_lists_number_as_a_browser_shows_them() -> None:
    text = _text(
        "<ol><li>Ekonomi<ol type='a'><li>Budget</li><li>Utfall</li></ol></li><li>Övrigt</li></ol>",
        "<ol start='4' type='I'><li>Fyra</li><li value='9'>Nio</li><li>Tio</li></ol>",
        "<ul><li>Punkt</li><li><p>Stycke i punkt</p></li></ul>",
    )
    assert text.split("\n\n") == [
        "1. Ekonomi", "a. Budget", "b. Utfall", "2. Övrigt", "IV. Fyra", "IX. Nio", "X. Tio", "- Punkt", "- Stycke i punkt",
    ]


def test_a_run_of_lists_of_one_heading_each_counts_on() -> None:
    """LibreOffice writes each numbered heading as a list of its own, every one starting
    where the numbering starts; a list of another look, or of text, breaks no run."""
    heading = "<ol start='31'><li><h2>{}</h2></li></ol>"
    text = _text(
        heading.format("Öppnande"), "<ol><li>Söderby</li><li>Hamnen</li></ol>", heading.format("Vandringar"),
        "<ol start='31'><li>Inte en rubrik</li></ol>", heading.format("Nästa möte"), "<ol start='31'><li><h3>Annan nivå</h3></li></ol>",
    )
    assert text.split("\n\n") == [
        "## 31. Öppnande", "1. Söderby", "2. Hamnen", "## 32. Vandringar", "31. Inte en rubrik", "## 33. Nästa möte",
        "### 31. Annan nivå",
    ]


def test_a_page_word_saved_keeps_its_tabs_and_list_numbers() -> None:
    """Word writes a tab as a span of spaces styled mso-tab-count, and a list's number as text."""
    text = _text(
        "<p class=MsoNormal>Vera Lindqvist<span style='mso-tab-count:1'>&nbsp;&nbsp;&nbsp; </span>Polisen<o:p></o:p></p>",
        "<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>"
        "1.<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp; </span></span><![endif]>Mötets öppnande</p>",
    )
    assert text.split("\n\n") == ["Vera Lindqvist\tPolisen", "1.\u00a0\u00a0 Mötets öppnande"]


def test_a_tab_between_words_is_a_tab_as_libreoffice_writes_its_tab_stops() -> None:
    """LibreOffice writes a tab stop as a tab character and breaks its lines of markup at
    spaces: a run of white space with a tab and no line break is a tab; one with a line
    break is a space (none at a line's start); in a cell, where tabs part the cells, a space."""
    text = _text(
        "<p>Beslutande\tMaria\nHolm (S), ordförande<br/>\n\tJonas Rask (M)</p>",
        "<p>Plats och\ntid  \t Stadshuset</p>",
        "<table><tr><td>Ida\tEk</td><td>\tPolisen</td></tr></table>",
    )
    assert text.split("\n\n") == [
        "Beslutande\tMaria Holm (S), ordförande\nJonas Rask (M)", "Plats och tid\tStadshuset", "Ida Ek\tPolisen",
    ]


def test_libreoffices_page_header_and_footer_are_furniture() -> None:
    """LibreOffice writes a document's page header and footer as divs titled so."""
    data = (
        '<!DOCTYPE html><html><body><div title="header"><p>Norrviks kommun</p></div>'
        f'{HEAD}<p>§ 1 Öppnande</p><div title="note"><p>Mötet öppnades.</p></div>'
        '<div title="footer"><p>Justerandes sign\tUtdragsbestyrkande</p></div></body></html>'
    ).encode()
    document, _ = read_html(data)
    assert (document.headers, document.footers) == (("Norrviks kommun",), ("Justerandes sign\tUtdragsbestyrkande",))
    assert document.text.split("\n\n")[-1] == "Mötet öppnades."


def test_preformatted_text_keeps_its_spacing() -> None:
    assert _text("<pre>Ida Ek\tPolisen\nBo Lund   BIG</pre>") == "Ida Ek\tPolisen\nBo Lund   BIG"


def test_what_a_browser_does_not_show_is_not_read() -> None:
    text = _text("<!-- utkast -->", "<p>Synligt<script>dolt()</script><style>p{}</style><template>mall</template></p>")
    assert text == "Synligt"  # nor the head's title, style and script that page() writes


def test_the_sites_header_navigation_and_footer_are_furniture() -> None:
    data = page(
        HEAD, "<h2>§ 1 Öppnande</h2><article><header><p>Artikelns rubrik</p></header><p>Mötet öppnades.</p></article>",
        header="<p>Norrviks kommun</p><nav><ul><li>Start</li><li>Politik</li></ul></nav>",
        footer="<p>Sida 1 av 1</p><p>Kontakt: 010-00 00 00</p>",
    )
    document, _ = read_html(data)
    assert (document.headers, document.footers) == (("Norrviks kommun", "- Start", "- Politik"), ("Sida 1 av 1", "Kontakt: 010-00 00 00"))
    minutes = bigprotokoll.parse_bytes(data, source_name="protokoll.html")
    assert [(f.text, f.kind) for f in minutes.furniture] == [
        ("Norrviks kommun", FurnitureKind.LETTERHEAD), ("- Start", FurnitureKind.LETTERHEAD),
        ("- Politik", FurnitureKind.LETTERHEAD), ("Sida 1 av 1", FurnitureKind.PAGE_NUMBER),
        ("Kontakt: 010-00 00 00", FurnitureKind.PAGE_FOOTER),
    ]
    assert [p.text for p in minutes.items[0].paragraphs] == ["Artikelns rubrik", "Mötet öppnades."]
    assert (minutes.source.media_type, minutes.source.name) == (HTML_MEDIA_TYPE, "protokoll.html")


def test_on_a_page_with_a_main_the_site_around_it_is_furniture() -> None:
    data = (
        b"<!DOCTYPE html><html><body><div class='cookie'>Vi anv\xc3\xa4nder kakor.</div><div>Norrviks kommun</div>"
        b"<main><p>Protokoll f\xc3\xb6rt vid ledningsgruppsm\xc3\xb6te BIG 2024-03-14</p><h2>\xc2\xa7 1 \xc3\x96ppnande</h2>"
        b"<p>M\xc3\xb6tet \xc3\xb6ppnades.</p></main><aside><ul><li>Relaterat</li></ul></aside>"
        b"<table><tr><td>Sidfot</td><td>2024</td></tr></table></body></html>"
    )
    document, _ = read_html(data)
    assert document.text.split("\n\n") == [
        "Protokoll fört vid ledningsgruppsmöte BIG 2024-03-14", "## § 1 Öppnande", "Mötet öppnades."
    ]
    assert (document.headers, document.footers) == (("Vi använder kakor.", "Norrviks kommun"), ("- Relaterat", "Sidfot\t2024"))


def test_on_a_page_without_a_main_only_its_header_nav_and_footer_are_furniture() -> None:
    data = page(HEAD, "<aside>Relaterat</aside>", header="<nav>Start</nav>", footer="Sidfot").replace(b"main>", b"div>")
    document, _ = read_html(data)
    assert (document.text, document.headers, document.footers) == (
        "Protokoll fört vid ledningsgruppsmöte BIG 2024-03-14\n\nRelaterat", ("Start",), ("Sidfot",)
    )


@pytest.mark.parametrize(
    ("charset", "meta", "encoding"),
    [("utf-8", True, "utf-8"), ("windows-1252", True, "cp1252"), ("windows-1252", False, "cp1252"), ("utf-16", True, "utf-16")],
)
def test_the_pages_encoding_is_the_one_it_names_else_detected(charset: str, meta: bool, encoding: str) -> None:
    document, found = read_html(page(HEAD, "<p>Välfärd Gävle</p>", charset=charset, meta=meta))
    assert (document.text, found) == ("Protokoll fört vid ledningsgruppsmöte BIG 2024-03-14\n\nVälfärd Gävle", encoding)


def test_a_utf16_page_is_known_and_read_by_its_byte_order_mark() -> None:
    data = page(HEAD, "<h2>§ 1 Öppnande</h2><p>Mötet öppnades.</p>", charset="utf-16")
    minutes = bigprotokoll.parse_bytes(data, source_name="p.html")
    assert (minutes.source.media_type, minutes.source.encoding, minutes.items[0].heading) == ("text/html", "utf-16", "Öppnande")


def test_utf16_named_in_a_meta_of_ascii_bytes_is_utf8() -> None:
    """As browsers do: bytes in which the meta reads as ASCII are not UTF-16."""
    data = page(HEAD).replace(b'charset="utf-8"', b'charset="utf-16"')
    assert read_html(data) == (read_html(page(HEAD))[0], "utf-8")


def test_furniture_lines_have_no_white_space_at_their_ends() -> None:
    data = page(HEAD, "<h2>§ 1 Öppnande</h2>", header="<pre>  Norrviks kommun\n\tSida 1</pre>", footer="<p><span style='mso-tab-count:1'> </span>Kontakt</p>")
    minutes = bigprotokoll.parse_bytes(data, source_name="p.html")
    assert [f.text for f in minutes.furniture] == ["Norrviks kommun", "Sida 1", "Kontakt"]


def test_a_wrong_charset_declaration_falls_back_to_detection() -> None:
    data = page(HEAD, charset="windows-1252").replace(b'charset="windows-1252"', b'charset="utf-8"')
    assert read_html(data) == (read_html(page(HEAD, charset="windows-1252"))[0], "cp1252")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"<!DOCTYPE html><html><body><p>x</p></body></html>", True),
        (b"\xef\xbb\xbf  <!-- saved --> <HTML lang='sv'><body>x</body></HTML>", True),
        (b"<?xml version='1.0'?>\n<!DOCTYPE html PUBLIC '-//W3C//DTD XHTML 1.0 Strict//EN' 'x'><html/>", True),
        (b"<?xml version='1.0'?><akomaNtoso xmlns='http://docs.oasis-open.org/legaldocml/ns/akn/3.0'/>", False),
        (b"<html-ish text", False),
        (b"Protokoll 2024-03-14\n<html>", False),
        (b"<p>Protokoll BIG 2024-03-14</p>", True),  # a fragment, as pandoc -t html or a web system writes it
        (b"<h1 id='x'>Protokoll</h1>", True),
        (b"<pre>Protokoll</pre>", False),
        (b"<protokoll>", False),
    ],
)
def test_an_html_page_is_known_by_its_start(data: bytes, expected: bool) -> None:
    assert is_html(data) is expected


@pytest.mark.parametrize(
    "data", [page(), page("<p> </p><script>x()</script>"), b"<!DOCTYPE html><html><head><title>x</title></head></html>"]
)
def test_a_page_without_text_is_refused(data: bytes) -> None:
    with pytest.raises(EmptyInputError) as caught:
        bigprotokoll.parse_bytes(data, source_name="tom.html")
    assert str(caught.value).startswith("tom.html")


_TAGS = ["p", "div", "h2", "li", "pre", "td", "span", "b", "article", "aside", "nav", "header", "footer"]
#: A piece of a page: text (escaped) in an element, or a tab span, or a line break.
_pieces = st.one_of(
    st.builds(lambda tag, text: f"<{tag}>{html.escape(text)}</{tag}>", st.sampled_from(_TAGS), st.text(max_size=30)),
    st.just("<span style='mso-tab-count:1'> </span>"),
    st.just("<br>"),
    st.just("<ol type='i' start='3'><li>x</li></ol>"),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    body=st.lists(_pieces, max_size=8), header=st.lists(_pieces, max_size=4), footer=st.lists(_pieces, max_size=4),
    main=st.booleans(),
)
def test_any_page_gives_minutes_or_a_library_error(body: list[str], header: list[str], footer: list[str], main: bool) -> None:
    """Any text in any part of a page, with or without a main: never a traceback, and every
    furniture line a valid one."""
    data = page(HEAD, "<h2>§ 1 Öppnande</h2>", *body, header="".join(header), footer="".join(footer))
    if not main:
        data = data.replace(b"main>", b"div>")
    try:
        minutes = bigprotokoll.parse_bytes(data, source_name="p.html")
    except BigprotokollError as exc:
        assert str(exc).startswith("p.html")
    else:
        assert all(f.text == f.text.strip() and f.text for f in minutes.furniture)


def test_a_page_nested_past_the_parsers_limit_says_so() -> None:
    """libxml2 stops at 256 levels: the text below is not read, which is said, not hidden."""
    data = b"<!DOCTYPE html><html><body>" + b"<div>" * 300 + HEAD.encode() + b"</div>" * 300 + b"</body></html>"
    with pytest.raises(EncodingError, match="deeper than 256"):
        bigprotokoll.parse_bytes(data, source_name="djup.html")


def test_the_title_block_pandoc_writes_is_no_site_header() -> None:
    """pandoc writes a document's title in <header id="title-block-header">: it is the
    minutes' title, not the site's chrome (the minutes had none)."""
    data = (
        '<!DOCTYPE html><html><body><header id="title-block-header"><h1 class="title">SAMMANTRÄDESPROTOKOLL</h1></header>'
        "<p>Brottsförebyggande rådet i Norrvik</p><p>Sammanträdesdatum 2024-03-14</p><p>§ 1 Öppnande</p>"
        "<p>Mötet öppnades.</p></body></html>"
    ).encode()
    document, _ = read_html(data)
    assert document.headers == () and document.text.startswith("# SAMMANTRÄDESPROTOKOLL")
    minutes = bigprotokoll.parse_bytes(data, source_name="m.html")
    assert (minutes.title, minutes.body) == ("SAMMANTRÄDESPROTOKOLL", "Brottsförebyggande rådet i Norrvik")


def test_a_fragment_of_a_page_reads_as_the_page_would() -> None:
    from bigprotokoll import parse_bytes

    body = "<p>Protokoll BIG 2024-03-14</p>\n<p>Närvarande: Ida Ek, Polisen</p>\n<p>§ 1 Ekonomi</p>\n<p>Budgeten godkändes.</p>\n"
    fragment = parse_bytes(body.encode("utf-8"), source_name="utdrag.html")
    whole = parse_bytes(f"<!DOCTYPE html><html><body>{body}</body></html>".encode("utf-8"), source_name="utdrag.html")
    assert fragment == whole and fragment.source.media_type == HTML_MEDIA_TYPE
    assert [(i.number, i.heading) for i in fragment.items] == [(1, "Ekonomi")]


def test_a_paragraph_in_bold_as_a_whole_is_a_line_in_bold() -> None:
    """``b``, ``strong``, a bold ``font-weight`` in a ``style`` or in a style sheet's rule
    for a class (LibreOffice's XHTML), as a conversion to Markdown writes it: "**Ekonomi**".
    A paragraph partly in bold, a normal weight, a heading's, a list's, a table cell's and the
    site's header are as they were."""
    data = (
        "<!DOCTYPE html><html><head><style>.P3 { font-size:12pt; font-weight:bold; } p.P4, .T9 { font-weight: 600 }"
        " .P5 { font-weight:normal }</style></head><body><header><p><b>Norrviks kommun</b></p></header>"
        "<p><strong>Ekonomi</strong></p><p class='P3'>Lägesbild</p><p class='P4'>Nästa möte</p>"
        "<p><span class='T9'>Beslut</span> </p><p style='font-weight: bold'>Övrigt</p><p><b>Delvis</b> i fetstil</p>"
        "<p class='P5'>Normal</p><p style='font-weight: normal'><b>Fet</b> igen</p><h2><b>Rubrik</b></h2>"
        "<ul><li><b>Punkt</b></li></ul><table><tr><td><b>Ida Ek</b></td><td>Polisen</td></tr></table></body></html>"
    ).encode()
    document, _ = read_html(data)
    assert document.text.split("\n\n") == [
        "**Ekonomi**", "**Lägesbild**", "**Nästa möte**", "**Beslut**", "**Övrigt**", "Delvis i fetstil", "Normal",
        "Fet igen", "## Rubrik", "- Punkt", "Ida Ek\tPolisen",
    ]
    assert document.headers == ("Norrviks kommun",)
