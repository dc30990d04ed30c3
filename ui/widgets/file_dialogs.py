"""The one place that asks for a file or folder: start in Documents, then remember the folder.

Every save and open dialog of the exports, the person report and the import goes through
:func:`save_file`, :func:`open_file` or :func:`choose_folder` with a *kind* of file
(:data:`KINDS`). The first dialog of a kind starts in the user's Documents folder (the home
folder when there is none); afterwards each kind starts in the folder chosen last for it,
kept in QSettings (``file_dialogs/<kind>``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

XLSX = "xlsx"
PDF = "pdf"
ICS = "ics"
PERSON_REPORT = "person_report"
IMPORT = "import"
KINDS = (XLSX, PDF, ICS, PERSON_REPORT, IMPORT)


def settings_key(kind: str) -> str:
    """QSettings key of the folder remembered for ``kind``."""
    return f"file_dialogs/{kind}"


def documents_folder() -> Path:
    """The user's Documents folder, else the home folder."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if location and Path(location).is_dir():
        return Path(location)
    return Path.home()


def start_folder(kind: str) -> Path:
    """The folder a dialog for ``kind`` opens in: the last one used for it, else Documents."""
    stored = QSettings().value(settings_key(kind))
    if isinstance(stored, str) and stored and Path(stored).is_dir():
        return Path(stored)
    return documents_folder()


def remember_folder(kind: str, path: Path) -> None:
    """Remember the folder of ``path`` (or ``path`` itself when it is a folder) for ``kind``."""
    folder = path if path.is_dir() else path.parent
    QSettings().setValue(settings_key(kind), str(folder))


def save_file(
    parent: QWidget | None,
    title: str,
    kind: str,
    suggested: str,
    file_filter: str,
    *,
    confirm_overwrite: bool = False,
) -> tuple[Path | None, str]:
    """Ask where to save a ``kind`` file named ``suggested``; (path or None, chosen filter).

    ``confirm_overwrite`` False: the caller asks about replacing itself (after its checks).
    """
    options = (
        QFileDialog.Option(0) if confirm_overwrite else QFileDialog.Option.DontConfirmOverwrite
    )
    name, chosen = QFileDialog.getSaveFileName(
        parent, title, str(start_folder(kind) / suggested), file_filter, options=options
    )
    if not name:
        return None, chosen
    remember_folder(kind, Path(name))
    return Path(name), chosen


def open_file(parent: QWidget | None, title: str, kind: str, file_filter: str) -> Path | None:
    """Ask for an existing ``kind`` file to open; None when cancelled."""
    name, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder(kind)), file_filter)
    if not name:
        return None
    remember_folder(kind, Path(name))
    return Path(name)


def choose_folder(parent: QWidget | None, title: str, kind: str) -> Path | None:
    """Ask for a folder to write ``kind`` files into; None when cancelled."""
    name = QFileDialog.getExistingDirectory(parent, title, str(start_folder(kind)))
    if not name:
        return None
    QSettings().setValue(settings_key(kind), name)
    return Path(name)
