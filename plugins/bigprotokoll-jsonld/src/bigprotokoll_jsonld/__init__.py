"""bigprotokoll-jsonld: the ``jsonld`` exporter of bigprotokoll.

Minutes become JSON-LD that expands and converts to RDF offline: the context is shipped
in the package and embedded in every document, never fetched. The package also ships
what publishers and validators need: :func:`context_text` (``context.jsonld``),
:func:`shapes_text` (SHACL, ``shapes.ttl``) and the SKOS lists of roles and decision
outcomes (:func:`roles_text`, :func:`outcomes_text`). The vocabulary is described in
the project's ``docs/jsonld.md``.
"""

from __future__ import annotations

from ._build import FIELD_TERMS, PLUGIN_VERSION
from ._names import NameCollision, NameCollisionWarning
from ._options import JsonLdOptions, parse_aliases
from ._vocab import (
    CONTEXT_FILE,
    NAMESPACES,
    OUTCOMES_FILE,
    ROLES_FILE,
    SHAPES_FILE,
    VOCAB,
    context,
    resource_text,
)
from .exporter import JsonLdExporter

__version__ = PLUGIN_VERSION

__all__ = [
    "FIELD_TERMS",
    "NAMESPACES",
    "VOCAB",
    "JsonLdExporter",
    "JsonLdOptions",
    "NameCollision",
    "NameCollisionWarning",
    "__version__",
    "context",
    "context_text",
    "outcomes_text",
    "parse_aliases",
    "roles_text",
    "shapes_text",
]


def context_text() -> str:
    """The shipped ``context.jsonld`` (``{"@context": ...}``), for publishers to host."""
    return resource_text(CONTEXT_FILE)


def shapes_text() -> str:
    """The shipped SHACL shapes (Turtle) that every exported document conforms to."""
    return resource_text(SHAPES_FILE)


def roles_text() -> str:
    """The SKOS concept list of roles in a meeting (Turtle)."""
    return resource_text(ROLES_FILE)


def outcomes_text() -> str:
    """The SKOS concept list of decision outcomes (Turtle)."""
    return resource_text(OUTCOMES_FILE)
