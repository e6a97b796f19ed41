"""Stage 0e: PDF documents read as the text ``pdftotext -layout`` gives (with pypdf)."""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

import attrs
import pypdf
import pytest
from hypothesis import HealthCheck, assume, given, settings

import bigprotokoll
from _damage import check_damage
from bigprotokoll.errors import BigprotokollError, EmptyInputError, EncodingError
from bigprotokoll.model import FurnitureKind, Minutes
from bigprotokoll.parse.lines import ends_sentence
from bigprotokoll.parse.pdf import PDF_MEDIA_TYPE, is_pdf, read_pdf
from bigprotokoll.testing.pdf import pdf, pdf_of_text
from test_properties import minutes_like

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
HEAD = "Protokoll fört vid ledningsgruppsmöte BIG 2024-03-14"
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


_PRINTED_PAGE_NUMBER = re.compile(r"Sida \d+ av \d+")


def _without_page_numbers(minutes: Minutes) -> Minutes:
    """The minutes without the page numbers ``pdf_of_text`` prints at the pages' feet."""
    return attrs.evolve(minutes, furniture=tuple(f for f in minutes.furniture if not _PRINTED_PAGE_NUMBER.fullmatch(f.text)))


@pytest.mark.parametrize(
    "fixture", sorted(f.name for f in FIXTURES.glob("*.txt") if f.name != "pdf_text.txt")  # already a PDF's text
)
def test_a_fixture_printed_to_pdf_parses_as_its_text_does(fixture: str) -> None:
    """Typeset (lines wrapped, tables in columns, page numbers at the feet), read back with
    pypdf: the same minutes, the page numbers set aside as furniture."""
    data = (FIXTURES / fixture).read_bytes()
    text = data.decode("cp1252") if fixture.startswith("cp1252") else data.decode("utf-8")
    minutes = bigprotokoll.parse_bytes(pdf_of_text(text, page_numbers=True), source_name=f"{fixture}.pdf")
    assert _without_page_numbers(minutes) == bigprotokoll.parse_text(text)
    printed = [f for f in minutes.furniture if _PRINTED_PAGE_NUMBER.fullmatch(f.text)]
    assert printed and {f.kind for f in printed} == {FurnitureKind.PAGE_NUMBER}
    assert (minutes.source.media_type, minutes.source.name) == (PDF_MEDIA_TYPE, f"{fixture}.pdf")


@pytest.mark.parametrize("fixture", ["formal_board.txt", "tabbed.txt", "agenda_footers.txt"])
def test_a_pdf_set_with_ligatures_reads_as_its_text_does(fixture: str) -> None:
    """pypdf gives a ligature as one character ("ﬁck"); read as its letters, the words
    are the text's ("fick i uppdrag" an assignment again), and no fewer of them."""
    text = (FIXTURES / fixture).read_text(encoding="utf-8")
    data = pdf_of_text(text, ligatures=True)
    raw = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)
    assert re.search("[\ufb00-\ufb06]", raw) and not re.search("[\ufb00-\ufb06]", read_pdf(data).text)
    minutes = bigprotokoll.parse_bytes(data, source_name=f"{fixture}.pdf")
    assert minutes == bigprotokoll.parse_text(text)


def test_a_ligature_in_a_sentence_reads_as_its_letters() -> None:
    text = f"{HEAD}\n\nNärvarande:\nBo Lund\tPolisen\n\n§ 1 Effekter\n\nBo fick i uppdrag att boka lokal. Affischer."
    minutes = bigprotokoll.parse_bytes(pdf_of_text(text, ligatures=True))
    item = minutes.items[0]
    assert (item.heading, [p.text for p in item.paragraphs]) == ("Effekter", ["Bo fick i uppdrag att boka lokal. Affischer."])
    assert [a.assignee for a in item.assignments] == ["Bo"]


def test_running_heads_and_feet_are_furniture() -> None:
    """A head and a foot on every page, the page number in them: furniture, not text."""
    text = (FIXTURES / "tabbed.txt").read_text(encoding="utf-8")
    data = pdf_of_text(text, page_numbers=True, head="Trygghetsrådet i Norrvik\tSida {page} ({pages})")
    document = read_pdf(data)
    assert document.headers == ("Trygghetsrådet i Norrvik\tSida 1 (2)", "Trygghetsrådet i Norrvik\tSida 2 (2)")
    assert document.footers == ("Sida 1 av 2", "Sida 2 av 2")
    minutes = bigprotokoll.parse_bytes(data, source_name="m.pdf")
    expected = bigprotokoll.parse_text(text)
    assert attrs.evolve(minutes, furniture=expected.furniture) == expected
    assert [(f.text, f.kind) for f in minutes.furniture] == [
        ("Trygghetsrådet i Norrvik\tSida 1 (2)", FurnitureKind.LETTERHEAD),
        ("Trygghetsrådet i Norrvik\tSida 2 (2)", FurnitureKind.LETTERHEAD),
        ("Sida 1 av 2", FurnitureKind.PAGE_NUMBER), ("Sida 2 av 2", FurnitureKind.PAGE_NUMBER),
    ]


def test_a_running_head_that_is_the_title_stays_the_title_on_the_first_page() -> None:
    text = (FIXTURES / "tabbed.txt").read_text(encoding="utf-8")
    title = bigprotokoll.parse_text(text).title
    minutes = bigprotokoll.parse_bytes(pdf_of_text(text, head=title), source_name="m.pdf")
    assert minutes.title == title and [f.text for f in minutes.furniture] == [title]  # page 2's head


def test_columns_become_tabs_and_lines_lose_their_placing_spaces() -> None:
    text = read_pdf(pdf([[HEAD], ["Närvarande:"], ["Ida Ek\tPolisen", "Bo Lund\tVälfärd Gävle"]])).text
    assert text.split("\n\n") == [HEAD, "Närvarande:", "Ida Ek\tPolisen\nBo Lund\tVälfärd Gävle"]


LONG = (
    "Ledningsgruppen diskuterade hur de olika verksamheterna kan samordna sina insatser under skolloven, "
    "och en gemensam plan tas fram till nästa möte av arbetsgruppen."
)


def test_a_paragraph_that_ends_short_of_the_edge_ends_where_the_page_leaves_no_space() -> None:
    """A page whose paragraphs have no space between them (one block of lines here): a
    line that ends a sentence where the next line's first word would have fitted, before a
    paragraph whose first line is full (wrapped), ends its paragraph."""
    text = read_pdf(pdf([[HEAD, "Ida Ek öppnade mötet.", LONG, "Bo Lund tackade.", "Mötet avslutades."]])).text
    paragraphs = [" ".join(paragraph.split("\n")) for paragraph in text.split("\n\n")]
    assert paragraphs == [f"{HEAD} Ida Ek öppnade mötet.", f"{LONG} Bo Lund tackade. Mötet avslutades."]


def test_a_line_that_word_wrap_ended_is_no_paragraph_end() -> None:
    """"... olika verksamheter." ends short of the edge only because the long word after it
    did not fit: the same paragraph goes on."""
    first = "Behov föreligger att flytta både personal och elever mellan olika verksamheter."
    long_word = "Vikariesituationen"
    assert len(first) + 1 + len(long_word) > 88
    rest = "är delvis prekär och åtgärder som distansutbildning är redan vidtagna för flera grupper av elever."
    text = read_pdf(pdf([[f"{first} {long_word} {rest}"]])).text
    assert "\n\n" not in text and text.startswith(f"{first}\n{long_word}")


@pytest.mark.parametrize("page_numbers", [False, True])
def test_a_sentence_that_runs_on_to_the_next_page_is_one_paragraph(page_numbers: bool) -> None:
    """Page 1 ends inside a sentence, page 2 goes on in lower case: one paragraph (with a
    page number between, the parser joins it as around any furniture)."""
    running = [[HEAD], ["Mötet diskuterade frågan och kom fram till att den ska utredas av", "arbetsgruppen."]]
    minutes = bigprotokoll.parse_bytes(
        pdf([*running, ["§ 1 Öppnande"]], split=True, lines_per_page=2, page_numbers=page_numbers)
    )
    assert [p.text for p in minutes.preamble] == [
        "Mötet diskuterade frågan och kom fram till att den ska utredas av arbetsgruppen."
    ]
    ended = read_pdf(pdf([[HEAD], ["Frågan utreds vidare.", "Arbetsgruppen återkommer."]], split=True, lines_per_page=2)).text
    assert ended.split("\n\n") == [HEAD, "Frågan utreds vidare.", "Arbetsgruppen återkommer."]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=minutes_like)
def test_any_text_printed_to_pdf_reads_as_the_text_does(text: str) -> None:
    """The same minutes, or the same kind of error, as the text (characters the standard
    font can print; runs of spaces inside a line are a printed line's business)."""
    assume(not _CONTROL.search(text) and "  " not in text and "\t" not in text)
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        assume(False)

    def outcome(parse: object) -> object:
        try:
            return _without_page_numbers(parse())  # type: ignore[operator]
        except BigprotokollError as exc:
            return type(exc)

    lines = [line.strip() for line in text.split("\n")]
    assume(all(len(line) <= 80 for line in lines))  # no line the page would wrap
    # a line break after a sentence, before a line that goes on in lower case on the next,
    # prints as a paragraph's end with no space after it, which the reader takes it for
    # (test_a_paragraph_that_ends_short_of_the_edge_ends_where_the_page_leaves_no_space)
    assume(not any(
        ends_sentence(line) and below[:1].isupper() and after[:1].islower()
        for line, below, after in zip(lines, lines[1:], lines[2:])
    ))
    text = "\n".join(lines)
    assert outcome(lambda: bigprotokoll.parse_bytes(pdf_of_text(text))) == outcome(lambda: bigprotokoll.parse_text(text))


SAMPLE = pdf_of_text(f"{HEAD}\n\nNärvarande:\n\nIda Ek\tPolisen\n\n§ 1 Öppnande\n\nMötet öppnades.")


def test_a_damaged_pdf_gives_minutes_or_a_library_error() -> None:
    check_damage(SAMPLE, ".pdf", max_examples=200)


def test_a_pdf_without_text_is_a_scan_to_recognise_first() -> None:
    with pytest.raises(EmptyInputError, match="no text layer") as caught:
        bigprotokoll.parse_bytes(pdf([]), source_name="skannad.pdf")
    assert str(caught.value).startswith("skannad.pdf")


def test_an_encrypted_pdf_is_refused_with_what_to_do() -> None:
    pypdf = pytest.importorskip("pypdf", reason="pypdf is a test dependency; this checks its encryption")
    import io

    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(SAMPLE)))
    writer.encrypt(user_password="hemligt", algorithm="RC4-128")
    sink = io.BytesIO()
    writer.write(sink)
    with pytest.raises(EncodingError, match="password"):
        bigprotokoll.parse_bytes(sink.getvalue(), source_name="låst.pdf")


def test_without_pypdf_a_pdf_is_refused_with_how_to_read_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pypdf", None)  # "import pypdf" raises ImportError
    with pytest.raises(EncodingError, match=r"pip install 'bigprotokoll\[pdf\]'"):
        bigprotokoll.parse_bytes(SAMPLE, source_name="m.pdf")


def test_a_pdf_is_known_by_its_start() -> None:
    assert is_pdf(SAMPLE) and not is_pdf(b"Protokoll %PDF-1.4")


def test_reading_in_threads_leaves_pypdfs_logger_as_it_was() -> None:
    import logging
    from concurrent.futures import ThreadPoolExecutor

    logger = logging.getLogger("pypdf")
    before = logger.level
    damaged = SAMPLE[:-7]  # pypdf logs what it repairs here
    with ThreadPoolExecutor(4) as pool:
        outcomes = list(pool.map(_outcome, [SAMPLE, damaged] * 8))
    assert logger.level == before and outcomes[0] == "Protokoll fört vid ledningsgruppsmöte BIG 2024-03-14"


def _outcome(data: bytes) -> str:
    try:
        return bigprotokoll.parse_bytes(data, source_name="m.pdf").title
    except BigprotokollError as exc:
        return type(exc).__name__
