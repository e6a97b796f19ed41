"""Names as written -> IRIs, keeping apart names that share a slug but differ in writing.

:mod:`bigprotokoll.identity` slugs names (so "Anna-Karin" and "anna karin" share one);
here the alias table is applied first, then each group of different names that still
share a slug is split deterministically: the name that sorts first keeps the plain IRI,
each other gets a suffix from the SHA-256 of its exact spelling. Every such group is a
:class:`NameCollision`, reported by a :class:`NameCollisionWarning` and recorded in the
document (``slugCollidesWith``).
"""

from __future__ import annotations

import warnings
from typing import Callable, Iterable, Mapping

import attrs
from bigprotokoll.identity import disambiguated, distinct_iris, slug_collisions

__all__ = ["NameCollision", "NameCollisionWarning", "NameTable", "disambiguated"]


class NameCollisionWarning(UserWarning):
    """Different names share an IRI slug; they were kept apart as different people or bodies."""


@attrs.frozen
class NameCollision:
    """Names of one kind ("person", "organisation") that share ``slug``."""

    kind: str
    slug: str
    names: tuple[str, ...]

    def message(self) -> str:
        listing = ", ".join(repr(n) for n in self.names)
        return (
            f"{self.kind} names {listing} share the IRI slug {self.slug!r}; they are kept apart "
            f"(all but {self.names[0]!r} get a hash suffix). If they are one {self.kind}, "
            f"merge them with -O aliases='{self.names[1]}={self.names[0]}'"
        )




class NameTable:
    """The IRIs of every name of one kind in one export (one minutes or a whole series).

    ``mint`` makes the plain IRI of a canonical name (e.g. ``identity.person_iri``).
    """

    def __init__(
        self,
        kind: str,
        names: Iterable[str],
        aliases: Mapping[str, str],
        mint: Callable[[str], str],
    ) -> None:
        self.kind = kind
        self._aliases = aliases
        written: dict[str, None] = dict.fromkeys(names)
        canonical: dict[str, None] = dict.fromkeys(aliases.get(n, n) for n in written)
        groups = slug_collisions(canonical)
        self.collisions: tuple[NameCollision, ...] = tuple(
            NameCollision(kind, key, tuple(sorted(group))) for key, group in sorted(groups.items())
        )
        self._iri: dict[str, str] = distinct_iris(canonical, mint)
        self._collides: dict[str, tuple[str, ...]] = {}
        for collision in self.collisions:
            iris = [self._iri[n] for n in collision.names]
            for name, iri in zip(collision.names, iris):
                self._collides[name] = tuple(other for other in iris if other != iri)
        self._variants: dict[str, tuple[str, ...]] = {}
        for name in written:
            canon = aliases.get(name, name)
            if canon != name:
                self._variants[canon] = (*self._variants.get(canon, ()), name)

    def canonical(self, name: str) -> str:
        """The name after the alias table."""
        return self._aliases.get(name, name)

    def iri(self, name: str) -> str:
        """The IRI of a name as written (raises KeyError for a name not given at construction)."""
        return self._iri[self.canonical(name)]

    def names(self) -> tuple[str, ...]:
        """The canonical names, in order of first mention."""
        return tuple(self._iri)

    def variants(self, canonical: str) -> tuple[str, ...]:
        """The other spellings merged into ``canonical`` by the alias table, in order."""
        return self._variants.get(canonical, ())

    def collides_with(self, canonical: str) -> tuple[str, ...]:
        """The IRIs of the other names that share this name's slug."""
        return self._collides.get(canonical, ())

    def warn(self) -> None:
        """One :class:`NameCollisionWarning` per collision."""
        for collision in self.collisions:
            warnings.warn(NameCollisionWarning(collision.message()), stacklevel=4)
