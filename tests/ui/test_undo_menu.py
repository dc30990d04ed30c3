"""Bearbeiten → Rückgängig / Wiederholen in the main window: delete, merge, import and
attendance are undone and repeated through the menu, and the pages refresh."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence

from aktif_desktop.imports.engine import ImportPlan, run_import
from aktif_desktop.services import contacts, events, merge, operations, participations
from aktif_desktop.services.contacts import ContactData
from aktif_desktop.storage.models import Contact, Participation, database
from ui import undo_actions
from ui.app import create_main_window
from ui.contacts import page as contacts_page
from ui.pages import PageId


@pytest.fixture
def window(demo_db, qtbot):
    operations.clear()
    main = create_main_window(demo_db)
    qtbot.addWidget(main)
    main.show()
    yield main
    operations.clear()


def edit_menu(window):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "Bearbeiten")
    menu.aboutToShow.emit()  # what opening the menu does
    return menu


def action(window, prefix: str):
    return next(a for a in edit_menu(window).actions() if a.text().startswith(prefix))


def choose(window, text: str) -> None:
    item = action(window, text)
    assert item.text() == text and item.isEnabled()
    item.trigger()


def refreshes(window, monkeypatch) -> list[object]:
    """Record the window's refresh calls (apply_changes once the main window has it)."""
    calls: list[object] = []
    name = "apply_changes" if hasattr(window, "apply_changes") else "reload_all"
    original = getattr(window, name)
    monkeypatch.setattr(window, name, lambda *args: (calls.append(args), original(*args)))
    return calls


def test_the_menu_starts_disabled_with_its_shortcuts(window):
    undo, redo = action(window, "Rückgängig"), action(window, "Wiederholen")
    assert (undo.text(), undo.isEnabled()) == ("Rückgängig", False)
    assert (redo.text(), redo.isEnabled()) == ("Wiederholen", False)
    assert QKeySequence("Ctrl+Z") in undo.shortcuts()
    assert QKeySequence("Ctrl+Y") in redo.shortcuts()


def test_undo_and_redo_a_delete_on_the_contacts_page(window, qtbot, monkeypatch):
    page = window.page(PageId.CONTACTS)
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        window.show_page(PageId.CONTACTS)
    taken = {p.contact_id for p in Participation.select(Participation.contact)}
    row = next(r for r in page.rows if r.id not in taken)
    monkeypatch.setattr(contacts_page, "ask_yes_no", lambda *a: True)
    page.open_contact(row.id)
    page.delete()
    assert row.id not in {r.id for r in page.rows}
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        choose(window, f"Rückgängig: Löschen von Ansprechperson {row.first_name} {row.last_name}")
    assert contacts.get_contact(row.id).email == row.email
    assert row.id in {r.id for r in page.rows}  # the page shows her again
    assert window.statusBar().currentMessage().startswith("Rückgängig: Löschen von")
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        choose(window, f"Wiederholen: Löschen von Ansprechperson {row.first_name} {row.last_name}")
    assert Contact.get_or_none(Contact.id == row.id) is None
    assert row.id not in {r.id for r in page.rows}


def test_undo_and_redo_a_merge(window, monkeypatch):
    calls = refreshes(window, monkeypatch)
    keep = contacts.create_contact(ContactData(first_name="Jörg", last_name="Schäfer"))
    drop = contacts.create_contact(ContactData(first_name="Jörg", last_name="Schaefer"))
    merge.merge_contacts(keep.id, drop.id)
    choose(window, "Rückgängig: Zusammenführen von Jörg Schäfer")
    assert contacts.get_contact(drop.id).last_name == "Schaefer"
    assert calls
    choose(window, "Wiederholen: Zusammenführen von Jörg Schäfer")
    assert Contact.get_or_none(Contact.id == drop.id) is None
    assert action(window, "Rückgängig").text() == "Rückgängig: Zusammenführen von Jörg Schäfer"


def test_undo_and_redo_an_import_run_by_a_worker(window, qtbot, tmp_path: Path, monkeypatch):
    calls = refreshes(window, monkeypatch)
    source = tmp_path / "liste.csv"
    lines = ["Vorname;Nachname;E-Mail"] + [f"Neu{i};Person{i};n{i}@example.org" for i in range(3)]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    before = Contact.select().count()

    def work() -> None:
        run_import(ImportPlan.from_file(source, "contacts"), commit=True)
        database.close()

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    undo = window.undo_actions.undo_action
    qtbot.waitUntil(lambda: undo.text() == "Rückgängig: Import von 3 Ansprechpersonen")
    choose(window, "Rückgängig: Import von 3 Ansprechpersonen")
    assert Contact.select().count() == before
    choose(window, "Wiederholen: Import von 3 Ansprechpersonen")
    assert Contact.select().count() == before + 3
    assert len(calls) == 3  # the import itself (published from the worker), its undo, its redo


def test_undo_and_redo_attendance(window, monkeypatch):
    refreshes(window, monkeypatch)
    event = events.list_events()[0]
    person = contacts.create_contact(ContactData(first_name="Anna", last_name="Neu"))
    participations.record_attendance(event.id, person.id, "attended")
    choose(window, f"Rückgängig: Anwesenheit für {event.title}")
    assert not [p for p in participations.list_participants(event.id) if p.contact_id == person.id]
    choose(window, f"Wiederholen: Anwesenheit für {event.title}")
    statuses = {p.contact_id: p.status for p in participations.list_participants(event.id)}
    assert statuses[person.id] == "attended"


def test_undo_refused_after_another_program_changed_the_row(window, demo_db, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(undo_actions, "show_error", lambda _p, _t, text: shown.append(text))
    person = contacts.create_contact(ContactData(first_name="Anna", last_name="Neu"))
    script = (
        "import sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], timeout=10)\n"
        "c.execute(\"UPDATE contact SET phone = '0511 1', version = version + 1 "
        'WHERE id = ?", (int(sys.argv[2]),))\n'
        "c.commit()\n"
    )
    subprocess.run([sys.executable, "-c", script, str(demo_db), str(person.id)], check=True)
    choose(window, "Rückgängig: Anlegen von Ansprechperson Anna Neu")
    assert len(shown) == 1 and "phone" in shown[0] and "nichts verändert" in shown[0]
    assert contacts.get_contact(person.id).phone == "0511 1"
    assert sqlite3.connect(demo_db).execute("SELECT count(*) FROM contact").fetchone()[0] > 0


def test_opening_another_database_forgets_the_steps(window, tmp_path, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(undo_actions, "show_error", lambda _p, _t, text: shown.append(text))
    contacts.create_contact(ContactData(first_name="Anna", last_name="Neu"))
    undo = window.undo_actions.undo_action
    assert undo.isEnabled()
    from aktif_desktop.services.session import open_database_file

    open_database_file(tmp_path / "andere.db")
    undo.trigger()  # the shortcut before the menu was opened again
    assert not undo.isEnabled() and undo.text() == "Rückgängig"
    assert shown == []
