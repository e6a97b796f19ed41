"""Unique ASCII eIds, handed out in document order so that the same model gives the same ids."""

from __future__ import annotations

import re
from typing import Final, Iterable

from bigprotokoll.identity import ascii_slug

__all__ = ["EID", "IdRegistry"]

#: What every eId we write looks like: ASCII letters, digits, '_', '-', '.', no space.
EID: Final = re.compile(r"[A-Za-z][A-Za-z0-9_.-]*\Z")


class IdRegistry:
    """Hands out eIds; a base already taken gets ``-2``, ``-3``... appended."""

    def __init__(self, taken: Iterable[str] = ()) -> None:
        self._taken: set[str] = set(taken)

    def claim(self, base: str) -> str:
        """``base``, or the first free ``base-N``."""
        candidate = base
        n = 1
        while candidate in self._taken:
            n += 1
            candidate = f"{base}-{n}"
        self._taken.add(candidate)
        return candidate

    def claim_slug(self, prefix: str, name: str) -> str:
        """An eId for a named thing: ``person-`` + the ASCII slug of its name."""
        return self.claim(f"{prefix}{ascii_slug(name)}")


def number_id(number: int) -> str:
    """``4`` -> ``"4"``, ``-4`` -> ``"m4"`` (eIds read better without a leading minus)."""
    return str(number) if number >= 0 else f"m{-number}"


#: An item's eId, made of its number by :func:`number_id`, perhaps with "-2" after it.
_SECTION_EID: Final = re.compile(r"dbsect_(?P<minus>m?)(?P<number>\d+)(?:-\d+)?\Z")


def number_of_section(eid: str) -> int | None:
    """The number an item's eId was made of (``"dbsect_4"`` -> 4, ``"dbsect_m4-2"`` -> -4), or None."""
    found = _SECTION_EID.match(eid)
    if found is None:
        return None
    return -int(found["number"]) if found["minus"] else int(found["number"])


__all__ += ["number_id", "number_of_section"]
