"""Stage 0g: old Word documents (.doc, Word 97-2003) read from their piece table."""

from __future__ import annotations

import struct

import pytest

import bigprotokoll
from bigprotokoll.errors import EmptyInputError, EncodingError
from bigprotokoll.model import FurnitureKind
from bigprotokoll.parse.cfb import read_streams
from bigprotokoll.parse.doc import DOC_MEDIA_TYPE, is_doc, read_doc
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
