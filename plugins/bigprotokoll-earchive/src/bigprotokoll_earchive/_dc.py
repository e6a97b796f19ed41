"""Descriptive metadata: simple Dublin Core built from the model.

Why Dublin Core and not the Akoma Ntoso document: every archive and E-ARK tool reads DC
(``MDTYPE="DC"``), it can be built from the model alone (so a package has descriptive
metadata even when the AKN plugin is missing), and it says what an archivist searches by:
title, body (creator), meeting date, place, agenda headings (subjects), people in roles.
The AKN document is in the representation's data for anyone who wants the full structure.

The container is ``oai_dc:dc`` (the OAI-PMH wrapper for the fifteen DC elements), the
common way to hold a simple DC record in one XML file.
"""

from __future__ import annotations

import re

from lxml import etree

from bigprotokoll.model import Minutes

__all__ = ["DC_NS", "OAI_DC_NS", "dublin_core"]

DC_NS = "http://purl.org/dc/elements/1.1/"
OAI_DC_NS = "http://www.openarchives.org/OAI/2.0/oai_dc/"
_NSMAP = {"oai_dc": OAI_DC_NS, "dc": DC_NS}


def dublin_core(minutes: Minutes, *, package_id: str, meeting_iri: str, formats: tuple[str, ...]) -> bytes:
    """A DC record of the minutes (Swedish text tagged ``xml:lang="sv"``)."""
    root = etree.Element(f"{{{OAI_DC_NS}}}dc", nsmap=_NSMAP)

    def add(name: str, text: str, *, swedish: bool = False) -> None:
        element = etree.SubElement(root, f"{{{DC_NS}}}{name}")
        element.text = text
        if swedish:
            element.set("{http://www.w3.org/XML/1998/namespace}lang", "sv")

    add("title", minutes.title, swedish=True)
    add("creator", minutes.body, swedish=True)
    add("date", minutes.meeting_date.isoformat())
    if minutes.document_date and minutes.document_date != minutes.meeting_date:
        add("date", minutes.document_date.isoformat())
    add("type", "Text")
    add("type", "Protokoll", swedish=True)
    add("language", "sv")
    add("identifier", package_id)
    add("identifier", meeting_iri)
    for media_type in formats:
        add("format", media_type)
    if minutes.place:
        add("coverage", minutes.place, swedish=True)
    for name in dict.fromkeys(n for n in (minutes.chair, minutes.minute_taker, *minutes.adjusters) if n):
        add("contributor", name)  # once each: the chair often keeps the minutes too
    for item in minutes.items:
        add("subject", f"§ {item.number} {item.heading}" if item.numbered else item.heading, swedish=True)
    add(
        "description",
        f"Protokoll från {minutes.body} {minutes.meeting_date.isoformat()}: "
        f"{len(minutes.items)} paragrafer, {len(minutes.attendees)} närvarande.",
        swedish=True,
    )
    if minutes.source.name:  # the file name only: a full path may reveal a user's folders
        add("source", re.split(r"[/\\]", minutes.source.name)[-1])
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
