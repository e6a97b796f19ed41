"""Namespaces, concept lists and the shipped resource files (context, shapes, SKOS lists).

The resources are package data read through :mod:`importlib.resources`, once per process;
exporters never read the user's files. Everything here is fixed: the configurable IRI
base applies to instances (people, meetings), never to the vocabulary.
"""

from __future__ import annotations

import functools
import json
from importlib.resources import files
from typing import Any

from bigprotokoll.model import Outcome

__all__ = [
    "CONTEXT_FILE",
    "NAMESPACES",
    "OUTCOMES_FILE",
    "OUTCOME_IRIS",
    "ROLES",
    "ROLES_FILE",
    "ROLE_IRIS",
    "SHAPES_FILE",
    "VOCAB",
    "context",
    "resource_text",
]

#: The project vocabulary, for what none of the standard ones has (see docs/jsonld.md).
VOCAB = "urn:bigprotokoll:vocab:"
ROLE_BASE = "urn:bigprotokoll:role:"
OUTCOME_BASE = "urn:bigprotokoll:outcome:"

#: Prefix -> namespace IRI, as the context declares them.
NAMESPACES: dict[str, str] = {
    "schema": "http://schema.org/",
    "dcterms": "http://purl.org/dc/terms/",
    "cpev": "http://data.europa.eu/m8g/",
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "bp": VOCAB,
    "roles": ROLE_BASE,
    "outcomes": OUTCOME_BASE,
}

#: The roles of the SKOS list ``roles.ttl``, in a fixed order.
ROLES: tuple[str, ...] = ("attendee", "absentee", "chair", "minute-taker", "adjuster")
ROLE_IRIS: dict[str, str] = {role: ROLE_BASE + role for role in ROLES}

#: Each decision outcome of the model and its concept in ``outcomes.ttl``.
OUTCOME_IRIS: dict[Outcome, str] = {outcome: OUTCOME_BASE + outcome.value for outcome in Outcome}

CONTEXT_FILE = "context.jsonld"
SHAPES_FILE = "shapes.ttl"
ROLES_FILE = "roles.ttl"
OUTCOMES_FILE = "outcomes.ttl"


@functools.cache
def resource_text(name: str) -> str:
    """The text of one shipped resource file (``context.jsonld``, ``shapes.ttl``, ...)."""
    return (files(__package__) / name).read_text(encoding="utf-8")


@functools.cache
def _context() -> dict[str, Any]:
    data = json.loads(resource_text(CONTEXT_FILE))
    ctx: dict[str, Any] = data["@context"]
    return ctx


def context() -> dict[str, Any]:
    """The JSON-LD context (the value of ``@context``) embedded in every document.

    Returns a fresh deep copy, so that callers may change it freely.
    """
    copy: dict[str, Any] = json.loads(json.dumps(_context()))
    return copy
