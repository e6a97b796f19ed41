"""Finding exporters through the ``bigprotokoll.exporters`` entry-point group.

The registry is an object, built on demand (never at import time), that tests can feed
fake entry points. It loads a plugin only when that exporter is asked for; a plugin that
fails to import marks only itself broken. Two distributions claiming one name is an
error that names both: load order never decides.
"""

from __future__ import annotations

import sys
from typing import Any, Iterable

import attrs

from .errors import ExporterConflictError, ExporterLoadError, ExporterNotFoundError
from .export import NAME_PATTERN, ExporterClass

if sys.version_info >= (3, 12):
    from importlib.metadata import EntryPoint, entry_points
else:  # the backport has the 3.12 API (dist on entry points, select by group)
    from importlib_metadata import EntryPoint, entry_points

__all__ = ["GROUP", "EntryPoint", "ExporterInfo", "Registry", "default_registry", "entry_points"]

#: The entry-point group exporters register under.
GROUP = "bigprotokoll.exporters"


@attrs.frozen
class ExporterInfo:
    """What the listing shows of one exporter, loaded or not."""

    name: str
    distribution: str
    version: str
    status: str  # "ok", "broken: <reason>", "conflict: <dists>"
    summary: str = ""
    media_type: str = ""
    file_extension: str = ""


def _dist_of(ep: Any) -> tuple[str, str]:
    dist = getattr(ep, "dist", None)
    if dist is None:
        return ("?", "?")
    return (str(dist.metadata["Name"] or dist.name), str(dist.version))


class Registry:
    """Exporters found through entry points.

    ``entry_points`` is an iterable of objects with ``name``, ``value``, ``load()`` and
    optionally ``dist``; by default the installed ones of :data:`GROUP`.
    """

    def __init__(self, entry_points: Iterable[Any] | None = None) -> None:
        self._given = entry_points
        self._by_name: dict[str, list[Any]] | None = None
        self._loaded: dict[str, ExporterClass] = {}
        self._broken: dict[str, str] = {}

    def _index(self) -> dict[str, list[Any]]:
        if self._by_name is None:
            eps = self._given if self._given is not None else entry_points(group=GROUP)
            by_name: dict[str, list[Any]] = {}
            seen: set[tuple[str, str, str]] = set()
            for ep in eps:
                key = (ep.name, ep.value, _dist_of(ep)[0])
                if key in seen:  # the same distribution seen twice on sys.path
                    continue
                seen.add(key)
                by_name.setdefault(ep.name, []).append(ep)
            self._by_name = by_name
        return self._by_name

    def names(self) -> list[str]:
        """Every registered name, sorted (broken and conflicting ones included)."""
        return sorted(self._index())

    def _conflict(self, name: str) -> str | None:
        eps = self._index().get(name, [])
        if len(eps) < 2:
            return None
        return " and ".join(f"{d} {v} ({ep.value})" for ep in eps for d, v in [_dist_of(ep)])

    def get(self, name: str) -> ExporterClass:
        """The exporter class registered as ``name``, loading its plugin now."""
        if name in self._loaded:
            return self._loaded[name]
        eps = self._index().get(name)
        if not eps:
            known = ", ".join(self.names()) or "none"
            raise ExporterNotFoundError(f"no exporter of this name is installed (installed: {known})", exporter=name)
        conflict = self._conflict(name)
        if conflict:
            raise ExporterConflictError(f"claimed by two distributions: {conflict}; uninstall one", exporter=name)
        if name in self._broken:
            raise ExporterLoadError(self._broken[name], exporter=name)
        ep = eps[0]
        try:
            cls = ep.load()
        except Exception as exc:  # any import-time failure of a plugin marks it broken
            reason = f"plugin {ep.value} failed to load: {type(exc).__name__}: {exc}"
            self._broken[name] = reason
            raise ExporterLoadError(reason, exporter=name) from exc
        problem = _contract_problem(name, cls)
        if problem:
            self._broken[name] = problem
            raise ExporterLoadError(problem, exporter=name)
        self._loaded[name] = cls
        return cls  # type: ignore[no-any-return]

    def info(self) -> list[ExporterInfo]:
        """One :class:`ExporterInfo` per name; loads each plugin to read its metadata."""
        result = []
        for name in self.names():
            eps = self._index()[name]
            dist, version = _dist_of(eps[0])
            conflict = self._conflict(name)
            if conflict:
                result.append(ExporterInfo(name, dist, version, f"conflict: {conflict}"))
                continue
            try:
                cls = self.get(name)
            except ExporterLoadError as exc:
                result.append(ExporterInfo(name, dist, version, f"broken: {exc.message}"))
                continue
            summary = (cls.__doc__ or "").strip().splitlines()[0] if cls.__doc__ else ""
            result.append(ExporterInfo(name, dist, version, "ok", summary, cls.media_type, cls.file_extension))
        return result

    def by_extension(self, extension: str) -> ExporterClass | None:
        """The one working exporter whose file extension is ``extension``, if exactly one."""
        found = [i for i in self.info() if i.status == "ok" and i.file_extension == extension]
        return self.get(found[0].name) if len(found) == 1 else None


def _contract_problem(name: str, cls: Any) -> str | None:
    for attribute in ("name", "media_type", "file_extension", "options_type", "export"):
        if not hasattr(cls, attribute):
            return f"{cls!r} lacks {attribute!r}, so it is not an exporter"
    if cls.name != name:
        return f"entry point {name!r} loads an exporter named {cls.name!r}; they must match"
    if not NAME_PATTERN.match(name):
        return f"exporter name {name!r} must match [a-z][a-z0-9-]*"
    if not attrs.has(cls.options_type):
        return f"options_type of {name!r} must be an attrs class"
    return None


_default: Registry | None = None


def default_registry() -> Registry:
    """The process-wide registry of installed exporters, built on first use."""
    global _default
    if _default is None:
        _default = Registry()
    return _default

