"""The page's message line: the last info, success or error message, in place of pop-ups."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget


class MessageBar(QLabel):
    """A coloured line above the content with the last message (info, success or error).

    Messages stay until the next one, so the user can read them; nothing pops up.
    """

    _STYLES = {
        "info": "background:#e7f1ff; color:#0b3d91; border:1px solid #b6d4fe;",
        "success": "background:#e6f4ea; color:#1e5631; border:1px solid #a3cfbb;",
        "error": "background:#fdecea; color:#842029; border:1px solid #f1aeb5;",
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kind = ""
        self.hide()

    def show_message(self, text: str, kind: str = "info") -> None:
        self.kind = kind
        self.setText(text)
        self.setStyleSheet(f"QLabel {{ {self._STYLES[kind]} padding:6px; border-radius:3px; }}")
        self.setVisible(bool(text))
        window = self.window()
        if isinstance(window, QMainWindow) and text:
            # The main window's status bar repeats it, as the issue asks for a visible notice.
            window.statusBar().showMessage(text, 10_000)

    def clear_message(self) -> None:
        self.kind = ""
        self.setText("")
        self.hide()
