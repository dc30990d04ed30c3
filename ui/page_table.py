"""Which pages the main window has, in sidebar order: id, German title, class and icon.

The page classes are imported here statically (a page missing from an installation fails the
import loudly, at start and in the self-test); nothing is looked up by name.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QStyle

from ui.audit_page import AuditPage
from ui.cases.page import CasesPage
from ui.contacts.page import ContactsPage
from ui.dashboard_page import DashboardPage
from ui.duplicates_page import DuplicatesPage
from ui.events.page import EventsPage
from ui.pages import Page, PageId
from ui.partners.page import PartnersPage
from ui.reports.page import ReportsPage
from ui.settings_page import SettingsPage


def _title(text: object) -> str:
    """A text marked for lupdate (context "MainWindow"), translated when shown."""
    return str(text)


@dataclass(frozen=True, slots=True)
class PageSpec:
    """One sidebar entry: the page's id, German source title, class and icon."""

    page_id: PageId
    title: str
    page_class: type[Page]
    icon: QStyle.StandardPixmap


PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        PageId.DASHBOARD,
        _title(QT_TRANSLATE_NOOP("MainWindow", "Übersicht")),
        DashboardPage,
        QStyle.StandardPixmap.SP_ComputerIcon,
    ),
    PageSpec(
        PageId.PARTNERS,
        _title(QT_TRANSLATE_NOOP("MainWindow", "Partner")),
        PartnersPage,
        QStyle.StandardPixmap.SP_DirHomeIcon,
    ),
    PageSpec(
        PageId.CONTACTS,
        _title(QT_TRANSLATE_NOOP("MainWindow", "Ansprechpersonen")),
        ContactsPage,
        QStyle.StandardPixmap.SP_FileDialogContentsView,
    ),
    PageSpec(
        PageId.EVENTS,
        _title(QT_TRANSLATE_NOOP("MainWindow", "Veranstaltungen")),
        EventsPage,
        QStyle.StandardPixmap.SP_FileDialogDetailedView,
    ),
    PageSpec(
        PageId.CASES,
        _title(QT_TRANSLATE_NOOP("MainWindow", "Familien")),
        CasesPage,
        QStyle.StandardPixmap.SP_DirLinkIcon,
    ),
    PageSpec(
        PageId.REPORTS,
        _title(QT_TRANSLATE_NOOP("MainWindow", "Berichte")),
        ReportsPage,
        QStyle.StandardPixmap.SP_FileDialogInfoView,
    ),
    PageSpec(
        PageId.DUPLICATES,
        _title(QT_TRANSLATE_NOOP("MainWindow", "Dubletten")),
        DuplicatesPage,
        QStyle.StandardPixmap.SP_FileDialogListView,
    ),
    PageSpec(
        PageId.AUDIT,
        _title(QT_TRANSLATE_NOOP("MainWindow", "Protokoll")),
        AuditPage,
        QStyle.StandardPixmap.SP_FileIcon,
    ),
    PageSpec(
        PageId.SETTINGS,
        _title(QT_TRANSLATE_NOOP("MainWindow", "Einstellungen")),
        SettingsPage,
        QStyle.StandardPixmap.SP_FileDialogInfoView,
    ),
)
