"""Changing one part of a zip (an office document) in the tests."""

from __future__ import annotations

import io
import zipfile
from typing import Callable


def with_part(data: bytes, name: str, change: Callable[[bytes], bytes]) -> bytes:
    """``data`` with the part ``name`` changed (``change(b"")`` adds it when it is missing)."""
    sink = io.BytesIO()
    found = False
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(sink, "w") as target:
        for info in source.infolist():
            part = source.read(info)
            if info.filename == name:
                part, found = change(part), True
            target.writestr(info, part)
        if not found:
            target.writestr(name, change(b""))
    return sink.getvalue()
