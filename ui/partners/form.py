"""The detail form of one partner organisation (layout and field mapping only)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from aktif_desktop.domain import OrganisationKind, OrganisationRole
from aktif_desktop.errors import AktifError
from aktif_desktop.services.organisations import OrganisationData, OrganisationRow
from ui.widgets.forms import ErrorForm, combo_with_choices, select_data, watch
from ui.widgets.legal_areas import LegalAreaSelector


class OrganisationForm(QWidget):
    """All editable fields of a partner; ``changed`` fires on every edit by the user.

    Signals:
        changed(): the user edited a field (the page marks the record dirty).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = ErrorForm()
        self.form = form
        outer = QVBoxLayout(self)
        outer.addLayout(form)
        outer.addStretch(1)  # keeps the rows together at the top of the scroll area
        self.name = QLineEdit()
        self.kind = combo_with_choices(OrganisationKind.choices())
        self.role = combo_with_choices(OrganisationRole.choices())
        self.street = QLineEdit()
        self.postcode = QLineEdit()
        self.postcode.setMaxLength(5)
        self.postcode.setMaximumWidth(90)
        self.city = QLineEdit()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.website = QLineEdit()
        self.active = QCheckBox(self.tr("aktiv im Verbund"))
        self.legal_areas = LegalAreaSelector(columns=3)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(70)
        # keys are the field names the services put into ValidationError.field
        form.add_field(self.tr("Name"), self.name, "Name")
        form.add_field(self.tr("Art"), self.kind, "Art")
        form.add_field(self.tr("Rolle im Verbund"), self.role, "Rolle im Verbund")
        form.add_field(self.tr("Straße"), self.street, "Straße")
        form.add_field(self.tr("PLZ"), self.postcode, "PLZ")
        form.add_field(self.tr("Ort"), self.city, "Ort")
        form.add_field(self.tr("Telefon"), self.phone, "Telefon")
        form.add_field(self.tr("E-Mail"), self.email, "E-Mail")
        form.add_field(self.tr("Internet"), self.website, "Internet")
        form.add_field(self.tr("Rechtskreise"), self.legal_areas, "Rechtskreise")
        form.add_field(self.tr("Notizen"), self.notes, "Notizen")
        form.add_field(self.tr("Status"), self.active, "Status")
        watch(
            [
                self.name,
                self.kind,
                self.role,
                self.street,
                self.postcode,
                self.city,
                self.phone,
                self.email,
                self.website,
                self.notes,
                self.active,
            ],
            self.changed.emit,
        )
        self.legal_areas.changed.connect(self.changed)

    def set_data(self, data: OrganisationData | OrganisationRow) -> None:
        """Fill the fields (without emitting ``changed``)."""
        self.blockSignals(True)
        self.name.setText(data.name)
        select_data(self.kind, data.kind)
        select_data(self.role, data.role)
        self.street.setText(data.street)
        self.postcode.setText(data.postcode)
        self.city.setText(data.city)
        self.phone.setText(data.phone)
        self.email.setText(data.email)
        self.website.setText(data.website)
        self.notes.setPlainText(data.notes)
        self.active.setChecked(data.active)
        self.legal_areas.set_codes(data.legal_areas)
        self.form.clear_errors()
        self.blockSignals(False)

    def data(self) -> OrganisationData:
        """Return what the fields hold (the service validates it)."""
        return OrganisationData(
            name=self.name.text(),
            kind=self.kind.currentData(),
            role=self.role.currentData(),
            street=self.street.text(),
            postcode=self.postcode.text(),
            city=self.city.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            website=self.website.text(),
            notes=self.notes.toPlainText(),
            active=self.active.isChecked(),
            legal_areas=self.legal_areas.codes(),
        )

    def show_error(self, error: AktifError) -> None:
        self.form.show_error(error)

    def clear_errors(self) -> None:
        self.form.clear_errors()
