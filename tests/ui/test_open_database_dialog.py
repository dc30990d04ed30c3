""" "Datenbank öffnen…" with the tabs Datei and Server: the fields, the URL without the password,
the last fields remembered (never the password), the password prompt and the password store,
and the main window on a server database (title, switching back and forth)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit

from aktif_desktop.services import settings
from aktif_desktop.services.session import open_database_file
from aktif_desktop.storage import server
from aktif_desktop.storage.db import close_database, current_server, is_server
from aktif_desktop.storage.server import TLS_MODES, ServerTarget
from tests import pg_support
from ui import main_window, open_database_dialog, server_form, server_password
from ui.app import create_main_window
from ui.main_window import MainWindow
from ui.open_database_dialog import SERVER_TAB, OpenDatabaseDialog


class MemoryKeyring(KeyringBackend):
    """A password store in memory (the tests never touch the system's store)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


@pytest.fixture(autouse=True)
def _clean_session() -> Iterator[None]:
    QSettings().remove("server")
    server_password.forget_all()
    yield
    server_password.forget_all()
    QSettings().remove("server")


@pytest.fixture
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    import keyring

    store = MemoryKeyring()
    previous = keyring.get_keyring()
    monkeypatch.delenv("AKTIF_NO_KEYRING", raising=False)
    keyring.set_keyring(store)
    yield store  # type: ignore[misc]
    keyring.set_keyring(previous)


@pytest.fixture
def server_demo(request: pytest.FixtureRequest) -> Iterator[str]:
    """A copy of the demo on the test server (not opened); its URL."""
    if not pg_support.admin_url():
        pytest.skip(f"{pg_support.ENV} nicht gesetzt: kein PostgreSQL-Server für die Tests")
    template = request.getfixturevalue("_pg_demo_template")
    name = pg_support.create_database(template=template)
    yield pg_support.url_for(name)
    close_database()
    pg_support.drop_database(name)


def fill(form: server_form.ServerForm, host="db.verbund.local", dbname="aktif", user="anna"):
    form.host.setText(host)
    form.port.setValue(5433)
    form.dbname.setText(dbname)
    form.user.setText(user)
    form.tls.setCurrentIndex(form.tls.findData("require"))


def test_two_tabs_and_the_server_fields(qtbot, monkeypatch):
    monkeypatch.setattr(server_form, "keyring_available", lambda: False)
    dialog = OpenDatabaseDialog(Path("/tmp/aktif.db"))
    qtbot.addWidget(dialog)
    assert [dialog.tabs.tabText(n) for n in range(dialog.tabs.count())] == ["Datei", "Server"]
    assert dialog.tabs.currentIndex() == 0
    form = dialog.server
    assert form.port.value() == 5432
    assert [form.tls.itemData(n) for n in range(form.tls.count())] == list(TLS_MODES)
    labels = [form.tls.itemText(n) for n in range(form.tls.count())]
    assert all(label.endswith(f"({mode})") for label, mode in zip(labels, TLS_MODES, strict=True))
    assert "Ohne Verschlüsselung" in labels[0] and form.sslmode() == "prefer"
    assert form.password.echoMode() == QLineEdit.EchoMode.Password
    assert form.remember.text() == "Passwort in der Passwortablage von Windows speichern"
    assert not form.remember.isEnabled()
    monkeypatch.setattr(server_form, "keyring_available", lambda: True)
    with_store = OpenDatabaseDialog(None)
    qtbot.addWidget(with_store)
    assert with_store.server.remember.isEnabled()


def test_file_tab_browses_and_returns_a_path(qtbot, monkeypatch, tmp_path):
    chosen = tmp_path / "verbund.db"
    seen = []

    def fake_open(_parent, _title, folder, _filter):
        seen.append(folder)
        return str(chosen), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake_open)
    dialog = OpenDatabaseDialog(tmp_path / "alt" / "aktif.db")
    qtbot.addWidget(dialog)
    dialog.accept()  # nothing chosen yet: the dialog says so and stays open
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.problem_label.text() == "Bitte wählen Sie eine Datenbankdatei."
    dialog.browse.click()
    assert seen == [str(tmp_path / "alt")]
    assert dialog.path.text() == str(chosen)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.location() == chosen


def test_server_tab_gives_the_url_without_the_password(qtbot, tmp_path):
    dialog = OpenDatabaseDialog(tmp_path / "aktif.db")
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(SERVER_TAB)
    dialog.accept()
    assert dialog.problem_label.text() == "Bitte geben Sie den Rechner des Datenbankservers an."
    fill(dialog.server)
    dialog.server.password.setText("geheim-123")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    url = dialog.location()
    assert url == "postgresql://anna@db.verbund.local:5433/aktif?sslmode=require"
    target = ServerTarget.parse(url)
    assert target.password is None
    # the typed password is known to this session only, and never in the settings
    assert server_password.session_password(target) == "geheim-123"
    store = QSettings()
    store.sync()
    stored = {key: str(store.value(key)) for key in store.allKeys()}
    assert stored["server/host"] == "db.verbund.local" and stored["server/user"] == "anna"
    assert not any("geheim" in value for value in stored.values())
    assert "geheim" not in Path(store.fileName()).read_text(encoding="utf-8")
    # the next dialog shows the last server fields, without a password
    again = OpenDatabaseDialog(tmp_path / "aktif.db")
    qtbot.addWidget(again)
    form = again.server
    assert (form.host.text(), form.port.value(), form.dbname.text(), form.user.text()) == (
        "db.verbund.local",
        5433,
        "aktif",
        "anna",
    )
    assert form.sslmode() == "require" and form.password.text() == ""
    # opened on a server, the dialog starts on the Server tab with that server's fields
    on_server = OpenDatabaseDialog("postgresql://bert@other:5432/verbund")
    qtbot.addWidget(on_server)
    assert on_server.tabs.currentIndex() == SERVER_TAB
    assert on_server.server.host.text() == "other" and on_server.server.user.text() == "bert"


def test_the_gui_prompt_is_installed_at_start(qtbot):
    """``ui.app.configure_app`` (run by the session's app fixture) registered the dialog."""
    target = ServerTarget(host="db.verbund.local", dbname="aktif", user="anna")
    server_password.hand_over(target, "vom-dialog")
    assert server.ask_password(target) == "vom-dialog"


def test_the_prompt_hands_over_the_typed_password_else_asks(qtbot, monkeypatch):
    target = ServerTarget(host="db.verbund.local", dbname="aktif", user="anna")
    asked = []

    def fake_get_text(_parent, title, label, echo):
        asked.append((title, label, echo))
        return "aus-dem-dialog", True

    monkeypatch.setattr(QInputDialog, "getText", fake_get_text)
    server_password.install()
    server_password.hand_over(target, "getippt")
    assert server.ask_password(target) == "getippt"
    assert asked == []
    server_password.refused(target.url())  # the server refused it: asked next time
    assert server.ask_password(target) == "aus-dem-dialog"
    title, label, echo = asked[0]
    assert title == "Passwort für den Datenbankserver"
    assert "aktif auf db.verbund.local:5432" in label and "anna" in label
    assert echo == QLineEdit.EchoMode.Password
    assert server.ask_password(target) == "aus-dem-dialog"  # kept for this session
    assert len(asked) == 1
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a: ("", False))
    server_password.forget_all()
    assert server.ask_password(target) is None  # cancelled


def test_remembered_only_when_ticked_and_accepted(memory_keyring):
    target = ServerTarget(host="db.verbund.local", dbname="aktif", user="anna")
    server_password.hand_over(target, "nur-heute")
    assert not server_password.opened(target.url())
    assert memory_keyring.items == {}
    server_password.hand_over(target, "falsch", remember=True)
    server_password.refused(target.url())
    assert not server_password.opened(target.url()) and memory_keyring.items == {}
    server_password.hand_over(target, "richtig", remember=True)
    assert server_password.opened(target.url())
    assert server.stored_password(target) == "richtig"


def test_main_window_on_a_server_database(server_demo, qtbot, tmp_path, monkeypatch):
    open_database_file(server_demo)
    window = MainWindow(server_demo)
    qtbot.addWidget(window)
    window.show()
    target = ServerTarget.parse(server_demo)
    name = settings.load_settings().verbund_name
    assert name
    assert window.windowTitle() == (
        f"Aktif Desktop – {name} – {target.dbname} auf {target.host}:{target.port}"
    )
    assert window.database_path == target.url()
    # the menu entries for the transfer follow what is open
    upload, download = window._transfer_entries
    assert download.isEnabled() and not upload.isEnabled()
    # switching to a file and back to the server through the dialog
    other = tmp_path / "zweiter.db"
    assert window.switch_database(other)
    assert window.windowTitle() == "Aktif Desktop – zweiter.db" and not is_server()
    assert upload.isEnabled() and not download.isEnabled()

    def choose(_dialog):
        _dialog.tabs.setCurrentIndex(SERVER_TAB)
        _dialog.server.set_target(target)
        _dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(OpenDatabaseDialog, "exec", choose)
    window.open_database_dialog()
    assert is_server() and current_server() is not None
    assert window.database_path == target.url()
    assert window.windowTitle().endswith(f"{target.dbname} auf {target.host}:{target.port}")
    assert QSettings().value("server/dbname") == target.dbname


def test_a_refused_server_keeps_the_open_database(demo_db, qtbot, monkeypatch):
    if not pg_support.admin_url():
        pytest.skip(f"{pg_support.ENV} nicht gesetzt")
    window = create_main_window(demo_db)
    qtbot.addWidget(window)
    shown = []
    monkeypatch.setattr(main_window, "show_error", lambda _p, _t, text: shown.append(text))
    missing = pg_support.url_for("aktif_gibt_es_nicht")
    server_password.hand_over(ServerTarget.parse(missing), "egal")
    assert not window.switch_database(missing)
    assert shown and "aktif_gibt_es_nicht" in shown[0]
    assert window.database_path == demo_db and not is_server()
    assert server_password.session_password(missing) is None  # forgotten after the refusal
    assert settings.load_settings().verbund_name  # the file is open again


def test_a_url_with_a_password_is_kept_without_it(qtbot):
    kept = open_database_dialog.kept_location("postgresql://anna:sehr-geheim@db:5432/aktif")
    assert kept == "postgresql://anna@db:5432/aktif"
    assert server_password.session_password(str(kept)) == "sehr-geheim"
