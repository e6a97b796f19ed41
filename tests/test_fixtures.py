"""Whole-document goldens: each fictional fixture in tests/fixtures/ parses to the canonical
JSON in tests/fixtures/expected/, keeps every word, and records its source encoding.

The fixtures are written in the layouts the real minutes show (Word-to-Markdown, plain
blocks, tab tables, PDF-extracted text, cp1252 with CRLF, no items at all). Run
``pytest tests/test_fixtures.py --update-goldens`` to rewrite the expected files from the
current parser, then review the diff by hand before committing.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import attrs
import pytest

import bigprotokoll
from bigprotokoll.cli import main as cli_main

from _coverage import read_source, word_coverage

FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXPECTED = FIXTURES / "expected"
FIXTURE_FILES = sorted(FIXTURES.glob("*.txt"))
IDS = [path.stem for path in FIXTURE_FILES]

#: The encoding each fixture is written in (all others: UTF-8).
ENCODINGS = {"cp1252_crlf": "cp1252"}

# -- the tests ---------------------------------------------------------------------------------


def canonical(path: Path) -> Any:
    return json.loads(bigprotokoll.dumps(bigprotokoll.parse_file(path)))


def test_every_layout_has_a_fixture() -> None:
    # the layouts of issue 2, section 3: one fixture each, plus the bad-input case
    assert {
        "markdown_word", "plain_blocks", "tabbed", "pdf_text", "tabbed_scopes", "cp1252_crlf", "no_items",
    } <= set(IDS)


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=IDS)
def test_fixture_parses_to_its_golden_json(path: Path, update_goldens: bool) -> None:
    got = canonical(path)
    golden = EXPECTED / f"{path.stem}.json"
    if update_goldens:
        golden.write_text(json.dumps(got, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    assert golden.exists(), f"no golden for {path.name}: run pytest --update-goldens and review it"
    assert got == json.loads(golden.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=IDS)
def test_cli_prints_the_same_json(path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    assert cli_main(["parse", "--format", "json", str(path)], out, err) == 0, err.getvalue()
    assert json.loads(out.getvalue()) == canonical(path)


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=IDS)
def test_fixture_records_its_source_encoding(path: Path) -> None:
    source = bigprotokoll.parse_file(path).source
    assert source.encoding == ENCODINGS.get(path.stem, "utf-8")
    assert source.name == path.name


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=IDS)
def test_fixture_keeps_every_word(path: Path) -> None:
    share, missing = word_coverage(read_source(path), canonical(path))
    assert share == 1.0, f"words lost: {dict(missing.most_common(15))}"


# -- what each fixture is there for (these hold even after --update-goldens) -------------------


def test_cp1252_fixture_really_is_cp1252_with_crlf() -> None:
    # guards against an editor or git re-encoding the file (tests/fixtures/.gitattributes)
    raw = (FIXTURES / "cp1252_crlf.txt").read_bytes()
    assert b"\r\n" in raw and raw.count(b"\n") == raw.count(b"\r\n")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    minutes = bigprotokoll.parse_file(FIXTURES / "cp1252_crlf.txt")
    assert "Göran Pålsson" in minutes.people()
    assert any("–" in p.text for p in minutes.item(4).paragraphs)  # the en dash survived


def test_markdown_word_fixture() -> None:
    m = bigprotokoll.parse_file(FIXTURES / "markdown_word.txt")
    assert [a.organisation for a in m.attendees][2] == "Styrning och stöd, säkerhet & social hållbarhet"
    assert m.attendees[3].items == (4,)
    assert m.item(5).heading == "Samverkansöverenskommelse med polisen" and m.item(5).tabled
    assert [s.heading for s in m.item(6).subsections] == ["Utbildning Gävle", "Polisen", "Styrning och stöd, säkerhet"]
    # the letterhead inside a sentence is set aside and the sentence joined again
    assert any("otrygga på kvällstid" in p.text for p in m.item(3).paragraphs)
    assert len(m.furniture) == 8
    assert str(m.next_meeting.date) == "2022-03-07"  # type: ignore[union-attr]
    assert "year-inferred" in {d.code for d in m.diagnostics}


def test_pdf_text_fixture() -> None:
    m = bigprotokoll.parse_file(FIXTURES / "pdf_text.txt")
    assert (m.attendees[0].name, m.attendees[0].organisation) == ("Anna-Lena Berg", "Styrning och stöd Gävle")
    assert m.item(4).heading.endswith("den nya samverkansmodellen för unga")
    assert "utvärdering" in m.item(4).paragraphs[0].text
    assert [i.number for i in m.items] == [1, 2, 3, 4, 5, 6, 8, 9]
    assert "numbering-gap" in {d.code for d in m.diagnostics}
    assert "Polisen" in [s.heading for s in m.item(6).subsections]
    assert (m.minute_taker, m.adjusters) == ("Sara Lindeborg", ("Anna-Lena Berg",))
    assert [f.text for f in m.furniture] == ["Sida 1 av 2", "Sida 2 av 2"]


def test_tabbed_fixture_lead_in_that_is_no_organisation_stays_text() -> None:
    m = bigprotokoll.parse_file(FIXTURES / "tabbed.txt")
    headings = [s.heading for s in m.item(6).subsections]
    assert "Narkotika" not in headings
    assert any(p.text.startswith("Narkotika:") for s in m.item(6).subsections for p in s.paragraphs)
    assert m.next_meeting is not None and m.next_meeting.place == "BIG"


def test_tabbed_scopes_fixture() -> None:
    m = bigprotokoll.parse_file(FIXTURES / "tabbed_scopes.txt")
    items = {a.scope: a.items for a in m.attendees if a.scope}
    assert items == {
        "tom §5": (1, 2, 3, 4, 5),
        "t.o.m. § 5": (1, 2, 3, 4, 5),
        "fr.o.m. § 3": (3, 4, 5, 6, 7, 8),
        "§§ 3-5": (3, 4, 5),
        "§ 3 - § 5": (3, 4, 5),
    }
    assert [a.name for a in m.absent] == ["Birgitta Norén", "Stefan Uddén"]
    assert [p.label for p in m.item(7).sub_items] == ["a", "b"]
    assert [a.assignee for a in m.item(7).assignments] == ["Ylva"]
    assert (str(m.start), str(m.end)) == ("08:30:00", "11:30:00")


def test_no_items_fixture_keeps_its_text_as_preamble() -> None:
    m = bigprotokoll.parse_file(FIXTURES / "no_items.txt")
    assert m.items == ()
    assert "no-items" in {d.code for d in m.diagnostics}
    assert m.preamble and m.preamble[0].text.startswith("Mötet ställdes in")


def test_association_fixture() -> None:
    """An association's board minutes: numbered items without §, the body after "i" in the
    title, and names signed above their roles, under lines to sign on, with no label."""
    m = bigprotokoll.parse_file(FIXTURES / "association.txt")
    assert m.body == "Trygghetsföreningen Sörby"
    assert [i.number for i in m.items] == list(range(1, 10))
    assert (m.chair, m.minute_taker, m.adjusters) == ("Karin Lundell", "Ali Rahmani", ("Per Holmgren",))
    assert m.closing == () and m.item(9).paragraphs[-1].text == "Ordföranden tackade och avslutade mötet."
    assert m.item(6).tabled
    assert m.next_meeting is not None and str(m.next_meeting.date) == "2023-04-18"


def test_working_group_notes_fixture() -> None:
    """Notes rather than minutes: the body under the title, times in the date field, reports
    a line each with no blank lines, and "Vid anteckningarna" above the note-taker."""
    m = bigprotokoll.parse_file(FIXTURES / "working_group_notes.txt")
    assert m.body == "Samverkansgruppen för trygghet i Östra Norrvik"
    assert (str(m.start), str(m.end)) == ("13:00:00", "15:00:00")
    assert [a.organisation for a in m.attendees] == ["Polisen", "Norrviks bostäder", "Fritidsgården Ljuset", "Östra skolan"]
    assert [s.heading for s in m.item(2).subsections] == ["Polisen", "Fritidsgården", "Skolan"]
    assert (m.minute_taker, m.closing) == ("Jonas Wik", ())


def test_formal_first_page_fixture() -> None:
    """A municipal board's first page printed in space-aligned columns: the page number under
    the title, a label wrapped in its column, and the signatures and notice of adjustment
    above the items."""
    m = bigprotokoll.parse_file(FIXTURES / "formal_first_page.txt")
    assert (m.body, str(m.meeting_date), m.place) == ("Socialnämnden", "2024-05-21", "Stadshuset, sal A")
    assert (m.chair, m.minute_taker, m.adjusters) == ("Maria Ekdal", "Ali Nouri", ("Jonas Bergsten",))
    assert [p.text for p in m.preamble] == ["Justeringens plats och tid Socialkontoret 2024-05-24"]
    assert [p.text.split()[0] for p in m.closing] == ["ANSLAG/BEVIS"]
    assert [f.text for f in m.furniture] == ["Sida 1 (3)"]
    assert [(i.number, i.heading) for i in m.items] == [(45, "Budgetuppföljning april"), (46, "Delegationsbeslut")]
    assert not [d for d in m.diagnostics if d.severity.value == "warning"]


#: Every fixture a reader takes, in every format (the office and PDF fixtures too).
READABLE = sorted(
    path for path in FIXTURES.rglob("*")
    if path.suffix in {".txt", ".md", ".docx", ".doc", ".odt", ".rtf", ".html", ".pdf"} and "expected" not in path.parts
)
#: Fixtures whose furniture the parser knew by its place on the page (a running head or a
#: letterhead at each page's top, a bare page number), which the rendered text, one page,
#: no longer shows: it reads back at the end, as closing text.
PLACED_FURNITURE = {
    "case_system.txt", "running_heads.txt", "libreoffice/board.doc", "libreoffice/board.docx", "libreoffice/board.html",
    "libreoffice/board.odt", "libreoffice/board.pdf", "libreoffice/board.rtf", "libreoffice/bold_headings.docx",
    "pandoc/board.odt", "pandoc/bold_headings.odt", "pandoc/unnumbered_headings.odt", "word/board.docx",
}


@pytest.mark.parametrize("path", READABLE, ids=[str(p.relative_to(FIXTURES)) for p in READABLE])
def test_rendered_text_reads_back_the_same_minutes(path: Path) -> None:
    """``render`` writes what the parser reads: the title, the body and the date whatever
    the title holds (a formal "SAMMANTRÄDESPROTOKOLL" names neither), and every field."""
    try:
        minutes = bigprotokoll.parse_file(path)
    except bigprotokoll.BigprotokollError:
        pytest.skip(f"{path.name} is bad input, refused by design (its own tests hold it to that)")
    again = bigprotokoll.parse_text(bigprotokoll.render(minutes))
    name = str(path.relative_to(FIXTURES))
    if name not in PLACED_FURNITURE:
        assert again == minutes
        return
    assert (again.closing, again.furniture) != (minutes.closing, minutes.furniture)  # else: out of the set
    assert attrs.evolve(again, closing=minutes.closing, furniture=minutes.furniture) == minutes
    words = lambda texts: sorted(word for text in texts for word in text.split())  # noqa: E731
    assert words([p.text for p in again.closing] + [f.text for f in again.furniture]) == words(
        [p.text for p in minutes.closing] + [f.text for f in minutes.furniture]
    )
