"""Text -> model. (being written)"""
from __future__ import annotations
from pathlib import Path
from ..model import Minutes

def decode_bytes(data: bytes, *, source_name: str | None = None) -> tuple[str, str]:
    raise NotImplementedError

def parse_bytes(data: bytes, *, source_name: str | None = None) -> Minutes:
    raise NotImplementedError

def parse_text(text: str, *, source_name: str | None = None) -> Minutes:
    raise NotImplementedError

def parse_file(path: str | Path) -> Minutes:
    raise NotImplementedError
