"""Menu "Datei": making a backup in the background and restoring one, on the real window."""

from __future__ import annotations

from pathlib import Path

import pytest

import ui.backup_actions as actions
from aktif_desktop.services.contacts import ContactData, create_contact, list_contacts
from aktif_desktop.storage import backup
from aktif_desktop.storage.models import database
from ui.backup_actions import RestoreDialog

SHOTS = Path(__file__).parents[2] / "build" / "screenshots"


@pytest.fixture
def window(demo_db: Path, qtbot):
    from ui.app import create_main_window

    main = create_main_window(demo_db)
    qtbot.addWidget(main)
    return main


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    seen: list[tuple[str, str]] = []
    monkeypatch.setattr(actions, "show_info", lambda _p, _t, text: seen.append(("info", text)))
    monkeypatch.setattr(actions, "show_error", lambda _p, _t, text: seen.append(("error", text)))
    return seen


def file_menu_texts(window) -> list[str]:
    menu = window.menu("Datei")
    return [action.text() or "─" for action in menu.actions()]


def test_the_entries_sit_in_the_file_menu_above_quit(window) -> None:
    texts = file_menu_texts(window)
    at = texts.index("Sicherung erstellen…")
    assert texts[at : at + 3] == ["Sicherung erstellen…", "Sicherung wiederherstellen…", "─"]
    assert texts[at - 1] == "─" and texts[-1] == "Beenden"


def test_backup_from_the_menu_runs_in_the_background(
    window, demo_db: Path, tmp_path: Path, shown: list, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    target = tmp_path / "USB-Stick" / "Sicherung Verbund.db"
    monkeypatch.setattr(actions, "ask_backup_target", lambda _w, _d: target)
    job = actions.create_backup(window)
    assert job is not None
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    assert shown == [("info", f"Die Sicherung wurde geschrieben und geprüft:\n{target}")]
    assert backup.newest_valid_backup(demo_db) is None  # the copy went where the user said
    from aktif_desktop.storage.integrity import check_file

    assert check_file(target, "full").ok


def test_restore_from_the_menu_brings_the_old_state_back(
    window, demo_db: Path, shown: list, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = backup.backup_now(database.obj, demo_db)
    create_contact(ContactData(last_name="Spätentschlossen", first_name="Grete"))
    monkeypatch.setattr(actions, "ask_restore_source", lambda _w, _d: copy)
    monkeypatch.setattr(actions, "ask_yes_no", lambda _p, _t, _q: True)
    reloaded: list[bool] = []
    window.database_changed.connect(lambda: reloaded.append(True))

    assert actions.restore(window)

    assert "Spätentschlossen" not in {c.last_name for c in list_contacts()}
    assert reloaded == [True]
    assert shown[0][0] == "info" and "vor-Wiederherstellung" in shown[0][1]


def test_a_bad_file_is_refused_in_german_and_nothing_changes(
    window, tmp_path: Path, shown: list, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "Teilnehmerliste.db"
    bad.write_text("Name;Vorname\n", encoding="utf-8")
    before = len(list_contacts())
    monkeypatch.setattr(actions, "ask_restore_source", lambda _w, _d: bad)
    monkeypatch.setattr(actions, "ask_yes_no", lambda _p, _t, _q: True)
    assert not actions.restore(window)
    assert shown == [("error", shown[0][1])] and "keine Sicherung von Aktif Desktop" in shown[0][1]
    assert len(list_contacts()) == before


def test_restore_dialog_lists_the_copies_newest_first(demo_db: Path, qtbot) -> None:
    backup.backup_now(database.obj, demo_db, backup.KIND_AUTOMATIC)
    backup.backup_now(database.obj, demo_db, backup.KIND_MANUAL)
    dialog = RestoreDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "restore_dialog.png"))
    assert dialog.model.rowCount() == 2
    assert dialog.model.index(0, 1).data() == "von Hand"
    assert dialog.restore_button.isEnabled() and not dialog.empty.isVisible()
    dialog.restore_button.click()
    assert dialog.chosen == backup.list_backups(demo_db)[0].path


def test_restore_dialog_without_copies_says_so(db: Path, qtbot) -> None:
    dialog = RestoreDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.grab().save(str(SHOTS / "restore_dialog_empty.png"))
    assert dialog.empty.isVisible() and not dialog.restore_button.isEnabled()


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("automatisch", "automatisch (täglich)"),
        ("vor-Update-v2", "vor dem Update (Version 2)"),
        ("vor-Wiederherstellung", "vor einer Wiederherstellung"),
    ],
)
def test_kinds_read_as_german(kind: str, text: str) -> None:
    assert actions.kind_label(kind) == text
