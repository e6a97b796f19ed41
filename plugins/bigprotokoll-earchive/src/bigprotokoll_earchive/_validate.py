"""Our own validator for E-ARK SIPs (folder or zip): every problem with its path.

What it checks, in order:

1. **Container**: a zip must unpack to a single root folder, with no absolute paths or
   ``..``; the root folder's name should equal the package OBJID.
2. **Structure**: ``METS.xml`` at the root; ``representations/<name>/METS.xml`` and
   ``data/`` for every representation; ``metadata/``, ``schemas/``, ``documentation/``.
3. **METS schema**: both METS files well-formed and valid against METS 1.12.1 with the
   CSIP/SIP extension attributes (see :mod:`._schemas`); the E-ARK root attributes.
4. **ID/IDREF integrity**: unique IDs; every FILEID, DMDID, ADMID and ``mptr/@xlink:title``
   names an existing ID.
5. **Files**: every ``file/FLocat`` and ``mdRef`` points inside the package at a file
   that exists, with the stated SIZE and SHA-256 CHECKSUM (a missing checksum is a
   problem too); every file in the package is referenced by a METS.

The community validator (eark-validator) checks the profile rules but never sizes,
checksums or that files exist; this one is the complement, not a replacement.
"""

from __future__ import annotations

import hashlib
import posixpath
import zipfile
from pathlib import Path
from typing import Iterable, Protocol
from urllib.parse import unquote, urlparse

import attrs
from lxml import etree

from ._mets import CSIP_NS, METS_NS, PROFILES, XLINK_NS
from ._schemas import mets_schema

__all__ = ["Problem", "claims", "validate_package"]

_HASHES = {"SHA-256": "sha256", "SHA-1": "sha1", "MD5": "md5", "SHA-384": "sha384", "SHA-512": "sha512"}


@attrs.frozen
class Problem:
    """One problem: the path inside the package it concerns ("" for the package as a
    whole, which the caller names), what is wrong, and a code."""

    path: str
    message: str
    code: str = "problem"

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class _Reader(Protocol):
    root_name: str

    def files(self) -> set[str]: ...

    def read(self, name: str) -> bytes: ...


class _FolderReader:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.root_name = folder.name
        self._files = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}

    def files(self) -> set[str]:
        return self._files

    def read(self, name: str) -> bytes:
        return (self.folder / name).read_bytes()


class _ZipReader:
    def __init__(self, archive: zipfile.ZipFile, root: str) -> None:
        self.archive = archive
        self.root_name = root
        prefix = root + "/"
        self._names = {n[len(prefix):]: n for n in archive.namelist() if n.startswith(prefix) and not n.endswith("/")}

    def files(self) -> set[str]:
        return set(self._names)

    def read(self, name: str) -> bytes:
        return self.archive.read(self._names[name])


def _line(element: etree._Element) -> int | None:
    line: object = element.sourceline
    return line if isinstance(line, int) else None


def claims(path: Path) -> bool:
    """True when ``path`` looks like an E-ARK package: a folder with METS.xml, or a zip of one."""
    path = Path(path)
    if path.is_dir():
        return (path / "METS.xml").is_file()
    if path.is_file() and zipfile.is_zipfile(path):
        try:
            with zipfile.ZipFile(path) as archive:
                return any(n.count("/") == 1 and n.endswith("/METS.xml") for n in archive.namelist())
        except (zipfile.BadZipFile, OSError):
            return False
    return False


def validate_package(path: Path) -> list[Problem]:
    """Every problem found in the package folder or zip at ``path`` (empty when valid)."""
    path = Path(path)
    if path.is_dir():
        return _Checker(_FolderReader(path)).run()
    if not path.exists():
        return [Problem("", "does not exist", "missing-package")]
    try:
        with zipfile.ZipFile(path) as archive:
            problems, root = _zip_layout(archive)
            if root is None:
                return problems
            return problems + _Checker(_ZipReader(archive, root)).run()
    except zipfile.BadZipFile:
        return [Problem("", "not a package: neither a zip file nor a package folder", "not-a-package")]


def _zip_layout(archive: zipfile.ZipFile) -> tuple[list[Problem], str | None]:
    problems: list[Problem] = []
    roots: set[str] = set()
    for name in archive.namelist():
        if name.startswith("/") or "\\" in name or ".." in name.split("/") or (len(name) > 1 and name[1] == ":"):
            problems.append(Problem(name, "unsafe path in zip (absolute, '..' or backslash)", "unsafe-path"))
            continue
        first, sep, _rest = name.partition("/")
        if not sep:
            problems.append(Problem(name, "file at the top of the zip: a package zip holds a single root folder", "zip-root"))
            continue
        roots.add(first)
    if len(roots) != 1:
        listing = ", ".join(sorted(roots)) or "none"
        problems.append(Problem("/", f"a package zip must hold a single root folder; found: {listing}", "zip-root"))
        return problems, None
    return problems, roots.pop()


class _Checker:
    def __init__(self, reader: _Reader) -> None:
        self.reader = reader
        self.files = reader.files()
        self.problems: list[Problem] = []
        self.referenced: set[str] = set()

    def add(self, path: str, message: str, code: str) -> None:
        self.problems.append(Problem(path, message, code))

    def run(self) -> list[Problem]:
        if "METS.xml" not in self.files:
            self.add("METS.xml", "missing: every package needs a METS.xml at its root", "missing-mets")
            return self.problems
        self.referenced.add("METS.xml")
        for folder in ("metadata", "schemas", "documentation", "representations"):
            if not any(f.startswith(folder + "/") for f in self.files):
                self.add(folder + "/", "missing folder (CSIP package structure)", "missing-folder")
        root = self.check_mets("METS.xml", package_level=True)
        if root is not None:
            objid = root.get("OBJID", "")
            if objid and objid != self.reader.root_name:
                self.add("/", f"root folder {self.reader.root_name!r} is not named after the OBJID {objid!r}", "root-name")
        for name in sorted(self.files - self.referenced):
            self.add(name, "file not referenced by any METS (unexpected or added file)", "unreferenced-file")
        return self.problems

    def check_mets(self, mets_path: str, *, package_level: bool) -> etree._Element | None:
        parser = etree.XMLParser(no_network=True, resolve_entities=False, huge_tree=False)
        try:
            document = etree.fromstring(self.reader.read(mets_path), parser)
        except etree.XMLSyntaxError as exc:
            self.add(mets_path, f"line {exc.lineno}: not well-formed XML: {exc.msg}", "mets-not-xml")
            return None
        schema = mets_schema()
        tree = etree.ElementTree(document)
        if not schema.validate(tree):
            for error in list(schema.error_log):  # type: ignore[call-overload,unused-ignore]
                self.add(mets_path, f"line {error.line}: schema: {error.message}", "mets-schema")
        if document.tag != f"{{{METS_NS}}}mets":
            self.add(mets_path, f"root element is {document.tag}, not mets:mets", "mets-root")
            return None
        self.check_root(mets_path, document)
        self.check_ids(mets_path, document)
        base = posixpath.dirname(mets_path)
        for element in document.iter(f"{{{METS_NS}}}file", f"{{{METS_NS}}}mdRef"):
            self.check_file_reference(mets_path, base, element)
        if package_level:
            reps = [e for e in document.iter(f"{{{METS_NS}}}mptr")]
            if not reps:
                self.add(mets_path, "no representation (structMap div with mptr)", "no-representation")
            for pointer in reps:
                target = self.resolve(mets_path, base, pointer.get(f"{{{XLINK_NS}}}href"), _line(pointer))
                if target is None:
                    continue
                if target not in self.files:
                    self.add(target, f"missing: representation METS referenced from {mets_path}", "missing-file")
                    continue
                self.referenced.add(target)
                rep_dir = posixpath.dirname(target)
                if not any(f.startswith(rep_dir + "/data/") for f in self.files):
                    self.add(rep_dir + "/data/", "missing: a representation holds its files in data/", "missing-folder")
                self.check_mets(target, package_level=False)
        return document

    def check_root(self, mets_path: str, root: etree._Element) -> None:
        if not root.get("OBJID"):
            self.add(mets_path, "mets/@OBJID is missing or empty", "csip")
        if root.get("PROFILE") not in PROFILES.values():
            self.add(mets_path, f"mets/@PROFILE {root.get('PROFILE')!r} is not an E-ARK SIP 2.1.0/2.2.0 profile", "csip")
        if not root.get("TYPE"):
            self.add(mets_path, "mets/@TYPE (content category) is missing", "csip")
        if not root.get(f"{{{CSIP_NS}}}CONTENTINFORMATIONTYPE"):
            self.add(mets_path, "mets/@csip:CONTENTINFORMATIONTYPE is missing", "csip")
        header = root.find(f"{{{METS_NS}}}metsHdr")
        if header is None:
            self.add(mets_path, "mets/metsHdr is missing", "csip")
            return
        if not header.get("CREATEDATE"):
            self.add(mets_path, "metsHdr/@CREATEDATE is missing", "csip")
        if header.get(f"{{{CSIP_NS}}}OAISPACKAGETYPE") != "SIP":
            self.add(mets_path, "metsHdr/@csip:OAISPACKAGETYPE is not SIP", "csip")
        software = [
            a for a in header.iter(f"{{{METS_NS}}}agent") if a.get("ROLE") == "CREATOR" and a.get("OTHERTYPE") == "SOFTWARE"
        ]
        if not software:
            self.add(mets_path, "metsHdr has no software agent (ROLE=CREATOR, OTHERTYPE=SOFTWARE)", "csip")
        struct_maps = root.findall(f"{{{METS_NS}}}structMap[@LABEL='CSIP']")
        if len(struct_maps) != 1:
            self.add(mets_path, f"expected one structMap with LABEL='CSIP', found {len(struct_maps)}", "csip")

    def check_ids(self, mets_path: str, root: etree._Element) -> None:
        ids: dict[str, int] = {}
        for element in root.iter():
            value = element.get("ID")
            if value is None:
                continue
            if value in ids:
                self.add(mets_path, f"line {_line(element)}: ID {value!r} also used on line {ids[value]}", "duplicate-id")
            else:
                ids[value] = _line(element) or 0
        for element in root.iter():
            refs: list[tuple[str, str]] = []
            for attribute in ("FILEID", "DMDID", "ADMID"):
                for value in (element.get(attribute) or "").split():
                    refs.append((attribute, value))
            if element.tag == f"{{{METS_NS}}}mptr" and element.get(f"{{{XLINK_NS}}}title"):
                refs.append(("xlink:title", element.get(f"{{{XLINK_NS}}}title", "")))
            for attribute, value in refs:
                if value not in ids:
                    self.add(
                        mets_path,
                        f"line {_line(element)}: {attribute}={value!r} names no ID in this METS",
                        "dangling-idref",
                    )

    def resolve(self, mets_path: str, base: str, href: str | None, line: int | None) -> str | None:
        if not href:
            self.add(mets_path, f"line {line}: reference without xlink:href", "bad-href")
            return None
        parsed = urlparse(href)
        if parsed.scheme or parsed.netloc or href.startswith("/"):
            self.add(mets_path, f"line {line}: href {href!r} points outside the package", "bad-href")
            return None
        joined = posixpath.normpath(posixpath.join(base, unquote(parsed.path)))
        if joined.startswith("../") or joined == "..":
            self.add(mets_path, f"line {line}: href {href!r} escapes the package", "bad-href")
            return None
        return joined

    def check_file_reference(self, mets_path: str, base: str, element: etree._Element) -> None:
        line = _line(element)
        if element.tag == f"{{{METS_NS}}}file":
            locations = element.findall(f"{{{METS_NS}}}FLocat")
            if not locations:
                self.add(mets_path, f"line {line}: file {element.get('ID')!r} has no FLocat", "bad-href")
                return
            href = locations[0].get(f"{{{XLINK_NS}}}href")
        else:
            href = element.get(f"{{{XLINK_NS}}}href")
        target = self.resolve(mets_path, base, href, line)
        if target is None:
            return
        self.referenced.add(target)
        if target not in self.files:
            self.add(target, f"missing: referenced from {mets_path} line {line}", "missing-file")
            return
        data = self.reader.read(target)
        size = element.get("SIZE")
        if size is None:
            self.add(target, f"no SIZE stated in {mets_path} line {line}", "no-size")
        elif size != str(len(data)):
            self.add(target, f"size is {len(data)} bytes, {mets_path} line {line} states {size}", "size-mismatch")
        checksum = element.get("CHECKSUM")
        algorithm = element.get("CHECKSUMTYPE")
        if not checksum or not algorithm:
            self.add(target, f"no CHECKSUM/CHECKSUMTYPE in {mets_path} line {line}", "no-checksum")
            return
        if algorithm not in _HASHES:
            self.add(target, f"unsupported CHECKSUMTYPE {algorithm!r} in {mets_path} line {line}", "no-checksum")
            return
        actual = hashlib.new(_HASHES[algorithm], data).hexdigest()
        if actual.lower() != checksum.lower():
            self.add(
                target,
                f"{algorithm} is {actual.upper()}, {mets_path} line {line} states {checksum} (file changed?)",
                "checksum-mismatch",
            )


def problems_as_lines(problems: Iterable[Problem]) -> list[str]:
    return [str(p) for p in problems]
