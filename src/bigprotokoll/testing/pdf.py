"""PDF documents for tests: minutes typeset as a word processor prints them, with no
library (Helvetica, the PDF standard font every reader has; text in cp1252).

    from bigprotokoll.testing.pdf import pdf_of_text
    data = pdf_of_text("Protokoll fört vid ledningsgruppsmöte BIG 2024-03-14\\n\\n§ 1 Öppnande")

Each block between blank lines is a paragraph: its lines one under the other, a long line
wrapped at the right margin, some space before the next paragraph; a line with tabs has
its cells in columns. Pages are A4; a long text runs on to more pages (a paragraph that
fits on a page is not split: ``split=True`` splits them where the page ends), each with
``Sida N av M`` at its foot when ``page_numbers``, and ``head`` at its top (``{page}`` and
``{pages}`` in it filled in: ``"Trygghetsrådet\tSida {page} ({pages})"``). With
``ligatures``, "fi", "fl", "ff", "ffi" and "ffl" are set as one glyph each, as typesetters
and some word processors set them: a reader extracts them as one character ("ﬁ").
"""

from __future__ import annotations

import textwrap

from ._blocks import blocks

__all__ = ["pdf", "pdf_of_text"]

_PAGE_WIDTH, _PAGE_HEIGHT = 595, 842  # A4 in points
_MARGIN = 72
_SIZE = 11  # font size
_LEADING = 14  # from one line to the next in a paragraph
_GAP = 10  # more space between paragraphs
_COLUMN = 180  # from one table column to the next
_WRAP = 88  # characters on a line before it wraps (Helvetica 11 pt, 451 pt of line)


def pdf_of_text(
    text: str, *, page_numbers: bool = False, split: bool = False, head: str = "", ligatures: bool = False
) -> bytes:
    """A PDF of plain minutes text (cp1252 characters only), typeset as the module says."""
    return pdf(
        [block.split("\n") for block in blocks(text)], page_numbers=page_numbers, split=split, head=head, ligatures=ligatures
    )


def pdf(
    paragraphs: list[list[str]],
    *,
    page_numbers: bool = False,
    split: bool = False,
    lines_per_page: int | None = None,
    head: str = "",
    ligatures: bool = False,
) -> bytes:
    """A PDF of paragraphs, each a list of lines (a line's tabs separate its cells); at
    most ``lines_per_page`` lines on a page when given (to put a page break where a test
    wants one)."""
    pages: list[list[tuple[float, float, str]]] = [[]]  # per page: (x, y, text)
    y = _PAGE_HEIGHT - _MARGIN
    room = lines_per_page or (_PAGE_HEIGHT - 2 * _MARGIN - _LEADING) // _LEADING  # lines on a page
    for paragraph in paragraphs:
        lines = [wrapped for line in paragraph for wrapped in (_wrapped(line) if "\t" not in line else [line])]
        if not split and len(lines) <= room and (y - len(lines) * _LEADING < _MARGIN or len(pages[-1]) + len(lines) > room):
            if pages[-1]:
                pages.append([])  # the paragraph on the next page, whole
                y = _PAGE_HEIGHT - _MARGIN
        for line in lines:
            if y < _MARGIN + _LEADING or len(pages[-1]) >= room:
                pages.append([])
                y = _PAGE_HEIGHT - _MARGIN
            for column, cell in enumerate(line.split("\t")):
                if cell.strip():
                    pages[-1].append((_MARGIN + column * _COLUMN, y, cell.strip()))
            y -= _LEADING
        y -= _GAP
    for number, placed in enumerate(pages, 1):
        if page_numbers:
            placed.append((_MARGIN, _MARGIN / 2, f"Sida {number} av {len(pages)}"))
        if head:  # in the top margin, its cells in columns as a line's
            shown = head.format(page=number, pages=len(pages))
            placed += [
                (_MARGIN + column * _COLUMN * 2, _PAGE_HEIGHT - _MARGIN / 2, cell)
                for column, cell in enumerate(shown.split("\t"))
            ]
    return _document(pages, ligatures)


def _wrapped(line: str) -> list[str]:
    return textwrap.wrap(line, _WRAP, break_long_words=False, break_on_hyphens=False) or [line]


#: Ligatures, longest first, and the codes the font's encoding gives their glyphs (each glyph
#: named by its letters: /ffi).
_LIGATURES = (("ffi", 30), ("ffl", 31), ("ff", 27), ("fi", 28), ("fl", 29))


def _string(text: str, ligatures: bool = False) -> bytes:
    """A PDF literal string in cp1252 (WinAnsiEncoding), its delimiters escaped; with
    ``ligatures``, each ligature's letters as the code of its glyph."""
    if ligatures:
        for letters, code in _LIGATURES:
            text = text.replace(letters, chr(code))
    raw = text.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _document(pages: list[list[tuple[float, float, str]]], ligatures: bool = False) -> bytes:
    encoding = b"/WinAnsiEncoding"
    if ligatures:
        differences = b" ".join(b"%d /%s" % (code, letters.encode("ascii")) for letters, code in _LIGATURES)
        encoding = b"<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [%s] >>" % differences
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"",  # the page tree, once the pages' numbers are known
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding %s >>" % encoding,
    ]
    kids = []
    for placed in pages:
        content = b"".join(
            b"BT /F1 %d Tf %.1f %.1f Td %s Tj ET\n" % (_SIZE, x, y, _string(text, ligatures)) for x, y, text in placed
        )
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content))
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 3 0 R >> >> "
            b"/Contents %d 0 R >>" % (_PAGE_WIDTH, _PAGE_HEIGHT, len(objects))
        )
        kids.append(b"%d 0 R" % len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(pages))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)
