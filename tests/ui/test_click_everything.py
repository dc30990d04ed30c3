"""Every page on the demo database, every enabled button clicked, every menu entry triggered.

Each dialog, message box or file dialog a click opens is closed (rejected) by a timer, so a
question is always answered "Abbrechen"/"Nein". The test fails on any exception that reaches
``sys.excepthook`` and on the unexpected-error dialog; a message box that shows Python's
words ("False", "None", "Traceback") counts as one too. This is how "Neue Ansprechperson"
handed ``clicked(bool)`` to a partner-id parameter ("Der Partner mit der Nummer False …").
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from types import TracebackType

import pytest
import shiboken6
from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QMenu,
    QMessageBox,
    QTableView,
    QTabWidget,
    QWidget,
)

from ui import main_window
from ui.app import create_main_window
from ui.error_dialog import ErrorDialog
from ui.pages import PageId
from ui.widgets import dialogs

# Entries that end the session rather than open something.
SKIPPED_ACTIONS = {"Beenden"}


class ModalCloser:
    """Rejects whatever modal widget is open, every few milliseconds, and remembers it."""

    def __init__(self) -> None:
        self.closed: list[tuple[str, str]] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._close)
        self.timer.start()

    def _close(self) -> None:
        widget = QApplication.activeModalWidget()
        for popup in (QApplication.activePopupWidget(),):
            if popup is not None:
                popup.close()
        if widget is None:
            return
        text = widget.text() if isinstance(widget, QMessageBox) else ""
        self.closed.append((type(widget).__name__, text))
        if isinstance(widget, QDialog):
            widget.reject()
        else:
            widget.close()

    def errors(self) -> list[tuple[str, str]]:
        """The error dialogs among the closed widgets."""
        words = ("False", "None", "Traceback", "Error")
        return [
            (kind, text)
            for kind, text in self.closed
            if kind == ErrorDialog.__name__ or any(word in text for word in words)
        ]


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


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()
        QThreadPool.globalInstance().waitForDone(30_000)
    QApplication.processEvents()


def usable_buttons(root: QWidget) -> list[QAbstractButton]:
    return [
        button
        for button in root.findChildren(QAbstractButton)
        if button.isVisible() and button.isEnabled()
    ]


def select_first_rows(root: QWidget) -> None:
    """Open the first record of each shown list, so that its detail's buttons are shown."""
    for view in root.findChildren(QTableView):
        model = view.model()
        if view.isVisible() and model is not None and model.rowCount() > 0:
            view.selectRow(0)
            settle()


def click_all(root: QWidget, clicked: list[str]) -> None:
    """Click every visible, enabled button under ``root`` (as they are before the first).

    The "Neu…" buttons come last: they clear the selection and hide the record's buttons.
    """
    select_first_rows(root)
    buttons = sorted(usable_buttons(root), key=lambda b: b.text().startswith("Neu"))
    for button in buttons:
        if not shiboken6.isValid(button) or not (button.isVisible() and button.isEnabled()):
            continue  # removed or disabled by an earlier click
        clicked.append(button.text() or button.toolTip() or type(button).__name__)
        button.click()
        settle()


def tab_states(root: QWidget) -> Iterator[None]:
    """Show each tab of each tab widget under ``root`` once (a button may sit in any tab)."""
    yield
    for tabs in root.findChildren(QTabWidget):
        if not shiboken6.isValid(tabs):
            continue
        for index in range(tabs.count()):
            if shiboken6.isValid(tabs) and tabs.isVisible() and tabs.isTabEnabled(index):
                tabs.setCurrentIndex(index)
                settle()
                yield


@pytest.fixture
def window(demo_db, qtbot, monkeypatch):
    # Leaving a page with edits the clicks made: discard them, so every page can be reached.
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda *_a: dialogs.Choice.DISCARD)
    main = create_main_window(demo_db)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    settle()
    return main


@pytest.mark.parametrize("page_id", list(PageId))
def test_every_button_of_every_page(window, closer, raised, page_id):
    assert window.show_page(page_id)
    settle()
    page = window.page(page_id)
    clicked: list[str] = []
    for _state in tab_states(page):
        click_all(page, clicked)
    if page_id is PageId.CONTACTS:
        assert "Neue Ansprechperson" in clicked
    assert raised == []
    assert closer.errors() == []


def menu_actions(window) -> list[QAction]:
    actions = []
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            actions += [a for a in menu.actions() if not a.isSeparator() and a.menu() is None]
    return actions


def test_every_menu_entry_on_every_page(window, closer, raised):
    entries = [a.text() for a in menu_actions(window)]
    assert "Datenbank öffnen…" in entries and "Über Aktif Desktop" in entries
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
