"""The referral form (Neuer Verweis): made for the keyboard, a referral in under 30 seconds.

Tab goes date (today) → partner (type a few letters) → Anliegen (type the first letters) →
warme Übergabe (Space) → Wiedervorlage (keine, in 1/2/4 Wochen, am Datum …) → Notiz; Enter
saves from any field. The partners' matching offers for the chosen concern are listed below
(from the guide, when it is installed; nothing is written).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from aktif_desktop import clock, messages
from aktif_desktop.casework import CONCERN_LEGAL_AREAS, Concern
from aktif_desktop.services import referrals
from aktif_desktop.services.organisations import OrganisationRow
from aktif_desktop.services.referrals import ReferralData, ReferralRow
from ui.cases.common import date_edit, date_of, offer_text, set_date, suggest_offers
from ui.cases.entry_save import save_entry
from ui.cases.partner_picker import PartnerPicker
from ui.widgets.forms import ErrorForm
from ui.widgets.style import MUTED

NO_FOLLOW_UP, ON_DATE = -1, -2
FOLLOW_UP_WEEKS = (1, 2, 4)
LABELS = {
    "referred_on": "Datum",
    "organisation_id": "Partner",
    "concern": "Anliegen",
    "warm_handover": "warme Übergabe",
    "follow_up_on": "Wiedervorlage",
    "note": "Notiz",
}


class ReferralForm(QDialog):
    """Enter or change one referral of a case.

    Attributes:
        saved: the stored referral after Enter/Speichern, else None.
    """

    def __init__(
        self,
        case_id: int,
        partners: list[OrganisationRow],
        row: ReferralRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.case_id, self.row = case_id, row
        self.saved: Any = None
        self.setWindowTitle(self.tr("Verweis bearbeiten") if row else self.tr("Neuer Verweis"))
        self.setMinimumWidth(520)
        self.form = ErrorForm()
        self.date = date_edit()
        self.partner = PartnerPicker()
        self.partner.set_partners(partners)
        self.concern = QComboBox()
        for concern in Concern:
            self.concern.addItem(concern.label, concern.value)
        self.concern.currentIndexChanged.connect(self._show_offers)
        self.warm = QCheckBox(self.tr("warme Übergabe (persönlich begleitet)"))
        self.follow_up = QComboBox()
        self.follow_up.addItem(self.tr("keine"), NO_FOLLOW_UP)
        for weeks in FOLLOW_UP_WEEKS:
            text = self.tr("in 1 Woche") if weeks == 1 else self.tr("in {n} Wochen")
            self.follow_up.addItem(text.format(n=weeks), weeks)
        self.follow_up.addItem(self.tr("am Datum …"), ON_DATE)
        self.follow_up_date = date_edit()
        self.follow_up.currentIndexChanged.connect(self._follow_up_changed)
        self.note = QLineEdit()
        self.note.setPlaceholderText(messages.NAME_HINT)
        self.offers = QLabel()
        self.offers.setWordWrap(True)
        self.offers.setStyleSheet(MUTED)
        self.offers.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._lay_out()
        self._fill(row)

    def _lay_out(self) -> None:
        add = self.form.add_field
        add(self.tr("Datum"), self.date, "Datum")
        add(self.tr("Partner"), self.partner, "Partner")
        add(self.tr("Anliegen"), self.concern, "Anliegen")
        add("", self.warm, "warme Übergabe")
        add(self.tr("Wiedervorlage"), self.follow_up, "Wiedervorlage")
        add(self.tr("Wiedervorlage am"), self.follow_up_date, "Wiedervorlage am")
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
        title = QLabel(self.tr("Passende Angebote der Partner"))
        title.setStyleSheet("font-weight: bold;")
        self.offers_title = title
        layout.addWidget(title)
        layout.addWidget(self.offers)
        layout.addStretch(1)
        layout.addWidget(buttons)
        # Only the fields take Tab; the buttons are reached with Enter and Escape.
        self.setTabOrder(self.date, self.partner)
        self.setTabOrder(self.partner, self.concern)
        self.setTabOrder(self.concern, self.warm)
        self.setTabOrder(self.warm, self.follow_up)
        self.setTabOrder(self.follow_up, self.follow_up_date)
        self.setTabOrder(self.follow_up_date, self.note)

    def _fill(self, row: ReferralRow | None) -> None:
        if row is not None:
            set_date(self.date, row.referred_on or clock.today())
            self.partner.set_partner(row.organisation_id)
            self.concern.setCurrentIndex(max(0, self.concern.findData(row.concern)))
            self.warm.setChecked(row.warm_handover)
            self.note.setText(row.note)
            if row.follow_up_on is not None:
                self.follow_up.setCurrentIndex(self.follow_up.findData(ON_DATE))
                set_date(self.follow_up_date, row.follow_up_on)
        self._follow_up_changed()
        self._show_offers()
        # The date is today already; Tab in a date field walks its day/month/year first.
        self.partner.setFocus()

    def _follow_up_changed(self) -> None:
        self.follow_up_date.setEnabled(self.follow_up.currentData() == ON_DATE)

    def _show_offers(self) -> None:
        concern = str(self.concern.currentData())
        areas = CONCERN_LEGAL_AREAS.get(Concern(concern), ())
        lines = [offer_text(offer) for offer in suggest_offers(concern, areas)]
        self.offers.setText("\n".join(f"• {line}" for line in lines))
        self.offers_title.setVisible(bool(lines))
        self.offers.setVisible(bool(lines))

    def follow_up_on(self) -> dt.date | None:
        choice = self.follow_up.currentData()
        if choice == NO_FOLLOW_UP:
            return None
        if choice == ON_DATE:
            return date_of(self.follow_up_date)
        return date_of(self.date) + dt.timedelta(weeks=int(choice))

    def data(self) -> ReferralData:
        """The form's values; the fields a form does not show keep the stored ones."""
        base = self.row
        return ReferralData(
            family_case_id=self.case_id,
            organisation_id=self.partner.partner_id() or 0,
            concern=str(self.concern.currentData()),
            referred_on=date_of(self.date),
            referred_by=base.referred_by if base else "",
            contact_id=base.contact_id if base and self._same_partner() else None,
            warm_handover=self.warm.isChecked(),
            status=base.status if base else referrals.Status.PLANNED.value,
            result=base.result if base else "",
            feedback_on=base.feedback_on if base else None,
            follow_up_on=self.follow_up_on(),
            note=self.note.text(),
        )

    def _same_partner(self) -> bool:
        return self.row is not None and self.partner.partner_id() == self.row.organisation_id

    def save(self) -> None:
        """Store the entry; a refusal stays in the form next to its field."""
        stored = save_entry(
            self,
            self.form,
            picker=self.partner,
            field="Partner",
            ambiguous_hint=self.tr(
                "Mehrere Partner passen zu diesem Text: bitte weitertippen oder einen aus "
                "der Liste wählen."
            ),
            missing_hint=self.tr(
                "Bitte einen Partner wählen: einige Buchstaben des Namens tippen."
            ),
            row=self.row,
            data=self.data(),
            labels=LABELS,
            create=referrals.create_referral,
            update=referrals.update_referral,
        )
        if stored is not None:
            self.saved = stored
