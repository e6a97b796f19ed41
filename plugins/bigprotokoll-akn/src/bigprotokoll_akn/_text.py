"""Text that XML 1.0 can carry, and back.

XML 1.0 has no way to write most C0 control characters, lone surrogates, U+FFFE or U+FFFF,
even as character references. They are never dropped silently:

- in element content each becomes ``<inline name="controlCharacter" title="U+0001">␁</inline>``:
  visible (a Control Pictures symbol, or U+FFFD) and exactly reversible by the reader;
- in our own ``bp:`` attributes, which the reader decodes, a backslash escape ``\\u{0001}``
  (and ``\\\\`` for a backslash), exactly reversible too;
- in display-only attributes (``showAs``, ``FRBRalias``) the visible symbol alone.

Every replacement is recorded by the caller as a diagnostic.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = [
    "ILLEGAL",
    "decode_attribute",
    "encode_attribute",
    "split_illegal",
    "visible",
    "visible_symbol",
]

#: Characters XML 1.0 cannot represent in any way.
ILLEGAL: Final = re.compile(
    r"""
    [\x00-\x08\x0b\x0c\x0e-\x1f]   # C0 controls other than tab, line feed, carriage return
  | [\ud800-\udfff]                # lone surrogates (a Python str may hold them)
  | [\ufffe\uffff]                 # the two noncharacters XML excludes
    """,
    re.VERBOSE,
)

_ATTRIBUTE_ESCAPE: Final = re.compile(
    r"""
    \\ (?:
        (?P<backslash>\\)             # \\ stands for one backslash
      | u\{ (?P<code>[0-9A-F]{4}) \}   # \u{0001} stands for U+0001
    )
    """,
    re.VERBOSE,
)


def visible_symbol(char: str) -> str:
    """The visible stand-in for an illegal character: its Control Pictures symbol, else U+FFFD."""
    code = ord(char)
    return chr(0x2400 + code) if code < 0x20 else "\ufffd"


def visible(text: str) -> str:
    """``text`` with every illegal character replaced by its visible stand-in (lossy)."""
    return ILLEGAL.sub(lambda m: visible_symbol(m.group(0)), text)


def split_illegal(text: str) -> list[str]:
    """``"a\\x01b"`` -> ``["a", "\\x01", "b"]``: legal runs and single illegal characters, in order."""
    parts: list[str] = []
    pos = 0
    for found in ILLEGAL.finditer(text):
        if found.start() > pos:
            parts.append(text[pos : found.start()])
        parts.append(found.group(0))
        pos = found.end()
    if pos < len(text):
        parts.append(text[pos:])
    return parts


def encode_attribute(text: str) -> str:
    """A reversible, XML-safe form of ``text`` for our own attributes."""
    text = text.replace("\\", "\\\\")
    return ILLEGAL.sub(lambda m: f"\\u{{{ord(m.group(0)):04X}}}", text)


def decode_attribute(text: str) -> str:
    """The inverse of :func:`encode_attribute`."""

    def _one(found: re.Match[str]) -> str:
        if found["backslash"]:
            return "\\"
        return chr(int(found["code"], 16))

    return _ATTRIBUTE_ESCAPE.sub(_one, text)
