"""The filters of the offers guide (Wegweiser) before it is written: Anliegen, legal areas,
target group and place, with the number of matching offers shown as the user chooses.

Layout and checks only; the controller (``ui.casework_document_actions``) reads
:meth:`GuideDialog.filters` and runs the PDF or Excel export with them (the keyword arguments
of ``services.guide.search_offers``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from aktif_desktop import messages
from aktif_desktop.casework import Concern
from aktif_desktop.errors import AktifError
from aktif_desktop.services import guide
from ui.widgets.forms import InlineErrorLabel, watch
from ui.widgets.legal_areas import LegalAreaSelector
from ui.widgets.style import MUTED


class GuideDialog(QDialog):
    """Which offers go into the guide.

    Attributes:
        concern: "alle Anliegen" or one concern (data: its code, "" for all).
        legal_areas: the legal-area tags (none checked: all).
        target_group, place: free text ("" : all).
        count: "N Angebote passen" (updated on every change); message: the inline refusal.
    """

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Der Wegweiser enthält die Leistungsangebote aktiver Partner, nach Anliegen "
                "gruppiert. Ohne Auswahl stehen alle Angebote darin."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.concern = QComboBox()
        self.concern.addItem(self.tr("alle Anliegen"), "")
        for member in Concern:
            self.concern.addItem(member.label, member.value)
        form.addRow(self.tr("Anliegen:"), self.concern)
        self.legal_areas = LegalAreaSelector(columns=5)
        form.addRow(self.tr("Rechtskreise:"), self.legal_areas)
        self.target_group = QLineEdit()
        self.target_group.setPlaceholderText(self.tr("z. B. Alleinerziehende (freilassen: alle)"))
        form.addRow(self.tr("Zielgruppe enthält:"), self.target_group)
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("Ort oder PLZ des Partners (freilassen: alle)"))
        form.addRow(self.tr("Ort:"), self.place)
        layout.addLayout(form)
        note = QLabel(messages.GUIDE_NOTE_CONSENT)
        note.setWordWrap(True)
        note.setStyleSheet(MUTED)
        layout.addWidget(note)
        self.count = QLabel()
        layout.addWidget(self.count)
        self.message = InlineErrorLabel()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Weiter …"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        watch([self.target_group, self.place], self._update_count)
        self.concern.currentIndexChanged.connect(lambda _index: self._update_count())
        self.legal_areas.changed.connect(self._update_count)
        self._update_count()
        self.resize(760, self.sizeHint().height())

    def filters(self) -> dict[str, Any]:
        """The keyword arguments of ``search_offers`` / ``write_guide_pdf`` / ``_xlsx``."""
        return {
            "concern": str(self.concern.currentData() or ""),
            "legal_areas": self.legal_areas.codes(),
            "target_group": self.target_group.text().strip(),
            "place": self.place.text().strip(),
        }

    def matching(self) -> int:
        """The number of offers the filters select."""
        return len(guide.search_offers(**self.filters()))

    def _update_count(self) -> None:
        self.message.clear_message()
        try:
            found = self.matching()
        except AktifError as error:
            self.count.setText("")
            self.message.show_message(error.message)
            return
        self.count.setText(
            self.tr("1 Angebot passt.")
            if found == 1
            else self.tr("%1 Angebote passen.").replace("%1", str(found))
        )

    def accept(self) -> None:
        """Refuse an empty selection here (German, inline) instead of after the file dialog."""
        try:
            found = self.matching()
        except AktifError as error:
            self.message.show_message(error.message)
            return
        if found == 0:
            self.message.show_message(messages.GUIDE_NO_OFFERS)
            return
        super().accept()
