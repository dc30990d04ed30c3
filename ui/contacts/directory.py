"""The "Goldene Telefonnummern": active contacts grouped by organisation, with the date each
number was last checked and a mark on entries older than 12 months."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from aktif_desktop import clock
from aktif_desktop.services import contacts
from aktif_desktop.services.contacts import ContactRow, DirectoryGroup
from aktif_desktop.text import fold
from ui.table_model import Column, RowTableModel
from ui.widgets.forms import german_date
from ui.widgets.jobs import load_job
from ui.widgets.table import make_table
from ui.worker import Job, start_job

STALE_HEX = "#b3261e"
GROUP_HEX = "#e3eaf1"


@dataclass(slots=True)
class DirectoryEntry:
    """One line of the directory: a group heading (contact None) or a person."""

    organisation: str
    contact: ContactRow | None = None
    stale: bool = False


def entries_of(groups: list[DirectoryGroup], search: str, today: dt.date) -> list[DirectoryEntry]:
    """Flatten the groups into heading and person lines, keeping groups with a match."""
    words = fold(search).split()
    result: list[DirectoryEntry] = []
    for group in groups:
        heading_matches = all(word in fold(group.organisation_name) for word in words)
        people = [
            row
            for row in group.contacts
            if heading_matches or all(word in row.search_text for word in words)
        ]
        if people:
            result.append(DirectoryEntry(group.organisation_name))
            result += [
                DirectoryEntry(group.organisation_name, row, row.is_stale(today)) for row in people
            ]
    return result


class DirectoryModel(RowTableModel[DirectoryEntry]):
    """Group headings in bold on a tinted background."""

    def __init__(self, columns: list[Column[DirectoryEntry]], parent: Any = None) -> None:
        super().__init__(columns, parent)
        self.bold = QFont()
        self.bold.setBold(True)
        self.background = QBrush(QColor(GROUP_HEX))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The grouping is the order: headings must stay above their people."""

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and self.rows[index.row()].contact is None:
            if role == Qt.ItemDataRole.FontRole:
                return self.bold
            if role == Qt.ItemDataRole.BackgroundRole:
                return self.background
        return super().data(index, role)


class DirectoryView(QWidget):
    """The directory tab; loads in the background when shown.

    Signals:
        loaded(): the directory was (re)loaded and shown.
        contact_requested(int): the user double-clicked a person.
    """

    loaded = Signal()
    contact_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.groups: list[DirectoryGroup] = []
        self.job: Job | None = None
        self.today = clock.today()
        self.model = DirectoryModel(self._columns(), self)
        top = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Suchen: Einrichtung, Name, Thema, Nummer …"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.apply_filter)
        self.only_shareable = QCheckBox(self.tr("nur mit Einwilligung zur Weitergabe"))
        self.only_shareable.toggled.connect(self.reload)
        top.addWidget(self.search, 1)
        top.addWidget(self.only_shareable)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setStyleSheet("color: #5b6875;")
        # not sortable: the grouping is the order
        self.table = make_table(self.model, [250, 190, 140, 120, 215, 110], self, sortable=False)
        self.table.doubleClicked.connect(self._open)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.info)
        layout.addWidget(self.table, 1)

    def _columns(self) -> list[Column[DirectoryEntry]]:
        def person(text: Callable[[ContactRow], str]) -> Callable[[DirectoryEntry], str]:
            return lambda e: text(e.contact) if e.contact else ""

        return [
            Column(
                self.tr("Einrichtung / Name"),
                lambda e: f"    {e.contact.sort_name}" if e.contact else e.organisation,
            ),
            Column(self.tr("Funktion"), person(lambda c: c.function)),
            Column(self.tr("Telefon (direkt)"), person(lambda c: c.phone)),
            Column(self.tr("Mobil"), person(lambda c: c.mobile)),
            Column(self.tr("E-Mail"), person(lambda c: c.email)),
            Column(
                self.tr("Geprüft"),
                self._checked_text,
                tooltip=self._checked_tooltip,
                foreground=lambda e: QColor(STALE_HEX) if e.stale else None,
            ),
        ]

    def _checked_text(self, entry: DirectoryEntry) -> str:
        if entry.contact is None:
            return ""
        checked = german_date(entry.contact.verified_at) or self.tr("nie")
        return f"⚠ {checked}" if entry.stale else checked

    def _checked_tooltip(self, entry: DirectoryEntry) -> str:
        if not entry.stale:
            return ""
        return self.tr("Seit mehr als 12 Monaten nicht geprüft – bitte Nummer bestätigen.")

    def reload(self) -> None:
        """Load the directory in the background (20,000 contacts take about a second)."""
        self.info.setText(self.tr("Verzeichnis wird geladen …"))
        job = load_job(
            lambda shareable: contacts.directory(only_shareable=shareable),
            self.only_shareable.isChecked(),
        )
        job.signals.finished.connect(lambda groups, j=job: self._loaded(j, groups))
        job.signals.failed.connect(self.info.setText)
        self.job = job
        start_job(job)

    def _loaded(self, job: Job, groups: list[DirectoryGroup]) -> None:
        if job is not self.job:
            return  # an older load finished after a newer one started
        self.groups = groups
        self.today = clock.today()
        self.apply_filter()
        self.loaded.emit()

    def apply_filter(self) -> None:
        entries = entries_of(self.groups, self.search.text(), self.today)
        self.model.set_rows(entries)
        # a heading spans the row, so long organisation names are not cut off
        self.table.clearSpans()
        columns = self.model.columnCount()
        for number, entry in enumerate(entries):
            if entry.contact is None:
                self.table.setSpan(number, 0, 1, columns)
        people = [e for e in entries if e.contact]
        stale = sum(1 for e in people if e.stale)
        if not self.groups:
            text = self.tr(
                "Noch keine aktiven Ansprechpersonen. Legen Sie sie auf dem Reiter „Liste“ an."
            )
        elif not people:
            text = self.tr("Niemand passt zur Suche. Ändern Sie den Suchbegriff.")
        else:
            text = self.tr(
                "{people} Nummern in {groups} Einrichtungen; {stale} davon seit mehr als "
                "12 Monaten nicht geprüft (⚠)."
            ).format(people=len(people), groups=len(entries) - len(people), stale=stale)
        self.info.setText(text)

    def _open(self, index: object) -> None:
        entry = self.model.row_at(index.row())  # type: ignore[attr-defined]
        if entry.contact is not None:
            self.contact_requested.emit(entry.contact.id)
