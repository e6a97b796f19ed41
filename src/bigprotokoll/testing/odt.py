"""OpenDocument texts (.odt) for tests: the parts the parser reads (content, list styles,
page headers and footers), as LibreOffice writes them, and no more.

    from bigprotokoll.testing.odt import odt, odt_of_text, para, heading
    data = odt(heading("§ 1 Öppnande", 2), para("Mötet öppnades."))
"""

from __future__ import annotations

import io
import re
import zipfile
from xml.sax.saxutils import escape

from ._blocks import blocks, in_bold

__all__ = ["heading", "item_list", "odt", "odt_of_text", "para", "table"]

_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3"'
)
_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""
#: A numbered list style (L1: "1.", then "a)") and a bullet one (L2).
LIST_STYLES = (
    '<text:list-style style:name="L1">'
    '<text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."/>'
    '<text:list-level-style-number text:level="2" style:num-format="a" style:num-suffix=")"/>'
    "</text:list-style>"
    '<text:list-style style:name="L2"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/></text:list-style>'
)
#: The automatic text style that sets a span in bold, as LibreOffice names it.
BOLD = "T1"
_TEXT_STYLES = (
    f'<style:style style:name="{BOLD}" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
)


def _inline(text: str) -> str:
    """Text as ODF writes it: tabs, line breaks and each space after the first as elements."""
    out = []
    for piece in re.split(r"(\t|\r\n|\r|\n| {2,})", text):
        if piece == "\t":
            out.append("<text:tab/>")
        elif piece in ("\r\n", "\r", "\n"):
            out.append("<text:line-break/>")
        elif piece.startswith("  "):
            out.append(f' <text:s text:c="{len(piece) - 1}"/>')
        elif piece:
            out.append(escape(piece))
    return "".join(out)


def para(text: str, *, bold: bool = False) -> str:
    """A paragraph; in ``bold``, its text in a span of the automatic style that sets it so."""
    return f'<text:p><text:span text:style-name="{BOLD}">{_inline(text)}</text:span></text:p>' if bold else f"<text:p>{_inline(text)}</text:p>"


def heading(text: str, level: int = 1) -> str:
    return f'<text:h text:outline-level="{level}">{_inline(text)}</text:h>'


def item_list(*items: str, style: str = "L1") -> str:
    """A list of paragraphs (an item may be a nested list's markup, starting with ``<``)."""
    body = "".join(f"<text:list-item>{i if i.startswith('<') else para(i)}</text:list-item>" for i in items)
    return f'<text:list text:style-name="{style}">{body}</text:list>'


def table(*rows: tuple[str, ...]) -> str:
    cells = "".join(
        "<table:table-row>" + "".join(f"<table:table-cell>{para(c)}</table:table-cell>" for c in row) + "</table:table-row>"
        for row in rows
    )
    return f'<table:table table:name="T1">{cells}</table:table>'


def odt(
    *blocks: str, header: tuple[str, ...] = (), footer: tuple[str, ...] = (), list_styles: str = ""
) -> bytes:
    """The bytes of an OpenDocument text whose body holds ``blocks``; ``list_styles`` are
    ``text:list-style`` elements beside :data:`LIST_STYLES`."""
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NS}>'
        f"<office:automatic-styles>{_TEXT_STYLES}{LIST_STYLES}{list_styles}</office:automatic-styles>"
        f"<office:body><office:text>{''.join(blocks)}</office:text></office:body></office:document-content>"
    )
    page = ""
    if header or footer:
        page = (
            '<office:master-styles><style:master-page style:name="Standard">'
            + (f"<style:header>{''.join(para(h) for h in header)}</style:header>" if header else "")
            + (f"<style:footer>{''.join(para(f) for f in footer)}</style:footer>" if footer else "")
            + "</style:master-page></office:master-styles>"
        )
    styles = f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {_NS}>{page}</office:document-styles>'
    sink = io.BytesIO()
    with zipfile.ZipFile(sink, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")  # first, stored
        archive.writestr("META-INF/manifest.xml", _MANIFEST, zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        archive.writestr("styles.xml", styles, zipfile.ZIP_DEFLATED)
    return sink.getvalue()


def odt_of_text(text: str) -> bytes:
    """An OpenDocument text of plain minutes text: each block between blank lines a
    paragraph, its lines kept apart by line breaks; a line in bold as a whole
    ("**Ekonomi**") a paragraph in bold."""
    return odt(*(para(words, bold=True) if (words := in_bold(block)) else para(block) for block in blocks(text)))
