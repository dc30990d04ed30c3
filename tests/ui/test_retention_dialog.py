"""The "Löschfristen" dialog and the "Datenschutz" menu: list, confirm, run, access report."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu

from aktif_desktop.services import (
    audit,
    contacts,
    events,
    organisations,
    participations,
    session,
)
from aktif_desktop.storage.models import Contact, Participation
from ui import privacy_actions
from ui.pages import PageId
from ui.retention_dialog import RetentionDialog

LONG_AGO = dt.datetime(2020, 3, 2, 9, 0)


def old_person(last: str, organisation_id: int) -> int:
    row = contacts.create_contact(
        contacts.ContactData(last_name=last, first_name="Alt", organisation_id=organisation_id)
    )
    return row.id


@pytest.fixture
def aged(db: Path) -> dict[str, int]:
    org = organisations.create_organisation(organisations.OrganisationData(name="Jugendamt"))
    start = dt.datetime(2021, 5, 4, 9)
    event = events.create_event(
        events.EventData(kind="workshop", title="Workshop 2021", start=start, end=start)
    )
    first, second = old_person("Altmann", org.id), old_person("Altenburg", org.id)
    participations.add_participant(event.id, first, "attended")
    Participation.update(status_changed_at=LONG_AGO).execute()
    Contact.update(created_at=LONG_AGO, updated_at=LONG_AGO, consent_lists_date=None).execute()
    return {"event": event.id, "first": first, "second": second}


@pytest.fixture
def dialog(qtbot, db):
    widget = RetentionDialog(db_path=db)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_an_empty_database_has_nothing_due(dialog):
    assert dialog.contacts.rowCount() == 0 and dialog.participations.rowCount() == 0
    assert "Es ist nichts zu löschen" in dialog.summary.text()
    assert not dialog.run_button.isEnabled()


def test_the_due_entries_are_listed_without_changing_anything(qtbot, aged, db):
    widget = RetentionDialog(db_path=db)
    qtbot.addWidget(widget)
    assert widget.contacts.rowCount() == 2
    assert widget.participations.rowCount() == 1
    assert widget.tabs.tabText(0) == "Ansprechpersonen (2)"
    assert widget.tabs.tabText(1) == "Teilnahmen (1)"
    assert "2 Ansprechpersonen und 1 Teilnahme" in widget.summary.text()
    assert widget.run_button.isEnabled()
    widget.months.setValue(120)
    assert widget.contacts.rowCount() == 0 and not widget.run_button.isEnabled()
    assert len(contacts.list_contacts()) == 2


def test_declining_the_confirmation_changes_nothing(qtbot, aged, db, monkeypatch):
    widget = RetentionDialog(db_path=db)
    qtbot.addWidget(widget)
    asked = []
    monkeypatch.setattr(widget, "confirm", lambda text: asked.append(text) or False)
    widget.run()
    assert "nicht rückgängig" in asked[0] and "anonymisiert" in asked[0]
    assert widget.job is None
    assert len(contacts.list_contacts()) == 2


def test_a_confirmed_run_deletes_and_reports_counts(qtbot, aged, db, monkeypatch):
    widget = RetentionDialog(db_path=db)
    qtbot.addWidget(widget)
    messages = []
    monkeypatch.setattr(widget, "confirm", lambda text: True)
    monkeypatch.setattr(widget, "show_message", lambda title, text: messages.append(text))
    with qtbot.waitSignal(widget.run_finished, timeout=30_000) as finished:
        widget.run()
    result = finished.args[0]
    assert (result.contacts_deleted, result.participations_anonymised) == (2, 1)
    assert "2 Ansprechpersonen gelöscht" in messages[0]
    assert widget.contacts.rowCount() == 0
    assert participations.status_counts(aged["event"])["attended"] == 1
    assert audit.list_audit()[0].action == "retention"


def test_the_period_can_be_saved(dialog):
    dialog.months.setValue(36)
    dialog.save_period.click()
    assert "36 Monaten ist gespeichert" in dialog.summary.text()
    from aktif_desktop.services import retention

    assert retention.retention_months() == 36


class FakeWindow(QMainWindow):
    """The part of the main window the menu installer uses."""

    def __init__(self, database_path: Path) -> None:
        super().__init__()
        self.database_path = database_path
        self.menus: dict[str, QMenu] = {}
        self.shown: list[str] = []
        self.reloaded = 0
        self.status = ""

    def menu(self, title: str) -> QMenu:
        return self.menus.setdefault(title, self.menuBar().addMenu(title))

    def reload_all(self) -> None:
        self.reloaded += 1

    def show_page(self, title: str) -> bool:
        self.shown.append(title)
        return True

    def show_status(self, text: str) -> None:
        self.status = text


@pytest.fixture
def window(qtbot, db):
    widget = FakeWindow(db)
    qtbot.addWidget(widget)
    return widget


def test_the_menu_offers_the_four_entries(window):
    privacy_actions.install(window)
    actions = [a.text() for a in window.menus["Datenschutz"].actions()]
    assert actions == [
        "Löschfristen prüfen …",
        "Auskunft über eine Person (Art. 15) …",
        "Auskunft über eine Familie (Art. 15) …",
        "Protokoll anzeigen",
    ]
    window.menus["Datenschutz"].actions()[3].trigger()
    assert window.shown == [PageId.AUDIT]


def test_the_access_report_is_written_off_the_ui_thread(qtbot, window, tmp_path, monkeypatch):
    person = contacts.create_contact(contacts.ContactData(last_name="Müller", first_name="Jörg"))
    controller = privacy_actions.install(window)
    target = tmp_path / "auskunft.xlsx"
    messages = []
    monkeypatch.setattr(controller, "choose_person", lambda: person.id)
    monkeypatch.setattr(controller, "choose_file", lambda suggestion: target)
    monkeypatch.setattr(controller, "show_message", lambda title, text: messages.append(text))
    controller.person_report()
    with qtbot.waitSignal(controller.job.signals.finished, timeout=30_000):
        pass
    # Issue 16.12: a notice in the window, no modal box.
    qtbot.waitUntil(lambda: controller.notice is not None)
    assert messages == [] and QApplication.activeModalWidget() is None
    assert "Jörg Müller" in controller.notice.label.text()
    assert [b.text() for b in controller.notice.buttons] == ["Öffnen", "Ordner öffnen"]
    assert "Ansprechperson" in openpyxl.load_workbook(target).sheetnames
    # 12.10: the log keeps the record number, never a file name that may hold her name.
    entry = audit.list_disclosures()[0]
    assert entry.file_name == f"Auskunft Ansprechperson Nr. {person.id}.xlsx"
    assert entry.path == str(tmp_path)


def test_the_person_choice_finds_inactive_people(qtbot, db):
    person = contacts.create_contact(contacts.ContactData(last_name="Krüger", active=False))
    dialog = privacy_actions.PersonChoiceDialog()
    qtbot.addWidget(dialog)
    dialog.picker.setText("krueger")
    assert dialog.picker.contact_id() == person.id


def test_the_retention_entry_opens_the_dialog_and_reloads_after_a_run(
    qtbot, aged, window, monkeypatch
):
    controller = privacy_actions.install(window)
    dialog = controller.open_retention()
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog, "confirm", lambda text: True)
    monkeypatch.setattr(dialog, "show_message", lambda title, text: None)
    with qtbot.waitSignal(dialog.run_finished, timeout=30_000):
        dialog.run()
    assert window.reloaded == 1


def test_the_access_report_asks_before_replacing_a_file(qtbot, window, tmp_path, monkeypatch):
    person = contacts.create_contact(contacts.ContactData(last_name="Müller", first_name="Jörg"))
    controller = privacy_actions.install(window)
    target = tmp_path / "auskunft.xlsx"
    target.write_bytes(b"alt")
    asked = []
    monkeypatch.setattr(controller, "choose_person", lambda: person.id)
    monkeypatch.setattr(controller, "choose_file", lambda suggestion: target)
    monkeypatch.setattr(controller, "ask_replace", lambda path: asked.append(path) or False)
    controller.person_report()
    assert asked == [target] and controller.job is None and target.read_bytes() == b"alt"


def test_the_dialog_says_until_when_a_backup_still_holds_the_deleted(qtbot, aged, db, monkeypatch):
    session.make_backup()  # a copy made before the deletion run holds both people
    widget = RetentionDialog(db_path=db)
    qtbot.addWidget(widget)
    asked, told = [], []
    monkeypatch.setattr(widget, "confirm", lambda text: asked.append(text) or True)
    monkeypatch.setattr(widget, "show_message", lambda title, text: told.append(text))
    with qtbot.waitSignal(widget.run_finished, timeout=30_000):
        widget.run()
    for text in (asked[0], told[0]):
        assert "Die letzte Sicherung mit diesen Daten besteht voraussichtlich bis zum" in text


def test_without_backups_the_dialog_says_none_holds_them(qtbot, aged, db, monkeypatch):
    widget = RetentionDialog(db_path=db)
    qtbot.addWidget(widget)
    assert "Keine Sicherung enthält diese Daten." in widget.confirmation_text()
