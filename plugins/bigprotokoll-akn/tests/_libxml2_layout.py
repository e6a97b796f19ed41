"""The exporter's layout, done by libxml2: the reference its string writer must match.

Stable pretty-printing, indentation only where it cannot change the text. libxml2's own
pretty-printer indents any element whose children are all elements, which would add
white space inside a paragraph made of one marked-up sentence. Here only the structural
containers, which never hold text of their own, are indented; every block of text (p,
narrative, summary, num, heading...) is written exactly as built. ``serialize(tree)`` of a
tree parsed from the exporter's bytes gives those bytes again: the same escaping,
attribute order, empty-element form and indentation as libxml2's serialiser.
"""

from __future__ import annotations

from typing import Final

from lxml import etree

from bigprotokoll_akn._ns import akn, bp

__all__ = ["serialize"]

_STRUCTURAL: Final = frozenset(
    [bp("diagnostics")]
    + [akn(tag)
    for tag in (
        "akomaNtoso",
        "debate",
        "meta",
        "identification",
        "FRBRWork",
        "FRBRExpression",
        "FRBRManifestation",
        "references",
        "proprietary",
        "coverPage",
        "preface",
        "debateBody",
        "rollCall",
        "debateSection",
        "speech",
        "conclusions",
        "attachments",
        "attachment",
    )]
)


def _indent(element: etree._Element, level: int) -> None:
    if element.tag not in _STRUCTURAL or len(element) == 0:
        return
    inner = "\n" + "  " * (level + 1)
    element.text = inner
    child = None
    for child in element:
        _indent(child, level + 1)
        child.tail = inner
    if child is not None:
        child.tail = "\n" + "  " * level


def serialize(root: etree._Element) -> bytes:
    """UTF-8 bytes with an XML declaration, two-space indentation and a final newline."""
    _indent(root, 0)
    data: bytes = etree.tostring(root, encoding="UTF-8", xml_declaration=True)
    return data + b"\n"
