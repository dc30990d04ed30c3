"""Menu "Datenschutz": deletion periods, access report for one person or one family (by its
code), the log page.

``install(window)`` adds the entries. The window must provide ``menu(title)``,
``database_path``, ``reload_all()``, ``show_page(title)`` and ``show_status(text)``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from aktif_desktop.errors import AktifError
from aktif_desktop.exports.common import safe_filename
from aktif_desktop.files import reports
from aktif_desktop.services import cases, contacts, retention
from aktif_desktop.services.case_report import CaseReport
from aktif_desktop.services.person_report import PersonReport
from ui.events.picker import ContactPicker
from ui.export_actions import show_saved
from ui.export_dialogs import ask_replace, existing_files, target_problem
from ui.pages import PageId
from ui.retention_dialog import RetentionDialog
from ui.widgets import file_dialogs
from ui.widgets.message_bar import NoticeBar
from ui.worker import Job, start_job

MENU_TITLE = "Datenschutz"
XLSX_FILTER = "Excel-Arbeitsmappe (*.xlsx)"


def _tr(text: str) -> str:
    return QCoreApplication.translate("PrivacyActions", text)


class PersonChoiceDialog(QDialog):
    """Pick the person an access report is about.

    Attributes:
        picker: the search-as-you-type contact field.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Auskunft über eine Person"))
        self.picker = ContactPicker(self)
        # Every person, also inactive ones (an access request may come from them), but not
        # the anonymous placeholders of the deletion runs.
        self.picker.set_contacts(
            [r for r in contacts.list_contacts() if r.last_name != retention.ANONYMOUS_NAME]
        )
        text = QLabel(
            self.tr(
                "Die Auskunft enthält alles, was über die Person gespeichert ist (Art. 15 und 20 "
                "DSGVO), und keine Daten anderer Personen. Sie wird im Protokoll als Weitergabe "
                "vermerkt."
            ),
            self,
        )
        text.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.picker)
        layout.addWidget(buttons)
        self.resize(520, 160)


class PrivacyController(QObject):
    """Runs the Datenschutz entries for one main window.

    Attributes:
        job: the running (or last) report job.
        dialog: the open retention dialog, if any.
        notice: the window's notice that shows a saved report (with "Öffnen", "Ordner öffnen").
    """

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.job: Job | None = None
        self.dialog: RetentionDialog | None = None
        self.notice: NoticeBar | None = None

    # Seams (tests replace these) ---------------------------------------------------------
    def choose_person(self) -> int | None:
        dialog = PersonChoiceDialog(self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.picker.contact_id()

    def choose_file(self, suggestion: str) -> Path | None:
        """Ask where to save the report: Documents first, then the folder used last for one."""
        pdf_filter = _tr("PDF-Dokument (*.pdf)")
        path, chosen = file_dialogs.save_file(  # replacing is asked below, after the checks
            self.window if isinstance(self.window, QWidget) else None,
            _tr("Auskunft speichern"),
            file_dialogs.PERSON_REPORT,
            suggestion,
            f"{_tr(XLSX_FILTER)};;{pdf_filter}",
        )
        if path is not None and chosen == pdf_filter:  # written as PDF for a .pdf name
            return path.with_suffix(".pdf")
        return path

    def ask_code(self) -> str | None:
        """Ask for the family's code (a seam: tests answer it)."""
        text, ok = QInputDialog.getText(
            self.window if isinstance(self.window, QWidget) else None,
            _tr("Auskunft über eine Familie"),
            _tr("Code der Familie (z. B. F-2026-0042):"),
        )
        return text.strip() if ok and text.strip() else None

    def ask_replace(self, path: Path) -> bool:
        """Ask whether the existing file may be replaced (German question dialog)."""
        return ask_replace(self.window if isinstance(self.window, QWidget) else None, path)

    def show_message(self, title: str, text: str) -> None:
        QMessageBox.information(self.window, title, text)

    # Entries -----------------------------------------------------------------------------
    def open_retention(self) -> RetentionDialog:
        self.dialog = RetentionDialog(self.window, db_path=self.window.database_path)
        self.dialog.run_finished.connect(lambda _result: self.window.reload_all())
        self.dialog.open()
        return self.dialog

    def person_report(self) -> None:
        contact_id = self.choose_person()
        if contact_id is None:
            return
        person = contacts.get_contact(contact_id)
        target = self.choose_file(safe_filename(f"Auskunft {person.full_name}") + ".xlsx")
        if target is None:
            return
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        problem = target_problem(target)
        if problem is not None:
            self.show_message(_tr("Auskunft"), problem)
            return
        replace = bool(existing_files(target))
        if replace and not self.ask_replace(target):
            return
        job = Job(
            reports.write_person_report, contact_id, target, replace=replace, create_folder=True
        )
        job.signals.finished.connect(lambda report: self._report_done(report, target))
        job.signals.failed.connect(lambda message: self.show_message(_tr("Auskunft"), message))
        self.job = start_job(job)

    def _report_done(self, report: PersonReport, target: Path) -> None:
        """A notice in the window (nothing modal) with "Öffnen" and "Ordner öffnen"."""
        self.window.show_status(_tr("Auskunft gespeichert: %1").replace("%1", str(target)))
        text = (
            _tr("Die Auskunft über %1 wurde gespeichert: %2")
            .replace("%1", report.name)
            .replace("%2", target.name)
        )
        self.notice = show_saved(self.window, target, text=text)

    def case_report(self) -> None:
        """Art. 15 for a family: ask for the code, then write the PDF (or xlsx) off the UI
        thread; it is logged as a disclosure."""
        code = self.ask_code()
        if code is None:
            return
        try:
            case = cases.find_case(code)
        except AktifError as error:
            self.show_message(_tr("Auskunft"), error.message)
            return
        target = self.choose_file(f"Auskunft {case.code}.pdf")
        if target is None:
            return
        if target.suffix.lower() not in (".pdf", ".xlsx"):
            target = target.with_name(target.name + ".pdf")
        problem = target_problem(target)
        if problem is not None:
            self.show_message(_tr("Auskunft"), problem)
            return
        replace = bool(existing_files(target))
        if replace and not self.ask_replace(target):
            return
        job = Job(reports.write_case_report, case.code, target, replace=replace, create_folder=True)
        job.signals.finished.connect(lambda report: self._case_report_done(report, target))
        job.signals.failed.connect(lambda message: self.show_message(_tr("Auskunft"), message))
        self.job = start_job(job)

    def _case_report_done(self, report: CaseReport, target: Path) -> None:
        self.window.show_status(_tr("Auskunft gespeichert: %1").replace("%1", str(target)))
        text = (
            _tr("Die Auskunft über die Familie %1 wurde gespeichert: %2")
            .replace("%1", report.code)
            .replace("%2", target.name)
        )
        self.notice = show_saved(self.window, target, text=text)

    def show_log(self) -> None:
        self.window.show_page(PageId.AUDIT)


def install(window: Any) -> PrivacyController:
    """Add the "Datenschutz" menu to ``window``."""
    controller = PrivacyController(window)
    menu = window.menu(_tr(MENU_TITLE))
    entries = (
        (_tr("Löschfristen prüfen …"), controller.open_retention),
        (_tr("Auskunft über eine Person (Art. 15) …"), controller.person_report),
        (_tr("Auskunft über eine Familie (Art. 15) …"), controller.case_report),
        (_tr("Protokoll anzeigen"), controller.show_log),
    )
    for text, slot in entries:
        action = QAction(text, window)
        action.triggered.connect(lambda _checked=False, s=slot: s())
        menu.addAction(action)
    window.privacy_controller = controller
    return controller
