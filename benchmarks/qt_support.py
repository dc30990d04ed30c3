"""Qt helpers for the measuring children: the application as the product configures it."""

from __future__ import annotations

import os
from typing import Any


def gui_app() -> Any:
    """The QApplication with the product's font and translations (offscreen)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui.app import ensure_app

    return ensure_app()


def settle(rounds: int = 3) -> None:
    """Let queued events and background loads (ui.worker jobs) finish."""
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    for _ in range(rounds):
        app.processEvents()
        QThreadPool.globalInstance().waitForDone(120_000)
    app.processEvents()
