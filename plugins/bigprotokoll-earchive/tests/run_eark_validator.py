"""Run eark-validator 1.1.3 offline over packages; print one JSON report per package.

Executed by the interpreter of the eark-validator virtual environment (see
``eark_validator_env.py``), never imported by the tests. Before eark-validator is
imported, two patches keep it offline:

* ``urllib.request.urlopen`` serves the four vocabulary files it would download at
  import from the copies it bundles (``eark_validator/ipxml/resources/vocabs/``);
* ``socket.socket.connect`` raises, so any other attempt to reach the network fails loudly.

Usage: ``python run_eark_validator.py PACKAGE...``; prints a JSON list of
``{"path", "structure", "results": [{"rule_id", "severity", "location", "message"}]}``.
"""

from __future__ import annotations

import io
import json
import socket
import sys
import urllib.request
from importlib.util import find_spec
from pathlib import Path


def _blocked(*_args: object, **_kwargs: object) -> None:
    raise OSError("network access is disabled while running eark-validator in the tests")


def _offline_urlopen(url: object, *_args: object, **_kwargs: object) -> io.BytesIO:
    text = getattr(url, "full_url", url)
    name = str(text).rsplit("/", 1)[-1]
    spec = find_spec("eark_validator")
    assert spec is not None and spec.origin is not None
    bundled = Path(spec.origin).parent / "ipxml" / "resources" / "vocabs" / name
    if not bundled.is_file():
        raise OSError(f"no bundled copy of {text}; refusing to download it")
    return io.BytesIO(bundled.read_bytes())


def main(paths: list[str]) -> int:
    socket.socket.connect = _blocked  # type: ignore[method-assign]
    socket.create_connection = _blocked  # type: ignore[assignment]
    urllib.request.urlopen = _offline_urlopen  # type: ignore[assignment]

    from eark_validator.packages import PackageValidator
    from eark_validator.specifications.specification import SpecificationVersion

    reports = []
    for path in paths:
        report = PackageValidator(Path(path), SpecificationVersion.V2_1_0).validation_report
        data = json.loads(report.model_dump_json())
        results = []
        structure = data.get("structure") or {}
        results += [dict(r, source="structure") for r in structure.get("messages", [])]
        metadata = data.get("metadata") or {}
        for key in ("schema_results", "schematron_results"):
            results += [dict(r, source=key) for r in (metadata.get(key) or {}).get("messages", [])]
        reports.append({"path": path, "structure": structure.get("status"), "results": results})
    json.dump(reports, sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
