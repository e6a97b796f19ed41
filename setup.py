"""Build hook: the text parser compiled to C with mypyc, where the build can.

Everything is configured in pyproject.toml; this file only adds the compiled modules.
The same modules stay importable as pure Python: an editable install (``pip install -e``)
is never compiled, so that it runs the sources as they are edited;
``BIGPROTOKOLL_PURE_PYTHON=1`` builds without compiling; and a build whose compiler fails
installs the pure-Python package (each extension is optional).

Compiled, the parser takes about a quarter fewer instructions (benchmarks/bench_akn.py);
its behaviour is the same, which the whole test suite checks against the compiled build.
"""

from __future__ import annotations

import os
import sys

from setuptools import setup

#: The modules a text's parse runs through (the office and PDF readers, which spend their
#: time in lxml, zipfile and pypdf, stay Python; so does the model, whose attrs classes
#: mypyc cannot compile, but not its validators).
COMPILED = [
    "src/bigprotokoll/_checks.py",
    "src/bigprotokoll/identity.py",
    *(
        f"src/bigprotokoll/parse/{name}.py"
        for name in (
            "__init__", "annotate", "attendance", "dates", "diagnostics", "elections",
            "header", "items", "letters", "lines", "orgs", "signatures",
        )
    ),
]


def compiled_modules() -> list:  # type: ignore[type-arg]
    if os.environ.get("BIGPROTOKOLL_PURE_PYTHON") or "editable_wheel" in sys.argv:
        return []  # asked for, or an editable install (which must run the sources as they are edited)
    try:
        from mypyc.build import mypycify
    except ImportError:  # built without mypy at hand: pure Python
        return []
    extensions = mypycify(COMPILED, opt_level="3", group_name="bigprotokoll")
    for extension in extensions:
        extension.optional = True  # a compiler that fails leaves the pure-Python modules
    return extensions


setup(ext_modules=compiled_modules())
