"""What the schema does not check: every reference resolves, every eId is unique and ASCII.

Local references (``#eId``) in ``href``, ``refersTo`` (a list), ``by``, ``as``, ``to`` and
``source`` must name an element of the document, of the right kind where the kind is
fixed (``as`` a TLCRole, ``by`` a person or organisation...). Other ``href`` values must be
absolute IRIs or AKN URIs, never empty.
"""

from __future__ import annotations

from typing import Final, Mapping

from lxml import etree

from ._ids import EID
from ._ns import akn

__all__ = ["reference_problems"]

_ATTRIBUTES: Final = ("href", "refersTo", "by", "as", "to", "source")
_AGENTS: Final = frozenset({akn("TLCPerson"), akn("TLCOrganization")})
_TLC: Final = frozenset(
    akn(t)
    for t in (
        "TLCPerson",
        "TLCOrganization",
        "TLCRole",
        "TLCEvent",
        "TLCLocation",
        "TLCConcept",
        "TLCObject",
        "TLCTerm",
        "TLCProcess",
        "TLCReference",
    )
)
#: (element, attribute) -> the kinds of element it may point at.
_KINDS: Final[Mapping[tuple[str | None, str], frozenset[str]]] = {
    (None, "as"): frozenset({akn("TLCRole")}),
    (None, "by"): _AGENTS,
    (None, "to"): _AGENTS,
    (None, "source"): _AGENTS,
    (akn("person"), "refersTo"): frozenset({akn("TLCPerson")}),
    (akn("organization"), "refersTo"): frozenset({akn("TLCOrganization")}),
    (akn("docAuthority"), "refersTo"): frozenset({akn("TLCOrganization")}),
    (akn("location"), "refersTo"): frozenset({akn("TLCLocation")}),
    (akn("role"), "refersTo"): frozenset({akn("TLCRole")}),
    (akn("FRBRauthor"), "href"): _AGENTS,
}


def _where(element: etree._Element) -> str:
    line = element.sourceline
    return f"line {line}: " if line else ""


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def reference_problems(root: etree._Element) -> tuple[str, ...]:
    """One line per problem (with its line number when the tree was parsed); empty when all is well."""
    problems: list[str] = []
    targets: dict[str, etree._Element] = {}
    for element in root.iter("*"):
        eid = element.get("eId")
        if eid is None:
            continue
        if not (eid.isascii() and EID.match(eid)):
            problems.append(f"{_where(element)}eId {eid!r} is not an ASCII name")
        if eid in targets:
            problems.append(f"{_where(element)}eId {eid!r} is used twice")
        targets.setdefault(eid, element)
    for element in root.iter("*"):
        for attribute in _ATTRIBUTES:
            value = element.get(attribute)
            if value is None:
                continue
            refs = value.split() if attribute == "refersTo" else [value]
            if not refs or any(not r for r in refs):
                problems.append(f"{_where(element)}<{_local(element.tag)}> has an empty {attribute}")
                continue
            kinds = _KINDS.get((element.tag, attribute)) or _KINDS.get((None, attribute))
            for ref in refs:
                if not ref.startswith("#"):
                    if attribute != "href":
                        problems.append(f"{_where(element)}<{_local(element.tag)} {attribute}={ref!r}> is not a local reference")
                    elif not (ref.startswith("/akn/") or (":" in ref and not ref.startswith(":"))):
                        problems.append(f"{_where(element)}<{_local(element.tag)} href={ref!r}> is not an IRI")
                    continue
                target = targets.get(ref[1:])
                if target is None:
                    problems.append(f"{_where(element)}<{_local(element.tag)} {attribute}={ref!r}> resolves to nothing")
                elif kinds is not None and target.tag not in kinds:
                    problems.append(
                        f"{_where(element)}<{_local(element.tag)} {attribute}={ref!r}> points at a "
                        f"<{_local(target.tag)}>, not a {' or '.join(sorted(_local(k) for k in kinds))}"
                    )
                elif attribute == "refersTo" and element.tag not in _KINDS_FREE and target.tag not in _TLC:
                    problems.append(f"{_where(element)}<{_local(element.tag)} refersTo={ref!r}> points at no TLC reference")
    return tuple(problems)


#: Elements whose refersTo may point at any element (none here: all ours point at TLCs).
_KINDS_FREE: Final[frozenset[str]] = frozenset()
