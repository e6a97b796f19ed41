"""Stage 4: decisions, assignments, attachments and tabling."""

from __future__ import annotations

import datetime as dt
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bigprotokoll import AgendaItem, Outcome, Paragraph, parse_text
from bigprotokoll.parse.annotate import KEYWORDS, SHALL, _shall_end, annotate_item, keywords_in, sentences
from bigprotokoll.parse.dates import find_date


def annotate(*texts: str, people: tuple[str, ...] = ()) -> AgendaItem:
    item = AgendaItem(1, "Test", tuple(Paragraph(t) for t in texts))
    found = lambda s: (f.date if (f := find_date(s, after=dt.date(2022, 1, 18))) else None)  # noqa: E731
    return annotate_item(item, people, found)


def test_sentences_do_not_split_abbreviations() -> None:
    assert sentences("Arbetet ska bl.a. bedrivas. Det t.o.m. april gäller. Klart!") == [
        "Arbetet ska bl.a. bedrivas.", "Det t.o.m. april gäller.", "Klart!"
    ]
    # before a digit: a chapter, "respektive", a day from, a month cut short
    assert sentences("Lovet ges med stöd av 9 kap. 31 § plan- och bygglagen. Det gäller fr.o.m. 1 juli och t.o.m. 3 dec. 2025. Klart!") == [
        "Lovet ges med stöd av 9 kap. 31 § plan- och bygglagen.", "Det gäller fr.o.m. 1 juli och t.o.m. 3 dec. 2025.", "Klart!"
    ]


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("Dagordningen godkändes.", Outcome.APPROVED),
        ("Föregående protokoll lades till handlingarna.", Outcome.NOTED),
        ("Ledningsgruppen beslutade att anta planen.", Outcome.DECIDED),
        ("Frågan bordläggs till mötet 7 mars.", Outcome.TABLED),
        ("Ärendet bordlades.", Outcome.TABLED),
        ("Ledningsgruppen godkänner rapporten.", Outcome.APPROVED),
        ("Informationen noterades.", Outcome.NOTED),
        ("Informationen tas till protokollet.", Outcome.NOTED),
        ("Skrivelsen läggs till handlingarna.", Outcome.NOTED),
        ("Ledningsgruppen beslutar att anta planen.", Outcome.DECIDED),
        ("Beslut: Planen skickas till kommunstyrelsen.", Outcome.DECIDED),
        ("Ledningsgruppen godkände dagordningen.", Outcome.APPROVED),
        ("Ledningsgruppen antog handlingsplanen.", Outcome.APPROVED),
        ("Mötet fastställde tiderna för hösten.", Outcome.APPROVED),
        ("Nämnden beslutar enligt förvaltningens förslag.", Outcome.DECIDED),
        ("Nämnden beslutar i enlighet med arbetsutskottets förslag.", Outcome.DECIDED),
        ("Nämnden beslutar följande.", Outcome.DECIDED),
        ("Nämnden beslutar: budgeten fastställs.", Outcome.DECIDED),
        ("Ärendet återremitteras till förvaltningen.", Outcome.REFERRED_BACK),
        ("Nämnden beslutar att återremittera ärendet.", Outcome.REFERRED_BACK),  # the outcome, not "decided"
        ("Ärendet återremitterades för komplettering.", Outcome.REFERRED_BACK),
        ("Rapporten noteras.", Outcome.NOTED),
        ("Informationen antecknas till protokollet.", Outcome.NOTED),
        ("Motionen bifalles.", Outcome.APPROVED),  # granted
        ("Mötet biföll förslaget.", Outcome.APPROVED),
        ("Ansökan avslås.", Outcome.DECIDED),  # rejected: the model has no outcome of its own for it
        ("Nämnden avslog ansökan.", Outcome.DECIDED),
        ("Förslaget godtogs.", Outcome.APPROVED),  # accepted
        ("Rapporten godkänns.", Outcome.APPROVED),  # present passive, as formal minutes write it
        ("Årsmötet beviljade styrelsen ansvarsfrihet.", Outcome.APPROVED),  # granted
        ("Till ordförande för 2025 omvaldes Sven Alm.", Outcome.DECIDED),  # elected
        ("Till revisor väljs Bo Lund.", Outcome.DECIDED),
        ("Styrelsen utsåg Ida Ek till kontaktperson.", Outcome.DECIDED),
        ("Gruppen ställer sig bakom förslaget.", Outcome.APPROVED),  # endorses
        ("Ledningsgruppen ställde sig bakom planen.", Outcome.APPROVED),
        ("Gruppen enades om att ses oftare.", Outcome.DECIDED),  # agreed, as working groups decide
        ("Vi kom överens om att bjuda in skolan.", Outcome.DECIDED),
        ("Alla var överens om att fortsätta.", Outcome.DECIDED),
        ("Vi bestämde att köpa västar.", Outcome.DECIDED),
        ("Det bestämdes också att boka lokal.", Outcome.DECIDED),
        ("Rådet noterar informationen.", Outcome.NOTED),  # active, present tense
        ("Nämnden lägger rapporten till handlingarna.", Outcome.NOTED),
        ("Frågan skjuts upp till nästa möte.", Outcome.TABLED),  # put off
    ],
)
def test_decisions(text: str, outcome: Outcome) -> None:
    item = annotate(text)
    assert [(d.text, d.outcome) for d in item.decisions] == [(text, outcome)]


@pytest.mark.parametrize(
    ("text", "adjusted"),
    [
        ("Paragrafen justeras omedelbart.", True),
        ("Beslutet förklarades omedelbart justerat.", True),
        ("Ledningsgruppen beslutar att paragrafen ska förklaras omedelbart justerad.", True),
        ("§ 5 justerades omedelbart.", True),
        ("Omedelbar justering.", True),
        ("Protokollet justeras den 20 mars.", False),  # adjusted, later, as all minutes are
        ("Frågan ska omedelbart utredas.", False),
    ],
)
def test_an_item_adjusted_at_the_meeting(text: str, adjusted: bool) -> None:
    assert annotate("Rapporten presenterades.", text).adjusted_immediately is adjusted


def test_tabling_sets_the_flag_and_the_date() -> None:
    item = annotate("Rapporten presenterades. Frågan bordläggs till mötet 7 mars.")
    assert item.tabled and item.deferred_to == dt.date(2022, 3, 7)


def test_a_sub_item_tabled_is_a_tabled_decision_not_a_tabled_item() -> None:
    """Under "Övrigt", "b) Frågan ... bordlades" tables that question, not the item; a
    bullet is the item's own text."""
    item = AgendaItem(6, "Övrigt", (Paragraph("Omar tar kontakt med skolan.", "a"), Paragraph("Frågan om hemsidan bordläggs till mötet 7 mars.", "b")))
    found = lambda s: (f.date if (f := find_date(s, after=dt.date(2022, 1, 18))) else None)  # noqa: E731
    sub_item = annotate_item(item, (), found)
    assert [d.outcome for d in sub_item.decisions] == [Outcome.TABLED]
    assert (sub_item.tabled, sub_item.deferred_to) == (False, None)
    bullet = annotate_item(AgendaItem(1, "Ekonomi", (Paragraph("Ärendet bordläggs till mötet 7 mars.", "-"),)), (), found)
    assert (bullet.tabled, bullet.deferred_to) == (True, dt.date(2022, 3, 7))


@pytest.mark.parametrize(
    "text",
    [
        "Representanten beskrev läget.",
        "Arbetet fortsätter innan man beslutar om organisationen.",  # present tense, no "att"
        "Planen föreslås antas av KS.",
        "Vid protokollet fanns inga frågor.",
        "Det viktigaste beslutet togs i våras: Beslut om budget.",
        "Polisen antog att fler skulle komma.",  # "antog att": assumed
        "Budgeten är inte godkänd än.",  # a state, and a negated one
        "Ida Ek yrkar bifall till förslaget.",  # motions: "bifall" and "avslag" are what is moved
        "Bo Lund yrkar avslag på förslaget.",
        "Ida noterade att det var kallt.",  # someone noticed; nothing was noted in the minutes
        "Förslaget ska godkännas av nämnden.",  # a passive infinitive: not yet
        "Ansökan om bidrag har beviljats av länsstyrelsen.",  # granted, by someone else, before
        "Bakom förslaget står polisen.",
        "Överenskommelsen med polisen gäller till 2026.",  # an agreement, no decision of the meeting
    ],
)
def test_no_decision_in_plain_text(text: str) -> None:
    item = annotate(text)
    assert not item.decisions and not item.tabled


@pytest.mark.parametrize(
    ("text", "assignee"),
    [
        ("Måns fick i uppdrag att bjuda in studenter.", "Måns"),
        ("Anne tar en ny kontakt med Johan Stenmark.", "Anne"),
        ("Ledningsgruppen beslutade att Magnus Ljung skall färdigställa planen.", "Magnus Ljung"),
        ("Styrelsen ger Per Holm i uppdrag att boka lokal.", "Per Holm"),  # the name after the one who gives it
        ("Nämnden uppdrar åt Sara Nyby att ta fram ett förslag.", "Sara Nyby"),
        ("Ansvarig: Łukasz Nowak", "Łukasz Nowak"),
        ("Åtgärd: Magnus Ljung skickar ut kallelsen.", "Magnus Ljung"),  # a person the minutes name
        ("Att göra: Måns kontaktar polisen.", "Måns"),
        ("ÅTGÄRD: Måns ringer.", "Måns"),
        ("Styrelsen beslöt att ge Per Holm i uppdrag att boka lokal.", "Per Holm"),  # "ge", the infinitive
        ("Per Holm kontaktar kommunen om lokalen.", "Per Holm"),  # present tense: will contact
        ("Ansvar: Måns.", "Måns"),
    ],
)
def test_assignments(text: str, assignee: str) -> None:
    item = annotate(text, people=("Magnus Ljung", "Måns Jennehag"))
    assert [(a.assignee, a.text) for a in item.assignments] == [(assignee, text)]


def test_entries_of_a_task_list_that_start_with_a_person_are_their_tasks() -> None:
    item = AgendaItem(
        3, "Övrigt",
        (
            Paragraph("Att göra:"), Paragraph("Måns: kontakta skolan. Det brådskar.", "-"),
            Paragraph("Magnus Ljung: tar kontakt med polisen", "-"),  # one task, though its words give one too
            Paragraph("Olle: boka lokal", "-"),  # no one the minutes name
            Paragraph("Magnus Ljung: skicka ut kallelsen", "-"),  # after an entry that is no task: the list is over
        ),
    )
    found = annotate_item(item, ("Magnus Ljung", "Måns Jennehag"))
    assert [(a.assignee, a.text) for a in found.assignments] == [
        ("Måns", "Måns: kontakta skolan."), ("Magnus Ljung", "Magnus Ljung: tar kontakt med polisen")
    ]


def test_a_task_lists_entry_may_set_the_person_apart_by_a_dash() -> None:
    item = AgendaItem(3, "Övrigt", (Paragraph("Att göra:"), Paragraph("Måns – bokar lokal", "-"), Paragraph("Magnus Ljung - mejlar gatuenheten", "-")))
    found = annotate_item(item, ("Magnus Ljung", "Måns Jennehag"))
    assert [a.assignee for a in found.assignments] == ["Måns", "Magnus Ljung"]


def test_a_person_and_a_colon_outside_a_task_list_is_no_task() -> None:
    item = AgendaItem(3, "Övrigt", (Paragraph("Måns: kontakta skolan", "-"),))
    assert not annotate_item(item, ("Måns Jennehag",)).assignments


def test_a_contact_made_before_is_no_task() -> None:
    assert not annotate("Per Holm kontaktade kommunen om lokalen.").assignments


def test_shall_needs_a_known_person() -> None:
    assert not annotate("Planen skall föreslås antas av KS.").assignments


@pytest.mark.parametrize("text", ["Åtgärd: Skicka ut kallelsen.", "Åtgärd: Olle skickar ut kallelsen.", "Att göra: Polisen kontaktas."])
def test_a_task_lead_needs_a_known_person(text: str) -> None:
    assert not annotate(text, people=("Magnus Ljung", "Måns Jennehag")).assignments


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        ("Yttrandet finns i protokollet, bilaga 1.", "bilaga 1"),
        ("Planen antogs enligt bilaga 3.", "bilaga 3"),
        ("Se bifogat dokument.", "Se bifogat dokument"),
        ("Se bifogad fil", "Se bifogad fil"),
        ("Lars beskrev uppdraget (se bilaga)", "(se bilaga)"),
        ("Bilaga kompletterar protokollet (presentation).", "Bilaga kompletterar protokollet"),
        ("Mikael visade statistik (bilaga 2).", "(bilaga 2)"),
        ("Presentationen bifogas anteckningarna.", "bifogas anteckningarna"),
        ("Rapporten bifogades till protokollet.", "bifogades till protokollet"),
        # one attachment a sentence, by its number where it has one
        ("Presentationen bifogas anteckningarna (bilaga 1).", "(bilaga 1)"),
    ],
)
def test_attachment_references(text: str, ref: str) -> None:
    assert [a.text for a in annotate(text).attachments] == [ref]


# -- the one-pass keyword search agrees with the obvious one ---------------------------

# letters within Latin-1 and beyond it (searched as bytes, and lower-cased first): "İ"
# lower-cases to two characters, the Kelvin sign "\u212a" to a "k"
_WORDY = st.text(alphabet=st.sampled_from(list("abdegiklnorstuåäöBGKSÅÄÖİŁł–’\u212a😀 \n")), max_size=40)
_WITH_KEYWORDS = st.lists(
    st.one_of(_WORDY, st.sampled_from(KEYWORDS), st.sampled_from([k.upper() for k in KEYWORDS])), max_size=6
).map("".join)


@given(st.lists(_WITH_KEYWORDS, max_size=8))
def test_keywords_in_finds_what_each_text_holds(texts: list[str]) -> None:
    expected = [frozenset(k for k in KEYWORDS if k in text.lower()) for text in texts]
    assert keywords_in(texts) == expected


@given(st.lists(_WITH_KEYWORDS, max_size=8), st.sampled_from([("łuk", "besl"), ("nästa", "–"), ("Besl",)]))
def test_keywords_in_beyond_latin1_or_upper_case_keywords_too(texts: list[str], keywords: tuple[str, ...]) -> None:
    """Keywords the bytes search cannot hold are searched in str, with the same result."""
    expected = [frozenset(k for k in keywords if k in text.lower()) for text in texts]
    assert keywords_in(texts, keywords) == expected


def test_keywords_in_a_text_beyond_latin1_is_lower_cased_first() -> None:
    assert keywords_in(["\u212aontakt – Łódź", "BORDLÄGGS", "x"]) == [frozenset({"kontakt"}), frozenset({"bordl"}), frozenset()]


def test_the_letters_beyond_latin1_that_lower_case_into_it_are_all_listed() -> None:
    """Texts without them are searched at once, as bytes with "?" for what Latin-1 cannot hold."""
    from bigprotokoll.parse.annotate import _LOWERS_INTO_LATIN1

    found = {c for c in map(chr, range(256, sys.maxunicode + 1)) if any(ord(lower) < 256 for lower in c.lower())}
    assert found == set(_LOWERS_INTO_LATIN1)


def test_keywords_in_a_text_that_lower_cases_longer() -> None:
    # "İ".lower() is two characters: positions in the joined text must not drift
    texts = ["İİİİ", "Beslut", "x", "İska"]
    assert keywords_in(texts) == [frozenset(), frozenset({"besl"}), frozenset(), frozenset({"ska"})]


def test_the_text_under_a_formal_items_beslut_is_its_decision() -> None:
    """Each sentence up to the next part's heading; an outcome its words name holds."""
    item = annotate(
        "Ärendebeskrivning", "Förvaltningen har utrett frågan.",
        "Förslag till beslut", "Nämnden föreslås besluta att avslå motionen.",  # a proposal: no decision
        "Arbetsutskottets beslut", "Arbetsutskottet föreslår kommunstyrelsen att avslå motionen. Ärendet återremitteras.",
        "1. Bidraget betalas ut i juni",
        "Reservation", "Sara Lind (C) reserverar sig mot beslutet.",
    )
    assert [(d.text, d.outcome) for d in item.decisions] == [
        ("Arbetsutskottet föreslår kommunstyrelsen att avslå motionen.", Outcome.DECIDED),
        ("Ärendet återremitteras.", Outcome.REFERRED_BACK),
        ("1. Bidraget betalas ut i juni", Outcome.DECIDED),
    ]


def test_a_formal_items_other_parts_decide_nothing() -> None:
    """With a "Beslut" part, what "Ärendebeskrivning", "Förslag till beslut" and the other
    parts say is no decision nor task, though its words would name one ("godkände", "får i
    uppdrag"); an attachment they name is still one. Without a "Beslut" part (and with one
    named part at most), as before."""
    item = annotate(
        "Ärendebeskrivning", "Nämnden godkände i mars en plan. Förvaltningen fick i uppdrag att redovisa.",
        "Förslag till beslut", "Socialnämnden beslutar att godkänna uppföljningen.",
        "Beslutsunderlag", "Tjänsteskrivelse 2024-03-01, bilaga 1",
        "Beslut", "Socialnämnden beslutar att godkänna uppföljningen.",
        "Expedieras till", "Ekonomiavdelningen",
    )
    assert [(d.text, d.outcome) for d in item.decisions] == [("Socialnämnden beslutar att godkänna uppföljningen.", Outcome.DECIDED)]
    assert (item.assignments, [a.text for a in item.attachments]) == ((), ["bilaga 1"])
    plain = annotate("Ärendebeskrivning", "Nämnden godkände i mars en plan.")  # no "Beslut": an item like any
    assert [d.outcome for d in plain.decisions] == [Outcome.APPROVED]


@pytest.mark.parametrize(
    "part",
    ["Upplysningar", "Hur man överklagar", "Omröstning", "Omröstningsresultat", "Särskilt yttrande", "Expediering",
     "Skickas till", "Kopia till", "Bilagor", "Beslutsgång", "Handläggare", "Motivering", "Skäl för beslutet",
     "Beslutet delges", "Ajournering", "Avgift", "Arbetsutskottets förslag", "Kommunstyrelsens förslag till kommunfullmäktige"],
)
def test_a_part_heading_ends_the_decision(part: str) -> None:
    item = annotate("Beslut", "Nämnden beviljar bidraget.", part, "Karin Ek, telefon 0521-123 45. Beslutet kan överklagas.")
    assert [d.text for d in item.decisions] == ["Nämnden beviljar bidraget."]


@pytest.mark.parametrize("heading", ["Barn- och utbildningsnämndens beslut", "Miljö- och byggnadsnämndens beslut:", "Beslutet"])
def test_a_decision_heading_with_a_joined_body_name_or_the_definite_form(heading: str) -> None:
    item = annotate("Förslag till beslut", "Nämnden godkänner planen.", heading, "Nämnden antar tillsynsplanen.")
    assert [(d.text, d.outcome) for d in item.decisions] == [("Nämnden antar tillsynsplanen.", Outcome.DECIDED)]


def test_an_item_in_named_parts_without_a_decision_decides_nothing_under_them() -> None:
    """A committee's item that proposes (two or more named parts, no "Beslut"): its
    proposals and motions are no decisions, a motion to table no tabling."""
    item = annotate(
        "Brottsofferjouren har ansökt om 85 000 kr.",
        "Förslag till beslut", "Socialnämnden beviljar 85 000 kr.",
        "Yrkanden", "Tobias Hed (SD) yrkar att ärendet bordläggs.",
        "Arbetsutskottets förslag till socialnämnden", "Socialnämnden beviljar 75 000 kr.",
    )
    assert (item.decisions, item.tabled) == ((), False)


def test_beslut_inside_a_sentence_or_as_a_proposal_heads_no_decision() -> None:
    assert not annotate("Förslag till beslut", "Motionen avstyrks.").decisions
    assert not annotate("Frågan om beslut", "Diskuterades.").decisions


@given(st.lists(st.sampled_from(["Anna", "Berg", "ska", "skall", "Ska", "kontakta", "åka", " ", "  ", "\t", "Kaska", "x", "."]), max_size=14))
def test_shall_searched_up_to_its_end_finds_what_the_whole_sentence_holds(words: list[str]) -> None:
    sentence = " ".join(words)
    found = [m.span() for m in SHALL.finditer(sentence)]
    assert [m.span() for m in SHALL.finditer(sentence, 0, _shall_end(sentence))] == found


def test_a_decision_in_att_clauses_each_clause_a_decision() -> None:
    """As associations write them: the lead ("Styrelsen beslöt", "Beslöts") ends a line, each
    clause a line of its own, a task in a clause the clause's too."""
    m = parse_text(
        "Protokoll styrelsemöte Brf Tallkotten 2024-03-03\n\nNärvarande: Ida Ek, Bo Lund\n\n"
        "§ 4 Ekonomi\nBo Lund redovisade rapporten. Styrelsen beslöt\natt godkänna rapporten,\n"
        "att placera 200 000 kr på\nsparkonto, samt\natt uppdra åt Bo Lund att begära in offerter.\n\n"
        "§ 5 Stambyte\nBeslöts:\natt Ida Ek ansvarar för kallelsen\n"
    )
    first, second = m.items
    assert [p.text for p in first.paragraphs] == [
        "Bo Lund redovisade rapporten. Styrelsen beslöt", "att godkänna rapporten,",
        "att placera 200 000 kr på sparkonto, samt", "att uppdra åt Bo Lund att begära in offerter.",
    ]
    assert [d.text for d in first.decisions] == [p.text for p in first.paragraphs[1:]]
    assert [(a.assignee, a.text) for a in first.assignments] == [("Bo Lund", "att uppdra åt Bo Lund att begära in offerter.")]
    assert [(d.text, d.outcome) for d in second.decisions] == [("att Ida Ek ansvarar för kallelsen", Outcome.DECIDED)]
    assert [a.assignee for a in second.assignments] == ["Ida Ek"]


@pytest.mark.parametrize(
    "text",
    [
        # a sentence wrapped after its verb: one paragraph, as before
        "Gruppen diskuterade frågan länge och beslutade\natt ge Bo Lund i uppdrag att ringa.",
        # no clause follows the lead
        "Styrelsen beslöt\n\nMötet avslutades.",
    ],
)
def test_a_verb_at_a_lines_end_without_clauses_is_no_lead(text: str) -> None:
    m = parse_text("Protokoll BIG 2024-03-03\n\nNärvarande: Ida Ek, Bo Lund\n\n§ 1 A\n" + text + "\n")
    assert not any(p.text.startswith("att ") for p in m.items[0].paragraphs)


@pytest.mark.parametrize("verb", ["beslöt", "Beslöts", "beslutade", "Beslutades", "beslutar"])
@pytest.mark.parametrize("colon", ["", ":", " :"])
def test_every_lead_of_att_clauses_passes_the_look_before_its_pattern(verb: str, colon: str) -> None:
    from bigprotokoll.parse.annotate import CLAUSES_LEAD, decides_by_clauses

    for text in (f"{verb}{colon}", f"Styrelsen {verb}{colon}", f"Det var bra. Mötet {verb}{colon}"):
        assert CLAUSES_LEAD.search(text) and decides_by_clauses(text), text
    assert not decides_by_clauses(f"Gruppen diskuterade frågan länge och {verb}{colon}")
