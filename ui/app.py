"""Application start: QApplication, German translations, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from aktif_desktop.storage.db import open_database


def run(database: Path) -> int:
    """Open ``database`` and run the GUI until the window closes; return the exit code."""
    app = QApplication.instance() or QApplication(sys.argv)
    open_database(database)
    window = QMainWindow()
    window.setWindowTitle(f"Aktif Desktop – {database}")
    window.setCentralWidget(
        QLabel(QApplication.translate("app", "Die Oberfläche entsteht gerade."))
    )
    window.show()
    return int(app.exec())
