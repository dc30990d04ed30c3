"""Attendance is recorded only once an event has begun; certificates only for a held event."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from aktif_desktop.errors import ValidationError
from aktif_desktop.exports.certificates import write_certificates
from aktif_desktop.services import contacts, events, participations
from aktif_desktop.services.contacts import ContactData
from aktif_desktop.services.events import EventData
from aktif_desktop.storage.models import Participation


def _event(start: dt.datetime, status: str = "planned") -> int:
    data = EventData(
        kind="workshop", title="Workshop Wohngeld", start=start, end=start + dt.timedelta(hours=2)
    )
    data.status = status
    return events.create_event(data).id


def _person(last: str) -> int:
    return contacts.create_contact(ContactData(last_name=last, first_name="Ute")).id


FUTURE = dt.datetime(2031, 3, 4, 10)
PAST = dt.datetime(2025, 3, 4, 10)


@pytest.mark.parametrize("status", ["teilgenommen", "nicht erschienen"])
def test_attendance_before_the_start_is_refused_in_german(db: Path, status: str) -> None:
    event = _event(FUTURE)
    row = participations.add_participant(event, _person("Jäger"), "angemeldet").row
    with pytest.raises(ValidationError, match="erst ab Beginn der Veranstaltung") as caught:
        participations.set_status(row.id, status)
    assert "04.03.2031, 10:00 Uhr" in caught.value.message
    with pytest.raises(ValidationError, match="erst ab Beginn"):
        participations.add_participant(event, _person("Vogt"), status)
    # Still freely changeable afterwards (no certificate was issued).
    assert participations.set_status(row.id, "entschuldigt").row.status == "excused"


def test_attendance_after_the_start_is_accepted(db: Path) -> None:
    event = _event(PAST, "invited")
    row = participations.add_participant(event, _person("Jäger"), "angemeldet").row
    assert participations.set_status(row.id, "teilgenommen").row.status == "attended"


def test_no_certificates_for_an_event_not_held(db: Path, tmp_path: Path) -> None:
    event = _event(FUTURE)
    row = participations.add_participant(event, _person("Jäger"), "angemeldet").row
    # Data from before the rule: "attended" for a future event.
    Participation.update(status="attended").where(Participation.id == row.id).execute()
    with pytest.raises(ValidationError, match="beginnt erst am 04.03.2031"):
        write_certificates(event, pdf_file=tmp_path / "tb.pdf")
    assert not (tmp_path / "tb.pdf").exists()
    cancelled = _event(PAST, "cancelled")
    with pytest.raises(ValidationError, match="abgesagt"):
        write_certificates(cancelled, pdf_file=tmp_path / "tb.pdf")


def test_cli_attend_refuses_before_the_start(db: Path) -> None:
    event = _event(FUTURE)
    person = _person("Jäger")
    participations.add_participant(event, person, "angemeldet")
    from aktif_desktop.storage.db import close_database

    close_database()
    result = subprocess.run(
        [sys.executable, "-m", "aktif_desktop", "--db", str(db), "attend"]
        + ["--event", str(event), "--contact", str(person)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert result.returncode == 1
    assert "erst ab Beginn der Veranstaltung" in result.stderr
    assert "Traceback" not in result.stderr
