"""Protokoll entries in German (issue 16, item 16): internal keys get a German description,
a merge reads as a merge, names come from the live record and never from the log."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from aktif_desktop.domain import EventKind
from aktif_desktop.services import (
    audit,
    audit_describe,
    contacts,
    events,
    import_mappings,
    merge,
    organisations,
    participations,
)
from aktif_desktop.services import settings as verbund_settings
from aktif_desktop.storage.models import AuditLog


def _sentences() -> list[str]:
    """The descriptions, oldest first."""
    return [row.description for row in audit_describe.describe_all(audit.list_audit())][::-1]


def test_create_update_delete_name_the_live_record_or_say_it_is_gone(db: Path) -> None:
    row = contacts.create_contact(contacts.ContactData(last_name="Schäfer", first_name="Jörg"))
    contacts.update_contact(row.id, row.data())
    partner = organisations.create_organisation(organisations.OrganisationData(name="Caritas"))
    assert _sentences() == [
        "Angelegt: Ansprechperson „Jörg Schäfer“",
        "Geändert: Ansprechperson „Jörg Schäfer“",
        "Angelegt: Partner „Caritas“",
    ]
    contacts.delete_contact(row.id)
    assert _sentences()[:2] == [
        f"Angelegt: Ansprechperson Nr. {row.id} (gelöscht)",
        f"Geändert: Ansprechperson Nr. {row.id} (gelöscht)",
    ]
    assert _sentences()[-1] == f"Gelöscht: Ansprechperson Nr. {row.id} (gelöscht)"
    assert _sentences()[2] == "Angelegt: Partner „Caritas“" and partner.id


def test_a_merge_is_recorded_as_a_merge_with_ids_only(db: Path) -> None:
    keep = contacts.create_contact(contacts.ContactData(last_name="Schäfer", first_name="Jörg"))
    drop = contacts.create_contact(contacts.ContactData(last_name="Schaefer", first_name="Joerg"))
    merge.merge_contacts(keep.id, drop.id)
    entry = AuditLog.select().order_by(AuditLog.id.desc()).get()
    assert (entry.action, entry.table_name, entry.row_id) == ("merge", "contact", keep.id)
    assert entry.detail == f"{keep.id} <- {drop.id}"  # ids, never the names
    sentences = _sentences()
    assert (
        sentences[-1] == f"Zusammengeführt: Jörg Schäfer ← Ansprechperson Nr. {drop.id} (gelöscht)"
    )
    assert (
        f"Beim Zusammenführen entfernt: Ansprechperson Nr. {drop.id} (gelöscht) "
        "(aufgegangen in Ansprechperson „Jörg Schäfer“)"
    ) in sentences
    assert not any(s.startswith("Gelöscht:") for s in sentences)
    dump = "\n".join(str(r) for r in AuditLog.select().tuples())
    assert "Schaefer" not in dump and "Joerg" not in dump


def test_a_partner_merge_reads_as_a_merge(db: Path) -> None:
    keep = organisations.create_organisation(organisations.OrganisationData(name="Caritas"))
    drop = organisations.create_organisation(organisations.OrganisationData(name="Caritas Süd"))
    merge.merge_organisations(keep.id, drop.id)
    assert _sentences()[-1] == f"Zusammengeführt: Caritas ← Partner Nr. {drop.id} (gelöscht)"


def test_settings_keys_read_as_german(db: Path) -> None:
    import_mappings.save_mapping("organisations", ["Name", "Ort"], {0: "name", 1: "city"})
    import_mappings.save_mapping("organisations", ["Name", "Ort"], {0: "name"})
    import_mappings.save_mapping("contacts", ["Nachname"], {0: "last_name"})
    current = verbund_settings.load_settings()
    verbund_settings.save_settings(dataclasses.replace(current, verbund_name="Verbund Nord"))
    sentences = _sentences()
    assert sentences[0] == "Spaltenzuordnung für Partner-Import gespeichert"
    assert "Spaltenzuordnung für Ansprechpersonen-Import gespeichert" in sentences
    assert "Einstellung „Name des Verbundes“ gespeichert" in sentences
    assert not any("import_mapping" in s or "verbund_name" in s for s in sentences)


def test_a_participation_names_person_and_event(db: Path) -> None:
    person = contacts.create_contact(contacts.ContactData(last_name="Schäfer", first_name="Jörg"))
    start = dt.datetime(2026, 5, 4, 10, 0)
    event = events.create_event(
        events.EventData(
            kind=EventKind.WORKSHOP.value,
            title="Elterncafé",
            start=start,
            end=start + dt.timedelta(hours=2),
        )
    )
    participations.add_participant(event.id, person.id)
    assert "Angelegt: Teilnahme „Jörg Schäfer – Elterncafé“" in _sentences()


def test_imports_exports_and_unknown_actions_keep_their_german_detail(db: Path) -> None:
    audit.record_action(audit.AuditAction.IMPORT, "Partner aus „a.xlsx“: 3 neu")
    audit.record_action("something-new", "Rohtext")
    assert _sentences() == ["Import: Partner aus „a.xlsx“: 3 neu", "Rohtext"]
