"""Every page on the demo Verbund in a shared PostgreSQL database: shown, every enabled button
clicked, every menu entry triggered — as ``test_click_everything`` does on the file.

The database is a copy of the demo template on the test server (``AKTIF_TEST_PG``); without a
server the tests are skipped and say why. A test fails on any exception reaching
``sys.excepthook`` and on the unexpected-error dialog (or a message box in Python's words).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from types import TracebackType

import pytest

from aktif_desktop.services.session import open_database_file
from aktif_desktop.storage.db import close_database, is_server
from tests import pg_support
from tests.ui.test_click_everything import (
    SKIPPED_ACTIONS,
    ModalCloser,
    click_all,
    menu_actions,
    settle,
    tab_states,
)
from ui import main_window
from ui.main_window import MainWindow
from ui.pages import PageId
from ui.widgets import dialogs


@pytest.fixture
def server_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """A copy of the demo on the test server, opened for the services; its URL."""
    if not pg_support.admin_url():
        pytest.skip(f"{pg_support.ENV} nicht gesetzt: kein PostgreSQL-Server für die Tests")
    template = request.getfixturevalue("_pg_demo_template")
    name = pg_support.create_database(template=template)
    url = pg_support.url_for(name)
    open_database_file(url)
    yield url
    close_database()
    pg_support.drop_database(name)


@pytest.fixture
def closer() -> Iterator[ModalCloser]:
    closer = ModalCloser()
    yield closer
    closer.timer.stop()


@pytest.fixture
def raised(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Exceptions that reach sys.excepthook (a slot that raised), as text."""
    seen: list[str] = []

    def hook(kind: type[BaseException], error: BaseException, _tb: TracebackType | None) -> None:
        seen.append(f"{kind.__name__}: {error}")

    monkeypatch.setattr(sys, "excepthook", hook)
    return seen


@pytest.fixture
def window(server_url, qtbot, monkeypatch):
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda *_a: dialogs.Choice.DISCARD)
    main = MainWindow(server_url)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    settle()
    return main


@pytest.mark.parametrize("page_id", list(PageId))
def test_every_button_of_every_page_on_the_server(window, closer, raised, page_id):
    assert is_server()
    assert window.show_page(page_id)
    settle()
    page = window.page(page_id)
    clicked: list[str] = []
    for _state in tab_states(page):
        click_all(page, clicked)
    assert raised == []
    assert closer.errors() == []
    assert is_server()  # no click left the server database


def test_every_menu_entry_on_every_page_on_the_server(window, closer, raised):
    entries = [a.text() for a in menu_actions(window)]
    assert "Arbeitskopie vom Server speichern…" in entries
    for spec in main_window.PAGES:
        assert window.show_page(spec.page_id), spec.title
        settle()
        for action in menu_actions(window):
            if action.text() in SKIPPED_ACTIONS or not action.isEnabled():
                continue
            action.trigger()
            settle()
            assert window.isVisible(), action.text()
    assert raised == []
    assert closer.errors() == []
