"""Shared fixtures of the JSON-LD plugin's tests; ``--update-goldens`` rewrites golden files."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Callable

import attrs
import pytest
from bigprotokoll.model import (
    Absentee,
    AgendaItem,
    Assignment,
    AttachmentRef,
    Attendee,
    Decision,
    Diagnostic,
    Distribution,
    Furniture,
    FurnitureKind,
    Minutes,
    NextMeeting,
    Paragraph,
    Severity,
    Source,
)
from bigprotokoll.testing import sample_minutes

GOLDEN = Path(__file__).resolve().parent / "golden"


def pytest_addoption(parser: pytest.Parser) -> None:
    try:
        parser.addoption(
            "--update-goldens",
            action="store_true",
            default=False,
            help="rewrite the golden files from the current output (review the diff!)",
        )
    except ValueError:  # another plugin's conftest in the same run already added it
        pass


@pytest.fixture
def golden(request: pytest.FixtureRequest) -> Callable[[str, bytes], None]:
    """Compare bytes, after JSON loading, with ``golden/<name>``; rewrite it with --update-goldens."""
    update = bool(request.config.getoption("--update-goldens"))

    def check(name: str, data: bytes) -> None:
        path = GOLDEN / name
        if update:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        if not path.exists():
            pytest.fail(f"golden file {path} is missing; run pytest --update-goldens and review it")
        assert json.loads(data) == json.loads(path.read_bytes()), f"output differs from {path.name}"

    return check


# Text with everything JSON must escape or keep: quotes, backslashes, newlines, control
# characters, emoji, right-to-left marks and embedding, a NUL, a line separator.
NASTY = 'Citat "så" och \\ snedstreck\nny rad\tflik \x01\x1f\x7f 🙂👩‍👩‍👧 \u200fשלום\u200f \u202bRTL\u202c \x00 \u2028 slut'


def full_minutes() -> Minutes:
    """The core's sample minutes with every optional field of the model filled in."""
    base = sample_minutes()
    item3 = attrs.evolve(base.items[2], deferred_to=dt.date(2023, 6, 9))
    return attrs.evolve(
        base,
        place="Nynäs Herrgård",
        start=dt.time(8, 15),
        end=dt.time(11, 30),
        absent=(Absentee("Ida Ström", "Polisen"), Absentee("Per Holm")),
        items=(*base.items[:2], item3, *base.items[3:]),
        preamble=(Paragraph("Text före första paragrafen."),),
        closing=(Paragraph("Text efter underskrifterna."),),
        furniture=(Furniture("BIG BROTTSFÖREBYGGARNA I GÄVLE", FurnitureKind.LETTERHEAD, line=3), *base.furniture),
        diagnostics=(Diagnostic("numbering-gap", "§ 5 is missing", 12, Severity.INFO),),
        source=Source("protokoll.txt", "cp1252", hashlib.sha256(b"protokoll").hexdigest(), 4711),
    )


def nasty_minutes() -> Minutes:
    """Minutes whose every free text holds :data:`NASTY`."""
    return Minutes(
        title=f"Protokoll {NASTY}",
        body="BIG",
        meeting_date=dt.date(2024, 2, 9),
        attendees=(Attendee(f"Nils {NASTY}", f"Org {NASTY}", (1,), f"§ 1 {NASTY}"),),
        distribution=Distribution(False, (f"Mottagare {NASTY}",)),
        chair=f"Nils {NASTY}",
        items=(
            AgendaItem(
                1,
                f"Rubrik {NASTY}",
                (Paragraph(f"Text {NASTY}", label=f"a{NASTY}"),),
                decisions=(Decision(f"Beslut {NASTY}"),),
                assignments=(Assignment(f"Nils {NASTY}", f"Uppdrag {NASTY}"),),
                attachments=(AttachmentRef(f"Bilaga {NASTY}"),),
            ),
        ),
        next_meeting=NextMeeting(dt.date(2024, 3, 8), place=f"Plats {NASTY}"),
        diagnostics=(Diagnostic(f"kod{NASTY}", f"meddelande {NASTY}"),),
    )


@pytest.fixture
def full() -> Minutes:
    return full_minutes()


@pytest.fixture
def nasty_text() -> str:
    return NASTY


@pytest.fixture
def nasty() -> Minutes:
    return nasty_minutes()
