"""The first-start page: asks for the Verbund name, loads demo data or starts empty."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from aktif_desktop.demo import load_demo
from aktif_desktop.errors import AktifError
from aktif_desktop.services import settings
from ui.widgets.forms import InlineErrorLabel
from ui.widgets.jobs import load_job
from ui.worker import Job, start_job


def _load_demo_in_thread(verbund_name: str) -> None:
    """Load the demo, then keep the name the user typed (if any); runs in a worker thread."""
    load_demo()
    if verbund_name:
        current = settings.load_settings()
        current.verbund_name = verbund_name
        settings.save_settings(current)


class WelcomePage(QWidget):
    """Shown instead of the main area while the database is empty and unconfigured.

    Signals:
        finished(): the Verbund is set up (demo loaded or empty start); show the main area.
    """

    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.job: Job | None = None
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        box = QWidget(self)
        box.setFixedWidth(620)  # a fixed width lets the wrapped labels get their height
        column = QVBoxLayout(box)
        title = QLabel(self.tr("Willkommen bei Aktif Desktop"), box)
        title.setStyleSheet("font-size: 20pt; font-weight: bold; color: #23384d;")
        column.addWidget(title)
        intro = QLabel(
            self.tr(
                "Hier verwalten Sie die Partner, Ansprechpersonen und Veranstaltungen Ihres "
                "Verbundes – ohne Internetverbindung. Wie heißt Ihr Verbund?"
            ),
            box,
        )
        intro.setWordWrap(True)
        column.addWidget(intro)
        self.name_edit = QLineEdit(box)
        self.name_edit.setPlaceholderText(self.tr("z. B. Familienverbund Lindenau"))
        self.name_edit.setAccessibleName(self.tr("Name des Verbundes"))
        self.name_edit.returnPressed.connect(self.start_empty)  # Enter = the default button
        column.addWidget(self.name_edit)
        self.error = InlineErrorLabel(box)
        column.addWidget(self.error)
        buttons = QHBoxLayout()
        self.empty_button = QPushButton(self.tr("Leer beginnen"), box)
        self.demo_button = QPushButton(self.tr("Demodaten laden"), box)
        self.empty_button.setDefault(True)
        self.empty_button.clicked.connect(self.start_empty)
        self.demo_button.clicked.connect(self.start_demo)
        buttons.addWidget(self.empty_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        hint = QLabel(
            self.tr(
                "Die Demodaten zeigen einen erfundenen Verbund mit Partnern, Ansprechpersonen "
                "und einem Jahresplan. Zum Ausprobieren – für die echte Arbeit legen Sie "
                "später eine neue Datenbank an."
            ),
            box,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5b6875;")
        column.addWidget(hint)
        self.busy = QProgressBar(box)
        self.busy.setRange(0, 0)  # busy indicator: the demo gives no progress steps
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.busy_label = QLabel(self.tr("Demodaten werden geladen …"), box)
        self.busy_label.hide()
        column.addWidget(self.busy_label)
        column.addWidget(self.busy)
        # stretches instead of an alignment flag: aligned widgets lose the extra height
        # their word-wrapped labels need
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(box)
        centre.addStretch(1)
        outer.addLayout(centre)
        outer.addStretch(2)

    def reset(self) -> None:
        self.error.clear_message()
        self._set_busy(False)

    def start_empty(self) -> None:
        """Save the Verbund name and start with an empty database."""
        try:
            current = settings.load_settings()
            current.verbund_name = self.name_edit.text()
            settings.save_settings(current)
        except AktifError as error:
            self.error.show_message(error.message)
            self.name_edit.setFocus()
            return
        self.finished.emit()

    def start_demo(self) -> None:
        """Load the demo Verbund in the background (about 5 s) with a busy indicator."""
        self.error.clear_message()
        self._set_busy(True)
        self.job = load_job(_load_demo_in_thread, self.name_edit.text().strip())
        self.job.signals.finished.connect(self._demo_loaded)
        self.job.signals.failed.connect(self._demo_failed)
        start_job(self.job)

    def _demo_loaded(self, _result: object) -> None:
        self._set_busy(False)
        self.finished.emit()

    def _demo_failed(self, message: str) -> None:
        self._set_busy(False)
        self.error.show_message(message)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.busy_label.setVisible(busy)
        for widget in (self.name_edit, self.empty_button, self.demo_button):
            widget.setEnabled(not busy)
