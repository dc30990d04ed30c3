"""Menu "Export": Excel lists, signature list, certificates, phone directory, calendar files,
and the Lotsen documents (stamp labels, offers guide; ``ui.casework_document_actions``).

``install(window)`` adds the menu. Each entry asks for its options and a file or folder, then
runs the core export (``aktif_desktop.exports``) off the UI thread through ``ui.worker.Job``
with a progress dialog whose "Abbrechen" stops it cleanly (the core writes to a temporary file
and renames it only when complete). Afterwards a notice in the window (nothing modal) offers
"Öffnen" and "Ordner öffnen"; a failure shows its German sentence. The file dialogs start in
Documents and then in the folder used last for the kind of file (``ui.widgets.file_dialogs``).

The window must provide ``menu(title)``, ``current_event_id()`` and ``show_status(text)``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog, QWidget

from aktif_desktop.errors import AktifError
from aktif_desktop.exports.common import ExportResult, safe_filename
from aktif_desktop.files import safe_write
from aktif_desktop.services import certificates as certificate_register
from aktif_desktop.services import events
from ui.export_dialogs import (
    ExportChoice,
    ExportOptionsDialog,
    ask_replace,
    existing_files,
    target_problem,
    this_year,
)
from ui.widgets import file_dialogs
from ui.widgets.message_bar import NoticeBar, window_notice
from ui.worker import Job, start_job


def _exports(name: str) -> ModuleType:
    """Import an export module when an export runs, not when the menu is built.

    openpyxl and reportlab take about a quarter of a second to import; the window should not
    wait for them at start.
    """
    return importlib.import_module(f"aktif_desktop.exports.{name}")


XLSX_FILTER = "Excel-Arbeitsmappe (*.xlsx)"
PDF_FILTER = "PDF-Dokument (*.pdf)"
ICS_FILTER = "iCalendar-Datei (*.ics)"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportActions", text)


def open_folder(folder: Path) -> None:
    """Open ``folder`` in the file manager (Explorer on Windows)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def open_file(path: Path) -> None:
    """Open ``path`` with the program the system has for it (Excel, the PDF viewer, …)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _file_kind(name: str) -> str:
    """The kind of file (for the remembered folder) of a suggested file name."""
    suffix = Path(name).suffix.lower().lstrip(".")
    return suffix if suffix in file_dialogs.KINDS else file_dialogs.PDF


def show_saved(window: Any, path: Path, note: str = "", text: str = "") -> NoticeBar:
    """The non-blocking notice "Export fertig" in ``window`` with "Öffnen" and "Ordner öffnen".

    ``text`` replaces "Export fertig: <file name>"; ``note`` is added after it.
    """
    folder = path if path.is_dir() else path.parent
    actions: list[tuple[str, Callable[[], object]]] = []
    if not path.is_dir():
        actions.append((_tr("Öffnen"), lambda: open_file(path)))
    actions.append((_tr("Ordner öffnen"), lambda: open_folder(folder)))
    text = text or _tr("Export fertig: %1").replace("%1", path.name)
    if note:
        text += " – " + note
    bar = window_notice(window if isinstance(window, QWidget) else None)
    bar.show_notice(text, actions, tooltip=str(path) + ("\n\n" + note if note else ""))
    return bar


class ExportController(QObject):
    """Runs the export entries for one main window.

    Attributes:
        job: the running (or last) export job.
        progress: the progress dialog of the running job.
        message: the last message box shown (refusal or error), non-modal.
        notice: the window's notice that shows a finished export (with its buttons).
        result: the result of the last finished export, or None.
    """

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.job: Job | None = None
        self.progress: QProgressDialog | None = None
        self.message: QMessageBox | None = None
        self.notice: NoticeBar | None = None
        self.result: ExportResult | None = None

    # Seams for the dialogs (tests replace these) ------------------------------------------
    def ask_options(self, dialog: ExportOptionsDialog) -> ExportChoice | None:
        """Show the options dialog modally; None when cancelled."""
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_file(self, title: str, suggested: str, file_filter: str) -> Path | None:
        """Ask where to save; None when cancelled.

        Starts in the folder used last for this kind of file (by the suffix of ``suggested``).
        We ask about replacing ourselves (after the suffix is added and the target checked).
        """
        path, _ = file_dialogs.save_file(
            self._parent(), title, _file_kind(suggested), suggested, file_filter
        )
        return path

    def ask_replace(self, path: Path, count: int = 1) -> bool:
        """Ask whether existing files may be replaced (German question dialog)."""
        return ask_replace(self._parent(), path, count)

    def ask_folder(self, title: str) -> Path | None:
        """Ask for a folder; None when cancelled."""
        return file_dialogs.choose_folder(self._parent(), title, file_dialogs.PDF)

    # Menu entries --------------------------------------------------------------------------
    def export_list(self, kind: str) -> None:
        """Excel list ``kind`` (partners, contacts, plan, participants)."""
        spec = _exports("lists").LISTS[kind]
        event = None
        if kind == "participants":
            event = self._current_event()
            if event is None:
                return
        consent = {
            "contacts": _tr(
                "Auch Personen ohne Einwilligung zur Weitergabe aufnehmen (nur intern)"
            ),
            "participants": _tr(
                "Auch bei Personen ohne Einwilligung alle Angaben aufnehmen (nur intern)"
            ),
        }.get(kind, "")
        dialog = ExportOptionsDialog(
            _tr("%1 exportieren").replace("%1", spec.title),
            kind=kind,
            columns=[(column.code, column.header) for column in spec.columns],
            default_columns=spec.default_codes,
            consent_text=consent,
            year=this_year() if kind == "plan" else None,
            parent=self._parent(),
        )
        choice = self.ask_options(dialog)
        if choice is None:
            return
        suggested = {
            "plan": f"Jahresplan {choice.year}",
            "participants": f"Teilnahmeliste {event.title if event else ''}",
        }.get(kind, spec.title)
        path = self.ask_file(
            _tr("Excel-Datei speichern"), safe_filename(suggested) + ".xlsx", _tr(XLSX_FILTER)
        )
        if path is None:
            return
        path = path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")
        replace = self.confirm_target(path)
        if replace is None:
            return
        self.run(
            _exports("lists").export_list,
            kind,
            path,
            event_id=event.id if event else None,
            year=choice.year,
            columns=choice.columns,
            include_without_consent=choice.include_without_consent,
            replace=replace,
        )

    def export_signature_list(self) -> None:
        event = self._current_event()
        if event is None:
            return
        dialog = ExportOptionsDialog(
            _tr("Unterschriftenliste"),
            blank_rows=_exports("signature_list").DEFAULT_BLANK_ROWS,
            note=_tr(
                "Angemeldete Personen nach Nachnamen sortiert; Personen ohne Einwilligung zur "
                "Nennung auf Listen erscheinen nur mit ihrem Namen."
            ),
            parent=self._parent(),
        )
        choice = self.ask_options(dialog)
        if choice is None:
            return
        suggested = f"Unterschriftenliste {event.title} {event.start:%Y-%m-%d}"
        path = self._ask_pdf(suggested)
        replace = self.confirm_target(path)
        if path is not None and replace is not None:
            self.run(
                _exports("signature_list").write_signature_list,
                event.id,
                path,
                blank_rows=choice.blank_rows,
                replace=replace,
            )

    def export_certificates(self, one_file: bool) -> None:
        event = self._current_event()
        if event is None:
            return
        write = _exports("certificates").write_certificates
        if one_file:
            path = self._ask_pdf(f"Teilnahmebescheinigungen {event.title}")
            replace = self.confirm_target(path)
            if path is not None and replace is not None:
                self.run(write, event.id, pdf_file=path, replace=replace, register=True)
        else:
            folder = self.ask_folder(_tr("Ordner für die Teilnahmebescheinigungen wählen"))
            replace = self.confirm_target(folder, folder=True)
            if folder is not None and replace is not None:
                self.run(write, event.id, folder=folder, replace=replace, register=True)

    def export_directory(self) -> None:
        dialog = ExportOptionsDialog(
            _tr("Telefonverzeichnis"),
            consent_text=_tr(
                "Auch Personen ohne Einwilligung zur Weitergabe aufnehmen (nur intern)"
            ),
            note=_tr(
                "Das Verzeichnis wird an Partner weitergegeben. Es enthält deshalb nur "
                "Ansprechpersonen, die der Weitergabe zugestimmt haben."
            ),
            parent=self._parent(),
        )
        choice = self.ask_options(dialog)
        if choice is None:
            return
        path = self._ask_pdf("Goldene Telefonnummern")
        replace = self.confirm_target(path)
        if path is not None and replace is not None:
            self.run(
                _exports("directory").write_directory,
                path,
                include_without_consent=choice.include_without_consent,
                replace=replace,
            )

    def export_calendar(self, whole_year: bool) -> None:
        kwargs: dict[str, Any]
        if whole_year:
            dialog = ExportOptionsDialog(
                _tr("Jahresplan als Kalender"), year=this_year(), parent=self._parent()
            )
            choice = self.ask_options(dialog)
            if choice is None:
                return
            suggested, kwargs = f"Veranstaltungen {choice.year}", {"year": choice.year}
        else:
            event = self._current_event()
            if event is None:
                return
            suggested, kwargs = f"{event.title} {event.start:%Y-%m-%d}", {"event_id": event.id}
        path = self.ask_file(
            _tr("Kalenderdatei speichern"), safe_filename(suggested) + ".ics", _tr(ICS_FILTER)
        )
        if path is not None:
            path = path if path.suffix.lower() == ".ics" else path.with_name(path.name + ".ics")
            replace = self.confirm_target(path)
            if replace is not None:
                self.run(_exports("ics").write_ics, path, replace=replace, **kwargs)

    # Running -------------------------------------------------------------------------------
    def confirm_target(self, path: Path | None, *, folder: bool = False) -> bool | None:
        """Check ``path`` before the export runs; ask before replacing existing files.

        Returns whether existing files may be replaced, or None to stop (a forbidden target,
        shown in a message, or the user did not want to replace).
        """
        if path is None:
            return None
        problem = target_problem(path, folder=folder)
        if problem is not None:
            box = self._show(QMessageBox.Icon.Warning, _tr("Export nicht möglich"), problem)
            box.addButton(QMessageBox.StandardButton.Ok)
            return None
        existing = existing_files(path, folder=folder)
        if not existing:
            return False
        return True if self.ask_replace(path, len(existing)) else None

    def run(
        self,
        func: Callable[..., ExportResult],
        *args: Any,
        replace: bool = False,
        register: bool = False,
        **kwargs: Any,
    ) -> Job:
        """Run ``func`` as a background job with a cancellable progress dialog.

        ``replace``: the user agreed to replace existing files. ``register``: certificate
        numbers are drawn in the same step as the files are written.
        """
        job = Job(_safely, func, replace, register, *args, with_progress=True, **kwargs)
        progress = QProgressDialog(_tr("Export läuft …"), _tr("Abbrechen"), 0, 0, self._parent())
        progress.setWindowTitle(_tr("Export"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)  # quick exports finish without a flashing dialog
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(job.cancel)
        job.signals.progress.connect(self._on_progress)
        job.signals.finished.connect(self._on_finished)
        job.signals.failed.connect(self._on_failed)
        self.job, self.progress = job, progress
        start_job(job)
        return job

    def _on_progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(min(done, max(total, 1)))

    def _close_progress(self) -> None:
        if self.progress is not None:
            # QProgressDialog emits "canceled" when it is closed: not a cancel by the user.
            self.progress.canceled.disconnect()
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _on_finished(self, result: ExportResult) -> None:
        self._close_progress()
        self._status(_tr("Gespeichert: %1").replace("%1", str(result.path)))
        self.notice = show_saved(self.window, result.path, result.note or "")
        self.result = result

    def _on_failed(self, message: str) -> None:
        self._close_progress()
        if self.job is not None and self.job.cancelled:
            self._status(message)  # the user asked for it: no error box
            return
        box = self._show(QMessageBox.Icon.Warning, _tr("Export nicht möglich"), message)
        box.addButton(QMessageBox.StandardButton.Ok)

    # Helpers -------------------------------------------------------------------------------
    def _status(self, text: str) -> None:
        """A line in the window's status bar (a window without one, e.g. a dialog: nothing)."""
        show = getattr(self.window, "show_status", None)
        if callable(show):
            show(text)

    def _show(self, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        """A non-modal message box (kept in ``message``), so nothing blocks the window."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, self._parent())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message = box
        box.open()
        return box

    def _current_event(self) -> events.EventRow | None:
        event_id = self.window.current_event_id()
        if event_id is None:
            text = _tr("Bitte wählen Sie zuerst eine Veranstaltung aus.")
            self.window.show_status(text)
            box = self._show(QMessageBox.Icon.Information, _tr("Export"), text)
            box.addButton(QMessageBox.StandardButton.Ok)
            return None
        try:
            return events.get_event(event_id)
        except AktifError as error:
            self._show(QMessageBox.Icon.Warning, _tr("Export"), error.message).addButton(
                QMessageBox.StandardButton.Ok
            )
            return None

    def _ask_pdf(self, suggested: str) -> Path | None:
        path = self.ask_file(
            _tr("PDF-Datei speichern"), safe_filename(suggested) + ".pdf", _tr(PDF_FILTER)
        )
        if path is None:
            return None
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def _parent(self) -> QWidget | None:
        return self.window if isinstance(self.window, QWidget) else None


def _safely(
    func: Callable[..., ExportResult], replace: bool, register: bool, *args: Any, **kwargs: Any
) -> ExportResult:
    """Run one export in the worker thread through the safe write path."""
    if register:
        return certificate_register.issue_and_write(
            func, *args, replace=replace, create_folder=True, **kwargs
        )
    consent = bool(kwargs.get("include_without_consent", False))
    # The user chose the file in a dialog: a folder typed there is created.
    with safe_write.writing(replace=replace, without_consent=consent, create_folder=True):
        return func(*args, **kwargs)


def install(window: Any) -> None:
    """Add the "Export" menu to ``window``; the controller is kept as ``window.export_actions``."""
    # Imported here: that module builds on ExportController defined above.
    from ui.casework_document_actions import controller_for

    controller = ExportController(window)
    window.export_actions = controller
    documents = controller_for(window)
    menu = window.menu(_tr("Export"))
    entries: list[tuple[str, Callable[[], None]] | None] = [
        (_tr("Partnerliste (Excel) …"), lambda: controller.export_list("partners")),
        (_tr("Ansprechpersonen (Excel) …"), lambda: controller.export_list("contacts")),
        (_tr("Jahresplan (Excel) …"), lambda: controller.export_list("plan")),
        (
            _tr("Teilnahmeliste der Veranstaltung (Excel) …"),
            lambda: controller.export_list("participants"),
        ),
        None,
        (_tr("Unterschriftenliste (PDF) …"), controller.export_signature_list),
        (
            _tr("Teilnahmebescheinigungen – je Person eine PDF-Datei …"),
            lambda: controller.export_certificates(one_file=False),
        ),
        (
            _tr("Teilnahmebescheinigungen – alle in einer PDF-Datei …"),
            lambda: controller.export_certificates(one_file=True),
        ),
        (
            _tr("Telefonverzeichnis „Goldene Telefonnummern“ (PDF) …"),
            controller.export_directory,
        ),
        None,
        (
            _tr("Veranstaltung als Kalendereintrag (ICS) …"),
            lambda: controller.export_calendar(False),
        ),
        (_tr("Jahresplan als Kalender (ICS) …"), lambda: controller.export_calendar(True)),
        None,
        (_tr("Stempeletiketten (PDF) …"), documents.stamp_labels),
        (_tr("Wegweiser der Angebote (PDF) …"), lambda: documents.guide(excel=False)),
        (_tr("Wegweiser der Angebote (Excel) …"), lambda: documents.guide(excel=True)),
    ]
    for entry in entries:
        if entry is None:
            menu.addSeparator()
            continue
        text, handler = entry
        action = menu.addAction(text)
        action.triggered.connect(lambda _checked=False, h=handler: h())
