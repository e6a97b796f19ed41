"""What every ``*_of_text`` document builder shares: the text's blocks."""

from __future__ import annotations

import re

from ..parse.office import strong

#: A blank line (white space alone between its line breaks) between two blocks.
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def blocks(text: str) -> list[str]:
    """The blocks of minutes text between blank lines, each to become a paragraph; its lines
    broken where the parser breaks them (``str.splitlines``: a lone ``\\r`` too)."""
    joined = "\n".join(text.splitlines())
    return [block for block in _BLANK_LINE.split(joined.strip("\n")) if block.strip()]


#: A block that is one line in bold as a whole, as a conversion to Markdown writes a
#: paragraph set in bold ("**Ekonomi**").
_BOLD_LINE = re.compile(r"\*\*(?P<words>[^*\n]+)\*\*")


def in_bold(block: str) -> str | None:
    """The words of a block that is one line in bold as a whole, which a document sets as a
    paragraph in bold and its reader gives back as this line; None for any other block."""
    line = _BOLD_LINE.fullmatch(block)
    return line["words"] if line is not None and strong(line["words"]) == block else None
