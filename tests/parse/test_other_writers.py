"""The document readers against files other programs wrote. LibreOffice 7.4 opened the
fictional Word documents of tests/fixtures/word (board.docx: Word's default template;
lists.docx: headings numbered "§ 31" by Word, lists of two levels, roman numbers,
bullets, empty table cells) and saved each as .doc, .rtf, .odt, .pdf, .html, text and
its own .docx
(tests/fixtures/libreoffice/make.sh); pandoc wrote board.docx in four formats
(tests/fixtures/pandoc/make.sh). Each must read as the Word document does, but for what
its format cannot carry.
"""

from __future__ import annotations

import io
import json
import re
import struct
from pathlib import Path
from typing import Any

import attrs
import pypdf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import bigprotokoll
from _damage import check_damage
from bigprotokoll.parse import input_text
from bigprotokoll.parse.cfb import read_streams
from bigprotokoll.parse.doc import _pieces_text
from bigprotokoll.parse.docprops import Piece, paragraph_marks, row_ends

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
WORD = FIXTURES / "word"
SAVED = FIXTURES / "libreoffice"


def _model(path: Path) -> dict[str, Any]:
    """The minutes as canonical JSON, without what names the file (source, diagnostics' lines)."""
    found: dict[str, Any] = json.loads(bigprotokoll.dumps(bigprotokoll.parse_file(path)))
    del found["source"], found["diagnostics"]
    return found


def _text(path: Path) -> str:
    return input_text(path.read_bytes(), source_name=path.name)


@pytest.mark.parametrize("name", ["board", "lists"])
@pytest.mark.parametrize("kind", ["doc", "odt", "docx"])
def test_an_old_word_or_opendocument_file_reads_as_its_word_document_to_the_character(name: str, kind: str) -> None:
    """Headings by their styles (built-in or named), list numbers counted as Word counts
    them (§ 31-34 from a list whose text is "§ %1", 1. with a) b) under it, 1. with 1.1.
    1.2. under it (ODF's display-levels), I. II. III.),
    bullets as "-", a heading style inside a table cell no heading."""
    assert _text(SAVED / f"{name}.{kind}") == _text(WORD / f"{name}.docx")


@pytest.mark.parametrize("name", ["board", "lists"])
def test_an_rtf_file_reads_as_its_word_document(name: str) -> None:
    """LibreOffice marks headings by their style's name in the stylesheet only (Word by an
    outline level); a bullet is the character the list shows (•, or Symbol's U+F0B7)."""
    assert _model(SAVED / f"{name}.rtf") == _model(WORD / f"{name}.docx")
    marks = {line[:1] for line in _text(SAVED / f"{name}.rtf").splitlines() if "inbrott" in line.lower()}
    assert marks <= {"•", "\uf0b7", "I"}  # the bullets as shown (and "I. Inbrott", a roman number)


def test_the_word_documents_headings_and_numbers_are_read() -> None:
    """What the comparisons above rest on: lists.docx as Word shows it."""
    text = _text(WORD / "lists.docx").split("\n\n")
    assert [line for line in text if line.startswith("#")] == [
        "# Protokoll fört vid ledningsgruppsmöte BIG 2025-05-22", "## § 31 Mötets öppnande", "## § 32 Trygghetsvandringar",
        "## § 33 Lägesbild", "## § 34 Nästa möte",
    ]
    assert [line.split()[0] for line in text if line[:1] in "12abI-" and "\t" not in line] == [
        "1.", "a)", "b)", "2.", "a)", "I.", "II.", "III.", "-", "-", "1.", "2.", "1.", "1.1.", "1.2.", "2.", "2.1.",
    ]
    assert "Bilaga\tVandringsrutter" in text  # a heading style in a cell marks no heading
    assert "12 juni\t\tStadshuset" in text and "\tkl. 13.00\tRådhuset" in text  # empty cells are cells
    minutes = bigprotokoll.parse_file(WORD / "lists.docx")
    assert [(i.number, i.heading) for i in minutes.items] == [
        (31, "Mötets öppnande"), (32, "Trygghetsvandringar"), (33, "Lägesbild"), (34, "Nästa möte"),
    ]
    assert (minutes.chair, minutes.minute_taker, minutes.adjusters) == ("Maja Ek", "Rut Holm", ("Nils Ås",))


def test_a_pdf_reads_as_its_word_document_but_for_its_pages() -> None:
    """board.pdf has two pages: each has the header and footer (furniture twice)."""
    got, want = _model(SAVED / "board.pdf"), _model(WORD / "board.docx")
    assert [f["text"] for f in got["furniture"]] == [f["text"] for f in want["furniture"] for _ in range(2)]
    del got["furniture"], want["furniture"]
    assert got == want


def test_a_pdf_with_a_wrapped_title_and_numbered_headings_reads_as_its_word_document() -> None:
    """lists.pdf: the title's large font wraps it over three lines ("... BIG 2025-" /
    "05-22"); the numbers Word drew are text (pypdf's layout leaves no space after the wider
    roman numbers, "II.Skadegörelse": the reader puts it back)."""
    got, want = _model(SAVED / "lists.pdf"), _model(WORD / "lists.docx")
    assert got["title"] == want["title"] == "Protokoll fört vid ledningsgruppsmöte BIG 2025-05-22"
    data = (SAVED / "lists.pdf").read_bytes()
    layout = "".join(page.extract_text(extraction_mode="layout") for page in pypdf.PdfReader(io.BytesIO(data)).pages)
    assert "II.Skadegörelse" in layout and "II. Skadegörelse" in input_text(data)
    assert got == want


def test_a_web_page_reads_as_a_browser_shows_it() -> None:
    """board.html reads as its Word document (LibreOffice's page header and footer are
    furniture, its tab stops tabs). lists.html has what LibreOffice's export kept of Word's
    numbers: each numbered heading an ordered list of its own that starts at 31 (a browser
    shows 31 four times), no "§"; list numbers as the list's type shows them. A run of such
    one-heading lists counts on, as Word did: the same items as the Word document's, but
    for the numbers of the second level ("1.1." is "1." in HTML)."""
    assert _model(SAVED / "board.html") == _model(WORD / "board.docx")
    text = _text(SAVED / "lists.html").split("\n\n")
    assert [line for line in text if line.startswith("#")] == [
        "## 31. Mötets öppnande", "## 32. Trygghetsvandringar", "## 33. Lägesbild", "## 34. Nästa möte",
    ]
    got, want = _model(SAVED / "lists.html"), _model(WORD / "lists.docx")
    second_level = {"1.1. Söderby i september.": "1. Söderby i september.", "1.2. Hamnen i oktober.": "2. Hamnen i oktober.",
                    "2.1. Nya vandrare i november.": "1. Nya vandrare i november."}
    for paragraph in want["items"][-1]["paragraphs"]:
        paragraph["text"] = second_level.get(paragraph["text"], paragraph["text"])
    assert got == want
    assert [line.split()[0] for line in text if line[:2] in ("1.", "2.", "a.", "b.", "I.", "II", "- ")] == [
        "1.", "a.", "b.", "2.", "a.", "I.", "II.", "III.", "-", "-", "1.", "2.", "1.", "1.", "2.", "2.", "1.",
    ]
    assert "Bilaga\tVandringsrutter" in text


@pytest.mark.parametrize("kind", ["doc", "rtf", "odt", "html", "pdf"])
def test_a_damaged_file_gives_minutes_or_a_library_error(kind: str) -> None:
    """Bytes overwritten or the file cut short anywhere in a file a word processor wrote."""
    check_damage((SAVED / f"lists.{kind}").read_bytes(), f".{kind}", max_examples=60 if kind == "pdf" else 150)


def _doc_streams(name: str) -> tuple[bytes, bytes, str, list[Piece], list[tuple[str, int, int]]]:
    """An old Word document's WordDocument and table streams, its main text and pieces, and
    where its paragraphs' properties lie: (stream, offset, size) of the style sheet, the
    lists, the list formats, the property runs' map and each page of property runs."""
    streams = read_streams((SAVED / f"{name}.doc").read_bytes(), {"WordDocument", "0Table", "1Table"})
    word = streams["WordDocument"]
    table = streams["1Table" if struct.unpack_from("<H", word, 0x0A)[0] & 0x0200 else "0Table"]
    fc_clx, lcb_clx = struct.unpack_from("<II", word, 0x1A2)
    text, pieces = _pieces_text(word, table[fc_clx : fc_clx + lcb_clx])
    story = text[: struct.unpack_from("<i", word, 0x4C)[0]]
    places = [("table", *struct.unpack_from("<II", word, at)) for at in (0xA2, 0x102, 0x2E2, 0x2EA)]
    fc, lcb = struct.unpack_from("<II", word, 0x102)
    count = (lcb - 4) // 8
    places += [("word", (page & 0x3FFFFF) * 512, 512) for page in struct.unpack_from(f"<{count}I", table, fc + 4 * (count + 1))]
    return word, table, story, pieces, places


def test_a_doc_files_paragraph_properties_are_where_the_reader_looks() -> None:
    """What the next test damages: the structures hold the marks."""
    word, table, story, pieces, places = _doc_streams("lists")
    assert len(places) >= 5 and all(size for _, _, size in places)
    marks = paragraph_marks(word, table, story, pieces)
    assert sorted(marks.values()).count("## § 31") == 1 and "a)" in marks.values()
    ends = row_ends(word, table, story, pieces)
    assert ends is not None and len(ends) == 6  # the rows of 3 tables: 3 attendees, 2 dates, 1 note


@pytest.mark.parametrize("name", ["board", "lists"])
def test_damaged_paragraph_properties_give_fewer_marks_never_an_error(name: str) -> None:
    """Bytes overwritten in the style sheet, the lists, or the pages of property runs: the
    text is read with what marks can still be made."""
    word, table, story, pieces, places = _doc_streams(name)

    @settings(max_examples=300, deadline=None)
    @given(place=st.sampled_from(places), at=st.floats(0, 1, exclude_max=True), junk=st.binary(min_size=1, max_size=8))
    def check(place: tuple[str, int, int], at: float, junk: bytes) -> None:
        stream, start, size = place
        damaged = bytearray(word if stream == "word" else table)
        where = start + int(at * size)
        damaged[where : where + len(junk)] = junk
        streams = (bytes(damaged) if stream == "word" else word, bytes(damaged) if stream == "table" else table)
        marks = paragraph_marks(*streams, story, pieces)
        assert all(position < len(story) and len(mark) < 64 for position, mark in marks.items())
        ends = row_ends(*streams, story, pieces)
        assert ends is None or all(story[position] == "\x07" for position in ends)

    check()


@pytest.mark.parametrize(
    "name",
    [
        "plain_blocks", "header_roles", "comma_dash_inline", "agenda_footers", "formal_board", "formal_columns", "association",
        "working_group_notes", "formal_first_page",
    ],
)
def test_a_compact_pdf_reads_as_its_text(name: str) -> None:
    """Text fixtures printed by LibreOffice with no space between paragraphs (compact-*.pdf):
    no blank lines in the PDF's text, yet the items are found at their § lines (or numbered
    lines, after the agenda) and the paragraphs end where their last line ends short; the
    same minutes as the text's (the furniture on the PDF's lines, not the text's)."""
    printed = SAVED / f"compact-{name}.pdf"
    header = re.split(r"\n(?:§|1\. )", input_text(printed.read_bytes()), maxsplit=1)[0]
    assert "\n\n" not in header  # nothing spaced before the first item (or the agenda)
    got, want = _model(printed), _model(FIXTURES / f"{name}.txt")
    for minutes in (got, want):
        for furniture in minutes["furniture"]:
            del furniture["line"]
    assert got == want


def test_text_a_word_processor_saved_reads_as_its_word_document() -> None:
    """LibreOffice's "Save as Text": a paragraph a line, no blank lines, a table's cells one
    to a line, no page header or footer (so no furniture). board.txt has a paragraph too
    long for a page's line and so reads one to a line: the same minutes."""
    got, want = _model(SAVED / "board.txt"), _model(WORD / "board.docx")
    assert got["furniture"] == [] and want["furniture"]
    del got["furniture"], want["furniture"]
    assert got == want


def test_saved_text_with_only_short_lines_keeps_every_field_and_word() -> None:
    """lists.txt has no line longer than a page's, so its lines may be a paragraph wrapped:
    a line after a list entry without a full stop, or a table's cell after a sentence, goes
    on the paragraph before ("III. Narkotika Polisen rapporterade:", where the Word document
    has Polisen's report as a subsection). Every field and every item's words are the Word
    document's."""
    got, want = _model(SAVED / "lists.txt"), _model(WORD / "lists.docx")
    for minutes in (got, want):
        for item in minutes["items"]:
            paragraphs = [p["text"] for p in item.pop("paragraphs")] + [
                text for s in item.pop("subsections") for text in (s["heading"], *(p["text"] for p in s["paragraphs"]))
            ]
            item["words"] = [word.rstrip(":") for word in " ".join(paragraphs).split()]  # a report's heading has no colon
    assert got == want


PANDOC = FIXTURES / "pandoc"


@pytest.mark.parametrize("kind", ["docx", "odt", "rtf", "html"])
def test_files_pandoc_wrote_read_as_their_word_document(kind: str) -> None:
    """tests/fixtures/pandoc: board.docx as pandoc writes it in four formats (its own Word
    document, OpenDocument, RTF, a web page with the title in its title block). pandoc
    carries no page header or footer over; its OpenDocument text has a page number."""
    got, want = _model(PANDOC / f"board.{kind}"), _model(WORD / "board.docx")
    assert [f["kind"] for f in got["furniture"]] == (["page_number"] if kind == "odt" else [])
    del got["furniture"], want["furniture"]
    assert got == want


@pytest.mark.parametrize("kind", ["docx", "odt", "rtf", "html"])
def test_notes_with_unnumbered_headings_read_the_same_from_what_pandoc_wrote(kind: str) -> None:
    """tests/fixtures/pandoc: the Markdown fixture unnumbered_headings.txt (items that are
    headings with no number, reports under headings a level down) as pandoc writes it: the
    heading styles of Word and OpenDocument, HTML's <h2>/<h3> and RTF's outline levels
    give the same items as the #s. pandoc's RTF writes its bullets as "•", kept as written."""
    got = bigprotokoll.parse_file(PANDOC / f"unnumbered_headings.{kind}")
    want = bigprotokoll.parse_file(FIXTURES / "unnumbered_headings.txt")
    assert [item.heading for item in got.items] == ["Föregående anteckningar", "Lägesbild", "Trygghetsvandring i centrum", "Nästa möte"]
    assert not any(item.numbered for item in got.items)
    assert [f.kind.value for f in got.furniture] == (["page_number"] if kind == "odt" else [])
    preamble = tuple(attrs.evolve(p, text=p.text.replace("• ", "- ")) for p in got.preamble) if kind == "rtf" else got.preamble
    assert attrs.evolve(got, furniture=(), preamble=preamble) == want


@pytest.mark.parametrize(
    ("path", "furniture"),
    [
        (PANDOC / "bold_headings.docx", []), (PANDOC / "bold_headings.odt", ["page_number"]), (PANDOC / "bold_headings.rtf", []),
        (PANDOC / "bold_headings.html", []), (SAVED / "bold_headings.html", []), (SAVED / "bold_headings.docx", ["page_number"]),
    ],
    ids=["pandoc-docx", "pandoc-odt", "pandoc-rtf", "pandoc-html", "libreoffice-xhtml", "libreoffice-docx"],
)
def test_notes_that_head_their_items_in_bold_read_the_same_from_what_others_wrote(path: Path, furniture: list[str]) -> None:
    """The Markdown fixture bold_headings.txt (items headed by a line in bold, no number, no
    heading style) as pandoc writes it (a run in bold, ``<strong>``, ``\\b``) and as
    LibreOffice saves pandoc's OpenDocument text (its XHTML sets bold by a class's rule): the
    same items as the **s give."""
    got = bigprotokoll.parse_file(path)
    want = bigprotokoll.parse_file(FIXTURES / "bold_headings.txt")
    assert [item.heading for item in got.items] == ["Föregående anteckningar", "Lägesbild", "Trygghetsvandring", "Belysning vid gångtunneln", "Nästa möte"]
    assert [f.kind.value for f in got.furniture] == furniture
    assert attrs.evolve(got, furniture=(), source=want.source) == want


def test_a_list_format_that_restarts_its_list_starts_it_again_at_its_first_paragraph() -> None:
    """lists.doc with the list format of "1. Söderby" / "2. Hamnen" given a level override
    (an LFOLVL with fStartAt 5, as Word writes "restart numbering at 5"): 5. and 6.; the
    level under them (a), b)) and the other lists as they were."""
    word, table, story, pieces, _ = _doc_streams("lists")
    marks = paragraph_marks(word, table, story, pieces)
    start = story.index("Söderby")
    ilfo = _ilfo_at(word, table, story, pieces, start)
    fc, lcb = struct.unpack_from("<II", word, 0x2EA)
    count = struct.unpack_from("<I", table, fc)[0]
    lfos = bytearray(table[fc + 4 : fc + 4 + 16 * count])
    lfos[16 * (ilfo - 1) + 12] = 1  # clfolvl: one override, in that format's LFOData
    data = b"".join(
        struct.pack("<I", 0xFFFFFFFF) + (struct.pack("<iI", 5, 0x10) if i == ilfo - 1 else b"") for i in range(count)
    )
    moved = struct.pack("<I", count) + bytes(lfos) + data
    patched = bytearray(word)
    struct.pack_into("<II", patched, 0x2EA, len(table), len(moved))
    restarted = paragraph_marks(bytes(patched), table + moved, story, pieces)
    changed = {story[at : story.index("\r", at)]: (marks[at], restarted[at]) for at in marks if marks[at] != restarted[at]}
    assert changed == {"Söderby": ("1.", "5."), "Hamnen": ("2.", "6.")}


def _ilfo_at(word: bytes, table: bytes, story: str, pieces: list[Piece], at: int) -> int:
    """The list format (ilfo) of the paragraph that starts at ``at``."""
    from bigprotokoll.parse.docprops import _offset, _properties, _PropertyRuns

    found = _PropertyRuns(word, table).at(_offset(pieces, story.index("\r", at)))
    assert found is not None
    ilfo = _properties(found[1]).ilfo
    assert ilfo
    return ilfo
