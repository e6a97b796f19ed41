"""Helpers for plugin authors: a sample model, hypothesis strategies, a conformance check,
and minutes as documents of each kind the parser reads: Word (:mod:`.word`, old Word
:mod:`.doc`), OpenDocument (:mod:`.odt`), RTF (:mod:`.rtf`), web pages (:mod:`.html`) and
PDF (:mod:`.pdf`), each with a ``*_of_text`` builder.

``hypothesis`` is only needed for :mod:`bigprotokoll.testing.strategies`.
"""

from __future__ import annotations

from .sample import sample_minutes

__all__ = ["sample_minutes"]
