"""Build hook: the Akoma Ntoso writer and its reference check compiled to C with mypyc,
where the build can (as the core's parser; see the core's setup.py).

mypyc type-checks what it compiles, with the core's types: built from this repository,
the core's sources beside it are on mypy's path; elsewhere the installed core is (pip
installs it into the build environment only with ``--no-build-isolation``). Where mypyc
cannot check or compile, the pure-Python modules are installed, with a warning. An
editable install is never compiled (it runs the sources as they are edited), and
``BIGPROTOKOLL_PURE_PYTHON=1`` builds without compiling.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from setuptools import setup

HERE = Path(__file__).resolve().parent
#: The modules an export runs through, text to bytes (the reader and the schema's loading stay Python).
COMPILED = [f"src/bigprotokoll_akn/{name}.py" for name in ("_build", "_ids", "_refcheck", "_spans", "_text")]
#: The core's sources, when built from the repository.
CORE = HERE.parents[1] / "src"


def compiled_modules() -> list:  # type: ignore[type-arg]
    if os.environ.get("BIGPROTOKOLL_PURE_PYTHON") or "editable_wheel" in sys.argv:
        return []  # asked for, or an editable install (which must run the sources as they are edited)
    try:
        from mypyc.build import mypycify
    except ImportError:  # built without mypy at hand: pure Python
        return []
    if (CORE / "bigprotokoll" / "model.py").exists():
        os.environ["MYPYPATH"] = os.pathsep.join(filter(None, [str(CORE), os.environ.get("MYPYPATH")]))
    try:
        extensions = mypycify(COMPILED, opt_level="3", group_name="bigprotokoll_akn")
    except SystemExit as failed:  # mypy's type check failed (it printed why)
        print(f"bigprotokoll-akn: not compiled ({failed}); installing pure Python", file=sys.stderr)
        return []
    for extension in extensions:
        extension.optional = True  # a compiler that fails leaves the pure-Python modules
    return extensions


setup(ext_modules=compiled_modules())
