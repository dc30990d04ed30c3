"""The fields of one family case: household, children, age bands, legal circles, the release
from confidentiality (date, until, partners) and a note — never a family member's name."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from aktif_desktop import messages
from aktif_desktop.casework import AgeBand
from aktif_desktop.services.cases import CaseData, CaseRow
from aktif_desktop.services.organisations import OrganisationRow
from ui.cases.common import date_of, set_date
from ui.cases.partner_picker import PartnerPicker
from ui.widgets.forms import ErrorForm, watch
from ui.widgets.legal_areas import LegalAreaSelector
from ui.widgets.style import MUTED

NO_DATE = QDate(2000, 1, 1)  # the minimum of the date fields, shown as "—"
LABELS = {
    "household_size": "Haushaltsgröße",
    "children": "Zahl der Kinder",
    "child_age_bands": "Altersgruppen",
    "single_parent": "alleinerziehend",
    "legal_areas": "Rechtskreise",
    "note": "Notiz",
    "release_on": "Schweigepflichtentbindung erteilt am",
    "release_until": "gültig bis",
    "release_partner_ids": "Partner der Entbindung",
}


def _count_box(high: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, high)
    box.setSpecialValueText("—")  # 0 means "not recorded"
    return box


def _optional_date() -> QDateEdit:
    edit = QDateEdit()
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setCalendarPopup(True)
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText("—")
    edit.setDate(NO_DATE)
    return edit


class CaseForm(QWidget):
    """The editable fields of a case (no save button: the case view has it).

    Signals:
        changed(): the user edited a field.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = ErrorForm()
        self._names: dict[int, str] = {}
        self.household = _count_box(30)
        self.child_count = QSpinBox()
        self.child_count.setRange(-1, 25)
        self.child_count.setSpecialValueText("—")  # -1: not recorded (0 children is a value)
        self.single_parent = QCheckBox(self.tr("alleinerziehend"))
        self.age_bands = {band.value: QCheckBox(band.label) for band in AgeBand}
        bands = QWidget()
        grid = QGridLayout(bands)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, box in enumerate(self.age_bands.values()):
            grid.addWidget(box, index // 3, index % 3)
        self.legal_areas = LegalAreaSelector(columns=3)
        self.release_on = _optional_date()
        self.release_until = _optional_date()
        self.release_partners = QListWidget()
        self.release_partners.setMaximumHeight(72)
        self.release_picker = PartnerPicker()
        self.release_picker.setPlaceholderText(self.tr("Partner hinzufügen: Namen eingeben …"))
        self.release_picker.returnPressed.connect(self._add_release_partner)
        self.remove_partner = QPushButton(self.tr("Entfernen"))
        self.remove_partner.clicked.connect(self._remove_release_partner)
        picker_row = QHBoxLayout()
        picker_row.addWidget(self.release_picker, 1)
        picker_row.addWidget(self.remove_partner)
        release_box = QWidget()
        release_layout = QVBoxLayout(release_box)
        release_layout.setContentsMargins(0, 0, 0, 0)
        release_layout.addWidget(self.release_partners)
        release_layout.addLayout(picker_row)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(80)
        self.note.setPlaceholderText(messages.NAME_HINT)
        self.hint = QLabel(messages.NAME_HINT)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(MUTED)
        household_row = QWidget()
        row = QHBoxLayout(household_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.household)
        row.addWidget(QLabel(self.tr("Kinder")))
        row.addWidget(self.child_count)
        row.addWidget(self.single_parent)
        row.addStretch(1)
        dates_row = QWidget()
        row = QHBoxLayout(dates_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.release_on)
        row.addWidget(QLabel(self.tr("gültig bis")))
        row.addWidget(self.release_until)
        row.addStretch(1)
        add = self.form.add_field
        add(self.tr("Haushalt (Personen)"), household_row, "Haushaltsgröße")
        self.form.errors["Zahl der Kinder"] = self.form.errors["Haushaltsgröße"]
        self.form.fields["Zahl der Kinder"] = self.child_count
        add(self.tr("Alter der Kinder"), bands, "Altersgruppen")
        add(self.tr("Rechtskreise"), self.legal_areas, "Rechtskreise")
        add(self.tr("Schweigepflicht-\nentbindung am"), dates_row, "erteilt am")
        self.form.errors["gültig bis"] = self.form.errors["erteilt am"]
        self.form.fields["gültig bis"] = self.release_until
        add(self.tr("für die Partner"), release_box, "Partner der Entbindung")
        add(self.tr("Notiz"), self.note, "Notiz")
        self.form.addRow("", self.hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.form)
        layout.addStretch(1)
        watch([self.note], self.changed.emit)
        for spin in (self.household, self.child_count):
            spin.valueChanged.connect(lambda _v: self.changed.emit())
        for check in (self.single_parent, *self.age_bands.values()):
            check.clicked.connect(lambda _c=False: self.changed.emit())
        for edit in (self.release_on, self.release_until):
            edit.userDateChanged.connect(lambda _d: self.changed.emit())
        self.legal_areas.changed.connect(self.changed.emit)

    def set_partners(self, rows: list[OrganisationRow]) -> None:
        self.release_picker.set_partners(rows)
        self._names = {row.id: row.name for row in rows}

    def show_case(self, row: CaseRow) -> None:
        """Fill the fields from ``row`` without emitting ``changed``."""
        self.blockSignals(True)
        self.form.clear_errors()
        self.household.setValue(row.household_size or 0)
        self.child_count.setValue(-1 if row.children is None else row.children)
        self.single_parent.setChecked(row.single_parent)
        for code, box in self.age_bands.items():
            box.setChecked(code in row.child_age_bands)
        self.legal_areas.set_codes(row.legal_areas)
        for edit, value in (
            (self.release_on, row.release_on),
            (self.release_until, row.release_until),
        ):
            if value:
                set_date(edit, value)
            else:
                edit.setDate(NO_DATE)
        self.release_partners.clear()
        for partner_id, name in zip(
            row.release_partner_ids, row.release_partner_names, strict=False
        ):
            self._add_item(partner_id, name)
        self.note.setPlainText(row.note)
        self.blockSignals(False)

    def data(self, row: CaseRow) -> CaseData:
        """The form's values (the day the case was opened stays)."""
        return CaseData(
            household_size=self.household.value() or None,
            children=None if self.child_count.value() < 0 else self.child_count.value(),
            child_age_bands=tuple(c for c, box in self.age_bands.items() if box.isChecked()),
            single_parent=self.single_parent.isChecked(),
            legal_areas=self.legal_areas.codes(),
            note=self.note.toPlainText(),
            release_on=None if self.release_on.date() == NO_DATE else date_of(self.release_on),
            release_until=(
                None if self.release_until.date() == NO_DATE else date_of(self.release_until)
            ),
            release_partner_ids=self.release_partner_ids(),
            opened_on=row.opened_on,
        )

    def release_partner_ids(self) -> tuple[int, ...]:
        items = (self.release_partners.item(n) for n in range(self.release_partners.count()))
        return tuple(int(item.data(Qt.ItemDataRole.UserRole)) for item in items if item is not None)

    def _add_item(self, partner_id: int, name: str) -> None:
        item = QListWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, partner_id)
        self.release_partners.addItem(item)

    def _add_release_partner(self) -> None:
        partner_id = self.release_picker.partner_id()
        if partner_id is None or partner_id in self.release_partner_ids():
            return
        self._add_item(partner_id, self._names.get(partner_id, ""))
        self.release_picker.clear()
        self.changed.emit()

    def _remove_release_partner(self) -> None:
        for item in self.release_partners.selectedItems():
            self.release_partners.takeItem(self.release_partners.row(item))
            self.changed.emit()
