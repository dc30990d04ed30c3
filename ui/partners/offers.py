"""An organisation's Leistungsangebote: a list with add, edit and delete, and the edit dialog
(with the concerns, Anliegen, an offer answers: the Wegweiser and the referral form search by
them)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from aktif_desktop.casework import Concern
from aktif_desktop.errors import AktifError
from aktif_desktop.services import contacts, offers
from aktif_desktop.services.offers import ServiceData, ServiceRow
from ui.table_model import Column, RowTableModel
from ui.widgets.dialogs import ask_yes_no, show_error
from ui.widgets.forms import ErrorForm, combo_with_choices, select_data
from ui.widgets.legal_areas import TAG_STYLE, LegalAreaSelector
from ui.widgets.table import make_table


class ConcernSelector(QWidget):
    """One checkable tag per concern (Anliegen), in the vocabulary's order; looks and works
    like the legal-area tags.

    Signals:
        changed(): the set of checked concerns changed through the user.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, columns: int = 4) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.buttons: dict[str, QPushButton] = {}
        for index, member in enumerate(Concern):
            button = QPushButton(member.label, self)
            button.setCheckable(True)
            button.setStyleSheet(TAG_STYLE)
            button.setAccessibleName(self.tr("Anliegen: {label}").format(label=member.label))
            button.toggled.connect(lambda _checked: self.changed.emit())
            layout.addWidget(button, index // columns, index % columns)
            self.buttons[member.value] = button

    def codes(self) -> tuple[str, ...]:
        """The checked concern codes in the vocabulary's order."""
        return tuple(code for code, button in self.buttons.items() if button.isChecked())

    def set_codes(self, codes: tuple[str, ...] | list[str]) -> None:
        """Check exactly ``codes`` without emitting ``changed``."""
        for code, button in self.buttons.items():
            button.blockSignals(True)
            button.setChecked(code in codes)
            button.blockSignals(False)


class ServiceDialog(QDialog):
    """Create or edit one offer; the service's validation errors appear next to the fields."""

    def __init__(
        self, organisation_id: int, row: ServiceRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.organisation_id = organisation_id
        self.row = row
        self.result_row: ServiceRow | None = None
        self.setWindowTitle(
            self.tr("Leistungsangebot bearbeiten") if row else self.tr("Neues Leistungsangebot")
        )
        layout = QVBoxLayout(self)
        self.form = ErrorForm()
        self.name = QLineEdit()
        self.target_group = QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(80)
        choices = [("", self.tr("– keine –"))]
        choices += [
            (str(c.id), c.full_name)
            for c in contacts.list_contacts(organisation_id=organisation_id)
        ]
        self.contact = combo_with_choices(choices)
        self.legal_areas = LegalAreaSelector(columns=4)
        self.concerns = ConcernSelector(columns=3)
        self.form.add_field(self.tr("Bezeichnung"), self.name, "Bezeichnung")
        self.form.add_field(self.tr("Zielgruppe"), self.target_group, "Zielgruppe")
        self.form.add_field(self.tr("Ansprechperson"), self.contact, "Ansprechperson")
        self.form.add_field(self.tr("Anliegen"), self.concerns, "Anliegen")
        self.form.add_field(self.tr("Rechtskreise"), self.legal_areas, "Rechtskreise")
        self.form.add_field(self.tr("Beschreibung"), self.description, "Beschreibung")
        layout.addLayout(self.form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if row is not None:
            self.name.setText(row.name)
            self.target_group.setText(row.target_group)
            self.description.setPlainText(row.description)
            select_data(self.contact, str(row.contact_id) if row.contact_id else "")
            self.legal_areas.set_codes(row.legal_areas)
            self.concerns.set_codes(row.concerns)
        self.setMinimumWidth(720)

    def data(self) -> ServiceData:
        contact = self.contact.currentData()
        return ServiceData(
            organisation_id=self.organisation_id,
            name=self.name.text(),
            description=self.description.toPlainText(),
            target_group=self.target_group.text(),
            contact_id=int(contact) if contact else None,
            legal_areas=self.legal_areas.codes(),
            concerns=self.concerns.codes(),
        )

    def save(self) -> None:
        try:
            if self.row is None:
                self.result_row = offers.create_service(self.data())
            else:
                self.result_row = offers.update_service(self.row.id, self.data(), self.row.version)
        except AktifError as error:
            self.form.show_error(error)
            return
        self.accept()


class OffersPanel(QWidget):
    """The offers of the organisation shown in the form."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.organisation_id: int | None = None
        self.model: RowTableModel[ServiceRow] = RowTableModel(
            [
                Column(self.tr("Bezeichnung"), lambda r: r.name),
                Column(self.tr("Zielgruppe"), lambda r: r.target_group),
                Column(self.tr("Anliegen"), lambda r: r.concern_labels),
                Column(self.tr("Rechtskreise"), lambda r: r.legal_area_labels),
                Column(self.tr("Ansprechperson"), lambda r: r.contact_name),
            ],
            self,
        )
        self.table = make_table(self.model, [200, 140, 170, 130, 150], self)
        self.table.doubleClicked.connect(self.edit_selected)
        self.empty = QLabel(self.tr("Noch keine Leistungsangebote. „Hinzufügen“ legt eines an."))
        self.empty.setStyleSheet("color: #5b6875;")
        self.add_button = QPushButton(self.tr("Hinzufügen…"))
        self.edit_button = QPushButton(self.tr("Bearbeiten…"))
        self.delete_button = QPushButton(self.tr("Löschen"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.set_organisation(None)

    def set_organisation(self, organisation_id: int | None) -> None:
        self.organisation_id = organisation_id
        rows = offers.list_services(organisation_id=organisation_id) if organisation_id else []
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        for button in (self.add_button, self.edit_button, self.delete_button):
            button.setEnabled(organisation_id is not None)

    def selected(self) -> ServiceRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.row_at(indexes[0].row()) if indexes else None

    def add(self) -> None:
        if self.organisation_id is None:
            return
        if ServiceDialog(self.organisation_id, None, self).exec():
            self.set_organisation(self.organisation_id)

    def edit_selected(self) -> None:
        row = self.selected()
        if row is None or self.organisation_id is None:
            return
        if ServiceDialog(self.organisation_id, row, self).exec():
            self.set_organisation(self.organisation_id)

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        question = self.tr("Das Leistungsangebot „{name}“ löschen?").format(name=row.name)
        if not ask_yes_no(self, self.tr("Leistungsangebot löschen"), question):
            return
        try:
            offers.delete_service(row.id)
        except AktifError as error:
            show_error(self, self.tr("Leistungsangebot löschen"), error.message)
        self.set_organisation(self.organisation_id)
