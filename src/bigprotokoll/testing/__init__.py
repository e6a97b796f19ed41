"""Helpers for plugin authors: a sample model, hypothesis strategies, a conformance check,
Word documents (:mod:`bigprotokoll.testing.word`).

``hypothesis`` is only needed for :mod:`bigprotokoll.testing.strategies`.
"""

from __future__ import annotations

from .sample import sample_minutes

__all__ = ["sample_minutes"]
