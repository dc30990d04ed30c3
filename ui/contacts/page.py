"""The Ansprechpersonen page: contact list with live search, detail form, phone directory.

Rows load in a worker thread (20,000 contacts take over a second); each keystroke filters
the loaded Python rows (``filter_rows``) and resets the model. Showing the page again only
reloads when the data changed (``freshness.contacts_fingerprint``, a few milliseconds).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from aktif_desktop.errors import AktifError
from aktif_desktop.services import contacts, freshness, organisations
from aktif_desktop.services.contacts import ContactData, ContactRow
from aktif_desktop.services.merge import CONTACT_LABELS
from aktif_desktop.services.organisations import OrganisationRow
from aktif_desktop.text import fold
from ui.contacts.directory import DirectoryView
from ui.contacts.form import ContactForm
from ui.table_model import Column, RowTableModel
from ui.widgets.dialogs import ask_yes_no, show_error
from ui.widgets.forms import german_date
from ui.widgets.jobs import load_job
from ui.widgets.record_list import RecordListPage
from ui.widgets.search import LiveSearch
from ui.widgets.stale_dialog import save_or_resolve
from ui.widgets.style import MUTED, grouped
from ui.widgets.table import PresortedRowModel, make_table
from ui.worker import Job, start_job

Loaded = tuple[
    list[ContactRow], list[OrganisationRow], LiveSearch[ContactRow], freshness.Fingerprint | None
]


def _load_rows() -> Loaded:
    """Runs in a worker thread: contacts with their search index, organisations for the picker."""
    # Taken first: a write during the read then changes it, and the next show reloads.
    fingerprint = freshness.contacts_fingerprint()
    rows = contacts.list_contacts()
    return rows, organisations.list_organisations(), LiveSearch(rows), fingerprint


class ContactsPage(RecordListPage):
    """Tabs "Liste" (table + form) and "Goldene Telefonnummern" (directory).

    Signals:
        loaded(): the rows arrived from the worker and are shown.
    """

    loaded = Signal()
    WATCHES = ("contact", "organisation")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ContactRow] = []
        self.live_search: LiveSearch[ContactRow] = LiveSearch()
        self.job: Job | None = None
        # What the shown rows were read from; None forces the next reload.
        self.fingerprint: freshness.Fingerprint | None = None
        self._pending_open: int | None = None
        self.model: RowTableModel[ContactRow] = PresortedRowModel(self._columns(), self)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Ansprechpersonen"))
        title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        layout.addWidget(title)
        self.tabs = QTabWidget(self)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_list())
        splitter.addWidget(self._build_detail())
        splitter.setSizes([640, 640])
        self.tabs.addTab(splitter, self.tr("Liste"))
        self.directory = DirectoryView()
        self.directory.contact_requested.connect(self.open_contact)
        self.tabs.addTab(self.directory, self.tr("Goldene Telefonnummern"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout.addWidget(self.tabs, 1)
        self._show_detail(None)

    def _columns(self) -> list[Column[ContactRow]]:
        return [
            Column(
                self.tr("Name"),
                lambda r: r.sort_name,
                lambda r: (fold(r.last_name), fold(r.first_name)),
            ),
            Column(self.tr("Einrichtung"), lambda r: r.organisation_name),
            Column(self.tr("Funktion"), lambda r: r.function),
            Column(self.tr("Telefon (direkt)"), lambda r: r.phone),
            Column(self.tr("E-Mail"), lambda r: r.email),
            Column(self.tr("Themen"), lambda r: r.topics.replace("\n", " ")),
        ]

    def _build_list(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Suchen: Name, Einrichtung, Funktion, Thema, Telefon …")
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.apply_filter)
        self.search.returnPressed.connect(self._open_first_row)
        column.addWidget(self.search)
        self.count_label = QLabel()
        self.count_label.setStyleSheet(MUTED)
        # a new count must not relayout (and repaint) the whole page on every keystroke
        self.count_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        column.addWidget(self.count_label)
        self.table = make_table(self.model, [170, 200, 150, 130, 200, 200], box)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        column.addWidget(self.table, 1)
        self.new_button = QPushButton(self.tr("Neue Ansprechperson"))
        self.new_button.clicked.connect(self.new_record)
        column.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def _build_detail(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.detail_title = QLabel()
        self.detail_title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        column.addWidget(self.detail_title)
        self.placeholder = QLabel(
            self.tr(
                "Wählen Sie links eine Ansprechperson aus oder legen Sie mit „Neue "
                "Ansprechperson“ (Strg+N) eine an."
            )
        )
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet(MUTED)
        column.addWidget(self.placeholder)
        self.form = ContactForm()
        self.form.changed.connect(self._mark_dirty)
        self.form.verify_requested.connect(self.mark_verified)
        self.form_scroll = QScrollArea()
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # without a horizontal scroll bar the splitter must not squeeze the form below its size
        self.form_scroll.setMinimumWidth(self.form.minimumSizeHint().width() + 24)
        self.form_scroll.setWidget(self.form)
        column.addWidget(self.form_scroll, 1)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Speichern"))
        self.revert_button = QPushButton(self.tr("Verwerfen"))
        self.delete_button = QPushButton(self.tr("Löschen"))
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.delete_button.clicked.connect(self.delete)
        self.save_button.setToolTip(self.tr("Änderungen speichern (Strg+S)"))
        shortcut = QShortcut(QKeySequence.StandardKey.Save, box)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self._save_shortcut)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        column.addLayout(buttons)
        return box

    # Page contract ----------------------------------------------------------------------
    def reload(self, *, force: bool = False) -> None:
        """Load contacts and organisations in the background; ``loaded`` fires when shown.

        Without ``force`` nothing is read when the data did not change since the last load
        (the main window calls this on every switch to the page).
        """
        if self.tabs.currentWidget() is self.directory:
            self.directory.reload()
        unchanged = (
            not force
            and self.job is None
            and self.fingerprint is not None
            and freshness.contacts_fingerprint() == self.fingerprint
        )
        if unchanged:
            return  # keep rows and search index
        self.fingerprint = None
        self.count_label.setText(self.tr("Ansprechpersonen werden geladen …"))
        job = load_job(_load_rows)
        job.signals.finished.connect(lambda result, j=job: self._loaded(j, result))
        job.signals.failed.connect(self.count_label.setText)
        job.signals.failed.connect(lambda _text, j=job: self._failed(j))
        self.job = job
        start_job(job)

    def _failed(self, job: Job) -> None:
        if job is self.job:
            self.job = None

    def _loaded(self, job: Job, result: Loaded) -> None:
        if job is not self.job:
            return  # a newer load is under way
        self.job = None
        self.rows, organisation_rows, self.live_search, self.fingerprint = result
        self.form.set_organisations(organisation_rows)
        self.apply_filter()
        if self._pending_open is not None:
            wanted, self._pending_open = self._pending_open, None
            self.open_contact(wanted)
        elif self.current_id is not None and not self.dirty:
            row = self._row_by_id(self.current_id)
            self._show_detail(row)
        self.loaded.emit()

    def forget_selection(self) -> None:
        """Another database was opened: the open record's id means nothing there."""
        self.job = None  # a load still running reads the old file: its rows are dropped
        self.fingerprint = None
        self.directory.job = None
        self.rows = []
        self.live_search = LiveSearch()
        self.model.set_rows([])
        self._show_detail(None)

    def forget_loaded(self) -> None:
        """The data was replaced (e.g. a backup restored): read everything on the next show."""
        self.fingerprint = None

    def focus_search(self) -> None:
        target = self.directory.search if self.tabs.currentIndex() == 1 else self.search
        target.setFocus()
        target.selectAll()

    def unsaved_question(self) -> str:
        return self.tr(
            "Die Änderungen an dieser Ansprechperson sind noch nicht gespeichert. Speichern?"
        )

    def _tab_changed(self, index: int) -> None:
        if index == 1:
            self.directory.reload()

    # Filtering --------------------------------------------------------------------------
    def apply_filter(self) -> None:
        """Keep the rows containing every search word; one model reset."""
        self.model.set_rows(self.live_search.filter(self.search.text()))
        shown, total = len(self.model.rows), len(self.rows)
        if total == 0:
            text = self.tr(
                "Noch keine Ansprechpersonen erfasst. „Neue Ansprechperson“ legt die erste an."
            )
        elif shown == 0:
            text = self.tr("Niemand passt zur Suche. Ändern Sie den Suchbegriff.")
        else:
            text = self.tr("{shown} von {total} Ansprechpersonen").format(
                shown=grouped(shown), total=grouped(total)
            )
        self.count_label.setText(text)
        self._reselect()

    # Selection and editing --------------------------------------------------------------
    def open_contact(self, contact_id: int) -> None:
        """Show the contact ``contact_id`` in the list tab (after loading, if needed)."""
        self.tabs.setCurrentIndex(0)
        row = self._row_by_id(contact_id)
        if row is None:
            self._pending_open = contact_id
            return
        if not self.can_leave():
            return
        if self.model.row_number_of(lambda r: r.id == contact_id) < 0:
            self.search.clear()
        self._show_detail(row)
        self._reselect()

    def new_record(self) -> None:
        """Start an empty form for a new contact."""
        self._start_new(None)

    def new_contact_at(self, organisation_id: int) -> None:
        """Start an empty form for a new contact at the partner ``organisation_id``."""
        self._start_new(organisation_id)

    def _start_new(self, organisation_id: int | None) -> None:
        if not self.can_leave():
            return
        self.tabs.setCurrentIndex(0)
        self.table.selectionModel().clear()
        self._show_detail(None, new=True)
        if organisation_id is not None:
            organisation = organisations.get_organisation(organisation_id)
            self.form.choose_organisation(organisation.id, organisation.name)
        self.form.first_name.setFocus()

    def _show_detail(self, row: ContactRow | None, new: bool = False) -> None:
        self.current_id = row.id if row else None
        self.loaded_row = row  # its version guards the save against a change meanwhile
        self.editing = row is not None or new
        self.dirty = False
        self.form.set_data(row or ContactData(last_name=""))
        self.form.set_duplicate_check(row is None and new)
        self.form_scroll.setVisible(self.editing)
        self.placeholder.setVisible(not self.editing)
        title = row.full_name if row else self.tr("Neue Ansprechperson") if new else ""
        self.detail_title.setText(title)
        self.form.verify_button.setEnabled(row is not None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        stored = self.current_id is not None
        self.save_button.setEnabled(self.editing and (self.dirty or not stored))
        self.revert_button.setEnabled(self.dirty)
        self.delete_button.setEnabled(stored)
        for button in (self.save_button, self.revert_button, self.delete_button):
            button.setVisible(self.editing)

    def _replace_row(self, row: ContactRow) -> None:
        """Put a saved row into the loaded rows without reloading 20,000 contacts."""
        self.rows = [r for r in self.rows if r.id != row.id] + [row]
        self.rows.sort(
            key=lambda r: (fold(r.last_name), fold(r.first_name), r.id)
        )  # as the service
        self._rows_changed()

    def _rows_changed(self) -> None:
        """Search the changed rows at once (unindexed) and rebuild the index in the background."""
        self.live_search = LiveSearch(self.rows, indexed=False)
        self.reload(force=True)

    def save(self) -> bool:
        """Create or update the contact; refused fields are shown inline. True when saved."""
        try:
            if self.current_id is None:
                row = contacts.create_contact(self.form.data())
            else:
                contact_id = self.current_id
                saved = save_or_resolve(
                    self,
                    self.form.data(),
                    self.loaded_row,
                    CONTACT_LABELS,
                    lambda data, version: contacts.update_contact(contact_id, data, version),
                )
                if saved is None:  # the user chose the stored state
                    self._replace_row(contacts.get_contact(contact_id))
                    self._show_detail(self._row_by_id(contact_id))
                    return False
                row = saved
        except AktifError as error:
            self.form.show_error(error)
            return False
        self._replace_row(row)
        self._show_detail(row)
        self.apply_filter()
        self.show_status(self.tr("„{name}“ gespeichert.").format(name=row.full_name))
        self.data_written.emit()
        return True

    def _save_shortcut(self) -> None:
        if self.editing and self.save_button.isEnabled():
            self.save()

    def mark_verified(self) -> None:
        """ "Nummer geprüft": record today as the date the number was checked."""
        if self.current_id is None:
            return
        try:
            row = contacts.mark_verified(self.current_id)
        except AktifError as error:
            show_error(self, self.tr("Nummer geprüft"), error.message)
            return
        self._replace_row(row)
        if self.dirty:
            self.form.verified_at = row.verified_at  # keep the unsaved edits
            self.form.verified_label.setText(german_date(row.verified_at))
        else:
            self._show_detail(row)
        self.apply_filter()
        self.show_status(
            self.tr("Nummer von „{name}“ als geprüft vermerkt.").format(name=row.full_name)
        )

    def delete(self) -> None:
        """Delete after asking; a refusal (e.g. recorded participations) shows its reason."""
        row = self._row_by_id(self.current_id) if self.current_id is not None else None
        if row is None:
            return
        question = self.tr("„{name}“ endgültig löschen?").format(name=row.full_name)
        if not ask_yes_no(self, self.tr("Ansprechperson löschen"), question):
            return
        try:
            contacts.delete_contact(row.id)
        except AktifError as error:
            show_error(self, self.tr("Ansprechperson löschen"), error.message)
            return
        self.rows = [r for r in self.rows if r.id != row.id]
        self._rows_changed()
        self._show_detail(None)
        self.apply_filter()
        self.data_written.emit()
