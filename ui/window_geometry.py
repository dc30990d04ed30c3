"""The main window's first size: what was stored if it still fits, else fit the free screen.

At 1366 × 768 (or 1280 × 720 at 125 %) the 1280 × 800 first window would reach under the
taskbar, with the status bar and the bottom buttons off-screen: there it starts maximised.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# The first window: this size where it fits the screen's free area, else maximised.
FIRST_SIZE = QSize(1280, 800)
# The frame (title bar, borders) is not known before the window is shown: leave room for it.
FRAME_ALLOWANCE = QSize(16, 48)


def fit_to_screen(window: QWidget, stored: QByteArray | None) -> None:
    """Restore ``stored`` if it fits the available screen, else size ``window`` to fit it."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    available = screen.availableGeometry() if screen is not None else QRect()
    restored = stored is not None and window.restoreGeometry(stored)
    if restored and (available.isEmpty() or available.contains(window.frameGeometry())):
        return
    if available.isEmpty():
        window.resize(FIRST_SIZE)
        return
    if (
        available.width() < FIRST_SIZE.width() + FRAME_ALLOWANCE.width()
        or available.height() < FIRST_SIZE.height() + FRAME_ALLOWANCE.height()
    ):
        window.resize(available.size() - FRAME_ALLOWANCE)
        window.move(available.topLeft())
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
        return
    window.resize(FIRST_SIZE)
    window.move(available.center() - window.rect().center())
