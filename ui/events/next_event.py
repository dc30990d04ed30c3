"""The small dialog of "Nächste Veranstaltung planen": confirm or change the suggested start."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from aktif_desktop.services.events import EventRow
from ui.events.common import (
    DATE_TIME_FORMAT,
    fmt_day,
    from_qdatetime,
    german_locale,
    to_qdatetime,
)


class NextEventDialog(QDialog):
    """Ask for the start of the next event like ``source``; ``start()`` returns the choice.

    Attributes:
        start_edit: the date and time field, preset with the service's suggestion.
    """

    def __init__(
        self, source: EventRow, suggested: dt.datetime, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nächste Veranstaltung planen"))
        intro = QLabel(
            self.tr(
                "Die nächste Veranstaltung wie „{title}“ ({kind}, zuletzt am {day}) wird "
                "angelegt. Art, Titel, Ort, Veranstalter, Rechtskreise, Kapazität und "
                "Tagesordnung werden übernommen; Teilnehmende und Protokoll nicht."
            ).format(title=source.title, kind=source.kind_label, day=fmt_day(source.start)),
            self,
        )
        intro.setWordWrap(True)
        self.start_edit = QDateTimeEdit(self)
        self.start_edit.setDisplayFormat(DATE_TIME_FORMAT)
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setLocale(german_locale())
        self.start_edit.calendarWidget().setLocale(german_locale())
        self.start_edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.start_edit.setDateTime(to_qdatetime(suggested))
        self.weekday = QLabel(self)
        self.start_edit.dateTimeChanged.connect(self._show_weekday)
        self._show_weekday()
        hint = QLabel(
            self.tr("Vorschlag: derselbe Abstand wie zwischen den beiden letzten Terminen."),
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color:#555;")
        form = QFormLayout()
        form.addRow(self.tr("Beginn"), self.start_edit)
        form.addRow("", self.weekday)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Anlegen"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Abbrechen"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def start(self) -> dt.datetime:
        return from_qdatetime(self.start_edit.dateTime())

    def _show_weekday(self) -> None:
        self.weekday.setText(fmt_day(self.start()))
