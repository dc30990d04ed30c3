"""The participants of one event: the list with counts, adding people, the status flow and the
waiting list (a freed seat moves the first waiting person up, and the user sees it)."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from aktif_desktop.domain import ParticipationStatus as Status
from aktif_desktop.errors import AktifError
from aktif_desktop.services import organisations, participations
from aktif_desktop.services.events import EventRow
from aktif_desktop.services.organisations import OrganisationRow
from aktif_desktop.services.participations import ParticipantRow
from ui.events.participant_model import CERTIFICATE_COLUMN, ParticipantModel
from ui.events.picker import ContactPicker
from ui.widgets.dialogs import ask_yes_no
from ui.widgets.message_bar import MessageBar

# The buttons under the list, in the order of the flow.
STATUS_BUTTONS = (
    Status.INVITED,
    Status.REGISTERED,
    Status.ATTENDED,
    Status.EXCUSED,
    Status.NO_SHOW,
)


PROMOTED_NOTICE_MS = 12_000  # how long "… ist nachgerückt" stays on screen


def _has_id(wanted: int, row: ParticipantRow) -> bool:
    return row.id == wanted


class ParticipantsPanel(QWidget):
    """Who comes to the selected event.

    Signals:
        changed(): participations changed (the event list's counts are stale).
        attendance_requested(): the user wants the keyboard attendance entry.
    Attributes:
        model: the participant rows; bar: the message line.
    """

    changed = Signal()
    attendance_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.event_row: EventRow | None = None
        # Alone (tests, other screens) the panel reads contacts itself; the page hands them
        # over from a background load instead, so selecting an event never waits for them.
        self.auto_load_contacts = True
        self._organisations: list[OrganisationRow] | None = None
        self.bar = MessageBar(self)
        # a "nachgerückt" notice (and its highlight) goes after a while, not at the next event
        self._promoted_notice = ""
        self.promoted_timer = QTimer(self)
        self.promoted_timer.setSingleShot(True)
        self.promoted_timer.setInterval(PROMOTED_NOTICE_MS)
        self.promoted_timer.timeout.connect(self._promoted_expired)
        self.counts = QLabel(self)
        self.counts.setWordWrap(True)
        self.picker = ContactPicker(self)
        self.picker.returnPressed.connect(self.add_from_picker)
        self.add_as = QComboBox(self)
        for status in (Status.INVITED, Status.REGISTERED):
            self.add_as.addItem(self.tr("als „{s}“").format(s=status.label), status.value)
        self.add_button = QPushButton(self.tr("Hinzufügen"), self)
        self.add_button.clicked.connect(self.add_from_picker)
        self.organisation = QComboBox(self)
        self.organisation.setMinimumContentsLength(12)
        self.organisation.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.add_all_button = QPushButton(self.tr("Alle einer Organisation hinzufügen"), self)
        self.add_all_button.clicked.connect(self.add_organisation)
        self.model = ParticipantModel(self)
        self.view = self._table()
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status_buttons: dict[str, QPushButton] = {}
        self._lay_out()
        self.set_event(None)

    def _table(self) -> QTableView:
        view = QTableView(self)
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSortingEnabled(True)
        view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(24)
        view.setWordWrap(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._context_menu)
        return view

    def _lay_out(self) -> None:
        add_row = QHBoxLayout()
        add_row.addWidget(self.picker, 1)
        add_row.addWidget(self.add_as)
        add_row.addWidget(self.add_button)
        org_row = QHBoxLayout()
        org_row.addWidget(self.organisation, 1)
        org_row.addWidget(self.add_all_button)
        buttons = QHBoxLayout()
        for status in STATUS_BUTTONS:
            button = QPushButton(status.label, self)
            button.setToolTip(
                self.tr("Die ausgewählten Personen auf „{s}“ setzen").format(s=status.label)
            )
            button.clicked.connect(lambda _=False, s=status.value: self.set_selected_status(s))
            buttons.addWidget(button)
            self.status_buttons[status.value] = button
        self.remove_button = QPushButton(self.tr("Entfernen"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.addStretch(1)
        self.attendance_button = QPushButton(self.tr("Anwesenheit erfassen …"), self)
        self.attendance_button.setToolTip(
            self.tr("Anwesenheit nach der Veranstaltung mit der Tastatur von der Papierliste")
        )
        self.attendance_button.clicked.connect(self.attendance_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.counts)
        layout.addLayout(add_row)
        layout.addLayout(org_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)
        last_row = QHBoxLayout()
        last_row.addWidget(self.remove_button)
        last_row.addStretch(1)
        last_row.addWidget(self.attendance_button)
        layout.addLayout(last_row)

    # loading ---------------------------------------------------------------------------
    def set_event(self, event: EventRow | None) -> None:
        """Show the participants of ``event`` (None: nothing selected or not saved yet)."""
        changed_event = (event.id if event else None) != (
            self.event_row.id if self.event_row else None
        )
        self.event_row = event
        if changed_event:
            self.bar.clear_message()
            self.model.highlighted = set()
        # Others' events hold no participants of ours (the service refuses them too).
        enabled = event is not None and not event.external
        for button in self.findChildren(QPushButton):
            button.setEnabled(enabled)
        for widget in (self.picker, self.add_as, self.organisation):
            widget.setEnabled(enabled)
        if enabled and not self.picker.loaded and self.auto_load_contacts:
            self.picker.reload()
        if enabled and changed_event:
            self._fill_organisations()
        self.refresh()

    def set_organisations(self, rows: list[OrganisationRow]) -> None:
        """Use ``rows`` for "Alle einer Organisation" (the page reads them once per reload)."""
        self._organisations = rows
        self._fill_organisations()

    def _fill_organisations(self) -> None:
        if self._organisations is None:
            self._organisations = organisations.list_organisations()
        current = self.organisation.currentData()
        self.organisation.clear()
        for row in self._organisations:
            if row.active and row.contact_count:
                self.organisation.addItem(f"{row.name} ({row.contact_count})", row.id)
        self.organisation.setCurrentIndex(max(0, self.organisation.findData(current)))

    def refresh(self, highlight: list[int] | None = None) -> None:
        """Reload the list from the database; ``highlight`` marks rows that just moved up."""
        if highlight is not None:
            self.model.highlighted = set(highlight)
        rows = participations.list_participants(self.event_row.id) if self.event_row else []
        self.model.set_rows(rows)
        # The certificate column only matters once certificates exist; it costs name width.
        self.view.setColumnHidden(CERTIFICATE_COLUMN, not any(r.certificate_number for r in rows))
        self._show_counts(rows)
        if self.event_row is None:
            self.empty.setText(self.tr("Bitte wählen Sie links eine gespeicherte Veranstaltung."))
        elif self.event_row.external:
            self.empty.setText(
                self.tr(
                    "Bei Veranstaltungen anderer Träger werden keine Teilnehmenden erfasst; "
                    "wer vom Verbund dabei war, steht unter „Details“ bei „Teilgenommen haben“."
                )
            )
        else:
            self.empty.setText(
                self.tr(
                    "Noch niemand auf der Liste. Suchen Sie oben eine Ansprechperson "
                    "oder fügen Sie alle einer Organisation hinzu."
                )
            )
        self.view.setVisible(bool(rows))
        self.empty.setVisible(not rows)

    def _show_counts(self, rows: list[ParticipantRow]) -> None:
        if self.event_row is None:
            self.counts.setText("")
            return
        counts = {status: 0 for status in Status}
        for row in rows:
            counts[Status(row.status)] += 1
        # Non-breaking spaces keep each label with its number when the line wraps.
        parts = [
            f"{status.label.replace(' ', '&nbsp;')}:&nbsp;<b>{n}</b>"
            for status, n in counts.items()
        ]
        seats = counts[Status.REGISTERED] + counts[Status.ATTENDED]
        if self.event_row.capacity:
            free = max(0, self.event_row.capacity - seats)
            seat_text = self.tr("Plätze: {taken} von {capacity} belegt, {free} frei").format(
                taken=seats, capacity=self.event_row.capacity, free=free
            )
        else:
            seat_text = self.tr("Plätze: {taken} belegt, ohne Begrenzung").format(taken=seats)
        self.counts.setText(" · ".join(parts) + f"<br>{seat_text}")

    def selected_rows(self) -> list[ParticipantRow]:
        numbers = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [self.model.row_at(n) for n in numbers]

    def select_ids(self, ids: list[int]) -> None:
        self.view.clearSelection()
        mode = self.view.selectionModel()
        for participation_id in ids:
            number = self.model.row_number_of(partial(_has_id, participation_id))
            if number >= 0:
                index = self.model.index(number, 0)
                mode.select(
                    index,
                    mode.SelectionFlag.Select | mode.SelectionFlag.Rows,
                )
                self.view.scrollTo(index)

    # actions ---------------------------------------------------------------------------
    def add_from_picker(self) -> None:
        if self.event_row is None:
            return
        contact_id = self.picker.contact_id()
        if not self.picker.loaded:
            self.bar.show_message(
                self.tr("Die Ansprechpersonen werden noch geladen. Bitte einen Moment Geduld."),
                "info",
            )
            return
        if contact_id is None:
            self.bar.show_message(
                self.tr(
                    "Bitte wählen Sie eine Person aus der Vorschlagsliste (Name oder "
                    "Organisation eintippen, dann mit den Pfeiltasten auswählen)."
                ),
                "error",
            )
            return
        self.add_contact(contact_id, self.add_as.currentData())

    def add_contact(self, contact_id: int, status: str) -> None:
        """Put one contact on the list (beyond capacity a registration goes to the wait list)."""
        assert self.event_row is not None
        try:
            change = participations.add_participant(self.event_row.id, contact_id, status)
        except AktifError as error:
            self.bar.show_message(error.message, "error")
            return
        self.picker.clear()
        name = change.row.full_name
        if change.waitlisted:
            text = self.tr("{name} steht auf der Warteliste: alle Plätze sind belegt.")
            self.bar.show_message(text.format(name=name), "info")
        else:
            text = self.tr("{name} wurde als „{status}“ hinzugefügt.")
            self.bar.show_message(text.format(name=name, status=change.row.status_label), "success")
        self._after_change([change.row.id])

    def add_organisation(self) -> None:
        if self.event_row is None or self.organisation.currentData() is None:
            return
        name = self.organisation.currentText().rsplit(" (", 1)[0]
        try:
            changes = participations.add_organisation_contacts(
                self.event_row.id, self.organisation.currentData(), self.add_as.currentData()
            )
        except AktifError as error:
            self.bar.show_message(error.message, "error")
            return
        if not changes:
            text = self.tr("Alle aktiven Ansprechpersonen von {org} stehen bereits auf der Liste.")
            self.bar.show_message(text.format(org=name), "info")
            return
        waiting = sum(1 for change in changes if change.waitlisted)
        text = self.tr("{n} von {org} hinzugefügt.").format(n=self._people(len(changes)), org=name)
        if waiting:
            text += " " + self.tr("Davon stehen {n} auf der Warteliste.").format(n=waiting)
        self.bar.show_message(text, "success")
        self._after_change([change.row.id for change in changes])

    def set_selected_status(self, status: str) -> None:
        """Move the selected people to ``status``; report refusals and who moved up."""
        rows = self.selected_rows()
        if not rows:
            self.bar.show_message(
                self.tr("Bitte wählen Sie zuerst eine oder mehrere Personen in der Liste aus."),
                "error",
            )
            return
        promoted: list[ParticipantRow] = []
        problems: list[str] = []
        waitlisted: list[str] = []
        for row in rows:
            try:
                change = participations.set_status(row.id, status)
            except AktifError as error:
                problems.append(f"{row.full_name}: {error.message}")
                continue
            promoted.extend(change.promoted)
            if change.waitlisted and status == Status.REGISTERED:
                waitlisted.append(change.row.full_name)
        self._report(promoted, problems, waitlisted, len(rows), status)
        self._after_change([row.id for row in rows], promoted)

    def _report(
        self,
        promoted: list[ParticipantRow],
        problems: list[str],
        waitlisted: list[str],
        total: int,
        status: str,
    ) -> None:
        lines = [self.promoted_text(promoted)] if promoted else []
        if waitlisted:
            lines.append(
                self.tr("Alle Plätze sind belegt: {names} steht auf der Warteliste.").format(
                    names=", ".join(waitlisted)
                )
            )
        lines.extend(problems)
        if not lines:
            lines.append(
                self.tr("{n} auf „{status}“ gesetzt.").format(
                    n=self._people(total), status=Status(status).label
                )
            )
        kind = "error" if problems else "info" if promoted or waitlisted else "success"
        self.bar.show_message("\n".join(lines), kind)

    def _people(self, n: int) -> str:
        return self.tr("1 Person") if n == 1 else self.tr("{n} Personen").format(n=n)

    def promoted_text(self, promoted: list[ParticipantRow]) -> str:
        names = [row.full_name for row in promoted]
        if len(names) == 1:
            return self.tr("{name} ist von der Warteliste nachgerückt.").format(name=names[0])
        return self.tr("{names} sind von der Warteliste nachgerückt.").format(
            names=", ".join(names)
        )

    def remove_selected(self) -> None:
        rows = self.selected_rows()
        if not rows:
            self.bar.show_message(
                self.tr("Bitte wählen Sie zuerst die Personen aus, die Sie entfernen möchten."),
                "error",
            )
            return
        question = self.tr("{n} von der Liste dieser Veranstaltung entfernen?").format(
            n=rows[0].full_name if len(rows) == 1 else self._people(len(rows))
        )
        if not ask_yes_no(self, self.tr("Teilnahme entfernen"), question):
            return
        promoted: list[ParticipantRow] = []
        problems: list[str] = []
        for row in rows:
            try:
                promoted.extend(participations.remove_participant(row.id))
            except AktifError as error:
                problems.append(f"{row.full_name}: {error.message}")
        lines = [self.promoted_text(promoted)] if promoted else []
        lines.extend(problems)
        removed = len(rows) - len(problems)
        if removed:
            lines.insert(0, self.tr("{n} entfernt.").format(n=self._people(removed)))
        self.bar.show_message("\n".join(lines), "error" if problems else "success")
        self._after_change([], promoted)

    def _after_change(
        self, selected: list[int], promoted: list[ParticipantRow] | None = None
    ) -> None:
        self.refresh(highlight=[row.id for row in promoted or []])
        self.select_ids(selected)
        if promoted:
            self._promoted_notice = self.bar.text()
            self.promoted_timer.start()
        self.changed.emit()

    def _promoted_expired(self) -> None:
        """Take the "nachgerückt" notice and highlight away unless a newer message replaced it."""
        if self.bar.text() == self._promoted_notice:
            self.bar.clear_message()
        rows, columns = self.model.rowCount(), self.model.columnCount()
        if self.model.highlighted and rows:
            self.model.highlighted = set()
            self.model.dataChanged.emit(
                self.model.index(0, 0), self.model.index(rows - 1, columns - 1)
            )

    def _context_menu(self, position: QPoint) -> None:
        if self.event_row is None or not self.selected_rows():
            return
        menu = QMenu(self)
        for status in Status:
            action = menu.addAction(self.tr("Auf „{s}“ setzen").format(s=status.label))
            action.triggered.connect(lambda _=False, s=status.value: self.set_selected_status(s))
        menu.addSeparator()
        menu.addAction(self.tr("Von der Liste entfernen"), self.remove_selected)
        menu.exec(self.view.viewport().mapToGlobal(position))
