"""The short README in ``documentation/`` saying what the package holds."""

from __future__ import annotations

from typing import Sequence

__all__ = ["package_readme"]


def package_readme(
    *,
    package_id: str,
    title: str,
    profile: str,
    software: str,
    data_files: Sequence[tuple[str, str]],
    schema_files: Sequence[str],
    missing: Sequence[str],
    source_note: str,
) -> bytes:
    """Markdown text; ``data_files`` pairs each data path with what it is."""
    lines = [
        f"# {package_id}",
        "",
        f"E-ARK SIP (CSIP/SIP {profile}; FGS Paketstruktur 2.0 when 2.1.0) holding the minutes",
        f"\"{title}\", made by {software}.",
        "",
        "## Layout",
        "",
        "- `METS.xml`: the package METS (agents, references to every file with size and SHA-256).",
        "- `metadata/descriptive/dc.xml`: Dublin Core built from the parsed minutes.",
        "- `metadata/preservation/premis.xml`: PREMIS 3 for the package (fixity, creation event, software).",
        "- `representations/rep1/METS.xml`: the representation METS.",
        "- `representations/rep1/metadata/preservation/premis.xml`: PREMIS 3 for the data files",
        "  (fixity, the conversion event and its outcome, derivation from the source).",
        "- `representations/rep1/data/`:",
    ]
    lines += [f"  - `{path}`: {what}" for path, what in data_files]
    lines += ["- `schemas/`: " + ", ".join(f"`{name}`" for name in schema_files) + "."]
    lines += ["- `documentation/README.md`: this file.", ""]
    lines += ["## Notes", "", f"- {source_note}"]
    lines += [
        "- `xlink.xsd`, `DILCISExtensionMETS.xsd` and `DILCISExtensionSIPMETS.xsd` are minimal",
        "  restatements by bigprotokoll-earchive of the attributes the METS files use;",
        "  `mets.xsd` is METS 1.12.1 as published.",
        "- No PREMIS or Dublin Core schema is included (none was available to the exporter).",
    ]
    lines += [f"- Not included: {what}." for what in missing]
    return ("\n".join(lines) + "\n").encode("utf-8")
