"""Options of the ``eark-sip`` exporter (filled from ``-O key=value`` by the core)."""

from __future__ import annotations

import datetime as dt
import os
import re

import attrs
from bigprotokoll.identity import parse_aliases

from ._mets import PROFILES

__all__ = ["EarkSipOptions", "now", "resolve_created"]

_PACKAGE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}\Z")


def _check_profile(_instance: object, _attribute: attrs.Attribute[str], value: str) -> None:
    if value not in PROFILES:
        raise ValueError(f"profile must be one of {', '.join(PROFILES)}, not {value!r}")


def _check_created(_instance: object, _attribute: attrs.Attribute[str | None], value: str | None) -> None:
    if value is not None:
        parse_created(value)


def _check_package_id(_instance: object, _attribute: attrs.Attribute[str | None], value: str | None) -> None:
    if value is not None and not _PACKAGE_ID.match(value):
        raise ValueError(
            f"package_id {value!r} must be 1-128 characters of A-Z a-z 0-9 . _ - starting with a letter or digit"
        )


def _check_formats(_instance: object, _attribute: attrs.Attribute[str], value: str) -> None:
    for name in _split(value):
        if not re.fullmatch(r"[a-z][a-z0-9-]*", name) or name in ("json", "eark-sip"):
            raise ValueError(f"formats: {name!r} is not an exporter name that can be included")


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(",") if part.strip())


def _check_aliases(_instance: object, _attribute: attrs.Attribute[str], value: str) -> None:
    parse_aliases(value)


def _optional_text(_instance: object, attribute: attrs.Attribute[str | None], value: str | None) -> None:
    if value is not None and (not value.strip() or value != value.strip()):
        raise ValueError(f"{attribute.name} must be non-empty text without surrounding white space")


@attrs.frozen
class EarkSipOptions:
    """Options of the E-ARK SIP exporter; every one has a default.

    ``profile``: "2.1.0" (E-ARK CSIP/SIP 2.1.0 = FGS Paketstruktur 2.0) or "2.2.0".
    ``created``: the package's creation time, an ISO 8601 date-time with a zone
    (``2024-02-09T12:00:00+01:00``); else ``SOURCE_DATE_EPOCH``; else the current time.
    ``package_id``: the OBJID and root folder name; else ``uuid-`` + a UUID derived
    from the meeting's identity (body and date), the same for every export of it.
    ``submitter`` / ``submitter_id``: the submitting organisation (SIP submitting agent)
    and its identification code; default the archival creator and its IRI (the one
    the JSON-LD inside the package gives that organisation: ``base`` and ``aliases`` applied).
    ``archival_creator`` / ``archival_creator_id``: the arkivbildare; default the
    minutes' body (the group whose records these are).
    ``formats``: comma-separated exporters whose output joins the data (default
    ``akn,jsonld``; one of those two not installed is warned about and named in the
    package README; any other name must be an installed exporter, else the exporter
    raises an option error).
    ``base``: the IRI base of the meeting identity; ``aliases``: ``"Name as
    written=Canonical name;..."``. Both are handed to the exporters inside the package
    that take them (``akn``, ``jsonld``), so that every IRI in one package agrees.
    """

    profile: str = attrs.field(default="2.1.0", validator=_check_profile)
    created: str | None = attrs.field(default=None, validator=_check_created)
    package_id: str | None = attrs.field(default=None, validator=_check_package_id)
    submitter: str | None = attrs.field(default=None, validator=_optional_text)
    submitter_id: str | None = attrs.field(default=None, validator=_optional_text)
    archival_creator: str | None = attrs.field(default=None, validator=_optional_text)
    archival_creator_id: str | None = attrs.field(default=None, validator=_optional_text)
    formats: str = attrs.field(default="akn,jsonld", validator=_check_formats)
    base: str = "urn:bigprotokoll:"
    aliases: str = attrs.field(default="", validator=_check_aliases)

    @property
    def format_names(self) -> tuple[str, ...]:
        return _split(self.formats)


# The core fills options through cattrs from attribute types; with postponed annotations
# those are strings until resolved.
attrs.resolve_types(EarkSipOptions)


def parse_created(value: str) -> dt.datetime:
    """An ISO 8601 date-time that must carry a zone (archives need an unambiguous time)."""
    try:
        parsed = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError as exc:
        raise ValueError(f"created must be an ISO 8601 date-time such as 2024-02-09T12:00:00+01:00, not {value!r}") from exc
    if parsed.tzinfo is None or parsed.utcoffset() is None:
        raise ValueError(f"created must include a time zone (e.g. +01:00 or Z): {value!r}")
    return parsed.replace(microsecond=0)


def now() -> dt.datetime:
    """The current time in UTC: the only place this plugin reads the clock.

    Used only when neither the ``created`` option nor ``SOURCE_DATE_EPOCH`` is given,
    because archives expect a package's CREATEDATE to be when it was made.
    """
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


def resolve_created(options: EarkSipOptions) -> dt.datetime:
    """``created``, else ``SOURCE_DATE_EPOCH`` (UTC), else :func:`now`."""
    if options.created is not None:
        return parse_created(options.created)
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        try:
            return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc)
        except (ValueError, OverflowError, OSError) as exc:
            raise ValueError(f"SOURCE_DATE_EPOCH must be whole seconds since 1970, not {epoch!r}") from exc
    return now()
