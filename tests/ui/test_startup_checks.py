"""The start of the GUI on a damaged, foreign or newer database file."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

import ui.startup_checks as startup
from aktif_desktop.storage import backup, migrations
from aktif_desktop.storage.db import close_database, open_database
from aktif_desktop.storage.integrity import check_file
from ui.startup_checks import Answer, DamagedDatabaseDialog, check_database_at_start

SHOTS = Path(__file__).parents[2] / "build" / "screenshots"


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The message boxes the checks showed: (kind, text)."""
    seen: list[tuple[str, str]] = []
    monkeypatch.setattr(startup, "show_info", lambda _p, _t, text: seen.append(("info", text)))
    monkeypatch.setattr(startup, "show_error", lambda _p, _t, text: seen.append(("error", text)))
    return seen


@pytest.fixture
def closed_demo(demo_db: Path) -> Path:
    """The demo database with a backup, closed again (the state before the app starts)."""
    from aktif_desktop.storage.models import database

    backup.backup_now(database.obj, demo_db, backup.KIND_AUTOMATIC)
    close_database()
    return demo_db


def damage(path: Path) -> bytes:
    data = bytearray(path.read_bytes())
    middle = len(data) // 4096 // 2 * 4096
    data[middle : middle + 4096] = bytes(4096)
    path.write_bytes(bytes(data))
    return bytes(data)


def test_a_sound_database_starts_without_a_question(closed_demo: Path, shown: list) -> None:
    asked: list[DamagedDatabaseDialog] = []
    assert check_database_at_start(closed_demo, ask=lambda d: asked.append(d) or Answer.QUIT)
    assert asked == [] and shown == []


def test_damaged_database_is_replaced_by_the_newest_backup_and_kept(
    closed_demo: Path, shown: list, qtbot
) -> None:
    damaged = damage(closed_demo)
    dialogs: list[DamagedDatabaseDialog] = []

    def ask(dialog: DamagedDatabaseDialog) -> Answer:
        qtbot.addWidget(dialog)
        dialogs.append(dialog)
        assert "Die Datenbank ist beschädigt" in dialog.findChildren(startup.QLabel)[1].text()
        SHOTS.mkdir(parents=True, exist_ok=True)
        dialog.show()
        dialog.grab().save(str(SHOTS / "startup_damaged_database.png"))
        return Answer.RESTORE_NEWEST

    assert check_database_at_start(closed_demo, ask=ask)

    assert Answer.RESTORE_NEWEST in dialogs[0].buttons
    assert check_file(closed_demo, "full").ok
    [kept] = closed_demo.parent.glob("aktif.beschädigt-*.db")
    assert kept.read_bytes() == damaged
    assert shown[0][0] == "info" and kept.name in shown[0][1]
    open_database(closed_demo)  # the app can now open it


def test_without_a_backup_the_user_may_start_empty(db_path: Path, shown: list, qtbot) -> None:
    db_path.write_bytes(b"Das ist keine Datenbank.")

    def ask(dialog: DamagedDatabaseDialog) -> Answer:
        qtbot.addWidget(dialog)
        assert Answer.RESTORE_NEWEST not in dialog.buttons
        return Answer.START_EMPTY

    assert check_database_at_start(db_path, ask=ask)
    assert not db_path.exists()
    [kept] = db_path.parent.glob("aktif.beschädigt-*.db")
    assert kept.read_bytes() == b"Das ist keine Datenbank."


def test_another_programs_file_stays_untouched_when_the_user_quits(
    db_path: Path, shown: list, qtbot
) -> None:
    connection = sqlite3.connect(db_path)
    connection.execute("CREATE TABLE kunden (id INTEGER PRIMARY KEY)")
    connection.commit()
    connection.close()
    before = db_path.read_bytes()

    def ask(dialog: DamagedDatabaseDialog) -> Answer:
        qtbot.addWidget(dialog)
        return Answer.QUIT

    assert not check_database_at_start(db_path, ask=ask)
    assert db_path.read_bytes() == before
    assert sorted(p.name for p in db_path.parent.iterdir() if p.name.startswith("aktif")) == [
        "aktif.db"
    ]


def test_a_newer_database_is_left_alone_with_a_hint(closed_demo: Path, shown: list) -> None:
    connection = sqlite3.connect(closed_demo)
    connection.execute(f"PRAGMA user_version = {migrations.LATEST_VERSION + 1}")
    connection.close()
    before = closed_demo.read_bytes()
    assert not check_database_at_start(closed_demo, ask=lambda d: pytest.fail("no question"))
    assert shown[0][0] == "error" and "neueren Version" in shown[0][1]
    assert closed_demo.read_bytes() == before


def test_a_bad_chosen_backup_is_refused_and_the_user_asked_again(
    closed_demo: Path, shown: list, tmp_path: Path, qtbot
) -> None:
    damage(closed_demo)
    note = tmp_path / "notiz.db"
    note.write_text("keine Sicherung", encoding="utf-8")
    good = tmp_path / "stick.db"
    shutil.copyfile(backup.list_backups(closed_demo)[0].path, good)
    files = [note, good]
    answers: list[Answer] = []

    def ask(dialog: DamagedDatabaseDialog) -> Answer:
        qtbot.addWidget(dialog)
        answers.append(Answer.CHOOSE_BACKUP)
        return Answer.CHOOSE_BACKUP

    ok = check_database_at_start(closed_demo, ask=ask, choose_file=lambda _p, _d: files.pop(0))

    assert ok and len(answers) == 2
    assert shown[0][0] == "error" and "keine Sicherung von Aktif Desktop" in shown[0][1]
    assert shown[1][0] == "info" and "stick.db" in shown[1][1]
    assert check_file(closed_demo, "full").ok
