"""A name the embedded font cannot print gives a warning with the export, never a silent box."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from aktif_desktop.exports.certificates import write_certificates
from aktif_desktop.exports.signature_list import write_signature_list
from aktif_desktop.services import contacts, events, participations
from aktif_desktop.services.contacts import ContactData
from aktif_desktop.services.events import EventData


def test_cjk_name_is_reported_on_signature_list_and_certificates(db: Path, tmp_path: Path) -> None:
    start = dt.datetime(2026, 2, 3, 10)
    event = events.create_event(
        EventData(kind="workshop", title="Workshop", start=start, end=start + dt.timedelta(hours=2))
    )
    for last, first in (("Wójcik", "Łukasz"), ("山田", "花子")):
        person = contacts.create_contact(ContactData(last_name=last, first_name=first))
        participations.add_participant(event.id, person.id, "teilgenommen")

    listed = write_signature_list(event.id, tmp_path / "liste.pdf")
    certified = write_certificates(event.id, pdf_file=tmp_path / "bescheinigungen.pdf")

    for result in (listed, certified):
        assert "山田" in result.note
        assert "Łukasz" not in result.note  # DejaVu Sans prints Polish letters
