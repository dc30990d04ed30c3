"""The main window: sidebar navigation over the pages, menus, status bar, open database.

The pages are imported statically and named by :class:`ui.pages.PageId`; each is built the
first time it is shown (or asked for) and spoken to only through the :class:`ui.pages.Page`
contract. Every committed operation the core publishes (``aktif_desktop.changes``) is
marshalled to the UI thread and handed to the built pages, which decide whether to refresh.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QObject,
    QSettings,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QWidget,
)

from aktif_desktop import changes as change_feed
from aktif_desktop.changes import OpChanges
from aktif_desktop.errors import AktifError
from aktif_desktop.services import organisations, settings
from aktif_desktop.services.server_access import Location
from aktif_desktop.services.session import open_database_file
from ui import (
    backup_actions,
    export_actions,
    help_dialog,
    import_actions,
    open_database_dialog,
    privacy_actions,
    server_password,
    transfer_actions,
    undo_actions,
)
from ui.contacts.page import ContactsPage
from ui.dashboard_page import DashboardPage
from ui.events.page import EventsPage
from ui.page_table import PAGES
from ui.pages import Page, PageId
from ui.partners.page import PartnersPage
from ui.settings_page import SettingsPage
from ui.welcome_page import WelcomePage
from ui.widgets.dialogs import show_error
from ui.window_geometry import fit_to_screen

log = logging.getLogger("aktif_desktop.ui")

# Until every write service publishes its OpChanges (services/operations.py), a page cannot
# know that another page's write made it stale: the window reloads each page it shows. Once
# they publish, set this to False and only stale pages reload on show.
RELOAD_EVERY_SHOW = False


# Each installer adds its entries to the window's menus (in this order).
MENU_INSTALLERS: tuple[Callable[[Any], object], ...] = (
    undo_actions.install,
    export_actions.install,
    import_actions.install,
    backup_actions.install,
    privacy_actions.install,
    help_dialog.install,
)
DB_FILTER = open_database_dialog.DB_FILTER


class _ChangeBridge(QObject):
    """Carries change sets from whichever thread published them to the UI thread."""

    arrived = Signal(object)


class MainWindow(QMainWindow):
    """The application window.

    Signals:
        database_changed(): another database file was opened (or the data was replaced);
            every built page forgets what it loaded and reads anew when shown.

    Attributes:
        database_path: the open database: a file (Path) or a server URL without the password.
        pages: the pages built so far, by id.
    """

    database_changed = Signal()

    def __init__(self, database_path: Location, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database_path: Location = open_database_dialog.kept_location(database_path)
        self.pages: dict[PageId, Page] = {}
        self._menus: dict[str, QMenu] = {}
        self.setWindowIcon(app_icon())
        self.setMinimumSize(QSize(800, 500))
        self._build_body()
        self._build_menus()
        self.statusBar().showMessage(self.tr("Bereit"))
        for install in MENU_INSTALLERS:
            install(self)
        self._subscribe()
        self._restore_geometry()
        self.update_title()
        self.show_start()

    # Building ---------------------------------------------------------------------------
    def _build_body(self) -> None:
        self.outer = QStackedWidget(self)
        self.welcome = WelcomePage(self)
        self.welcome.finished.connect(self._welcome_finished)
        body = QWidget(self)
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.sidebar = QListWidget(body)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(190)
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setStyleSheet(
            "#sidebar { background: #23384d; color: #e8eef4; border: none; font-size: 11pt; }"
            "#sidebar::item { padding: 9px 8px; }"
            "#sidebar::item:selected { background: #2f6f9f; color: white; }"
        )
        self.stack = QStackedWidget(body)
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        for spec in PAGES:
            shown = QCoreApplication.translate("MainWindow", spec.title)
            item = QListWidgetItem(self.style().standardIcon(spec.icon), shown)
            item.setData(Qt.ItemDataRole.UserRole, spec.page_id)
            self.sidebar.addItem(item)
        self.sidebar.currentRowChanged.connect(self._sidebar_changed)
        self.outer.addWidget(self.welcome)
        self.outer.addWidget(body)
        self.body = body
        self.setCentralWidget(self.outer)
        self.database_changed.connect(self._database_replaced)

    def _build_menus(self) -> None:
        self._help_menu: QMenu | None = None
        file_menu = self.menu(self.tr("Datei"))
        self._action(file_menu, self.tr("Neue Datenbank anlegen…"), self.new_database_dialog)
        self._action(
            file_menu,
            self.tr("Datenbank öffnen…"),
            self.open_database_dialog,
            QKeySequence(QKeySequence.StandardKey.Open),
        )
        file_menu.addSeparator()
        self._transfer_entries = transfer_actions.add_entries(self, file_menu)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Beenden"), self.close, QKeySequence("Ctrl+Q"))
        edit_menu = self.menu(self.tr("Bearbeiten"))
        self._action(edit_menu, self.tr("Neuer Eintrag"), self.new_record, QKeySequence("Ctrl+N"))
        self._action(edit_menu, self.tr("Suchen"), self.focus_search, QKeySequence("Ctrl+F"))
        view_menu = self.menu(self.tr("Ansicht"))
        for number, spec in enumerate(PAGES, start=1):
            self._action(
                view_menu,
                QCoreApplication.translate("MainWindow", spec.title),
                partial(self.show_page, spec.page_id),
                QKeySequence(f"Ctrl+{number}") if number <= 9 else None,
            )
        view_menu.addSeparator()
        self._action(view_menu, self.tr("Neu laden"), self.reload_all, QKeySequence("F5"))
        help_menu = self.menu(self.tr("Hilfe"))
        self._action(help_menu, self.tr("Über Aktif Desktop"), self.show_about)
        self._help_menu = help_menu

    def _action(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | None = None,
    ) -> QAction:
        """Add a menu entry calling ``slot()`` (never with the ``checked`` flag)."""
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _subscribe(self) -> None:
        """Receive every published change set, on the UI thread, until the window is gone."""
        self._bridge = _ChangeBridge(self)
        self._bridge.arrived.connect(self.apply_changes, Qt.ConnectionType.QueuedConnection)
        bridge = self._bridge

        def listener(changes: OpChanges) -> None:
            try:
                bridge.arrived.emit(changes)
            except RuntimeError:  # the window (and its bridge) was deleted meanwhile
                unsubscribe()

        unsubscribe = change_feed.subscribe(listener)
        self._unsubscribe = unsubscribe
        self.destroyed.connect(lambda _obj=None: unsubscribe())

    # API for pages and menu installers ------------------------------------------------
    def menu(self, title: str) -> QMenu:
        """Return the top-level menu ``title``, creating it before "Hilfe" if needed."""
        if title in self._menus:
            return self._menus[title]
        menu = QMenu(title, self)
        if self._help_menu is not None:
            self.menuBar().insertMenu(self._help_menu.menuAction(), menu)
        else:
            self.menuBar().addMenu(menu)
        self._menus[title] = menu
        return menu

    # Pages ------------------------------------------------------------------------------
    def page(self, page_id: PageId) -> Page:
        """Return the page ``page_id``, building it on first use."""
        page = self.pages.get(page_id)
        if page is None:
            spec = next(spec for spec in PAGES if spec.page_id is page_id)
            page = spec.page_class(self.stack)
            self.pages[page_id] = page
            self.stack.addWidget(page)
            self._connect_page(page)
        return page

    def _connect_page(self, page: Page) -> None:
        page.data_written.connect(partial(self._page_wrote, page))
        if isinstance(page, DashboardPage):
            page.event_requested.connect(self.open_event)
            page.cases_requested.connect(partial(self.show_page, PageId.CASES))
        elif isinstance(page, SettingsPage):
            page.open_database_requested.connect(self.open_database_dialog)
            page.new_database_requested.connect(self.new_database_dialog)
        elif isinstance(page, PartnersPage):
            page.contact_requested.connect(self.open_contact)
            page.new_contact_requested.connect(self.new_contact_at)

    def _page_wrote(self, writer: Page) -> None:
        """``writer`` wrote data other pages show: they read anew when next shown."""
        for page in self.pages.values():
            if page is not writer:
                page.stale = True
        self.update_title()  # the Verbund's name may have changed

    def apply_changes(self, changes: OpChanges) -> None:
        """Hand ``changes`` to every built page (each decides whether to refresh)."""
        for page in list(self.pages.values()):
            page.apply_changes(changes)

    def _database_replaced(self) -> None:
        """Another file was opened or a backup restored: every page reads anew when shown.

        The one on screen is reloaded by whoever replaced the data (``show_start`` after a
        switch, ``reload_all`` after a restore), so it is not read twice.
        """
        for page in self.pages.values():
            page.forget_loaded()
            page.stale = True

    def current_page(self) -> Page | None:
        """The page on screen, or None while the welcome page is shown."""
        if self.outer.currentWidget() is not self.body:
            return None
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, Page) else None

    def current_page_id(self) -> PageId | None:
        row = self.sidebar.currentRow()
        return PAGES[row].page_id if 0 <= row < len(PAGES) else None

    def current_event_id(self) -> int | None:
        """Return the event selected on the events page, or None."""
        events = self.pages.get(PageId.EVENTS)
        return events.current_event_id() if isinstance(events, EventsPage) else None

    def show_status(self, text: str) -> None:
        """Show a short note in the status bar."""
        self.statusBar().showMessage(text, 8000)

    def reload_all(self) -> None:
        """Reload the current page now and every other page when it is next shown."""
        for page in self.pages.values():
            page.stale = True
        self.update_title()
        current = self.current_page()
        if current is not None:
            self._refresh(current)

    # Navigation -------------------------------------------------------------------------
    def show_start(self) -> None:
        """Show the welcome page on an empty, unconfigured database, else the dashboard."""
        if self._needs_welcome():
            self.welcome.reset()
            self.outer.setCurrentWidget(self.welcome)
            self.menuBar().setEnabled(True)
            return
        self.outer.setCurrentWidget(self.body)
        for page in self.pages.values():
            page.stale = True
        if self.sidebar.currentRow() == 0:
            self._sidebar_changed(0)
        else:
            self.sidebar.setCurrentRow(0)

    def _needs_welcome(self) -> bool:
        try:
            return not settings.is_configured() and not organisations.list_organisations()
        except AktifError:
            return False

    def _welcome_finished(self) -> None:
        self.update_title()
        self.outer.setCurrentWidget(self.body)
        self.reload_all()
        self.show_start()

    def show_page(self, page_id: PageId) -> bool:
        """Switch to the page ``page_id``; False if the user stayed on the current one."""
        row = next(n for n, spec in enumerate(PAGES) if spec.page_id is page_id)
        self.sidebar.setCurrentRow(row)
        page = self.pages.get(page_id)
        return self.sidebar.currentRow() == row and self.stack.currentWidget() is page

    def _sidebar_changed(self, row: int) -> None:
        if row < 0:
            return
        leaving = self.stack.currentWidget()
        target = self.pages.get(PAGES[row].page_id)
        if leaving is not None and leaving is not target and not self._may_leave(leaving):
            self.sidebar.blockSignals(True)
            self.sidebar.setCurrentRow(self._row_of(leaving))
            self.sidebar.blockSignals(False)
            return
        page = self.page(PAGES[row].page_id)
        self.stack.setCurrentWidget(page)
        if page.stale or RELOAD_EVERY_SHOW:
            self._refresh(page)

    def _row_of(self, widget: QWidget) -> int:
        """The sidebar row of a built page."""
        return next(n for n, spec in enumerate(PAGES) if self.pages.get(spec.page_id) is widget)

    def _may_leave(self, page: QWidget | None) -> bool:
        return page.can_leave() if isinstance(page, Page) else True

    def _refresh(self, page: Page) -> None:
        try:
            page.refresh()
        except AktifError as error:
            show_error(self, self.tr("Fehler"), error.message)

    def open_event(self, event_id: int) -> None:
        """Show the event ``event_id`` on the events page."""
        if self.show_page(PageId.EVENTS):
            cast(EventsPage, self.page(PageId.EVENTS)).open_event(event_id)

    def open_contact(self, contact_id: int) -> None:
        """Show the contact ``contact_id`` on the Ansprechpersonen page."""
        if self.show_page(PageId.CONTACTS):
            cast(ContactsPage, self.page(PageId.CONTACTS)).open_contact(contact_id)

    def new_contact_at(self, organisation_id: int) -> None:
        """Start a new contact at ``organisation_id`` on the Ansprechpersonen page."""
        if self.show_page(PageId.CONTACTS):
            cast(ContactsPage, self.page(PageId.CONTACTS)).new_contact_at(organisation_id)

    def focus_search(self) -> None:
        """Strg+F: the current page's search field."""
        page = self.current_page()
        if page is not None:
            page.focus_search()

    def new_record(self) -> None:
        """Strg+N: a new record of the current page's kind."""
        page = self.current_page()
        if page is not None:
            page.new_record()

    # Database ---------------------------------------------------------------------------
    def open_database_dialog(self) -> None:
        location = open_database_dialog.choose_location(self, self.database_path)
        if location is not None:
            self.switch_database(location)

    def new_database_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Neue Datenbank anlegen"),
            str(open_database_dialog.start_folder(self.database_path) / "aktif-neu.db"),
            QCoreApplication.translate("MainWindow", DB_FILTER),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix == "":
            target = target.with_suffix(".db")
        if target.exists():
            show_error(
                self,
                self.tr("Neue Datenbank"),
                self.tr(
                    "Die Datei gibt es schon. Bitte wählen Sie einen neuen Dateinamen oder "
                    "öffnen Sie die Datei über „Datenbank öffnen…“."
                ),
            )
            return
        self.switch_database(target)

    def switch_database(self, location: Location) -> bool:
        """Open ``location`` (a file, created if new, or a server URL) instead of the current
        database; False if refused (the previous one is open again)."""
        if not self._may_leave(self.current_page()):
            return False
        location = open_database_dialog.kept_location(location)
        previous = self.database_path
        try:
            open_database_file(location)
        except AktifError as error:
            server_password.refused(location)
            show_error(self, self.tr("Datenbank öffnen"), error.message)
            problem = open_database_dialog.reopen(previous)
            if problem is not None:
                show_error(self, self.tr("Datenbank öffnen"), problem)
            return False
        server_password.opened(location)
        self.database_path = location
        for page in self.pages.values():
            page.forget_selection()
        self.database_changed.emit()
        shown = open_database_dialog.shown(location)
        self.show_status(self.tr("Datenbank geöffnet: {path}").format(path=shown))
        self.update_title()
        self.show_start()
        return True

    def update_title(self) -> None:
        """Title: "Aktif Desktop – <Verbund> – <db file>" ("… (Kopie)" for an offline copy of
        a server), or "Aktif Desktop – <Verbund> – <db> auf <host>:<port>" on a server."""
        try:
            name = settings.load_settings().verbund_name
        except AktifError:
            name = ""
        self.setWindowTitle(open_database_dialog.window_title(self.database_path, name))
        transfer_actions.update_entries(self._transfer_entries, self.database_path)

    # Help and window state ----------------------------------------------------------------
    def show_about(self) -> None:
        from ui.about_dialog import AboutDialog

        AboutDialog(self).exec()

    def _restore_geometry(self) -> None:
        """The stored geometry if it still fits the screen, else the first size or maximised."""
        stored = QSettings().value("main_window/geometry")
        fit_to_screen(self, stored if isinstance(stored, QByteArray) else None)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_leave(self.current_page()):
            event.ignore()
            return
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        self._unsubscribe()
        super().closeEvent(event)


def app_icon() -> QIcon:
    """Return the application icon (SVG with a PNG fallback)."""
    from aktif_desktop.paths import resource

    icon = QIcon()
    for name in ("aktif.svg", "aktif-256.png"):
        path = resource("icons", name)
        if path.exists():
            icon.addFile(str(path))
    return icon
