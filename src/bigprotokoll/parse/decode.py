"""Stage 0: bytes -> text. UTF-8 (with or without BOM), UTF-16 with a BOM, else cp1252, or
Mac Roman where the bytes read as Swedish only so (old Macintosh files: cp1252 shows their
å ä ö as Œ Š š).

Guarantees: the text returned has no BOM; the encoding name returned is the one used;
bytes that look binary (NUL bytes, many control characters) or fit no encoding raise
:class:`~bigprotokoll.errors.EncodingError` naming the file and the offending position;
a PDF, old Word (.doc), RTF document or another zip archive is named as such, with what to
do instead (:func:`~bigprotokoll.parse.parse_bytes` gives Word (.docx, .doc), OpenDocument,
RTF, HTML and PDF documents to their readers before it comes to this).
"""

from __future__ import annotations

import codecs

from ..errors import EmptyInputError, EncodingError

__all__ = ["decode_bytes"]

# C0 controls other than tab, line feed, form feed and carriage return.
_CONTROL = {c for c in range(32) if c not in (9, 10, 12, 13)}


#: Documents that minutes often arrive as, known by their first bytes: what each is and
#: what to do instead (the parser reads the text, not the document).
_DOCUMENT_FORMATS: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document; extract its text first (e.g. with pdftotext) and parse that"),
    (
        b"PK\x03\x04",
        "a zip archive but neither a Word (.docx) document nor an OpenDocument text (.odt), "
        "such as a spreadsheet or a presentation; save the minutes as a text document and parse that",
    ),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word (.doc) document; save it as plain text (.txt) and parse that"),
    (b"{\\rtf", "an RTF document; save it as plain text (.txt) and parse that"),
)


def _looks_binary(data: bytes) -> int | None:
    """Offset of the first byte that marks the data as binary, if any."""
    sample = data[:65536]
    nul = sample.find(b"\x00")
    if nul != -1:
        return nul
    controls = [i for i, b in enumerate(sample) if b in _CONTROL]
    if len(controls) > max(8, len(sample) // 100):
        return controls[0]
    return None


#: Swedish letters, and what Swedish text's bytes above 0x7F are in Mac Roman when it is
#: Mac Roman: those letters, a few more and typography.
_SWEDISH_LETTERS = frozenset("åäöÅÄÖ")
_MAC_SWEDISH = _SWEDISH_LETTERS | frozenset("§éÉüÜ–—“”‘’…•°\u00a0")


def _swedish_mac_roman(data: bytes, cp1252: str | None) -> str | None:
    """The bytes as Mac Roman text when that reads as Swedish (a Swedish letter, and nearly
    every character above ASCII one Swedish text has) and cp1252 (``cp1252``: the bytes so
    decoded, or None when they are not) gives no Swedish letter; else None."""
    if cp1252 is not None and not _SWEDISH_LETTERS.isdisjoint(cp1252):
        return None
    text = data.decode("mac_roman")
    high = [c for c in text if c > "\x7f"]
    if _SWEDISH_LETTERS.isdisjoint(high) or sum(c in _MAC_SWEDISH for c in high) < 0.9 * len(high):
        return None
    return text


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def decode_bytes(data: bytes, *, source_name: str | None = None) -> tuple[str, str]:
    """``(text, encoding)`` for the bytes of a minutes file."""
    if data.startswith(codecs.BOM_UTF8):
        encodings = ["utf-8-sig"]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings = ["utf-16"]
    else:
        for magic, what in _DOCUMENT_FORMATS:
            if data.startswith(magic):
                raise EncodingError(f"this is {what}", path=source_name)
        offset = _looks_binary(data)
        if offset is not None:
            raise EncodingError(
                f"looks like a binary file (control byte 0x{data[offset]:02x} at byte {offset}); "
                "expected minutes as text (UTF-8 or cp1252)",
                path=source_name,
                line=_line_of(data, offset),
            )
        encodings = ["utf-8", "cp1252"]
    errors: list[UnicodeDecodeError] = []
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            errors.append(exc)
            continue
        if not text.strip():
            raise EmptyInputError("the file is empty or holds only white space; expected minutes text", path=source_name)
        if encoding == "cp1252" and (mac := _swedish_mac_roman(data, text)) is not None:
            return mac, "mac_roman"
        return text, "utf-8" if encoding == "utf-8-sig" else encoding
    if encodings[-1] == "cp1252" and (mac := _swedish_mac_roman(data, None)) is not None:
        return mac, "mac_roman"
    last = errors[-1]
    raise EncodingError(
        f"byte 0x{data[last.start]:02x} at byte {last.start} is not valid in UTF-8 or cp1252 (nor reads as Swedish "
        "in Mac Roman); save the file as UTF-8 and try again",
        path=source_name,
        line=_line_of(data, last.start),
    ) from last
