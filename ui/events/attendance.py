"""Attendance after the event, keyboard only: type a few letters of a name from the paper list,
Enter marks "teilgenommen", the field clears for the next name.

Matching is plain Python over the event's participants (and, ranked below them, the active
contacts not on the list, for people who came without registering).
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from aktif_desktop import clock
from aktif_desktop.domain import EventStatus
from aktif_desktop.domain import ParticipationStatus as Status
from aktif_desktop.errors import AktifError
from aktif_desktop.services import contacts, events, participations
from aktif_desktop.services.contacts import ContactRow
from aktif_desktop.text import fold
from ui.events.common import fmt_day, people
from ui.table_model import Column, RowTableModel
from ui.widgets.dialogs import ask_yes_no as confirm
from ui.widgets.message_bar import MessageBar

MAX_MATCHES = 8
# Statuses the last entry may go back to when the user presses Ctrl+Z.
_UNDOABLE = (Status.REGISTERED, Status.EXCUSED, Status.NO_SHOW)


@dataclass(slots=True)
class Candidate:
    """A person who may be on the paper list."""

    contact_id: int
    last_name: str
    first_name: str
    organisation: str
    status: str | None  # None: not on the event's list
    participation_id: int | None = None
    tokens: tuple[str, ...] = ()
    search_text: str = ""

    @property
    def name(self) -> str:
        return f"{self.last_name}, {self.first_name}" if self.first_name else self.last_name

    @property
    def status_label(self) -> str:
        if self.status:
            return Status(self.status).label
        return QCoreApplication.translate("AttendanceDialog", "nicht auf der Liste")


def _tokens(*parts: str) -> tuple[str, ...]:
    return tuple(fold(" ".join(parts)).replace("-", " ").split())


def rank(candidates: list[Candidate], query: str, limit: int | None = None) -> list[Candidate]:
    """Return the candidates matching ``query``, best first.

    Every typed word must start a word of the name or occur in the name or organisation.
    People on the list come before others, those still to mark before those marked, and a
    match at the start of the last name beats one at the first name.
    """
    words = fold(query).replace("-", " ").split()
    if not words:
        return []
    scored = []
    # Every match contains each typed word somewhere: a cheap substring test first keeps
    # typing fast with 20,000 contacts.
    for candidate in (c for c in candidates if all(w in c.search_text for w in words)):
        score = 0
        for word in words:
            if candidate.tokens and candidate.tokens[0].startswith(word):
                continue
            if any(token.startswith(word) for token in candidate.tokens):
                score += 1
            elif word in candidate.search_text:
                score += 3
            else:
                break
        else:
            if candidate.status is None:
                score += 20
            elif candidate.status == Status.ATTENDED:
                score += 10
            scored.append((score, fold(candidate.name), candidate))
    best = (
        heapq.nsmallest(limit, scored, key=lambda item: item[:2])
        if limit is not None
        else sorted(scored, key=lambda item: item[:2])
    )
    return [candidate for _, _, candidate in best]


class AttendanceDialog(QDialog):
    """Enter the paper list of one event by keyboard.

    Attributes:
        entry: the name field; matches: the best matches (the first is selected);
        marked: the names entered in this session, newest last.
    """

    def __init__(
        self,
        event_id: int,
        parent: QWidget | None = None,
        contact_rows: list[ContactRow] | None = None,
    ) -> None:
        super().__init__(parent)
        self._contact_rows = contact_rows
        self.event_row = events.get_event(event_id)
        self.marked: list[str] = []
        self._undo: list[tuple[Candidate, str | None]] = []
        self.setWindowTitle(self.tr("Anwesenheit erfassen"))
        self.resize(640, 560)
        self._build()
        self.load()

    def _build(self) -> None:
        heading = QLabel(
            f"<b>{self.event_row.title}</b><br>{fmt_day(self.event_row.start)}, "
            f"{self.event_row.start:%H:%M} {self.tr('Uhr')}",
            self,
        )
        hint = QLabel(
            self.tr(
                "Tippen Sie die ersten Buchstaben eines Namens von der Papierliste. "
                "Enter erfasst „teilgenommen“, ↑/↓ wählt einen anderen Treffer, "
                "Strg+Z (bei leerem Feld) nimmt die letzte Erfassung zurück, Esc schließt."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.entry = QLineEdit(self)
        self.entry.setPlaceholderText(self.tr("Name eintippen, dann Enter"))
        font = self.entry.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.entry.setFont(font)
        self.entry.textChanged.connect(self._search)
        self.entry.returnPressed.connect(self.mark_current)
        self.entry.installEventFilter(self)
        self.model: RowTableModel[Candidate] = RowTableModel(
            [
                Column(self.tr("Name"), lambda c: c.name),
                Column(self.tr("Organisation"), lambda c: c.organisation),
                Column(self.tr("Status"), lambda c: c.status_label),
            ],
            self,
        )
        self.matches = QTableView(self)
        self.matches.setModel(self.model)
        self.matches.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.matches.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matches.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matches.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.matches.verticalHeader().hide()
        self.matches.verticalHeader().setDefaultSectionSize(26)
        self.matches.setWordWrap(False)
        header = self.matches.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.matches.doubleClicked.connect(self.mark_current)
        self.bar = MessageBar(self)
        self.progress = QLabel(self)
        self.log = QPlainTextEdit(self)
        self.log.setReadOnly(True)
        self.log.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.log.setPlaceholderText(self.tr("Hier erscheinen die erfassten Namen."))
        self.rest_button = QPushButton(self.tr("Alle übrigen Angemeldeten: nicht erschienen"), self)
        self.rest_button.setAutoDefault(False)
        self.rest_button.clicked.connect(self.mark_rest_no_show)
        self.held_button = QPushButton(self.tr("Veranstaltung als „durchgeführt“ markieren"), self)
        self.held_button.setAutoDefault(False)
        self.held_button.clicked.connect(self.mark_event_held)
        close = QPushButton(self.tr("Fertig"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.rest_button)
        buttons.addWidget(self.held_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addWidget(self.entry)
        layout.addWidget(self.matches, 2)
        layout.addWidget(self.bar)
        layout.addWidget(self.progress)
        layout.addWidget(self.log, 1)
        layout.addLayout(buttons)
        self._offer_held()

    def _offer_held(self) -> None:
        """Offer "durchgeführt" once the event has begun; before, say why nothing can be entered."""
        started = self.event_row.start <= clock.now()
        open_status = self.event_row.status not in (EventStatus.HELD, EventStatus.CANCELLED)
        self.held_button.setVisible(started and open_status)
        if not started:
            self.bar.show_message(
                self.tr(
                    "Die Veranstaltung hat noch nicht begonnen. Die Teilnahme kann erst ab "
                    "Beginn ({start}) erfasst werden."
                ).format(start=f"{fmt_day(self.event_row.start)}, {self.event_row.start:%H:%M}"),
                "info",
            )

    def mark_event_held(self) -> None:
        """Set the event's status to "durchgeführt" (its certificates can then be made)."""
        try:
            self.event_row = events.set_event_status(self.event_row.id, EventStatus.HELD.value)
        except AktifError as error:
            self.bar.show_message(error.message, "error")
            return
        self.held_button.hide()
        self.bar.show_message(
            self.tr("„{title}“ ist jetzt als „durchgeführt“ eingetragen.").format(
                title=self.event_row.title
            ),
            "success",
        )

    # data --------------------------------------------------------------------------------
    def load(self) -> None:
        """Read the event's list and the other active contacts."""
        on_list: dict[int, Candidate] = {}
        for row in participations.list_participants(self.event_row.id):
            on_list[row.contact_id] = Candidate(
                row.contact_id,
                row.last_name,
                row.first_name,
                row.organisation_name,
                row.status,
                row.id,
            )
        others = [
            Candidate(row.id, row.last_name, row.first_name, row.organisation_name, None)
            for row in self._all_contacts()
            if row.id not in on_list
        ]
        self.candidates = list(on_list.values()) + others
        for candidate in self.candidates:
            candidate.tokens = _tokens(candidate.last_name, candidate.first_name)
            candidate.search_text = fold(
                f"{candidate.last_name} {candidate.first_name} {candidate.organisation}"
            )
        self._show_progress()

    def _all_contacts(self) -> list[ContactRow]:
        if self._contact_rows is None:
            self._contact_rows = contacts.list_contacts(active_only=True)
        return self._contact_rows

    def _on_list(self) -> list[Candidate]:
        return [c for c in self.candidates if c.status is not None]

    def _show_progress(self) -> None:
        people = self._on_list()
        attended = sum(1 for c in people if c.status == Status.ATTENDED)
        expected = sum(1 for c in people if c.status in (Status.REGISTERED, Status.ATTENDED))
        self.progress.setText(
            self.tr(
                "Teilgenommen: <b>{attended}</b> · noch angemeldet, nicht erfasst: "
                "<b>{open}</b> · Personen auf der Liste: {total}"
            ).format(attended=attended, open=expected - attended, total=len(people))
        )

    def _search(self, text: str) -> None:
        # People not on the list are searched from the third letter on: one or two letters
        # would match thousands of contacts and only slow the typing down.
        pool = self.candidates if len(text.strip()) >= 3 else self._on_list()
        self.model.set_rows(rank(pool, text, MAX_MATCHES))
        if self.model.rowCount():
            self.matches.selectRow(0)

    def current(self) -> Candidate | None:
        rows = self.matches.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    # actions ---------------------------------------------------------------------------
    def mark_current(self) -> None:
        """Mark the selected match as "teilgenommen" and clear the field for the next name."""
        candidate = self.current()
        typed = self.entry.text().strip()
        if candidate is None:
            if typed:
                self.bar.show_message(
                    self.tr(
                        "Niemand passt zu „{text}“. Bitte prüfen Sie die Schreibweise oder "
                        "tippen Sie weniger Buchstaben."
                    ).format(text=typed),
                    "error",
                )
            return
        if candidate.status == Status.ATTENDED:
            self.bar.show_message(
                self.tr("{name} ist bereits als „teilgenommen“ erfasst.").format(
                    name=candidate.name
                ),
                "info",
            )
            self.entry.clear()
            return
        try:
            change = participations.record_attendance(
                self.event_row.id, candidate.contact_id, Status.ATTENDED.value
            )
        except AktifError as error:
            self.bar.show_message(error.message, "error")
            return
        self._undo.append((candidate, candidate.status))
        candidate.status, candidate.participation_id = change.row.status, change.row.id
        line = f"✓ {candidate.name}" + (
            f" – {candidate.organisation}" if candidate.organisation else ""
        )
        self.marked.append(candidate.name)
        self.log.appendPlainText(line)
        self.bar.show_message(
            self.tr("{name}: teilgenommen.").format(name=candidate.name), "success"
        )
        self.entry.clear()
        self._show_progress()

    def undo_last(self) -> None:
        """Take back the last entry where the status flow allows it."""
        if not self._undo:
            return
        candidate, previous = self._undo[-1]
        try:
            if previous is None:
                participations.remove_participant(candidate.participation_id or 0)
            elif Status(previous) in _UNDOABLE:
                participations.set_status(candidate.participation_id or 0, previous)
            else:
                self.bar.show_message(
                    self.tr(
                        "Die Erfassung von {name} lässt sich hier nicht zurücknehmen. Bitte "
                        "ändern Sie den Status in der Teilnehmendenliste."
                    ).format(name=candidate.name),
                    "error",
                )
                return
        except AktifError as error:
            self.bar.show_message(error.message, "error")
            return
        self._undo.pop()
        candidate.status = previous
        self.marked.remove(candidate.name)
        self.log.appendPlainText(self.tr("↶ zurückgenommen: {name}").format(name=candidate.name))
        self.bar.show_message(
            self.tr("Erfassung von {name} zurückgenommen.").format(name=candidate.name), "info"
        )
        self._search(self.entry.text())
        self._show_progress()

    def mark_rest_no_show(self) -> None:
        """Set everyone still "angemeldet" to "nicht erschienen" (after the whole list)."""
        rest = [c for c in self._on_list() if c.status == Status.REGISTERED]
        if not rest:
            self.bar.show_message(self.tr("Es ist niemand mehr als „angemeldet“ offen."), "info")
            return
        question = self.tr(
            "Angemeldet, aber nicht erfasst: {n}. Alle als „nicht erschienen“ eintragen?"
        ).format(n=people(len(rest)))
        if not confirm(self, self.tr("Nicht erschienen"), question):
            return
        for candidate in rest:
            try:
                participations.set_status(candidate.participation_id or 0, Status.NO_SHOW.value)
            except AktifError as error:
                self.bar.show_message(f"{candidate.name}: {error.message}", "error")
                return
            candidate.status = Status.NO_SHOW.value
        self._undo.clear()
        self.bar.show_message(
            self.tr(
                "{n} als „nicht erschienen“ eingetragen. Eingeladene ohne Anmeldung "
                "bleiben unverändert."
            ).format(n=people(len(rest))),
            "success",
        )
        self._show_progress()

    # keyboard ----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up and Down move through the matches while the typing focus stays in the field.
        if (
            watched is self.entry
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            key = event.key()
            if event.matches(QKeySequence.StandardKey.Undo) and not self.entry.text():
                # The empty field has nothing to undo itself: Ctrl+Z takes back the last entry.
                self.undo_last()
                return True
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.model.rowCount():
                current = self.matches.selectionModel().selectedRows()
                number = current[0].row() if current else -1
                step = 1 if key == Qt.Key.Key_Down else -1
                self.matches.selectRow(max(0, min(self.model.rowCount() - 1, number + step)))
                return True
        return super().eventFilter(watched, event)
