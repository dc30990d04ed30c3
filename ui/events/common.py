"""Small pieces the event widgets share: German date text, the message bar, questions, tags."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from aktif_desktop.domain import LEGAL_AREAS

WEEKDAYS = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")
MONTHS = (
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)
DATE_TIME_FORMAT = "dd.MM.yyyy HH:mm"
HIGHLIGHT = "#fff3bf"  # a row that just changed (someone moved up from the waiting list)


def people(n: int) -> str:
    """Return "1 Person" or "3 Personen"."""
    return "1 Person" if n == 1 else f"{n} Personen"


def german_locale() -> QLocale:
    return QLocale(QLocale.Language.German, QLocale.Country.Germany)


def fmt_day(value: dt.date | dt.datetime | None) -> str:
    """Return "Di, 08.12.2026" (weekday abbreviations are fixed German text)."""
    if value is None:
        return ""
    return f"{WEEKDAYS[value.weekday()]}, {value:%d.%m.%Y}"


def fmt_date(value: dt.date | dt.datetime | None) -> str:
    return "" if value is None else f"{value:%d.%m.%Y}"


def fmt_time_range(start: dt.datetime, end: dt.datetime) -> str:
    """Return "14:00–16:00", or with the end date when the event spans days."""
    if end.date() != start.date():
        return f"{start:%H:%M} – {end:%d.%m. %H:%M}"
    return f"{start:%H:%M}–{end:%H:%M}"


def fmt_stamp(value: dt.datetime | None) -> str:
    return "" if value is None else f"{value:%d.%m.%Y %H:%M}"


def to_qdatetime(value: dt.datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


def from_qdatetime(value: QDateTime) -> dt.datetime:
    date, time = value.date(), value.time()
    return dt.datetime(date.year(), date.month(), date.day(), time.hour(), time.minute())


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


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


def ask_unsaved(parent: QWidget) -> str:
    """Ask what to do with unsaved changes; return "save", "discard" or "cancel"."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(parent.tr("Ungespeicherte Änderungen"))
    box.setText(
        parent.tr("Die Veranstaltung wurde geändert. Möchten Sie die Änderungen speichern?")
    )
    save = box.addButton(parent.tr("Speichern"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(parent.tr("Verwerfen"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(parent.tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.exec()
    clicked = box.clickedButton()
    return "save" if clicked is save else "discard" if clicked is discard else "cancel"


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask a yes/no question (buttons "Ja"/"Nein"); return True for yes."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    yes = box.addButton(parent.tr("Ja"), QMessageBox.ButtonRole.YesRole)
    no = box.addButton(parent.tr("Nein"), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(no)
    box.exec()
    return box.clickedButton() is yes


class LegalAreaTags(QWidget):
    """The legal areas (Rechtskreise) as a grid of check boxes.

    Signals:
        changed(): a box was checked or unchecked.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, columns: int = 4) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(12)
        self.boxes: dict[str, QCheckBox] = {}
        for index, (code, label) in enumerate(LEGAL_AREAS.items()):
            box = QCheckBox(label, self)
            box.toggled.connect(self.changed)
            layout.addWidget(box, index // columns, index % columns)
            self.boxes[code] = box

    def codes(self) -> tuple[str, ...]:
        return tuple(code for code, box in self.boxes.items() if box.isChecked())

    def set_codes(self, codes: Iterable[str]) -> None:
        wanted = set(codes)
        for code, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(code in wanted)
            box.blockSignals(False)
