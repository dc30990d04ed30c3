""" "Auf den Server übertragen…" and "Arbeitskopie vom Server speichern…" on a real server: the
file into an empty server database (then opened on request), the server into a new working
copy (titled "(Kopie)"), a copy refused as the source unless "Kopie trotzdem übertragen", a
refusal shown in German, and the database that was open is open again afterwards."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from aktif_desktop.services import organisations
from aktif_desktop.storage.db import close_database, current_path, current_server, is_server
from aktif_desktop.storage.server import ServerTarget
from tests import pg_support
from ui import server_password, transfer_actions
from ui.app import create_main_window
from ui.main_window import MainWindow
from ui.transfer_actions import ServerTargetDialog


@pytest.fixture
def server() -> None:
    if not pg_support.admin_url():
        pytest.skip(f"{pg_support.ENV} nicht gesetzt: kein PostgreSQL-Server für die Tests")


@pytest.fixture
def empty_server_db(server) -> Iterator[str]:
    """A new, empty database on the test server (nothing migrated yet); its URL."""
    name = pg_support.create_database()
    yield pg_support.url_for(name)
    close_database()
    pg_support.drop_database(name)


@pytest.fixture
def server_demo(server, request: pytest.FixtureRequest) -> Iterator[str]:
    name = pg_support.create_database(template=request.getfixturevalue("_pg_demo_template"))
    yield pg_support.url_for(name)
    close_database()
    pg_support.drop_database(name)


class Answers:
    """What the dialogs of a transfer were asked and what they answer."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.errors: list[str] = []
        self.infos: list[str] = []
        self.questions: list[str] = []
        self.offers: list[str] = []
        self.open_server = True
        self.copy_anyway = True
        self.server_target: str | None = None
        self.copy_target = None
        monkeypatch.setattr(
            transfer_actions, "show_error", lambda _w, _t, text: self.errors.append(text)
        )
        monkeypatch.setattr(
            transfer_actions, "show_info", lambda _w, _t, text: self.infos.append(text)
        )
        monkeypatch.setattr(transfer_actions, "ask_yes_no", self._yes_no)
        monkeypatch.setattr(transfer_actions, "offer_copy_anyway", self._offer)
        monkeypatch.setattr(transfer_actions, "ask_server_target", self._server_target)
        monkeypatch.setattr(transfer_actions, "ask_copy_target", lambda _w: self.copy_target)

    def _yes_no(self, _w, _t, text: str) -> bool:
        self.questions.append(text)
        return self.open_server

    def _offer(self, _w, text: str) -> bool:
        self.offers.append(text)
        return self.copy_anyway

    def _server_target(self, _w, _source):
        return None if self.server_target is None else ServerTarget.parse(self.server_target)


def names() -> list[str]:
    return sorted(row.name for row in organisations.list_organisations())


def test_the_open_file_goes_to_the_server_and_is_opened_there(
    demo_db, empty_server_db, qtbot, monkeypatch
):
    answers = Answers(monkeypatch)
    window = create_main_window(demo_db)
    qtbot.addWidget(window)
    before = names()
    answers.server_target = empty_server_db
    assert transfer_actions.to_server(window)
    assert answers.errors == []
    assert "übertragen und geprüft" in answers.questions[0]
    assert "Datenbank auf dem Server jetzt öffnen" in answers.questions[0]
    assert is_server() and window.database_path == ServerTarget.parse(empty_server_db).url()
    assert names() == before
    assert window.windowTitle().endswith(ServerTarget.parse(empty_server_db).display())


def test_not_opened_when_declined_and_the_file_is_open_again(
    demo_db, empty_server_db, qtbot, monkeypatch
):
    answers = Answers(monkeypatch)
    answers.open_server = False
    window = create_main_window(demo_db)
    qtbot.addWidget(window)
    answers.server_target = empty_server_db
    assert transfer_actions.to_server(window)
    assert not is_server() and current_path() == demo_db.resolve()
    assert names()
    # a second time the server database is not empty: refused in German, the file open again
    assert not transfer_actions.to_server(window)
    assert answers.errors and "nicht leer" in answers.errors[0]
    assert not is_server() and current_path() == demo_db.resolve()
    assert window.database_path == demo_db


def test_working_copy_from_the_server_and_back(
    server_demo, empty_server_db, qtbot, monkeypatch, tmp_path
):
    from aktif_desktop.services.session import open_database_file

    answers = Answers(monkeypatch)
    open_database_file(server_demo)
    window = MainWindow(server_demo)
    qtbot.addWidget(window)
    before = names()
    copy = tmp_path / "unterwegs.db"
    answers.copy_target = copy
    assert transfer_actions.from_server(window)
    assert answers.errors == [] and "übertragen und geprüft" in answers.infos[0]
    assert copy.is_file()
    assert is_server() and current_server() is not None  # the server is open again
    assert current_server().dbname == ServerTarget.parse(server_demo).dbname  # type: ignore[union-attr]
    # the same file again: refused (a transfer never overwrites a file)
    assert not transfer_actions.from_server(window)
    assert "gibt es schon" in answers.errors[-1] and is_server()
    # the working copy opened: marked as a copy in the title
    assert window.switch_database(copy)
    assert window.windowTitle().endswith("unterwegs.db (Kopie)")
    assert names() == before
    # back to a server: refused as a copy first, then transferred when asked to
    answers.errors.clear()
    answers.copy_anyway = False
    answers.server_target = empty_server_db
    assert not transfer_actions.to_server(window)
    assert answers.offers and "Arbeitskopie" in answers.offers[0] and answers.errors == []
    assert current_path() == copy.resolve()
    answers.copy_anyway = True
    answers.open_server = False
    assert transfer_actions.to_server(window)
    assert len(answers.offers) == 2 and answers.errors == []
    assert current_path() == copy.resolve() and names() == before


def test_from_server_is_refused_on_a_file_and_to_server_on_a_server(demo_db, qtbot, monkeypatch):
    answers = Answers(monkeypatch)
    window = create_main_window(demo_db)
    qtbot.addWidget(window)
    upload, download = window._transfer_entries
    assert upload.isEnabled() and not download.isEnabled()
    assert not transfer_actions.from_server(window)
    assert answers.errors == ["Bitte öffnen Sie zuerst eine Serverdatenbank."]
    assert not transfer_actions.to_server(window)  # the dialog cancelled: nothing happens
    assert len(answers.errors) == 1 and current_path() == demo_db.resolve()


def test_the_server_dialog_checks_its_fields(demo_db, qtbot):
    dialog = ServerTargetDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.problem_label.text() == "Bitte geben Sie den Rechner des Datenbankservers an."
    dialog.form.host.setText("db.verbund.local")
    dialog.form.dbname.setText("aktif")
    dialog.form.password.setText("geheim")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.form.target().url() == "postgresql://db.verbund.local:5432/aktif"
    server_password.forget_all()
