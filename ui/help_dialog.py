"""The help: "Erste Schritte" and "Tastenkürzel", shipped as HTML in resources/help.

``install(window)`` adds both to the menu "Hilfe" (above "Über Aktif Desktop") and a
"Hilfe zu dieser Seite" entry on F1 that opens "Erste Schritte" at the part for the page
shown (anchor per page, :data:`PAGE_ANCHORS`). The files are read from disk through
:func:`aktif_desktop.paths.resource`, so a wheel and a frozen build show the same help.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from aktif_desktop.paths import resource
from ui.pages import PageId

FIRST_STEPS = "erste-schritte.html"
SHORTCUTS = "tastenkuerzel.html"
# German page title (the key of MainWindow.pages) -> anchor in both help files.
PAGE_ANCHORS = {
    PageId.DASHBOARD: "uebersicht",
    PageId.PARTNERS: "partner",
    PageId.CONTACTS: "ansprechpersonen",
    PageId.EVENTS: "veranstaltungen",
    PageId.CASES: "familien",
    PageId.REPORTS: "berichte",
    PageId.DUPLICATES: "dubletten",
    PageId.AUDIT: "protokoll",
    PageId.SETTINGS: "einstellungen",
}
START_ANCHOR = "start"


def _tr(text: str) -> str:
    return QCoreApplication.translate("HelpDialog", text)


def help_file(name: str) -> Path:
    """The shipped help file ``name`` (in resources/help)."""
    return resource("help", name)


class HelpDialog(QDialog):
    """A non-modal window with one ``QTextBrowser`` over the help files.

    Attributes:
        browser: the QTextBrowser; ``browser.source()`` is the file and anchor shown.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Hilfe – Aktif Desktop"))
        self.resize(760, 640)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(help_file(""))])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)

    def open_help(self, name: str, anchor: str = START_ANCHOR) -> None:
        """Show help file ``name`` at ``anchor`` and bring the window to the front."""
        url = QUrl.fromLocalFile(str(help_file(name)))
        url.setFragment(anchor)
        self.browser.setSource(url)
        self.browser.scrollToAnchor(anchor)
        self.show()
        self.raise_()
        self.activateWindow()


def dialog_of(window: Any) -> HelpDialog:
    """The window's help dialog, made on first use (one per window)."""
    dialog = getattr(window, "_help_dialog", None)
    if dialog is None:
        dialog = HelpDialog(window)
        window._help_dialog = dialog
    return dialog


def show_help(window: Any, name: str, anchor: str = START_ANCHOR) -> HelpDialog:
    """Open help file ``name`` at ``anchor`` in the window's help dialog."""
    dialog = dialog_of(window)
    dialog.open_help(name, anchor)
    return dialog


def show_context_help(window: Any) -> HelpDialog:
    """F1: "Erste Schritte" at the part for the page shown."""
    page_id = window.current_page_id() if window.current_page() is not None else None
    anchor = PAGE_ANCHORS.get(page_id, START_ANCHOR) if page_id is not None else START_ANCHOR
    return show_help(window, FIRST_STEPS, anchor)


def install(window: Any) -> None:
    """Add "Erste Schritte", "Tastenkürzel" and F1 to the window's menu "Hilfe"."""
    menu = window.menu(QCoreApplication.translate("MainWindow", "Hilfe"))
    first = menu.actions()[0] if menu.actions() else None
    entries = (
        (_tr("Hilfe zu dieser Seite"), lambda: show_context_help(window), "F1"),
        (_tr("Erste Schritte"), lambda: show_help(window, FIRST_STEPS), None),
        (_tr("Tastenkürzel"), lambda: show_help(window, SHORTCUTS), None),
    )
    for text, slot, shortcut in entries:
        action = QAction(text, window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False, call=slot: call())
        menu.insertAction(first, action)
    if first is not None:
        menu.insertSeparator(first)
