"""Stage 0c: OpenDocument texts (.odt) read as the text a conversion to Markdown gives."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import bigprotokoll
from bigprotokoll.errors import BigprotokollError, EmptyInputError, EncodingError
from bigprotokoll.model import FurnitureKind
from bigprotokoll.parse.odt import ODT_MEDIA_TYPE, is_odt, read_odt
from bigprotokoll.testing.odt import heading, item_list, odt, odt_of_text, para, table
from test_properties import minutes_like

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
HEAD = para("Protokoll fört vid ledningsgruppsmöte BIG 2024-03-14")


@pytest.mark.parametrize(
    "fixture", sorted(f.name for f in FIXTURES.glob("*.txt") if f.name != "pdf_text.txt")  # PDF text has no paragraphs
)
def test_an_opendocument_of_a_fixture_parses_as_its_text_does(fixture: str) -> None:
    data = (FIXTURES / fixture).read_bytes()
    text = data.decode("cp1252") if fixture.startswith("cp1252") else data.decode("utf-8")
    from_text = bigprotokoll.parse_text(text)
    from_odt = bigprotokoll.parse_bytes(odt_of_text(text), source_name=f"{fixture}.odt")
    assert from_odt == from_text
    assert (from_odt.source.media_type, from_odt.source.name) == (ODT_MEDIA_TYPE, f"{fixture}.odt")


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
    sink = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(odt(HEAD))) as source, zipfile.ZipFile(sink, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            target.writestr(info, data[:-30] if info.filename == "content.xml" else data)
    with pytest.raises(EncodingError, match=r"m\.odt: content\.xml in the OpenDocument is not well-formed"):
        bigprotokoll.parse_bytes(sink.getvalue(), source_name="m.odt")
    with pytest.raises(EmptyInputError, match="holds no text"):
        bigprotokoll.parse_bytes(odt(para("  ")), source_name="tom.odt")


_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=minutes_like)
def test_any_text_reads_the_same_from_an_opendocument(text: str) -> None:
    """The same minutes, or the same kind of error, as from the text itself."""
    assume(not _XML_ILLEGAL.search(text))  # characters no document can hold

    def outcome(parse: object) -> object:
        try:
            return parse()  # type: ignore[operator]
        except BigprotokollError as exc:
            return type(exc)

    assert outcome(lambda: bigprotokoll.parse_bytes(odt_of_text(text))) == outcome(lambda: bigprotokoll.parse_text(text))


_SAMPLE = odt(HEAD, para("Närvarande:"), table(("Ida Ek", "Polisen")), heading("§ 1 Öppnande", 2), para("Text."))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(at=st.integers(0, len(_SAMPLE) - 1), junk=st.binary(min_size=1, max_size=40), cut=st.booleans())
def test_a_damaged_opendocument_gives_minutes_or_a_library_error(at: int, junk: bytes, cut: bool) -> None:
    data = _SAMPLE[:at] if cut else _SAMPLE[:at] + junk + _SAMPLE[at + len(junk) :]
    try:
        bigprotokoll.parse_bytes(data, source_name="m.odt")
    except BigprotokollError as exc:
        assert str(exc).startswith("m.odt")
