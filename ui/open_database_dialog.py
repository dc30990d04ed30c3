""" "Datei → Datenbank öffnen…": a database file or a shared database on a PostgreSQL server.

Two tabs: "Datei" (a path and "Durchsuchen…") and "Server" (:class:`ui.server_form.
ServerForm`). :func:`choose_location` returns the chosen location — a ``Path``, or the server's
URL *without* the password; a typed password goes to :mod:`ui.server_password`. Also here: the
main window's title for a location, the folder a file dialog starts in, and reopening the
database that was open before (after a refused switch or a transfer).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from aktif_desktop import messages, paths
from aktif_desktop.errors import AktifError
from aktif_desktop.services.server_access import Location, ServerTarget, as_location, is_server_url
from aktif_desktop.services.session import open_database_file
from aktif_desktop.services.transfer import copy_origin, shown
from ui import server_password
from ui.server_form import ServerForm, problem_label

__all__ = ["DB_FILTER", "OpenDatabaseDialog", "choose_location", "shown"]

DB_FILTER = str(QT_TRANSLATE_NOOP("MainWindow", "Aktif-Datenbank (*.db);;Alle Dateien (*)"))
FILE_TAB, SERVER_TAB = 0, 1


def start_folder(location: Location | None) -> Path:
    """The folder a file dialog opens in: the open file's folder, else the data folder."""
    if location is None or is_server_url(location):
        return paths.data_dir()
    return Path(location).parent


def kept_location(location: Location) -> Location:
    """``location`` as the window keeps it: a server URL loses its password (which stays in
    this session's memory only), a file path stays a path."""
    if not is_server_url(location):
        return as_location(location)
    target = ServerTarget.parse(str(location))
    if target.password:
        server_password.hand_over(target, target.password)
    return target.url()


def reopen(location: Location) -> str | None:
    """Open ``location`` again; the German reason when that failed, else None."""
    try:
        open_database_file(location)
    except AktifError as error:
        return error.message
    return None


def window_title(location: Location, verbund_name: str) -> str:
    """ "Aktif Desktop – <Verbund> – aktif.db" (an offline copy of a server: "… (Kopie)"), or
    "Aktif Desktop – <Verbund> – aktif auf server:5432" for a server database."""
    if is_server_url(location):
        where = ServerTarget.parse(str(location)).display()
    else:
        where = Path(location).name
        try:
            origin = copy_origin()
        except AktifError:
            origin = None
        if origin is not None:
            where = f"{where} ({messages.TRANSFER_COPY_TITLE})"
    return " – ".join(part for part in ("Aktif Desktop", verbund_name, where) if part)


class OpenDatabaseDialog(QDialog):
    """Choose a database file or a server database; ``location()`` is the choice."""

    def __init__(self, current: Location | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Datenbank öffnen"))
        self.current = current
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs)

        file_tab = QWidget(self.tabs)
        file_layout = QVBoxLayout(file_tab)
        file_layout.addWidget(QLabel(self.tr("Datenbankdatei:"), file_tab))
        row = QHBoxLayout()
        self.path = QLineEdit(file_tab)
        self.path.setPlaceholderText(self.tr("zum Beispiel C:\\Verbund\\aktif.db"))
        self.browse = QPushButton(self.tr("Durchsuchen…"), file_tab)
        self.browse.clicked.connect(self.choose_file)
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        file_layout.addLayout(row)
        hint = QLabel(
            self.tr(
                "Eine Datenbankdatei auf diesem Rechner oder einem Netzlaufwerk. Für die "
                "gemeinsame Datenbank des Verbunds auf einem PostgreSQL-Server wählen Sie "
                "„Server“."
            ),
            file_tab,
        )
        hint.setWordWrap(True)
        file_layout.addWidget(hint)
        file_layout.addStretch(1)
        self.tabs.addTab(file_tab, self.tr("Datei"))

        self.server = ServerForm(self.tabs)
        self.server.load_last()
        self.tabs.addTab(self.server, self.tr("Server"))

        self.problem_label = problem_label(self)
        layout.addWidget(self.problem_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Open).setText(self.tr("Öffnen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        if current is not None and is_server_url(current):
            self.server.set_target(ServerTarget.parse(str(current)))
            self.tabs.setCurrentIndex(SERVER_TAB)
        else:
            self.tabs.setCurrentIndex(FILE_TAB)
        self.resize(560, 420)

    def choose_file(self) -> None:
        """ "Durchsuchen…": the file dialog, in the open file's folder."""
        folder = str(start_folder(self.current))
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Datenbank öffnen"),
            folder,
            QCoreApplication.translate("MainWindow", DB_FILTER),
        )
        if path:
            self.path.setText(path)

    def problem(self) -> str:
        if self.tabs.currentIndex() == SERVER_TAB:
            return self.server.problem()
        if not self.path.text().strip():
            return self.tr("Bitte wählen Sie eine Datenbankdatei.")
        return ""

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.problem_label.setText(problem)
            self.problem_label.show()
            return
        if self.tabs.currentIndex() == SERVER_TAB:
            self.server.save_last()
            server_password.hand_over(
                self.server.target(),
                self.server.typed_password(),
                remember=self.server.wants_remember(),
            )
        super().accept()

    def location(self) -> Location:
        """The chosen file, or the server's URL without the password."""
        if self.tabs.currentIndex() == SERVER_TAB:
            return self.server.target().url()
        return Path(self.path.text().strip()).expanduser()


def choose_location(parent: QWidget | None, current: Location | None) -> Location | None:
    """Run the dialog; the chosen location, or None when cancelled."""
    dialog = OpenDatabaseDialog(current, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.location()
