"""The running part of every export entry: ask for the file, check the target, ask before
replacing, run the core export as a background job with a progress dialog, then show the
notice "Öffnen" / "Ordner öffnen" or the German error.

:class:`ExportRunner` is the base of the Export menu's controller (``ui.export_actions``) and
of the Lotsen documents' (``ui.casework_document_actions``). The file dialogs start in
Documents and then in the folder used last for the kind of file (``ui.widgets.file_dialogs``).
The core writes to a temporary file and renames it only when complete, so "Abbrechen" leaves
nothing behind.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from aktif_desktop.exports.common import ExportResult, safe_filename
from aktif_desktop.files import safe_write
from aktif_desktop.services import certificates as certificate_register
from ui.export_dialogs import ask_replace, existing_files, target_problem
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


class ExportRunner(QObject):
    """Runs export jobs for one window (the base of the export controllers).

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
            self._show(QMessageBox.Icon.Warning, _tr("Export nicht möglich"), problem)
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
        self._show(QMessageBox.Icon.Warning, _tr("Export nicht möglich"), message)

    # Helpers -------------------------------------------------------------------------------
    def _status(self, text: str) -> None:
        """A line in the window's status bar (a window without one, e.g. a dialog: nothing)."""
        show = getattr(self.window, "show_status", None)
        if callable(show):
            show(text)

    def _show(
        self,
        icon: QMessageBox.Icon,
        title: str,
        text: str,
        actions: Sequence[tuple[str, Callable[[], object]]] = (),
    ) -> QMessageBox:
        """A non-modal message box (kept in ``message``), so nothing blocks the window.

        It has "OK" and a button for each of ``actions`` (which closes the box, then acts).
        All buttons are added before it opens: a box opened without buttons adds its own OK.
        """
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, self._parent())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for label, act in actions:
            button = box.addButton(label, QMessageBox.ButtonRole.ActionRole)
            button.clicked.connect(box.close)
            button.clicked.connect(lambda _checked=False, a=act: a())
        box.addButton(QMessageBox.StandardButton.Ok)
        self.message = box
        box.open()
        return box

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
