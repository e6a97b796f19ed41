"""HTML pages for tests: minutes as a web page, as an editor or a site writes them.

    from bigprotokoll.testing.html import page, html_of_text
    data = page("<h2>§ 1 Öppnande</h2>", "<p>Mötet öppnades.</p>")
"""

from __future__ import annotations

import html

from ._blocks import blocks, in_bold

__all__ = ["html_of_text", "page"]


def page(*blocks: str, header: str = "", footer: str = "", charset: str = "utf-8", meta: bool = True) -> bytes:
    """The bytes of an HTML page whose body holds ``blocks`` (markup), in ``charset``; the
    site's ``header`` and ``footer`` markup around them, a ``meta`` naming the charset."""
    head = f'<meta charset="{charset}">' if meta else ""
    chrome_top = f"<header>{header}</header>" if header else ""
    chrome_bottom = f"<footer>{footer}</footer>" if footer else ""
    document = (
        f"<!DOCTYPE html>\n<html lang=\"sv\"><head>{head}<title>Protokoll</title>"
        "<style>p { margin: 0 }</style><script>var x = '§ 9';</script></head>\n"
        f"<body>{chrome_top}<main>{''.join(blocks)}</main>{chrome_bottom}</body></html>\n"
    )
    return document.encode(charset)


def html_of_text(text: str) -> bytes:
    """An HTML page of plain minutes text: each block between blank lines a paragraph, its
    lines kept apart by line breaks; a block whose spacing matters (tabs, runs of spaces)
    preformatted, as a browser would otherwise fold it; a line in bold as a whole
    ("**Ekonomi**") a paragraph in bold."""
    marked = []
    for block in blocks(text):
        if words := in_bold(block):
            marked.append(f"<p><strong>{html.escape(words, quote=False)}</strong></p>\n")
        elif "\t" in block or "  " in block or any(line != line.strip(" ") for line in block.split("\n")):
            marked.append(f"<pre>{html.escape(block, quote=False)}</pre>\n")
        else:
            marked.append(f"<p>{'<br>'.join(html.escape(line, quote=False) for line in block.split(chr(10)))}</p>\n")
    return page(*marked)
