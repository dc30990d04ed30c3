"""Unexpected errors: a rotating log file with the traceback and a German dialog.

``install_excepthook`` replaces ``sys.excepthook`` so an exception in a slot does not end the
application: the traceback goes to the log file in the data folder, the user sees a German
sentence and can copy the details for a support request.
"""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from types import TracebackType

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from aktif_desktop import paths

log = logging.getLogger("aktif_desktop")


def configure_logging() -> logging.Handler | None:
    """Log to a rotating file in the data folder (1 MB, 3 old files kept)."""
    for handler in log.handlers:
        if isinstance(handler, RotatingFileHandler):
            return handler
    try:
        handler = RotatingFileHandler(
            paths.log_path(), maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return handler


class ErrorDialog(QDialog):
    """ "Ein unerwarteter Fehler ist aufgetreten" with the traceback behind a copy button."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details = details
        self.setWindowTitle(self.tr("Unerwarteter Fehler"))
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "Ein unerwarteter Fehler ist aufgetreten. Ihre gespeicherten Daten sind nicht "
                "betroffen; Sie können weiterarbeiten. Wenn der Fehler wiederkehrt, kopieren "
                "Sie bitte die Details und senden Sie sie an Ihre technische Betreuung.\n\n"
                "Protokolldatei: {path}"
            ).format(path=paths.log_path()),
            self,
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.details_view = QPlainTextEdit(details, self)
        self.details_view.setReadOnly(True)
        self.details_view.setMinimumHeight(160)
        layout.addWidget(self.details_view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("Details kopieren"), self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details)


def handle_exception(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> None:
    """Log the traceback and show the German dialog; the event loop keeps running."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    details = "".join(traceback.format_exception(kind, value, tb))
    log.error("unexpected error:\n%s", details)
    if QApplication.instance() is None:
        sys.__excepthook__(kind, value, tb)
        return
    dialog = ErrorDialog(details, QApplication.activeWindow())
    dialog.exec()


def install_excepthook() -> None:
    """Route unexpected exceptions to the log file and :class:`ErrorDialog`."""
    configure_logging()
    sys.excepthook = handle_exception
