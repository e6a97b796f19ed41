"""Stage 0g: old Word documents (.doc, Word 97-2003) read from their piece table."""

from __future__ import annotations

import struct

import pytest

import bigprotokoll
from bigprotokoll.errors import EmptyInputError, EncodingError
from bigprotokoll.model import FurnitureKind
from bigprotokoll.parse.cfb import read_streams
from bigprotokoll.parse import docprops
from bigprotokoll.parse.doc import DOC_MEDIA_TYPE, is_doc, read_doc
from bigprotokoll.parse.office import ListLevel
from bigprotokoll.testing.doc import compound_file, doc, field, par, row

HEAD = par("Protokoll fört vid ledningsgruppsmöte BIG 2024-03-14")


@pytest.mark.parametrize("mini", [False, True])
def test_paragraphs_tables_line_breaks_and_fields_come_out_as_a_conversion_writes_them(mini: bool) -> None:
    text = read_doc(
        doc(
            par("Närvarande:") + row("Ida Ek", "Polisen") + row("Bo Lund", "BIG")
            + par("Se " + field(' HYPERLINK "http://x" ', "bilagan") + " sidan " + field("PAGE") + ".\nNy rad\tefter tabb")
            + par("Yttre " + field("IF " + field("PAGE", "1") + " = 1 ", "resultat") + " klart"),
            mini=mini,
        )
    ).text
    assert text.split("\n\n") == [
        "Närvarande:", "Ida Ek\tPolisen", "Bo Lund\tBIG", "Se bilagan sidan .\nNy rad\tefter tabb", "Yttre resultat klart"
    ]


def test_characters_of_both_kinds_of_piece() -> None:
    """The first piece one byte a character (cp1252), the rest UTF-16; a character beyond
    U+FFFF is two positions."""
    text = read_doc(doc(par("Åsa Öberg – ”citat” 🙂 och") + par("Ελληνικά 🙂 sist"))).text
    assert text.split("\n\n") == ["Åsa Öberg – ”citat” 🙂 och", "Ελληνικά 🙂 sist"]


def test_text_boxes_and_notes_follow_the_text_and_headers_are_furniture() -> None:
    data = doc(
        HEAD + par("§ 1 Öppnande") + par("Mötet öppnades."), footnotes=par("Bilaga 2."), textboxes=par("I rutan."),
        header=("Gävle kommun",), footer=("Sida 1 av 1",),
    )
    minutes = bigprotokoll.parse_bytes(data, source_name="protokoll.doc")
    assert [p.text for p in minutes.items[0].paragraphs] == ["Mötet öppnades.", "I rutan.", "Bilaga 2."]
    assert [(f.text, f.kind) for f in minutes.furniture] == [
        ("Gävle kommun", FurnitureKind.LETTERHEAD), ("Sida 1 av 1", FurnitureKind.PAGE_NUMBER)
    ]
    assert (minutes.source.media_type, minutes.source.name) == (DOC_MEDIA_TYPE, "protokoll.doc")


def test_an_encrypted_document_is_refused_with_what_to_do() -> None:
    with pytest.raises(EncodingError, match="encrypted"):
        bigprotokoll.parse_bytes(doc(HEAD, encrypted=True), source_name="låst.doc")


def test_a_word_95_document_is_refused_with_what_to_do() -> None:
    data = bytearray(doc(HEAD))
    streams = read_streams(bytes(data), {"WordDocument", "1Table"})
    word = bytearray(streams["WordDocument"])
    struct.pack_into("<H", word, 2, 0x0065)  # nFib of Word 95
    with pytest.raises(EncodingError, match="Word 95"):
        read_doc(compound_file({"WordDocument": bytes(word), "1Table": streams["1Table"]}, mini=False))


def test_another_compound_file_is_no_word_document() -> None:
    workbook = compound_file({"Workbook": b"\x09\x08" + b"\0" * 5000}, mini=False)
    assert is_doc(workbook)
    with pytest.raises(EncodingError, match="without a WordDocument stream"):
        bigprotokoll.parse_bytes(workbook, source_name="kalkyl.xls")


def test_a_document_without_text_is_refused() -> None:
    with pytest.raises(EmptyInputError) as caught:
        bigprotokoll.parse_bytes(doc(par("") + row("", "")), source_name="tom.doc")
    assert str(caught.value).startswith("tom.doc")


def test_a_loop_in_a_sector_chain_is_damage_not_a_hang() -> None:
    data = bytearray(doc(HEAD))
    first_fat = struct.unpack_from("<I", data, 0x4C)[0]
    fat_at = (first_fat + 1) * 512
    struct.pack_into("<I", data, fat_at, 0)  # sector 0 follows itself
    with pytest.raises(EncodingError, match="broken sector chain"):
        bigprotokoll.parse_bytes(bytes(data), source_name="trasig.doc")


def _level(start: int, nfc: int, text: str) -> bytes:
    """An LVL: its LVLF (start, number format; no property lists), then its number text."""
    return struct.pack("<iB", start, nfc) + bytes(19) + bytes(4) + struct.pack("<H", len(text)) + text.encode("utf-16-le")


def test_list_formats_that_restart_or_reformat_a_level_are_read() -> None:
    """PlfLfo's LFOData ([MS-DOC] 2.9.140): after the LFOs, each one's cp and level
    overrides (LFOLVL: a start with fStartAt, a whole level with fFormatting)."""
    lst = struct.pack("<h", 1) + struct.pack("<i", 7) + bytes(22) + bytes([0x01, 0]) + _level(1, 0, "\x00.")
    lfos = [struct.pack("<i", 7) + bytes(8) + bytes([clfolvl, 0, 0, 0]) for clfolvl in (0, 1, 1)]
    data = (
        struct.pack("<I", 0xFFFFFFFF)  # LFO 1: no overrides
        + struct.pack("<I", 0xFFFFFFFF) + struct.pack("<iI", 1, 0x10)  # LFO 2: level 0 starts again at 1
        + struct.pack("<I", 0xFFFFFFFF) + struct.pack("<iI", 5, 0x30) + _level(5, 1, "\x00)")  # LFO 3: its own format
    )
    plf_lfo = struct.pack("<I", 3) + b"".join(lfos) + data
    table = lst + plf_lfo
    word = bytearray(0x300)
    struct.pack_into("<II", word, 0x2E2, 0, len(lst))
    struct.pack_into("<II", word, 0x2EA, len(lst), 4 + 16 * 3)
    lists, formats = docprops._lists(bytes(word), table)
    assert lists == {7: {0: ListLevel("decimal", "%1.", 1)}}
    assert [(f.lsid, f.starts, f.levels) for f in formats] == [
        (7, {}, {}), (7, {0: 1}, {}), (7, {0: 5}, {0: ListLevel("upperRoman", "%1)", 5)}),
    ]
