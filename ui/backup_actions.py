"""Menu "Datei": "Sicherung erstellen…" and "Sicherung wiederherstellen…".

A backup runs in the background (about 1 s for 30 MB); a restore runs on the UI thread, since
the database is closed and replaced under every page. The restore dialog lists the copies in
the backup folder, newest first, and lets the user pick another file.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from aktif_desktop.errors import AktifError
from aktif_desktop.services import server_backup, session
from aktif_desktop.services.server_access import is_server_url
from ui.table_model import ROW_ROLE, Column, RowTableModel
from ui.widgets.dialogs import ask_yes_no, show_error, show_info
from ui.worker import Job, start_job

log = logging.getLogger("aktif_desktop.ui")
FILE_FILTER = "Aktif-Sicherung (*.db);;Alle Dateien (*)"
_running: list[Job] = []


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackupActions", text)


def _size(size: int) -> str:
    return f"{size / 1_048_576:.1f} MB".replace(".", ",")


KIND_LABELS = {
    "automatisch": "automatisch (täglich)",
    "manuell": "von Hand",
    "vor-Wiederherstellung": "vor einer Wiederherstellung",
}


def kind_label(kind: str) -> str:
    """German text for the kind of a copy ("vor-Update-v2" -> "vor dem Update (Version 2)")."""
    if kind.startswith("vor-Update-v"):
        return _tr("vor dem Update (Version %1)").replace("%1", kind.removeprefix("vor-Update-v"))
    return _tr(KIND_LABELS.get(kind, kind))


class RestoreDialog(QDialog):
    """Pick a copy to restore: the backup folder's copies, or another file.

    Attributes:
        chosen: the file the user picked (None until then).
    """

    def __init__(self, database: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.chosen: Path | None = None
        self.setWindowTitle(_tr("Sicherung wiederherstellen"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            _tr(
                "Wählen Sie die Sicherung, deren Stand Sie zurückholen möchten. Der jetzige "
                "Stand wird vorher automatisch gesichert, es geht also nichts verloren."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model: RowTableModel[session.BackupInfo] = RowTableModel(
            [
                Column(
                    _tr("Erstellt"), lambda b: f"{b.created:%d.%m.%Y %H:%M}", lambda b: b.created
                ),
                Column(_tr("Art"), lambda b: kind_label(b.kind)),
                Column(_tr("Größe"), lambda b: _size(b.size), lambda b: b.size, align_right=True),
            ],
            self,
        )
        self.model.set_rows(session.list_backups(database))
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(0, max(self.table.columnWidth(0), 140))
        self.table.doubleClicked.connect(lambda _index: self._accept_selected())
        layout.addWidget(self.table, 1)
        self.empty = QLabel(_tr("Im Ordner „Sicherungen“ liegt noch keine Sicherung."))
        self.empty.setVisible(self.model.rowCount() == 0)
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(self)
        self.restore_button = buttons.addButton(
            _tr("Wiederherstellen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        other: QPushButton = buttons.addButton(
            _tr("Andere Datei…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button.clicked.connect(self._accept_selected)
        other.clicked.connect(self._choose_other)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if self.model.rowCount():
            self.table.selectRow(0)
        self.restore_button.setEnabled(self.model.rowCount() > 0)

    def _accept_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.chosen = self.model.data(rows[0], ROW_ROLE).path
            self.accept()

    def _choose_other(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, _tr("Sicherung wählen"), str(self.database.parent), _tr(FILE_FILTER)
        )
        if path:
            self.chosen = Path(path)
            self.accept()


def _database_path(window: Any) -> Path | str | None:
    return session.current_database() or getattr(window, "database_path", None)


def ask_backup_target(window: Any, database: Path) -> Path | None:
    """The save dialog, opened in the backup folder with a dated name."""
    suggestion = session.suggested_backup_path(database)
    path, _ = QFileDialog.getSaveFileName(
        window, _tr("Sicherung erstellen"), str(suggestion), _tr(FILE_FILTER)
    )
    if not path:
        return None
    target = Path(path)
    return target if target.suffix else target.with_suffix(".db")


def create_backup(window: Any) -> Job | None:
    """Ask where to, then write a checked copy in the background."""
    database = _database_path(window)
    if database is None:
        show_error(window, _tr("Sicherung erstellen"), _tr("Es ist keine Datenbank geöffnet."))
        return None
    on_server = is_server_url(database)
    # A server's copy goes into the data folder's Sicherungen (its kind decides the format).
    target = None if on_server else ask_backup_target(window, Path(database))
    if target is None and not on_server:
        return None
    job = Job(session.make_backup, target)

    def done(path: object) -> None:
        text = _tr("Die Sicherung wurde geschrieben und geprüft:\n%1").replace("%1", str(path))
        if on_server:
            note = server_backup.backup_note(Path(str(path)))
            text = "\n\n".join(part for part in (text, note) if part)
        show_info(window, _tr("Sicherung erstellt"), text)

    job.signals.finished.connect(done)
    job.signals.failed.connect(lambda text: show_error(window, _tr("Sicherung erstellen"), text))
    job.signals.finished.connect(lambda _r: _running.remove(job))
    job.signals.failed.connect(lambda _m: _running.remove(job))
    _running.append(job)
    if hasattr(window, "show_status"):
        window.show_status(_tr("Sicherung wird geschrieben …"))
    return start_job(job)


def ask_restore_source(window: Any, database: Path) -> Path | None:
    """The restore dialog; the chosen file or None."""
    dialog = RestoreDialog(database, window)
    return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None


def restore(window: Any) -> bool:
    """Pick a copy, confirm, restore it (current state saved first) and reload every page."""
    database = _database_path(window)
    if database is None:
        return False
    if is_server_url(database):
        show_info(
            window,
            _tr("Sicherung wiederherstellen"),
            _tr(
                "Eine Sicherung der Serverdatenbank wird in eine neue, leere Datenbank "
                "eingespielt, damit niemandem Änderungen verloren gehen. Bitte lassen Sie von "
                "Ihrer IT eine leere Datenbank anlegen und spielen Sie die Sicherung dort ein:\n"
                "aktif-desktop restore DATEI --db postgresql://…/neue-datenbank"
            ),
        )
        return False
    database = Path(database)
    if hasattr(window, "_may_leave") and not window._may_leave(window.current_page()):
        return False
    source = ask_restore_source(window, database)
    if source is None:
        return False
    question = _tr(
        "Den Stand aus „%1“ wiederherstellen? Der jetzige Stand wird vorher als Sicherung "
        "aufbewahrt."
    ).replace("%1", source.name)
    # Another database's copy, or one older than a deletion run: say so before asking.
    warnings = session.restore_preview(source, database).warnings
    if warnings:
        question = "\n\n".join((*warnings, question))
    if not ask_yes_no(window, _tr("Sicherung wiederherstellen"), question):
        return False
    try:
        result = session.restore_backup(source, database)
    except AktifError as error:
        show_error(window, _tr("Sicherung wiederherstellen"), error.message)
        return False
    signal = getattr(window, "database_changed", None)
    if signal is not None:
        signal.emit()
    if hasattr(window, "reload_all"):
        window.reload_all()
    text = _tr("Der Stand aus „%1“ ist wiederhergestellt.").replace("%1", source.name)
    if result.safety_copy is not None:
        text += "\n" + _tr("Der vorherige Stand liegt in „%1“.").replace(
            "%1", result.safety_copy.name
        )
    if result.deletions_after:
        text += "\n\n" + result.deletions_after
    show_info(window, _tr("Sicherung wiederhergestellt"), text)
    return True


def install(window: Any) -> None:
    """Add the two entries to ``window.menu("Datei")``, above the closing "Beenden"."""
    menu = window.menu(QCoreApplication.translate("MainWindow", "Datei"))
    separators = [action for action in menu.actions() if action.isSeparator()]
    anchor = separators[-1] if separators else None
    make = menu.addAction(_tr("Sicherung erstellen…"))
    make.triggered.connect(lambda _checked=False: create_backup(window))
    back = menu.addAction(_tr("Sicherung wiederherstellen…"))
    back.triggered.connect(lambda _checked=False: restore(window))
    if anchor is not None:  # [… öffnen…, ─, Sicherung …, Sicherung …, ─, Beenden]
        menu.removeAction(make)
        menu.removeAction(back)
        menu.insertSeparator(anchor)
        menu.insertActions(anchor, [make, back])
