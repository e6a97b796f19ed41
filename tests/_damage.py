"""Damaging a document's bytes in the tests: overwritten or cut short anywhere."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import bigprotokoll
from bigprotokoll.errors import BigprotokollError


def check_damage(sample: bytes, suffix: str, *, max_examples: int) -> None:
    """Bytes of ``sample`` overwritten (up to 40) or the file cut short, anywhere: the parser
    gives minutes or a library error naming the file, never a traceback."""

    @settings(max_examples=max_examples, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(at=st.integers(0, len(sample) - 1), junk=st.binary(min_size=1, max_size=40), cut=st.booleans())
    def check(at: int, junk: bytes, cut: bool) -> None:
        data = sample[:at] if cut else sample[:at] + junk + sample[at + len(junk) :]
        try:
            bigprotokoll.parse_bytes(data, source_name=f"m{suffix}")
        except BigprotokollError as exc:
            assert str(exc).startswith(f"m{suffix}")

    check()
