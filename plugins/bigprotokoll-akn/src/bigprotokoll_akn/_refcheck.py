"""What the schema does not check: every reference resolves, every eId is unique and ASCII.

Local references (``#eId``) in ``href``, ``refersTo`` (a list), ``by``, ``as``, ``to`` and
``source`` must name an element of the document, of the right kind where the kind is
fixed (``as`` a TLCRole, ``by`` a person or organisation...). Other ``href`` values must be
absolute IRIs or AKN URIs, never empty.

The same rules run over a parsed tree (:func:`reference_problems`, with line numbers) or
over what the writer recorded while writing the document (:class:`Recorded`: every eId
and every reference attribute, as written), which spares walking the tree. Elements are
named as written: ``person`` for an AKN element, ``bp:diagnostic`` for one of ours.
"""

from __future__ import annotations

from typing import Final, Iterable, Mapping

import attrs
from lxml import etree

from ._ids import EID
from ._ns import AKN, BP

__all__ = ["REFERENCE_ATTRIBUTES", "Recorded", "reference_problems"]

#: The attributes that hold references, in the order they are checked.
REFERENCE_ATTRIBUTES: Final = ("href", "refersTo", "by", "as", "to", "source")
_AGENTS: Final = frozenset({"TLCPerson", "TLCOrganization"})
_TLC: Final = frozenset(
    {
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
    }
)
#: (element, attribute) -> the kinds of element it may point at.
_KINDS: Final[Mapping[tuple[str | None, str], frozenset[str]]] = {
    (None, "as"): frozenset({"TLCRole"}),
    (None, "by"): _AGENTS,
    (None, "to"): _AGENTS,
    (None, "source"): _AGENTS,
    ("person", "refersTo"): frozenset({"TLCPerson"}),
    ("organization", "refersTo"): frozenset({"TLCOrganization"}),
    ("docAuthority", "refersTo"): frozenset({"TLCOrganization"}),
    ("location", "refersTo"): frozenset({"TLCLocation"}),
    ("role", "refersTo"): frozenset({"TLCRole"}),
    ("FRBRauthor", "href"): _AGENTS,
}
#: Elements whose refersTo may point at any element (none here: all ours point at TLCs).
_KINDS_FREE: Final[frozenset[str]] = frozenset()

_AKN_PREFIX: Final = f"{{{AKN}}}"
_BP_PREFIX: Final = f"{{{BP}}}"


def _written(tag: str) -> str:
    """``{AKN}person`` -> ``person``, ``{BP}diagnostic`` -> ``bp:diagnostic`` (others unchanged)."""
    if tag.startswith(_AKN_PREFIX):
        return tag[len(_AKN_PREFIX) :]
    if tag.startswith(_BP_PREFIX):
        return f"bp:{tag[len(_BP_PREFIX):]}"
    return tag


def _local(tag: str) -> str:
    return tag.rpartition("}")[2].rpartition(":")[2]


def _where(element: etree._Element) -> str:
    line = element.sourceline
    return f"line {line}: " if line else ""


def reference_problems(root: etree._Element) -> tuple[str, ...]:
    """One line per problem (with its line number when the tree was parsed); empty when all is well."""
    ids: list[tuple[str, str]] = []
    refs: list[tuple[str, str, str]] = []
    ids_where: list[str] = []
    refs_where: list[str] = []
    for element in root.iter("*"):
        tag = _written(element.tag)
        eid = element.get("eId")
        if eid is not None:
            ids.append((eid, tag))
            ids_where.append(_where(element))
        for attribute in REFERENCE_ATTRIBUTES:
            value = element.get(attribute)
            if value is not None:
                refs.append((tag, attribute, value))
                refs_where.append(_where(element))
    return _problems(ids, refs, ids_where, refs_where)


@attrs.define
class Recorded:
    """The eIds and references of a document, recorded as it is written, in writing order."""

    eids: list[tuple[str, str]] = attrs.Factory(list)  # (eId, element)
    refs: list[tuple[str, str, str]] = attrs.Factory(list)  # (element, attribute, value)

    def problems(self) -> tuple[str, ...]:
        """The reference check's findings (without line numbers: the document was not parsed)."""
        if _all_resolve(self.eids, self.refs):
            return ()
        return _problems(self.eids, self.refs)


#: The characters an eId may hold (:data:`~._ids.EID`), and the space that joins them, as
#: ``bytes.translate`` deletes them: what is left of a list of valid eIds is nothing.
_EID_CHARACTERS: Final = b" -._0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

#: attribute -> (element -> the kinds of element it may point at; the kinds for the other
#: elements, or None for any TLC): :data:`_KINDS` as two lookups on a string each.
_KINDS_BY_ATTRIBUTE: Final[dict[str, tuple[dict[str, frozenset[str]], frozenset[str] | None]]] = {
    attribute: (
        {tag: kinds for (tag, named), kinds in _KINDS.items() if named == attribute and tag is not None},
        _KINDS.get((None, attribute)),
    )
    for attribute in REFERENCE_ATTRIBUTES
}


def _all_names(eids: Iterable[str], joined: str) -> bool:
    """Every one of ``eids`` (``joined`` by single spaces) is a name :data:`~._ids.EID` admits."""
    if not joined.isascii() or joined.encode("ascii").translate(None, _EID_CHARACTERS):
        return False  # a character no eId may hold
    for eid in eids:
        if not eid[:1].isalpha():  # (ASCII here: a letter) also false for an empty eId
            return False
    return True


def _all_resolve(ids: list[tuple[str, str]], refs: list[tuple[str, str, str]]) -> bool:
    """True when :func:`_problems` would find nothing; a cheaper test for the common case.

    False says only "look closer": the caller then runs the full check for the messages.
    The eIds are tested together, by what is left when their characters are deleted.
    """
    targets = dict(ids)
    if len(targets) != len(ids):
        return False  # an eId used twice
    joined = " ".join(targets)
    if targets and (joined.count(" ") != len(targets) - 1 or not _all_names(targets, joined)):
        return False  # one holds a space, or is not an ASCII name
    for tag, attribute, value in set(refs):  # each distinct reference once
        kinds_here = _KINDS_BY_ATTRIBUTE.get(attribute)
        if kinds_here is None:
            return False
        by_tag, others = kinds_here
        kinds = by_tag.get(tag, others)
        if attribute == "refersTo":
            refs_here = value.split()
            if not refs_here:
                return False
            for ref in refs_here:
                if ref[0] != "#":
                    return False
                target = targets.get(ref[1:])
                if target is None or not (target in kinds if kinds is not None else tag in _KINDS_FREE or target in _TLC):
                    return False
        elif value[:1] == "#":
            target = targets.get(value[1:])
            if target is None or (kinds is not None and target not in kinds):
                return False
        elif attribute != "href" or not (value.startswith("/akn/") or (":" in value and value[0] != ":")):
            return False
    return True


def _problems(
    ids: list[tuple[str, str]],
    refs: list[tuple[str, str, str]],
    ids_where: Iterable[str] | None = None,
    refs_where: Iterable[str] | None = None,
) -> tuple[str, ...]:
    """The check itself, over (eId, element) and (element, attribute, value) in document order."""
    problems: list[str] = []
    targets: dict[str, str] = {}  # eId -> the element that has it (the first one)
    match = EID.match
    for (eid, tag), where in zip(ids, ids_where or _no_lines(len(ids))):
        if not (eid.isascii() and match(eid)):
            problems.append(f"{where}eId {eid!r} is not an ASCII name")
        if eid in targets:
            problems.append(f"{where}eId {eid!r} is used twice")
        else:
            targets[eid] = tag
    kinds_of = _KINDS.get
    for (tag, attribute, value), where in zip(refs, refs_where or _no_lines(len(refs))):
        many = attribute == "refersTo"
        refs_here = value.split() if many else (value,)
        if not refs_here or not all(refs_here):
            problems.append(f"{where}<{_local(tag)}> has an empty {attribute}")
            continue
        kinds = kinds_of((tag, attribute)) or kinds_of((None, attribute))
        for ref in refs_here:
            if ref[0] != "#":
                if attribute != "href":
                    problems.append(f"{where}<{_local(tag)} {attribute}={ref!r}> is not a local reference")
                elif not (ref.startswith("/akn/") or (":" in ref and ref[0] != ":")):
                    problems.append(f"{where}<{_local(tag)} href={ref!r}> is not an IRI")
                continue
            target = targets.get(ref[1:])
            if target is None:
                problems.append(f"{where}<{_local(tag)} {attribute}={ref!r}> resolves to nothing")
            elif kinds is not None and target not in kinds:
                problems.append(
                    f"{where}<{_local(tag)} {attribute}={ref!r}> points at a "
                    f"<{_local(target)}>, not a {' or '.join(sorted(kinds))}"
                )
            elif many and tag not in _KINDS_FREE and target not in _TLC:
                problems.append(f"{where}<{_local(tag)} refersTo={ref!r}> points at no TLC reference")
    return tuple(problems)


def _no_lines(count: int) -> list[str]:
    return [""] * count
