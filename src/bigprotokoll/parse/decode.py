"""Stage 0: bytes -> text. UTF-8 (with or without BOM), UTF-16 (with a BOM, or known by its
zero bytes without one), else cp1252, or Mac Roman where the bytes read as Swedish only so
(old Macintosh files: cp1252 shows their å ä ö as Œ Š š), or UTF-8 with lines in cp1252
(:data:`MIXED`: a file added to in another editor; each line as what it is).

Guarantees: the text returned has no BOM; the encoding name returned is the one used;
bytes that look binary (NUL bytes, many control characters) or fit no encoding raise
:class:`~bigprotokoll.errors.EncodingError` naming the file and the offending position;
a PDF, old Word (.doc), RTF document or another zip archive is named as such, with what to
do instead (:func:`~bigprotokoll.parse.parse_bytes` gives Word (.docx, .doc), OpenDocument,
RTF, HTML and PDF documents to their readers before it comes to this).
"""

from __future__ import annotations

import codecs
import re

from ..errors import EmptyInputError, EncodingError

__all__ = ["MIXED", "cp1252_lines", "decode_bytes"]

#: The encoding recorded for UTF-8 text with lines in cp1252 (a file added to in another editor).
MIXED = "utf-8+cp1252"

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


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """``(text, encoding)`` for UTF-16 without a byte order mark, known by its zero bytes:
    text of Latin letters has one in nearly every other byte (the high byte of each
    character), and none in the others; None for anything else."""
    half = len(data) // 2
    if half < 2 or len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    encoding = "utf-16-le" if odd > 0.6 * half and not even else "utf-16-be" if even > 0.6 * half and not odd else None
    if encoding is None:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return (text, encoding) if not any(ord(c) in _CONTROL for c in text) else None


#: A UTF-8 sequence of two to four bytes.
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _mixed(data: bytes) -> str | None:
    """UTF-8 text with some lines in cp1252: each line decoded as UTF-8 where it is that, else
    as cp1252. None unless a line beyond ASCII is UTF-8 (else the file is cp1252 alone)."""
    if not _UTF8_SEQUENCE.search(data):
        return None
    decoded, utf8 = [], False
    for raw in data.splitlines(keepends=True):
        try:
            line = raw.decode("utf-8")
            utf8 = utf8 or not line.isascii()
        except UnicodeDecodeError:
            try:
                line = raw.decode("cp1252")
            except UnicodeDecodeError:
                return None
        decoded.append(line)
    return "".join(decoded) if utf8 else None


def cp1252_lines(data: bytes) -> list[int]:
    """The numbers of the lines that are no UTF-8 (read as cp1252 in a :data:`MIXED` file)."""
    found = []
    for number, raw in enumerate(data.splitlines(), 1):
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            found.append(number)
    return found


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
        utf16 = _utf16_without_bom(data) if data[:1] == b"\x00" or data[1:2] == b"\x00" else None
        if utf16 is not None:
            return utf16
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
        if encoding == "cp1252":
            if (mixed := _mixed(data)) is not None:
                return mixed, MIXED
            if (mac := _swedish_mac_roman(data, text)) is not None:
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
