"""Starting the app on a server address (``--db postgresql://…`` or ``AKTIF_DB``).

The window opens on the server database with the server in its title, the single-instance
lock lies in the data folder (no folder named after the address appears anywhere), one
window per server database whatever password the address carries, and a server that is not
there ends the start with its German sentence instead of an unexpected-error dialog.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ui import app, single_instance
from ui.widgets import dialogs


def test_the_window_opens_on_the_server(
    qtbot: object, server_demo_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    window = app.create_main_window(server_demo_url)
    try:
        assert "auf 127.0.0.1" in window.windowTitle()
        assert "postgresql" not in window.windowTitle()
    finally:
        window.close()
        window.deleteLater()
    assert list(tmp_path.iterdir()) == []  # no "postgresql:" folder from a path mix-up


def test_one_window_per_server_database_with_the_lock_in_the_data_folder(
    qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with_password = "postgresql://anna:geheim@server:5432/verbund"
    without = "postgresql://anna@server:5432/verbund"
    assert single_instance.instance_key(with_password) == single_instance.instance_key(without)
    assert single_instance.instance_key(without) != single_instance.instance_key(
        "postgresql://anna@server:5432/anderer"
    )
    guard = single_instance.SingleInstance(without)
    assert guard.lock_path.parent == tmp_path / "data"  # AKTIF_DATA_DIR of the tests
    assert "geheim" not in str(guard.lock_path)
    assert not (tmp_path / "postgresql:").exists()


def test_an_unreachable_server_ends_the_start_in_german(
    qtbot: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: seen.append(text))
    assert app.run("postgresql://anna:x@127.0.0.1:9/verbund") == 1
    assert len(seen) == 1 and "nicht erreichbar" in seen[0]


def test_a_backup_made_in_the_window_of_a_server_lands_in_the_backups(
    qtbot: object, server_demo_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui import backup_actions

    shown: list[str] = []
    monkeypatch.setattr(backup_actions, "show_info", lambda _w, _t, text: shown.append(text))
    monkeypatch.setattr(backup_actions, "show_error", lambda _w, _t, text: shown.append(text))
    window = app.create_main_window(server_demo_url)
    try:
        job = backup_actions.create_backup(window)
        assert job is not None
        qtbot.waitUntil(lambda: bool(shown), timeout=60_000)  # type: ignore[attr-defined]
        made = list((tmp_path / "data" / "Sicherungen").glob("*.pgdump")) + list(
            (tmp_path / "data" / "Sicherungen").glob("*.aktifdump")
        )
        assert len(made) == 1 and made[0].stat().st_size > 10_000
        assert "geschrieben und geprüft" in shown[0] and made[0].name in shown[0]
        shown.clear()
        assert backup_actions.restore(window) is False
        assert "leere Datenbank" in shown[0]
    finally:
        window.close()
        window.deleteLater()
