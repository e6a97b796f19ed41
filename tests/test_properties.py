"""Properties that hold for any input: render -> parse round trip, parse never crashes and
keeps every word."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import bigprotokoll
from bigprotokoll.testing.strategies import minutes

from _coverage import WORD_WITHOUT_UNDERSCORES, word_coverage

SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(minutes(exotic=True))
def test_render_then_parse_gives_the_same_minutes(m: bigprotokoll.Minutes) -> None:
    assert bigprotokoll.parse_text(bigprotokoll.render(m)) == m


def test_items_with_no_number_render_as_headings_and_read_back() -> None:
    """The strategy draws such minutes now and then; this one every time."""
    import attrs

    from bigprotokoll.testing import sample_minutes

    m = bigprotokoll.parse_text(bigprotokoll.render(sample_minutes()))  # as the parser derives it
    m = attrs.evolve(m, items=tuple(attrs.evolve(item, number=n, numbered=False) for n, item in enumerate(m.items, 1)))
    text = bigprotokoll.render(m)
    assert [line for line in text.splitlines() if line.startswith("#")][:2] == [
        f"### {m.items[0].heading}", f"### {m.items[1].heading}"
    ]
    assert "§" not in text.replace("§ 3", "")  # an attendee's scope names § 3; no item is numbered
    assert bigprotokoll.parse_text(text) == m


@SETTINGS
@given(minutes())
def test_render_is_deterministic_and_attendance_reads_back_cleanly(m: bigprotokoll.Minutes) -> None:
    text = bigprotokoll.render(m)
    assert text == bigprotokoll.render(m)
    codes = {d.code for d in bigprotokoll.parse_text(text).diagnostics}
    assert not codes & {"attendance-unread", "attendance-mismatch", "scope-unread"}


#: Lines of every layout the parser reads (and some it should refuse), in any order.
minutes_like = st.lists(
    st.sampled_from(
        ["Protokoll fört vid ledningsgruppsmöte BIG 2022-01-18", "2022-01-20", "Närvarande:", "Ida Ek\tPolisen",
         "Polisen", "§ 1 Mötets öppnande", "§", "§ 99", "Delges närvarande, A samt B", "Protokollet delges:", "Protokollet delges KS och BIG.", "Vid protokollet", "Justeras",
         "Nästa möte den 31/2", "#### Polisen", "- a. text", "", " ", "\t", "kl.25.99", "(tom §x)", "Frånvarande:",
         "Ida Ek, Polisen", "Bo Lund – BIG, § 2", "| Namn | Organisation |", "|---|---|", "| Ida Ek | Polisen | Bo Lund | BIG |",
         "Övriga närvarande:", "Sekreterare: Ida Ek", "Justerare: Bo Lund och Ida Ek", "Vid protokollet: Bo Lund",
         "Justeras: Ida Ek", "Ordförande Ida Ek öppnade mötet.", "Tid: 08.30-11.00", "Plats: Rådhuset",
         "Styrning och stöd, säkerhet", "& social hållbarhet", "Bo Lund", "Ida Ek\tPolisen\tOrdförande",
         "Nästa möte 2022-02-01 kl 9-11, Rådhuset.", "§ 2 – Budget", "Beslut: Planen antogs.", "Sida 1 av 2",
         "- b) text", "Polisen: Fler kontroller.", "#### Välfärd Gävle", "Vid protokollet  Justeras", "Ida Ek  Bo Lund",
         "Mötesordförande Bo Lund hälsade", "Se bilaga 2.", "Bo Lund fick i uppdrag att ringa.", "**§ 3 Fet rubrik**",
         "BIG BROTTSFÖREBYGGARNA I GÄVLE", "1 (3)", "www.gavle.se/big", "Frågan bordläggs till 2022-03-01.",
         "§ 6 Aktuellt från respektive huvudman", "Ordförande: Bo Lund", "Nästa möte: 2022-03-04 kl. 9-11 på BIG",
         "Deltagare", "Namn\tOrganisation", "Ida Ek\tPolisen\t(§ 1)", "t.o.m. § 3", "Anna-Karin Berg", "Justerare:",
         "Protokollförare: Ida Ek", "Minnesanteckningar BIG 2022-01-18", "## § 4", "ord-", "delning fortsätter.",
         "+----+----+", "+====+====+", "Närvarande: Ida Ek (Polisen), Bo Lund (BIG) och Eva Berg",
         "Ida Ek (ordförande)", "Bo Lund (Välfärd Gävle), § 1-2", "Ida Ek, Bo Lund och Eva Berg", "Ida Ek (vikarie för Bo)",
         "Eva Berg (Styrning och stöd, säkerhet); Bo Lund (S) (§ 2)", "Ida Ek, polisinspektör, Polisen",
         "Bo Lund, ordförande", "Eva Berg, bitr. rektor, BIG, § 2", "Datum: 2022-01-19", "Mötesdatum: 18 januari 2022",
         "---", "title: Möte", "...", "-----Ursprungligt meddelande-----", "Från: Ida Ek <ida@example.se>", "Ämne: Protokoll",
         "Beslutande\tErsättare", "Närvarande  Frånvarande", "Ida Ek (S)\tBo Lund (M)", "§ Ordförandens rapport",
         "§\tDagordning", "NORRVIKS KOMMUN\tPROTOKOLLSUTDRAG\tSida", "1. Skolstart – lugn start.", "2. Övrigt: inget.",
         "Ida Ek\tPolisen, kommunpolis", "Lisa (skolan)", "(org.nr 556987-1234)", "Justeringens\tStadshuset 2024-05-20",
         "plats och tid", "Delges:",
         "Datum och tid: 2022-01-18 kl. 13-15", "Protokoll fört vid ledningsgruppsmöte BIG", "1. Mötets öppnande",
         "2) Dagordning", "3. Mötet avslutas", "- Ida Ek, Polisen", "* Bo Lund (BIG)", "• Eva Berg",
         "Dagordning", "Föredragningslista:", "1. Öppnande", "Agenda: se nedan",
         "Justerandes sign\tUtdragsbestyrkande", "| Justerandes sign | Utdragsbestyrkande |",
         "SAMMANTRÄDESPROTOKOLL", "Kommunstyrelsens arbetsutskott", "Sammanträdesdatum 2024-03-14", "§ 12 Dnr 2024/33",
         "Beslut", "Rådets beslut:", "Expedieras till", "Underskrifter", "Sekreterare", "Justerande", "Ordförande",
         "Ida Ek (S), ordförande", "Utses att justera: Bo Lund", "Dnr KS 2024/33",
         "ANSLAG/BEVIS", "Justeringens plats och tid: Kommunhuset 2024-03-18", "Paragrafer: 12-15",
         "Punkt 1: Öppnande", "Punkt 2 Ekonomi", "Ärende 3. Övrigt",
         # association minutes, formal first pages, notes
         "Ida Ek, ordförande          Bo Lund, justerare", "Ida Ek          Bo Lund", "Ordförande          Justerare",
         "Bo Lund (justerare)", "NORRVIKS KOMMUN\tSAMMANTRÄDESPROTOKOLL\tSida 1 (3)", "Socialnämnden\tSammanträdesdatum",
         "\t2024-05-21", "Justeringens", "plats och tid\tStadshuset 2024-03-18", "Underskrifter\tSekreterare\t..........",
         "\t\tKarl Nord", "Vid anteckningarna", "Anteckningar från styrgruppsmöte 2024-01-15", "Styrelsemöte 2024-01-15",
         "Ej närvarande: Eva Sten", "Närvarande från förvaltningen: Ida Ek", "Vi ses nästa gång 18 april via Teams.", "---",
         "Ansvarig: Bo Lund", "Styrelsen ger Bo Lund i uppdrag att ringa.", "Ärendet återremitteras.", "## 31. Öppnande",
         "Datum: 2024-02-06, kl. 13.00-15.00", "Fritidsgården: Många besökare.", "Zeynep Çelik, Polisen",
         "Protokoll BIG 230314", "Ida Ek, Fritidsgården Norr", "Karin Lundell, Per Holmgren", "Norrviks kommun",
         "Protokoll fört vid styrelsemöte i Trygghetsföreningen Sörby 2023-03-14", "Nästa möte", "18 april kl. 18.00.",
         "Bo Lund (tom § 3)", "Gävle kommun", "KS § 51\tDnr KS 2024/0087", "§ 34 Val av justerare ........ 2",
         "Upplysningar", "Barn- och utbildningsnämndens beslut", "Ronja Ek (S) för Gun Dahl (S)", "Närvarolista",
         "Underskrifter\tSekreterare\tParagrafer 51–53", "Yrkanden", "Arbetsutskottets förslag",
         "§ 77 forts.", "Styrelsen beslöt", "Beslöts:", "att godkänna rapporten,", "att Ida Ek ansvarar för kallelsen",
         "Protokoll BIG 3/3-24", "Protokoll BIG 24-03-03", "Ledamöter", "Ordförande\tLena Ström (S)",
         "Socialchef\tAnn Wiik", "Namn\tParti\tRoll", "Linnea Holt\t\tSekreterare", "§ 21 a Polisen", "22.1 Tidplan", "§ 22 b) Ekonomi",
         "·\tTvå rån i april.", "o\tExtra patrull.", "–\tKlotter sanerat.", "— Ny belysning."]
    )
    | st.text(max_size=40)
    | st.sampled_from(["Ida", "Ek", "och", "samt", ":", ",", "–"]),
    max_size=30,
).map("\n".join)


@settings(max_examples=400, deadline=None)
@given(st.text() | minutes_like)
@example("")
@example("\x00\x01")
@example("Protokoll BIG 2022-13-45")
@example("Protokoll BIG 2022-01-18\n§ 1\n§ 1\n§ 0")
def test_parse_returns_or_raises_only_library_errors(text: str) -> None:
    try:
        result = bigprotokoll.parse_text(text)
    except bigprotokoll.BigprotokollError as exc:
        assert str(exc)  # a message, never empty
    else:
        assert isinstance(result, bigprotokoll.Minutes)
        assert bigprotokoll.loads(bigprotokoll.dumps(result)) == result


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_parse_bytes_returns_or_raises_only_library_errors(data: bytes) -> None:
    try:
        bigprotokoll.parse_bytes(data, source_name="x.txt")
    except bigprotokoll.BigprotokollError as exc:
        assert "x.txt" in str(exc)


@settings(max_examples=300, deadline=None)
@given(minutes_like)
@example("Protokoll BIG 2022-01-18\nDelges närvarande, A samt B\n\nDelges närvarande, C och D")
@example("Protokoll BIG 2022-01-18\nJusterare:")
@example("Protokoll BIG 2022-01-18\nNärvarande:\nIda Ek\nBo Lund (tom § 3)\n\n§ 3 Övrigt")
def test_parse_keeps_every_word(text: str) -> None:
    """Nothing lost: every word of any text read as minutes is in the canonical JSON (as a
    field, in an item's text, in the furniture, or in a diagnostic that quotes it)."""
    try:
        minutes = bigprotokoll.parse_text(text)
    except bigprotokoll.BigprotokollError:
        return
    share, missing = word_coverage(text, json.loads(bigprotokoll.dumps(minutes)), WORD_WITHOUT_UNDERSCORES)
    assert share == 1.0, f"words lost: {dict(missing)}"
