"""A collector the stages share, so problems are reported together rather than one at a time."""

from __future__ import annotations

from ..model import Diagnostic, Severity

__all__ = ["Diagnostics", "quoted"]


def quoted(text: str) -> str:
    """``text`` quoted for a message as ``repr`` quotes it, but for a tab, shown as " | " (a
    gap between columns): repr's ``\\t`` glues the next word to a ``t``, and the message is
    where a line's words are kept when no field holds them."""
    return repr(text.replace("\t", " | "))


class Diagnostics:
    def __init__(self) -> None:
        self.items: list[Diagnostic] = []

    def warn(self, code: str, message: str, line: int | None = None) -> None:
        self.items.append(Diagnostic(code, message, line, Severity.WARNING))

    def info(self, code: str, message: str, line: int | None = None) -> None:
        self.items.append(Diagnostic(code, message, line, Severity.INFO))

    def sorted(self) -> tuple[Diagnostic, ...]:
        return tuple(sorted(self.items, key=lambda d: (d.line or 0, d.code)))
