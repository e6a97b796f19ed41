"""Namespaces, names and fixed identifiers shared by the writer, the checks and the reader."""

from __future__ import annotations

from typing import Final

#: The Akoma Ntoso 3.0 namespace (OASIS LegalDocML).
AKN: Final = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
#: Our own namespace, for the few exact values AKN has no attribute for (schema-valid:
#: every AKN element admits attributes of other namespaces, processed laxly).
BP: Final = "urn:bigprotokoll:akn:1"

NSMAP: Final = {None: AKN, "bp": BP}

#: eId of the TLCOrganization standing for this software; every ``source`` points at it.
SOFTWARE_EID: Final = "bigprotokoll"
#: The `debate` document's name attribute, and the AKN subtype in the FRBR URI.
DOC_NAME: Final = "protokoll"
#: eIds of the TLCRoles, TLCEvents and TLCConcepts.
ROLE_CHAIR: Final = "chair"
ROLE_MINUTE_TAKER: Final = "minute-taker"
ROLE_ADJUSTER: Final = "adjuster"
EVENT_MEETING: Final = "meeting"
EVENT_NEXT: Final = "next-meeting"
CONCEPT_DECISION: Final = "beslut"
CONCEPT_TABLED: Final = "bordlagd"
CONCEPT_ASSIGNMENT: Final = "uppdrag"

#: Name of the inline that stands for a character XML 1.0 cannot carry.
CONTROL_CHARACTER: Final = "controlCharacter"


def akn(tag: str) -> str:
    """``"p"`` -> ``"{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}p"``."""
    return f"{{{AKN}}}{tag}"


def bp(name: str) -> str:
    """A name in our own namespace, for attributes."""
    return f"{{{BP}}}{name}"

#: Every fixed eId a document may carry, claimed before any minted one (so a body slug,
#: a person or an organisation can never take one of them).
RESERVED_EIDS: Final = (
    SOFTWARE_EID,
    ROLE_CHAIR,
    ROLE_MINUTE_TAKER,
    ROLE_ADJUSTER,
    EVENT_MEETING,
    EVENT_NEXT,
    CONCEPT_DECISION,
    CONCEPT_TABLED,
    CONCEPT_ASSIGNMENT,
    "rollCall",
    "distribution",
    "nextMeeting",
    "noItems",
    "preamble",
)
