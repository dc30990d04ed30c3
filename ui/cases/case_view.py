"""The right side of the cases page: one case with its timeline ("Verlauf") and its fields
("Angaben"), and the entry of new referrals and applications."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from aktif_desktop.errors import AktifError
from aktif_desktop.services import applications, cases, referrals
from aktif_desktop.services.cases import CaseRow
from aktif_desktop.services.organisations import OrganisationRow
from ui import casework_document_actions
from ui.cases.application_form import ApplicationForm
from ui.cases.case_form import LABELS, CaseForm
from ui.cases.common import german
from ui.cases.referral_form import ReferralForm
from ui.cases.timeline import APPLICATION, REFERRAL, Timeline, TimelineItem, timeline_items
from ui.widgets.stale_dialog import save_or_resolve
from ui.widgets.style import MUTED

NEW_REFERRAL_KEY = "Ctrl+Shift+V"
NEW_APPLICATION_KEY = "Ctrl+Shift+A"


class CaseView(QWidget):
    """One case: title, figures, the timeline with its status buttons and the fields.

    Signals:
        written(str): the case or one of its entries was stored (a success message).
        failed(str): a write was refused (the German message).
    Attributes:
        row: the case shown (None: nothing selected); dirty: the fields have unsaved edits.
    """

    written = Signal(str)
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row: CaseRow | None = None
        self.dirty = False
        self.partners: list[OrganisationRow] = []
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(MUTED)
        self.placeholder = QLabel(
            self.tr(
                "Wählen Sie links eine Familie aus oder legen Sie mit „Neue Familie“ (Strg+N) "
                "eine an. Familien werden nur unter ihrem Code geführt."
            )
        )
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet(MUTED)
        self.timeline = Timeline()
        self.timeline.written.connect(self.written)
        self.timeline.failed.connect(self.failed)
        self.timeline.edit_requested.connect(self.edit_item)
        self.form = CaseForm()
        self.form.changed.connect(self._mark_dirty)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._history_tab(), self.tr("Verlauf"))
        self.tabs.addTab(self._fields_tab(), self.tr("Angaben"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.tabs, 1)
        self._shortcut(NEW_REFERRAL_KEY, self.new_referral)
        self._shortcut(NEW_APPLICATION_KEY, self.new_application)
        self.show_case(None)

    def _shortcut(self, key: str, slot: Callable[[], object]) -> None:
        shortcut = QShortcut(QKeySequence(key), self)
        # on the whole page (the list has the focus most of the time)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(slot)

    def _history_tab(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        buttons = QHBoxLayout()
        self.referral_button = QPushButton(self.tr("Neuer Verweis …"))
        self.referral_button.setToolTip(
            self.tr("Einen Verweis an einen Partner eintragen (Strg+Umschalt+V)")
        )
        self.referral_button.clicked.connect(self.new_referral)
        self.application_button = QPushButton(self.tr("Neuer Antrag …"))
        self.application_button.setToolTip(
            self.tr("Einen unterstützten Antrag eintragen (Strg+Umschalt+A)")
        )
        self.application_button.clicked.connect(self.new_application)
        self.cover_button = QPushButton(self.tr("Begleitblatt (PDF) …"))
        self.cover_button.setToolTip(
            self.tr("Das Begleitblatt des ausgewählten Antrags als PDF speichern")
        )
        self.cover_button.clicked.connect(self.save_cover_sheet)
        self.labels_button = QPushButton(self.tr("Stempeletiketten (PDF) …"))
        self.labels_button.setToolTip(
            self.tr("Stempeletiketten mit dem Code dieser Familie als PDF speichern")
        )
        self.labels_button.clicked.connect(self.save_stamp_labels)
        buttons.addWidget(self.referral_button)
        buttons.addWidget(self.application_button)
        buttons.addStretch(1)
        # the documents sit right of the entry buttons, or below them when the view is narrow
        self.documents_row = QHBoxLayout()
        self.documents_row.addStretch(1)
        self.documents_row.addWidget(self.cover_button)
        self.documents_row.addWidget(self.labels_button)
        self.buttons_row = buttons
        self._documents_below = True
        self._place_documents(below=False)
        layout.addLayout(buttons)
        layout.addLayout(self.documents_row)
        layout.addWidget(self.timeline, 1)
        self.timeline.view.selectionModel().currentRowChanged.connect(
            lambda *_a: self._update_documents()
        )
        return box

    def _place_documents(self, below: bool) -> None:
        if below == self._documents_below:
            return
        self._documents_below = below
        source, target = (
            (self.buttons_row, self.documents_row)
            if below
            else (self.documents_row, self.buttons_row)
        )
        for button in (self.cover_button, self.labels_button):
            source.removeWidget(button)
            target.addWidget(button)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wanted = sum(
            b.sizeHint().width() + 12
            for b in (
                self.referral_button,
                self.application_button,
                self.cover_button,
                self.labels_button,
            )
        )
        self._place_documents(below=self.width() < wanted + 40)

    def _fields_tab(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        layout.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Speichern"))
        self.save_button.setToolTip(self.tr("Die Angaben der Familie speichern (Strg+S)"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Verwerfen"))
        self.revert_button.clicked.connect(self.revert)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, box)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)
        return box

    # showing ------------------------------------------------------------------------------
    def set_partners(self, rows: list[OrganisationRow]) -> None:
        self.partners = rows
        self.form.set_partners(rows)

    def show_case(self, row: CaseRow | None) -> None:
        """Show ``row`` (None: the hint) and read its referrals and applications."""
        self.row, self.dirty = row, False
        self.placeholder.setVisible(row is None)
        self.tabs.setVisible(row is not None)
        self.summary.setVisible(row is not None)
        if row is None:
            self.title.setText(self.tr("Familien"))
            return
        self.title.setText(self.tr("Familie {code}").format(code=row.code))
        self.summary.setText(self._summary(row))
        self.form.show_case(row)
        self.timeline.set_items(
            timeline_items(
                referrals.list_referrals(case_id=row.id),
                applications.list_applications(case_id=row.id),
            )
        )
        self._update_buttons()

    def _summary(self, row: CaseRow) -> str:
        parts = [self.tr("seit {day}").format(day=german(row.opened_on))]
        if row.household_size:
            parts.append(self.tr("{n} Personen im Haushalt").format(n=row.household_size))
        if row.children is not None:
            parts.append(self.tr("{n} Kinder").format(n=row.children))
        if row.single_parent:
            parts.append(self.tr("alleinerziehend"))
        if row.release_on:
            until = (
                self.tr(" bis {day}").format(day=german(row.release_until))
                if row.release_until
                else ""
            )
            parts.append(self.tr("Schweigepflichtentbindung{until}").format(until=until))
        else:
            parts.append(self.tr("keine Schweigepflichtentbindung"))
        return " · ".join(parts)

    def _mark_dirty(self) -> None:
        self.dirty = True
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self.dirty)
        self.revert_button.setEnabled(self.dirty)
        self._update_documents()

    def _update_documents(self) -> None:
        item = self.timeline.current()
        self.cover_button.setEnabled(item is not None and item.kind == APPLICATION)
        self.labels_button.setEnabled(self.row is not None)

    # documents ----------------------------------------------------------------------------
    def save_cover_sheet(self) -> None:
        """The Begleitblatt of the selected application (file dialog, background job)."""
        item = self.timeline.current()
        if item is not None and item.kind == APPLICATION:
            casework_document_actions.save_cover_sheet(self, item.id)

    def save_stamp_labels(self) -> None:
        """Stamp labels for this case's code (the label dialog with the code filled in)."""
        if self.row is not None:
            casework_document_actions.save_stamp_labels_for_case(self, self.row.code)

    # writing ------------------------------------------------------------------------------
    def save(self) -> bool:
        """Store the fields; a stale save is resolved field by field."""
        row = self.row
        if row is None:
            return True
        try:
            saved = save_or_resolve(
                self,
                self.form.data(row),
                row,
                LABELS,
                lambda data, version: cases.update_case(row.id, data, version),
            )
        except AktifError as error:
            self.form.form.show_error(error)
            self.failed.emit(error.message)
            return False
        self.dirty = False
        if saved is None:  # the user chose the stored state
            self.show_case(cases.get_case(row.id))
            return True
        self.show_case(saved)
        self.written.emit(
            self.tr("Die Angaben der Familie {code} sind gespeichert.").format(code=saved.code)
        )
        return True

    def revert(self) -> None:
        if self.row is not None:
            self.show_case(self.row)

    def new_referral(self) -> None:
        """Strg+Umschalt+V: the referral form for the case shown."""
        if self.row is None or not self.isVisible():
            return
        form = ReferralForm(self.row.id, self.partners, parent=self)
        if form.exec() == QDialog.DialogCode.Accepted and form.saved is not None:
            self._after_entry(
                REFERRAL,
                form.saved.id,
                self.tr("Der Verweis an {partner} ist gespeichert.").format(
                    partner=form.saved.organisation_name
                ),
            )

    def new_application(self) -> None:
        """Strg+Umschalt+A: the application form for the case shown."""
        if self.row is None or not self.isVisible():
            return
        form = ApplicationForm(self.row.id, self.partners, parent=self)
        if form.exec() == QDialog.DialogCode.Accepted and form.saved is not None:
            self._after_entry(
                APPLICATION,
                form.saved.id,
                self.tr("Der Antrag ({benefit}) ist gespeichert.").format(
                    benefit=form.saved.benefit_label
                ),
            )

    def edit_item(self, item: TimelineItem) -> None:
        if self.row is None:
            return
        form: ReferralForm | ApplicationForm
        if item.kind == REFERRAL:
            form = ReferralForm(self.row.id, self.partners, item.row, parent=self)
        else:
            form = ApplicationForm(self.row.id, self.partners, item.row, parent=self)
        if form.exec() == QDialog.DialogCode.Accepted and form.saved is not None:
            self._after_entry(item.kind, item.id, self.tr("Die Änderung ist gespeichert."))

    def _after_entry(self, kind: str, record_id: int, message: str) -> None:
        self.written.emit(message)
        self.tabs.setCurrentIndex(0)
        self.timeline.select(kind, record_id)
