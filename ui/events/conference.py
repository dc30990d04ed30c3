"""The conference panel of a Familien- or Strukturkonferenz: agreements and supply gaps of
this conference, and the open items carried over from earlier conferences of the same kind."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from aktif_desktop.domain import AgreementStatus, SupplyGapStatus
from aktif_desktop.errors import AktifError
from aktif_desktop.services import conferences
from aktif_desktop.services.conferences import (
    AgreementData,
    AgreementRow,
    SupplyGapData,
    SupplyGapRow,
)
from aktif_desktop.services.events import EventRow
from ui.events.common import fmt_date
from ui.events.conference_sections import (
    AgreementSection,
    SupplyGapSection,
    fit_height,
    make_table,
)
from ui.table_model import Column, RowTableModel
from ui.widgets.message_bar import MessageBar


@dataclass(slots=True)
class CarriedItem:
    """An open agreement or gap of an earlier conference, as one line."""

    source: AgreementRow | SupplyGapRow
    kind: str
    text: str

    @property
    def id(self) -> int:
        return self.source.id


class ConferencePanel(QWidget):
    """Agreements, supply gaps and carried-over open items of one conference.

    Attributes:
        agreements, gaps: the two editable sections; carried: the carried-over items;
        scroll_area: the scroll area around them (vertical only).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.event_row: EventRow | None = None
        self.bar = MessageBar(self)
        self.agreements = AgreementSection(self.tr("Vereinbarungen"), self.bar, self)
        self.gaps = SupplyGapSection(self.tr("Versorgungslücken"), self.bar, self)
        self.carried: RowTableModel[CarriedItem] = RowTableModel(
            [
                Column(self.tr("Konferenz"), lambda c: fmt_date(c.source.event_start)),
                Column(self.tr("Art"), lambda c: c.kind),
                Column(self.tr("Inhalt"), lambda c: c.text, tooltip=lambda c: c.text),
                Column(self.tr("Status"), lambda c: c.source.status_label),
            ],
            self,
        )
        self.carried_view = make_table(self.carried, self, 2)
        self.carried_empty = QLabel(self)
        self.carried_empty.setWordWrap(True)
        self.done_button = QPushButton(self.tr("Als erledigt markieren"), self)
        self.done_button.clicked.connect(self.mark_carried_done)
        carried_box = QGroupBox(self.tr("Offen aus früheren Konferenzen (übernommen)"), self)
        carried_layout = QVBoxLayout(carried_box)
        carried_layout.addWidget(self.carried_view)
        carried_layout.addWidget(self.carried_empty)
        carried_layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignRight)
        inner = QWidget(self)
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(carried_box)
        inner_layout.addWidget(self.agreements)
        inner_layout.addWidget(self.gaps)
        inner_layout.addStretch(1)
        scroll = self.scroll_area = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # Everything wraps or shrinks to the pane's width: scrolling sideways hid the buttons
        # at the right edge ("Speicher", "Als erledigt markiere") on a 1366 × 768 screen.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(scroll, 1)

    def set_event(self, event: EventRow | None) -> None:
        """Show the items of ``event`` when it is a saved conference, else nothing."""
        self.event_row = event if event is not None and event.is_conference else None
        event_id = self.event_row.id if self.event_row else None
        if self.event_row is not None:
            # A new agreement's deadline starts four weeks after the conference.
            self.agreements.default_due = self.event_row.start.date() + dt.timedelta(days=28)
        self.bar.clear_message()
        self.agreements.set_event(event_id)
        self.gaps.set_event(event_id)
        self.refresh_carried()

    def refresh_carried(self) -> None:
        items: list[CarriedItem] = []
        if self.event_row is not None:
            agreements, gaps = conferences.carried_over(self.event_row.id)
            items += [
                CarriedItem(
                    a,
                    self.tr("Vereinbarung"),
                    f"{a.who}: {a.what}" + (f" (bis {fmt_date(a.due)})" if a.due else ""),
                )
                for a in agreements
            ]
            items += [CarriedItem(g, self.tr("Versorgungslücke"), g.title) for g in gaps]
        self.carried.set_rows(items)
        fit_height(self.carried_view, len(items), most=8)
        self.carried_view.setVisible(bool(items))
        self.done_button.setVisible(bool(items))
        kind = self.event_row.kind_label if self.event_row else ""
        self.carried_empty.setText(
            self.tr("Aus früheren Konferenzen dieser Art ({kind}) ist nichts mehr offen.").format(
                kind=kind
            )
        )
        self.carried_empty.setVisible(not items)

    def mark_carried_done(self) -> None:
        """Close the selected carried-over item (agreement: erledigt, gap: geschlossen)."""
        rows = self.carried_view.selectionModel().selectedRows()
        if not rows:
            self.bar.show_message(
                self.tr("Bitte wählen Sie zuerst einen übernommenen Punkt aus."), "error"
            )
            return
        item = self.carried.row_at(rows[0].row())
        source = item.source
        try:
            if isinstance(source, AgreementRow):
                conferences.update_agreement(
                    source.id,
                    AgreementData(
                        who=source.who,
                        what=source.what,
                        due=source.due,
                        status=AgreementStatus.DONE.value,
                        note=source.note,
                    ),
                    source.version,
                )
            else:
                conferences.update_supply_gap(
                    source.id,
                    SupplyGapData(
                        title=source.title,
                        description=source.description,
                        status=SupplyGapStatus.CLOSED.value,
                        legal_areas=source.legal_areas,
                    ),
                    source.version,
                )
        except AktifError as error:
            self.bar.show_message(error.message, "error")
            return
        self.bar.show_message(self.tr("„{text}“ ist erledigt.").format(text=item.text), "success")
        self.refresh_carried()
