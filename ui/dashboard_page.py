"""The Übersicht: headline counts, the follow-ups due (Wiedervorlagen), upcoming events, open
agreements and supply gaps, and the legal areas nobody from the network's recent events
represented (the blind spots)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from aktif_desktop.domain import LEGAL_AREAS
from aktif_desktop.services.conferences import AgreementRow, SupplyGapRow
from aktif_desktop.services.dashboard import Dashboard, load_dashboard
from aktif_desktop.services.events import EventRow
from ui.dashboard_follow_ups import FollowUpBox
from ui.pages import Page
from ui.table_model import Column, RowTableModel
from ui.widgets.forms import german_date
from ui.widgets.style import MUTED
from ui.widgets.table import make_table


class CountTile(QFrame):
    """A big number with a caption."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.setStyleSheet(
            "#tile { background: white; border: 1px solid #d5dde5; border-radius: 6px; }"
        )
        layout = QVBoxLayout(self)
        self.number = QLabel("–")
        self.number.setStyleSheet("font-size: 22pt; font-weight: bold; color: #2f6f9f;")
        self.caption = QLabel(caption)
        self.caption.setStyleSheet(MUTED)
        # On a narrow window the caption wraps instead of being cut off.
        self.caption.setWordWrap(True)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)

    def set_value(self, value: int) -> None:
        # German digit grouping: 20.000, not 20000.
        self.number.setText(f"{value:,}".replace(",", "."))


class ListBox(QGroupBox):
    """A titled table with an explained empty state."""

    def __init__(
        self, title: str, empty_text: str, table: QTableView, parent: QWidget | None = None
    ) -> None:
        super().__init__(title, parent)
        self.table = table
        self.empty = QLabel(empty_text)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(MUTED)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(table)

    def set_count(self, count: int) -> None:
        self.empty.setVisible(count == 0)
        self.table.setVisible(count > 0)


class DashboardPage(Page):
    """The overview page.

    Signals:
        event_requested(int): the user opened an upcoming event (double-click or Enter).
        cases_requested(): the user wants the Familien page (from the Wiedervorlagen block).
    """

    event_requested = Signal(int)
    cases_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dashboard = Dashboard()
        outer = QVBoxLayout(self)
        title = QLabel(self.tr("Übersicht"))
        title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        outer.addWidget(title)
        tiles = QHBoxLayout()
        self.tiles = {
            "organisations": CountTile(self.tr("aktive Partner")),
            "contacts": CountTile(self.tr("aktive Ansprechpersonen")),
            "events": CountTile(self.tr("eigene Veranstaltungen in diesem Jahr")),
            "external": CountTile(self.tr("externe Termine in diesem Jahr")),
            "agreements": CountTile(self.tr("offene Vereinbarungen")),
            "gaps": CountTile(self.tr("offene Versorgungslücken")),
        }
        for tile in self.tiles.values():
            tiles.addWidget(tile)
        outer.addLayout(tiles)
        self.follow_ups = FollowUpBox(self)
        self.follow_ups.cases_requested.connect(self.cases_requested.emit)
        self.follow_ups.done.connect(self.reload)
        grid = QGridLayout()
        self.upcoming_model: RowTableModel[EventRow] = RowTableModel(
            [
                Column(
                    self.tr("Datum"),
                    lambda r: r.start.strftime("%d.%m.%Y %H:%M"),
                    lambda r: r.start,
                ),
                Column(self.tr("Veranstaltung"), lambda r: r.title),
                Column(self.tr("Art"), lambda r: r.kind_label),
                Column(self.tr("Ort"), lambda r: r.where),
                Column(self.tr("Angemeldet"), lambda r: str(r.seats_taken), align_right=True),
            ],
            self,
        )
        upcoming_table = make_table(
            self.upcoming_model, [125, 200, 120, 130, 85], sortable=False, stretch=1
        )
        upcoming_table.activated.connect(self._open_event)
        self.upcoming = ListBox(
            self.tr("Nächste Veranstaltungen"),
            self.tr(
                "Keine Veranstaltungen geplant. Legen Sie auf der Seite „Veranstaltungen“ die "
                "nächsten Termine an."
            ),
            upcoming_table,
        )
        self.agreement_model: RowTableModel[AgreementRow] = RowTableModel(
            [
                Column(self.tr("Wer"), lambda r: r.who),
                Column(self.tr("Was"), lambda r: r.what, tooltip=self._from_conference),
                Column(self.tr("Bis"), lambda r: german_date(r.due), lambda r: r.due),
                Column(self.tr("Status"), lambda r: r.status_label),
            ],
            self,
        )
        self.agreements = ListBox(
            self.tr("Offene Vereinbarungen"),
            self.tr(
                "Keine offenen Vereinbarungen. Vereinbarungen entstehen auf Familien- und "
                "Strukturkonferenzen und werden dort erfasst."
            ),
            make_table(self.agreement_model, [170, 200, 90, 90], sortable=False, stretch=1),
        )
        self.gap_model: RowTableModel[SupplyGapRow] = RowTableModel(
            [
                Column(
                    self.tr("Versorgungslücke"), lambda r: r.title, tooltip=self._from_conference
                ),
                Column(self.tr("Rechtskreise"), lambda r: r.legal_area_labels),
                Column(self.tr("Status"), lambda r: r.status_label),
            ],
            self,
        )
        self.gaps = ListBox(
            self.tr("Offene Versorgungslücken"),
            self.tr(
                "Keine offenen Versorgungslücken. Lücken werden auf Strukturkonferenzen "
                "benannt und dort erfasst."
            ),
            make_table(self.gap_model, [200, 130, 110], sortable=False, stretch=0),
        )
        self.missing_box = QGroupBox(self.tr("Nicht vertretene Rechtskreise (letzte 12 Monate)"))
        missing_layout = QVBoxLayout(self.missing_box)
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        self.missing_label.setTextFormat(Qt.TextFormat.RichText)
        missing_layout.addWidget(self.missing_label)
        missing_layout.addStretch(1)
        grid.addWidget(self.follow_ups, 0, 0, 1, 2)
        grid.addWidget(self.upcoming, 1, 0)
        grid.addWidget(self.missing_box, 1, 1)
        grid.addWidget(self.agreements, 2, 0)
        grid.addWidget(self.gaps, 2, 1)
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(1, 3)
        box = QWidget()
        box.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(box)
        outer.addWidget(scroll, 1)

    def reload(self) -> None:
        """Load the overview again (called when the page is shown)."""
        self.dashboard = data = load_dashboard()
        self.tiles["organisations"].set_value(data.organisation_count)
        self.tiles["contacts"].set_value(data.contact_count)
        self.tiles["events"].set_value(data.events_this_year)
        self.tiles["external"].set_value(data.external_this_year)
        self.follow_ups.show_data(data.follow_up_counts, data.due_follow_ups, data.more_follow_ups)
        self.tiles["agreements"].set_value(len(data.open_agreements))
        self.tiles["gaps"].set_value(len(data.open_gaps))
        self.upcoming_model.set_rows(data.upcoming)
        self.upcoming.set_count(len(data.upcoming))
        self.agreement_model.set_rows(data.open_agreements)
        self.agreements.set_count(len(data.open_agreements))
        self.gap_model.set_rows(data.open_gaps)
        self.gaps.set_count(len(data.open_gaps))
        self.missing_label.setText(self._missing_text(data.missing_legal_areas))

    def _missing_text(self, codes: list[str]) -> str:
        if not codes:
            return self.tr(
                "Alle Rechtskreise waren im letzten Jahr bei Veranstaltungen vertreten – "
                "der Verbund erreicht alle Leistungsbereiche."
            )
        names = "".join(f"<li><b>{LEGAL_AREAS[code]}</b></li>" for code in codes)
        return (
            self.tr(
                "Aus diesen Rechtskreisen hat in den letzten 12 Monaten niemand an einer "
                "Veranstaltung teilgenommen. Laden Sie gezielt Partner aus diesen Bereichen ein:"
            )
            + f"<ul>{names}</ul>"
        )

    def _from_conference(self, row: AgreementRow | SupplyGapRow) -> str:
        """Tooltip: the full text and the conference it comes from."""
        text = row.what if isinstance(row, AgreementRow) else row.title
        when = german_date(row.event_start)
        origin = self.tr("aus: {title} ({date})").format(title=row.event_title, date=when)
        return f"{text}\n{origin}"

    def _open_event(self, index: object) -> None:
        row = self.upcoming_model.row_at(index.row())  # type: ignore[attr-defined]
        self.event_requested.emit(row.id)
