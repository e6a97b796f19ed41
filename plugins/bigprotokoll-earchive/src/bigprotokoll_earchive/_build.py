"""Minutes -> the in-memory file tree of one E-ARK SIP.

Order matters because each METS checksums what it references: data files, then the
representation's PREMIS, then the representation METS, then the package's descriptive
and preservation metadata, documentation and schemas, and last the package METS.
"""

from __future__ import annotations

import datetime as dt
import io
import uuid
from typing import Sequence

import attrs

import bigprotokoll
from bigprotokoll.identity import meeting_iri
from bigprotokoll.model import Minutes

from . import _dc, _mets, _premis, _readme, _schemas
from ._package import PackageFile, PackageTree, safe_file_name
from .options import EarkSipOptions

__all__ = ["Derived", "SourceInput", "build_tree", "package_id_for"]

REP = "rep1"
REP_DIR = f"representations/{REP}"
SOFTWARE_NAME = "bigprotokoll-earchive"

#: Media types by extension, all in the IANA register (E-ARK validators check mdRef types).
_MEDIA_TYPES = {
    ".txt": "text/plain",
    ".md": "text/markdown",
    ".html": "text/html",
    ".htm": "text/html",
    ".pdf": "application/pdf",
    ".rtf": "application/rtf",
    ".doc": "application/msword",
    ".json": "application/json",
    ".jsonld": "application/ld+json",
    ".xml": "application/xml",
    ".xsd": "application/xml",
}
#: What a source file is, by its media type (PREMIS formatName).
_SOURCE_FORMATS = {
    "text/plain": "Plain text",
    "text/markdown": "Markdown",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Microsoft Word (Office Open XML)",
    "application/vnd.oasis.opendocument.text": "OpenDocument Text",
    "text/html": "HTML",
    "application/pdf": "PDF",
    "application/rtf": "Rich Text Format (RTF)",
    "application/msword": "Microsoft Word 97-2003 (binary)",
}
_FORMAT_NAMES = {
    "json": "bigprotokoll canonical JSON",
    "akn": "Akoma Ntoso 3.0 XML",
    "jsonld": "JSON-LD 1.1",
}


def package_id_for(minutes: Minutes, options: EarkSipOptions) -> str:
    """``options.package_id``, else ``uuid-`` + UUIDv5 of the meeting's IRI."""
    if options.package_id:
        return options.package_id
    iri = meeting_iri(minutes.body, minutes.meeting_date, options.base)
    return f"uuid-{uuid.uuid5(uuid.NAMESPACE_URL, iri)}"


@attrs.frozen
class SourceInput:
    """The source to include: its bytes, file name, whether it is the original, and its
    media type as the parser read it (a name's extension says more where it has one)."""

    data: bytes = attrs.field(repr=False)
    name: str
    original: bool
    media_type: str = "text/plain"


@attrs.frozen
class Derived:
    """One derived output: the exporter name, its bytes, file extension and media type."""

    exporter: str
    data: bytes = attrs.field(repr=False)
    extension: str
    media_type: str


def _media_type(path: str, fallback: str = "application/octet-stream") -> str:
    for extension, media_type in _MEDIA_TYPES.items():
        if path.endswith(extension):
            return media_type
    return fallback


def _software_version() -> str:
    from . import __version__

    return f"{__version__} (bigprotokoll {bigprotokoll.__version__})"


def build_tree(
    minutes: Minutes,
    options: EarkSipOptions,
    *,
    created: dt.datetime,
    source: SourceInput | None,
    derived: Sequence[Derived],
    missing: Sequence[str],
) -> PackageTree:
    """The whole package in memory (no I/O, no clock)."""
    package_id = package_id_for(minutes, options)
    iri = meeting_iri(minutes.body, minutes.meeting_date, options.base)
    when = _mets.format_datetime(created)
    version = _software_version()
    software = _premis.Software(SOFTWARE_NAME, version)
    tree = PackageTree(package_id)

    # 1. Data files.
    data: list[tuple[str, PackageFile]] = []
    premis_files: list[_premis.PremisFile] = []
    reserved = {"minutes.json"} | {f"minutes{d.extension}" for d in derived}
    source_id: str | None = None
    if source is not None:
        name = safe_file_name(source.name, default="minutes.txt")
        if name in reserved:
            name = f"source-{name}"
        media_type = _media_type(name, source.media_type)
        entry = tree.add(f"{REP_DIR}/data/{name}", source.data, media_type)
        source_id = f"data/{name}"
        data.append((source_id, entry))
        premis_files.append(
            _premis.PremisFile(
                source_id, entry, _SOURCE_FORMATS.get(media_type, "Plain text"), original_name=source.name if source.original else None
            )
        )
    outputs = [("json", bigprotokoll.dumps(minutes).encode("utf-8"), ".json", "application/json")]
    outputs += [(d.exporter, d.data, d.extension, d.media_type) for d in derived]
    for exporter, payload, extension, media_type in outputs:
        name = f"minutes{extension}"
        entry = tree.add(f"{REP_DIR}/data/{name}", payload, _media_type(name, media_type))
        href = f"data/{name}"
        data.append((href, entry))
        premis_files.append(
            _premis.PremisFile(href, entry, _FORMAT_NAMES.get(exporter, media_type), derived_from=source_id)
        )

    # 2. The representation's PREMIS.
    notes = [f"wrote {href}" for href, _ in data if href != source_id]
    notes += [f"not included: {what}" for what in missing]
    codes = sorted({d.code for d in minutes.diagnostics})
    if codes:
        notes.append(f"parser diagnostics: {len(minutes.diagnostics)} ({', '.join(codes)})")
    detail = (
        f"{SOFTWARE_NAME} {version} parsed the minutes and derived "
        + ", ".join(e for e, *_ in outputs)
        + (" from the original source file" if source is not None and source.original else "")
        + (" (the source text was re-rendered from the model: the original bytes were not supplied)" if source is not None and not source.original else "")
        + (" (no source text was available)" if source is None else "")
    )
    rep_premis = tree.add(
        f"{REP_DIR}/metadata/preservation/premis.xml",
        _premis.representation_premis(
            files=premis_files, source_id=source_id, software=software, when=when, detail=detail, outcome_notes=notes
        ),
        "application/xml",
    )

    # 3. The representation METS.
    label = minutes.title
    header = _mets.MetsHeader(
        objid=package_id,
        label=label,
        profile_url=_mets.PROFILES[options.profile],
        created=when,
        agents=_agents(minutes, options, version),
    )
    rep_mets = tree.add(
        f"{REP_DIR}/METS.xml",
        _mets.representation_mets(
            header,
            name=REP,
            preservation=[_mets.MetadataRef("metadata/preservation/premis.xml", rep_premis, "PREMIS")],
            data=data,
        ),
        "application/xml",
    )

    # 4. Package-level metadata, schemas and documentation.
    media_types = tuple(dict.fromkeys(entry.mime_type for _, entry in data))
    dc = tree.add(
        "metadata/descriptive/dc.xml",
        _dc.dublin_core(minutes, package_id=package_id, meeting_iri=iri, formats=media_types),
        "application/xml",
    )
    schema_files = dict(_schemas.package_schema_files())
    if any(d.exporter == "akn" for d in derived):
        schema_files.update(_schemas.akn_schema_files())
    schemas = [tree.add(f"schemas/{name}", payload, "application/xml") for name, payload in schema_files.items()]
    if source is None:
        source_note = "The original source file was not supplied; no source text is included."
    elif source.original:
        source_note = f"`data/{data[0][0][5:]}` is the original source file, byte for byte."
    else:
        source_note = (
            f"`data/{data[0][0][5:]}` was re-rendered from the parsed minutes: the original bytes were not supplied."
        )
    described = [(href, _FORMAT_NAMES.get(e, e)) for (href, _), (e, *_) in zip(data[-len(outputs):], outputs)]
    if source is not None:
        described.insert(0, (source_id or "", "the source text"))
    readme = tree.add(
        "documentation/README.md",
        _readme.package_readme(
            package_id=package_id,
            title=minutes.title,
            profile=options.profile,
            software=f"{SOFTWARE_NAME} {version}",
            data_files=described,
            schema_files=list(schema_files),
            missing=missing,
            source_note=source_note,
        ),
        "text/markdown",
    )
    package_level = [
        _premis.PremisFile(dc.path, dc, "Dublin Core XML"),
        _premis.PremisFile(readme.path, readme, "Markdown"),
        *(_premis.PremisFile(s.path, s, "XML Schema") for s in schemas),
    ]
    pkg_premis = tree.add(
        "metadata/preservation/premis.xml",
        _premis.package_premis(
            representation_ids=[REP_DIR], files=package_level, software=software, when=when, package_id=package_id
        ),
        "application/xml",
    )

    # 5. The package METS, last: it checksums everything above.
    tree.add(
        "METS.xml",
        _mets.package_mets(
            header,
            descriptive=[_mets.MetadataRef(dc.path, dc, "DC")],
            preservation=[_mets.MetadataRef(pkg_premis.path, pkg_premis, "PREMIS")],
            documentation=[readme],
            schemas=schemas,
            representations=[(REP, rep_mets)],
        ),
        "application/xml",
    )
    return tree


def _agents(minutes: Minutes, options: EarkSipOptions, version: str) -> tuple[_mets.Agent, ...]:
    creator = options.archival_creator or minutes.body
    creator_id = options.archival_creator_id
    submitter = options.submitter or creator
    submitter_id = options.submitter_id
    if submitter_id is None:
        # CSIP wants exactly one note per CREATOR agent; without a given code, our IRI is
        # one: the IRI the JSON-LD and AKN files in the package give that organisation
        # (aliases applied, kept apart from a minutes' organisation that shares its slug).
        from bigprotokoll.identity import distinct_iris, organisation_iri, parse_aliases

        names = [minutes.body, *minutes.organisations(), submitter]
        iris = distinct_iris(names, lambda n: organisation_iri(n, options.base), parse_aliases(options.aliases))
        submitter_id = iris[submitter]
    agents = [
        _mets.Agent("CREATOR", "OTHER", SOFTWARE_NAME, version, "SOFTWARE VERSION", other_type="SOFTWARE"),
        _mets.Agent("CREATOR", "ORGANIZATION", submitter, submitter_id, "IDENTIFICATIONCODE"),
        _mets.Agent(
            "ARCHIVIST", "ORGANIZATION", creator, creator_id, "IDENTIFICATIONCODE" if creator_id else None
        ),
    ]
    return tuple(agents)


def zip_bytes(tree: PackageTree, created: dt.datetime) -> bytes:
    from ._package import write_zip

    buffer = io.BytesIO()
    write_zip(tree, buffer, created)
    return buffer.getvalue()
