"""What every ``*_of_text`` document builder shares: the text's blocks."""

from __future__ import annotations

import re

#: A blank line (white space alone between its line breaks) between two blocks.
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def blocks(text: str) -> list[str]:
    """The blocks of minutes text between blank lines, each to become a paragraph; its lines
    broken where the parser breaks them (``str.splitlines``: a lone ``\\r`` too)."""
    joined = "\n".join(text.splitlines())
    return [block for block in _BLANK_LINE.split(joined.strip("\n")) if block.strip()]
