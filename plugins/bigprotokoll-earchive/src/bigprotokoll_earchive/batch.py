"""Many minutes files -> one package each, with progress; one bad input never stops the rest.

The core CLI's ``export FOLDER -f eark-sip -o OUTDIR`` may call :func:`export_files`
or do the same itself: read each file's bytes once, parse those bytes, and pass the same
bytes as ``source_bytes`` so the package holds the original byte for byte.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable

import attrs

import bigprotokoll
from bigprotokoll.errors import BigprotokollError
from bigprotokoll.model import Minutes

from .exporter import EarkSipExporter

__all__ = ["BatchResult", "export_files"]


@attrs.frozen
class BatchResult:
    """What happened to one input: the package written, or the error (one line)."""

    source: Path
    output: Path | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def _parse(data: bytes, name: str) -> Minutes:
    return bigprotokoll.parse_bytes(data, source_name=name)


def export_files(
    sources: Iterable[Path],
    out_dir: Path,
    exporter: EarkSipExporter,
    *,
    as_zip: bool = True,
    parse: Callable[[bytes, str], Minutes] = _parse,
    progress: Callable[[int, BatchResult], None] | None = None,
) -> list[BatchResult]:
    """Export each source to ``out_dir`` (``<stem>.zip`` or the package folder).

    Errors of one input (unreadable or vanished file, not minutes, a failed write) are
    recorded in its :class:`BatchResult` and the batch goes on; a write failure never
    leaves a partial package. ``progress(index, result)`` is called after each input.
    """
    results: list[BatchResult] = []
    for index, source in enumerate(sources):
        source = Path(source)
        try:
            data = source.read_bytes()
            minutes = parse(data, str(source))
            if as_zip:
                output = exporter.export_to_zip_file(minutes, out_dir / (source.stem + ".zip"), source_bytes=data)
            else:
                output = exporter.export_to_directory(minutes, out_dir, source_bytes=data)
            result = BatchResult(source, output=output)
        except FileNotFoundError:
            result = BatchResult(source, error=f"{source}: the file disappeared before it could be read; skipped")
        except (OSError, BigprotokollError) as exc:
            result = BatchResult(source, error=f"{source}: {exc}")
        results.append(result)
        if progress is not None:
            progress(index, result)
    return results
