"""Helpers shared by the tests: word coverage, eId and schema checks, a strict exporter."""

from __future__ import annotations

import re
import warnings
from collections import Counter
from typing import Any, Iterator

from bigprotokoll.converter import unstructure
from bigprotokoll.export import export_bytes
from bigprotokoll.model import Minutes
from lxml import etree

from bigprotokoll_akn import AknExporter, AknOptions
from bigprotokoll_akn._refcheck import reference_problems
from bigprotokoll_akn._schema import schema_errors

WORD = re.compile(r"\w+", re.UNICODE)


def export(minutes: Minutes, **options: Any) -> bytes:
    """Export with validation on, control-character warnings silenced."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return export_bytes(AknExporter(AknOptions(**options)), minutes)


def parse(data: bytes) -> etree._Element:
    return etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False))


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def model_words(minutes: Minutes) -> Counter[str]:
    """Words of every text of the model except its page furniture (as word_coverage.py counts)."""
    data = unstructure(minutes)
    for key in ("furniture", "source", "diagnostics"):
        data.pop(key, None)
    # Decisions, assignments and attachment references repeat sentences of the paragraphs
    # (the model says they add meaning, not words); the round trip proves they are kept.
    for item in data.get("items", []):
        for key in ("decisions", "attachments"):
            item.pop(key, None)
        for assignment in item.get("assignments", []):
            assignment.pop("text", None)
    text = "\n".join(_strings(data))
    # the § numbers are words of the minutes; an unnumbered item's place is none
    text += "\n" + "\n".join(str(item.number) for item in minutes.items if item.numbered)
    return Counter(w.casefold() for w in WORD.findall(text))


def xml_words(data: bytes) -> Counter[str]:
    """Words of all text and attribute values of an XML document."""
    root = parse(data)
    parts = list(root.itertext())
    for element in root.iter("*"):
        parts.extend(element.attrib.values())
    return Counter(w.casefold() for w in WORD.findall("\n".join(parts)))


def word_coverage(minutes: Minutes, data: bytes) -> tuple[float, Counter[str]]:
    want = model_words(minutes)
    missing = want - xml_words(data)
    total = sum(want.values())
    return (1.0 if total == 0 else 1 - sum(missing.values()) / total), missing


def structural_problems(data: bytes) -> tuple[str, ...]:
    """Schema errors, reference problems and non-ASCII or repeated eIds, in one list."""
    root = parse(data)
    problems = list(schema_errors(root)) + list(reference_problems(root))
    eids = [e.get("eId") for e in root.iter("*") if e.get("eId") is not None]
    if len(eids) != len(set(eids)):
        problems.append("repeated eId")
    problems.extend(f"non-ASCII eId {e!r}" for e in eids if e is not None and not e.isascii())
    return tuple(problems)
