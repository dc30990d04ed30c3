"""The page's message line (the last info, success or error message, in place of pop-ups) and
the window's notice with buttons (an export is finished: "Öffnen", "Ordner öffnen")."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QToolButton,
    QWidget,
)


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


class NoticeBar(QFrame):
    """A message in the window with a few buttons ("Öffnen", "Ordner öffnen") and a close button.

    Nothing pops up and nothing blocks: the notice sits in the window's status bar (see
    :func:`window_notice`) and hides itself after ``timeout_ms`` or when "×" is clicked.

    Attributes:
        label: the text of the notice.
        buttons: the action buttons of the current notice.
        close_button: hides the notice.
        timer: hides the notice after a while.
    """

    TIMEOUT_MS = 30_000

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice_bar")
        self.setStyleSheet(
            "#notice_bar { background:#e6f4ea; border:1px solid #a3cfbb; border-radius:3px; }"
            " #notice_bar QLabel { color:#1e5631; }"
        )
        self.label = QLabel(self)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons: list[QPushButton] = []
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Schließen"))
        self.close_button.setAccessibleName(self.tr("Schließen"))
        self.close_button.clicked.connect(self.hide)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.hide)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(6, 1, 2, 1)
        self._layout.addWidget(self.label, 1)
        self._layout.addWidget(self.close_button)
        self.hide()

    def show_notice(
        self,
        text: str,
        actions: Sequence[tuple[str, Callable[[], object]]] = (),
        *,
        tooltip: str = "",
        timeout_ms: int | None = None,
    ) -> None:
        """Show ``text`` with one button per (label, callback) of ``actions``."""
        for button in self.buttons:
            self._layout.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        self.label.setText(text)
        self.label.setToolTip(tooltip or text)
        for index, (label, callback) in enumerate(actions):
            button = QPushButton(label, self)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, c=callback: c())
            self._layout.insertWidget(1 + index, button)
            self.buttons.append(button)
        self.show()
        self.timer.start(self.TIMEOUT_MS if timeout_ms is None else timeout_ms)


def window_notice(window: QWidget | None) -> NoticeBar:
    """The notice bar of ``window``, created in its status bar on first use."""
    existing = window.findChild(NoticeBar, "notice_bar") if window is not None else None
    if isinstance(existing, NoticeBar):
        return existing
    bar = NoticeBar(window)
    if isinstance(window, QMainWindow):
        # A permanent widget: the status bar's own short messages do not hide it.
        window.statusBar().addPermanentWidget(bar)
    return bar
