"""Offline checks of exported documents: expansion, RDF, SHACL, and dropped keys.

For tests and for publishers who want to check a document before putting it out. Needs
the ``validate`` extra (pyld, rdflib, pyshacl), imported only when a check runs. Nothing
here touches the network: :func:`offline_loader` refuses every remote document, so a
document that needs one fails instead of fetching it.
"""

from __future__ import annotations

import functools
from typing import Any, Iterable, Iterator

import attrs

from ._vocab import NAMESPACES, SHAPES_FILE, context, resource_text

__all__ = [
    "RemoteDocumentRefused",
    "ShaclResult",
    "dropped_keys",
    "expand",
    "offline_loader",
    "pyld_graph",
    "rdflib_graph",
    "same_triples",
    "shacl_validate",
    "shapes_graph",
    "to_nquads",
]


class RemoteDocumentRefused(RuntimeError):
    """A JSON-LD processor asked for a remote document (a context); we work offline."""


def offline_loader(url: str, options: Any = None) -> Any:
    """A pyld document loader that refuses every URL."""
    raise RemoteDocumentRefused(f"refusing to fetch {url!r}: bigprotokoll documents embed their context")


def _jsonld() -> Any:
    from pyld import jsonld  # type: ignore[import-untyped]

    return jsonld


def _pyld_options(**extra: Any) -> dict[str, Any]:
    return {"documentLoader": offline_loader, **extra}


def expand(document: dict[str, Any]) -> list[Any]:
    """The expanded form by pyld, offline."""
    result: list[Any] = _jsonld().expand(document, _pyld_options())
    return result


def to_nquads(document: dict[str, Any]) -> str:
    """N-Quads by pyld's toRDF, offline."""
    text: str = _jsonld().to_rdf(document, _pyld_options(format="application/n-quads"))
    return text


def pyld_graph(document: dict[str, Any]) -> Any:
    """An rdflib Graph of the triples pyld produces (pyld toRDF -> N-Quads -> rdflib)."""
    import rdflib

    # Our documents use the default graph only, whose N-Quads lines are N-Triples;
    # a named graph would make this parse fail, which is what a check should do.
    return rdflib.Graph().parse(data=to_nquads(document), format="nt")


def rdflib_graph(data: bytes | str) -> Any:
    """An rdflib Graph parsed from the JSON-LD bytes by rdflib's own parser."""
    import rdflib

    return rdflib.Graph().parse(data=data, format="json-ld")


def same_triples(first: Any, second: Any) -> bool:
    """Whether two rdflib graphs hold the same triples (up to blank node names)."""
    from rdflib.compare import isomorphic

    return bool(isomorphic(first, second))


@functools.cache
def shapes_graph() -> Any:
    """The shipped SHACL shapes as an rdflib Graph (parsed once)."""
    import rdflib

    return rdflib.Graph().parse(data=resource_text(SHAPES_FILE), format="turtle")


@attrs.frozen
class ShaclResult:
    conforms: bool
    text: str


def shacl_validate(graph: Any) -> ShaclResult:
    """pyshacl with the shipped shapes (SHACL-SPARQL on, no inference)."""
    from pyshacl import validate

    conforms, _report, text = validate(graph, shacl_graph=shapes_graph(), advanced=True, inference="none")
    return ShaclResult(bool(conforms), str(text))


# -- dropped keys --------------------------------------------------------------------------


def _term_iri(key: str, ctx: dict[str, Any]) -> str | None:
    definition = ctx.get(key)
    if isinstance(definition, dict):
        definition = definition.get("@id")
    if isinstance(definition, str):
        key = definition
    elif definition is not None:
        return None
    prefix, sep, local = key.partition(":")
    if sep and prefix in NAMESPACES:
        return NAMESPACES[prefix] + local
    return None if key in ctx or not sep else key


def _values(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _nodes(value: Any) -> Iterator[dict[str, Any]]:
    """Every node object (a dict with an @id and more) inside ``value``, depth first."""
    if isinstance(value, list):
        for entry in value:
            yield from _nodes(entry)
    elif isinstance(value, dict):
        if "@id" in value and any(not k.startswith("@") for k in value):
            yield value
        for key, entry in value.items():
            if key != "@context":
                yield from _nodes(entry)


def _expanded_count(values: Iterable[Any]) -> int:
    count = 0
    for value in values:
        if isinstance(value, dict) and "@list" in value:
            count += len(value["@list"])
        else:
            count += 1
    return count


def dropped_keys(document: dict[str, Any], expanded: list[Any] | None = None) -> list[str]:
    """Keys of the compact document that expansion dropped or thinned, as ``"<@id> key"``.

    Each node object of the document (every node has an ``@id``) is matched with the
    expanded node of that ``@id``; each of its keys must expand to an IRI of a known
    namespace holding as many values as the compact key has. Empty means nothing lost.
    """
    ctx = document.get("@context", context())
    if expanded is None:
        expanded = expand(document)
    have: dict[tuple[str, str], int] = {}
    types: dict[str, int] = {}
    for node in _nodes(expanded):
        types[node["@id"]] = types.get(node["@id"], 0) + len(node.get("@type", []))
        for key, values in node.items():
            if not key.startswith("@"):
                have[(node["@id"], key)] = have.get((node["@id"], key), 0) + _expanded_count(values)
    want: dict[tuple[str, str], int] = {}
    want_types: dict[str, int] = {}
    problems: list[str] = []
    for node in _nodes(document):
        want_types[node["@id"]] = want_types.get(node["@id"], 0) + len(_values(node.get("@type", [])))
        for key, value in node.items():
            if key.startswith("@"):
                continue
            iri = _term_iri(key, ctx)
            if iri is None or not any(iri.startswith(ns) for ns in NAMESPACES.values()):
                problems.append(f"<{node['@id']}> {key}: not a term of the context")
                continue
            want[(node["@id"], iri)] = want.get((node["@id"], iri), 0) + len(_values(value))
    for (node_id, iri), count in want.items():
        if have.get((node_id, iri), 0) != count:
            problems.append(f"<{node_id}> {iri}: {count} values written, {have.get((node_id, iri), 0)} after expansion")
    for node_id, count in want_types.items():
        if types.get(node_id, 0) != count:
            problems.append(f"<{node_id}> @type: {count} types written, {types.get(node_id, 0)} after expansion")
    return problems
