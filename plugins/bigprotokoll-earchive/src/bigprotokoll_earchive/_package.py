"""A package as an in-memory file tree, and writing it as a zip or a folder.

The tree is built completely in memory first (a meeting's package is small), so writing
is the last step and can be made all-or-nothing:

* :func:`write_zip` writes entries in sorted path order with a fixed time stamp (the
  creation time, held to 1980-2107, the years a zip can store), fixed
  permissions (0644 files, 0755 folders), Unix as the creating system and no extra
  fields, so the same tree gives the same bytes.
* :func:`write_directory` and :func:`write_zip_file` write under a hidden temporary name
  in the target folder and rename when complete; on any failure the temporary is removed
  and :class:`PackageWriteError` says what happened. No partial package is ever left.
"""

from __future__ import annotations

import datetime as dt
import errno
import functools
import hashlib
import io
import os
import re
import shutil
import struct
import unicodedata
import zlib
from pathlib import Path, PurePosixPath
from typing import BinaryIO, Iterable

import attrs

from .errors import PackageWriteError

__all__ = [
    "PackageFile",
    "PackageTree",
    "safe_file_name",
    "write_directory",
    "write_zip",
    "write_zip_file",
]

#: Zip entries hold a date from 1980 to 2107 (a DOS date: seven bits of years since 1980)
#: and even seconds.
_ZIP_EPOCH = dt.datetime(1980, 1, 1)
_ZIP_END = dt.datetime(2107, 12, 31, 23, 59, 58)
_FILE_MODE = 0o100644
_DIR_MODE = 0o040755
_SAFE_CHARS = re.compile(r"[^A-Za-z0-9._-]+")


@attrs.frozen
class PackageFile:
    """One file of a package: its path relative to the package root, bytes and media type."""

    path: str
    data: bytes = attrs.field(repr=False)
    mime_type: str

    @property
    def size(self) -> int:
        return len(self.data)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest().upper()


class PackageTree:
    """The files of one package, under a root folder named after the package id."""

    def __init__(self, root: str) -> None:
        _check_relative(root)
        if "/" in root:
            raise ValueError(f"package root must be one folder name, not {root!r}")
        self.root = root
        self._files: dict[str, PackageFile] = {}

    def add(self, path: str, data: bytes, mime_type: str) -> PackageFile:
        """Add a file; the path must be relative, without ``..`` and not already present."""
        _check_relative(path)
        if path in self._files:
            raise ValueError(f"duplicate path in package: {path}")
        entry = PackageFile(path, data, mime_type)
        self._files[path] = entry
        return entry

    def get(self, path: str) -> PackageFile:
        return self._files[path]

    def files(self) -> list[PackageFile]:
        """Every file, sorted by path (the order in which they are written)."""
        return [self._files[p] for p in sorted(self._files)]

    def under(self, folder: str) -> list[PackageFile]:
        """Files below ``folder`` (a relative folder path), sorted by path."""
        prefix = folder.rstrip("/") + "/"
        return [f for f in self.files() if f.path.startswith(prefix)]

    def folders(self) -> list[str]:
        """Every folder that holds a file, parents first, sorted."""
        found: set[str] = set()
        for path in self._files:
            parts = PurePosixPath(path).parts[:-1]
            for i in range(1, len(parts) + 1):
                found.add("/".join(parts[:i]))
        return sorted(found)


def _check_relative(path: str) -> None:
    pure = PurePosixPath(path)
    if not path or path.startswith("/") or "\\" in path or pure.is_absolute():
        raise ValueError(f"package paths must be relative POSIX paths: {path!r}")
    if any(part in ("", ".", "..") for part in path.split("/")):
        raise ValueError(f"package paths must not contain '.', '..' or empty parts: {path!r}")
    if _SAFE_CHARS.search(path.replace("/", "")):
        raise ValueError(f"package paths may hold only A-Z a-z 0-9 . _ - and /: {path!r}")


def safe_file_name(name: str | None, *, default: str, max_length: int = 100) -> str:
    """A file name fit for a package from untrusted text (e.g. the source's name).

    Keeps only the last path component (of ``/`` or ``\\`` paths), folds letters to
    ASCII (``å`` -> ``a``), replaces anything but ``A-Z a-z 0-9 . _ -`` with ``-``, strips
    leading dots and dashes and caps the length, keeping the extension.
    """
    if not name:
        return default
    base = re.split(r"[/\\]", name)[-1]
    decomposed = unicodedata.normalize("NFKD", base)
    ascii_name = "".join(c for c in decomposed if not unicodedata.combining(c))
    ascii_name = ascii_name.encode("ascii", "ignore").decode("ascii")
    cleaned = _SAFE_CHARS.sub("-", ascii_name).lstrip(".-")
    cleaned = re.sub(r"\.{2,}", ".", cleaned)
    if not cleaned or cleaned in {".", ".."}:
        return default
    if len(cleaned) > max_length:
        stem, dot, ext = cleaned.rpartition(".")
        if dot and 0 < len(ext) <= 10:
            cleaned = stem[: max_length - len(ext) - 1] + "." + ext
        else:
            cleaned = cleaned[:max_length]
    return cleaned


def _zip_time(created: dt.datetime) -> tuple[int, int, int, int, int, int]:
    # The package's own creation time, as the wall-clock time it was written in; held to
    # what a zip can store (CREATEDATE in METS keeps the time as given).
    local = min(max(created.replace(tzinfo=None), _ZIP_EPOCH), _ZIP_END)
    return (local.year, local.month, local.day, local.hour, local.minute, local.second - local.second % 2)


def _dos_time(stamp: tuple[int, int, int, int, int, int]) -> tuple[int, int]:
    year, month, day, hour, minute, second = stamp
    return (hour << 11) | (minute << 5) | (second // 2), ((year - 1980) << 9) | (month << 5) | day


@functools.lru_cache(maxsize=64)
def _deflate_cached(digest: str, data: bytes) -> bytes:
    # Schemas are the same in every package and are most of its bytes: compress them once.
    return _deflate(data)


def _deflate(data: bytes) -> bytes:
    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush()


def write_zip(tree: PackageTree, sink: BinaryIO, created: dt.datetime) -> None:
    """Write the tree as a zip with a single root folder; same tree and time, same bytes.

    A small writer of our own (plain PKZIP 2.0: no zip64, no extra fields, UTF-8 names)
    so that every header field is fixed by us, and so that the identical schema files
    of every package are deflated once per process.
    """
    dos_time, dos_date = _dos_time(_zip_time(created))
    entries: list[tuple[str, bytes | None]] = [(f"{tree.root}/", None)]
    entries += [(f"{tree.root}/{folder}/", None) for folder in tree.folders()]
    entries += [(f"{tree.root}/{f.path}", f.data) for f in tree.files()]
    central: list[bytes] = []
    offset = 0
    for name, data in sorted(entries, key=lambda e: e[0]):
        encoded = name.encode("utf-8")
        if data is None:
            method, crc, payload, size, external = 0, 0, b"", 0, (_DIR_MODE << 16) | 0x10
        else:
            crc, size, external = zlib.crc32(data), len(data), _FILE_MODE << 16
            payload = _deflate_cached(hashlib.sha256(data).hexdigest(), data) if size >= 16384 else _deflate(data)
            method = 8
        fields = (20, 0x0800, method, dos_time, dos_date, crc, len(payload), size, len(encoded), 0)
        local = struct.pack("<IHHHHHIIIHH", 0x04034B50, *fields) + encoded
        sink.write(local)
        sink.write(payload)
        central.append(
            struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, (3 << 8) | 20, *fields, 0, 0, 0, external, offset) + encoded
        )
        offset += len(local) + len(payload)
    directory = b"".join(central)
    sink.write(directory)
    sink.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), len(directory), offset, 0))


def _write_bytes(path: Path, data: bytes) -> None:
    """Write one file (a seam for tests that simulate a full disk)."""
    with open(path, "wb") as handle:
        handle.write(data)


def _check_target(directory: Path, name: str) -> Path:
    if not directory.is_dir():
        raise PackageWriteError(f"output folder {directory} does not exist or is not a folder", path=str(directory))
    if not os.access(directory, os.W_OK | os.X_OK):
        raise PackageWriteError(f"output folder {directory} is not writable; choose another with -o", path=str(directory))
    target = directory / name
    if target.exists():
        raise PackageWriteError(f"{target} already exists; remove it or choose another output folder", path=str(target))
    return target


def _describe(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "no space left on device"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    return exc.strerror or str(exc)


def _temporary(directory: Path, name: str) -> Path:
    return directory / f".{name}.partial-{os.getpid()}"


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        try:
            path.unlink()
        except FileNotFoundError:
            pass


def write_directory(tree: PackageTree, directory: Path) -> Path:
    """Write the tree as ``directory/<root>/``: under a temporary name, renamed when complete."""
    target = _check_target(directory, tree.root)
    temporary = _temporary(directory, tree.root)
    _remove(temporary)
    try:
        temporary.mkdir()
        for folder in tree.folders():
            (temporary / folder).mkdir()
        for entry in tree.files():
            _write_bytes(temporary / entry.path, entry.data)
        os.rename(temporary, target)
    except OSError as exc:
        _remove(temporary)
        raise PackageWriteError(
            f"could not write package {tree.root} to {directory}: {_describe(exc)}; nothing was left behind",
            path=str(target),
        ) from exc
    except BaseException:
        _remove(temporary)
        raise
    return target


def write_zip_file(tree: PackageTree, path: Path, created: dt.datetime) -> Path:
    """Write the tree as a zip file at ``path``: under a temporary name, renamed when complete."""
    _check_target(path.parent, path.name)
    temporary = _temporary(path.parent, path.name)
    try:
        buffer = io.BytesIO()
        write_zip(tree, buffer, created)
        _write_bytes(temporary, buffer.getvalue())
        os.rename(temporary, path)
    except OSError as exc:
        _remove(temporary)
        raise PackageWriteError(
            f"could not write package {path}: {_describe(exc)}; nothing was left behind", path=str(path)
        ) from exc
    except BaseException:
        _remove(temporary)
        raise
    return path


def iter_paths(tree: PackageTree) -> Iterable[str]:
    return (f.path for f in tree.files())
