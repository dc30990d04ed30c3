"""The detail form of one contact person (layout and field mapping only)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from aktif_desktop.errors import AktifError, ValidationError
from aktif_desktop.esf import Gender
from aktif_desktop.services import duplicates
from aktif_desktop.services.contacts import ContactData, ContactRow
from aktif_desktop.services.organisations import OrganisationRow
from ui.widgets.forms import (
    ErrorForm,
    from_qdate,
    german_date,
    optional_date_edit,
    select_data,
    to_qdate,
    watch,
)

SALUTATIONS = ("", "Frau", "Herr", "Divers")
DUPLICATE_CHECK_MS = 300  # the pause after the last keystroke before names are compared


class ContactForm(QWidget):
    """All editable fields of a contact, consent with dates and the "Nummer geprüft" button.

    Signals:
        changed(): the user edited a field.
        verify_requested(): the user pressed "Nummer geprüft".
    """

    changed = Signal()
    verify_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.verified_at: dt.date | None = None
        form = ErrorForm()
        self.form = form
        outer = QVBoxLayout(self)
        outer.addLayout(form)
        outer.addStretch(1)
        self.salutation = QComboBox()
        self.salutation.addItems(list(SALUTATIONS))
        self.title = QLineEdit()
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.organisation = QComboBox()
        self.organisation.setEditable(True)
        self.organisation.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.organisation.completer()
        if completer is not None:  # an editable combo box always has one
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.function = QLineEdit()
        # Optional (ESF Plus counts by it); "nicht erfasst" first: nobody is asked by default.
        self.gender = QComboBox()
        for code, label in Gender.choices():
            self.gender.addItem(label, code)
        self.gender.setToolTip(
            self.tr(
                "Nur eintragen, wenn die Person es selbst angegeben hat. Der Bericht zählt "
                "Teilnehmende danach (ESF Plus)."
            )
        )
        self.phone = QLineEdit()
        self.mobile = QLineEdit()
        self.email = QLineEdit()
        self.topics = QPlainTextEdit()
        self.topics.setFixedHeight(56)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(56)
        self.active = QCheckBox(self.tr("aktiv"))
        self.consent_share = QCheckBox(self.tr("darf an Partner weitergegeben werden"))
        self.consent_share_date = optional_date_edit()
        self.consent_lists = QCheckBox(self.tr("darf auf Teilnahmelisten stehen"))
        self.consent_lists_date = optional_date_edit()
        self.consent_scope = QLineEdit()
        self.consent_scope.setPlaceholderText(
            self.tr("z. B. Name, Telefon und E-Mail an die Verbundpartner")
        )
        self.consent_recorded_by = QLineEdit()
        self.consent_recorded_by.setPlaceholderText(
            self.tr("wird beim Speichern mit Ihrem Benutzernamen gefüllt")
        )
        self.verified_label = QLabel()
        self.verify_button = QPushButton(self.tr("Nummer geprüft"))
        self.verify_button.setToolTip(
            self.tr("Vermerkt, dass die direkte Telefonnummer heute geprüft wurde.")
        )
        self.verify_button.clicked.connect(lambda _checked=False: self.verify_requested.emit())
        name_row = self._row(self.salutation, self.title)
        self.title.setPlaceholderText(self.tr("Titel, z. B. Dr."))
        form.add_field(self.tr("Anrede / Titel"), name_row, "Anrede")
        form.errors["Titel"] = form.errors["Anrede"]
        form.fields["Titel"] = self.title
        form.add_field(self.tr("Vorname"), self.first_name, "Vorname")
        form.add_field(self.tr("Nachname"), self.last_name, "Nachname")
        self._build_duplicate_hint()
        form.addRow(self.duplicate_hint)
        form.add_field(self.tr("Einrichtung"), self.organisation, "Der Partner")
        form.add_field(self.tr("Funktion"), self.function, "Funktion")
        form.add_field(self.tr("Geschlecht (freiwillig)"), self.gender, "Geschlecht")
        form.add_field(self.tr("Telefon (direkt)"), self.phone, "Telefon (direkt)")
        form.add_field(self.tr("Mobil"), self.mobile, "Mobil")
        form.add_field(self.tr("E-Mail"), self.email, "E-Mail")
        form.add_field(self.tr("Themen"), self.topics, "Themen")
        form.add_field(self.tr("Notizen"), self.notes, "Notizen")
        form.add_field(
            self.tr("Weitergabe"), self._row(self.consent_share, self.consent_share_date), "share"
        )
        form.add_field(
            self.tr("Teilnahmelisten"), self._row(self.consent_lists, self.consent_lists_date), "l"
        )
        form.add_field(
            self.tr("Umfang der Einwilligung"), self.consent_scope, "Umfang der Einwilligung"
        )
        form.add_field(self.tr("Erfasst von"), self.consent_recorded_by, "Erfasst von")
        form.add_field(self.tr("Status"), self.active, "Status")
        form.add_field(
            self.tr("Nummer geprüft"), self._row(self.verified_label, self.verify_button)
        )
        self.consent_share.toggled.connect(self.consent_share_date.setEnabled)
        self.consent_lists.toggled.connect(self.consent_lists_date.setEnabled)
        self.organisation.currentIndexChanged.connect(self._organisation_changed)
        line_edit = self.organisation.lineEdit()
        if line_edit is not None:  # editable: it has one
            line_edit.textEdited.connect(self._organisation_changed)
        watch(
            [
                self.salutation,
                self.title,
                self.first_name,
                self.last_name,
                self.function,
                self.gender,
                self.phone,
                self.mobile,
                self.email,
                self.topics,
                self.notes,
                self.active,
                self.consent_share,
                self.consent_share_date,
                self.consent_lists,
                self.consent_lists_date,
                self.consent_scope,
                self.consent_recorded_by,
            ],
            self.changed.emit,
        )

    # The duplicate hint ---------------------------------------------------------------
    def _build_duplicate_hint(self) -> None:
        """A non-blocking note under the names when a stored contact looks like this one."""
        self.duplicate_check = False  # only for a new contact (the page switches it on)
        self.duplicate_hint = QLabel(self)
        self.duplicate_hint.setWordWrap(True)
        self.duplicate_hint.setStyleSheet(
            "QLabel { background:#fff4e5; color:#7a4b00; border:1px solid #f5c57a;"
            " padding:4px; border-radius:3px; }"
        )
        self.duplicate_hint.hide()
        self.duplicate_timer = QTimer(self)
        self.duplicate_timer.setSingleShot(True)
        self.duplicate_timer.setInterval(DUPLICATE_CHECK_MS)
        self.duplicate_timer.timeout.connect(self.check_duplicates)
        for edit in (self.first_name, self.last_name, self.email):
            edit.textEdited.connect(self._schedule_duplicate_check)
        self.organisation.activated.connect(self._schedule_duplicate_check)

    def set_duplicate_check(self, enabled: bool) -> None:
        """Compare the typed names with the stored contacts (a new contact) or not."""
        self.duplicate_check = enabled
        self.duplicate_timer.stop()
        self.duplicate_hint.clear()
        self.duplicate_hint.hide()

    def _schedule_duplicate_check(self, *_args: object) -> None:
        if self.duplicate_check:
            self.duplicate_timer.start()  # restarts: one check after the typing pauses

    def check_duplicates(self) -> None:
        """Ask the duplicate finder's rules about the typed person; show or hide the hint."""
        if not self.duplicate_check:
            return
        organisation = self.organisation.currentData()
        try:
            matches = duplicates.possible_matches(
                self.first_name.text(),
                self.last_name.text(),
                self.email.text(),
                int(organisation) if organisation is not None else None,
            )
        except AktifError:
            matches = []
        if not matches:
            self.duplicate_hint.clear()
            self.duplicate_hint.hide()
            return
        people = "; ".join(
            f"{match.full_name} ({match.organisation_name})"
            if match.organisation_name
            else match.full_name
            for match in matches
        )
        self.duplicate_hint.setText(self.tr("Mögliche Dublette: {people}").format(people=people))
        self.duplicate_hint.setToolTip(
            self.tr(
                "Vielleicht ist diese Person schon erfasst. Prüfen Sie das vor dem Speichern; "
                "gespeichert werden kann trotzdem."
            )
        )
        self.duplicate_hint.show()

    @staticmethod
    def _row(*widgets: QWidget) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            row.addWidget(widget)
        row.addStretch(1)
        return box

    def _organisation_changed(self, *_args: object) -> None:
        if not self.signalsBlocked():
            self.changed.emit()

    def set_organisations(self, rows: list[OrganisationRow]) -> None:
        """Fill the organisation picker (keeps the current choice)."""
        current = self.organisation.currentData()
        self.organisation.blockSignals(True)
        self.organisation.clear()
        self.organisation.addItem(self.tr("– ohne Einrichtung –"), None)
        for row in rows:
            self.organisation.addItem(row.name, row.id)
        select_data(self.organisation, current)
        self.organisation.blockSignals(False)

    def choose_organisation(self, organisation_id: int, name: str) -> None:
        """Pick the organisation (added to the list if the list is not loaded yet)."""
        if self.organisation.findData(organisation_id) < 0:
            self.organisation.addItem(name, organisation_id)
        select_data(self.organisation, organisation_id)

    def set_data(self, data: ContactData | ContactRow) -> None:
        """Fill the fields (without emitting ``changed``)."""
        self.blockSignals(True)
        self.organisation.blockSignals(True)
        self.salutation.setCurrentText(data.salutation)
        self.title.setText(data.title)
        self.first_name.setText(data.first_name)
        self.last_name.setText(data.last_name)
        select_data(self.organisation, data.organisation_id)
        self.function.setText(data.function)
        select_data(self.gender, data.gender)
        if self.gender.currentData() != data.gender:  # a code this version does not know
            self.gender.addItem(data.gender, data.gender)
            select_data(self.gender, data.gender)
        self.phone.setText(data.phone)
        self.mobile.setText(data.mobile)
        self.email.setText(data.email)
        self.topics.setPlainText(data.topics)
        self.notes.setPlainText(data.notes)
        self.active.setChecked(data.active)
        self.consent_share.setChecked(data.consent_share)
        self.consent_share_date.setDate(to_qdate(data.consent_share_date))
        self.consent_share_date.setEnabled(data.consent_share)
        self.consent_lists.setChecked(data.consent_lists)
        self.consent_lists_date.setDate(to_qdate(data.consent_lists_date))
        self.consent_lists_date.setEnabled(data.consent_lists)
        self.consent_scope.setText(data.consent_scope)
        self.consent_recorded_by.setText(data.consent_recorded_by)
        self.verified_at = data.verified_at
        self.verified_label.setText(
            german_date(data.verified_at) if data.verified_at else self.tr("noch nie geprüft")
        )
        self.form.clear_errors()
        self.organisation.blockSignals(False)
        self.blockSignals(False)

    def data(self) -> ContactData:
        """Return what the fields hold (the service validates it).

        Raises ValidationError when the organisation text typed matches no partner.
        """
        organisation = self.organisation.currentData()
        typed = self.organisation.currentText().strip()
        if typed != self.organisation.itemText(self.organisation.currentIndex()):
            raise ValidationError(
                self.tr(
                    "„{name}“ ist keine bekannte Einrichtung. Bitte wählen Sie eine Einrichtung "
                    "aus der Liste oder „– ohne Einrichtung –“."
                ).format(name=typed),
                field="Der Partner",
            )
        return ContactData(
            salutation=self.salutation.currentText(),
            title=self.title.text(),
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            organisation_id=int(organisation) if organisation is not None else None,
            function=self.function.text(),
            phone=self.phone.text(),
            mobile=self.mobile.text(),
            email=self.email.text(),
            topics=self.topics.toPlainText(),
            notes=self.notes.toPlainText(),
            active=self.active.isChecked(),
            consent_share=self.consent_share.isChecked(),
            consent_share_date=from_qdate(self.consent_share_date.date())
            if self.consent_share.isChecked()
            else None,
            consent_lists=self.consent_lists.isChecked(),
            consent_lists_date=from_qdate(self.consent_lists_date.date())
            if self.consent_lists.isChecked()
            else None,
            consent_scope=self.consent_scope.text(),
            consent_recorded_by=self.consent_recorded_by.text(),
            verified_at=self.verified_at,
            gender=str(self.gender.currentData() or ""),
        )

    def show_error(self, error: AktifError) -> None:
        self.form.show_error(error)
