"""The letters of the Latin script, upper and lower case, for the parser's patterns.

People in Swedish minutes bear Swedish names and also Turkish (Çelik, Şahin), Polish
(Łukasz), Czech (Dvořák), Icelandic (Ægir), Vietnamese (Nguyễn) and other ones; a name's
capital is any of these letters, not only ``[A-ZÅÄÖ]``. ``re`` has no class for upper-case
letters, so the classes are built once from Unicode's own case data: Basic Latin to Latin
Extended-B, and Latin Extended Additional.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["LOWER", "UPPER"]

_LATIN: Final = [*range(0x41, 0x250), *range(0x1E00, 0x1F00)]

#: The upper-case Latin letters, escaped for use inside a character class: ``f"[{UPPER}]"``.
UPPER: Final = re.escape("".join(c for c in map(chr, _LATIN) if c.isupper()))
#: The lower-case Latin letters (ß too), escaped likewise.
LOWER: Final = re.escape("".join(c for c in map(chr, _LATIN) if c.islower()))
