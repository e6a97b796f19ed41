"""Word documents (.docx) for tests: the parts the parser reads (body, numbering, page
headers and footers), as a word processor writes them, and no more.

    from bigprotokoll.testing.word import docx, docx_of_text, p, table
    data = docx(p("Protokoll BIG 2024-03-14", style="Title"), table(("Ida Ek", "Polisen")))
"""

from __future__ import annotations

import io
import re
import zipfile
from xml.sax.saxutils import escape

from ._blocks import blocks, in_bold

__all__ = ["W_NS", "docx", "docx_of_text", "list_styles", "numbering", "p", "run", "table"]

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>"""
_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""


def run(text: str, *, bold: bool = False) -> str:
    """A run of text (in ``bold``): tabs and line breaks as Word writes them."""
    parts = []
    for piece in re.split(r"(\t|\n)", text):
        if piece == "\t":
            parts.append("<w:tab/>")
        elif piece == "\n":
            parts.append("<w:br/>")
        elif piece:
            parts.append(f'<w:t xml:space="preserve">{escape(piece)}</w:t>')
    properties = "<w:rPr><w:b/><w:bCs/></w:rPr>" if bold else ""
    return f"<w:r>{properties}{''.join(parts)}</w:r>"


def p(
    text: str = "", *, style: str | None = None, num: tuple[int, int] | None = None, raw: str = "", bold: bool = False
) -> str:
    """A paragraph, with a style and list numbering (numId, ilvl) if given, its text in ``bold``."""
    props = ""
    if style or num:
        style_xml = f'<w:pStyle w:val="{style}"/>' if style else ""
        num_xml = f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>' if num else ""
        props = f"<w:pPr>{style_xml}{num_xml}</w:pPr>"
    return f"<w:p>{props}{run(text, bold=bold) if text else ''}{raw}</w:p>"


def table(*rows: tuple[str, ...]) -> str:
    """A table, one paragraph a cell."""
    cells = "".join(
        "<w:tr>" + "".join(f"<w:tc><w:tcPr/>{p(cell)}</w:tc>" for cell in row) + "</w:tr>" for row in rows
    )
    return f"<w:tbl><w:tblPr/>{cells}</w:tbl>"


def numbering(*levels: tuple[int, str, str]) -> str:
    """numbering.xml with one list (numId 1): ``(ilvl, numFmt, lvlText)`` per level."""
    lvls = "".join(
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
        for ilvl, fmt, text in levels
    )
    return (
        f'<w:numbering xmlns:w="{W_NS}"><w:abstractNum w:abstractNumId="0">{lvls}</w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
    )


def list_styles(**styles: int) -> str:
    """styles.xml with paragraph styles that put their paragraphs in a list: ``ListNumber=1``
    (style id = numId), each based on ``Normal``."""
    defined = "".join(
        f'<w:style w:type="paragraph" w:styleId="{name}"><w:basedOn w:val="Normal"/>'
        f'<w:pPr><w:numPr><w:numId w:val="{num_id}"/></w:numPr></w:pPr></w:style>'
        for name, num_id in styles.items()
    )
    return f'<w:styles xmlns:w="{W_NS}"><w:style w:type="paragraph" w:styleId="Normal"/>{defined}</w:styles>'


def docx(
    *blocks: str,
    numbering_xml: str | None = None,
    styles_xml: str | None = None,
    headers: tuple[str, ...] = (),
    footers: tuple[str, ...] = (),
) -> bytes:
    """The bytes of a Word document whose body holds ``blocks`` (paragraphs and tables)."""
    body = f'<w:document xmlns:w="{W_NS}"><w:body>{"".join(blocks)}<w:sectPr/></w:body></w:document>'
    sink = io.BytesIO()
    with zipfile.ZipFile(sink, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("word/document.xml", body)
        if numbering_xml:
            archive.writestr("word/numbering.xml", numbering_xml)
        if styles_xml:
            archive.writestr("word/styles.xml", styles_xml)
        for i, text in enumerate(headers, 1):
            archive.writestr(f"word/header{i}.xml", f'<w:hdr xmlns:w="{W_NS}">{p(text)}</w:hdr>')
        for i, text in enumerate(footers, 1):
            archive.writestr(f"word/footer{i}.xml", f'<w:ftr xmlns:w="{W_NS}">{p(text)}</w:ftr>')
    return sink.getvalue()


def docx_of_text(text: str) -> bytes:
    """A Word document of plain minutes text: each block between blank lines a paragraph,
    its lines kept apart by line breaks; a line in bold as a whole ("**Ekonomi**") a
    paragraph in bold."""
    return docx(*(p(words, bold=True) if (words := in_bold(block)) else p(block) for block in blocks(text)))
