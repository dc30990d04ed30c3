"""Form helpers: an inline error label and a form that shows errors next to the fields."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from aktif_desktop import clock
from aktif_desktop.errors import AktifError


class InlineErrorLabel(QLabel):
    """A red German sentence under a field; hidden while empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #b3261e;")
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.setText("")
        self.hide()


class ErrorForm(QFormLayout):
    """A QFormLayout whose rows carry an inline error label keyed by the field label.

    ``show_error`` puts a service's ``ValidationError`` next to the field its ``field`` names;
    an error without a known field goes into the general label at the top.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.general_error = InlineErrorLabel()
        self.addRow(self.general_error)
        self.errors: dict[str, InlineErrorLabel] = {}
        self.fields: dict[str, QWidget] = {}

    def add_field(self, label: str, widget: QWidget, key: str | None = None) -> QWidget:
        """Add ``widget`` under the visible ``label``; ``key`` is the service's field name."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = InlineErrorLabel(box)
        column.addWidget(error)
        self.addRow(label, box)
        name = key or label.rstrip(":")
        self.errors[name] = error
        self.fields[name] = widget
        watch([widget], error.clear_message)  # the message goes once the user fixes the field
        return widget

    def clear_errors(self) -> None:
        self.general_error.clear_message()
        for label in self.errors.values():
            label.clear_message()

    def show_error(self, error: AktifError) -> None:
        """Show ``error`` next to its field (or at the top) and focus that field."""
        self.clear_errors()
        target = self.errors.get(error.field or "")
        if target is None:
            self.general_error.show_message(error.message)
            return
        target.show_message(error.message)
        self.fields[error.field or ""].setFocus()


def combo_with_choices(choices: list[tuple[str, str]]) -> QComboBox:
    """A combo box of ``(code, label)`` pairs; the code is the item data."""
    combo = QComboBox()
    for code, label in choices:
        combo.addItem(label, code)
    return combo


def select_data(combo: QComboBox, value: object) -> None:
    """Select the item whose data is ``value`` (the first item if none)."""
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


def optional_date_edit() -> QDateEdit:
    """A date field in German format with a calendar popup."""
    edit = QDateEdit()
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setCalendarPopup(True)
    edit.setDate(_today())
    return edit


def to_qdate(value: dt.date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else _today()


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def watch(widgets: list[QWidget], slot: object) -> None:
    """Connect the change signal of each input widget to ``slot`` (dirty tracking)."""

    def call(*_args: object) -> None:
        slot()  # type: ignore[operator]

    for widget in widgets:
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(call)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(call)
        elif isinstance(widget, QComboBox):
            widget.activated.connect(call)
        elif isinstance(widget, QCheckBox):
            widget.clicked.connect(call)
        elif isinstance(widget, QDateEdit):
            widget.userDateChanged.connect(call)


def german_date(value: dt.date | dt.datetime | None) -> str:
    """Return "31.12.2026" (or "" for None)."""
    return value.strftime("%d.%m.%Y") if value else ""


def _today() -> QDate:
    """The core clock's day as a QDate (tests set the day in one place)."""
    day = clock.today()
    return QDate(day.year, day.month, day.day)
