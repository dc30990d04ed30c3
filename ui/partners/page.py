"""The Partner page: searchable, filterable table of organisations and the detail form.

Search and filters run in Python over the loaded rows (``filter_rows`` on each row's folded
``search_text``) and reset the model; the services do every write and every check.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from aktif_desktop.errors import AktifError
from aktif_desktop.services import contacts, organisations
from aktif_desktop.services.contacts import ContactRow
from aktif_desktop.services.merge import ORGANISATION_LABELS
from aktif_desktop.services.organisations import OrganisationData, OrganisationRow
from aktif_desktop.text import fold
from ui.partners.filters import PartnerFilters
from ui.partners.form import OrganisationForm
from ui.partners.offers import OffersPanel
from ui.table_model import Column, RowTableModel
from ui.widgets.dialogs import ask_yes_no, show_error
from ui.widgets.record_list import RecordListPage
from ui.widgets.stale_dialog import save_or_resolve
from ui.widgets.style import MUTED, grouped
from ui.widgets.table import PresortedRowModel, make_table


class PartnersPage(RecordListPage):
    """Partner list (left) and the selected partner's form, offers and contacts (right).

    Signals:
        contact_requested(int): the user wants to open this contact on its own page.
        new_contact_requested(int): the user wants a new contact at this organisation.
    """

    contact_requested = Signal(int)
    new_contact_requested = Signal(int)
    WATCHES = ("organisation", "organisation_legal_area", "contact", "service")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[OrganisationRow] = []
        self.model: RowTableModel[OrganisationRow] = PresortedRowModel(self._columns(), self)
        layout = QVBoxLayout(self)
        self.filters = PartnerFilters(self)
        self.filters.changed.connect(self._filters_changed)
        # the fields, under the names the page's users (and tests) know
        self.search = self.filters.search
        self.search.returnPressed.connect(self._open_first_row)
        self.kind_filter, self.area_filter = self.filters.kind, self.filters.area
        self.role_filter, self.active_filter = self.filters.role, self.filters.state
        layout.addWidget(self.filters)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._build_list())
        splitter.addWidget(self._build_detail())
        splitter.setSizes([600, 680])
        layout.addWidget(splitter, 1)
        self._show_detail(None)

    # Building ---------------------------------------------------------------------------
    def _columns(self) -> list[Column[OrganisationRow]]:
        return [
            Column(self.tr("Name"), lambda r: r.name, lambda r: fold(r.name)),
            Column(self.tr("Art"), lambda r: r.kind_label),
            Column(self.tr("Ort"), lambda r: r.city),
            Column(self.tr("Rechtskreise"), lambda r: r.legal_area_labels),
            Column(self.tr("Rolle"), lambda r: r.role_label),
            Column(
                self.tr("Personen"),
                lambda r: str(r.contact_count),
                lambda r: r.contact_count,
                align_right=True,
            ),
            Column(
                self.tr("Status"), lambda r: self.tr("aktiv") if r.active else self.tr("inaktiv")
            ),
        ]

    def _build_list(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.count_label = QLabel()
        self.count_label.setStyleSheet(MUTED)
        column.addWidget(self.count_label)
        self.table = make_table(self.model, [220, 140, 105, 125, 130, 70, 60], box)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        column.addWidget(self.table, 1)
        self.new_button = QPushButton(self.tr("Neuer Partner"))
        self.new_button.clicked.connect(self.new_record)
        column.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def _build_detail(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.detail_title = QLabel()
        self.detail_title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.detail_title.setWordWrap(True)
        column.addWidget(self.detail_title)
        self.placeholder = QLabel(
            self.tr(
                "Wählen Sie links einen Partner aus, um ihn anzusehen und zu bearbeiten, "
                "oder legen Sie mit „Neuer Partner“ (Strg+N) einen an."
            )
        )
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet(MUTED)
        column.addWidget(self.placeholder)
        self.form = OrganisationForm()
        self.form.changed.connect(self._mark_dirty)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # without a horizontal scroll bar the splitter must not squeeze the form below its size
        scroll.setMinimumWidth(self.form.minimumSizeHint().width() + 24)
        self.tabs = QTabWidget()
        self.tabs.addTab(scroll, self.tr("Stammdaten"))
        self.offers = OffersPanel()
        self.tabs.addTab(self.offers, self.tr("Leistungsangebote"))
        self.contacts_model: RowTableModel[ContactRow] = RowTableModel(
            [
                Column(self.tr("Name"), lambda r: r.sort_name),
                Column(self.tr("Funktion"), lambda r: r.function),
                Column(self.tr("Telefon (direkt)"), lambda r: r.phone),
                Column(self.tr("E-Mail"), lambda r: r.email),
            ],
            self,
        )
        self.contacts_table = make_table(self.contacts_model, [170, 150, 130, 180])
        self.contacts_table.doubleClicked.connect(self._open_contact)
        contacts_box = QWidget()
        contacts_layout = QVBoxLayout(contacts_box)
        contacts_layout.addWidget(self.contacts_table)
        new_contact = QPushButton(self.tr("Neue Ansprechperson hier…"))
        new_contact.setToolTip(self.tr("Legt auf der Seite „Ansprechpersonen“ eine Person an."))
        new_contact.clicked.connect(self._new_contact_here)
        contacts_layout.addWidget(new_contact, 0, Qt.AlignmentFlag.AlignLeft)
        self.tabs.addTab(contacts_box, self.tr("Ansprechpersonen"))
        column.addWidget(self.tabs, 1)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Speichern"))
        self.revert_button = QPushButton(self.tr("Verwerfen"))
        self.active_button = QPushButton(self.tr("Deaktivieren"))
        self.delete_button = QPushButton(self.tr("Löschen"))
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.active_button.clicked.connect(self.toggle_active)
        self.delete_button.clicked.connect(self.delete)
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Änderungen speichern (Strg+S)"))
        shortcut = QShortcut(QKeySequence.StandardKey.Save, box)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self._save_shortcut)
        for button in (self.save_button, self.revert_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.active_button, self.delete_button):
            buttons.addWidget(button)
        column.addLayout(buttons)
        return box

    # Page contract ----------------------------------------------------------------------
    def reload(self) -> None:
        """Load the partners again (the open record stays open unless it was deleted)."""
        self.rows = organisations.list_organisations()
        self.apply_filter()
        if self.current_id is not None and not self.dirty:
            self._show_detail(self._row_by_id(self.current_id))

    def forget_selection(self) -> None:
        """Another database was opened: the open record's id means nothing there."""
        self._show_detail(None)

    def unsaved_question(self) -> str:
        return self.tr("Die Änderungen an diesem Partner sind noch nicht gespeichert. Speichern?")

    # Filtering --------------------------------------------------------------------------
    def apply_filter(self) -> None:
        """Filter the loaded rows by the search words and the four filters; reset the model."""
        rows = self.filters.apply(self.rows)
        self.model.set_rows(rows)
        self._update_count()
        self._reselect()

    def _filters_changed(self) -> None:
        """The user changed search or filters: a record they hide leaves the detail."""
        self.apply_filter()
        if self.current_id is None:
            return
        if self.model.row_number_of(lambda r: r.id == self.current_id) >= 0:
            return
        if self.can_leave():
            self._show_detail(None)

    def _update_count(self) -> None:
        shown, total = len(self.model.rows), len(self.rows)
        if total == 0:
            text = self.tr("Noch keine Partner erfasst. „Neuer Partner“ legt den ersten an.")
        elif shown == 0:
            text = self.tr(
                "Kein Partner passt zu Suche und Filtern. Ändern Sie den Suchbegriff oder "
                "setzen Sie die Filter auf „Alle“."
            )
        else:
            text = self.tr("{shown} von {total} Partnern").format(
                shown=grouped(shown), total=grouped(total)
            )
        self.count_label.setText(text)

    # Selection and editing --------------------------------------------------------------
    def select_organisation(self, organisation_id: int) -> None:
        """Show the partner ``organisation_id`` (clears the filters if they hide it)."""
        if self.model.row_number_of(lambda r: r.id == organisation_id) < 0:
            self.filters.clear()
        row = self._row_by_id(organisation_id)
        if row is not None and self.can_leave():
            self._show_detail(row)
            self._reselect()

    def new_record(self) -> None:
        """Start an empty form for a new partner."""
        if not self.can_leave():
            return
        self.table.selectionModel().clear()
        self._show_detail(None, new=True)
        self.form.name.setFocus()

    def _show_detail(self, row: OrganisationRow | None, new: bool = False) -> None:
        self.current_id = row.id if row else None
        self.loaded_row = row  # its version guards the save against a change meanwhile
        self.editing = row is not None or new
        self.dirty = False
        self.form.set_data(row or OrganisationData(name=""))
        self.offers.set_organisation(self.current_id)
        contact_rows = (
            contacts.list_contacts(organisation_id=self.current_id) if self.current_id else []
        )
        self.contacts_model.set_rows(contact_rows)
        self.tabs.setTabText(
            2, self.tr("Ansprechpersonen ({count})").format(count=len(contact_rows))
        )
        self.tabs.setTabText(
            1, self.tr("Leistungsangebote ({count})").format(count=len(self.offers.model.rows))
        )
        self.tabs.setVisible(self.editing)
        self.placeholder.setVisible(not self.editing)
        self.tabs.setTabEnabled(1, row is not None)
        self.tabs.setTabEnabled(2, row is not None)
        if row is None:
            self.tabs.setCurrentIndex(0)
        self.detail_title.setText(row.name if row else self.tr("Neuer Partner") if new else "")
        self.active_button.setText(
            self.tr("Deaktivieren") if row is None or row.active else self.tr("Aktivieren")
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        stored = self.current_id is not None
        self.save_button.setEnabled(self.editing and (self.dirty or not stored))
        self.revert_button.setEnabled(self.dirty)
        self.active_button.setEnabled(stored)
        self.delete_button.setEnabled(stored)
        for button in (self.save_button, self.revert_button, self.active_button):
            button.setVisible(self.editing)
        self.delete_button.setVisible(self.editing)

    def save(self) -> bool:
        """Create or update the partner; show refused fields inline. True when saved."""
        data = self.form.data()
        try:
            if self.current_id is None:
                row = organisations.create_organisation(data)
            else:
                partner_id = self.current_id
                saved = save_or_resolve(
                    self,
                    data,
                    self.loaded_row,
                    ORGANISATION_LABELS,
                    lambda data, version: organisations.update_organisation(
                        partner_id, data, version
                    ),
                )
                if saved is None:  # the user chose the stored state
                    self.reload()
                    self._show_detail(self._row_by_id(partner_id))
                    return False
                row = saved
        except AktifError as error:
            self.form.show_error(error)
            return False
        self.current_id = row.id
        self.dirty = False
        self.reload()
        self._show_detail(self._row_by_id(row.id) or row)
        self._reselect()
        self.show_status(self.tr("Partner „{name}“ gespeichert.").format(name=row.name))
        self.data_written.emit()
        return True

    def _save_shortcut(self) -> None:
        if self.editing and self.save_button.isEnabled():
            self.save()

    def toggle_active(self) -> None:
        row = self._row_by_id(self.current_id) if self.current_id is not None else None
        if row is None or not self.can_leave():
            return
        try:
            organisations.set_organisation_active(row.id, not row.active)
        except AktifError as error:
            show_error(self, self.tr("Partner"), error.message)
            return
        self.reload()
        self._show_detail(self._row_by_id(row.id))
        self.data_written.emit()

    def delete(self) -> None:
        """Delete after asking; a refusal (still referenced) is shown with its reason."""
        row = self._row_by_id(self.current_id) if self.current_id is not None else None
        if row is None:
            return
        question = self.tr("Den Partner „{name}“ endgültig löschen?").format(name=row.name)
        if not ask_yes_no(self, self.tr("Partner löschen"), question):
            return
        try:
            organisations.delete_organisation(row.id)
        except AktifError as error:
            show_error(self, self.tr("Partner löschen"), error.message)
            return
        self._show_detail(None)
        self.reload()
        self.show_status(self.tr("Partner „{name}“ gelöscht.").format(name=row.name))
        self.data_written.emit()

    def _open_contact(self, index: QModelIndex) -> None:
        row = self.contacts_model.row_at(index.row())
        self.contact_requested.emit(row.id)

    def _new_contact_here(self) -> None:
        if self.current_id is not None:
            self.new_contact_requested.emit(self.current_id)
