"""Stage 0: bytes to text."""

from __future__ import annotations

import codecs

import pytest

from bigprotokoll import EmptyInputError, EncodingError, decode_bytes

TEXT = "Protokoll fört vid ledningsgruppsmöte BIG 2022-01-18 – § 1 Mötets öppnande\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8"),
        (TEXT.encode("cp1252"), "cp1252"),
        (TEXT.encode("utf-16"), "utf-16"),
    ],
)
def test_known_encodings_are_detected(data: bytes, encoding: str) -> None:
    text, found = decode_bytes(data)
    assert text == TEXT
    assert found == encoding


def test_binary_is_refused_with_position() -> None:
    with pytest.raises(EncodingError) as info:
        decode_bytes(b"PK\x03\x04\x00\x00binary", source_name="a.zip")
    assert "a.zip" in str(info.value) and "binary" in str(info.value)


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n"])
def test_empty_is_refused(data: bytes) -> None:
    with pytest.raises(EmptyInputError):
        decode_bytes(data, source_name="tom.txt")


def test_bytes_undefined_in_cp1252_are_refused() -> None:
    # 0x81 is undefined in cp1252 and invalid UTF-8
    with pytest.raises(EncodingError) as info:
        decode_bytes("Protokoll ".encode() + b"\x81\x8d" + b" text")
    assert "0x81" in str(info.value)
