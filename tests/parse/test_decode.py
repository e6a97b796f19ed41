"""Stage 0: bytes to text."""

from __future__ import annotations

import codecs

import pytest

from bigprotokoll import EmptyInputError, EncodingError, decode_bytes, parse_bytes
from bigprotokoll.parse.decode import MIXED, cp1252_lines

TEXT = "Protokoll fört vid ledningsgruppsmöte BIG 2022-01-18 – § 1 Mötets öppnande\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8"),
        (TEXT.encode("cp1252"), "cp1252"),
        (TEXT.encode("utf-16"), "utf-16"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),  # no byte order mark: known by the zero bytes
        (TEXT.encode("utf-16-be"), "utf-16-be"),
    ],
)
def test_known_encodings_are_detected(data: bytes, encoding: str) -> None:
    text, found = decode_bytes(data)
    assert text == TEXT
    assert found == encoding


@pytest.mark.parametrize("text", [TEXT, "Närvarande:\rÅsa Öberg\tVälfärd Gävle\r", "Sista punkten: Åsa – klar.\n"])
def test_swedish_mac_roman_is_read_as_mac_roman(text: str) -> None:
    """Old Macintosh files: cp1252 would read their å ä ö as Œ Š š (and Å, 0x81, not at all)."""
    assert decode_bytes(text.encode("mac_roman")) == (text, "mac_roman")


@pytest.mark.parametrize(
    "text", ["Trafik – och en Šibenik-resa.\n", "Protokoll fört – ŠKODA.\n", "Šibenik och Œuvre – 50 €\n"]
)
def test_cp1252_stays_cp1252(text: str) -> None:
    """A Mac Roman reading is taken only over a cp1252 one without å ä ö, and only when it
    reads as Swedish (not ñ for a dash, nor no Swedish letter at all)."""
    assert decode_bytes(text.encode("cp1252")) == (text, "cp1252")


def test_binary_is_refused_with_position() -> None:
    with pytest.raises(EncodingError) as info:
        decode_bytes(b"\x7fELF\x02\x01\x00\x00binary", source_name="a.out")
    assert "a.out" in str(info.value) and "binary" in str(info.value) and "byte 6" in str(info.value)


@pytest.mark.parametrize(
    ("data", "named"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF document"),
        (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "Word (.docx)"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "old Word (.doc)"),
        (b"{\\rtf1\\ansi Protokoll 2022-01-18", "an RTF document"),
    ],
)
def test_a_document_format_is_named_with_what_to_do(data: bytes, named: str) -> None:
    with pytest.raises(EncodingError) as info:
        decode_bytes(data, source_name="protokoll.x")
    message = str(info.value)
    assert "protokoll.x" in message and named in message and "parse that" in message


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n"])
def test_empty_is_refused(data: bytes) -> None:
    with pytest.raises(EmptyInputError):
        decode_bytes(data, source_name="tom.txt")


def test_bytes_undefined_in_cp1252_are_refused() -> None:
    # 0x81 is undefined in cp1252 and invalid UTF-8
    with pytest.raises(EncodingError) as info:
        decode_bytes("Protokoll ".encode() + b"\x81\x8d" + b" text")
    assert "0x81" in str(info.value)


def test_utf8_with_lines_in_cp1252_reads_each_line_as_what_it_is() -> None:
    """A UTF-8 file added to in an editor that writes cp1252: before, all of it was read as
    cp1252 ("NÃ¤rvarande"), and the minutes had no items."""
    data = TEXT.encode("utf-8") + "Tillägg: Göran är här.\r\n".encode("cp1252") + "Slut – åäö\n".encode("utf-8")
    assert decode_bytes(data) == (TEXT + "Tillägg: Göran är här.\r\nSlut – åäö\n", MIXED)
    assert cp1252_lines(data) == [2]


@pytest.mark.parametrize("text", ["Ã¤r det här cp1252? Ja: Åsa.\n", "Protokoll – Åsa.\n"])
def test_cp1252_with_what_could_be_utf8_in_a_line_that_is_not_stays_cp1252(text: str) -> None:
    assert decode_bytes(text.encode("cp1252")) == (text, "cp1252")


def test_a_mixed_file_is_reported_with_its_lines() -> None:
    data = "Protokoll BIG 2024-03-14\n\n§ 1 Öppnande\n\nMötet öppnades.\n".encode() + "Göran.\n".encode("cp1252")
    minutes = parse_bytes(data, source_name="blandad.txt")
    assert minutes.source is not None and minutes.source.encoding == MIXED
    assert [(d.code, d.line) for d in minutes.diagnostics] == [("encoding-mixed", 6)]
    assert minutes.items[0].paragraphs[-1].text.endswith("Göran.")
