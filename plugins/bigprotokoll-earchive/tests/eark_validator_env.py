"""Create the separate virtual environment for the community validator ``eark-validator``.

``eark-validator`` 1.1.3 pins ``lxml==5.1.0``, which would clash with the project's own
lxml, so it lives in its own virtual environment and the tests call it as a subprocess
(through ``run_eark_validator.py`` beside this file, which keeps it offline).

Usage (the venv path comes from ``EARK_VALIDATOR_VENV``, default ``<repo>/.venv-eark``)::

    python plugins/bigprotokoll-earchive/tests/eark_validator_env.py

It is idempotent: an existing venv with the right version is left alone.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

#: The one version the tests were written against (its quirks are pinned in the tests).
EARK_VALIDATOR_REQUIREMENT = "eark-validator==1.1.3"


def default_venv_path() -> Path:
    """``$EARK_VALIDATOR_VENV``, else ``.venv-eark`` at the repository root."""
    given = os.environ.get("EARK_VALIDATOR_VENV")
    if given:
        return Path(given)
    return Path(__file__).resolve().parents[3] / ".venv-eark"


def venv_python(path: Path) -> Path:
    """The interpreter inside a virtual environment."""
    if os.name == "nt":
        return path / "Scripts" / "python.exe"
    return path / "bin" / "python"


def is_ready(path: Path) -> bool:
    """True when the venv exists and has the pinned eark-validator installed."""
    python = venv_python(path)
    if not python.exists():
        return False
    probe = subprocess.run(
        [str(python), "-c", "import importlib.metadata as m; print(m.version('eark-validator'))"],
        capture_output=True,
        text=True,
        check=False,
    )
    return probe.returncode == 0 and probe.stdout.strip() == EARK_VALIDATOR_REQUIREMENT.split("==")[1]


def create(path: Path) -> Path:
    """Create (or complete) the venv at ``path`` and install eark-validator into it."""
    if is_ready(path):
        return path
    venv.EnvBuilder(with_pip=True, clear=False).create(path)
    subprocess.run(
        [str(venv_python(path)), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", EARK_VALIDATOR_REQUIREMENT],
        check=True,
    )
    if not is_ready(path):
        raise SystemExit(f"eark-validator did not install into {path}")
    return path


def main() -> int:
    path = create(default_venv_path())
    print(f"eark-validator ready in {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
