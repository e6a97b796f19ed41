"""The core distribution declares what it imports: a fresh ``pip install bigprotokoll``
must import (the office document readers need lxml, which only the plugins declared)."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "bigprotokoll"
#: Imports made only where they are needed and handled when missing, or only by the
#: testing helpers for plugin authors (who install hypothesis to use them).
OPTIONAL = {"pypdf", "hypothesis"}
#: Distribution names whose module is named otherwise.
MODULE_OF = {"importlib-metadata": "importlib_metadata"}


def _declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = {re.split(r"[<>=!~; \[]", spec, maxsplit=1)[0].lower() for spec in project["dependencies"]}
    return {MODULE_OF.get(name, name.replace("-", "_")) for name in names}


def _imported_at_module_level() -> dict[str, set[str]]:
    """Third-party top-level modules each file imports outside functions, by module."""
    found: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:  # module level only: an import inside a function is lazy
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            elif isinstance(node, ast.If):  # "if sys.version_info < ...: import x"
                names = [a.name for n in ast.walk(node) if isinstance(n, ast.Import) for a in n.names]
                names += [n.module for n in ast.walk(node) if isinstance(n, ast.ImportFrom) and n.module and not n.level]
            for name in names:
                top = name.split(".")[0]
                if top not in sys.stdlib_module_names and top != "bigprotokoll":
                    found.setdefault(top, set()).add(str(path.relative_to(ROOT)))
    return found


def test_every_module_imported_at_import_time_is_a_declared_dependency() -> None:
    undeclared = {
        module: sorted(files)
        for module, files in _imported_at_module_level().items()
        if module not in _declared() and module not in OPTIONAL
    }
    assert undeclared == {}


def test_the_check_sees_the_dependencies_it_should() -> None:
    imported = _imported_at_module_level()
    assert {"attrs", "cattrs", "lxml"} <= set(imported) and "lxml" in _declared()
