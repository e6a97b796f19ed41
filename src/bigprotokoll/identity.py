"""Stable identifiers from natural keys, shared by every exporter.

The JSON-LD and Akoma Ntoso exporters mint the same IRIs for the same things, so their
outputs link up: a person or organisation by a slug of its name, a meeting by its body
and date, an item by its meeting and number. The same name in two minutes gives the same
IRI; the next meeting's IRI is the one its own minutes will mint.

Slugs keep letters as they are (``Måns Jennehag`` -> ``måns-jennehag``; IRIs allow
them), so names that differ in spelling ("Patric" / "Patrik") stay different. Names
that differ only in case, spacing or punctuation share a slug: :func:`slug_collisions`
finds them so that exporters can report them.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
import unicodedata
from typing import Callable, Iterable, Mapping

__all__ = [
    "DEFAULT_BASE",
    "ascii_slug",
    "disambiguated",
    "distinct_iris",
    "iso_date",
    "item_iri",
    "meeting_iri",
    "organisation_iri",
    "parse_aliases",
    "person_iri",
    "slug",
    "slug_collisions",
]

#: The default IRI base; exporters take another as an option.
DEFAULT_BASE = "urn:bigprotokoll:"

_NON_WORD = re.compile(r"[\W_]+")
_NON_ASCII_WORD = re.compile(r"[^a-z0-9]+")

# Slugs are pure functions of a name, and the same names recur in every minutes of one
# body (and several times in one export): remember recent ones. Bounded.
_SLUG_CACHE = 4096


@functools.lru_cache(maxsize=_SLUG_CACHE)
def slug(text: str) -> str:
    """``"Styrning och stöd, säkerhet"`` -> ``"styrning-och-stöd-säkerhet"`` (NFC, casefolded)."""
    folded = unicodedata.normalize("NFC", text).casefold()
    return _NON_WORD.sub("-", folded).strip("-") or "x"


@functools.lru_cache(maxsize=_SLUG_CACHE)
def ascii_slug(text: str) -> str:
    """An ASCII-only slug (``"Måns Jennehag"`` -> ``"mans-jennehag"``) for XML ids and file names."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    ascii_text = stripped.encode("ascii", "ignore").decode("ascii").lower()
    return _NON_ASCII_WORD.sub("-", ascii_text).strip("-") or "x"


#: ``"00"`` to ``"99"``, for dates written by lookup (see :func:`iso_date`).
_TWO_DIGITS = tuple(f"{n:02d}" for n in range(100))


def iso_date(value: dt.date) -> str:
    """What ``value.isoformat()`` gives, cheaper: isoformat formats with
    ``PyUnicode_FromFormat``, some 3K instructions a date. (A year before 1000, which
    has leading zeros, and a datetime, which has a time, still go through isoformat.)
    The IRIs here and the exporters' dates are written by it."""
    year = value.year
    if year < 1000 or type(value) is not dt.date:
        return value.isoformat()
    return f"{year}-{_TWO_DIGITS[value.month]}-{_TWO_DIGITS[value.day]}"


def person_iri(name: str, base: str = DEFAULT_BASE) -> str:
    return f"{base}person:{slug(name)}"


def organisation_iri(name: str, base: str = DEFAULT_BASE) -> str:
    return f"{base}org:{slug(name)}"


def meeting_iri(body: str, date: dt.date, base: str = DEFAULT_BASE) -> str:
    return f"{base}meeting:{slug(body)}:{iso_date(date)}"


def item_iri(body: str, date: dt.date, number: int, base: str = DEFAULT_BASE) -> str:
    return f"{meeting_iri(body, date, base)}:item:{number}"


def slug_collisions(names: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Slugs shared by differently written names: ``{slug: (name, other name, ...)}``."""
    by_slug: dict[str, dict[str, None]] = {}
    for name in names:
        by_slug.setdefault(slug(name), {})[name] = None
    return {key: tuple(found) for key, found in by_slug.items() if len(found) > 1}


def parse_aliases(text: str) -> dict[str, str]:
    """``"Patric Falk=Patrik Falk; Anne J=Anne Jäder"`` -> ``{written: canonical}``.

    The alias table both exporters take (``-O aliases=...``), so that they mint the same
    IRI for names that are one person or organisation.

    Each pair says that the name on the left, as written in some minutes, is the person
    (or organisation) named on the right. Raises ValueError on a malformed table, on a
    name given two canonical forms, and on chains (a canonical name that is itself an alias).
    """
    table: dict[str, str] = {}
    for chunk in text.split(";"):
        if not chunk.strip():
            continue
        written, sep, canonical = chunk.partition("=")
        written, canonical = written.strip(), canonical.strip()
        if not sep or not written or not canonical:
            raise ValueError(f"alias {chunk.strip()!r} is not 'Name as written=Canonical name'")
        if table.get(written, canonical) != canonical:
            raise ValueError(f"alias {written!r} is given two canonical names: {table[written]!r} and {canonical!r}")
        if written != canonical:
            table[written] = canonical
    chained = sorted(set(table) & set(table.values()))
    if chained:
        raise ValueError(f"aliases may not chain: {', '.join(map(repr, chained))} is both an alias and a canonical name")
    return table


def disambiguated(iri: str, name: str) -> str:
    """``iri`` with a suffix from the SHA-256 of ``name`` exactly as written."""
    return f"{iri}-{hashlib.sha256(name.encode('utf-8', 'surrogatepass')).hexdigest()[:8]}"


def distinct_iris(
    names: Iterable[str], mint: Callable[[str], str], aliases: Mapping[str, str] | None = None
) -> dict[str, str]:
    """The IRI of each name, keeping apart names that share a slug but differ in writing.

    ``mint`` makes the plain IRI (e.g. ``lambda n: person_iri(n, base)``). In each group of
    names sharing a slug, the name that sorts first keeps the plain IRI and each other
    gets :func:`disambiguated`. Every exporter uses this rule, so their IRIs agree.
    With ``aliases`` (:func:`parse_aliases`), each name gets the IRI of its canonical name.
    """
    if aliases:
        written = list(dict.fromkeys(names))
        canonical = distinct_iris([aliases.get(n, n) for n in written], mint)
        return {name: canonical[aliases.get(name, name)] for name in written}
    slugs = {name: slug(name) for name in names}
    if len(set(slugs.values())) == len(slugs):  # the common case: no two names share a slug
        return {name: mint(name) for name in slugs}
    by_slug: dict[str, list[str]] = {}
    for name, key in slugs.items():
        by_slug.setdefault(key, []).append(name)
    result: dict[str, str] = {}
    for name, key in slugs.items():
        iri = mint(name)
        group = by_slug[key]
        result[name] = disambiguated(iri, name) if len(group) > 1 and name != min(group) else iri
    return result
