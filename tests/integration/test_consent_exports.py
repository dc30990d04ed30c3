"""Consent (DSGVO) is honoured by every export, and withdrawing it is as easy as giving it.

Two people at one organisation and one event: Anna consented to everything, Bruno to
nothing. Each export is written and read back, and checked for Bruno's data.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from aktif_desktop.exports import certificates, directory, ics, lists, signature_list
from aktif_desktop.services import contacts, events, organisations, participations


@dataclass
class People:
    event: int
    anna: int
    bruno: int


def _person(last: str, first: str, organisation: int, consent: bool) -> int:
    return contacts.create_contact(
        contacts.ContactData(
            last_name=last,
            first_name=first,
            organisation_id=organisation,
            function="Beratung",
            email=f"{first.lower()}@jobcenter.example",
            phone="0351 1234567" if consent else "0351 7654321",
            consent_share=consent,
            consent_lists=consent,
        )
    ).id


@pytest.fixture
def people(db: Path) -> People:
    org = organisations.create_organisation(
        organisations.OrganisationData(name="Jobcenter Lindenau")
    ).id
    anna = _person("Adler", "Anna", org, consent=True)
    bruno = _person("Brandt", "Bruno", org, consent=False)
    # Attendance is recorded only once an event has begun: yesterday's workshop.
    start = dt.datetime.combine(dt.date.today() - dt.timedelta(days=1), dt.time(9))
    event = events.create_event(
        events.EventData(
            kind="workshop", title="Workshop", start=start, end=start + dt.timedelta(hours=2)
        )
    ).id
    for person in (anna, bruno):
        participations.add_participant(event, person, "attended", note=f"Notiz {person}")
    return People(event, anna, bruno)


def xlsx_rows(path: Path) -> tuple[list[tuple[object, ...]], list[str]]:
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.worksheets[0]
    notes = [
        str(value)
        for other in workbook.worksheets[1:]
        for row in other.iter_rows(values_only=True)
        for value in row
        if value
    ]
    return list(sheet.iter_rows(values_only=True)), notes


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def test_contact_list_leaves_out_people_without_consent_and_says_so(people, tmp_path):
    result = lists.export_contacts(tmp_path / "kontakte.xlsx")
    rows, notes = xlsx_rows(result.path)
    flat = str(rows)
    assert "Adler" in flat and "Brandt" not in flat and "bruno@" not in flat
    assert result.row_count == 1
    assert any("nicht enthalten: 1" in note for note in notes), notes


def test_participant_list_keeps_name_and_status_only_without_consent(people, tmp_path):
    result = lists.export_participants(
        tmp_path / "teilnahme.xlsx", event_id=people.event, columns=None
    )
    rows, notes = xlsx_rows(result.path)
    header = list(next(row for row in rows if "Aktif-Schlüssel" in row))
    bruno = next(row for row in rows if "Brandt" in row)
    anna = next(row for row in rows if "Adler" in row)
    assert bruno[header.index("Organisation")] is None
    assert bruno[header.index("E-Mail")] is None
    assert anna[header.index("E-Mail")] == "anna@jobcenter.example"
    assert any("ohne Einwilligung zur Nennung auf Listen" in note for note in notes), notes


def test_participant_list_hides_the_note_too(people, tmp_path):
    result = lists.export_participants(
        tmp_path / "teilnahme.xlsx", event_id=people.event, columns=["nachname", "notiz"]
    )
    rows, _ = xlsx_rows(result.path)
    assert f"Notiz {people.bruno}" not in str(rows)
    assert f"Notiz {people.anna}" in str(rows)


def test_signature_list_prints_no_organisation_without_consent(people, tmp_path):
    text = pdf_text(signature_list.write_signature_list(people.event, tmp_path / "u.pdf").path)
    # The name stays: the person signs next to it as proof of attendance for the funder.
    assert "Brandt, Bruno" in text and "Adler, Anna" in text
    assert text.count("Jobcenter Lindenau") == 1


def test_directory_pdf_holds_only_shareable_contacts(people, tmp_path):
    result = directory.write_directory(tmp_path / "telefon.pdf")
    text = pdf_text(result.path)
    assert "Anna Adler" in text and "Brandt" not in text and "7654321" not in text
    assert "nicht enthalten: 1 Person" in result.note


def test_internal_exports_with_everyone_are_marked_as_internal(people, tmp_path):
    result = lists.export_contacts(tmp_path / "intern.xlsx", include_without_consent=True)
    rows, notes = xlsx_rows(result.path)
    assert "Brandt" in str(rows)
    assert any("nur für den internen gebrauch" in note.casefold() for note in notes), notes


def test_calendar_and_certificates_carry_no_other_persons_data(people, tmp_path):
    calendar = ics.write_ics(tmp_path / "termine.ics", event_id=people.event).path
    assert "Brandt" not in calendar.read_text("utf-8")
    result = certificates.write_certificates(people.event, folder=tmp_path / "tb")
    for path in result.files:
        text = pdf_text(path)
        assert ("Brandt" in text) != ("Adler" in text), path.name  # one person per file


def test_withdrawing_consent_takes_effect_in_the_next_export(people, tmp_path):
    anna = contacts.get_contact(people.anna)
    withdrawn = anna.data()
    withdrawn.consent_share = False
    withdrawn.consent_lists = False
    contacts.update_contact(people.anna, withdrawn)
    stored = contacts.get_contact(people.anna)
    assert stored.consent_share_date is None and stored.consent_lists_date is None
    result = lists.export_contacts(tmp_path / "kontakte.xlsx")
    assert result.row_count == 0
    assert "Adler" not in pdf_text(directory.write_directory(tmp_path / "t.pdf").path)


def test_giving_consent_records_date_and_who(db):
    row = contacts.create_contact(
        contacts.ContactData(last_name="Claus", consent_share=True, consent_scope="Telefonliste")
    )
    assert row.consent_share_date == dt.date.today()
    assert row.consent_recorded_by  # the OS user, unless the form named someone
    assert row.consent_scope == "Telefonliste"
