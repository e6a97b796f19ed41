"""Stage 3c and the whole parse: items, headings, subsections, signatures, next meeting."""

from __future__ import annotations

import datetime as dt

import pytest

from bigprotokoll import parse_text
from bigprotokoll.errors import NotMinutesError

HEAD = "2022-01-20\n\nProtokoll fört vid ledningsgruppsmöte BIG 2022-01-18\n\nNärvarande:\n\nIda Ek\tPolisen\nBo Lund\tBIG\n\n"


def parse(body: str) -> object:
    return parse_text(HEAD + body)


@pytest.mark.parametrize(
    "heading_line",
    [
        "§ 4 Stadsdelslyftet", "§4 Stadsdelslyftet", "### **§ 4 Stadsdelslyftet**", "§ 4. Stadsdelslyftet",
        "§ 4 – Stadsdelslyftet", "§ 4 - Stadsdelslyftet",
    ],
)
def test_heading_forms(heading_line: str) -> None:
    m = parse(f"{heading_line}\n\nText.\n")
    assert [(i.number, i.heading) for i in m.items] == [(4, "Stadsdelslyftet")]  # type: ignore[attr-defined]


@pytest.mark.parametrize("prefix", ["KS", "KSAU", "BUN", "MBN", "KS-AU", "Kf"])
def test_a_bodys_short_name_before_the_paragraph_sign(prefix: str) -> None:
    m = parse(f"{prefix} § 51\tDnr KS 2024/0087\nGodkännande av föredragningslista\nListan godkänns.\n\n"
              f"{prefix} § 52 Budget\nText.\n")
    assert [(i.number, i.heading) for i in m.items] == [(51, "Godkännande av föredragningslista"), (52, "Budget")]  # type: ignore[attr-defined]
    assert m.items[0].paragraphs[0].text == "Dnr KS 2024/0087"  # type: ignore[attr-defined]
    notes = [d.message for d in m.diagnostics if d.code == "item-prefix"]  # type: ignore[attr-defined]
    assert len(notes) == 2 and all(f"{prefix!r} before the §" in note for note in notes)


@pytest.mark.parametrize("line", ["Se § 4 ovan.", "Enligt § 4 gäller detta.", "KS § 51–53", "ABCDEFGH § 4 Rubrik"])
def test_a_word_before_a_paragraph_sign_that_is_no_bodys_name_starts_no_item(line: str) -> None:
    m = parse(f"§ 1 Öppnande\nText.\n\n{line}\n")
    assert [i.number for i in m.items] == [1]  # type: ignore[attr-defined]
    assert line in " ".join(p.text for p in m.items[0].paragraphs)  # type: ignore[attr-defined]


def test_a_table_of_contents_is_no_list_of_items() -> None:
    m = parse(
        "Innehållsförteckning\n§ 34 Val av justerare ........ 2\n§ 35 Dagordning …… 2\n\n"
        "§ 34 Val av justerare\nIda Ek väljs.\n\n§ 35 Dagordning\nGodkänns.\n"
    )
    assert [(i.number, i.heading) for i in m.items] == [(34, "Val av justerare"), (35, "Dagordning")]  # type: ignore[attr-defined]
    assert [p.text for p in m.preamble] == [  # type: ignore[attr-defined]
        "Innehållsförteckning", "§ 34 Val av justerare ........ 2", "§ 35 Dagordning …… 2"  # an entry a paragraph
    ]


def test_heading_wrapped_over_two_lines() -> None:
    m = parse("§ 4 Lars och Pia beskriver arbetet kring den nya\nsocialtjänstlagen\nLars och Pia beskriver.\n")
    item = m.items[0]  # type: ignore[attr-defined]
    assert item.heading == "Lars och Pia beskriver arbetet kring den nya socialtjänstlagen"
    assert item.paragraphs[0].text == "Lars och Pia beskriver."


def test_a_line_a_label_leads_after_a_sentence_is_a_paragraph_of_its_own() -> None:
    """"Åtgärd: Patrik Lind skickar ..." on its own line under a paragraph, no blank line
    between: a paragraph of its own, so its lead gives the task. A label's line that goes on
    a sentence (no sentence's end before it), or a time, joins the paragraph."""
    m = parse_text(
        "Protokoll BIG 2025-11-04\n\nNärvarande:\nPatrik Lind\tPolisen\n\n§ 3 Överenskommelser\n\n"
        "Samtliga har undertecknat.\nÅtgärd: Patrik Lind skickar ut mallen.\nMötet gick vidare med\nfrågan: vem ansvarar?\n"
        "Vi ses igen.\nKl. 13:00 börjar nästa.\n"
    )
    item = m.items[0]
    assert [p.text for p in item.paragraphs] == [
        "Samtliga har undertecknat.", "Åtgärd: Patrik Lind skickar ut mallen. Mötet gick vidare med frågan: vem ansvarar? Vi ses igen. Kl. 13:00 börjar nästa.",
    ]
    assert [a.assignee for a in item.assignments] == ["Patrik Lind"]
    # a label's line after another ("Ansvarig: ..." / "Klart till: ..."): each a paragraph
    m = parse_text(
        "Protokoll BIG 2025-11-04\n\nNärvarande:\nMaja Lind\tBIG\n\n§ 2 Mätningen\n\nMaja presenterade.\n"
        "Ansvarig: Maja Lind\nKlart till: 2025-12-01\n"
    )
    assert [p.text for p in m.items[0].paragraphs] == ["Maja presenterade.", "Ansvarig: Maja Lind", "Klart till: 2025-12-01"]
    assert [a.assignee for a in m.items[0].assignments] == ["Maja Lind"]  # was "Maja Lind Klart"


@pytest.mark.parametrize("label", ["## Agenda", "Dagordning:", "Agenda"])
def test_a_numbered_agenda_over_items_headed_otherwise_is_no_items(label: str) -> None:
    """"## Agenda" / "1. Lägesbild" / "2. Bränder" (nothing between them), then "## Lägesbild":
    the items are the headings, the numbered run the agenda (it was the items, empty)."""
    m = parse_text(
        f"# Minnesanteckningar Nätverket Östra Berga 2025-02-20\n\n{label}\n1. Lägesbild\n2. Bränder i soprum\n\n"
        "## Lägesbild\n\nLugnare än i höstas.\n\n## Bränder i soprum\n\nTre bränder sedan januari.\n"
    )
    assert [(i.heading, [p.text for p in i.paragraphs]) for i in m.items] == [
        ("Lägesbild", ["Lugnare än i höstas."]), ("Bränder i soprum", ["Tre bränder sedan januari."]),
    ]
    assert "1. Lägesbild" in [p.text for p in m.preamble]


def test_sub_items_right_under_the_heading_are_no_part_of_it() -> None:
    """A lower-case line under the heading goes on with it; a sub-item ("a) ...") does not."""
    m = parse("§6. Övrigt\na) Omar tar kontakt med skolan.\nb) Frågan om ny hemsida bordlades.\n")
    item = m.items[0]  # type: ignore[attr-defined]
    assert item.heading == "Övrigt"
    assert [(p.label, p.text) for p in item.paragraphs] == [("a", "Omar tar kontakt med skolan."), ("b", "Frågan om ny hemsida bordlades.")]


def test_numbering_gap_is_a_diagnostic() -> None:
    m = parse("§ 1 Ett\n\nA.\n\n§ 3 Tre\n\nB.\n")
    assert [i.number for i in m.items] == [1, 3]  # type: ignore[attr-defined]
    assert [d.code for d in m.diagnostics] == ["numbering-gap"]  # type: ignore[attr-defined]


def test_report_subsections_in_three_forms() -> None:
    m = parse(
        "§ 6 Aktuellt från respektive huvudman\n\nRepresentanterna berättade.\n\n#### Utbildning Gävle\n\nSkolan.\n\n"
        "Polisen: Fler kontroller.\n\nNarkotika: Lustgas.\n\nVälfärd Gävle/socialtjänsten:\n\nFältgruppen.\n\nLivsmiljö Gävle\n\nLov.\n"
    )
    item = m.items[0]  # type: ignore[attr-defined]
    assert [s.heading for s in item.subsections] == ["Utbildning Gävle", "Polisen", "Välfärd Gävle/socialtjänsten", "Livsmiljö Gävle"]
    assert [p.text for p in item.subsections[1].paragraphs] == ["Fler kontroller.", "Narkotika: Lustgas."]


def test_report_lead_ins_naming_an_institution_unknown_to_the_list() -> None:
    """A line per report, no blank lines between: each starts after a sentence's end."""
    m = parse(
        "§ 2 Lägesbild\n\nPolisen: Lugnt sedan förra mötet.\nFritidsgården: Många besökare,\nframför allt på fredagar.\n"
        "Skolan: Oro kring nätmobbning.\nNarkotika: Lustgas.\nNorrforshem: Skadegörelse i tvättstugor.\n"
    )
    item = m.items[0]  # type: ignore[attr-defined]
    assert [(s.heading, [p.text for p in s.paragraphs]) for s in item.subsections] == [
        ("Polisen", ["Lugnt sedan förra mötet."]),
        ("Fritidsgården", ["Många besökare, framför allt på fredagar."]),
        # a topic, no institution: no report of its own, a paragraph as any line a label leads after a sentence
        ("Skolan", ["Oro kring nätmobbning.", "Narkotika: Lustgas."]),
        ("Norrforshem", ["Skadegörelse i tvättstugor."]),  # a housing company's name
    ]


def test_an_open_checkbox_is_a_bullet_and_a_label_after_an_entry_starts_a_paragraph() -> None:
    m = parse("§ 3 Att göra\n\nAtt göra:\n- [ ] Ida: boka lokal\n- [x] Bo: klart\n- Eva – mejlar skolan\nAnsvar: Bo Lund. Klart till: 1 juni.\n")
    item = m.items[0]  # type: ignore[attr-defined]
    assert [(p.label, p.text) for p in item.paragraphs] == [
        (None, "Att göra:"), ("-", "Ida: boka lokal"), ("-", "[x] Bo: klart"),  # a ticked box keeps its "x"
        ("-", "Eva – mejlar skolan"), (None, "Ansvar: Bo Lund. Klart till: 1 juni."),
    ]
    assert [a.assignee for a in item.assignments] == ["Ida", "Bo Lund"]


def test_sub_items_and_bullets() -> None:
    m = parse("§ 9 Övriga frågor\n\n- a. Första.\n- b. Andra.\n\n- Punkt\nmed fortsättning.\n")
    assert [(p.label, p.text) for p in m.items[0].paragraphs] == [  # type: ignore[attr-defined]
        ("a", "Första."), ("b", "Andra."), ("-", "Punkt med fortsättning.")
    ]


@pytest.mark.parametrize("mark", ["•", "▪", "\uf0b7", "\uf0a7", "➢"])
def test_bullets_of_word_processors_and_symbol_fonts_are_bullets(mark: str) -> None:
    """A Symbol or Wingdings bullet comes out of a PDF, RTF or Word file as a private-use
    character (U+F0B7, U+F0A7); other documents use Unicode's bullets."""
    m = parse(f"§ 9 Övriga frågor\n\nLägesbilden:\n\n{mark}  Inbrotten har minskat.\n{mark}\tOron kvarstår.\n")
    assert [(p.label, p.text) for p in m.items[0].paragraphs] == [  # type: ignore[attr-defined]
        (None, "Lägesbilden:"), ("-", "Inbrotten har minskat."), ("-", "Oron kvarstår.")
    ]


def test_a_numbered_list_without_blank_lines_keeps_its_entries_apart() -> None:
    """PDF text has no blank line between a list's entries; a line that wraps stays joined; a
    sentence after an entry that ended one starts a paragraph."""
    m = parse(
        "§ 9 Trygghetsvandringar\n\nVi föreslår två vandringar:\n1. Söderby den 7 maj.\n2) Hamnen den 21 maj, med\n"
        "3 deltagare från Polisen.\nMötet hölls den\n15. september i fjol.\n"
    )
    assert [p.text for p in m.items[0].paragraphs] == [  # type: ignore[attr-defined]
        "Vi föreslår två vandringar:", "1. Söderby den 7 maj.",
        "2) Hamnen den 21 maj, med 3 deltagare från Polisen.", "Mötet hölls den 15. september i fjol.",
    ]


def test_a_numbered_list_under_its_label_inside_an_item_of_markdown_headings() -> None:
    """"## 2. Övrigt" ... "Åtgärder" / "1. Byta portkoder" / "2. ..." / "3. ...": the list's
    entries are paragraphs of the item (they were one paragraph with the label), and its
    "3." no item after "## 2." (it was item 3): a run of headings goes on with headings."""
    m = parse_text(
        "# Minnesanteckningar Trygghetsgruppen Åby 2025-05-20\n\nNärvarande: Ida Ek, Bo Lund\n\n## 1. Öppnande\nIda öppnade.\n\n"
        "## 2. Övrigt\nVi pratade om läget.\n\nÅtgärder\n1. Byta portkoder – Bo – v. 20\n2. Info i portarna – Ida\n3. Kontakt med soc – Bo\n"
    )
    assert [i.heading for i in m.items] == ["Öppnande", "Övrigt"]
    assert [p.text for p in m.items[1].paragraphs] == [
        "Vi pratade om läget.", "Åtgärder", "1. Byta portkoder – Bo – v. 20", "2. Info i portarna – Ida", "3. Kontakt med soc – Bo",
    ]


def test_roman_entries_and_a_table_row_start_paragraphs_without_blank_lines() -> None:
    """As a word processor's saved text has them: "II." right after "I.", a row after a sentence."""
    m = parse("§ 9 Lägesbild\n\nI. Inbrott\nII. Skadegörelse\nIII. Narkotika\nMötet avslutades.\nBilaga\tRutter\n")
    assert [p.text for p in m.items[0].paragraphs] == [  # type: ignore[attr-defined]
        "I. Inbrott", "II. Skadegörelse", "III. Narkotika Mötet avslutades.", "Bilaga Rutter"
    ]


def test_chair_minute_taker_adjusters_in_columns() -> None:
    m = parse("§ 1 Öppnande\n\nMötesordförande Bo Lund hälsade välkommen.\n\nVid protokollet  Justeras\n\nIda Ek  Bo Lund\n")
    assert (m.chair, m.minute_taker, m.adjusters) == ("Bo Lund", "Ida Ek", ("Bo Lund",))  # type: ignore[attr-defined]


def test_signatures_on_separate_lines_with_two_adjusters() -> None:
    m = parse("§ 1 Öppnande\n\nText.\n\nVid protokollet\n\nJusteras\n\nIda Ek\n\nBo Lund\n\nCai Berg\n")
    assert (m.minute_taker, m.adjusters) == ("Ida Ek", ("Bo Lund", "Cai Berg"))  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "block",
    [
        "Vid protokollet: Ida Ek\n\nJusteras: Bo Lund och Cai Berg\n",
        "Vid protokollet: Ida Ek\nJusterare: Bo Lund, Cai Berg.\n",
        "Vid protokollet  Justeras: Bo Lund\n\nIda Ek  Cai Berg\n",
    ],
)
def test_signature_names_after_a_colon(block: str) -> None:
    m = parse(f"§ 1 Öppnande\n\nText.\n\n{block}")
    assert (m.minute_taker, m.adjusters) == ("Ida Ek", ("Bo Lund", "Cai Berg"))  # type: ignore[attr-defined]
    assert [p.text for p in m.items[0].paragraphs] == ["Text."]  # type: ignore[attr-defined]
    assert m.closing == ()  # type: ignore[attr-defined]


@pytest.mark.parametrize("label", ["Vid anteckningarna", "Antecknare", "Antecknat av"])
def test_the_note_taker_of_notes_signs_as_the_minute_taker(label: str) -> None:
    m = parse(f"§ 1 Öppnande\n\nText.\n\n{label}\nIda Ek\n")
    assert (m.minute_taker, m.closing) == ("Ida Ek", ())  # type: ignore[attr-defined]
    assert [d.message for d in m.diagnostics if d.code == "signature-label"] == [  # type: ignore[attr-defined]
        f"read {label!r} as the label above the minute-taker's names"
    ]


def test_a_signature_label_with_no_name_under_it_stays_text() -> None:
    m = parse("§ 1 Öppnande\n\nText.\n\nVid protokollet\n\nJusterare\n\nIda Ek\n")
    assert (m.minute_taker, m.adjusters) == ("Ida Ek", ())  # type: ignore[attr-defined]
    assert [p.text for p in m.closing] == ["Justerare"]  # type: ignore[attr-defined]
    assert any(d.code == "signature-unread" and d.line == 16 for d in m.diagnostics)  # type: ignore[attr-defined]


def test_a_signature_label_other_than_the_usual_is_kept_as_written() -> None:
    m = parse("§ 1 Öppnande\n\nText.\n\nJusterare:\n\nIda Ek\n\nJusteras\n\nBo Lund\n")
    assert m.adjusters == ("Ida Ek", "Bo Lund")  # type: ignore[attr-defined]
    labels = [d.message for d in m.diagnostics if d.code == "signature-label"]  # type: ignore[attr-defined]
    assert labels == ["read 'Justerare:' as the label above the adjusters' names"]  # "Justeras" says no more


def test_a_signature_label_before_other_text_is_text() -> None:
    m = parse("§ 1 Öppnande\n\nText.\n\nJusteras: vid nästa möte.\n")
    assert m.adjusters == ()  # type: ignore[attr-defined]
    assert [p.text for p in m.items[0].paragraphs] == ["Text.", "Justeras: vid nästa möte."]  # type: ignore[attr-defined]


def test_minute_taker_and_adjusters_in_the_header() -> None:
    m = parse_text(
        "Protokoll fört vid ledningsgruppsmöte BIG 2022-01-18\n\nNärvarande:\nIda Ek, Polisen\nBo Lund, BIG\n\n"
        "Sekreterare: Ida Ek\nJusterare: Bo Lund\n\n§ 1 A\n\nB.\n"
    )
    assert (m.minute_taker, m.adjusters) == ("Ida Ek", ("Bo Lund",))
    # the lines as written stay in the result, in diagnostics that say what was read
    assert sum(d.code == "header-field" and "Sekreterare: Ida Ek" in d.message for d in m.diagnostics) == 1
    assert m.preamble == ()


@pytest.mark.parametrize(
    "field",
    [
        "Datum: 2024-04-12", "Mötesdatum: 12 april 2024", "Sammanträdesdatum: 2024-04-12", "Datum och tid: 2024-04-12 kl. 13-15",
        "Datum: 2024-04-12, kl. 13.00-15.00",  # the times after "kl" in a date field
    ],
)
def test_a_date_field_dates_a_title_without_one(field: str) -> None:
    m = parse_text(f"Protokoll fört vid ledningsgruppsmöte BIG\n\n{field}\n\n§ 1 A\n\nB.\n")
    assert (m.meeting_date, m.document_date) == (dt.date(2024, 4, 12), None)
    assert [d.code for d in m.diagnostics] == ["header-field"]  # the line as written, words and all
    assert (m.start, m.end) == ((dt.time(13), dt.time(15)) if "kl" in field else (None, None))


@pytest.mark.parametrize(
    ("field", "place"),
    [
        ("Mötesdatum: 2024-04-12 kl. 13-15, Stadshuset", "Stadshuset"),
        ("Tid: 13-15 i Rådhuset", "Rådhuset"),
        ("Datum och tid: 2024-04-12 kl 13-15 via Teams", "Teams"),
        ("Datum: 2024-04-12, kl. 13-15", None),
        ("Datum: 2024-04-12 kl. 13-15, Länsstyrelsen, Gävle", "Länsstyrelsen, Gävle"),  # and where it is
        ("Datum: 2024-04-12 kl. 13-15, Medborgarhuset, sal 3", "Medborgarhuset, sal 3"),
        ("Tid och plats: kl. 13-15, Norrfors kommunhus, sal Älven", "Norrfors kommunhus, sal Älven"),
        ("Tid och lokal: 13-15 i Rådhuset", "Rådhuset"),
        ("Datum, tid och plats: 2024-04-12 kl. 13-15 i Rådhuset", "Rådhuset"),
    ],
)
def test_a_place_after_the_times_of_a_date_or_time_field(field: str, place: str | None) -> None:
    m = parse_text(f"Protokoll BIG 2024-04-12\n\n{field}\n\n§ 1 A\n\nB.\n")
    assert (m.start, m.end, m.place, m.preamble) == (dt.time(13), dt.time(15), place, ())


@pytest.mark.parametrize(
    ("titles", "values"),
    [
        ("Datum\tTid\tPlats", "2024-04-12\t13.00–15.00\tStadshuset"),
        ("Sammanträdesdatum\tPlats och tid", "2024-04-12\tStadshuset, kl. 13-15"),
    ],
)
def test_fields_titled_in_a_tables_first_row(titles: str, values: str) -> None:
    m = parse_text(f"PROTOKOLL\nTrygghetsrådet\n\n{titles}\n{values}\n\n§ 1 A\n\nB.\n")
    assert (m.meeting_date, m.start, m.end, m.place, m.preamble) == (dt.date(2024, 4, 12), dt.time(13), dt.time(15), "Stadshuset", ())
    shown = titles.replace("\t", " | ")
    assert [(d.code, d.line) for d in m.diagnostics if shown in d.message] == [("fields-in-columns", 4)]


def test_a_date_field_that_differs_from_the_title_is_reported() -> None:
    m = parse_text("Protokoll BIG 2024-04-12\nDatum: 2024-04-13\n\n§ 1 A\n\nB.\n")
    assert m.meeting_date == dt.date(2024, 4, 12)
    assert [(d.code, d.line) for d in m.diagnostics] == [("date-mismatch", 2), ("header-field", 2)]


@pytest.mark.parametrize(
    ("head", "day", "times", "place"),
    [
        ("Minnesanteckningar\nSamverkansgruppen\nTisdag den 4 februari 2025, kl. 14.00–15.30, Medborgarhuset",
         dt.date(2025, 2, 4), (dt.time(14), dt.time(15, 30)), "Medborgarhuset"),
        ("Minnesanteckningar Samverkansgruppen\n2025-02-04 kl 13-15 i Stadshuset", dt.date(2025, 2, 4), (dt.time(13), dt.time(15)), "Stadshuset"),
        ("Minnesanteckningar Samverkansgruppen\n4 februari 2025", dt.date(2025, 2, 4), (None, None), None),
        ("Minnesanteckningar Samverkansgruppen\n4 februari 2025, Stadshuset, sal 3, kl. 9-10",
         dt.date(2025, 2, 4), (dt.time(9), dt.time(10)), "Stadshuset, sal 3"),
        ("Minnesanteckningar\nSamverkansgruppen\nOnsdagen den 5 mars 2025 kl. 9.00-11.00 via Teams",
         dt.date(2025, 3, 5), (dt.time(9), dt.time(11)), "Teams"),
        # the title gives the day: the line under it, the time and place (its day, without a year, the same)
        ("Protokoll BIG 2025-02-04\nTisdag 4 februari kl. 14–15, Stadshuset", dt.date(2025, 2, 4), (dt.time(14), dt.time(15)), "Stadshuset"),
    ],
)
def test_the_day_time_and_place_on_a_line_under_the_title(head: str, day: dt.date, times: tuple[dt.time | None, dt.time | None], place: str | None) -> None:
    m = parse_text(f"{head}\n\nNärvarande: Ida Ek, Polisen\n\n§ 1 A\n\nB.\n")
    assert (m.meeting_date, (m.start, m.end), m.place, m.preamble) == (day, times, place, ())
    assert m.body in {"Samverkansgruppen", "BIG"}
    dated = head.splitlines()[-1]
    assert [(d.code, d.line) for d in m.diagnostics if dated in d.message] == [("header-field", head.count("\n") + 1)]


@pytest.mark.parametrize(
    "second",
    [
        "2025-03-01 kl 9",  # another day than the title's
        "Tisdag 4 februari kl. 14–15: Stadshuset, sal 3 och Rådhuset",  # more than a time and a place
        "Ida Ek, 4 februari",  # no date first
    ],
)
def test_a_line_under_the_title_that_is_no_day_of_the_meeting_stays_text(second: str) -> None:
    m = parse_text(f"Protokoll BIG 2025-02-04\n{second}\n\n§ 1 A\n\nB.\n")
    assert (m.start, m.place, [p.text for p in m.preamble]) == (None, None, [second])


def test_a_title_without_a_date_and_no_date_anywhere_is_refused() -> None:
    with pytest.raises(NotMinutesError, match="Datum:"):
        parse_text("Protokoll BIG\n\nDatum: snart\n\n§ 1 A\n\nB.\n")


def test_a_header_role_with_more_than_names_is_kept_as_text() -> None:
    m = parse_text("Protokoll BIG 2022-01-18\n\nSekreterare: Ida Ek och Bo Lund\n\n§ 1 A\n\nB.\n")
    assert m.minute_taker is None
    assert [p.text for p in m.preamble] == ["Sekreterare: Ida Ek och Bo Lund"]


def test_further_attendance_lists_join_the_attendees_and_keep_their_label() -> None:
    m = parse_text(
        "Protokoll BIG 2022-01-18\n\nNärvarande ledamöter:\nIda Ek – Polisen\n\nÖvriga närvarande:\n"
        "Bo Lund – Välfärd Gävle, § 1\n\nFrånvarande:\nCai Berg – BIG\n\n§ 1 A\n\nB.\n"
    )
    assert [(a.name, a.organisation, a.items) for a in m.attendees] == [
        ("Ida Ek", "Polisen", None), ("Bo Lund", "Välfärd Gävle", (1,))
    ]
    assert [(a.name, a.organisation) for a in m.absent] == [("Cai Berg", "BIG")]
    labels = [d for d in m.diagnostics if d.code == "list-label"]
    assert [(d.line, "'Närvarande ledamöter'" in d.message or "'Övriga närvarande'" in d.message) for d in labels] == [
        (3, True), (6, True)
    ]
    assert m.preamble == ()


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Tjänstgörande ersättare", "attendees"), ("Närvarande tjänstepersoner", "attendees"), ("Övriga deltagande", "attendees"),
        ("Närvarande från förvaltningen", "attendees"), ("Ordinarie ledamöter", "attendees"), ("Deltagande", "attendees"),
        ("Ej tjänstgörande ersättare", "attendees"),  # present, though not voting
        ("Icke tjänstgörande ersättare", "attendees"), ("Beslutande ledamöter", "attendees"),
        ("Beslutande ersättare", "attendees"), ("Närvarande beslutande", "attendees"),
        ("Ej närvarande", "absent"), ("Anmäld frånvaro", "absent"), ("Frånvarande ledamöter", "absent"),
        ("Mötessekreterare", "minute_taker"), ("Protokolljusterare", "adjusters"), ("Justerande", "adjusters"),
        ("Närvarande (digitalt)", "attendees"), ("Deltagare på plats", "attendees"), ("Deltagare via Teams", "attendees"),
        ("Närvarande via länk", "attendees"), ("Övriga", "attendees"),
        ("Antecknare", "minute_taker"), ("Sekreterare/antecknare", "minute_taker"), ("Vid protokollet", "minute_taker"),
        ("Mötesanteckningar förda av", "minute_taker"), ("Antecknat av", "minute_taker"), ("Justering", "adjusters"),
        ("Deltog", "attendees"), ("Deltagit", "attendees"), ("Medverkande", "attendees"), ("Närvarade", "attendees"),
        ("Förhindrade", "absent"), ("Med", "attendees"), ("Styrelseledamöter", "attendees"), ("Suppleanter", "attendees"),
        ("Personalrepresentanter", "attendees"), ("Revisorer", "attendees"),
    ],
)
def test_more_labels_of_lists_and_roles(label: str, kind: str) -> None:
    """Each with its words kept: a list's label other than the plain two in a diagnostic, a
    role's line as written in a header field's."""
    m = parse_text(f"Protokoll BIG 2023-03-14\n\nNärvarande: Ida Ek, Bo Lund\n{label}: Eva Sten\n\n§ 1 A\n\nB.\n")
    got = {
        "attendees": [a.name for a in m.attendees][2:], "absent": [a.name for a in m.absent],
        "minute_taker": [m.minute_taker] if m.minute_taker else [], "adjusters": list(m.adjusters),
    }
    assert got == {key: ["Eva Sten"] if key == kind else [] for key in got}
    assert m.preamble == ()
    assert any(label in d.message for d in m.diagnostics if d.code in ("list-label", "header-field"))


def test_stray_spaces_in_attendee_rows_are_folded() -> None:
    m = parse_text("Protokoll BIG 2022-01-18\n\nNärvarande:\nIda Ek\tStyrning och  stöd\n\nFrånvarande:\nBo Lund\tBIG  Gävle\n\n§ 1 A\n\nB.\n")
    assert [(a.name, a.organisation) for a in m.attendees] == [("Ida Ek", "Styrning och stöd")]
    assert [(a.name, a.organisation) for a in m.absent] == [("Bo Lund", "BIG Gävle")]


@pytest.mark.parametrize("label", ["### Närvarande", "**Närvarande**", "Närvarande", "Deltagare"])
def test_a_list_label_alone_on_its_line_needs_no_colon(label: str) -> None:
    m = parse_text(f"Protokoll BIG 2022-01-18\n\n{label}\n\nIda Ek\tPolisen\nBo Lund\tBIG\n\n§ 1 A\n\nB.\n")
    assert [a.name for a in m.attendees] == ["Ida Ek", "Bo Lund"]
    assert m.preamble == ()


@pytest.mark.parametrize(
    ("text", "chair"),
    [
        ("Ordförande Bo Lund hälsade välkommen.", "Bo Lund"),
        ("Mötet öppnades. Ordföranden Ida Ek hälsade välkommen.", "Ida Ek"),
        ("Ordförande Kerstin Ask hälsade välkommen.", None),  # not an attendee: could be anyone's title
        ("Kommunstyrelsens ordförande Bo Lund deltog.", None),
        ("Mötesordförande Kerstin Ask hälsade välkommen.", "Kerstin Ask"),
    ],
)
def test_chair(text: str, chair: str | None) -> None:
    assert parse(f"§ 1 Öppnande\n\n{text}\n").chair == chair  # type: ignore[attr-defined]


def test_distribution_wrapped_inside_a_name() -> None:
    m = parse_text(HEAD + "Delges närvarande, Anne Jäder, Anna-Karin Wågberg\nSperring samt kommunstyrelsen.\n\n§ 1 A\n\nB.\n")
    assert m.distribution.attendees  # type: ignore[union-attr]
    assert m.distribution.recipients == ("Anne Jäder", "Anna-Karin Wågberg Sperring", "kommunstyrelsen")  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("sentence", "date", "start", "end", "place"),
    [
        ("Nästa möte hålls måndagen den 7 mars kl.13.15-16.15.", dt.date(2022, 3, 7), dt.time(13, 15), dt.time(16, 15), None),
        ("Nästa ledningsgruppsmöte är den 21/10 kl.8.15-11.15 på BIG", dt.date(2022, 10, 21), dt.time(8, 15), dt.time(11, 15), "BIG"),
        ("Nästa möte är den 12/12 2022 kl. 08.30–11.30 i Stadshuset.", dt.date(2022, 12, 12), dt.time(8, 30), dt.time(11, 30), "Stadshuset"),
        ("Nästa möte hålls den 18/4 kl 18 via Teams.", dt.date(2022, 4, 18), dt.time(18), None, "Teams"),
        ("Nästa möte: tisdag 18 april 18:00-20:00, Stadshuset", dt.date(2022, 4, 18), dt.time(18), dt.time(20), "Stadshuset"),
        ("Vi ses nästa gång den 18 april kl 18.", dt.date(2022, 4, 18), dt.time(18), None, None),
        ("Nästa träff blir den 18 april kl. 14.", dt.date(2022, 4, 18), dt.time(14), None, None),
        ("Kommande möte hålls 18/4 kl 9-11 i Rådhuset.", dt.date(2022, 4, 18), dt.time(9), dt.time(11), "Rådhuset"),
        # hours right after the date, without "kl"
        ("Nästa möte: torsdag 24 april 13-14.30 via Teams.", dt.date(2022, 4, 24), dt.time(13), dt.time(14, 30), "Teams"),
        ("Nästa möte: 3 juni, 17-18.30, Åby bibliotek", dt.date(2022, 6, 3), dt.time(17), dt.time(18, 30), "Åby bibliotek"),
        ("Nästa möte den 3 juni mellan kl 17 och 19 i föreningslokalen.", dt.date(2022, 6, 3), dt.time(17), dt.time(19), "föreningslokalen"),
        ("Nästa möte hålls 12 maj i rum 3-4.", dt.date(2022, 5, 12), None, None, "rum 3-4"),  # not right after the date: no hours
    ],
)
def test_next_meeting(sentence: str, date: dt.date, start: dt.time, end: dt.time, place: str | None) -> None:
    m = parse(f"§ 8 Mötet avslutas\n\n{sentence}\n")
    nxt = m.next_meeting  # type: ignore[attr-defined]
    assert (nxt.date, nxt.start, nxt.end, nxt.place) == (date, start, end, place)


def test_a_list_of_coming_meetings_names_no_next_one() -> None:
    assert parse("§ 8 Mötet avslutas\n\nKommande möten hålls 18/4 och 20/5.\n").next_meeting is None  # type: ignore[attr-defined]


def test_the_next_meeting_under_an_item_headed_so() -> None:
    """No sentence names it: the item's heading does ("## 4. Nästa möte" / "18 april kl. 18.00.")."""
    m = parse("§ 4 Nästa möte\n\nPreliminärt:\n\n18 april kl. 18.00 i Stadshuset.\n")
    nxt = m.next_meeting  # type: ignore[attr-defined]
    assert (nxt.date, nxt.start, nxt.place) == (dt.date(2022, 4, 18), dt.time(18), "Stadshuset")
    assert [(d.code, d.line) for d in m.diagnostics if d.code == "year-inferred"] == [("year-inferred", 14)]  # type: ignore[attr-defined]


@pytest.mark.parametrize("heading", ["Kommande möten", "Mötesplan", "Nästa möten", "Planerade mötestider"])
def test_the_next_meeting_is_the_first_date_under_a_list_of_meetings_to_come(heading: str) -> None:
    """"Kommande möten" / a date a line, no blank line between: each date a paragraph, the
    first after the meeting the next meeting."""
    m = parse(f"§ 4 {heading}\n\n2021-12-09 kl. 10.00–12.00\n2022-02-10 kl. 10.00–12.00, Länsstyrelsen, Gävle\n2022-04-07 kl. 10.00–12.00, digitalt\n")
    nxt = m.next_meeting  # type: ignore[attr-defined]
    assert (nxt.date, nxt.start, nxt.end, nxt.place) == (dt.date(2022, 2, 10), dt.time(10), dt.time(12), "Länsstyrelsen, Gävle")
    assert [p.text[:10] for p in m.items[0].paragraphs] == ["2021-12-09", "2022-02-10", "2022-04-07"]  # type: ignore[attr-defined]


def test_unplaced_header_text_is_kept_and_reported() -> None:
    m = parse_text("Protokoll fört vid möte BIG 2022-01-18\n\nEn rad som inget betyder.\n\n§ 1 A\n\nB.\n")
    assert [p.text for p in m.preamble] == ["En rad som inget betyder."]
    assert any(d.code == "unplaced-text" and d.line == 3 for d in m.diagnostics)


def test_a_heading_over_the_notes_after_the_agenda_is_text_without_a_warning() -> None:
    m = parse_text("Protokoll BIG 2022-01-18\n\nAgenda\n1. Välkommen\n2. Övrigt\n\nAnteckningar\n\n1. Välkommen\nIda hälsade.\n\n2. Övrigt\nInget.\n")
    assert [p.text for p in m.preamble][-1] == "Anteckningar"
    assert [(d.code, d.severity.value) for d in m.diagnostics if d.line == 7] == [("header-unmodelled", "info")]
    assert [i.heading for i in m.items] == ["Välkommen", "Övrigt"]


def test_text_without_items_is_kept() -> None:
    m = parse_text("Protokoll BIG 2022-01-18\n\nBara en anteckning.\n")
    assert m.items == () and [p.text for p in m.preamble] == ["Bara en anteckning."]
    assert [d.line for d in m.diagnostics if d.code == "no-items"] == [3]  # the first line kept as text


@pytest.mark.parametrize(
    ("first", "joined"),
    [
        ("Arbetet fortsätter under", True),  # no mark: the paragraph break split a sentence
        ("Arbetet fortsätter (se bilaga)", False),
        ("Arbetet fortsätter [se bilaga]", False),  # "]" ends it as ")" does
        ("Arbetet fortsätter:", False),
    ],
)
def test_a_paragraph_break_inside_a_sentence_is_joined(first: str, joined: bool) -> None:
    m = parse(f"§ 1 Ett\n\n{first}\n\nhösten i Sätra.\n")
    texts = [p.text for p in m.items[0].paragraphs]  # type: ignore[attr-defined]
    assert texts == ([f"{first} hösten i Sätra."] if joined else [first, "hösten i Sätra."])


def test_page_furniture_inside_a_sentence_is_joined_unless_the_line_ends_one() -> None:
    furniture = "\n\nBIG BROTTSFÖREBYGGARNA I GÄVLE\n\n"
    m = parse(f"§ 1 Ett\n\nArbetet fortsätter under{furniture}hösten i Sätra.\n")
    assert [p.text for p in m.items[0].paragraphs] == ["Arbetet fortsätter under hösten i Sätra."]  # type: ignore[attr-defined]
    m = parse(f"§ 1 Ett\n\nArbetet fortsätter [se bilaga]{furniture}hösten i Sätra.\n")
    assert [p.text for p in m.items[0].paragraphs] == ["Arbetet fortsätter [se bilaga]", "hösten i Sätra."]  # type: ignore[attr-defined]


def test_an_inferred_year_is_reported_at_the_paragraphs_line() -> None:
    m = parse("§ 1 Ett\n\nA.\n\n§ 2 Nästa möte\n\nNästa möte är den 21/10 kl. 8.15.\n")
    found = [d for d in m.diagnostics if d.code == "year-inferred"]  # type: ignore[attr-defined]
    assert [d.line for d in found] == [HEAD.count("\n") + 7]
    # minutes without items: the announcement in the text kept as preamble
    m = parse("Mötet ställdes in.\n\nNästa möte är den 21/10 kl. 8.15.\n")
    assert m.next_meeting.date == dt.date(2022, 10, 21)  # type: ignore[attr-defined]
    assert [d.line for d in m.diagnostics if d.code == "year-inferred"] == [HEAD.count("\n") + 3]  # type: ignore[attr-defined]


def test_minutes_without_a_paragraph_sign_number_their_items() -> None:
    m = parse_text(
        "Protokoll BIG 2024-04-12\n\n1. Öppning\nText.\n\n2) Planen\nTre steg:\n\n1. Ring.\n\n2. Skriv.\n\n"
        "3. Mötet avslutas\nTack.\n"
    )
    assert [(i.number, i.heading) for i in m.items] == [(1, "Öppning"), (2, "Planen"), (3, "Mötet avslutas")]
    # the numbered list inside § 2 is no item: its numbers are not the next item's
    assert [p.text for p in m.items[1].paragraphs] == ["Tre steg:", "1. Ring.", "2. Skriv."]
    assert [(d.code, d.line) for d in m.diagnostics] == [("numbered-items", 3)]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("Protokoll BIG 2024-04-12\n\n§ 1 Öppning\n\n1. Ring.\n\n2. Skriv.\n", [1]),  # § items: numbers are text
        ("Protokoll BIG 2024-04-12\n\n1. Öppning\nText.\n", []),  # one numbered line makes no items
        ("Protokoll BIG 2024-04-12\n\n2. Öppning\n\n3. Text.\n", []),  # no first item
    ],
)
def test_numbered_lines_that_are_no_items(text: str, items: list[int]) -> None:
    m = parse_text(text)
    assert [i.number for i in m.items] == items
    assert "numbered-items" not in {d.code for d in m.diagnostics}
    kept = [p.text for p in m.preamble] + [p.text for i in m.items for p in i.paragraphs]
    assert any(t.startswith(("1. Ring.", "1. Öppning", "2. Öppning")) for t in kept)  # kept as text


@pytest.mark.parametrize(
    "row", ["Bo Lund, ordförande", "Bo Lund (ordf.)", "Bo Lund\tPolisen\tOrdförande", "- Bo Lund, mötesordförande, Polisen"]
)
def test_the_chair_named_in_the_attendance_list(row: str) -> None:
    m = parse_text(f"Protokoll BIG 2024-04-12\n\nNärvarande:\nIda Ek, Polisen\n{row}\n\n§ 1 Öppning\n\nText.\n")
    assert m.chair == "Bo Lund"
    assert [a.name for a in m.attendees] == ["Ida Ek", "Bo Lund"]


@pytest.mark.parametrize("field", ["Ordförande: Ida Ek", "Ordf: Ida Ek", "Ordf.: Ida Ek", "Ordförande: Ida Ek (Polisen)"])
def test_a_chair_field_names_the_chair_without_what_stands_in_brackets(field: str) -> None:
    m = parse_text(f"Protokoll BIG 2023-03-14\n\n{field}\n\n§ 1 A\n\nB.\n")
    assert (m.chair, m.preamble) == ("Ida Ek", ())
    assert [(d.code, d.line) for d in m.diagnostics if field in d.message] == [("header-field", 3)]


@pytest.mark.parametrize(
    ("field", "role", "value"),
    [
        ("Sekreterare: Maria Ek, BIG", "minute_taker", "Maria Ek"),  # with an organisation
        ("Sekreterare: Maria Ek (BIG)", "minute_taker", "Maria Ek"),
        ("Protokollförare: Maria Ek, kommunsekreterare", "minute_taker", "Maria Ek"),  # with a title
        ("Justerare: Bo Lund (M) och Eva Sand (S)", "adjusters", ("Bo Lund", "Eva Sand")),  # with their parties
    ],
)
def test_a_role_field_names_the_person_without_what_stands_beside_the_name(field: str, role: str, value: object) -> None:
    m = parse_text(f"Protokoll BIG 2023-03-14\n\n{field}\n\n§ 1 A\n\nB.\n")
    assert (getattr(m, role), m.preamble) == (value, ())
    assert [(d.code, d.line) for d in m.diagnostics if field in d.message] == [("header-field", 3)]


def test_a_minute_taker_field_with_two_names_names_none() -> None:
    m = parse_text("Protokoll BIG 2023-03-14\n\nSekreterare: Maria Ek, Bo Lund\n\n§ 1 A\n\nB.\n")
    assert (m.minute_taker, [p.text for p in m.preamble]) == (None, ["Sekreterare: Maria Ek, Bo Lund"])


def test_a_justering_field_with_a_date_names_no_adjuster() -> None:
    m = parse_text("Protokoll BIG 2023-03-14\n\nJustering: 2023-03-20\n\n§ 1 A\n\nB.\n")
    assert (m.adjusters, [p.text for p in m.preamble]) == ((), ["Justering: 2023-03-20"])


def test_an_ordforande_field_names_the_chair_before_the_list_does() -> None:
    m = parse_text("Protokoll BIG 2024-04-12\nOrdförande: Ida Ek\n\nNärvarande:\nIda Ek\nBo Lund, ordförande\n\n§ 1 A\n\nB.\n")
    assert m.chair == "Ida Ek"


def test_a_chair_named_in_the_text_chairs_before_the_one_in_the_list() -> None:
    m = parse_text(
        "Protokoll BIG 2024-04-12\n\nNärvarande:\nIda Ek, Polisen\nBo Lund, ordförande\n\n"
        "§ 1 Öppning\n\nMötesordförande Ida Ek hälsade välkommen.\n"
    )
    assert m.chair == "Ida Ek"  # this meeting's chair, not the group's


def test_the_minute_taker_listed_as_sekreterare_when_no_signature_names_one() -> None:
    listed = "Protokoll BIG 2024-04-12\n\nNärvarande:\nIda Ek, Polisen\nBo Lund (sekreterare)\n\n§ 1 A\n\nB.\n"
    assert parse_text(listed).minute_taker == "Bo Lund"
    assert parse_text(f"{listed}\nVid protokollet\n\nIda Ek\n").minute_taker == "Ida Ek"  # the signature holds


@pytest.mark.parametrize("label", ["Dagordning", "### Föredragningslista", "Ärendelista:", "Agenda"])
def test_the_agenda_ends_the_attendance_list_and_stays_text(label: str) -> None:
    m = parse_text(
        "Protokoll BIG 2024-03-14\n\nNärvarande:\nIda Ek, Polisen\nBo Lund, BIG\n\n"
        f"{label}\n1. Öppnande\n2. Trygghetsvandringar\n\n1. Öppnande\n\nIda Ek öppnade.\n\n"
        "2. Trygghetsvandringar\n\nBo Lund berättade.\n"
    )
    assert [(a.name, a.organisation) for a in m.attendees] == [("Ida Ek", "Polisen"), ("Bo Lund", "BIG")]
    assert [(i.number, i.heading) for i in m.items] == [(1, "Öppnande"), (2, "Trygghetsvandringar")]
    word = label.strip("#: ")
    # each entry a paragraph of its own, as a Word list's are
    assert [p.text for p in m.preamble] in (
        [word, "1. Öppnande", "2. Trygghetsvandringar"], [f"{word}:", "1. Öppnande", "2. Trygghetsvandringar"]
    )
    assert [(d.code, d.line) for d in m.diagnostics] == [("agenda", 7), ("numbered-items", 11)]


def test_text_after_the_agenda_is_no_agenda_entry() -> None:
    m = parse_text(
        "Protokoll BIG 2024-03-14\n\nDagordning\n1. Öppnande\n\n2. Ekonomi\n\n"
        "Mötet hölls digitalt.\n\n§ 1 Öppnande\n\nText.\n"
    )
    assert [p.text for p in m.preamble] == ["Dagordning", "1. Öppnande", "2. Ekonomi", "Mötet hölls digitalt."]
    assert [(d.code, d.line) for d in m.diagnostics] == [("agenda", 3), ("unplaced-text", 8)]


def test_an_agenda_numbered_like_the_items_is_not_read_as_items() -> None:
    """Entries a paragraph each (as Word writes a list) run 1, 2, 3 with no text between."""
    m = parse_text(
        "Protokoll BIG 2024-03-14\n\nDagordning\n\n1. Öppnande\n\n2. Ekonomi\n\n3. Övrigt\n\n"
        "1. Öppnande\n\nIda Ek öppnade.\n\n2. Ekonomi\n\nBudgeten godkändes.\n\n3. Övrigt\n\nInget.\n"
    )
    assert [(i.number, i.heading, i.paragraphs[0].text) for i in m.items] == [
        (1, "Öppnande", "Ida Ek öppnade."), (2, "Ekonomi", "Budgeten godkändes."), (3, "Övrigt", "Inget."),
    ]
    assert [p.text for p in m.preamble] == ["Dagordning", "1. Öppnande", "2. Ekonomi", "3. Övrigt"]


@pytest.mark.parametrize("first_text", ["\n\nText.", ""])
def test_a_numbered_list_inside_an_item_starts_no_new_run(first_text: str) -> None:
    m = parse_text(
        f"Protokoll BIG 2024-03-14\n\n1. Öppnande{first_text}\n\n2. Ekonomi\n\n1. Budget\n\n2. Utfall\n\n3. Övrigt\n\nInget.\n"
    )
    assert [(i.number, i.heading) for i in m.items] == [(1, "Öppnande"), (2, "Ekonomi"), (3, "Övrigt")]
    assert [p.text for p in m.items[1].paragraphs] == ["1. Budget", "2. Utfall"]


FORMAL_HEAD = (
    "SAMMANTRÄDESPROTOKOLL\nBrottsförebyggande rådet i Norrvik\nSammanträdesdatum 2024-03-14\n\n"
    "Beslutande:\nIda Ek (S), ordförande\nBo Lund (M)\n\nUtses att justera: Bo Lund\n\n"
)


def test_a_title_that_is_the_kind_of_document_alone_has_the_body_below() -> None:
    m = parse_text(FORMAL_HEAD + "§ 1 Öppnande\n\nText.\n")
    assert (m.title, m.body, m.meeting_date) == ("SAMMANTRÄDESPROTOKOLL", "Brottsförebyggande rådet i Norrvik", dt.date(2024, 3, 14))
    assert [(a.name, a.organisation) for a in m.attendees] == [("Ida Ek", "S"), ("Bo Lund", "M")]
    assert (m.chair, m.adjusters) == ("Ida Ek", ("Bo Lund",))  # "ordförande" in the list; "Utses att justera"
    assert [d.code for d in m.diagnostics if d.severity.value == "warning"] == []


def test_a_title_blocks_date_after_its_label_in_one_cell() -> None:
    """"Kultur- och fritidsnämnden<gap>Sammanträdesdatum 2024-05-14": the body and the date
    (such minutes were refused for want of a date)."""
    m = parse_text(
        "ÅSMARKS KOMMUN        SAMMANTRÄDESPROTOKOLL\nKultur- och fritidsnämnden        Sammanträdesdatum 2024-05-14\n\n"
        "Beslutande:\nIda Ek (S), ordförande\n\n§ 32 Öppnande\n\nText.\n"
    )
    assert (m.title, m.body, m.meeting_date) == ("SAMMANTRÄDESPROTOKOLL", "Kultur- och fritidsnämnden", dt.date(2024, 5, 14))


@pytest.mark.parametrize(
    ("field", "place"),
    [
        ("Plats och tid: Tisdagen den 28 januari 2025 kl. 08.30–12.00 i Stadshuset, sal A", "Stadshuset, sal A"),
        ("Plats och tid: Kulturhuset Ugglan, lokal Boken, tisdagen den 28 januari 2025, kl. 08.30–12.00", "Kulturhuset Ugglan, lokal Boken"),
        ("Plats och tid: Stadshuset, 2025-01-28 kl. 08.30–12.00", "Stadshuset"),
    ],
)
def test_a_place_and_time_field_with_the_date_dates_the_meeting(field: str, place: str) -> None:
    """The date is no part of the place, and dates a title that has none."""
    m = parse_text(f"SAMMANTRÄDESPROTOKOLL\nSocialnämnden\n\n{field}\n\nBeslutande:\nIda Ek (S)\n\n§ 1 A\n\nB.\n")
    assert (m.meeting_date, m.place, m.start, m.end) == (dt.date(2025, 1, 28), place, dt.time(8, 30), dt.time(12))


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Anteckningar från styrgruppsmöte 2024-01-15", "Anteckningar från styrgruppsmöte 2024-01-15"),
        ("Styrelsemöte 2024-01-15", "Styrelsemöte 2024-01-15"),  # a meeting and a date, on the first line
        ("2024-01-20\n\nSammanträde med trygghetsrådet 15 januari 2024", "Sammanträde med trygghetsrådet 15 januari 2024"),
    ],
)
def test_titles_without_the_word_protokoll(text: str, title: str) -> None:
    m = parse_text(f"{text}\n\n§ 1 Öppnande\n\nMötet öppnades.\n")
    assert (m.title, m.meeting_date) == (title, dt.date(2024, 1, 15))


@pytest.mark.parametrize(
    "first",
    ["Kallelse\n\nNästa möte 2024-02-01", "Kallelse till styrelsemöte 2024-02-01", "Dagordning styrelsemöte 2024-02-01"],
)
def test_a_meeting_and_a_date_further_down_or_in_a_notice_are_no_title(first: str) -> None:
    """A notice of the meeting (kallelse) or its agenda has a meeting and a date, and numbered
    points: no minutes, refused as such rather than read as some."""
    with pytest.raises(NotMinutesError, match="no title line found"):
        parse_text(f"{first}\n\n1. Mötets öppnande\n\n2. Ekonomi\n")


@pytest.mark.parametrize("title", ["Protokollsutdrag", "Minnesanteckningar:", "Sammanträdesprotokoll"])
def test_other_kinds_of_minutes_are_titles(title: str) -> None:
    m = parse_text(f"{title}\nKommunstyrelsens arbetsutskott\nSammanträdesdatum 2024-03-14\n\n§ 1 A\n\nB.\n")
    assert (m.title, m.body) == (title, "Kommunstyrelsens arbetsutskott")


@pytest.mark.parametrize(
    ("head", "preamble"),
    [
        # the municipality beside the kind, the body beside the date's label, the date below
        ("NORRVIKS KOMMUN\tSAMMANTRÄDESPROTOKOLL\tSida 1 (3)\nSocialnämnden\tSammanträdesdatum\n\t2024-05-21\n", ["NORRVIKS KOMMUN"]),
        ("SAMMANTRÄDESPROTOKOLL\tSida 1 (3)\nSocialnämnden\nSammanträdesdatum 2024-05-21\n", []),
        ("Norrviks kommun\nSAMMANTRÄDESPROTOKOLL\nSocialnämnden\n2024-05-21\n", ["Norrviks kommun"]),
        ("SAMMANTRÄDESPROTOKOLL\n2024-05-21\nSocialnämnden\n", []),
        ("Socialnämnden\nSAMMANTRÄDESPROTOKOLL\nSammanträdesdatum 2024-05-21\n", []),
        ("SAMMANTRÄDESPROTOKOLL\n\nSocialnämnden\n\n21 maj 2024\n", []),  # each a paragraph, as from Word
        # the page's label in the last column, its number below it
        ("NORRVIKS KOMMUN\tSAMMANTRÄDESPROTOKOLL\tSida\n\t\t1 (3)\nSocialnämnden\tSammanträdesdatum\n\t2024-05-21\n", ["NORRVIKS KOMMUN"]),
    ],
)
def test_a_formal_title_block(head: str, preamble: list[str]) -> None:
    """The kind of document alone, with the body's name, the municipality's and the date
    around it in any order, on lines or in columns; the page number is furniture."""
    m = parse_text(head + "\nBeslutande\tMaria Ek (S)\n\n§ 1 Öppnande\n\nMötet öppnades.\n")
    assert (m.title, m.body, m.meeting_date) == ("SAMMANTRÄDESPROTOKOLL", "Socialnämnden", dt.date(2024, 5, 21))
    assert [p.text for p in m.preamble] == preamble
    assert " ".join(f.text for f in m.furniture) == ("Sida 1 (3)" if "Sida" in head else "")
    assert not [d for d in m.diagnostics if d.severity.value == "warning"]


def test_a_name_below_the_title_past_a_second_blank_line_is_no_part_of_it() -> None:
    m = parse_text("PROTOKOLL\n\nSocialnämnden\n\nMaria Ek\n\nSammanträdesdatum 2024-05-21\n\n§ 1 A\n\nB.\n")
    assert (m.body, [p.text for p in m.preamble]) == ("Socialnämnden", ["Maria Ek"])


@pytest.mark.parametrize(
    ("title", "body", "code"),
    [
        ("Protokoll fört vid ledningsgruppsmöte BIG 2024-01-15", "BIG", None),
        ("Protokoll från BRÅ-möte 2024-01-15", "BRÅ", None),
        ("PROTOKOLL Trygghetsrådet Norrvik 2024-01-15", "Trygghetsrådet Norrvik", "body-from-title"),
        ("Protokoll fört vid möte med Trygghetsrådet, Norrviks kommun, 2024-01-15", "Trygghetsrådet", "body-from-title"),
        # a name in the genitive before the kind of document or meeting, without its s
        ("Trygghetsrådets protokoll 2024-01-15", "Trygghetsrådet", "body-from-title"),
        ("Protokoll fört vid Samverkansrådets sammanträde 2025-04-01", "Samverkansrådet", "body-from-title"),
        ("Kommunfullmäktiges protokoll 2024-01-15", "Kommunfullmäktige", "body-from-title"),
        ("Protokoll Polisens samverkansmöte 2024-01-15", "Polisen", "body-from-title"),
        ("Protokoll Anders samverkansmöte 2024-01-15", "Anders", "body-from-title"),  # no genitive ending
        # a body after a preposition keeps its lower-case words, up to a date or a comma
        ("Protokoll fört vid styrelsemöte i Brottsförebyggande rådet Norrby 2024-01-15", "Brottsförebyggande rådet Norrby", "body-from-title"),
        ("Protokoll från sammanträde med Socialnämnden den 15 januari 2024", "Socialnämnden", "body-from-title"),
        ("Protokoll från årsmöte i Föreningen Trygga gator, Norrvik 2024-01-15", "Föreningen Trygga gator", "body-from-title"),
        # ... unless a body named by what it is comes first: the preposition is part of its name
        ("Minnesanteckningar från möte i styrgruppen för Trygg stad 2024-01-15", "Styrgruppen för Trygg stad", "body-from-title"),
        ("Protokoll, Lokala rådet i Ösby, 3 mars 2025", "Lokala rådet i Ösby", "body-from-title"),
        # a day's name before the date is no part of the body
        ("Protokoll fört vid årsmöte i Föreningen Gläntan söndagen den 2 mars 2025", "Föreningen Gläntan", "body-from-title"),
        ("Protokoll styrelsen Trygg stad Måndag 3 mars 2025", "Styrelsen Trygg stad", "body-from-title"),
        # else the body the meeting's word names; a word naming a meeting is no body's name
        ("Minnesanteckningar från styrgruppsmöte 2024-01-15", "Styrgruppen", "body-from-title"),
        ("PROTOKOLL – STYRELSEMÖTE 2024-01-15", "Styrelsen", "body-from-title"),
        ("Protokoll arbetsutskottssammanträde 2024-01-15", "Arbetsutskottet", "body-from-title"),
        ("PROTOKOLL STYRELSEMÖTE BRÅ 2024-01-15", "BRÅ", None),
        ("Protokoll årsmöte 2024-01-15", "Protokoll årsmöte", "no-body"),  # whose? the title does not say
        # a body named by what it is, in the definite form, and the words after it
        ("Minnesanteckningar arbetsgruppen Trygg skolväg 2024-05-02", "Arbetsgruppen Trygg skolväg", "body-from-title"),
        ("Protokoll fört vid sammanträde med socialnämnden den 3 maj 2024", "Socialnämnden", "body-from-title"),
        ("Protokoll styrelsen 2024-01-15", "Styrelsen", "body-from-title"),
        ("Protokoll Brottsförebyggande rådet Åsby 2025-09-15", "Brottsförebyggande rådet Åsby", "body-from-title"),
        ("Mötesanteckningar 2025-01-20 – Nätverket Trygg handel", "Nätverket Trygg handel", "body-from-title"),
        ("Protokoll 2024-01-15", "Protokoll", "no-body"),
        # after a dash that follows the kind of document, up to the date (not "Björkby" after "i")
        ("Minnesanteckningar – Nattvandrarna i Björkby 2025-04-22", "Nattvandrarna i Björkby", "body-from-title"),
        ("Minnesanteckningar – Nätverket Trygg hamn, 6 maj 2025", "Nätverket Trygg hamn", "body-from-title"),
        ("Protokoll - Trygghetsrådet Norrvik tisdagen den 4 mars 2025", "Trygghetsrådet Norrvik", "body-from-title"),
        ("Protokoll – styrelsemöte 2024-01-15", "Styrelsen", "body-from-title"),  # a meeting's word is no body
        # a company's form is no body's name; the company's name is
        ("Protokoll fört vid styrelsesammanträde i Stenbrinks Bostäder AB 2024-02-08", "Stenbrinks Bostäder AB", "body-from-title"),
        ("Styrelseprotokoll Stenbrink Energi AB 2024-02-08", "Stenbrink Energi AB", "body-from-title"),
        # capitalised words right before the preposition are the body's, not only the place after it
        ("Anteckningar från styrelsemöte Nattvandrarna i Kvarnby, 3 juni 2025", "Nattvandrarna i Kvarnby", "body-from-title"),
        # a body's noun after more than one adjective
        ("Minnesanteckningar Lokala brottsförebyggande rådet Hagaby 2025-04-09", "Lokala brottsförebyggande rådet Hagaby", "body-from-title"),
    ],
)
def test_the_body_is_read_from_the_title(title: str, body: str, code: str | None) -> None:
    """Upper-case words first, then capitalised ones (a guess), then the title without its
    date: never the date itself, which a title without an upper-case word used to give."""
    m = parse_text(f"{title}\n\n§ 1 Öppnande\n\nMötet öppnades.\n")
    assert m.body == body
    assert [(d.code, d.line) for d in m.diagnostics if "body" in d.code] == ([(code, 1)] if code else [])


@pytest.mark.parametrize(
    ("head", "body", "preamble"),
    [
        ("Gävleborgs Trygghetsnätverk\nMinnesanteckningar från möte 2025-11-04", "Gävleborgs Trygghetsnätverk", []),
        ("Gävleborgs Trygghetsnätverk\n\nMinnesanteckningar från möte 2025-11-04", "Gävleborgs Trygghetsnätverk", []),  # the first line
        # before the meeting's word: the association's board, not "Styrelsen"
        ("Föreningen Tryggare Åby\nProtokoll fört vid styrelsemöte 2025-03-06", "Föreningen Tryggare Åby", []),
        # the title names its body: the line above stays text
        ("Norrviks kommun\nProtokoll socialnämnden 2025-01-01", "Socialnämnden", ["Norrviks kommun"]),
        # a paragraph of its own, not the first: text
        ("Hej.\n\nGävleborgs Trygghetsnätverk\n\nMinnesanteckningar från möte 2025-11-04", "Minnesanteckningar från möte",
         ["Hej.", "Gävleborgs Trygghetsnätverk"]),
        ("Välkomna alla, nu kör vi\nMinnesanteckningar från möte 2025-11-04", "Minnesanteckningar från möte", ["Välkomna alla, nu kör vi"]),
    ],
)
def test_a_body_named_on_the_line_above_the_title(head: str, body: str, preamble: list[str]) -> None:
    m = parse_text(f"{head}\n\n§ 1 Öppnande\n\nMötet öppnades.\n")
    assert (m.body, [p.text for p in m.preamble]) == (body, preamble)
    assert ("body-above-title" in [d.code for d in m.diagnostics]) is (body != "Minnesanteckningar från möte" and body != "Socialnämnden")


@pytest.mark.parametrize("gap", ["      ", "\t", " "])
def test_a_case_number_at_the_end_of_the_heading_line_is_the_items_first_paragraph(gap: str) -> None:
    m = parse_text(FORMAL_HEAD + f"§ 22    Ekonomisk uppföljning februari 2024{gap}Dnr SN 2024/14\n\nLisa Ström redovisade.\n")
    item = m.items[0]
    assert (item.heading, [p.text for p in item.paragraphs]) == ("Ekonomisk uppföljning februari 2024", ["Dnr SN 2024/14", "Lisa Ström redovisade."])
    assert [d.code for d in m.diagnostics if d.code == "case-number"] == ["case-number"]


@pytest.mark.parametrize("dash", ["–", "-"])
def test_a_spaced_dash_after_an_items_word_and_number_is_no_part_of_the_heading(dash: str) -> None:
    m = parse(f"### Ärende 1 {dash} Föregående protokoll\n\nText.\n\n### Ärende 2 {dash} Ekonomi\n\nText.\n")
    assert [(i.number, i.heading) for i in m.items] == [(1, "Föregående protokoll"), (2, "Ekonomi")]  # type: ignore[attr-defined]


def test_a_case_number_on_the_item_line_puts_the_heading_below() -> None:
    m = parse_text(FORMAL_HEAD + "§ 12 Dnr KS 2024/33\nLägesbild våren 2024\n\nLisa Ström redovisade.\n")
    item = m.items[0]
    assert (item.number, item.heading) == (12, "Lägesbild våren 2024")
    assert [p.text for p in item.paragraphs] == ["Dnr KS 2024/33", "Lisa Ström redovisade."]
    assert [(d.code, d.line) for d in m.diagnostics if d.code == "case-number"] == [("case-number", 11)]


def test_part_headings_and_case_numbers_are_paragraphs_of_their_own() -> None:
    m = parse_text(
        FORMAL_HEAD + "§ 12 Trygghetsvandringar\nDnr 2024/41\nBakgrund\nVandringarna gjordes i maj.\n"
        "Arbetsutskottets beslut:\nRådet beslutar att genomföra två vandringar.\nExpedieras till\nPolisen\n"
    )
    assert [p.text for p in m.items[0].paragraphs] == [
        "Dnr 2024/41", "Bakgrund", "Vandringarna gjordes i maj.", "Arbetsutskottets beslut:",
        "Rådet beslutar att genomföra två vandringar.", "Expedieras till", "Polisen",
    ]
    assert [d.text for d in m.items[0].decisions] == ["Rådet beslutar att genomföra två vandringar."]


def test_a_line_after_a_part_heading_joins_nothing_across_a_break() -> None:
    m = parse_text(FORMAL_HEAD + "§ 1 A\n\nBeslut\n\nrådet beslutar att avsluta.\n\nExpedieras till\npolisen\n")
    assert [p.text for p in m.items[0].paragraphs] == ["Beslut", "rådet beslutar att avsluta.", "Expedieras till", "polisen"]


def test_the_signatures_of_formal_minutes() -> None:
    m = parse_text(
        FORMAL_HEAD.replace("Ida Ek (S), ordförande", "Ida Ek (S)") + "§ 1 A\n\nB.\n\n"
        "Underskrifter\nSekreterare\nKarl Nord\nOrdförande\nIda Ek\nJusterande\nBo Lund\n"
    )
    assert (m.minute_taker, m.chair, m.adjusters, m.closing) == ("Karl Nord", "Ida Ek", ("Bo Lund",), ())
    assert [p.text for p in m.items[0].paragraphs] == ["B."]
    assert [d.message for d in m.diagnostics if d.code == "signature-label"] == [
        "read 'Underskrifter' as the heading of the signatures",
        "read 'Sekreterare' as the label above the minute-taker's names",
        "read 'Ordförande' as the label above the chair's names",
        "read 'Justerande' as the label above the adjusters' names",
    ]


def test_signatures_side_by_side_under_their_labels() -> None:
    m = parse_text(FORMAL_HEAD + "§ 1 A\n\nB.\n\nSekreterare\tOrdförande\tJusterande\nKarl Nord\tIda Ek\tBo Lund\n")
    assert (m.minute_taker, m.chair, m.adjusters) == ("Karl Nord", "Ida Ek", ("Bo Lund",))


SIGNED = "Protokoll BIG 2024-03-14\n\nNärvarande: Ida Ek, Bo Lund, Cai Berg\n\n§ 1 Öppnande\n\nMötet öppnades.\n\n"


@pytest.mark.parametrize(
    ("block", "signed"),
    [
        # under "Justeras", each name with its role beside it, after a comma or in brackets
        ("Justeras\nIda Ek, ordförande          Bo Lund, justerare\n", ("Ida Ek", None, ("Ida Ek", "Bo Lund"))),
        ("Vid protokollet\nCai Berg (sekreterare)\n\nJusteras\nBo Lund (justerare)\n", (None, "Cai Berg", ("Bo Lund",))),
        # no label at all: the roles say it, when only signatures follow
        ("Cai Berg, sekreterare          Ida Ek, ordf.\n", ("Ida Ek", "Cai Berg", ())),
        # the role on the line right below each name (a name clarification), with or without
        # a label above and lines to sign on
        ("Justeras\n\nIda Ek          Bo Lund\nOrdförande          Justerare\n", ("Ida Ek", None, ("Ida Ek", "Bo Lund"))),
        ("Cai Berg\nSekreterare\n\nIda Ek\nOrdförande\n", ("Ida Ek", "Cai Berg", ())),
        (
            "....................          ....................\nCai Berg          Ida Ek\nSekreterare          Ordförande\n",
            ("Ida Ek", "Cai Berg", ()),
        ),
    ],
    ids=["comma-under-label", "brackets", "roles-alone", "role-below-label", "role-below", "rules-names-roles"],
)
def test_a_role_beside_or_below_a_signature_says_what_it_signs_as(
    block: str, signed: tuple[str | None, str | None, tuple[str, ...]]
) -> None:
    m = parse_text(SIGNED + block)
    assert (m.chair, m.minute_taker, m.adjusters) == signed
    assert [p.text for p in m.items[0].paragraphs] == ["Mötet öppnades."]
    assert m.closing == ()
    assert not [d for d in m.diagnostics if d.severity.value == "warning"]
    roles = [d.message for d in m.diagnostics if d.code == "signature-role"]
    assert len(roles) == 2, roles  # one for each name, saying which role it read


def test_labels_right_above_names_stay_labels_above_them() -> None:
    """Stacked with no blank lines, "Ordförande" below Cai Berg's name is the label above Ida
    Ek's: the names after a label are what it labels."""
    m = parse_text(SIGNED + "Sekreterare\nCai Berg\nOrdförande\nIda Ek\n")
    assert (m.chair, m.minute_taker, m.adjusters) == ("Ida Ek", "Cai Berg", ())
    assert not [d for d in m.diagnostics if d.code == "signature-role"]


def test_a_name_with_a_role_inside_the_last_item_stays_in_it() -> None:
    """A row like a signature with text after it (the board's roles, chosen at the meeting)."""
    m = parse_text(SIGNED + "Till styrelsen valdes:\n\nIda Ek, ordförande\n\nSedan avslutades mötet.\n")
    assert [p.text for p in m.items[0].paragraphs] == [
        "Mötet öppnades.", "Till styrelsen valdes:", "Ida Ek, ordförande", "Sedan avslutades mötet."
    ]
    assert (m.minute_taker, m.adjusters) == (None, ())


def test_signatures_on_the_first_page_and_at_the_end_are_one_set() -> None:
    """The first page's block names the roles; the end's adds what it lacks, each adjuster once."""
    m = parse_text(
        FORMAL_HEAD.replace("Ida Ek (S), ordförande", "Ida Ek (S)") + "Underskrifter\tSekreterare\t..........\n\t\tKarl Nord\n"
        "\tJusterande\t..........\n\t\tBo Lund\n\n§ 1 A\n\nB.\n\nJusteras\nBo Lund\tIda Ek\n"
    )
    assert (m.minute_taker, m.adjusters, m.closing) == ("Karl Nord", ("Bo Lund", "Ida Ek"), ())
    assert [p.text for p in m.items[0].paragraphs] == ["B."]


def test_a_chair_field_with_a_line_to_sign_on_names_no_chair() -> None:
    m = parse_text(FORMAL_HEAD.replace("Ida Ek (S), ordförande", "Ida Ek (S)") + "Ordförande\t..........\n\n§ 1 A\n\nB.\n")
    assert m.chair is None
    assert [p.text for p in m.preamble] == ["Ordförande .........."]


@pytest.mark.parametrize(
    ("first", "second", "field"),
    [
        ("Justeringens", "plats och tid\tStadshuset 2024-03-18", "header-unmodelled"),
        ("Plats", "och tid\tStadshuset, kl. 13-15", "header-field"),
        # the value beside the label's first line
        ("Justeringens\tStadshuset 2024-03-18", "plats och tid", "header-unmodelled"),
        ("Plats\tStadshuset, kl. 13-15", "och tid", "header-field"),
    ],
)
def test_a_label_wrapped_in_its_column_is_joined(first: str, second: str, field: str) -> None:
    m = parse_text(FORMAL_HEAD + f"{first}\n{second}\n\n§ 1 A\n\nB.\n")
    assert [(d.code, d.line) for d in m.diagnostics if d.line == 11] == [(field, 11), ("label-joined", 11)]
    assert m.place == ("Stadshuset" if first.startswith("Plats") else None)
    assert not any(d.code == "unplaced-text" for d in m.diagnostics)


def test_an_organisation_number_under_the_title_is_kept_without_a_warning() -> None:
    m = parse_text("Protokoll fört vid styrelsemöte i Stenbrinks Bostäder AB 2024-05-14\n(org.nr 556987-1234)\n\n§ 1 A\n\nB.\n")
    assert (m.body, [p.text for p in m.preamble]) == ("Stenbrinks Bostäder AB", ["(org.nr 556987-1234)"])
    assert [(d.code, d.severity.value) for d in m.diagnostics if d.line == 2] == [("header-unmodelled", "info")]


@pytest.mark.parametrize("rule", ["..............................", "______________", "--------------"])
def test_the_lines_to_sign_on_are_no_names(rule: str) -> None:
    """A form's signature block: label and line to sign on side by side, the name below."""
    m = parse_text(
        FORMAL_HEAD.replace("Ida Ek (S), ordförande", "Ida Ek (S)") + "§ 1 A\n\nB.\n\n"
        f"Underskrifter\tSekreterare\t{rule}\n\t\tKarl Nord\n\tOrdförande\t{rule}\n\t\tIda Ek\n"
        f"\tJusterande\t{rule}\n\t\tBo Lund\n"
    )
    assert (m.minute_taker, m.chair, m.adjusters, m.closing) == ("Karl Nord", "Ida Ek", ("Bo Lund",), ())
    assert [d.line for d in m.diagnostics if d.code == "signature-rule"] == [15, 17, 19]
    assert not [d for d in m.diagnostics if d.severity.value == "warning"]


def test_fields_of_formal_minutes_without_a_model_field_are_kept_quietly() -> None:
    """Recognised, so an info diagnostic says what became of them, not a warning; each field
    a paragraph of its own, though no blank line parts them."""
    m = parse_text(FORMAL_HEAD + "Justeringens plats och tid: Kommunhuset 2024-03-18\nParagrafer: 1\n\n§ 1 A\n\nB.\n")
    assert [p.text for p in m.preamble] == ["Justeringens plats och tid: Kommunhuset 2024-03-18", "Paragrafer: 1"]
    assert [(d.code, d.line) for d in m.diagnostics if d.code.startswith(("header-unmodelled", "unplaced"))] == [
        ("header-unmodelled", 11), ("header-unmodelled", 12)
    ]


@pytest.mark.parametrize("certificate", ["Rätt utdraget intygar: Ida Ek, registrator", "Rätt utdraget betygar\nIda Ek"])
def test_an_extracts_certificate_is_closing_text(certificate: str) -> None:
    m = parse_text("PROTOKOLLSUTDRAG\nKommunstyrelsen\nSammanträdesdatum 2024-04-09\n\n§ 58 A\n\nB.\n\n" + certificate + "\n")
    assert [p.text for p in m.items[0].paragraphs] == ["B."]
    assert [p.text for p in m.closing] == [" ".join(certificate.split())]
    assert [d.code for d in m.diagnostics if d.code == "notice"] == ["notice"]


@pytest.mark.parametrize("signatures", ["Vid protokollet\nKarl Nord\n\n", ""])
def test_the_notice_of_adjustment_is_closing_text(signatures: str) -> None:
    m = parse_text(
        FORMAL_HEAD + "§ 1 A\n\nB.\n\n" + signatures + "ANSLAG/BEVIS\nProtokollet är justerat.\n"
        "Datum då anslaget sätts upp: 2024-03-19\nFörvaringsplats för protokollet: Kommunkansliet\n"
    )
    assert [p.text for p in m.items[0].paragraphs] == ["B."]
    assert [p.text for p in m.closing] == [
        "ANSLAG/BEVIS Protokollet är justerat. Datum då anslaget sätts upp: 2024-03-19 "
        "Förvaringsplats för protokollet: Kommunkansliet"
    ]
    assert m.minute_taker == ("Karl Nord" if signatures else None)
    assert [d.code for d in m.diagnostics if d.severity.value == "warning"] == []
    assert sum(d.code == "notice" for d in m.diagnostics) == 1


@pytest.mark.parametrize("mark", ["## ", ""])
def test_numbered_headings_may_start_anywhere_only_as_headings(mark: str) -> None:
    m = parse_text(f"Protokoll BIG 2024-03-14\n\n{mark}31. Öppnande\n\nText.\n\n{mark}32. Ekonomi\n\nText.\n")
    assert [(i.number, i.heading) for i in m.items] == ([(31, "Öppnande"), (32, "Ekonomi")] if mark else [])


@pytest.mark.parametrize("word", ["Punkt", "Ärende", "punkt"])
@pytest.mark.parametrize("mark", [":", ".", ""])
def test_items_numbered_after_a_word(word: str, mark: str) -> None:
    m = parse_text(
        f"Protokoll BIG 2024-03-14\n\n{word} 1{mark} Öppnande\n\nIda Ek öppnade.\n\n{word} 2{mark} Ekonomi\n\nBudgeten godkändes.\n"
    )
    assert [(i.number, i.heading) for i in m.items] == [(1, "Öppnande"), (2, "Ekonomi")]
    # the word stands before each number: the diagnostic keeps it as often
    assert [d.message for d in m.diagnostics] == [
        f"no § in the text: read the numbered headings ({word} 1, {word} 2) as the items"
    ]


@pytest.mark.parametrize(
    "part",
    [
        "Beslut", "Rådets beslut", "Förslag till beslut", "Arbetsutskottets förslag till beslut", "Beslutsunderlag",
        "Ärendebeskrivning", "Ärendet", "Sammanfattning", "Sammanfattning av ärendet", "Bakgrund", "Yrkande",
        "Yrkanden", "Propositionsordning", "Reservation", "Reservationer", "Protokollsanteckning",
        "Protokollsanteckningar", "Jäv", "Expedieras till", "Beslutet skickas till", "Beslutet expedieras till",
    ],
)
@pytest.mark.parametrize("colon", ["", ":"])
def test_every_part_heading_is_a_paragraph_of_its_own(part: str, colon: str) -> None:
    """The cheap look before the pattern (how a line ends) lets each of them through."""
    m = parse_text(f"Protokoll BIG 2024-03-14\n\n§ 1 A\nText före.\n{part}{colon}\nText efter.\n")
    assert [p.text for p in m.items[0].paragraphs] == ["Text före.", f"{part}{colon}", "Text efter."]


@pytest.mark.parametrize(
    ("head", "title"),
    [
        ("Protokoll fört vid\nledningsgruppsmöte BIG 2025-\n05-22", "Protokoll fört vid ledningsgruppsmöte BIG 2025-05-22"),
        ("Protokoll fört vid\nledningsgruppsmöte BIG 2025-05-22", "Protokoll fört vid ledningsgruppsmöte BIG 2025-05-22"),
    ],
)
def test_a_title_wrapped_with_its_date_onto_the_lines_below_is_joined(head: str, title: str) -> None:
    """As a large font wraps the title in a PDF; the lines' words are all in the title."""
    m = parse_text(f"{head}\n\nNärvarande:\n\nIda Ek\tPolisen\n\n§ 1 A\n\nB.\n")
    assert (m.title, m.body, m.meeting_date) == (title, "BIG", dt.date(2025, 5, 22))
    assert "title-joined" in {d.code for d in m.diagnostics}


def test_a_title_without_a_date_is_not_joined_to_lines_without_one() -> None:
    m = parse_text("2025-05-22\n\nProtokoll fört vid\nledningsgruppsmöte BIG\n\n§ 1 A\n\nB.\n")
    assert (m.title, m.meeting_date) == ("Protokoll fört vid", dt.date(2025, 5, 22))
    assert "title-joined" not in {d.code for d in m.diagnostics}
    assert any("ledningsgruppsmöte BIG" in p.text for p in m.preamble)


def test_item_headings_without_blank_lines_around_them_as_a_compact_pdf_gives_them() -> None:
    """A PDF whose paragraphs have no space between them gives no blank lines: a § line is
    an item's heading when it reads as one (no sentence) and numbers on from the last item
    (the first: after a sentence's end or a table row, or with the next number further on)."""
    m = parse_text(
        "Protokoll fört vid ledningsgruppsmöte BIG 2025-05-22\nNärvarande:\nIda Ek\tPolisen\nBo Lund\tBIG\n"
        "§ 1 Öppnande\nIda Ek öppnade mötet.\n§ 2 Lokaler\nSe bifogad fil\n§ 3 Övrigt\n§ 4 Nästa möte\n"
        "Frågan tas upp enligt\n§ 6 Kommunallagen och beslutas då.\nMötet avslutades.\n"
    )
    assert [(i.number, i.heading) for i in m.items] == [(1, "Öppnande"), (2, "Lokaler"), (3, "Övrigt"), (4, "Nästa möte")]
    assert [p.text for p in m.item(4).paragraphs] == [
        "Frågan tas upp enligt § 6 Kommunallagen och beslutas då. Mötet avslutades."
    ]


def test_a_section_sign_inside_a_sentence_is_no_heading() -> None:
    m = parse_text(
        "Protokoll fört vid ledningsgruppsmöte BIG 2025-05-22\n\nNärvarande:\n\nIda Ek\tPolisen\n\n"
        "Ärendet prövas enligt\n§ 2 förvaltningslagen.\n\nMer text i\n§ 5 Budget\n"
    )
    assert m.items == ()


def test_a_compact_pdfs_item_headings_may_end_with_a_full_stop_when_they_number_on() -> None:
    m = parse_text(
        "Protokoll fört vid ledningsgruppsmöte BIG 2025-05-22\nNärvarande:\nIda Ek\tPolisen\n"
        "§ 1 Öppnande\nIda Ek öppnade mötet.\n§ 2 Budget för 2026.\nBudgeten godkändes enligt\n§ 3 kommunallagen.\n"
    )
    assert [(i.number, i.heading) for i in m.items] == [(1, "Öppnande"), (2, "Budget för 2026.")]
    assert [p.text for p in m.item(2).paragraphs] == ["Budgeten godkändes enligt § 3 kommunallagen."]


@pytest.mark.parametrize(("before", "found"), [("Ida Ek öppnade mötet.", True), ("Ida Ek öppnade mötet enligt", False)])
def test_a_compact_pdfs_item_heading_after_a_left_out_number_needs_a_sentences_end(before: str, found: bool) -> None:
    """§ 3 after § 1 (no § 2, as minutes have it at times): after a sentence's end."""
    m = parse_text(
        f"Protokoll fört vid ledningsgruppsmöte BIG 2025-05-22\nNärvarande:\nIda Ek\tPolisen\n§ 1 Öppnande\n{before}\n"
        "§ 3 Övriga frågor\nInga frågor.\n"
    )
    assert [i.number for i in m.items] == ([1, 3] if found else [1])


def test_a_heading_that_goes_on_in_a_paragraph_of_its_own_is_joined() -> None:
    """PDF text made into a document a line a paragraph: the heading's second line is a
    paragraph of its own, in lower case and no sentence."""
    m = parse("§ 4 Lars och Pia beskriver arbetet kring den nya\n\nsocialtjänstlagen\n\nLars och Pia beskriver.\n")
    item = m.items[0]  # type: ignore[attr-defined]
    assert item.heading == "Lars och Pia beskriver arbetet kring den nya socialtjänstlagen"
    assert [p.text for p in item.paragraphs] == ["Lars och Pia beskriver."]
    assert "heading-joined" in {d.code for d in m.diagnostics}  # type: ignore[attr-defined]
    kept = parse("§ 4 Budget\n\nföljande beslutades om budgeten för nästa år.\n")
    assert kept.items[0].heading == "Budget"  # type: ignore[attr-defined]


def test_numbered_headings_without_blank_lines_after_an_agenda() -> None:
    """Minutes without §, as compact PDF text: the agenda's run of numbered lines, then the
    same headings again as the items; numbered sentences inside an item are no headings."""
    m = parse_text(
        "Minnesanteckningar BIG ledningsgrupp 2024-10-03\nNärvarande:\nKarin Fors, BIG\nDagordning\n"
        "1. Mötets öppnande\n2. Lägesbild\n1. Mötets öppnande\nKarin Fors öppnade mötet.\n2. Lägesbild\n"
        "Elias Strand redovisade:\n1. Färre inbrott i centrum.\n2. Oron kvarstår.\n"
    )
    assert [(i.number, i.heading) for i in m.items] == [(1, "Mötets öppnande"), (2, "Lägesbild")]
    assert [p.text for p in m.item(2).paragraphs] == ["Elias Strand redovisade:", "1. Färre inbrott i centrum.", "2. Oron kvarstår."]


NOTES = (
    "# Minnesanteckningar styrgruppen Norrby 2024-03-05\n\n"
    "## Närvarande\n\n- Ida Ek, Polisen\n- Bo Lund, BIG\n\n"
    "## Dagordning\n\n- Ekonomi\n- Lägesbild\n\n"
    "## Ekonomi\n\nBudgeten godkändes.\n\n"
    "## Lägesbild\n\n### Polisen\n\nLugnt i centrum.\n\n### BIG\n\nTvå vandringar.\n\n"
    "## Övrigt\n\nInget.\n\nVid anteckningarna\n\nBo Lund\n"
)


def test_headings_with_no_number_are_the_items_of_notes_that_number_none() -> None:
    """The headings of one level past the header's own (Närvarande, Dagordning) are the
    items, numbered by their place and marked unnumbered; those a level down are reports."""
    m = parse_text(NOTES)
    assert [(i.number, i.heading, i.numbered) for i in m.items] == [
        (1, "Ekonomi", False), (2, "Lägesbild", False), (3, "Övrigt", False)
    ]
    assert [s.heading for s in m.items[1].subsections] == ["Polisen", "BIG"]
    assert [a.name for a in m.attendees] == ["Ida Ek", "Bo Lund"]
    assert [p.text for p in m.preamble] == ["Dagordning", "- Ekonomi", "- Lägesbild"]
    assert m.minute_taker == "Bo Lund" and m.closing == ()
    assert m.items[0].decisions[0].outcome.value == "approved"
    unnumbered = [d for d in m.diagnostics if d.code == "unnumbered-items"]
    assert [(d.line, d.severity.value) for d in unnumbered] == [(13, "info")]  # "## Ekonomi"
    assert "3 headings of level 2" in unnumbered[0].message


@pytest.mark.parametrize(
    "body",
    [
        "## Ekonomi\n\nText.\n",  # one heading: too few to be a list of items
        "§ 1 Ekonomi\n\n## Budget\n\nText.\n\n## Prognos\n\nText.\n",  # a § numbers the items
        "1. Ekonomi\n\nText.\n\n2. Budget\n\n## Prognos\n\nText.\n\n## Utfall\n\nText.\n",  # so do numbered headings
    ],
)
def test_unnumbered_headings_are_items_only_where_nothing_numbers_them(body: str) -> None:
    m = parse_text(f"Minnesanteckningar BIG 2024-03-05\n\n{body}")
    assert all(item.numbered for item in m.items)
    assert not any(d.code == "unnumbered-items" for d in m.diagnostics)


BOLD_NOTES = (
    "**Minnesanteckningar styrgruppen Norrby 2024-03-05**\n\n"
    "**Närvarande:** Ida Ek, Polisen; Bo Lund, BIG\n\n"
    "**Ekonomi**\n\nBudgeten godkändes. **Viktigt** att följa upp.\n\n"
    "**Lägesbild**\n\nLugnt i centrum.\n\n"
    "**Nästa möte**\n\n18 mars kl. 14.\n\n"
    "**Vid anteckningarna**\n\nBo Lund\n"
)


def test_lines_in_bold_are_the_items_of_notes_with_no_headings() -> None:
    """Markdown notes that head their items with a line in bold, no heading style: those
    lines are the items, past the title and a label of the header's; a label of the header's
    after the first ("Nästa möte") is an item too, a signature's label none."""
    m = parse_text(BOLD_NOTES)
    assert [(i.number, i.heading, i.numbered) for i in m.items] == [
        (1, "Ekonomi", False), (2, "Lägesbild", False), (3, "Nästa möte", False)
    ]
    assert [p.text for p in m.items[0].paragraphs] == ["Budgeten godkändes. Viktigt att följa upp."]
    assert [(a.name, a.organisation) for a in m.attendees] == [("Ida Ek", "Polisen"), ("Bo Lund", "BIG")]
    assert (m.minute_taker, m.next_meeting.date if m.next_meeting else None) == ("Bo Lund", dt.date(2024, 3, 18))
    unnumbered = [d for d in m.diagnostics if d.code == "unnumbered-items"]
    assert [d.line for d in unnumbered] == [5] and "3 lines in bold" in unnumbered[0].message


@pytest.mark.parametrize(
    "body",
    [
        "**Ekonomi**\n\nText.\n",  # one line in bold: too few
        "§ 1 Ekonomi\n\n**Budget**\n\nText.\n\n**Prognos**\n\nText.\n",  # a § numbers the items: bold lines are text
        "## Ekonomi\n\n**Budget**\n\nText.\n\n## Lokaler\n\n**Utfall**\n\nText.\n",  # headings head them
        "Text **Budget**\n\n**Prognos** och mer.\n",  # bold words, no line in bold
    ],
)
def test_lines_in_bold_are_items_only_where_nothing_else_heads_them(body: str) -> None:
    m = parse_text(f"Minnesanteckningar BIG 2024-03-05\n\n{body}")
    assert not [i.heading for i in m.items if i.heading in {"Budget", "Prognos", "Utfall"}]


def test_a_title_set_as_a_heading_is_no_item_but_a_heading_naming_protokoll_further_down_is() -> None:
    m = parse_text("## Protokoll BIG 2024-03-05\n\n## Föregående protokoll\n\nLades till handlingarna.\n\n## Ekonomi\n\nText.\n")
    assert m.title == "Protokoll BIG 2024-03-05"
    assert [i.heading for i in m.items] == ["Föregående protokoll", "Ekonomi"]


def test_the_shallowest_level_two_headings_share_holds_the_items() -> None:
    """A lone level-2 heading (an appendix) is no level of items; the ### are."""
    m = parse_text("Anteckningar BIG 2024-03-05\n\n### Ekonomi\n\nText.\n\n### Lokaler\n\nText.\n\n## Bilaga\n\nLista.\n")
    assert [i.heading for i in m.items] == ["Ekonomi", "Lokaler"]
    assert [s.heading for s in m.items[1].subsections] == ["Bilaga"]


@pytest.mark.parametrize(
    "line",
    ["Tid: kl. 13.00–15.00 Plats: Hamnkontoret", "Tid: 13.00-15.00, Plats: Hamnkontoret", "Tid: kl 13–15; plats: Hamnkontoret"],
)
def test_two_fields_on_one_line_are_both_read(line: str) -> None:
    """A Markdown paragraph of two field lines is one line in Word: each field is read."""
    m = parse_text(f"Protokoll BIG 2024-03-05\n\n{line}\n\n§ 1 A\n\nB.\n")
    assert (m.start, m.end, m.place) == (dt.time(13), dt.time(15), "Hamnkontoret")
    assert [d.code for d in m.diagnostics if d.line == 3][:1] == ["fields-apart"]


def test_a_field_line_with_a_colon_in_its_value_alone_is_one_field() -> None:
    m = parse_text("Protokoll BIG 2024-03-05\n\nPlats: Rum 3: Ankaret\n\n§ 1 A\n\nB.\n")
    assert m.place == "Rum 3: Ankaret"
    assert not any(d.code == "fields-apart" for d in m.diagnostics)


def test_a_heading_ends_the_attendance_list_above_it() -> None:
    """Not a block of organisations for the names above ("Per Ek" of "Information")."""
    m = parse_text("Protokoll BIG 2024-03-05\n\nFrånvarande: Per Ek\n\n## Information\n\nText här.\n\n§ 1 A\n\nB.\n")
    assert [(a.name, a.organisation) for a in m.absent] == [("Per Ek", None)]
    assert [p.text for p in m.preamble] == ["Information", "Text här."]


@pytest.mark.parametrize("mark", ["§", " §", " §.", " §:"])
def test_the_section_sign_after_the_number_heads_an_item(mark: str) -> None:
    """Finland-Swedish minutes write "3 § Ekonomi"; so do some associations."""
    m = parse_text(f"Protokoll styrelsemöte 2024-01-15\n\n1{mark} Mötets öppnande\n\nA.\n\n2{mark} Ekonomi\n\nB.\n")
    assert [(i.number, i.heading, i.numbered) for i in m.items] == [(1, "Mötets öppnande", True), (2, "Ekonomi", True)]
    assert [d.message for d in m.diagnostics if d.code == "numbered-items"] == [
        "no § before a number in the text: read the numbered headings (1 §, 2 §, ...) as the items"
    ]


@pytest.mark.parametrize(
    ("field", "place"),
    [("Lokal: Sal 3, Stadshuset", "Sal 3, Stadshuset"), ("Mötesplats: Stadshuset", "Stadshuset"), ("Lokal: Sal 3 Tid: 13-15", "Sal 3")],
)
def test_lokal_and_motesplats_give_the_place(field: str, place: str) -> None:
    m = parse_text(f"Protokoll BIG 2024-01-15\n\n{field}\n\n§ 1 A\n\nB.\n")
    assert (m.place, m.preamble) == (place, ())


@pytest.mark.parametrize(
    ("block", "role", "value"),
    [
        ("Antecknat av Ida Ek", "minute_taker", "Ida Ek"),  # the name after "av", no colon
        ("Antecknat av: Ida Ek", "minute_taker", "Ida Ek"),
        ("Justerat av Bo Lund och Cai Berg", "adjusters", ("Bo Lund", "Cai Berg")),
    ],
)
def test_a_signature_label_ending_in_av_with_the_names_after_it(block: str, role: str, value: object) -> None:
    m = parse_text(SIGNED + f"§ 2 Ekonomi\n\nBudgeten godkändes.\n\n{block}\n")
    assert (getattr(m, role), [p.text for p in m.items[-1].paragraphs], m.closing) == (value, ["Budgeten godkändes."], ())


@pytest.mark.parametrize(
    ("block", "minute_taker", "adjusters"),
    [
        ("/Ida Ek", "Ida Ek", ()),  # the writer's sign-off at the end of notes
        ("// Ida Ek, sekreterare", "Ida Ek", ()),
        ("/Ida Ek\n\nJusteras\n\nBo Lund", "Ida Ek", ("Bo Lund",)),
        # a first name alone: the one attendee of that first name
        ("/Ida", "Ida Ek", ()),
        ("Antecknat av: Ida", "Ida Ek", ()),
        ("Vid protokollet\n\nIda\n\nJusteras\n\nCai", "Ida Ek", ("Cai Berg",)),
        ("/Pelle", "Pelle", ()),  # no attendee of that name: as written
    ],
)
def test_a_sign_off_after_a_slash_is_the_minute_takers_signature(block: str, minute_taker: str, adjusters: tuple[str, ...]) -> None:
    m = parse_text(SIGNED + f"§ 2 Ekonomi\n\nBudgeten godkändes.\n\n{block}\n")
    assert (m.minute_taker, m.adjusters, [p.text for p in m.items[-1].paragraphs]) == (minute_taker, adjusters, ["Budgeten godkändes."])


@pytest.mark.parametrize("last", ["/ida", "/Ida Ek\n\nMer text efteråt."])
def test_a_slash_line_that_is_no_sign_off_stays_in_the_item(last: str) -> None:
    m = parse_text(SIGNED + f"§ 2 Ekonomi\n\nBudgeten godkändes.\n\n{last}\n")
    assert (m.minute_taker, [p.text for p in m.items[-1].paragraphs][1:]) == (None, last.split("\n\n"))


@pytest.mark.parametrize("signed", ["Gävle som ovan", "Gävle dag som ovan", "Norrvik 2024-03-18", "Gävle den 18 mars 2024"])
def test_where_the_minutes_were_signed_is_closing_text(signed: str) -> None:
    m = parse_text(SIGNED + f"§ 2 Ekonomi\n\nBudgeten godkändes.\n\n{signed}\n\nBo Lund\nSekreterare\n\nJusteras\n\nIda Ek\n")
    assert [p.text for p in m.items[-1].paragraphs] == ["Budgeten godkändes."]
    assert ([p.text for p in m.closing], m.minute_taker, m.adjusters) == ([signed], "Bo Lund", ("Ida Ek",))
    assert [(d.code, d.line) for d in m.diagnostics if d.code == "signed-at"] == [("signed-at", 13)]


@pytest.mark.parametrize("last", ["Mötet avslutades 2024.", "Gävle kommun deltar som ovan nämnts."])
def test_a_last_line_like_a_place_and_date_that_is_none_stays_in_the_item(last: str) -> None:
    m = parse_text(SIGNED + f"§ 2 Ekonomi\n\nBudgeten godkändes.\n\n{last}\n\nBo Lund\nSekreterare\n")
    assert [p.text for p in m.items[-1].paragraphs] == ["Budgeten godkändes.", last]


def test_the_items_a_first_pages_signatures_cover_are_kept_quietly() -> None:
    m = parse_text(
        FORMAL_HEAD.replace("Ida Ek (S), ordförande", "Ida Ek (S)")
        + "Underskrifter\tSekreterare\tParagrafer 51–53\n\tKarl Nord\n\tJusterande\n\tBo Lund\n\n§ 51 A\n\nB.\n"
    )
    assert (m.minute_taker, m.adjusters) == ("Karl Nord", ("Bo Lund",))
    assert sorted((d.code, d.severity.value) for d in m.diagnostics if d.line == 11) == [
        ("signature-field", "info"), ("signature-label", "info"), ("signature-label", "info")
    ]
    assert "Paragrafer 51–53" in " ".join(p.text for p in (*m.preamble, *m.closing))


@pytest.mark.parametrize(
    "label",
    ["Närvarande ej tjänstgörande ersättare", "Närvarolista", "Närvarande suppleanter", "Deltog på distans",
     "Deltagare från förvaltningen", "Personalföreträdare", "Fackliga företrädare", "Insynsplats",
     "Närvarande med yttranderätt", "Deltagande ledamöter"],
)
@pytest.mark.parametrize("gap", ["\t", ":\n"])
def test_more_labels_of_those_present(label: str, gap: str) -> None:
    m = parse_text(f"Protokoll BIG 2024-03-14\n\n{label}{gap}Sven-Erik Malm (M)\n\n§ 1 A\n\nB.\n")
    assert [(a.name, a.organisation) for a in m.attendees] == [("Sven-Erik Malm", "M")]


def test_absent_substitutes_are_absent() -> None:
    m = parse_text("Protokoll BIG 2024-03-14\n\nFrånvarande ersättare: Eva Sten (V)\n\n§ 1 A\n\nB.\n")
    assert [(a.name, a.organisation) for a in m.absent] == [("Eva Sten", "V")]


def test_an_item_going_on_over_a_page_break_is_one_item() -> None:
    m = parse(
        "§ 77 Taxa\nFörslaget har stämts av med\n\nJusterandes sign\tUtdragsbestyrkande\n\n"
        "§ 77 forts.\nkommunens ekonomiavdelning.\n\n§ 78 Vinter\nText.\n"
    )
    assert [(i.number, [p.text for p in i.paragraphs]) for i in m.items] == [  # type: ignore[attr-defined]
        (77, ["Förslaget har stämts av med kommunens ekonomiavdelning."]), (78, ["Text."])
    ]
    assert "§ 77 forts." in [f.text for f in m.furniture]  # type: ignore[attr-defined]


def test_a_list_of_members_with_their_roles_in_the_first_column() -> None:
    m = parse_text(
        "Protokoll Socialnämndens arbetsutskott 2024-02-07\n\nLedamöter\nOrdförande\tLena Ström (S)\n"
        "Vice ordförande\tHenrik Alm (M)\nLedamot\tFatima Osmani (S)\n\n§ 1 A\n\nB.\n"
    )
    assert [(a.name, a.organisation) for a in m.attendees] == [("Lena Ström", "S"), ("Henrik Alm", "M"), ("Fatima Osmani", "S")]
    assert m.chair == "Lena Ström"
    assert not [d for d in m.diagnostics if d.severity.value == "warning"]


def test_parts_numbered_under_an_item_are_its_subsections() -> None:
    m = parse(
        "§ 21 Lägesbilder\n§ 21 a Polisen\nFärre bränder.\n§ 21 b) Räddningstjänsten\nTre bränder.\n\n"
        "§ 22 Handlingsplan\n22.1 Prioriterade områden\nTrygghet i centrum.\n22.2 Tidplan\nKlar i februari.\n"
        "23.1 Fel nummer\n"
    )
    assert [(i.number, [(s.heading, [p.text for p in s.paragraphs]) for s in i.subsections]) for i in m.items] == [  # type: ignore[attr-defined]
        (21, [("§ 21 a Polisen", ["Färre bränder."]), ("§ 21 b) Räddningstjänsten", ["Tre bränder."])]),
        (22, [("22.1 Prioriterade områden", ["Trygghet i centrum."]), ("22.2 Tidplan", ["Klar i februari. 23.1 Fel nummer"])]),
    ]
    assert not [d for d in m.diagnostics if d.code.startswith("numbering")]  # type: ignore[attr-defined]


@pytest.mark.parametrize("mark", ["·\t", "–\t", "– ", "— ", "o\t", "· "])
def test_the_bullets_word_saves_as_text(mark: str) -> None:
    m = parse(f"§ 2 Lägesbild\nPolisen:\n{mark}Två rån i april.\n{mark}Fler patruller.\n")
    (item,) = m.items  # type: ignore[attr-defined]
    paragraphs = item.all_paragraphs()
    assert [(p.label, p.text) for p in paragraphs[-2:]] == [("-", "Två rån i april."), ("-", "Fler patruller.")]


def test_a_word_o_starts_no_bullet() -> None:
    m = parse("§ 2 A\nText som går\no så vidare.\n")
    assert [p.text for p in m.items[0].paragraphs] == ["Text som går o så vidare."]  # type: ignore[attr-defined]


def test_the_adjustments_place_and_time_under_justering_is_kept_quietly() -> None:
    m = parse_text("Protokoll BIG 2024-05-20\n\nJustering: Rådhuset 2024-05-27\nJustering: Bo Lund\n\n§ 1 A\n\nB.\n")
    assert (m.adjusters, [p.text for p in m.preamble]) == (("Bo Lund",), ["Justering: Rådhuset 2024-05-27"])
    assert [(d.code, d.severity.value) for d in m.diagnostics if d.line == 3] == [("header-unmodelled", "info")]
