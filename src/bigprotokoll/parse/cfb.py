"""The streams of a Compound File Binary (OLE2) container, the file format of old Word
(.doc) documents: a small, careful reader ([MS-CFB]).

Guarantees: a stream is read by following its sector chain in the file allocation table
(or, under the mini stream cutoff, the mini table), never past the file's end, never
round a loop, never longer than its directory entry says; whatever does not hold raises
:class:`~bigprotokoll.errors.EncodingError` naming the file and what is damaged.
"""

from __future__ import annotations

import struct

from ..errors import EncodingError

__all__ = ["CFB_SIGNATURE", "read_streams"]

CFB_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_END_OF_CHAIN = 0xFFFFFFFE
_FREE = 0xFFFFFFFF
_LAST_REGULAR = 0xFFFFFFFA  # sector numbers above are markers
#: A stream larger than this is refused (no minutes are; a damaged size would be).
MAX_STREAM = 64 * 1024 * 1024


class _Damaged(Exception):
    """Raised inside the reader; read_streams turns it into an EncodingError."""


def read_streams(data: bytes, wanted: set[str], *, source_name: str | None = None) -> dict[str, bytes]:
    """The streams named in ``wanted`` (in the root storage) that the file holds."""
    try:
        return _Reader(data).streams(wanted)
    except (_Damaged, struct.error, IndexError, ValueError) as exc:
        raise EncodingError(f"a damaged compound document (old Word) file: {exc}", path=source_name) from exc


class _Reader:
    def __init__(self, data: bytes) -> None:
        if not data.startswith(CFB_SIGNATURE) or len(data) < 512:
            raise _Damaged("no compound file header")
        self.data = data
        shift, mini_shift = struct.unpack_from("<HH", data, 0x1E)
        if shift not in (9, 12) or mini_shift != 6:
            raise _Damaged(f"sector sizes 2^{shift}, 2^{mini_shift}")
        self.size = 1 << shift
        self.mini_size = 1 << mini_shift
        fat_sectors, self.first_dir, _, self.cutoff, first_mini_fat, mini_fat_sectors, first_difat, difat_sectors = (
            struct.unpack_from("<IIIIIIII", data, 0x2C)
        )
        difat = list(struct.unpack_from("<109I", data, 0x4C))
        sector = first_difat
        seen: set[int] = set()
        while sector <= _LAST_REGULAR and len(seen) < difat_sectors:  # more of the table's sectors, chained
            if sector in seen:
                raise _Damaged(f"a loop in the allocation table's index at sector {sector}")
            seen.add(sector)
            entries = struct.unpack_from(f"<{self.size // 4}I", self.sector(sector))
            difat += entries[:-1]
            sector = entries[-1]
        fat_ids = [s for s in difat if s <= _LAST_REGULAR][:fat_sectors]
        self.fat = [n for s in fat_ids for n in struct.unpack_from(f"<{self.size // 4}I", self.sector(s))]
        self.mini_fat = [
            n
            for s in self.chain(first_mini_fat, limit=mini_fat_sectors or None)
            for n in struct.unpack_from(f"<{self.size // 4}I", self.sector(s))
        ]

    def sector(self, number: int) -> bytes:
        """Sector ``number``'s bytes (the file's last sector may be cut short)."""
        start = (number + 1) * self.size
        if number > _LAST_REGULAR or start >= len(self.data):
            raise _Damaged(f"sector {number} lies past the file's end")
        return self.data[start : start + self.size]

    def chain(self, first: int, *, table: list[int] | None = None, limit: int | None = None) -> list[int]:
        """The sectors of a chain from ``first`` (in the FAT, or ``table``)."""
        table = self.fat if table is None else table
        sectors: list[int] = []
        seen: set[int] = set()
        number = first
        while number != _END_OF_CHAIN and number != _FREE:
            if number > _LAST_REGULAR or number >= len(table) or number in seen:
                raise _Damaged(f"a broken sector chain at {number}")
            seen.add(number)
            sectors.append(number)
            if limit is not None and len(sectors) >= limit:
                break
            number = table[number]
        return sectors

    def streams(self, wanted: set[str]) -> dict[str, bytes]:
        directory = b"".join(self.sector(s) for s in self.chain(self.first_dir))
        entries = [directory[i : i + 128] for i in range(0, len(directory) - 127, 128)]
        if not entries:
            raise _Damaged("no directory")
        root_start, root_size = struct.unpack_from("<IQ", entries[0], 0x74)
        mini_stream = self._regular(root_start, root_size) if root_size else b""
        found: dict[str, bytes] = {}
        for entry in entries[1:]:
            name_length, kind = struct.unpack_from("<HB", entry, 0x40)
            if kind != 2 or not 2 <= name_length <= 64:  # streams only
                continue
            name = entry[: name_length - 2].decode("utf-16-le", "replace")
            if name not in wanted or name in found:
                continue
            start, size = struct.unpack_from("<IQ", entry, 0x74)
            if self.size == 512:
                size &= 0xFFFFFFFF  # version 3 files leave the high half undefined
            if size > MAX_STREAM:
                raise _Damaged(f"stream {name!r} claims {size} bytes")
            found[name] = self._mini(mini_stream, start, size) if size < self.cutoff else self._regular(start, size)
        return found

    def _regular(self, start: int, size: int) -> bytes:
        if size > MAX_STREAM:
            raise _Damaged(f"a stream claims {size} bytes")
        needed = -(-size // self.size)
        data = b"".join(self.sector(s) for s in self.chain(start, limit=needed))
        if len(data) < size:
            raise _Damaged("a stream is shorter than its entry says")
        return data[:size]

    def _mini(self, mini_stream: bytes, start: int, size: int) -> bytes:
        needed = -(-size // self.mini_size)
        parts = []
        for number in self.chain(start, table=self.mini_fat, limit=needed):
            offset = number * self.mini_size
            if offset + self.mini_size > len(mini_stream):
                raise _Damaged(f"mini sector {number} lies past the mini stream's end")
            parts.append(mini_stream[offset : offset + self.mini_size])
        data = b"".join(parts)
        if len(data) < size:
            raise _Damaged("a stream is shorter than its entry says")
        return data[:size]
