"""What the GUI checks before and just after it opens the database.

Before: the file is checked read-only (``quick_check``, about 0.1 s on 30 MB). A damaged file
or another program's file is never written to; the user is told and offered the newest valid
backup (the damaged file is kept under a new name when a backup takes its place). A database
of a newer version is left alone: the user is told to update.

After the window is shown: a warning if the database lies on a network share or in a cloud
folder, and the automatic copy of the day in the background.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from aktif_desktop.errors import AktifError
from aktif_desktop.services import session
from aktif_desktop.services.session import BackupInfo, FileCheck, Problem
from ui.widgets.dialogs import show_error, show_info

log = logging.getLogger("aktif_desktop.ui")
_running: list[Any] = []  # jobs kept alive until they report back


def _tr(text: str) -> str:
    return QCoreApplication.translate("StartupChecks", text)


class Answer(Enum):
    """What the user chose in the dialog about a damaged database."""

    RESTORE_NEWEST = "newest"
    CHOOSE_BACKUP = "choose"
    START_EMPTY = "empty"
    QUIT = "quit"


class DamagedDatabaseDialog(QDialog):
    """Tells what is wrong with the database and offers the way out.

    Attributes:
        answer: the user's choice (``Answer.QUIT`` until a button is pressed).
    """

    def __init__(
        self, result: FileCheck, newest: BackupInfo | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.answer = Answer.QUIT
        self.setWindowTitle(_tr("Datenbank kann nicht geöffnet werden"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        top = QHBoxLayout()
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        icon.setPixmap(warning.pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        top.addWidget(icon)
        texts = QVBoxLayout()
        heading = QLabel(f"<b>{self._heading(result)}</b>")
        texts.addWidget(heading)
        for text in (result.message, self._offer_text(newest)):
            label = QLabel(text)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            texts.addWidget(label)
        texts.addStretch(1)
        top.addLayout(texts, 1)
        layout.addLayout(top)
        self.buttons: dict[Answer, QPushButton] = {}
        if newest is not None:
            self._add(layout, Answer.RESTORE_NEWEST, _tr("Neueste Sicherung wiederherstellen"))
        self._add(layout, Answer.CHOOSE_BACKUP, _tr("Andere Sicherung wählen…"))
        self._add(layout, Answer.START_EMPTY, _tr("Mit leerer Datenbank beginnen"))
        self._add(layout, Answer.QUIT, _tr("Beenden"))
        first = self.buttons.get(Answer.RESTORE_NEWEST, self.buttons[Answer.CHOOSE_BACKUP])
        first.setDefault(True)
        first.setFocus()

    @staticmethod
    def _heading(result: FileCheck) -> str:
        if result.problem is Problem.FOREIGN:
            return _tr("Diese Datei gehört zu einem anderen Programm")
        if result.problem is Problem.EMPTY:
            return _tr("Die Datenbank ist leer")
        return _tr("Die Datenbank ist beschädigt")

    @staticmethod
    def _offer_text(newest: BackupInfo | None) -> str:
        if newest is None:
            return _tr(
                "Es wurde keine gültige Sicherung im Ordner „Sicherungen“ gefunden. Sie können "
                "eine Sicherung von einem anderen Ort wählen oder mit einer leeren Datenbank "
                "beginnen. Die unbrauchbare Datei wird in beiden Fällen unter neuem Namen "
                "aufbewahrt, nicht gelöscht."
            )
        return _tr(
            "Die neueste gültige Sicherung ist vom %1. Wenn Sie sie wiederherstellen, wird "
            "die unbrauchbare Datei unter neuem Namen aufbewahrt, nicht gelöscht. "
            "Änderungen nach der Sicherung fehlen danach."
        ).replace("%1", f"{newest.created:%d.%m.%Y um %H:%M} Uhr")

    def _add(self, layout: QVBoxLayout, answer: Answer, text: str) -> None:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        layout.addWidget(button)
        button.clicked.connect(lambda _=False, a=answer: self.choose(a))
        self.buttons[answer] = button

    def choose(self, answer: Answer) -> None:
        """Record ``answer`` and close (the buttons call this; tests too)."""
        self.answer = answer
        self.accept() if answer is not Answer.QUIT else self.reject()


def _ask_backup_file(parent: QWidget | None, database: Path) -> Path | None:
    folder = database.parent / session.FOLDER_NAME
    path, _ = QFileDialog.getOpenFileName(
        parent,
        _tr("Sicherung wählen"),
        str(folder if folder.is_dir() else database.parent),
        _tr("Aktif-Sicherung (*.db);;Alle Dateien (*)"),
    )
    return Path(path) if path else None


def check_database_at_start(
    database: Path,
    parent: QWidget | None = None,
    *,
    ask: Callable[[DamagedDatabaseDialog], Answer] | None = None,
    choose_file: Callable[[QWidget | None, Path], Path | None] = _ask_backup_file,
) -> bool:
    """Check ``database`` before it is opened; return False if the app should quit.

    ``ask`` and ``choose_file`` replace the modal dialogs in tests.
    """
    result = session.check_database_file(database, "quick")
    if result.ok:
        result = _empty_beside_backups(database) or result
    if result.ok:
        return True
    log.warning("database at start: %s (%s)", result.problem, result.detail)
    if result.problem is Problem.NEWER:
        show_error(parent, _tr("Neuere Datenbank"), result.message)
        return False
    if result.problem in (Problem.UNREADABLE, Problem.FOLDER):
        # A full disk, a read-only folder, a locked file, an I/O error or a folder: not
        # damage. Say which, and never rename or replace the file because of it.
        show_error(parent, _tr("Datenbank kann nicht geöffnet werden"), result.message)
        return False
    while True:
        dialog = DamagedDatabaseDialog(result, session.newest_valid_backup(database), parent)
        answer = ask(dialog) if ask is not None else _exec(dialog)
        if answer is Answer.QUIT:
            return False
        if answer is Answer.START_EMPTY:
            kept = session.set_aside_unusable(database, _aside_label(result))
            show_info(parent, _tr("Neue Datenbank"), _kept_text(kept))
            return True
        source = _source_for(answer, database, parent, choose_file)
        if source is None:
            continue
        try:
            done = session.restore_backup(source, database, reopen=False)
        except AktifError as error:
            show_error(parent, _tr("Sicherung wiederherstellen"), error.message)
            continue
        text = _tr("Die Sicherung %1 wurde wiederhergestellt.").replace("%1", source.name)
        if done.kept_aside is not None:
            text += " " + _kept_text(done.kept_aside)
        show_info(parent, _tr("Sicherung wiederhergestellt"), text)
        return True


def _exec(dialog: DamagedDatabaseDialog) -> Answer:
    dialog.exec()
    return dialog.answer


def _source_for(
    answer: Answer,
    database: Path,
    parent: QWidget | None,
    choose_file: Callable[[QWidget | None, Path], Path | None],
) -> Path | None:
    if answer is Answer.RESTORE_NEWEST:
        newest = session.newest_valid_backup(database)
        return newest.path if newest is not None else None
    return choose_file(parent, database)


def _empty_beside_backups(database: Path) -> FileCheck | None:
    """A 0-byte database next to a valid copy: a lost file, offer the copy (not a new start)."""
    try:
        empty = database.is_file() and database.stat().st_size == 0
    except OSError:
        return None
    if not empty or session.newest_valid_backup(database) is None:
        return None
    text = _tr(
        "Die Datenbank %1 ist leer (0 Byte), daneben liegt aber eine gültige Sicherung."
    ).replace("%1", str(database))
    return FileCheck(database, Problem.EMPTY, 0, text)


def _aside_label(result: FileCheck) -> str:
    if result.problem is Problem.EMPTY:
        return "leer"
    return "fremd" if result.problem is Problem.FOREIGN else "beschädigt"


def _kept_text(kept: Path) -> str:
    return _tr("Die unbrauchbare Datei wurde als „%1“ im selben Ordner aufbewahrt.").replace(
        "%1", kept.name
    )


# --- after the window is shown ----------------------------------------------------------------


def warn_about_location(window: QWidget, database: Path | str) -> str | None:
    """Show the network-share / cloud-folder warning (if any) over ``window``; return it."""
    warning = session.location_warning(database)
    if warning:
        show_error(window, _tr("Speicherort der Datenbank"), warning)
    return warning


def _has_data() -> bool:
    """False for a brand-new database (no Verbund name, no partner): nothing to back up yet."""
    from aktif_desktop.services import organisations, settings

    try:
        return settings.is_configured() or bool(organisations.list_organisations())
    except AktifError:
        return True  # when in doubt, back up


def start_daily_backup(window: Any, database: Path | str) -> Any:
    """Write the automatic copy of the day in the background; a note in the status bar.

    A brand-new database without data gets no copy (and no note); None is returned then.
    """
    from ui.worker import Job, start_job

    if not _has_data():
        return None
    job = Job(session.daily_backup, database)

    def finished(path: object) -> None:
        if path is not None and hasattr(window, "show_status"):
            window.show_status(_tr("Tägliche Sicherung geschrieben: %1").replace("%1", str(path)))

    def failed(message: str) -> None:
        log.warning("daily backup failed: %s", message)
        if hasattr(window, "show_status"):
            window.show_status(
                _tr("Die tägliche Sicherung ist fehlgeschlagen: %1").replace("%1", message)
            )

    job.signals.finished.connect(finished)
    job.signals.failed.connect(failed)
    job.signals.finished.connect(lambda _result: _running.remove(job))
    job.signals.failed.connect(lambda _message: _running.remove(job))
    _running.append(job)
    return start_job(job)


def after_start(window: Any, database: Path | str) -> None:
    """Once the event loop runs: the location warning, then the daily backup."""

    def run() -> None:
        warn_about_location(window, database)
        start_daily_backup(window, database)

    QTimer.singleShot(0, run)
