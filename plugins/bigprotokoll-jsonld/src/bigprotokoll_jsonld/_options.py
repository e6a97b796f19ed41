"""The exporter's typed options and the alias table they carry."""

from __future__ import annotations

import datetime as dt
import re

import attrs
from bigprotokoll.identity import DEFAULT_BASE, parse_aliases

from ._vocab import NAMESPACES

__all__ = ["JsonLdOptions", "parse_aliases"]

# An absolute IRI's scheme, then anything without white space, quotes or angle brackets.
_BASE = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|\\^`]*\Z")


def _check_base(_instance: object, _attribute: attrs.Attribute[str], value: str) -> None:
    if not _BASE.match(value):
        raise ValueError(f"base {value!r} is not an absolute IRI such as {DEFAULT_BASE!r} or 'https://example.org/id/'")
    scheme = value.split(":", 1)[0]
    if scheme in NAMESPACES:
        raise ValueError(f"base {value!r} starts with {scheme + ':'!r}, a prefix of the JSON-LD context; pick another")


def _check_aliases(_instance: object, _attribute: attrs.Attribute[str], value: str) -> None:
    parse_aliases(value)


def _check_generated(_instance: object, _attribute: attrs.Attribute[str | None], value: str | None) -> None:
    if value is None:
        return
    try:
        if "T" in value:
            dt.datetime.fromisoformat(value)
        else:
            dt.date.fromisoformat(value)
    except ValueError as exc:
        raise ValueError(f"generated {value!r} is not an ISO 8601 date or date-time ({exc})") from exc


@attrs.frozen
class JsonLdOptions:
    """Options of the ``jsonld`` exporter (``-O key=value`` on the command line).

    - ``base``: the IRI base of people, organisations, meetings and items.
    - ``graph``: write a flat ``@graph`` (people, organisations and software agents as
      top-level nodes) instead of one tree rooted at the minutes.
    - ``aliases``: ``"Name as written=Canonical name;..."``: names to treat as one.
    - ``generated``: an ISO 8601 date or date-time recorded as the export's time
      (``prov:endedAtTime``); the exporter never reads the clock, so it is left out
      unless given.
    """

    base: str = attrs.field(default=DEFAULT_BASE, validator=_check_base)
    graph: bool = False
    aliases: str = attrs.field(default="", validator=_check_aliases)
    generated: str | None = attrs.field(default=None, validator=_check_generated)

    @property
    def alias_table(self) -> dict[str, str]:
        """The parsed alias table, ``{written: canonical}``."""
        return parse_aliases(self.aliases)


# make_options structures values by the field types: resolve the string annotations.
attrs.resolve_types(JsonLdOptions)
