"""The exporter's options (filled from ``-O key=value`` through the core's converter)."""

import datetime as dt
import re
from typing import Final, Optional

import attrs
from bigprotokoll.identity import DEFAULT_BASE, ascii_slug, parse_aliases

from ._ns import RESERVED_EIDS

__all__ = ["KNOWN_BODIES", "AknOptions"]

# This module keeps real (not string) annotations: make_options structures values by type.

_COUNTRY: Final = re.compile(r"[a-z]{2}(?:-[a-z0-9]+)?\Z")  # "se", "se-2180"
_SLUG: Final = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")  # ASCII, for FRBR URIs and eIds
_RESERVED: Final = frozenset(RESERVED_EIDS)


def _check_country(_instance: object, _attribute: "attrs.Attribute[str]", value: str) -> None:
    if not _COUNTRY.match(value):
        raise ValueError(f"country must look like 'se' or 'se-2180' (lower-case ASCII), got {value!r}")


#: Bodies whose FRBR country and actor are known, by name (case-folded): BIG, the
#: leadership group of Brottsförebyggarna in Gävle (municipality code 2180).
KNOWN_BODIES: Final = {
    "big": ("se-2180", "big-ledningsgrupp"),
    "brottsförebyggarna i gävle": ("se-2180", "big-ledningsgrupp"),
}


def _clashes(slug: str) -> bool:
    """True for a slug that is, or looks like, an eId the exporter gives something else."""
    return slug in _RESERVED or slug.startswith(("person-", "org-", "loc-", "dbsect_", "att_"))


def _check_slug(_instance: object, _attribute: "attrs.Attribute[str]", value: str) -> None:
    if not _SLUG.match(value):
        raise ValueError(f"body_slug must be lower-case ASCII words joined by '-', got {value!r}")
    if _clashes(value):
        raise ValueError(f"body_slug {value!r} clashes with an identifier the exporter uses; pick another")


def _check_base(_instance: object, _attribute: "attrs.Attribute[str]", value: str) -> None:
    if not value or any(c.isspace() for c in value) or ":" not in value:
        raise ValueError(f"base must be an IRI prefix such as 'urn:bigprotokoll:', got {value!r}")


def _check_aliases(_instance: object, _attribute: "attrs.Attribute[str]", value: str) -> None:
    parse_aliases(value)


def _to_iso_date(value: object) -> Optional[str]:
    """A date or an ISO 8601 date string -> the ISO string (checked); "" or None -> None."""
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError as exc:
        raise ValueError(
            f"generated must be a date, YYYY-MM-DD such as 2024-01-31 (no time of day or zone), got {value!r}"
        ) from exc


@attrs.frozen
class AknOptions:
    """Options of the ``akn`` exporter.

    ``country``: the FRBR country (and locality) code; ``body_slug``: the actor in the FRBR
    URI and the eId of the body's TLCOrganization (both from the minutes' body when not
    given: see :meth:`frbr_actor`); ``base``: the IRI base shared with the
    JSON-LD exporter; ``aliases``: ``"Name as written=Canonical name;..."``, names that are
    one person or organisation (their TLC hrefs are the canonical name's IRI, as the
    JSON-LD exporter mints with the same table); ``generated``: the manifestation's
    generation date (a date, YYYY-MM-DD: no time of day; without it the document's own
    date is used, never the clock); ``validate``: check the output against the AKN 3.0
    schema and resolve every reference before writing it.
    """

    country: Optional[str] = attrs.field(default=None, validator=attrs.validators.optional(_check_country))
    body_slug: Optional[str] = attrs.field(default=None, validator=attrs.validators.optional(_check_slug))
    base: str = attrs.field(default=DEFAULT_BASE, validator=_check_base)
    aliases: str = attrs.field(default="", validator=_check_aliases)
    # Kept as an ISO string (a date is accepted and converted): the core's option
    # converter has no structure hook for datetime.date.
    generated: Optional[str] = attrs.field(default=None, converter=_to_iso_date)
    validate: bool = True

    def frbr_actor(self, body: str) -> tuple[str, str]:
        """(country, body slug) for minutes of ``body``: the options where given, else the
        body's own: BIG's leadership group in Gävle (``se-2180``, ``big-ledningsgrupp``) for
        a body :data:`KNOWN_BODIES` knows, else Sweden with no locality (``se``) and the
        body's name as an ASCII slug (``Brottsförebyggande rådet i Norrvik`` ->
        ``brottsforebyggande-radet-i-norrvik``)."""
        country, slug = KNOWN_BODIES.get(body.casefold(), ("se", None))
        if slug is None:
            slug = ascii_slug(body)
            if not slug[0].isalpha() or _clashes(slug):
                slug = f"body-{slug}"
        return self.country or country, self.body_slug or slug

    @property
    def alias_table(self) -> dict[str, str]:
        """The parsed alias table, ``{written: canonical}``."""
        return parse_aliases(self.aliases) if self.aliases else {}

    @property
    def generated_date(self) -> Optional[dt.date]:
        """``generated`` as a date, or None."""
        return dt.date.fromisoformat(self.generated) if self.generated else None
