"""Stage 3a: attendance rows in every layout, and scopes."""

from __future__ import annotations

import pytest

from bigprotokoll.parse.attendance import is_column_titles, read_rows, resolve_scope
from bigprotokoll.parse.diagnostics import Diagnostics
from bigprotokoll.parse.lines import Line
from bigprotokoll.parse.orgs import OrgKnowledge, looks_like_institution, looks_like_name


def rows(*texts: str) -> list[tuple[str, str | None, str | None]]:
    lines = [Line(i + 1, t) for i, t in enumerate(texts)]
    found, leftovers = read_rows(lines, OrgKnowledge(), Diagnostics())
    assert not leftovers
    return [(r.name, r.organisation, r.scope) for r in found]


def test_tab_separated() -> None:
    assert rows("Ida Ek\tPolisen", "Bo Lund\tBIG (tom §5)") == [("Ida Ek", "Polisen", None), ("Bo Lund", "BIG", "tom §5")]


def test_two_or_more_spaces() -> None:
    assert rows("Ida Ek  Social hållbarhet", "Bo Lund   Styrning och stöd") == [
        ("Ida Ek", "Social hållbarhet", None), ("Bo Lund", "Styrning och stöd", None)
    ]


def test_single_space_needs_organisation_knowledge() -> None:
    assert rows("Anna-Lena Berg Sperring Styrning och stöd Gävle") == [
        ("Anna-Lena Berg Sperring", "Styrning och stöd Gävle", None)
    ]


def test_single_space_learns_from_other_rows() -> None:
    assert rows("Ida Ek  Fritidsgården Norr", "Bo Lund Fritidsgården Norr") == [
        ("Ida Ek", "Fritidsgården Norr", None), ("Bo Lund", "Fritidsgården Norr", None)
    ]


def test_names_block_then_organisations_block_with_wrapping() -> None:
    assert rows(
        "Ida Ek", "Bo Lund", "Polisen", "Styrning och stöd, säkerhet", "& social hållbarhet (§ 4)", "Cai Berg", "BIG"
    ) == [
        ("Ida Ek", "Polisen", None),
        ("Bo Lund", "Styrning och stöd, säkerhet & social hållbarhet", "§ 4"),
        ("Cai Berg", "BIG", None),
    ]


def test_a_scope_after_a_name_alone_stays_with_it() -> None:
    assert rows("Ida Ek", "Bo Lund (tom § 3)", "Cai Berg, § 1-2") == [
        ("Ida Ek", None, None), ("Bo Lund", None, "tom § 3"), ("Cai Berg", None, "§ 1-2")
    ]


def test_scopes_in_the_block_of_names_and_of_organisations_are_both_kept() -> None:
    assert rows("Ida Ek (§ 1)", "Bo Lund (§ 2)", "Cai Berg", "Polisen", "BIG (tom § 3)", "Gävle kommun (§ 4)") == [
        ("Ida Ek", "Polisen", "§ 1"), ("Bo Lund", "BIG", "§ 2 tom § 3"), ("Cai Berg", "Gävle kommun", "§ 4")
    ]


@pytest.mark.parametrize("body", ["Gävle kommun", "Ockelbo kommun", "Gävleborgs län", "Sandvikens stad"])
def test_a_public_body_named_by_its_place_is_an_organisation(body: str) -> None:
    assert OrgKnowledge().looks_like_org(body)
    assert not looks_like_name(body)


def test_unpaired_organisations_are_kept_with_a_diagnostic() -> None:
    diagnostics = Diagnostics()
    found, leftovers = read_rows([Line(1, "Ida Ek"), Line(2, "Polisen"), Line(3, "BIG")], OrgKnowledge(), diagnostics)
    assert [(r.name, r.organisation) for r in found] == [("Ida Ek", "Polisen")]
    assert [l.text for l in leftovers] == ["BIG"]
    assert diagnostics.items[0].code == "attendance-mismatch"


def test_unpaired_organisations_are_kept_as_written() -> None:
    lines = [Line(1, "Ida Ek"), Line(2, "Polisen"), Line(3, "Styrning och stöd, säkerhet"), Line(4, "& social hållbarhet, § 2")]
    found, leftovers = read_rows(lines, OrgKnowledge(), Diagnostics())
    assert [(r.name, r.organisation) for r in found] == [("Ida Ek", "Polisen")]
    # each source line as it was, the wrapped name going on in the same paragraph
    assert [(l.no, l.text, l.brk) for l in leftovers] == [
        (3, "Styrning och stöd, säkerhet", True), (4, "& social hållbarhet, § 2", False)
    ]


@pytest.mark.parametrize("separator", [", ", " – ", " - ", " — "])
def test_a_comma_or_a_spaced_dash_after_the_name(separator: str) -> None:
    assert rows(f"Ida Ek{separator}Polisen", f"Bo Lund{separator}Fritidsgården i Norr, § 2–3") == [
        ("Ida Ek", "Polisen", None), ("Bo Lund", "Fritidsgården i Norr", "§ 2–3")
    ]


def test_a_comma_separated_organisation_is_learned_for_single_spaced_rows() -> None:
    assert rows("Ida Ek, Fritidsgården i Norr", "Bo Lund Fritidsgården i Norr") == [
        ("Ida Ek", "Fritidsgården i Norr", None), ("Bo Lund", "Fritidsgården i Norr", None)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Välfärd Gävle, Polisen", False),  # an organisation before the comma: not a row of a person
        ("Ida Ek, Bo Lund", False),  # two people
        ("Ida Ek, Fritidsgården Norr", True),  # name-like, but an institution's first word ("-gården")
        ("Ida Ek, ordförande", False),  # a role, not an organisation
        ("Anna-Karin Berg, Välfärd Gävle", True),  # a name-like but known organisation after it
    ],
)
def test_comma_rows_need_a_name_and_an_organisation(text: str, expected: bool) -> None:
    diagnostics = Diagnostics()
    found, _ = read_rows([Line(1, text)], OrgKnowledge(), diagnostics)
    assert (len(found) == 1 and found[0].organisation is not None and "," not in found[0].name) is expected


NAMES_IN_OTHER_LATIN_LETTERS = ["Zeynep Çelik", "Łukasz Nowak", "Ömer Şahin", "Nguyễn Văn An", "Siân O'Brien", "Jiří Dvořák", "Ægir Ødegård"]


@pytest.mark.parametrize("name", NAMES_IN_OTHER_LATIN_LETTERS)
def test_names_in_other_latin_letters_are_names(name: str) -> None:
    """Turkish, Polish, Vietnamese, Irish, Czech, Icelandic capitals: [A-ZÅÄÖ] missed them,
    and a comma row or list with such a name was kept as text."""
    assert looks_like_name(name)
    assert rows(f"{name}, Polisen") == [(name, "Polisen", None)]
    assert rows(f"Ida Ek, {name} och Bo Lund") == [("Ida Ek", None, None), (name, None, None), ("Bo Lund", None, None)]


@pytest.mark.parametrize(
    ("text", "row", "extra"),
    [
        ("Lisa Holm (V) tjänstgörande ersättare för Per Andersson (C)", ("Lisa Holm", "V", None), "tjänstgörande ersättare för Per Andersson (C)"),
        ("Ola Ström (L), ersätter Kim Nord (KD)", ("Ola Ström", "L", None), "ersätter Kim Nord (KD)"),
        ("Eva Berg i stället för Bo Lund", ("Eva Berg", None, None), "i stället för Bo Lund"),
        ("Eva Berg (S) istället för Bo Lund (S)", ("Eva Berg", "S", None), "istället för Bo Lund (S)"),
        ("Eva Berg (S) tjg ers. för Bo Lund (S)", ("Eva Berg", "S", None), "tjg ers. för Bo Lund (S)"),
        ("Ronja Ekholm (S) för Gunnar Dahl (S)", ("Ronja Ekholm", "S", None), "för Gunnar Dahl (S)"),
    ],
)
def test_a_substitute_and_whom_they_stand_in_for(text: str, row: tuple[str, str | None, None], extra: str) -> None:
    found, diagnostics, leftovers = _read(text)
    assert (found, leftovers) == ([row], 0)
    assert ("attendance-extra", f"kept {extra!r} from the row of {row[0]}: the model has no field for it") in diagnostics


def test_two_names_and_a_comma_are_two_people() -> None:
    """Alone, or on a label's line; they used to be taken for an organisation, unread."""
    assert rows("Ida Ek, Bo Lund") == [("Ida Ek", None, None), ("Bo Lund", None, None)]


def test_a_name_like_organisation_in_a_list_of_pairs_is_an_organisation() -> None:
    """The other rows read as a name and an organisation each: so does this one, though
    "Gavle Energi" reads like a person's name and is no organisation known."""
    assert rows("Ida Ek, Polisen", "Bo Lund, Gavle Energi") == [("Ida Ek", "Polisen", None), ("Bo Lund", "Gavle Energi", None)]


@pytest.mark.parametrize("institution", ["Fritidsgården Norr", "Sörbyskolan Öst", "Socialnämnden Väst", "Trygghetsrådet Sörby"])
def test_an_institution_is_no_person(institution: str) -> None:
    assert looks_like_name(institution) and looks_like_institution(institution)
    assert rows(f"Ida Ek, {institution}") == [("Ida Ek", institution, None)]
    assert rows(f"Ida Ek {institution}") == [("Ida Ek", institution, None)]  # single-spaced (PDF text)


def _read(*texts: str) -> tuple[list[tuple[str, str | None, str | None]], list[tuple[str, str]], int]:
    diagnostics = Diagnostics()
    found, leftovers = read_rows([Line(i + 1, t) for i, t in enumerate(texts)], OrgKnowledge(), diagnostics)
    return [(r.name, r.organisation, r.scope) for r in found], [(d.code, d.message) for d in diagnostics.items], len(leftovers)


@pytest.mark.parametrize("gap", ["\t", "   "])
def test_a_third_column_after_the_organisation_is_no_part_of_it(gap: str) -> None:
    """"Namn | Organisation | Närvaro" set in spaces as in tabs: the third column is a scope
    or kept in a diagnostic, not the organisation's end ("Region Gävleborg Hela mötet")."""
    found, diagnostics, leftovers = _read(
        gap.join(["Namn", "Organisation", "Närvaro"]), gap.join(["Helena Strand", "Region Gävleborg", "Hela mötet"]),
        gap.join(["Mikael Berg", "Polisen", "§ 1-3"]),
    )
    assert (found, leftovers) == ([("Helena Strand", "Region Gävleborg", None), ("Mikael Berg", "Polisen", "§ 1-3")], 0)
    assert ("attendance-extra", "kept 'Hela mötet' from the row of Helena Strand: the model has no field for it") in diagnostics


@pytest.mark.parametrize("gap", ["\t", "   "])
def test_a_table_whose_titles_put_the_organisation_third(gap: str) -> None:
    """"Namn | Funktion | Organisation": the organisation is the third column's, the title
    kept in a diagnostic (also for an organisation no list knows)."""
    found, diagnostics, leftovers = _read(
        gap.join(["Namn", "Funktion", "Organisation"]), gap.join(["Ida Ek", "Polisinspektör", "Polisen"]),
        gap.join(["Bo Lund", "ledare", "Fritidsgården Norr"]),
    )
    assert (found, leftovers) == ([("Ida Ek", "Polisen", None), ("Bo Lund", "Fritidsgården Norr", None)], 0)
    assert [m for c, m in diagnostics if c == "attendance-extra"] == [
        "kept 'Polisinspektör' from the row of Ida Ek: the model has no field for it",
        "kept 'ledare' from the row of Bo Lund: the model has no field for it",
    ]


def test_a_table_with_the_organisation_first() -> None:
    """By its titles ("Organisation | Namn"), or, without titles, where a known organisation
    stands before a name (an info diagnostic says so); the people were the organisations."""
    titled, _, _ = _read("Organisation\tNamn", "Polisen\tIda Ek", "Fritidsgården Norr\tBo Lund")
    assert titled == [("Ida Ek", "Polisen", None), ("Bo Lund", "Fritidsgården Norr", None)]
    found, diagnostics, _ = _read("Polisen\tIda Ek", "Välfärd Gävle\tBo Lund\t§ 1-3")
    assert found == [("Ida Ek", "Polisen", None), ("Bo Lund", "Välfärd Gävle", "§ 1-3")]
    assert [(c, m) for c, m in diagnostics if c == "attendance-order"] == [
        ("attendance-order", "read 'Polisen | Ida Ek' as the organisation, then the name"),  # a tab shown as " | "
        ("attendance-order", "read 'Välfärd Gävle | Bo Lund | § 1-3' as the organisation, then the name"),
    ]


def test_a_known_organisation_after_a_title_cell_is_the_organisation() -> None:
    found, diagnostics, _ = _read("Ida Ek\tPolisinspektör\tPolisen", "Bo Lund\tOrdförande\tBIG\t§ 1-3")
    assert found == [("Ida Ek", "Polisen", None), ("Bo Lund", "BIG", "§ 1-3")]
    assert [m for c, m in diagnostics if c == "attendance-extra"] == [
        "kept 'Polisinspektör' from the row of Ida Ek: the model has no field for it",
        "kept 'Ordförande' from the row of Bo Lund: the model has no field for it",
    ]


def test_people_listed_on_one_line_with_organisations_in_brackets() -> None:
    found, diagnostics, leftovers = _read("Ida Ek (Polisen), Bo Lund (Välfärd Gävle) och Eva Berg")
    assert found == [("Ida Ek", "Polisen", None), ("Bo Lund", "Välfärd Gävle", None), ("Eva Berg", None, None)]
    assert leftovers == 0
    # the words between the people ("och") stay in the diagnostic, the line as written
    assert diagnostics == [
        ("attendance-line", "read 'Ida Ek (Polisen), Bo Lund (Välfärd Gävle) och Eva Berg' as 3 people")
    ]


def test_one_person_a_line_with_the_organisation_in_brackets_and_a_scope() -> None:
    assert rows("Ida Ek (Polisen)", "Bo Lund (Fritidsgården Norr), § 1-2", "Eva Berg (S) (tom § 3)") == [
        ("Ida Ek", "Polisen", None), ("Bo Lund", "Fritidsgården Norr", "§ 1-2"), ("Eva Berg", "S", "tom § 3")
    ]


def test_a_separator_inside_brackets_separates_no_one() -> None:
    assert rows("Eva Berg (Styrning och stöd, Säkerhet); Bo Lund (BIG)") == [
        ("Eva Berg", "Styrning och stöd, Säkerhet", None), ("Bo Lund", "BIG", None)
    ]


def test_a_role_in_brackets_is_no_organisation_and_is_kept_in_a_diagnostic() -> None:
    found, diagnostics, _ = _read("Ida Ek (ordförande), Bo Lund (Polisen)")
    assert found == [("Ida Ek", None, None), ("Bo Lund", "Polisen", None)]
    assert ("attendance-extra", "kept 'ordförande' from the row of Ida Ek: the model has no field for it") in diagnostics


def test_a_title_after_an_organisation_in_brackets_is_kept_in_a_diagnostic() -> None:
    """Formal minutes list members with their party and role: "Ida Ek (S), ordförande"."""
    found, diagnostics, leftovers = _read("Ida Ek (S), ordförande", "Bo Lund (M), 2:e vice ordförande", "Eva Berg (C)")
    assert found == [("Ida Ek", "S", None), ("Bo Lund", "M", None), ("Eva Berg", "C", None)]
    assert leftovers == 0
    assert [m for c, m in diagnostics if c == "attendance-extra"] == [
        "kept 'ordförande' from the row of Ida Ek: the model has no field for it",
        "kept '2:e vice ordförande' from the row of Bo Lund: the model has no field for it",
    ]


def test_names_listed_with_och_are_people() -> None:
    assert rows("Ida Ek, Bo Lund och Eva Berg") == [("Ida Ek", None, None), ("Bo Lund", None, None), ("Eva Berg", None, None)]
    assert rows("Ida Ek och Bo Lund") == [("Ida Ek", None, None), ("Bo Lund", None, None)]


def test_a_title_after_the_name_is_kept_in_a_diagnostic() -> None:
    found, diagnostics, leftovers = _read(
        "Ida Ek, polisinspektör, Polisen",
        "Bo Lund, it-samordnare, Gavlegårdarna",
        "Eva Berg, bitr. rektor, Högskolan i Gävle, § 2",
        "Kim Åberg, ordförande",
    )
    assert found == [
        ("Ida Ek", "Polisen", None),
        ("Bo Lund", "Gavlegårdarna", None),
        ("Eva Berg", "Högskolan i Gävle", "§ 2"),
        ("Kim Åberg", None, None),
    ]
    assert leftovers == 0
    assert [message.split(":")[0] for code, message in diagnostics if code == "attendance-extra"] == [
        "kept 'polisinspektör' from the row of Ida Ek",
        "kept 'it-samordnare' from the row of Bo Lund",
        "kept 'bitr. rektor' from the row of Eva Berg",
        "kept 'ordförande' from the row of Kim Åberg",
    ]


def test_a_bulleted_list_is_read_without_its_marks() -> None:
    assert rows("- Ida Ek, Polisen", "* Bo Lund (Välfärd Gävle)", "• Eva Berg\tBIG", "– Kim Åberg  Polisen", "\uf0b7\tAli Noor, BIG") == [
        ("Ida Ek", "Polisen", None), ("Bo Lund", "Välfärd Gävle", None), ("Eva Berg", "BIG", None), ("Kim Åberg", "Polisen", None),
        ("Ali Noor", "BIG", None),
    ]


def test_a_list_wrapped_inside_a_bracket_is_joined() -> None:
    found, _, leftovers = _read("Ida Ek (Polisen), Bo Lund (Välfärd", "Gävle), Eva Berg (BIG)")
    assert found == [("Ida Ek", "Polisen", None), ("Bo Lund", "Välfärd Gävle", None), ("Eva Berg", "BIG", None)]
    assert leftovers == 0


@pytest.mark.parametrize("end", [" och", ",", " samt", ";"])
def test_a_list_wrapped_after_a_separator_is_joined(end: str) -> None:
    """As a PDF wraps a long line: "... Bo Lund (BIG) och" / "Eva Berg (Välfärd Gävle), § 1-3"."""
    found, _, leftovers = _read(f"Ida Ek (Polisen), Bo Lund (BIG){end}", "Eva Berg (Välfärd Gävle), § 1-3")
    assert found == [("Ida Ek", "Polisen", None), ("Bo Lund", "BIG", None), ("Eva Berg", "Välfärd Gävle", "§ 1-3")]
    assert leftovers == 0


def test_rows_that_end_on_a_comma_without_brackets_are_not_joined() -> None:
    """Without a bracket a line ending on a comma is no sure sign of a list going on."""
    found, _, _ = _read("Ida Ek\tPolisen,", "Bo Lund\tBIG")
    assert [name for name, _, _ in found] == ["Ida Ek", "Bo Lund"]


def test_a_bracket_that_never_closes_joins_nothing() -> None:
    found, _, _ = _read("Kim Åberg (Polisen", "Bo Lund (BIG)", "Eva Berg (Välfärd Gävle)")
    assert found[1:] == [("Bo Lund", "BIG", None), ("Eva Berg", "Välfärd Gävle", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Ida Ek (vikarie för Bo Lund)",  # words in brackets that are no organisation
        "Välfärd Gävle (Polisen)",  # an organisation where the name should be
        "Ida Ek (Polisen) hälsade välkommen",  # more than a list
        "Ida Ek, se protokollet från 2023",  # no title: too long, and a number in it
    ],
)
def test_lines_that_are_no_list_of_people(text: str) -> None:
    found, diagnostics, leftovers = _read(text)
    assert (found, leftovers) == ([], 1)  # kept as text, as before lists were read
    assert "attendance-line" not in {code for code, _ in diagnostics}


@pytest.mark.parametrize(
    ("scope", "expected"),
    [
        ("§ 4", (4,)),
        ("§4", (4,)),
        ("tom §5", (1, 2, 3, 4, 5)),
        ("t.o.m. § 5", (1, 2, 3, 4, 5)),
        ("fr.o.m. § 3", (3, 4, 5, 6)),
        ("§§ 3-5", (3, 4, 5)),
        ("§ 3 - § 5", (3, 4, 5)),
        ("§ 2, 4 och 6", (2, 4, 6)),
        ("från § 3", (3, 4, 5, 6)),
        ("från och med § 3", (3, 4, 5, 6)),
        ("§ 3 och framåt", (3, 4, 5, 6)),
        ("till och med § 2", (1, 2)),
        ("till § 2", (1, 2)),
        ("§ 1, 3-4", (1, 3, 4)),  # numbers and ranges
        ("§§ 1–2 och 5", (1, 2, 5)),
        ("ej § 5", (1, 2, 3, 4, 6)),  # every item but those
        ("utom §§ 2-3", (1, 4, 5, 6)),
        ("ej närvarande vid § 1 och 6", (2, 3, 4, 5)),
        ("hela mötet", None),
        ("§ 3 om det hinns", None),
    ],
)
def test_scopes(scope: str, expected: tuple[int, ...] | None) -> None:
    assert resolve_scope(scope, [1, 2, 3, 4, 5, 6]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Anna-Karin Wågberg Sperring", True), ("Linn Cederholm von Schmalensee", True), ("Polisen", False),
     ("Styrning och stöd", False), ("BIG", False), ("anna berg", False)],
)
def test_looks_like_name(text: str, expected: bool) -> None:
    assert looks_like_name(text) is expected


def test_known_organisations_are_found_and_long_lines_are_not() -> None:
    orgs = OrgKnowledge()
    assert orgs.is_known("styrning  och stöd ,  säkerhet")
    assert not orgs.is_known("Styrning och stöd, säkerhet och mycket mer än så här")
    long_name = "Föreningen för trygghet och säkerhet i Gävle och Sandviken med omnejd"
    assert not orgs.is_known(long_name)
    orgs.learn(long_name)  # a learned name longer than any built-in one is found too
    assert orgs.is_known(" ".join(long_name.upper().split()))


def test_a_row_of_column_titles_is_no_person_and_is_kept_in_a_diagnostic() -> None:
    diagnostics = Diagnostics()
    lines = [Line(1, "Namn\tOrganisation"), Line(2, "Ida Ek\tPolisen"), Line(3, "Bo Lund\tBIG")]
    found, leftovers = read_rows(lines, OrgKnowledge(), diagnostics)
    assert [(r.name, r.organisation) for r in found] == [("Ida Ek", "Polisen"), ("Bo Lund", "BIG")]
    assert not leftovers
    assert [(d.code, d.line, "Namn | Organisation" in d.message) for d in diagnostics.items] == [("list-label", 1, True)]


@pytest.mark.parametrize(("text", "titles"), [("Namn\tFunktion", True), ("Namn  Organisation:", True), ("Namn\tPolisen", False), ("Namn", False)])
def test_column_titles(text: str, titles: bool) -> None:
    assert is_column_titles(text) is titles


def test_rows_with_more_cells() -> None:
    diagnostics = Diagnostics()
    lines = [
        Line(1, "Ida Ek\tPolisen\tBo Lund\tBIG (§ 2)"),  # two people a row
        Line(2, "Cai Berg\tVälfärd Gävle\t§ 1-3"),  # a scope in a cell of its own
        Line(3, "Dan Ask\tUtbildning Gävle\tOrdförande"),  # a cell with no field
        Line(4, "Eva Al  Styrning och  stöd"),  # two spaces inside a name stay in it
    ]
    found, leftovers = read_rows(lines, OrgKnowledge(), diagnostics)
    assert not leftovers
    assert [(r.name, r.organisation, r.scope, r.line) for r in found] == [
        ("Ida Ek", "Polisen", None, 1),
        ("Bo Lund", "BIG", "§ 2", 1),
        ("Cai Berg", "Välfärd Gävle", "§ 1-3", 2),
        ("Dan Ask", "Utbildning Gävle", None, 3),
        ("Eva Al", "Styrning och  stöd", None, 4),
    ]
    assert [(d.code, d.line, "'Ordförande'" in d.message) for d in diagnostics.items] == [("attendance-extra", 3, True)]


def test_a_list_wrapped_right_before_a_bracket_is_joined() -> None:
    """As a PDF wraps a long line: "..., Sara Lind" / "(ordförande) och Tove Ek (BIG), § 1-3"."""
    found, _, leftovers = _read("Lena Holm (Polisen), Per Nyström (BIG), Sara Lind", "(ordförande) och Tove Ek (BIG), § 1-3")
    assert [name for name, _, _ in found] == ["Lena Holm", "Per Nyström", "Sara Lind", "Tove Ek"]
    assert found[-1] == ("Tove Ek", "BIG", "§ 1-3") and leftovers == 0


def test_an_absentees_scope_is_kept_in_a_diagnostic() -> None:
    """Found by the keeps-every-word property: "§ 2" of an absent row was dropped."""
    from bigprotokoll import parse_text

    m = parse_text("Protokoll BIG 2022-01-18\n\nFrånvarande:\nBo Lund – BIG, § 2\n\n§ 1 A\n\nB.\n")
    assert [(a.name, a.organisation) for a in m.absent] == [("Bo Lund", "BIG")]
    assert [(d.code, d.line) for d in m.diagnostics if d.code == "absence-scope"] == [("absence-scope", 4)]
    assert "'§ 2'" in next(d.message for d in m.diagnostics if d.code == "absence-scope")


@pytest.mark.parametrize(
    ("row", "person", "kept"),
    [
        ("Anna Berg – ordförande", ("Anna Berg", None), "ordförande"),  # a role after a spaced dash
        ("Anna Berg - sekreterare, BIG", ("Anna Berg", "BIG"), "sekreterare"),
        ("Anna Berg, Polisen (ordf.)", ("Anna Berg", "Polisen"), "ordf."),  # a role in brackets after the organisation
        ("Anna Berg, Polisen, via Teams", ("Anna Berg", "Polisen"), "via Teams"),  # how the person took part
        ("Anna Berg, Polisen, via Zoom", ("Anna Berg", "Polisen"), "via Zoom"),
        ("Anna Berg, BIG (digitalt)", ("Anna Berg", "BIG"), "digitalt"),
        ("A. Berg, Polisen", ("A. Berg", "Polisen"), None),  # an initial for the first name
        ("Anna B. Berg\tBIG", ("Anna B. Berg", "BIG"), None),
        ("Anna Berg, Polisen (Gävle)", ("Anna Berg", "Polisen (Gävle)"), None),  # brackets that are part of the name
        ("Maria Ek (S) ordförande", ("Maria Ek", "S"), "ordförande"),  # a role after the party, no comma
        ("Maria Ek (S) 2:e vice ordförande", ("Maria Ek", "S"), "2:e vice ordförande"),
        ("Maria Ek, S, ordförande", ("Maria Ek", "S"), "ordförande"),  # a role after the organisation
        ("Maria Ek, Polisen, sekr.", ("Maria Ek", "Polisen"), "sekr."),
        ("Maria Ek (S) tjänstgör för Bo Lund (M)", ("Maria Ek", "S"), "tjänstgör för Bo Lund (M)"),  # a substitute
        ("Ordförande Maria Ek (S)", ("Maria Ek", "S"), "ordförande"),  # a role before the name
        ("Ledamot Maria Ek\tPolisen", ("Maria Ek", "Polisen"), "ledamot"),
        # a job's title after the organisation and a comma, in a cell or on the line
        ("Jonas Hed\tPolisen, kommunpolis", ("Jonas Hed", "Polisen"), "kommunpolis"),
        ("Jonas Hed, Välfärd Gävle, enhetschef", ("Jonas Hed", "Välfärd Gävle"), "enhetschef"),
        ("Jonas Hed\tUtbildning Gävle, biträdande rektor", ("Jonas Hed", "Utbildning Gävle"), "biträdande rektor"),
        ("Jonas Hed\tStyrning och stöd, säkerhet", ("Jonas Hed", "Styrning och stöd, säkerhet"), None),  # one name
        ("Jonas Hed\tPolisen, Lokalpolisområde Gävle", ("Jonas Hed", "Polisen, Lokalpolisområde Gävle"), None),
    ],
)
def test_more_forms_of_an_attendee_row(row: str, person: tuple[str, str | None], kept: str | None) -> None:
    from bigprotokoll import parse_text

    m = parse_text(f"Protokoll BIG 2024-01-15\n\nNärvarande:\n{row}\nCai Ek, BIG\n\n§ 1 A\n\nB.\n")
    assert [(a.name, a.organisation) for a in m.attendees] == [person, ("Cai Ek", "BIG")]
    assert m.preamble == ()
    extras = [d.message for d in m.diagnostics if d.code == "attendance-extra"]
    assert extras == ([f"kept {kept!r} from the row of {person[0]}: the model has no field for it"] if kept else [])


@pytest.mark.parametrize(
    ("row", "people"),
    [
        ("Anna Berg och Bo Lund, Polisen", [("Anna Berg", "Polisen"), ("Bo Lund", "Polisen")]),
        ("Anna Berg, Cai Ek och Bo Lund, Gävle kommun", [("Anna Berg", "Gävle kommun"), ("Cai Ek", "Gävle kommun"), ("Bo Lund", "Gävle kommun")]),
        ("Anna Berg och Bo Lund, Dan Ek", [("Anna Berg", None), ("Bo Lund", None), ("Dan Ek", None)]),  # a third name
    ],
)
def test_names_joined_by_och_then_an_organisation_share_it(row: str, people: list[tuple[str, str | None]]) -> None:
    from bigprotokoll import parse_text

    m = parse_text(f"Protokoll BIG 2024-01-15\n\nNärvarande:\n{row}\nEva Sten, BIG\n\n§ 1 A\n\nB.\n")
    assert [(a.name, a.organisation) for a in m.attendees] == [*people, ("Eva Sten", "BIG")]
    assert m.preamble == ()
    assert [d.code for d in m.diagnostics if d.line == 4] == ["attendance-line"]  # the line as written


@pytest.mark.parametrize(
    ("row", "person"),
    [
        ("Jonas Ek/Bostadsbolaget", ("Jonas Ek", "Bostadsbolaget")),  # a slash between name and organisation
        ("Jonas Ek / Region Gävleborg", ("Jonas Ek", "Region Gävleborg")),
        ("Jonas Ek, Välfärd Gävle/socialtjänsten", ("Jonas Ek", "Välfärd Gävle/socialtjänsten")),  # a slash inside the organisation
    ],
)
def test_a_slash_after_the_name(row: str, person: tuple[str, str]) -> None:
    assert rows(row, "Cai Ek, BIG") == [(*person, None), ("Cai Ek", "BIG", None)]


def test_two_names_with_a_slash_are_no_person_and_its_organisation() -> None:
    found, codes, leftovers = _read("Ida Ek/Bo Lund", "Cai Ek, BIG")
    assert (found, leftovers) == ([("Cai Ek", "BIG", None)], 1)
    assert ("attendance-unread", "could not read attendance row 'Ida Ek/Bo Lund'; kept as text") in codes


@pytest.mark.parametrize(
    ("row", "person"),
    [
        ("Berg, Karin", ("Karin Berg", None, None)),
        ("Berg, Karin, Räddningstjänsten", ("Karin Berg", "Räddningstjänsten", None)),
        ("Holm, Anna-Lena\tPolisen", ("Anna-Lena Holm", "Polisen", None)),
        ("Holm, Anna-Lena (BIG) (§ 2)", ("Anna-Lena Holm", "BIG", "§ 2")),
        ("Öst, Åsa – Polisen", ("Åsa Öst", "Polisen", None)),
    ],
)
def test_a_name_written_surname_first_is_turned_round(row: str, person: tuple[str, str | None, str | None]) -> None:
    found, codes, leftovers = _read(row)
    assert (found, leftovers) == ([person], 0)
    surname, given = person[0].split()[::-1]
    assert codes[0] == ("name-order", f"read '{surname}, {given}', written surname first, as {person[0]}")


@pytest.mark.parametrize(
    "row",
    [
        "Polisen, Karin",  # an organisation first
        "Ida Ek, Bo Lund",  # two people
        "Berg, Karin Lund",  # a surname first is one word, and so is the first name after it
    ],
)
def test_rows_that_are_not_written_surname_first(row: str) -> None:
    _, codes, _ = _read(row)
    assert "name-order" not in [code for code, _ in codes]


def test_a_row_written_surname_first_that_stays_unread_is_kept_as_written() -> None:
    from bigprotokoll import parse_text

    m = parse_text("Protokoll BIG 2024-01-15\n\nNärvarande:\nBerg, Karin; 12, 14\n\n§ 1 A\n\nB.\n")
    assert [p.text for p in m.preamble] == ["Berg, Karin; 12, 14"]


@pytest.mark.parametrize(
    "line", ["14 medlemmar enligt bifogad närvarolista", "Se bifogad närvarolista.", "Enligt bilaga 1", "23 röstberättigade medlemmar"]
)
def test_a_count_of_those_present_or_a_list_elsewhere_stays_text_quietly(line: str) -> None:
    from bigprotokoll import parse_text

    m = parse_text(f"Protokoll BIG 2024-01-15\n\nNärvarande: {line}\n\n§ 1 A\n\nB.\n")
    assert (m.attendees, [p.text for p in m.preamble]) == ((), [line])
    assert [(d.code, d.severity.value) for d in m.diagnostics if d.line == 3] == [("attendance-elsewhere", "info")]


def test_a_row_that_only_starts_with_a_number_is_still_unread() -> None:
    found, codes, leftovers = _read("14 Ida Ek Bo")
    assert (found, leftovers) == ([], 1)
    assert [code for code, _ in codes] == ["attendance-unread"]


@pytest.mark.parametrize("gap", ["\t", "    "])
def test_a_list_set_in_columns_of_people_with_organisations(gap: str) -> None:
    found, codes, leftovers = _read(f"Ida Ek, Polisen{gap}Bo Lund – BIG", f"Eva Sand, Region Gävleborg{gap}Per Ek, Räddningstjänsten")
    assert found == [("Ida Ek", "Polisen", None), ("Bo Lund", "BIG", None), ("Eva Sand", "Region Gävleborg", None), ("Per Ek", "Räddningstjänsten", None)]
    assert leftovers == 0
    assert [code for code, _ in codes] == ["attendance-columns", "attendance-columns"]


def test_a_row_of_name_and_organisation_cells_is_not_split_into_columns() -> None:
    found, codes, _ = _read("Ida Ek\tStyrning och stöd, säkerhet", "Bo Lund, ordförande\tBIG")
    assert found == [("Ida Ek", "Styrning och stöd, säkerhet", None), ("Bo Lund", "BIG", None)]
    # a role after the name in its cell is no part of it (it was: "Bo Lund, ordförande")
    assert codes == [("attendance-extra", "kept 'ordförande' from the row of Bo Lund: the model has no field for it")]


def test_a_titled_row_with_its_role_in_brackets_after_the_organisation() -> None:
    """"Lena Björk, kommundirektör, Norrfors kommun (ordförande)": the title and the role are
    kept, the organisation is clean, and the role names the chair; "VD" is a title too."""
    from bigprotokoll import parse_text

    found, codes, leftovers = _read("Lena Björk, kommundirektör, Norrfors kommun (ordförande)", "Olle Fors, VD, Norrforshem")
    assert (found, leftovers) == ([("Lena Björk", "Norrfors kommun", None), ("Olle Fors", "Norrforshem", None)], 0)
    assert codes == [
        ("attendance-extra", "kept 'kommundirektör, ordförande' from the row of Lena Björk: the model has no field for it"),
        ("attendance-extra", "kept 'VD' from the row of Olle Fors: the model has no field for it"),
    ]
    m = parse_text("Protokoll BIG 2025-10-02\n\nNärvarande\nLena Björk, kommundirektör, Norrfors kommun (ordförande)\n\n§ 1 A\n\nB.\n")
    assert m.chair == "Lena Björk"


def test_a_title_before_the_party_in_brackets_and_a_party_in_a_column_of_its_own() -> None:
    found, codes, leftovers = _read(
        "Patrik Sand, personalrepresentant (Kommunal)", "Eva Ek, ledamot (S)", "Birgitta Sandell\t(S)\tordförande"
    )
    assert (found, leftovers) == ([("Patrik Sand", "Kommunal", None), ("Eva Ek", "S", None), ("Birgitta Sandell", "S", None)], 0)
    assert [message.split("'")[1] for code, message in codes if code == "attendance-extra"] == ["personalrepresentant", "ledamot", "ordförande"]


@pytest.mark.parametrize(
    ("row", "people"),
    [
        ("Lotta, Kenneth, Amir, Birgitta och Johan", [("Lotta", None), ("Kenneth", None), ("Amir", None), ("Birgitta", None), ("Johan", None)]),
        ("Lotta, Kenneth och Amir", [("Lotta", None), ("Kenneth", None), ("Amir", None)]),
        ("Lotta Berg, Kenneth, Amir", [("Lotta Berg", None), ("Kenneth", None), ("Amir", None)]),  # a full name among them
        ("Ida (Polisen), Ali (Fältgruppen) och Lisa", [("Ida", "Polisen"), ("Ali", "Fältgruppen"), ("Lisa", None)]),
        # an institution's word in lower case is the organisation; two names and a comma, each with its bracket
        ("Lisa (skolan), Bo (polisen)", [("Lisa", "skolan"), ("Bo", "polisen")]),
        ("Lisa (skolan), Ahmed (fältare) och Bo", [("Lisa", "skolan"), ("Ahmed", None), ("Bo", None)]),
    ],
)
def test_a_list_of_first_names(row: str, people: list[tuple[str, str | None]]) -> None:
    """As informal notes list those present; "Lotta, Kenneth" was read surname first."""
    found, _, leftovers = _read(row)
    assert ([(name, org) for name, org, _ in found], leftovers) == (people, 0)


@pytest.mark.parametrize("row", ["Polisen, Socialtjänsten och Skolan", "Ingen, Alla och Samtliga"])
def test_a_list_of_institutions_is_no_list_of_first_names(row: str) -> None:
    found, _, _ = _read(row)
    assert not any(name in ("Polisen", "Ingen") for name, _, _ in found)


def test_first_names_one_a_line_are_people_only_where_every_line_is_one() -> None:
    found, codes, leftovers = _read("Lotta", "Kenneth")
    assert ([name for name, _, _ in found], leftovers) == (["Lotta", "Kenneth"], 0)
    assert [code for code, _ in codes] == ["first-name", "first-name"]
    found, codes, leftovers = _read("Lisa (skolan)", "Ahmed (fältare)", "Kim (Polisen)")  # each with its bracket
    assert ([(name, org) for name, org, _ in found], leftovers) == ([("Lisa", "skolan"), ("Ahmed", None), ("Kim", "Polisen")], 0)
    assert ("attendance-extra", "kept 'fältare' from the row of Ahmed: the model has no field for it") in codes
    found, _, _ = _read("Ida Ek", "Bo Lund", "Polisen", "Sandvik")  # names, then their organisations
    assert [(name, org) for name, org, _ in found] == [("Ida Ek", "Polisen"), ("Bo Lund", "Sandvik")]


def test_a_single_row_with_its_organisation_after_a_spaced_dash() -> None:
    """"Stefan Ohlsson – Fritid Östra Berga" alone (a one-row absentee list): a spaced dash
    parts a name from its organisation, though the organisation's words look like a name."""
    found, codes, leftovers = _read("Stefan Ohlsson – Fritid Östra Berga")
    assert (found, leftovers) == ([("Stefan Ohlsson", "Fritid Östra Berga", None)], 0)
    assert rows("Ida Ek, Bo Lund") == [("Ida Ek", None, None), ("Bo Lund", None, None)]  # a comma: two people, as before


def test_an_institution_in_lower_case_in_a_lists_brackets_is_the_organisation() -> None:
    found, _, leftovers = _read("Ida Holmqvist (Polisen), Sanna Rydh (fritidsgården Navet), Omar Said (Nattvandrarna)")
    assert (found, leftovers) == ([("Ida Holmqvist", "Polisen", None), ("Sanna Rydh", "fritidsgården Navet", None), ("Omar Said", "Nattvandrarna", None)], 0)


def test_a_role_in_lower_case_in_brackets_after_a_name_is_no_organisation() -> None:
    found, codes, leftovers = _read("Sofia Lund (samordnare)", "Nils Ek, Polisen", "Eva Sten (vikarie för Bo Lund)")
    assert found[:2] == [("Sofia Lund", None, None), ("Nils Ek", "Polisen", None)]  # was the organisation "(samordnare)"
    assert ("attendance-extra", "kept 'samordnare' from the row of Sofia Lund: the model has no field for it") in codes
    assert not any("vikarie" in message for code, message in codes if code == "attendance-extra")  # names someone: not a role


def test_a_role_beside_the_organisation_in_the_brackets_of_a_list() -> None:
    """"(rektor, Östra Sala skola)" and "(Polisen, ordf.)": the organisation is the capitalised
    part, the role is kept in a diagnostic."""
    found, codes, leftovers = _read("Karin Ek (rektor, Östra Sala skola), Leif Holm (Polisen, ordf.), Bengt Ny (Salabostäder)")
    assert (found, leftovers) == ([("Karin Ek", "Östra Sala skola", None), ("Leif Holm", "Polisen", None), ("Bengt Ny", "Salabostäder", None)], 0)
    assert [message for code, message in codes if code == "attendance-extra"] == [
        "kept 'rektor' from the row of Karin Ek: the model has no field for it",
        "kept 'ordf.' from the row of Leif Holm: the model has no field for it",
    ]


@pytest.mark.parametrize(
    ("row", "people"),
    [
        ("Ida Ek, Polisen; Bo Lund, BIG", [("Ida Ek", "Polisen", None), ("Bo Lund", "BIG", None)]),
        ("Ida Ek – Polisen; Bo Lund – BIG", [("Ida Ek", "Polisen", None), ("Bo Lund", "BIG", None)]),  # a dash as anywhere
        ("Ida Ek, Polisen; Bo Lund; Eva Sand, Region Gävleborg (§ 2).", [("Ida Ek", "Polisen", None), ("Bo Lund", None, None), ("Eva Sand", "Region Gävleborg", "§ 2")]),
    ],
)
def test_people_with_organisations_between_semicolons(row: str, people: list[tuple[str, str | None, str | None]]) -> None:
    assert rows(row) == people


def test_a_list_between_semicolons_wrapped_inside_an_entry_is_joined_again() -> None:
    """As a page wraps the line "Närvarande: ..." (PDF text): the paragraph goes on in small
    letters, inside the organisation's name. A line after a semicolon is a row of its own,
    and so is a paragraph of its own."""
    from bigprotokoll import parse_text

    head = "Protokoll BIG 2025-05-06\n\n"
    tail = "\n\n§ 1 Öppnande\n\nMötet öppnades.\n"
    m = parse_text(f"{head}Närvarande: Ida Ek, Polisen; Eva Berg, Norrviks\nkommun; Bo Lund, BIG{tail}")
    assert [(a.name, a.organisation) for a in m.attendees] == [("Ida Ek", "Polisen"), ("Eva Berg", "Norrviks kommun"), ("Bo Lund", "BIG")]
    assert not m.preamble
    wrapped = Line(2, "kommun; Bo Lund, BIG", brk=False)
    found, _ = read_rows([Line(1, "Ida Ek, Polisen; Eva Berg, Norrviks"), wrapped], OrgKnowledge(), Diagnostics())
    assert [(r.name, r.organisation) for r in found] == [("Ida Ek", "Polisen"), ("Eva Berg", "Norrviks kommun"), ("Bo Lund", "BIG")]
    _, leftovers = read_rows([Line(1, "Ida Ek, Polisen; Eva Berg, Norrviks"), wrapped._replace(brk=True)], OrgKnowledge(), Diagnostics())
    assert [line.text for line in leftovers] == ["kommun; Bo Lund, BIG"]  # a paragraph of its own: not joined
    found, _ = read_rows([Line(1, "Ida Ek, Polisen;"), Line(2, "af Klint, BIG", brk=False)], OrgKnowledge(), Diagnostics())
    assert found[0].name == "Ida Ek" and "Klint" not in (found[0].organisation or "")  # a new entry: not joined


@pytest.mark.parametrize("title", ["Fil. dr", "Fil.dr", "fil. dr.", "Med. dr", "Tekn. lic.", "Dr", "Dr.", "Docent", "Professor", "Prof."])
def test_an_academic_title_before_the_name_is_no_part_of_it(title: str) -> None:
    found, codes, leftovers = _read(f"{title} Anna Berg, Lindby kommun", "Bo Lund, Polisen")
    assert (found, leftovers) == ([("Anna Berg", "Lindby kommun", None), ("Bo Lund", "Polisen", None)], 0)
    assert codes == [("title-first", f"kept {title!r} from the row of Anna Berg: the model has no field for a title")]


def test_a_word_like_a_title_that_is_none_stays() -> None:
    found, codes, _ = _read("Drottning Ek, Polisen", "Doktorand Bo Lund, BIG")
    assert [name for name, _, _ in found][:1] == ["Drottning Ek"]
    assert not any(code == "title-first" for code, _ in codes)


@pytest.mark.parametrize("aside", ["kl. 13.00–14.30", "till kl 14", "från kl. 10", "del av mötet", "delvis"])
def test_when_someone_took_part_is_no_part_of_the_organisation(aside: str) -> None:
    found, codes, _ = _read(f"Ida Ek, Polisen ({aside})", "Cai Ek, BIG")
    assert found == [("Ida Ek", "Polisen", None), ("Cai Ek", "BIG", None)]
    assert ("attendance-extra", f"kept {aside!r} from the row of Ida Ek: the model has no field for it") in codes


def test_a_role_before_the_name_is_read_after_it_and_a_row_left_unread_stays_as_written() -> None:
    from bigprotokoll import parse_text

    m = parse_text("Protokoll BIG 2024-01-15\n\nNärvarande:\nOrdförande Maria Ek (S)\nLedamot Bo Lund hälsade; 12\n\n§ 1 A\n\nB.\n")
    assert ([a.name for a in m.attendees], m.chair) == (["Maria Ek"], "Maria Ek")
    assert [(d.code, d.line) for d in m.diagnostics if d.code == "role-first"][:1] == [("role-first", 4)]
    assert [p.text for p in m.preamble] == ["Ledamot Bo Lund hälsade; 12"]


def test_a_known_organisation_starts_a_long_text_of_many_words() -> None:
    # a run of words longer than any known name is never looked up (a row of 100 KB took
    # seconds when every leading run was)
    orgs = OrgKnowledge()
    assert orgs.known_prefix("Styrning och stöd " + "ord " * 5000)
    assert not orgs.known_prefix("Ida Ek " * 5000)


def test_a_long_unread_row_is_named_by_its_start_and_kept_whole() -> None:
    diagnostics = Diagnostics()
    text = "Anna Andersson " * 200 + "?"
    found, leftovers = read_rows([Line(1, text)], OrgKnowledge(), diagnostics)
    assert not found and [line.text for line in leftovers] == [text]
    (warning,) = [d for d in diagnostics.items if d.code == "attendance-unread"]
    assert len(warning.message) < 120 and "Anna Andersson" in warning.message



@pytest.mark.parametrize("text", ["Ida Ek för Polisen", "Ida Ek (S) för Polisen"])
def test_for_alone_is_a_substitute_only_after_a_party_and_before_a_name(text: str) -> None:
    found, diagnostics, _ = _read(text)
    assert not [message for code, message in diagnostics if code == "attendance-extra"]
    assert found != [("Ida Ek", None, None)] and found != [("Ida Ek", "S", None)]


@pytest.mark.parametrize(
    ("text", "row", "role"),
    [
        ("Vice ordförande\tHenrik Alm (M)", ("Henrik Alm", "M", None), "vice ordförande"),
        ("1:e vice ordförande\tHenrik Alm (M)", ("Henrik Alm", "M", None), None),
        ("Ledamot\tFatima Osmani (S)", ("Fatima Osmani", "S", None), "ledamot"),
        ("Socialchef\tAnn-Charlotte Wiik", ("Ann-Charlotte Wiik", None, None), None),
        ("Enhetschef\tRobin Hägg, § 14", ("Robin Hägg", None, "§ 14"), None),
        ("Ordförande\tLena Ström (S)", ("Lena Ström", "S", None), "ordförande"),
    ],
)
def test_a_role_in_the_first_column_before_the_person(text: str, row: tuple[str, str | None, str | None], role: str | None) -> None:
    diagnostics = Diagnostics()
    found, leftovers = read_rows([Line(1, text)], OrgKnowledge(), diagnostics)
    assert ([(r.name, r.organisation, r.scope) for r in found], [r.role for r in found], leftovers) == ([row], [role], [])
    assert "attendance-extra" in [d.code for d in diagnostics.items]  # the role kept (and "role-first" where it is one)


def test_a_role_alone_after_the_name_is_no_organisation() -> None:
    diagnostics = Diagnostics()
    found, _ = read_rows([Line(1, "Namn\tParti\tRoll"), Line(2, "Ebba Hallin\tS\tOrdförande"), Line(3, "Linnea Holt\t\tSekreterare")],
                         OrgKnowledge(), diagnostics)
    assert [(r.name, r.organisation, (r.role or "").casefold()) for r in found] == [
        ("Ebba Hallin", "S", "ordförande"), ("Linnea Holt", None, "sekreterare")
    ]


def test_organisations_without_names_are_said_to_be_so() -> None:
    _, diagnostics, leftovers = _read("Polisen", "Gävle kommun")
    assert leftovers == 2
    assert diagnostics == [
        ("attendance-mismatch", "read 'Polisen' | 'Gävle kommun' as organisations, with no names to pair them with; kept as text")
    ]
