"""The parser runs as the build made it: compiled by mypyc (setup.py) or pure Python.

``scripts/test`` says which it installed (``BIGPROTOKOLL_EXPECT``), so that a build that
fell back to pure Python without a word cannot pass for the compiled one, and the pure-Python
run really runs the sources.
"""

from __future__ import annotations

import importlib
import importlib.machinery
import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXPECTED = os.environ.get("BIGPROTOKOLL_EXPECT")


def _compiled_modules() -> list[str]:
    """The modules setup.py compiles, read from its list."""
    setup = (ROOT / "setup.py").read_text(encoding="utf-8")
    names = re.findall(r'"(\w+)"', setup.split("COMPILED = [", 1)[1].split("]\n", 1)[0])
    return ["bigprotokoll._checks", "bigprotokoll.identity", *(f"bigprotokoll.parse{'' if n == '__init__' else '.' + n}" for n in names)]


def test_the_list_names_the_parsers_modules() -> None:
    modules = _compiled_modules()
    assert "bigprotokoll.parse" in modules and "bigprotokoll.parse.items" in modules and len(modules) == 14


@pytest.mark.skipif(EXPECTED is None, reason="scripts/test says which build it installed (BIGPROTOKOLL_EXPECT)")
@pytest.mark.parametrize("name", _compiled_modules())
def test_each_module_is_as_the_build_made_it(name: str) -> None:
    path = importlib.import_module(name).__file__ or ""
    compiled = path.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES))
    assert compiled == (EXPECTED == "compiled"), path
