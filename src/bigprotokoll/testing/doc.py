"""Old Word documents (.doc, Word 97-2003) for tests: a compound file with the two streams
the parser reads (WordDocument: the FIB and the text; 1Table: the piece table and the
headers' map), written as [MS-CFB] and [MS-DOC] lay them out, and no more.

    from bigprotokoll.testing.doc import doc, doc_of_text, par, row, field
    data = doc(par("§ 1 Öppnande") + par("Mötet öppnades."), header=("Gävle kommun",))

The text is Word's: ``\\r`` ends a paragraph, ``\\x0b`` breaks a line, ``\\x07`` ends a
table cell (twice: the row), ``\\x13 code \\x14 result \\x15`` is a field. It is stored in two
pieces, the first one byte a character (cp1252) where it can be, the rest UTF-16, as Word
mixes them.
"""

from __future__ import annotations

import struct

from ._blocks import blocks

__all__ = ["compound_file", "doc", "doc_of_text", "field", "par", "row"]

_SECTOR = 512
_FREE, _END, _FAT_MARK = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
_TEXT_AT = 0x400  # where the text starts in the WordDocument stream, after the FIB


def par(text: str) -> str:
    """A paragraph: its line breaks as Word's, a paragraph mark at its end."""
    return text.replace("\n", "\x0b") + "\r"


def row(*cells: str) -> str:
    """A table row: each cell ended by a cell mark, the row by one more."""
    return "".join(f"{cell}\x07" for cell in cells) + "\x07"


def field(code: str, result: str = "") -> str:
    """A field: its code (not shown), its result (shown)."""
    return f"\x13{code}\x14{result}\x15" if result else f"\x13{code}\x15"


def doc_of_text(text: str) -> bytes:
    """An old Word document of plain minutes text: each block between blank lines a
    paragraph, its lines kept apart by line breaks."""
    return doc("".join(par(block) for block in blocks(text)))


def doc(
    text: str,
    *,
    header: tuple[str, ...] = (),
    footer: tuple[str, ...] = (),
    footnotes: str = "",
    textboxes: str = "",
    encrypted: bool = False,
    mini: bool = False,
) -> bytes:
    """The bytes of an old Word document of ``text`` (Word's characters: see the module);
    ``mini`` stores the table stream in the compound file's mini stream, as Word does for a
    small one."""
    header_story = "".join(par(line) for line in header)
    footer_story = "".join(par(line) for line in footer)
    stories = [text, footnotes, header_story + footer_story, "", "", "", textboxes, ""]
    whole = "".join(stories) + "\r"
    split = len(whole) // 2
    first, rest = whole[:split], whole[split:]
    # character positions count UTF-16 code units: a character beyond U+FFFF is two
    units = [len(part.encode("utf-16-le", "surrogatepass")) // 2 for part in (first, whole)]
    try:
        first_bytes, compressed = first.encode("cp1252"), True
    except UnicodeEncodeError:
        first_bytes, compressed = first.encode("utf-16-le", "surrogatepass"), False
    rest_bytes = rest.encode("utf-16-le", "surrogatepass")
    rest_at = _TEXT_AT + len(first_bytes) + (len(first_bytes) % 2)
    word = bytearray(rest_at + len(rest_bytes))
    word[_TEXT_AT : _TEXT_AT + len(first_bytes)] = first_bytes
    word[rest_at:] = rest_bytes
    # the piece table: two pieces, the first perhaps compressed (its offset doubled, bit 30 set)
    first_fc = (_TEXT_AT * 2) | 0x40000000 if compressed else _TEXT_AT
    positions = struct.pack("<3I", 0, *units)
    pcds = struct.pack("<HIH", 0, first_fc, 0) + struct.pack("<HIH", 0, rest_at, 0)
    plc = positions + pcds
    clx = b"\x02" + struct.pack("<I", len(plc)) + plc
    # the headers' map: six note separators, then section 1's six stories, then the end
    h, f = _units(header_story), _units(footer_story)
    # story starts: 6 separators, even header, odd header, even footer, odd footer, first header, first footer, end
    hdd = struct.pack("<14I", 0, 0, 0, 0, 0, 0, 0, 0, h, h, h + f, h + f, h + f, h + f)
    table = clx + hdd
    # the FIB: FibBase, FibRgW97, FibRgLw97 (the stories' lengths), FibRgFcLcb97
    flags = 0x0200 | (0x0100 if encrypted else 0)
    struct.pack_into("<HH", word, 0, 0xA5EC, 0x00C1)
    struct.pack_into("<H", word, 0x0A, flags)
    struct.pack_into("<H", word, 0x20, 14)
    struct.pack_into("<H", word, 0x3E, 22)
    struct.pack_into("<I", word, 0x40, len(word))
    struct.pack_into("<8i", word, 0x4C, *(_units(story) for story in stories))
    struct.pack_into("<H", word, 0x98, 0x5D)
    struct.pack_into("<II", word, 0xF2, len(clx), len(hdd))  # fcPlcfHdd, lcbPlcfHdd
    struct.pack_into("<II", word, 0x1A2, 0, len(clx))  # fcClx, lcbClx
    return compound_file({"WordDocument": bytes(word), "1Table": table}, mini=mini)


def _units(text: str) -> int:
    """The character positions ``text`` takes: UTF-16 code units."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def compound_file(streams: dict[str, bytes], *, mini: bool = False) -> bytes:
    """A version 3 compound file (512-byte sectors) holding ``streams`` in its root; with
    ``mini``, those under 4096 bytes in its mini stream."""
    regular = {name: data for name, data in streams.items() if not mini or len(data) >= 4096}
    small = {name: data for name, data in streams.items() if name not in regular}
    # a stream under the cutoff must live in the mini stream: pad the others past it
    regular = {name: data.ljust(4096, b"\0") for name, data in regular.items()}
    sectors: list[bytes] = []
    fat: list[int] = []

    def place(data: bytes, marker: int | None = None) -> int:
        start = len(sectors)
        count = max(1, -(-len(data) // _SECTOR))
        for i in range(count):
            sectors.append(data[i * _SECTOR : (i + 1) * _SECTOR].ljust(_SECTOR, b"\0"))
            fat.append(marker if marker is not None else (start + i + 1 if i + 1 < count else _END))
        return start

    starts = {name: place(data) for name, data in regular.items()}
    mini_stream = b""
    mini_fat: list[int] = []
    mini_starts: dict[str, int] = {}
    for name, data in small.items():
        first = len(mini_stream) // 64
        count = max(1, -(-len(data) // 64))
        mini_starts[name] = first
        mini_fat += [first + i + 1 if i + 1 < count else _END for i in range(count)]
        mini_stream += data.ljust(count * 64, b"\0")
    root_start = place(mini_stream) if mini_stream else _END
    mini_fat_start = place(struct.pack(f"<{len(mini_fat)}I", *mini_fat)) if mini_fat else _END
    mini_fat_count = -(-len(mini_fat) * 4 // _SECTOR) if mini_fat else 0
    entries = [_entry("Root Entry", 5, root_start, len(mini_stream), child=1)]
    names = list(streams)
    for i, name in enumerate(names, 1):
        start, size = (starts[name], len(regular[name])) if name in regular else (mini_starts[name], len(small[name]))
        entries.append(_entry(name, 2, start, size, right=i + 1 if i < len(names) else _FREE))
    directory = b"".join(entries)
    directory_start = place(directory)
    # the FAT describes every sector, its own too
    fat_count = 1
    while (len(sectors) + fat_count) > fat_count * (_SECTOR // 4):
        fat_count += 1
    fat_start = len(sectors)
    fat += [_FAT_MARK] * fat_count
    fat += [_FREE] * (fat_count * (_SECTOR // 4) - len(fat))
    fat_bytes = struct.pack(f"<{len(fat)}I", *fat)
    sectors += [fat_bytes[i * _SECTOR : (i + 1) * _SECTOR] for i in range(fat_count)]
    difat = [fat_start + i for i in range(fat_count)] + [_FREE] * (109 - fat_count)
    head = bytearray(512)
    head[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", head, 0x18, 0x003E, 0x0003, 0xFFFE, 9, 6)
    struct.pack_into(
        "<IIIIIIII", head, 0x2C, fat_count, directory_start, 0, 4096, mini_fat_start, mini_fat_count, _END, 0
    )
    struct.pack_into("<109I", head, 0x4C, *difat)
    return bytes(head) + b"".join(sectors)


def _entry(name: str, kind: int, start: int, size: int, *, child: int = _FREE, right: int = _FREE) -> bytes:
    """A directory entry: name, kind (5 root, 2 stream), black, siblings, start and size."""
    encoded = (name + "\0").encode("utf-16-le")
    entry = bytearray(128)
    entry[: len(encoded)] = encoded
    struct.pack_into("<HBB", entry, 0x40, len(encoded), kind, 1)
    struct.pack_into("<III", entry, 0x44, _FREE, right, child)
    struct.pack_into("<IQ", entry, 0x74, start, size)
    return bytes(entry)
