"""The editable parts of a conference: its agreements (who, what, by when, status) and its
supply gaps (title, legal areas, status), each a table with an editor below it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from aktif_desktop import clock
from aktif_desktop.domain import AgreementStatus, SupplyGapStatus
from aktif_desktop.errors import AktifError
from aktif_desktop.services import conferences
from aktif_desktop.services.conferences import (
    AgreementData,
    AgreementRow,
    SupplyGapData,
    SupplyGapRow,
)
from ui.events.common import (
    fmt_date,
    from_qdate,
    german_locale,
    to_qdate,
)
from ui.table_model import ROW_ROLE, Column, RowTableModel
from ui.widgets.dialogs import ask_yes_no
from ui.widgets.legal_areas import LegalAreaSelector
from ui.widgets.message_bar import MessageBar


def make_table(model: RowTableModel[Any], parent: QWidget, stretch: int) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    view.setWordWrap(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def fit_height(view: QTableView, rows: int, most: int = 7) -> None:
    """Size a short table to its rows (up to ``most``, then it scrolls)."""
    shown = max(1, min(rows, most))
    height = view.horizontalHeader().height() + shown * view.verticalHeader().defaultSectionSize()
    view.setFixedHeight(height + 2 * view.frameWidth() + 2)


class _Section(QGroupBox):
    """A table of items of one conference with an editor below it (new, save, delete)."""

    what = ""

    def __init__(self, title: str, bar: MessageBar, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.bar = bar
        self.event_id: int | None = None
        self.editing_id: int | None = None
        self.editing_version: int | None = None
        self.model: RowTableModel[Any] = RowTableModel(self.columns(), self)
        self.view = make_table(self.model, self, 1)
        self.view.selectionModel().selectionChanged.connect(self._selected)
        self.form = QFormLayout()
        self.build_editor(self.form)
        self.new_button = QPushButton(self.tr("Neu"), self)
        self.new_button.clicked.connect(self.start_new)
        self.save_button = QPushButton(self.tr("Speichern"), self)
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(self.tr("Löschen"), self)
        self.delete_button.clicked.connect(self.delete)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(self.empty)
        layout.addLayout(self.form)
        layout.addLayout(buttons)

    # subclass interface ------------------------------------------------------------------
    def columns(self) -> list[Column[Any]]:
        raise NotImplementedError

    def build_editor(self, form: QFormLayout) -> None:
        raise NotImplementedError

    def load_rows(self, event_id: int) -> list[Any]:
        raise NotImplementedError

    def show_item(self, row: Any | None) -> None:
        raise NotImplementedError

    def collect(self) -> Any:
        raise NotImplementedError

    def store(self, data: Any) -> Any:
        raise NotImplementedError

    def remove(self, item_id: int) -> None:
        raise NotImplementedError

    def empty_text(self) -> str:
        raise NotImplementedError

    # shared behaviour --------------------------------------------------------------------
    def set_event(self, event_id: int | None) -> None:
        self.event_id = event_id
        self.refresh()
        self.start_new()

    def refresh(self, select: int | None = None) -> None:
        rows = self.load_rows(self.event_id) if self.event_id else []
        self.model.set_rows(rows)
        fit_height(self.view, len(rows))
        self.view.setVisible(bool(rows))
        self.empty.setText(self.empty_text())
        self.empty.setVisible(not rows)
        if select is not None:
            number = self.model.row_number_of(lambda r: r.id == select)
            if number >= 0:
                self.view.selectRow(number)

    def start_new(self) -> None:
        self.view.clearSelection()
        self.editing_id = None
        self.show_item(None)
        self.delete_button.setEnabled(False)

    def _selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return
        row = self.model.data(rows[0], ROW_ROLE)
        self.editing_id = row.id
        self.editing_version = row.version  # a save over another program's change is refused
        self.show_item(row)
        self.delete_button.setEnabled(True)

    def save(self) -> bool:
        if self.event_id is None:
            return False
        try:
            row = self.store(self.collect())
        except AktifError as error:
            self.bar.show_message(error.message, "error")
            return False
        self.editing_id, self.editing_version = row.id, row.version  # the next save builds on it
        self.bar.show_message(self.tr("{what} gespeichert.").format(what=self.what), "success")
        self.refresh(select=row.id)
        return True

    def delete(self) -> None:
        if self.editing_id is None:
            return
        question = self.tr("{what} löschen?").format(what=self.what)
        if not ask_yes_no(self, self.tr("Löschen"), question):
            return
        try:
            self.remove(self.editing_id)
        except AktifError as error:
            self.bar.show_message(error.message, "error")
            return
        self.bar.show_message(self.tr("{what} gelöscht.").format(what=self.what), "success")
        self.refresh()
        self.start_new()


class AgreementSection(_Section):
    """The agreements of one conference: who does what by when."""

    what = "Vereinbarung"
    _note = ""
    default_due = clock.today() + dt.timedelta(days=28)

    def columns(self) -> list[Column[AgreementRow]]:
        return [
            Column(self.tr("Wer"), lambda r: r.who),
            Column(self.tr("Was"), lambda r: r.what, tooltip=lambda r: r.what),
            Column(self.tr("Bis"), lambda r: fmt_date(r.due), sort_key=lambda r: r.due),
            Column(self.tr("Status"), lambda r: r.status_label),
        ]

    def build_editor(self, form: QFormLayout) -> None:
        self.who = QLineEdit(self)
        self.who.setPlaceholderText(self.tr("Person oder Partner"))
        self.what_edit = QLineEdit(self)
        self.what_edit.setPlaceholderText(self.tr("Was wurde vereinbart?"))
        self.has_due = QCheckBox(self.tr("bis"), self)
        self.due = QDateEdit(self)
        self.due.setDisplayFormat("dd.MM.yyyy")
        self.due.setCalendarPopup(True)
        self.due.setLocale(german_locale())
        self.has_due.toggled.connect(self.due.setEnabled)
        self.status = QComboBox(self)
        for code, label in AgreementStatus.choices():
            self.status.addItem(label, code)
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due, 1)
        due_row.addWidget(QLabel(self.tr("Status"), self))
        due_row.addWidget(self.status, 1)
        form.addRow(self.tr("Wer"), self.who)
        form.addRow(self.tr("Was"), self.what_edit)
        form.addRow(self.tr("Frist"), due_row)

    def load_rows(self, event_id: int) -> list[AgreementRow]:
        return conferences.list_agreements(event_id=event_id)

    def empty_text(self) -> str:
        return self.tr("Noch keine Vereinbarungen. Tragen Sie unten ein, wer was bis wann tut.")

    def show_item(self, row: AgreementRow | None) -> None:
        self.who.setText(row.who if row else "")
        self.what_edit.setText(row.what if row else "")
        due = row.due if row else None
        self.has_due.setChecked(due is not None)
        self.due.setEnabled(due is not None)
        self.due.setDate(to_qdate(due or self.default_due))
        status = row.status if row else AgreementStatus.OPEN.value
        self.status.setCurrentIndex(self.status.findData(status))
        self._note = row.note if row else ""

    def collect(self) -> AgreementData:
        return AgreementData(
            who=self.who.text(),
            what=self.what_edit.text(),
            due=from_qdate(self.due.date()) if self.has_due.isChecked() else None,
            status=self.status.currentData(),
            note=self._note,
        )

    def store(self, data: AgreementData) -> AgreementRow:
        if self.editing_id is None:
            return conferences.create_agreement(self.event_id or 0, data)
        return conferences.update_agreement(self.editing_id, data, self.editing_version)

    def remove(self, item_id: int) -> None:
        conferences.delete_agreement(item_id)


class SupplyGapSection(_Section):
    """The supply gaps a conference named: title, legal areas, status."""

    what = "Versorgungslücke"

    def columns(self) -> list[Column[SupplyGapRow]]:
        return [
            Column(self.tr("Titel"), lambda r: r.title, tooltip=lambda r: r.description),
            Column(self.tr("Rechtskreise"), lambda r: r.legal_area_labels),
            Column(self.tr("Status"), lambda r: r.status_label),
        ]

    def build_editor(self, form: QFormLayout) -> None:
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("Was fehlt im Netzwerk?"))
        self.description = QLineEdit(self)
        self.description.setPlaceholderText(self.tr("Beschreibung (optional)"))
        self.legal_areas = LegalAreaSelector(self, columns=2)
        self.status = QComboBox(self)
        for code, label in SupplyGapStatus.choices():
            self.status.addItem(label, code)
        form.addRow(self.tr("Titel"), self.title_edit)
        form.addRow(self.tr("Beschreibung"), self.description)
        form.addRow(self.tr("Rechtskreise"), self.legal_areas)
        form.addRow(self.tr("Status"), self.status)

    def load_rows(self, event_id: int) -> list[SupplyGapRow]:
        return conferences.list_supply_gaps(event_id=event_id)

    def empty_text(self) -> str:
        return self.tr("Noch keine Versorgungslücken erfasst.")

    def show_item(self, row: SupplyGapRow | None) -> None:
        self.title_edit.setText(row.title if row else "")
        self.description.setText(row.description if row else "")
        self.legal_areas.set_codes(row.legal_areas if row else ())
        status = row.status if row else SupplyGapStatus.OPEN.value
        self.status.setCurrentIndex(self.status.findData(status))

    def collect(self) -> SupplyGapData:
        return SupplyGapData(
            title=self.title_edit.text(),
            description=self.description.text(),
            status=self.status.currentData(),
            legal_areas=self.legal_areas.codes(),
        )

    def store(self, data: SupplyGapData) -> SupplyGapRow:
        if self.editing_id is None:
            return conferences.create_supply_gap(self.event_id or 0, data)
        return conferences.update_supply_gap(self.editing_id, data, self.editing_version)

    def remove(self, item_id: int) -> None:
        conferences.delete_supply_gap(item_id)
