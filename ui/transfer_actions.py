""" "Datei → Auf den Server übertragen…" and "Datei → Arbeitskopie vom Server speichern…".

Both call :func:`aktif_desktop.services.transfer.transfer` on the UI thread under a wait cursor.
``transfer`` leaves no database open, so the one that was open is opened again afterwards —
also when the transfer failed. A working copy refused as the source shows the core's German
sentence and offers "Kopie trotzdem übertragen". The window needs ``database_path`` (the open
location) and ``switch_database(location)``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from aktif_desktop import messages
from aktif_desktop.errors import AktifError
from aktif_desktop.services import transfer as transferring
from aktif_desktop.services.server_access import Location, ServerTarget, is_server_url
from ui import server_password
from ui.open_database_dialog import DB_FILTER, reopen, start_folder
from ui.server_form import ServerForm, problem_label
from ui.widgets.dialogs import ask_yes_no, show_error, show_info

_COPY_REFUSAL_TAIL = messages.TRANSFER_SOURCE_IS_COPY.rsplit("}", 1)[1][:60]


def _tr(text: str) -> str:
    return QCoreApplication.translate("TransferActions", text)


class ServerTargetDialog(QDialog):
    """Asks which (empty) server database the open file is copied into."""

    def __init__(self, source: Location, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Auf den Server übertragen"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Die geöffnete Datei „%1“ wird vollständig in eine leere Datenbank auf dem "
                "Server kopiert (alle Einträge, der Verlauf und die Einstellungen). Die Datei "
                "selbst bleibt unverändert."
            ).replace("%1", str(source)),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.form = ServerForm(self)
        self.form.load_last()
        layout.addWidget(self.form)
        self.problem_label = problem_label(self)
        layout.addWidget(self.problem_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Übertragen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def accept(self) -> None:
        problem = self.form.problem()
        if problem:
            self.problem_label.setText(problem)
            self.problem_label.show()
            return
        self.form.save_last()
        super().accept()


def ask_server_target(window: Any, source: Location) -> ServerTarget | None:
    """The server database to copy into (its typed password handed to the session), or None."""
    dialog = ServerTargetDialog(source, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    target = dialog.form.target()
    server_password.hand_over(
        target, dialog.form.typed_password(), remember=dialog.form.wants_remember()
    )
    return target


def ask_copy_target(window: Any) -> Path | None:
    """The new file for the working copy, or None."""
    suggestion = start_folder(None) / "aktif-arbeitskopie.db"
    path, _ = QFileDialog.getSaveFileName(
        window,
        _tr("Arbeitskopie vom Server speichern"),
        str(suggestion),
        QCoreApplication.translate("MainWindow", DB_FILTER),
    )
    if not path:
        return None
    target = Path(path)
    return target if target.suffix else target.with_suffix(".db")


def offer_copy_anyway(window: Any, text: str) -> bool:
    """The refusal of a working copy as the source, with "Kopie trotzdem übertragen"."""
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Auf den Server übertragen"), text, window)
    anyway = box.addButton(_tr("Kopie trotzdem übertragen"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is anyway


def _is_copy_refusal(error: AktifError) -> bool:
    return _COPY_REFUSAL_TAIL in error.message


def run_transfer(
    window: Any, source: Location, target: Location, title: str
) -> transferring.TransferResult | None:
    """Transfer under a wait cursor, reopen what was open, show any failure; the result."""
    allow_copy = False
    while True:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = transferring.transfer(source, target, allow_copy=allow_copy)
            failure: AktifError | None = None
        except AktifError as error:
            result, failure = None, error
        finally:
            problem = reopen(window.database_path)
            QApplication.restoreOverrideCursor()
        if problem is not None:
            show_error(window, title, problem)
        if failure is None:
            server_password.opened(target)
            return result
        server_password.refused(target)
        if not allow_copy and _is_copy_refusal(failure):
            if offer_copy_anyway(window, failure.message):
                allow_copy = True
                continue
            return None
        show_error(window, title, failure.message)
        return None


def to_server(window: Any) -> bool:
    """Copy the open file into an empty server database; offer to open it afterwards."""
    source = window.database_path
    title = _tr("Auf den Server übertragen")
    if is_server_url(source):
        show_error(window, title, _tr("Es ist schon eine Serverdatenbank geöffnet."))
        return False
    target = ask_server_target(window, source)
    if target is None:
        return False
    result = run_transfer(window, source, target.url(), title)
    if result is None:
        return False
    question = _tr("%1\n\nMöchten Sie die Datenbank auf dem Server jetzt öffnen?").replace(
        "%1", result.summary()
    )
    if ask_yes_no(window, title, question):
        window.switch_database(target.url())
    return True


def from_server(window: Any) -> bool:
    """Write the open server database into a new file for working offline."""
    source = window.database_path
    title = _tr("Arbeitskopie vom Server speichern")
    if not is_server_url(source):
        show_error(window, title, _tr("Bitte öffnen Sie zuerst eine Serverdatenbank."))
        return False
    target = ask_copy_target(window)
    if target is None:
        return False
    result = run_transfer(window, source, target, title)
    if result is None:
        return False
    show_info(window, title, result.summary())
    return True


def add_entries(window: Any, menu: QMenu) -> tuple[QAction, QAction]:
    """The two entries of the Datei menu; :func:`update_entries` enables the fitting one."""
    upload = QAction(_tr("Auf den Server übertragen…"), window)
    upload.triggered.connect(lambda _checked=False: to_server(window))
    download = QAction(_tr("Arbeitskopie vom Server speichern…"), window)
    download.triggered.connect(lambda _checked=False: from_server(window))
    menu.addAction(upload)
    menu.addAction(download)
    return upload, download


def update_entries(entries: tuple[QAction, QAction], location: Location) -> None:
    """A file can go to the server; only a server database can be saved as a working copy."""
    upload, download = entries
    server = is_server_url(location)
    upload.setEnabled(not server)
    download.setEnabled(server)
