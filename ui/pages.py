"""The contract between the main window and its pages: ``PageId`` and the ``Page`` base class.

The main window knows its pages by :class:`PageId` (never by their German titles), builds each
one on first show and talks to it only through the methods of :class:`Page`, whose defaults do
nothing. Changes come one way: every committed operation reaches each built page as an
``OpChanges`` through :meth:`Page.apply_changes`; a page refreshes only if the change touches
one of its ``WATCHES`` tables, at once while it is shown, else the next time it is shown.
"""

from __future__ import annotations

from enum import Enum
from typing import ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMainWindow, QWidget

from aktif_desktop.changes import OpChanges


class PageId(Enum):
    """The main window's pages, in sidebar order."""

    DASHBOARD = "dashboard"
    PARTNERS = "partners"
    CONTACTS = "contacts"
    EVENTS = "events"
    CASES = "cases"
    REPORTS = "reports"
    DUPLICATES = "duplicates"
    AUDIT = "audit"
    SETTINGS = "settings"


class Page(QWidget):
    """Base of every main-window page.

    Subclasses implement :meth:`reload` and name the tables they show in ``WATCHES`` (empty:
    any change matters). The other methods are optional.

    Signals:
        data_written(): the page wrote data other pages show (a save, delete, merge).

    Attributes:
        stale: the page has not read the data since it last changed; the main window reloads
            a stale page when it is shown.
    """

    WATCHES: ClassVar[tuple[str, ...]] = ()
    # Emitted after the page wrote data that other pages show (until every write service
    # publishes its OpChanges, the window then marks the other pages stale).
    data_written = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stale = True

    # The main window calls these --------------------------------------------------------
    def reload(self) -> None:
        """Read the data again and show it."""

    def refresh(self) -> None:
        """Reload now and forget that the page was stale."""
        self.stale = False
        self.reload()

    def apply_changes(self, changes: OpChanges) -> None:
        """An operation committed: refresh if it touched what this page shows.

        A shown page refreshes at once; a hidden one only marks itself stale and refreshes
        when it is shown again. ``OpChanges.all()`` (another database) touches every page.
        """
        if changes.everything:
            self.forget_loaded()
        if not self.shows(changes):
            return
        if self.isVisible():
            self.refresh()
        else:
            self.stale = True

    def shows(self, changes: OpChanges) -> bool:
        """True if ``changes`` touched a table this page shows."""
        return changes.touches(*self.WATCHES) if self.WATCHES else not changes.is_empty()

    def forget_loaded(self) -> None:
        """The whole database was replaced: drop loads under way and cached rows."""

    def forget_selection(self) -> None:
        """Another database file was opened: the open record's id means nothing there."""

    def focus_search(self) -> None:
        """Strg+F: put the cursor into the page's search field, if it has one."""

    def new_record(self) -> None:
        """Strg+N: start a new record of the page's kind, if it has one."""

    def can_leave(self) -> bool:
        """Asked before switching pages or closing; False when the user wants to stay."""
        return True

    # Helpers for the pages --------------------------------------------------------------
    def show_status(self, text: str) -> None:
        """Repeat ``text`` in the main window's status bar (if the page sits in one)."""
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 8000)
