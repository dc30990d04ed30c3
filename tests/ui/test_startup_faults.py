"""The GUI start: an empty file beside backups, faults that are not damage, the instance lock
that belongs to the database (issue 12 items 2, 6 and 7)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import ui.startup_checks as startup
from aktif_desktop.services import session
from aktif_desktop.storage import integrity
from aktif_desktop.storage.db import close_database
from aktif_desktop.storage.integrity import check_file
from ui.single_instance import SingleInstance
from ui.startup_checks import Answer, DamagedDatabaseDialog, check_database_at_start

CHILD = Path(__file__).with_name("single_instance_child.py")


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    seen: list[tuple[str, str]] = []
    monkeypatch.setattr(startup, "show_info", lambda _p, _t, text: seen.append(("info", text)))
    monkeypatch.setattr(startup, "show_error", lambda _p, _t, text: seen.append(("error", text)))
    return seen


def test_an_empty_database_next_to_a_backup_offers_the_newest_backup(
    demo_db: Path, shown: list, qtbot
) -> None:
    copy = session.make_backup()
    close_database()
    demo_db.write_bytes(b"")
    offered: list[DamagedDatabaseDialog] = []

    def ask(dialog: DamagedDatabaseDialog) -> Answer:
        qtbot.addWidget(dialog)
        offered.append(dialog)
        return Answer.RESTORE_NEWEST

    assert check_database_at_start(demo_db, ask=ask)
    assert Answer.RESTORE_NEWEST in offered[0].buttons
    assert check_file(demo_db, "full").ok and demo_db.stat().st_size > 0
    assert copy.name in shown[-1][1]


@pytest.mark.parametrize(
    "reason", ["disk I/O error", "database or disk is full", "unable to open database file"]
)
def test_a_fault_at_start_is_told_and_the_file_left_alone(
    demo_db: Path, shown: list, monkeypatch: pytest.MonkeyPatch, reason: str
) -> None:
    import sqlite3

    session.make_backup()
    close_database()
    before = sorted(p.name for p in demo_db.parent.iterdir())

    def failing(_path: Path, _depth: str) -> tuple[int, set[str], str]:
        raise sqlite3.OperationalError(reason)

    monkeypatch.setattr(integrity, "_run_checks", failing)
    asked: list[DamagedDatabaseDialog] = []
    assert not check_database_at_start(demo_db, ask=lambda d: asked.append(d) or Answer.START_EMPTY)
    assert asked == []  # no offer to replace or start empty
    assert shown and shown[0][0] == "error" and "nicht" in shown[0][1]
    assert "ist beschädigt" not in shown[0][1]
    assert sorted(p.name for p in demo_db.parent.iterdir()) == before


def test_a_folder_at_start_is_called_a_folder(tmp_path: Path, shown: list) -> None:
    folder = tmp_path / "aktif.db"
    folder.mkdir()
    assert not check_database_at_start(folder, ask=lambda d: Answer.START_EMPTY)
    assert "ist ein Ordner" in shown[0][1]
    assert folder.is_dir()


def test_the_instance_lock_lies_beside_the_database(tmp_path: Path) -> None:
    guard = SingleInstance(tmp_path / "aktif.db")
    assert guard.lock_path.parent == tmp_path


def test_a_second_start_with_another_tmpdir_gives_way(tmp_path: Path) -> None:
    database = tmp_path / "aktif.db"
    starts = []
    try:
        for number in (1, 2):
            temp = tmp_path / f"tmp{number}"
            temp.mkdir()
            env = dict(os.environ, TMPDIR=str(temp), QT_QPA_PLATFORM="offscreen")
            child = subprocess.Popen(
                [sys.executable, str(CHILD), str(database)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=env,
            )
            starts.append(child)
            assert child.stdout is not None
            assert child.stdout.readline().strip() == ("locked" if number == 1 else "refused")
    finally:
        for child in starts:
            child.kill()
            child.communicate(timeout=30)


def test_gui_restore_of_another_databases_copy_names_both_and_a_later_deletion_run(
    demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    import ui.backup_actions as actions
    from aktif_desktop.services import audit
    from aktif_desktop.storage.db import open_database
    from aktif_desktop.storage.models import Setting
    from ui.app import create_main_window

    Setting.insert(key="verbund_name", value="Verbund Mitte").on_conflict_replace().execute()
    own_copy = session.make_backup()
    audit.record_action("retention", "2 Ansprechpersonen gelöscht")
    close_database()
    other = tmp_path / "anderer" / "aktif.db"
    other.parent.mkdir()
    open_database(other)
    Setting.insert(key="verbund_name", value="Verbund Rand").on_conflict_replace().execute()
    foreign_copy = session.make_backup(tmp_path / "rand-kopie.db")
    close_database()
    window = create_main_window(demo_db)
    qtbot.addWidget(window)
    questions: list[str] = []
    seen: list[str] = []
    monkeypatch.setattr(actions, "show_info", lambda _p, _t, text: seen.append(text))
    monkeypatch.setattr(actions, "show_error", lambda _p, _t, text: seen.append(text))
    monkeypatch.setattr(actions, "ask_yes_no", lambda _p, _t, q: questions.append(q) or False)
    monkeypatch.setattr(actions, "ask_restore_source", lambda _w, _d: foreign_copy)
    assert not actions.restore(window)
    assert "Verbund Rand" in questions[-1] and "Verbund Mitte" in questions[-1]
    monkeypatch.setattr(actions, "ask_yes_no", lambda _p, _t, q: questions.append(q) or True)
    monkeypatch.setattr(actions, "ask_restore_source", lambda _w, _d: own_copy)
    assert actions.restore(window)
    assert "Löschlauf" in questions[-1] and "Löschlauf" in seen[-1]
