"""The ``jsonld`` exporter: minutes as JSON-LD with the context embedded inline."""

from __future__ import annotations

import json
from typing import Any, BinaryIO, ClassVar, Iterable

from bigprotokoll.model import Minutes

from ._build import Builder, Node, software_agents
from ._options import JsonLdOptions
from ._vocab import context

__all__ = ["JsonLdExporter", "dump_document"]


def dump_document(document: dict[str, Any]) -> bytes:
    """The document as UTF-8 JSON: two-space indent, characters kept, trailing newline.

    Strings holding lone surrogates cannot be UTF-8; such a document is written with
    ASCII escapes instead, which JSON reads back to the same strings.
    """
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return (json.dumps(document, ensure_ascii=True, indent=2) + "\n").encode("ascii")


class JsonLdExporter:
    """JSON-LD linked data (schema.org, DCTERMS, CPEV, PROV, SKOS), context inline, offline-valid.

    ``export`` writes one document rooted at the minutes, or a flat ``@graph`` with
    ``graph=true``. ``export_many`` writes a whole series as one ``@graph``, each person
    and organisation once, so meetings link up through their shared IRIs.

    Names that share an IRI slug but are written differently stay apart (see
    ``aliases``); each such collision raises a :class:`NameCollisionWarning` and is
    recorded in the document as ``slugCollidesWith``.
    """

    name: ClassVar[str] = "jsonld"
    media_type: ClassVar[str] = "application/ld+json"
    file_extension: ClassVar[str] = ".jsonld"
    options_type: ClassVar[type] = JsonLdOptions

    def __init__(self, options: JsonLdOptions | None = None) -> None:
        self.options = options if options is not None else JsonLdOptions()

    def document(self, minutes: Minutes) -> dict[str, Any]:
        """The JSON-LD document of one minutes, as JSON-ready data."""
        if self.options.graph:
            return self.graph_document([minutes])
        builder = self._builder([minutes])
        return {"@context": context(), **builder.minutes(minutes, embed=True)}

    def graph_document(self, minutes_seq: Iterable[Minutes]) -> dict[str, Any]:
        """One ``@graph`` document holding every minutes, people and organisations merged."""
        seq = list(minutes_seq)
        builder = self._builder(seq)
        nodes: list[Node] = [builder.minutes(m, embed=False) for m in seq]
        nodes += builder.entities()
        nodes += software_agents()
        return {"@context": context(), "@graph": nodes}

    def export(self, minutes: Minutes, sink: BinaryIO) -> None:
        """Write one minutes to the binary sink."""
        sink.write(dump_document(self.document(minutes)))

    def export_many(self, minutes_seq: Iterable[Minutes], sink: BinaryIO) -> None:
        """Write several minutes (a series) as one ``@graph`` document to the binary sink."""
        sink.write(dump_document(self.graph_document(minutes_seq)))

    def _builder(self, seq: list[Minutes]) -> Builder:
        builder = Builder.for_minutes(self.options, seq)
        builder.people.warn()
        builder.organisations.warn()
        return builder
