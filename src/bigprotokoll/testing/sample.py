"""A small but complete hand-built model (fictional people), for exporter tests."""

from __future__ import annotations

import datetime as dt

from ..model import (
    AgendaItem,
    Assignment,
    AttachmentRef,
    Attendee,
    Decision,
    Distribution,
    Furniture,
    FurnitureKind,
    Minutes,
    NextMeeting,
    Outcome,
    Paragraph,
    Subsection,
)


def sample_minutes() -> Minutes:
    """Minutes that use every part of the model at least once."""
    return Minutes(
        title="Protokoll fört vid ledningsgruppsmöte BIG 2023-05-12",
        body="BIG",
        meeting_date=dt.date(2023, 5, 12),
        document_date=dt.date(2023, 5, 15),
        attendees=(
            Attendee("Vera Lindqvist", "Styrning och stöd Gävle"),
            Attendee("Olof Brandt", "Polisen"),
            Attendee("Saga Nyberg", "Välfärd Gävle", items=(1, 2, 3), scope="tom § 3"),
        ),
        distribution=Distribution(True, ("Hugo Ek", "kommunstyrelsen")),
        chair="Vera Lindqvist",
        minute_taker="Olof Brandt",
        adjusters=("Vera Lindqvist",),
        items=(
            AgendaItem(
                1,
                "Mötets öppnande",
                (Paragraph("Mötesordförande Vera Lindqvist hälsade välkommen och öppnade mötet."),),
            ),
            AgendaItem(
                2,
                "Föregående protokoll",
                (
                    Paragraph("Föregående protokoll godkändes och lades till handlingarna."),
                    Paragraph("Paragrafen justeras omedelbart."),
                ),
                decisions=(Decision("Föregående protokoll godkändes och lades till handlingarna.", Outcome.APPROVED),),
                adjusted_immediately=True,
            ),
            AgendaItem(
                3,
                "Trygghetsvandringar",
                (
                    Paragraph("Rapporten presenterades. Se bifogat dokument."),
                    Paragraph("Olof fick i uppdrag att boka en ny vandring.", label="a"),
                    Paragraph("Frågan om budget bordläggs.", label="b"),
                ),
                tabled=True,
                decisions=(Decision("Frågan om budget bordläggs.", Outcome.TABLED),),
                assignments=(Assignment("Olof", "Olof fick i uppdrag att boka en ny vandring."),),
                attachments=(AttachmentRef("Se bifogat dokument."),),
            ),
            AgendaItem(
                4,
                "Aktuellt från respektive huvudman",
                (Paragraph("Representanten för respektive huvudman beskrev vad som är aktuellt."),),
                subsections=(
                    Subsection("Polisen", (Paragraph("Fler kontroller i centrum under våren."),)),
                    Subsection("Välfärd Gävle", (Paragraph("Fältgruppen arbetar i Sätra."),)),
                ),
            ),
        ),
        next_meeting=NextMeeting(dt.date(2023, 6, 9), dt.time(8, 15), dt.time(11, 15), "BIG"),
        furniture=(Furniture("Sida 1 av 2", FurnitureKind.PAGE_NUMBER),),
    )
