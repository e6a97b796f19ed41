"""Stage 1: logical lines, layout and page furniture."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bigprotokoll import FurnitureKind
from bigprotokoll.parse.diagnostics import Diagnostics
from bigprotokoll.parse.lines import clean_markdown, furniture_kind, split_lines, squeeze


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("BIG BROTTSFÖREBYGGARNA I GÄVLE", FurnitureKind.LETTERHEAD),
        ("803 25 Gävle. Besöksadress: Nynäs Herrgård, Gavlegränd 2", FurnitureKind.LETTERHEAD),
        ("Tfn 026-17 80 00 (vx), 026-17 99 34 Fax 026-17 99 40", FurnitureKind.LETTERHEAD),
        ("www.gavle/big.se", FurnitureKind.LETTERHEAD),
        ("[www.gavle/big.se](http://www.gavle/big.se)", FurnitureKind.LETTERHEAD),
        ("Sida 1 av 2", FurnitureKind.PAGE_NUMBER),
        ("1 (3)", FurnitureKind.PAGE_NUMBER),
        ("BIG är en del av arbetet", None),
        ("Se www.gavle.se för mer", None),
        ("2 miljoner kronor (3)", None),
        ("Justerandes sign", FurnitureKind.PAGE_FOOTER),
        ("Justerandes sign\tUtdragsbestyrkande", FurnitureKind.PAGE_FOOTER),
        ("Ordförandes sign.   Justerandes signatur   Utdragsbestyrkande", FurnitureKind.PAGE_FOOTER),
        ("| Justerandes sign | Utdragsbestyrkande |", FurnitureKind.PAGE_FOOTER),
        ("Justerandes sign ________  Utdragsbestyrkande ______", FurnitureKind.PAGE_FOOTER),
        ("Justerandes sign: Ida Ek", None),
        ("Utdragsbestyrkande skickas till kommunen.", None),
        ("| Ida Ek | Polisen |", None),
        ("Sida 1 (3)", FurnitureKind.PAGE_NUMBER),
        ("Sida 2", FurnitureKind.PAGE_NUMBER),
        ("Sida 2 i rapporten visar läget.", None),
        ("§ 77 forts.", FurnitureKind.LETTERHEAD),
        ("§ 77 (forts.)", FurnitureKind.LETTERHEAD),
        ("§77 Taxa för vatten och avlopp (forts)", FurnitureKind.LETTERHEAD),
        ("§ 77 Taxa, fortsättning", FurnitureKind.LETTERHEAD),
        ("§ 77 Fortsatt arbete med planen", None),
        ("§ 77 Taxa för vatten", None),
    ],
)
def test_furniture_patterns(line: str, kind: FurnitureKind | None) -> None:
    assert furniture_kind(line) is kind


@pytest.mark.parametrize(
    ("raw", "text", "level"),
    [
        ("### **§ 6 Aktuellt**", "§ 6 Aktuellt", 3),
        ("#### Utbildning Gävle", "Utbildning Gävle", 4),
        ("- **Avhopparverksamhet**", "- Avhopparverksamhet", 0),
        ("och *utgör en grund* att", "och utgör en grund att", 0),
        ("BIG:s \\- arbete", "BIG:s - arbete", 0),
        ("a **b** c __d__", "a b c d", 0),
        ("Sekreterare\t______________", "Sekreterare\t______________", 0),  # marks alone: a line to sign on
        ("______ Ida", "______ Ida", 0),
        ("- Första punkten\\", "- Första punkten", 0),  # a hard line break (pandoc): the line ends
        ("C:\\\\", "C:\\", 0),  # an escaped backslash at the end stays
        ("* _Sommaruppehåll_ från midsommar", "* Sommaruppehåll från midsommar", 0),  # one underscore a side
        ("**_Obs:_** mötet flyttas", "Obs: mötet flyttas", 0),
        ("rapport_2024_final.pdf och snake_case", "rapport_2024_final.pdf och snake_case", 0),  # inside words: none
        ("Ordförande _______ Sekreterare _______", "Ordförande _______ Sekreterare _______", 0),  # lines to sign on
    ],
)
def test_markdown_marks_are_removed(raw: str, text: str, level: int) -> None:
    assert clean_markdown(raw) == (text, level)


def test_plain_text_breaks_at_blank_lines() -> None:
    lines, furniture, layout = split_lines("a\nb\n\nc\n", Diagnostics())
    assert [(l.text, l.brk) for l in lines] == [("a", True), ("b", False), ("c", True)]
    assert not layout.pdf and not furniture


def test_pdf_text_breaks_only_at_whitespace_lines() -> None:
    text = "Rad ett \n\nrad två \n\n \n\nNytt stycke \n\nslut. \n\n \n"
    lines, _, layout = split_lines(text, Diagnostics())
    assert layout.pdf
    assert [(l.text, l.brk) for l in lines] == [
        ("Rad ett", True), ("rad två", False), ("Nytt stycke", True), ("slut.", False)
    ]


def test_furniture_inside_a_sentence_is_set_aside_and_the_sentence_joined() -> None:
    text = "Arbetet fortsätter med\n\nBIG BROTTSFÖREBYGGARNA I GÄVLE\n\nwww.gavle/big.se\n\nstor kraft.\n"
    diagnostics = Diagnostics()
    lines, furniture, _ = split_lines(text, diagnostics)
    assert [l.text for l in lines] == ["Arbetet fortsätter med", "stor kraft."]
    assert lines[1].brk is False
    assert [f.line for f in furniture] == [3, 5]
    assert any(d.code == "furniture-joined" for d in diagnostics.items)


@pytest.mark.parametrize("gap", ["\t", "    "])
@pytest.mark.parametrize("page", ["Sida 1 (3)", "1 (3)", "Sida 2 av 5"])
def test_a_page_number_in_a_letterheads_last_column_is_furniture(gap: str, page: str) -> None:
    lines, furniture, _ = split_lines(f"SAMMANTRÄDESPROTOKOLL{gap}{page}\nSocialnämnden  2 (3)x\n", Diagnostics())
    assert [line.text for line in lines] == ["SAMMANTRÄDESPROTOKOLL", "Socialnämnden  2 (3)x"]
    assert [(f.text, f.kind, f.line) for f in furniture] == [(page, FurnitureKind.PAGE_NUMBER, 1)]


@pytest.mark.parametrize("gap", ["\t", "    "])
@pytest.mark.parametrize("number", ["1 (2)", "- 1 -"])
def test_a_page_label_in_the_last_column_with_its_number_below_is_furniture(gap: str, number: str) -> None:
    """"PROTOKOLLSUTDRAG<TAB>Sida" / "<TAB>1 (2)": a cell of two lines, as a PDF's text has it."""
    lines, furniture, _ = split_lines(f"NORRVIKS KOMMUN{gap}PROTOKOLLSUTDRAG{gap}Sida\n{gap}{gap}{number}\nSocialnämnden\n", Diagnostics())
    assert [line.text for line in lines] == [f"NORRVIKS KOMMUN{gap}PROTOKOLLSUTDRAG", "Socialnämnden"]
    assert [(f.text, f.kind, f.line) for f in furniture] == [
        ("Sida", FurnitureKind.PAGE_NUMBER, 1), (number, FurnitureKind.PAGE_NUMBER, 2)
    ]


@pytest.mark.parametrize("line", ["Protokollet justeras på sida", "Läs mer på\tSida\nSocialnämnden", "Läs mer på\tSida\n1 av 2"])
def test_a_page_label_without_its_number_below_stays_text(line: str) -> None:
    lines, furniture, _ = split_lines(f"{line}\nText.\n", Diagnostics())
    assert furniture == [] and "\n".join(l.text for l in lines).startswith(line.split("\n")[0])


@pytest.mark.parametrize("rule", ["---", "* * *", "-" * 72, "___"])
def test_a_markdown_thematic_break_is_no_text(rule: str) -> None:
    diagnostics = Diagnostics()
    lines, _, _ = split_lines(f"# Protokoll\n\nText.\n\n{rule}\n\n**Vid protokollet:** Ida Ek\n", diagnostics)
    assert [line.text for line in lines] == ["Protokoll", "Text.", "Vid protokollet: Ida Ek"]
    assert [(d.code, d.line) for d in diagnostics.sorted()] == [("markdown-rule", 5)]


def test_dashes_right_under_a_line_are_no_thematic_break() -> None:
    """A setext heading's underline, or a line to sign on under a label: kept."""
    lines, _, _ = split_lines("# Protokoll\n\nVid protokollet\n---------------\nIda Ek\n", Diagnostics())
    assert "---------------" in [line.text for line in lines]


def test_furniture_between_paragraphs_keeps_the_break() -> None:
    lines, _, _ = split_lines("Slut.\n\nSida 1 av 2\n\nNästa stycke.\n", Diagnostics())
    assert lines[1].brk is True


def test_a_markdown_table_becomes_tab_separated_rows_and_its_rule_a_diagnostic() -> None:
    text = "| Namn | Organisation |\n|:-----|------:|\n| **Ida Ek** | Polisen |\n| Bo Lund \\| Berg | |\n"
    diagnostics = Diagnostics()
    lines, _, _ = split_lines(text, diagnostics)
    assert [(l.no, l.text, l.brk) for l in lines] == [
        (1, "Namn\tOrganisation", True), (3, "Ida Ek\tPolisen", True), (4, "Bo Lund | Berg", True)
    ]
    assert [(d.code, d.line) for d in diagnostics.items] == [("markdown-table", 2)]


def test_a_grid_table_becomes_rows_and_its_borders_diagnostics() -> None:
    text = "+----+----+\n| Namn | Organisation |\n+====+====+\n| Ida Ek | Polisen |\n+----+----+\n"
    diagnostics = Diagnostics()
    lines, _, _ = split_lines(text, diagnostics)
    assert [(l.no, l.text) for l in lines] == [(2, "Namn\tOrganisation"), (4, "Ida Ek\tPolisen")]
    assert [(d.code, d.line) for d in diagnostics.items] == [("markdown-table", n) for n in (1, 3, 5)]


def test_a_line_right_after_a_table_starts_a_paragraph() -> None:
    """With no blank line after the table, the next line is no part of its last row (GFM
    reads it as a row of its own), and the line after that joins it as usual."""
    text = "| Sätra | 17 |\n|---|---|\n| Norr | 4 |\nPolisen: Färre anmälningar\ni centrum.\n"
    lines, _, _ = split_lines(text, Diagnostics())
    assert [(l.no, l.text, l.brk) for l in lines] == [
        (1, "Sätra\t17", True), (3, "Norr\t4", True), (4, "Polisen: Färre anmälningar", True), (5, "i centrum.", False)
    ]


@pytest.mark.parametrize(
    "text", ["|---|---|\n", "Text\n|---|---|\n", "| ett |\n|---|\n", "|\n", "| |\n", "+---+---+\n", "| a | b |\n+ 1 +\n"]
)
def test_a_rule_or_pipe_that_is_no_table_stays_text(text: str) -> None:
    diagnostics = Diagnostics()
    lines, _, _ = split_lines(text, diagnostics)
    assert len(lines) == text.count("\n") and not diagnostics.items


@given(st.text(alphabet=st.sampled_from(list("ab \t\n\xa0\u2009\u3000\x1f.")), max_size=20))
def test_squeeze_is_split_and_join(text: str) -> None:
    assert squeeze(text) == " ".join(text.split())


def test_the_signature_boxes_at_each_page_foot_are_set_aside_and_the_sentence_joined() -> None:
    """PDF text of formal minutes: the boxes under every page cut a sentence in two."""
    text = "§ 1 Ekonomi\n\nBudgeten för\nJusterandes sign\tUtdragsbestyrkande\n2 (3)\nhösten godkändes.\n"
    diagnostics = Diagnostics()
    lines, furniture, _ = split_lines(text, diagnostics)
    assert [(f.kind, f.line) for f in furniture] == [(FurnitureKind.PAGE_FOOTER, 4), (FurnitureKind.PAGE_NUMBER, 5)]
    assert [(line.text, line.brk) for line in lines] == [("§ 1 Ekonomi", True), ("Budgeten för", True), ("hösten godkändes.", False)]


LONG = (
    "Arvid Nordin gav en lägesbild över brottsutvecklingen i kommunen under vintern, och antalet anmälda "
    "bostadsinbrott har minskat jämfört med samma period förra året."
)


def test_text_saved_by_a_word_processor_has_a_paragraph_on_each_line() -> None:
    """No blank line, and a line longer than a page's: each line is a paragraph (but a line
    going on in lower case after no sentence's end, a line break inside one)."""
    text = f"Protokoll\n§ 1 Lägesbild\n{LONG}\nLedningsgruppen diskuterade\ninsatserna under lovet.\nKlara Hedlund\n"
    lines, _, layout = split_lines(text, Diagnostics())
    assert layout.unwrapped
    assert [line.brk for line in lines] == [True, True, True, True, False, True]


@pytest.mark.parametrize(
    "text",
    [
        f"Protokoll\n\n§ 1 Lägesbild\n{LONG}\nKlara Hedlund\n",  # a blank line: paragraphs are marked
        "Protokoll\n§ 1 Lägesbild\nArvid Nordin gav en lägesbild.\nKlara Hedlund\n",  # lines a page could hold
    ],
)
def test_other_text_without_blank_lines_is_not_taken_for_it(text: str) -> None:
    lines, _, layout = split_lines(text, Diagnostics())
    assert not layout.unwrapped
    assert not lines[-1].brk


HEAD = "Norrviks kommun\tSAMMANTRÄDESPROTOKOLL\tSida 1 (3)\nSocialnämnden\tSammanträdesdatum\n\t2024-05-21\n"
RUN_ON = "Norrviks kommun\tSAMMANTRÄDESPROTOKOLL\tSida 2 (3)\nSocialnämnden\tSammanträdesdatum\n\t2024-05-21\n"


def test_the_first_pages_head_run_on_a_later_page_is_furniture_and_the_sentence_joined() -> None:
    """PDF text of a letterhead printed on every page: the first is the title; the others,
    inside a sentence, are set aside and the sentence goes on."""
    text = HEAD + "\n§ 2 Ekonomi\n\nFörvaltningen redovisade. Nämnden\n" + RUN_ON + "beslutar att lägga den till handlingarna.\n"
    diagnostics = Diagnostics()
    lines, furniture, _ = split_lines(text, diagnostics)
    assert [l.text for l in lines][-2:] == ["Förvaltningen redovisade. Nämnden", "beslutar att lägga den till handlingarna."]
    assert lines[-1].brk is False
    assert [(f.text, f.kind, f.line) for f in furniture] == [
        ("Sida 1 (3)", FurnitureKind.PAGE_NUMBER, 1),
        ("Sida 2 (3)", FurnitureKind.PAGE_NUMBER, 8),
        ("Norrviks kommun\tSAMMANTRÄDESPROTOKOLL", FurnitureKind.LETTERHEAD, 8),
        ("Socialnämnden\tSammanträdesdatum", FurnitureKind.LETTERHEAD, 9),
        ("2024-05-21", FurnitureKind.LETTERHEAD, 10),
    ]
    assert [(d.code, d.line) for d in diagnostics.items if d.code == "running-head"] == [("running-head", 8)]


@pytest.mark.parametrize(
    "later",
    [
        "Socialnämnden\tSammanträdesdatum\n\t2024-05-21\n",  # not from the head's first line on
        "Norrviks kommun\tSocialnämnden\tSida 2 (3)\nEkonomi\n",  # a page number, but no kind of document
    ],
)
def test_lines_like_part_of_the_head_are_no_running_head(later: str) -> None:
    lines, furniture, _ = split_lines(HEAD + "\n§ 2 Ekonomi\n\n" + later, Diagnostics())
    assert [f.kind for f in furniture if f.kind is FurnitureKind.LETTERHEAD] == []


@pytest.mark.parametrize(
    "later", ["Norrviks kommun\tSAMMANTRÄDESPROTOKOLL\tSida 2 (3)", "Socialnämnden    Sammanträdesprotokoll 2024-05-21    Sida 2 av 3"]
)
def test_a_later_pages_head_that_names_the_document_is_furniture(later: str) -> None:
    """Not as the first page's head ran (a compact head on later pages), but with the page
    number and the kind of document: furniture, and the sentence it broke goes on."""
    diagnostics = Diagnostics()
    lines, furniture, _ = split_lines(HEAD + "\n§ 2 Ekonomi\n\nNämnden\n" + later + "\nbeslutar att lägga den till handlingarna.\n", diagnostics)
    assert [l.text for l in lines][-2:] == ["Nämnden", "beslutar att lägga den till handlingarna."] and lines[-1].brk is False
    assert [f.kind for f in furniture][-2:] == [FurnitureKind.PAGE_NUMBER, FurnitureKind.LETTERHEAD]
    assert ("running-head", HEAD.count("\n") + 5) in [(d.code, d.line) for d in diagnostics.items]
    first, _, _ = split_lines("SAMMANTRÄDESPROTOKOLL\tSida 5 (9)\nSocialnämnden\n", Diagnostics())  # an extract's first page
    assert first[0].text == "SAMMANTRÄDESPROTOKOLL"


def test_a_one_line_head_runs_on_when_it_has_columns() -> None:
    text = "Norrviks kommun\tPROTOKOLL\tSida 1 (2)\n\nText.\n\nNorrviks kommun\tPROTOKOLL\tSida 2 (2)\n\nMer.\n"
    lines, furniture, _ = split_lines(text, Diagnostics())
    assert [l.text for l in lines] == ["Norrviks kommun\tPROTOKOLL", "Text.", "Mer."]
    assert [f.text for f in furniture] == ["Sida 1 (2)", "Sida 2 (2)", "Norrviks kommun\tPROTOKOLL"]
    plain, furniture, _ = split_lines("Protokoll BIG 2024-01-15\n\nText.\n\nProtokoll BIG 2024-01-15\n", Diagnostics())
    assert (len(plain), furniture) == (3, [])  # a title repeated further down: text
