"""The application form (Neuer Antrag): benefit, BuT parts, authority, date, stamp, note.

Tab goes Leistung → (the parts of Bildung und Teilhabe, only enabled for it) → Behörde (type
a few letters) → eingereicht am → mit Projektstempel (checked) → Notiz; Enter saves.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from aktif_desktop import clock, messages
from aktif_desktop.casework import Benefit, EducationPart
from aktif_desktop.services import applications
from aktif_desktop.services.applications import ApplicationData, ApplicationRow
from aktif_desktop.services.organisations import OrganisationRow
from ui.cases.common import date_edit, date_of, set_date
from ui.cases.entry_save import save_entry
from ui.cases.partner_picker import PartnerPicker
from ui.widgets.forms import ErrorForm

LABELS = {
    "benefit": "Leistung",
    "education_parts": "Teile",
    "authority_id": "Behörde",
    "submitted_on": "eingereicht am",
    "stamped": "mit Projektstempel",
    "note": "Notiz",
}


class ApplicationForm(QDialog):
    """Enter or change one application of a case (its status changes on the timeline).

    Attributes:
        saved: the stored application after Enter/Speichern, else None.
        parts: one check box per part of Bildung und Teilhabe.
    """

    def __init__(
        self,
        case_id: int,
        partners: list[OrganisationRow],
        row: ApplicationRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.case_id, self.row = case_id, row
        self.saved: Any = None
        self.setWindowTitle(self.tr("Antrag bearbeiten") if row else self.tr("Neuer Antrag"))
        self.setMinimumWidth(520)
        self.form = ErrorForm()
        self.benefit = QComboBox()
        for benefit in Benefit:
            self.benefit.addItem(benefit.label, benefit.value)
        self.benefit.currentIndexChanged.connect(self._benefit_changed)
        self.parts: dict[str, QCheckBox] = {
            part.value: QCheckBox(part.label) for part in EducationPart
        }
        parts_box = QWidget()
        grid = QGridLayout(parts_box)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, box in enumerate(self.parts.values()):
            grid.addWidget(box, index // 2, index % 2)
        self.authority = PartnerPicker()
        self.authority.setPlaceholderText(self.tr("Behörde: Namen eingeben …"))
        self.authority.set_partners(partners)
        self.submitted = date_edit()
        self.stamped = QCheckBox(self.tr("mit dem Projektstempel versehen"))
        self.stamped.setChecked(True)
        self.note = QLineEdit()
        self.note.setPlaceholderText(messages.NAME_HINT)
        add = self.form.add_field
        add(self.tr("Leistung"), self.benefit, "Leistung")
        add(self.tr("Teile (BuT)"), parts_box, "Teile")
        add(self.tr("Behörde"), self.authority, "Behörde")
        add(self.tr("eingereicht am"), self.submitted, "eingereicht am")
        add("", self.stamped, "Stempel")
        add(self.tr("Notiz"), self.note, "Notiz")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Speichern"))
        self.save_button.setToolTip(self.tr("Speichern (Eingabe)"))
        self.save_button.setDefault(True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        chain: list[QWidget] = [self.benefit, *self.parts.values(), self.authority]
        chain += [self.submitted, self.stamped, self.note]
        for first, second in zip(chain, chain[1:], strict=False):
            self.setTabOrder(first, second)
        self._fill(row)

    def _fill(self, row: ApplicationRow | None) -> None:
        if row is not None:
            self.benefit.setCurrentIndex(max(0, self.benefit.findData(row.benefit)))
            for code, box in self.parts.items():
                box.setChecked(code in row.education_parts)
            self.authority.set_partner(row.authority_id)
            set_date(self.submitted, row.submitted_on or clock.today())
            self.stamped.setChecked(row.stamped)
            self.note.setText(row.note)
        self._benefit_changed()
        self.benefit.setFocus()

    def _benefit_changed(self) -> None:
        """The parts only mean something for Bildung und Teilhabe."""
        education = self.benefit.currentData() == Benefit.EDUCATION_PACKAGE.value
        for box in self.parts.values():
            box.setEnabled(education)

    def data(self) -> ApplicationData:
        education = self.benefit.currentData() == Benefit.EDUCATION_PACKAGE.value
        return ApplicationData(
            family_case_id=self.case_id,
            benefit=str(self.benefit.currentData()),
            authority_id=self.authority.partner_id() or 0,
            submitted_on=date_of(self.submitted),
            education_parts=tuple(
                code for code, box in self.parts.items() if education and box.isChecked()
            ),
            stamped=self.stamped.isChecked(),
            note=self.note.text(),
        )

    def save(self) -> None:
        """Store the entry; a refusal stays in the form next to its field."""
        stored = save_entry(
            self,
            self.form,
            picker=self.authority,
            field="Behörde",
            ambiguous_hint=self.tr(
                "Mehrere Behörden passen zu diesem Text: bitte weitertippen oder eine aus "
                "der Liste wählen."
            ),
            missing_hint=self.tr("Bitte eine Behörde wählen: einige Buchstaben des Namens tippen."),
            row=self.row,
            data=self.data(),
            labels=LABELS,
            create=applications.create_application,
            update=applications.update_application,
        )
        if stored is not None:
            self.saved = stored
