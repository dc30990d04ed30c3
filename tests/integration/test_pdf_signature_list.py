"""The signature list as a real PDF, read back with pypdf: names, order, pages, consent."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from aktif_desktop.domain import EventKind
from aktif_desktop.exports.common import ExportCancelled
from aktif_desktop.exports.signature_list import write_signature_list
from aktif_desktop.services import audit, contacts, events, organisations, participations
from aktif_desktop.storage.models import Contact, Participation

NAMES = [
    ("Łukasz", "Wiśniewski"),
    ("Jiří", "Dvořák"),
    ("Ödön", "Kővári"),
    ("Ännchen", "Übermuth"),
    ("Jörg", "Weiß"),
]


def _text(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def _event(title: str = "Netzwerktreffen Äpfel & Birnen") -> int:
    return events.create_event(
        events.EventData(
            kind=EventKind.NETWORK_MEETING.value,
            title=title,
            start=dt.datetime(2026, 5, 4, 9, 30),
            end=dt.datetime(2026, 5, 4, 12, 0),
            place="Familienzentrum Lindenau, Großer Saal",
        )
    ).id


@pytest.fixture
def small_event(db: Path) -> int:
    organisation = organisations.create_organisation(
        organisations.OrganisationData(name="Jugendamt Grünfelde")
    )
    event_id = _event()
    for index, (first, last) in enumerate(NAMES):
        person = contacts.create_contact(
            contacts.ContactData(
                first_name=first,
                last_name=last,
                organisation_id=organisation.id,
                consent_lists=index != 0,  # Łukasz did not consent to appear on lists
            )
        )
        participations.add_participant(event_id, person.id, "registered")
    invited = contacts.create_contact(
        contacts.ContactData(first_name="Nur", last_name="Eingeladen")
    )
    participations.add_participant(event_id, invited.id, "invited")
    return event_id


def test_names_with_every_latin_letter_appear_sorted(small_event: int, tmp_path: Path) -> None:
    target = tmp_path / "liste.pdf"
    result = write_signature_list(small_event, target)
    (text,) = _text(target)
    assert result.row_count == 5
    for first, last in NAMES:
        assert f"{last}, {first}" in text
    order = [text.index(last) for last in ("Dvořák", "Kővári", "Übermuth", "Weiß", "Wiśniewski")]
    assert order == sorted(order)  # by last name, umlauts folded (Ü as Ue)
    assert "Eingeladen" not in text  # only registered people
    assert "Netzwerktreffen Äpfel & Birnen" in text
    assert "04.05.2026, 09:30–12:00 Uhr" in text
    assert "Familienzentrum Lindenau, Großer Saal" in text
    assert "Seite 1 von 1" in text
    assert "Datenschutzhinweis" in text
    for header in ("Nr.", "Name", "Organisation", "Unterschrift"):
        assert header in text


def test_people_without_list_consent_appear_by_name_only(small_event: int, tmp_path: Path) -> None:
    target = tmp_path / "liste.pdf"
    write_signature_list(small_event, target)
    (text,) = _text(target)
    assert text.count("Jugendamt Grünfelde") == len(NAMES) - 1
    line = next(line for line in text.splitlines() if "Wiśniewski" in line)
    assert "Jugendamt" not in line


def test_blank_rows_are_numbered_after_the_registered(small_event: int, tmp_path: Path) -> None:
    target = tmp_path / "liste.pdf"
    write_signature_list(small_event, target, blank_rows=3)
    (text,) = _text(target)
    numbers = [int(n) for n in re.findall(r"^\s*(\d+)\s*$", text, flags=re.MULTILINE)]
    assert numbers[-3:] == [6, 7, 8]
    assert "9" not in numbers


def test_five_hundred_participants_fit_cleanly(db: Path, tmp_path: Path) -> None:
    event_id = _event("Großes Regionaltreffen")
    stamp = dt.datetime(2026, 4, 1, 8, 0)
    Contact.insert_many(
        [{"first_name": f"Vorname{n:03d}", "last_name": f"Nachname{n:03d}"} for n in range(500)]
    ).execute()
    ids = [contact.id for contact in Contact.select(Contact.id)]
    Participation.insert_many(
        [
            {"event": event_id, "contact": i, "status": "registered", "registered_at": stamp}
            for i in ids
        ]
    ).execute()
    target = tmp_path / "gross.pdf"
    pages_seen: list[tuple[int, int]] = []
    write_signature_list(event_id, target, progress=lambda d, t: pages_seen.append((d, t)) or True)
    texts = _text(target)
    total = len(texts)
    assert 15 <= total <= 30  # ~10 mm per row
    for number, text in enumerate(texts, start=1):
        assert f"Seite {number} von {total}" in text
        assert "Unterschrift" in text  # the header row is repeated on every page
        assert "Datenschutzhinweis" in text
    joined = " ".join(" ".join(texts).split())  # a long name may wrap inside its cell
    missing = [n for n in range(500) if f"Nachname{n:03d}, Vorname{n:03d}" not in joined]
    assert missing == [], joined[:400]
    assert "505" in texts[-1].split()  # the last blank row is on the last page
    assert pages_seen[-1][0] == pages_seen[-1][1]


def test_cancel_writes_nothing(small_event: int, tmp_path: Path) -> None:
    target = tmp_path / "out" / "liste.pdf"
    target.parent.mkdir()
    calls: list[int] = []

    def cancel_during_layout(done: int, total: int) -> bool:
        calls.append(done)
        return len(calls) < 2  # the second call comes after the first page was laid out

    with pytest.raises(ExportCancelled):
        write_signature_list(small_event, target, progress=cancel_during_layout)
    assert len(calls) == 2
    assert list(target.parent.iterdir()) == []
    assert audit.list_disclosures() == []


def test_recorded_as_disclosure(small_event: int, tmp_path: Path) -> None:
    write_signature_list(small_event, tmp_path / "liste.pdf")
    (entry,) = audit.list_disclosures()
    assert entry.kind == "Unterschriftenliste" and entry.row_count == 5


def test_the_note_counts_pages_in_good_german(small_event: int, tmp_path: Path) -> None:
    result = write_signature_list(small_event, tmp_path / "liste.pdf", blank_rows=0)
    assert len(PdfReader(tmp_path / "liste.pdf").pages) == 1
    assert result.note.splitlines()[0] == "1 Seite"
