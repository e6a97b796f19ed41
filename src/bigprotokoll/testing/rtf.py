"""RTF documents for tests, as Word writes them (a font, colour and style table, document
information, then the paragraphs), with the parts the parser reads and no more.

    from bigprotokoll.testing.rtf import rtf, rtf_of_text, par
    data = rtf(par("§ 1 Öppnande", heading=2), par("Mötet öppnades."))
"""

from __future__ import annotations

from ._blocks import blocks, in_bold

__all__ = ["escaped", "par", "row", "rtf", "rtf_of_text"]

_HEAD = (
    r"{\rtf1\adeflang1025\ansi\ansicpg1252\uc1\adeff0\deff0"
    r"{\fonttbl{\f0\froman\fcharset0\fprq2{\*\panose 02020603050405020304}Times New Roman;}"
    r"{\f1\fswiss\fcharset0\fprq2 Calibri;}}"
    r"{\colortbl;\red0\green0\blue0;\red0\green0\blue255;}"
    r"{\*\defchp \f1\fs22\lang1053 }"
    r"{\stylesheet{\ql \li0\ri0\sa160\widctlpar\f1\fs22\lang1053 \snext0 Normal;}"
    r"{\s1\ql \keepn\outlinelevel0\b\fs32 \sbasedon0 \snext0 heading 1;}}"
    r"{\*\rsidtbl \rsid1055932}{\*\generator Microsoft Word 11.0.0000;}"
    r"{\info{\title Protokoll}{\author Sekreteraren}{\creatim\yr2024\mo3\dy14\hr9\min0}}"
    "\n"
)


def escaped(text: str) -> str:
    """``text`` as Word writes it in RTF: ``\\ { }`` escaped, tabs and line breaks as
    control words, cp1252 characters above ASCII as ``\\'hh``, others as ``\\uN\\'3f``."""
    out = []
    for char in text:
        if char in "\\{}":
            out.append("\\" + char)
        elif char == "\t":
            out.append("\\tab ")
        elif char == "\n":
            out.append("\\line ")
        elif " " <= char <= "~":
            out.append(char)
        else:
            try:
                out.append("".join(f"\\'{byte:02x}" for byte in char.encode("cp1252")))
            except UnicodeEncodeError:
                code = ord(char)
                units = [code] if code < 0x10000 else [0xD800 + ((code - 0x10000) >> 10), 0xDC00 + ((code - 0x10000) & 0x3FF)]
                out.append("".join(f"\\u{unit if unit < 0x8000 else unit - 0x10000}\\'3f" for unit in units))
    return "".join(out)


def par(text: str, *, heading: int = 0, number: str = "", bold: bool = False) -> str:
    """A paragraph; ``heading`` its outline level (1 for Heading 1), ``number`` the list
    number Word shows before it ("1."); its text in ``bold``."""
    style = rf"\s{heading}\outlinelevel{heading - 1}\b " if heading else r"\b " if bold else ""
    mark = rf"{{\listtext\pard\plain\f1 {escaped(number)}\tab}}" if number else ""
    return rf"\pard\plain \ql\widctlpar{style}\f1\fs22 {mark}{escaped(text)}\par" + "\n"


def row(*cells: str) -> str:
    """A table row of ``cells``."""
    inner = "".join(rf"\pard\plain \intbl\f1 {escaped(cell)}\cell " for cell in cells)
    return rf"\trowd\trgaph108\cellx4536\cellx9072 {inner}\pard\plain \intbl{{\trowd\cellx4536\cellx9072\row}}" + "\n"


def rtf(*blocks: str, header: tuple[str, ...] = (), footer: tuple[str, ...] = ()) -> bytes:
    """The bytes of an RTF document whose body holds ``blocks`` (from :func:`par`, :func:`row`)."""
    head = "".join(rf"{{\header\pard\plain {escaped(line)}\par}}" for line in header)
    foot = "".join(rf"{{\footer\pard\plain {escaped(line)}\par}}" for line in footer)
    return (_HEAD + rf"\sectd {head}{foot}" + "\n" + "".join(blocks) + "}").encode("ascii")


def rtf_of_text(text: str) -> bytes:
    """An RTF document of plain minutes text: each block between blank lines a paragraph,
    its lines kept apart by line breaks; a line in bold as a whole ("**Ekonomi**") a
    paragraph in bold."""
    return rtf(*(par(words, bold=True) if (words := in_bold(block)) else par(block) for block in blocks(text)))
