"""The main window: sidebar navigation over the pages, menus, status bar, open database.

Pages and menu installers are named in tables and imported with importlib, so screens of
other modules plug in without this file knowing them; a missing module is skipped with a
log warning.

Page contract: ``Page(parent=None)`` and ``reload() -> None`` (called when the page is shown
and after the database changed). Optional: ``focus_search()``, ``new_record()``,
``can_leave() -> bool`` (asks about unsaved changes), ``current_event_id()``,
``open_event(event_id)``.
"""

from __future__ import annotations

import importlib
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QSettings,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QStyle,
    QWidget,
)

from aktif_desktop.errors import AktifError
from aktif_desktop.services import organisations, settings
from aktif_desktop.services.session import open_database_file
from ui.widgets.dialogs import show_error

log = logging.getLogger("aktif_desktop.ui")


# (title, "module:Class", sidebar icon) in sidebar order.
PAGES: tuple[tuple[str, str, QStyle.StandardPixmap], ...] = (
    (
        QT_TRANSLATE_NOOP("MainWindow", "Übersicht"),
        "ui.dashboard_page:DashboardPage",
        QStyle.StandardPixmap.SP_ComputerIcon,
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "Partner"),
        "ui.partners.page:PartnersPage",
        QStyle.StandardPixmap.SP_DirHomeIcon,
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "Ansprechpersonen"),
        "ui.contacts.page:ContactsPage",
        QStyle.StandardPixmap.SP_FileDialogContentsView,
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "Veranstaltungen"),
        "ui.events.page:EventsPage",
        QStyle.StandardPixmap.SP_FileDialogDetailedView,
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "Dubletten"),
        "ui.duplicates_page:DuplicatesPage",
        QStyle.StandardPixmap.SP_FileDialogListView,
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "Protokoll"),
        "ui.audit_page:AuditPage",
        QStyle.StandardPixmap.SP_FileIcon,
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "Einstellungen"),
        "ui.settings_page:SettingsPage",
        QStyle.StandardPixmap.SP_FileDialogInfoView,
    ),
)

MENU_INSTALLERS = (
    "ui.export_actions",
    "ui.import_actions",
    "ui.backup_actions",
    "ui.privacy_actions",
    "ui.help_dialog",
)
DB_FILTER = QT_TRANSLATE_NOOP("MainWindow", "Aktif-Datenbank (*.db);;Alle Dateien (*)")


def load_class(spec: str) -> type | None:
    """Import ``"module:Class"``; return None (with a warning) when the module is missing."""
    module_name, _, class_name = spec.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as error:
        if error.name and module_name.startswith(error.name):
            log.warning("page module %s is missing; skipped", module_name)
            return None
        raise
    return getattr(module, class_name)  # type: ignore[no-any-return]


class MainWindow(QMainWindow):
    """The application window.

    Signals:
        database_changed(): another database file was opened (or the data was replaced).

    Attributes:
        database_path: the open database file.
        pages: page title -> page widget, in sidebar order.
    """

    database_changed = Signal()

    def __init__(self, database_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database_path = Path(database_path)
        self.pages: dict[str, QWidget] = {}
        self._stale: set[str] = set()
        self._menus: dict[str, QMenu] = {}
        self.setWindowIcon(app_icon())
        self.setMinimumSize(QSize(960, 600))
        self._build_body()
        self._build_menus()
        self.statusBar().showMessage(self.tr("Bereit"))
        self._install_menus()
        self._restore_geometry()
        self.update_title()
        self.show_start()

    # Building ---------------------------------------------------------------------------
    def _build_body(self) -> None:
        from ui.welcome_page import WelcomePage

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
        for title, spec, icon in PAGES:
            page_class = load_class(spec)
            if page_class is None:
                continue
            page = page_class(self.stack)
            shown = QCoreApplication.translate("MainWindow", title)
            self.pages[title] = page
            self.stack.addWidget(page)
            if hasattr(page, "mark_stale"):  # pages that skip reloads of unchanged data
                self.database_changed.connect(page.mark_stale)
            item = QListWidgetItem(self.style().standardIcon(icon), shown)
            item.setData(Qt.ItemDataRole.UserRole, title)
            self.sidebar.addItem(item)
        self.sidebar.currentRowChanged.connect(self._sidebar_changed)
        self.outer.addWidget(self.welcome)
        self.outer.addWidget(body)
        self.body = body
        self.setCentralWidget(self.outer)
        dashboard = self.pages.get("Übersicht")
        if dashboard is not None and hasattr(dashboard, "event_requested"):
            dashboard.event_requested.connect(self.open_event)
        partners = self.pages.get("Partner")
        if partners is not None and hasattr(partners, "contact_requested"):
            partners.contact_requested.connect(self.open_contact)
            partners.new_contact_requested.connect(self.new_contact_at)

    def _build_menus(self) -> None:
        file_menu = self.menu(self.tr("Datei"))
        self._action(file_menu, self.tr("Neue Datenbank anlegen…"), self.new_database_dialog)
        self._action(
            file_menu, self.tr("Datenbank öffnen…"), self.open_database_dialog, QKeySequence.Open
        )
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Beenden"), self.close, QKeySequence("Ctrl+Q"))
        edit_menu = self.menu(self.tr("Bearbeiten"))
        self._action(edit_menu, self.tr("Neuer Eintrag"), self.new_record, QKeySequence("Ctrl+N"))
        self._action(edit_menu, self.tr("Suchen"), self.focus_search, QKeySequence("Ctrl+F"))
        view_menu = self.menu(self.tr("Ansicht"))
        for number, title in enumerate(self.pages, start=1):
            shown = QCoreApplication.translate("MainWindow", title)
            self._action(
                view_menu,
                shown,
                lambda _=False, t=title: self.show_page(t),
                QKeySequence(f"Ctrl+{number}") if number <= 9 else None,
            )
        view_menu.addSeparator()
        self._action(view_menu, self.tr("Neu laden"), self.reload_all, QKeySequence("F5"))
        help_menu = self.menu(self.tr("Hilfe"))
        self._action(help_menu, self.tr("Über Aktif Desktop"), self.show_about)
        self._help_menu = help_menu

    def _action(self, menu: QMenu, text: str, slot: Any, shortcut: Any = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _install_menus(self) -> None:
        for name in MENU_INSTALLERS:
            try:
                module = importlib.import_module(name)
            except ModuleNotFoundError as error:
                if error.name and name.startswith(error.name):
                    log.warning("menu installer %s is missing; skipped", name)
                    continue
                raise
            module.install(self)

    # API for pages and menu installers ------------------------------------------------
    def menu(self, title: str) -> QMenu:
        """Return the top-level menu ``title``, creating it before "Hilfe" if needed."""
        if title in self._menus:
            return self._menus[title]
        menu = QMenu(title, self)
        help_menu = getattr(self, "_help_menu", None)
        if help_menu is not None:
            self.menuBar().insertMenu(help_menu.menuAction(), menu)
        else:
            self.menuBar().addMenu(menu)
        self._menus[title] = menu
        return menu

    def page(self, title: str) -> QWidget | None:
        """Return the page of ``title`` (the German source title), or None if not loaded."""
        return self.pages.get(title)

    def current_page(self) -> QWidget | None:
        widget = self.stack.currentWidget()
        return widget if self.outer.currentWidget() is self.body else None

    def current_event_id(self) -> int | None:
        """Return the event selected on the events page, or None."""
        events = self.pages.get("Veranstaltungen")
        if events is None or not hasattr(events, "current_event_id"):
            return None
        return events.current_event_id()  # type: ignore[no-any-return]

    def show_status(self, text: str) -> None:
        """Show a short note in the status bar."""
        self.statusBar().showMessage(text, 8000)

    def reload_all(self) -> None:
        """Reload the current page now and every other page when it is next shown."""
        self._stale = set(self.pages)
        self.update_title()
        current = self.current_page()
        if current is not None:
            self._reload(current)

    # Navigation -------------------------------------------------------------------------
    def show_start(self) -> None:
        """Show the welcome page on an empty, unconfigured database, else the dashboard."""
        if self._needs_welcome():
            self.welcome.reset()
            self.outer.setCurrentWidget(self.welcome)
            self.menuBar().setEnabled(True)
            return
        self.outer.setCurrentWidget(self.body)
        self._stale = set(self.pages)
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

    def show_page(self, title: str) -> bool:
        """Switch to the page ``title``; False if it is missing or the user stayed."""
        if title not in self.pages:
            return False
        row = list(self.pages).index(title)
        self.sidebar.setCurrentRow(row)
        return self.sidebar.currentRow() == row and self.stack.currentWidget() is self.pages[title]

    def _sidebar_changed(self, row: int) -> None:
        if row < 0:
            return
        title = list(self.pages)[row]
        page = self.pages[title]
        leaving = self.stack.currentWidget()
        if leaving is not page and not self._may_leave(leaving):
            self.sidebar.blockSignals(True)
            self.sidebar.setCurrentRow(self.stack.indexOf(leaving))
            self.sidebar.blockSignals(False)
            return
        self.stack.setCurrentWidget(page)
        self._reload(page)

    def _may_leave(self, page: QWidget | None) -> bool:
        can_leave = getattr(page, "can_leave", None)
        return bool(can_leave()) if can_leave is not None else True

    def _reload(self, page: QWidget) -> None:
        try:
            page.reload()  # type: ignore[attr-defined]
        except AktifError as error:
            show_error(self, self.tr("Fehler"), error.message)
        title = next((t for t, p in self.pages.items() if p is page), None)
        self._stale.discard(title or "")

    def open_event(self, event_id: int) -> None:
        """Show the event ``event_id`` on the events page."""
        events = self.pages.get("Veranstaltungen")
        if events is None or not self.show_page("Veranstaltungen"):
            return
        if hasattr(events, "open_event"):
            events.open_event(event_id)

    def open_contact(self, contact_id: int) -> None:
        """Show the contact ``contact_id`` on the Ansprechpersonen page."""
        page = self.pages.get("Ansprechpersonen")
        if page is not None and self.show_page("Ansprechpersonen"):
            page.open_contact(contact_id)  # type: ignore[attr-defined]

    def new_contact_at(self, organisation_id: int) -> None:
        """Start a new contact at ``organisation_id`` on the Ansprechpersonen page."""
        page = self.pages.get("Ansprechpersonen")
        if page is not None and self.show_page("Ansprechpersonen"):
            page.new_record(organisation_id)  # type: ignore[attr-defined]

    def focus_search(self) -> None:
        """Strg+F: the page's ``focus_search()``, else its ``search`` field, if any."""
        page = self.current_page()
        if page is None:
            return
        if hasattr(page, "focus_search"):
            page.focus_search()
            return
        field = getattr(page, "search", None)
        if isinstance(field, QLineEdit):
            field.setFocus()
            field.selectAll()

    def new_record(self) -> None:
        """Strg+N: the page's ``new_record()`` (or ``new_event()`` on the events page)."""
        page = self.current_page()
        method = getattr(page, "new_record", None) or getattr(page, "new_event", None)
        if method is not None:
            method()

    # Database ---------------------------------------------------------------------------
    def open_database_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Datenbank öffnen"),
            str(self.database_path.parent),
            QCoreApplication.translate("MainWindow", DB_FILTER),
        )
        if path:
            self.switch_database(Path(path))

    def new_database_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Neue Datenbank anlegen"),
            str(self.database_path.parent / "aktif-neu.db"),
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

    def switch_database(self, path: Path) -> bool:
        """Open ``path`` (created if new) instead of the current database; False if refused."""
        if not self._may_leave(self.current_page()):
            return False
        previous = self.database_path
        try:
            open_database_file(path)
        except AktifError as error:
            show_error(self, self.tr("Datenbank öffnen"), error.message)
            open_database_file(previous)
            return False
        self.database_path = Path(path)
        for page in self.pages.values():
            if hasattr(page, "forget_selection"):
                page.forget_selection()
        self.database_changed.emit()
        self.show_status(self.tr("Datenbank geöffnet: {path}").format(path=path))
        self.update_title()
        self.show_start()
        return True

    def update_title(self) -> None:
        """Title: "Aktif Desktop – <Verbund name> – <db file>"."""
        try:
            name = settings.load_settings().verbund_name
        except AktifError:
            name = ""
        parts = ["Aktif Desktop", name, self.database_path.name]
        self.setWindowTitle(" – ".join(part for part in parts if part))

    # Help and window state ----------------------------------------------------------------
    def show_about(self) -> None:
        from ui.about_dialog import AboutDialog

        AboutDialog(self).exec()

    def _restore_geometry(self) -> None:
        stored = QSettings().value("main_window/geometry")
        if isinstance(stored, QByteArray) and self.restoreGeometry(stored):
            return
        self.resize(1280, 800)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_leave(self.current_page()):
            event.ignore()
            return
        QSettings().setValue("main_window/geometry", self.saveGeometry())
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
