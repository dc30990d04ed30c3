"""Column specs of the event tables (list, day list) and the event filter predicate."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from aktif_desktop.domain import EventKind, EventStatus, ParticipationStatus
from aktif_desktop.services.events import EventRow
from aktif_desktop.text import fold
from ui.events.common import fmt_day, fmt_time_range
from ui.table_model import Column

DATE, TIME, KIND, TITLE, PLACE, STATUS, SEATS = range(7)
# On a narrow list these columns give way, first the place; the title stretches and, with
# date and status, always stays.
GIVE_WAY = (PLACE, SEATS, KIND, TIME)
TITLE_SAMPLE = "Online-Austausch der Fachkräfte"  # a typical title, shown whole


def column_samples() -> dict[int, tuple[str, ...]]:
    """Texts as wide as each fixed-width column usually needs (the widest one counts)."""
    return {
        DATE: ("Mo, 00.00.0000",),
        TIME: ("00:00–00:00",),
        KIND: tuple(label for _code, label in EventKind.choices()),
        PLACE: ("Rathaus Grünfelde",),
        STATUS: tuple(label for _code, label in EventStatus.choices()),
        SEATS: ("40 / 40 (+3)",),
    }


def hidden_columns(available: int, widths: dict[int, int], title_min: int) -> set[int]:
    """The columns to hide so that the others keep ``widths`` and the title ``title_min``."""
    hidden: set[int] = set()
    for column in GIVE_WAY:
        if sum(w for c, w in widths.items() if c not in hidden) + title_min <= available:
            break
        hidden.add(column)
    return hidden


def _tr(text: str) -> str:
    return QCoreApplication.translate("EventColumns", text)


def title_text(row: EventRow) -> str:
    """The title, marked "(extern)" for an event organised by another body.

    The mark is on the title, not the kind: on a laptop-sized list the kind column gives way,
    the title always stays.
    """
    return _tr("{title} (extern)").format(title=row.title) if row.external else row.title


def title_tooltip(row: EventRow) -> str:
    if not row.external:
        return row.title
    text = _tr("{title}\nVeranstaltung eines anderen Trägers: {organiser}").format(
        title=row.title, organiser=row.external_organiser
    )
    if row.staff:
        text += "\n" + _tr("Teilgenommen haben: {staff}").format(staff=row.staff)
    return text


def seats_text(row: EventRow) -> str:
    """Return "34 / 40", "12" (no capacity) and the waiting list when there is one."""
    if row.external:
        return "–"  # others' event: no seats and no participants of ours
    text = f"{row.seats_taken} / {row.capacity}" if row.capacity else str(row.seats_taken)
    waiting = row.counts.get(ParticipationStatus.WAITLISTED.value, 0)
    if waiting:
        text += f" (+{waiting})"
    return text


def seats_tooltip(row: EventRow) -> str:
    """Explain the seats column: registered, capacity and the waiting list in words."""
    if row.external:
        return _tr("Veranstaltung eines anderen Trägers: keine Plätze und keine Teilnehmenden")
    parts = [_tr("{n} angemeldet oder teilgenommen").format(n=row.seats_taken)]
    parts.append(
        _tr("{n} Plätze").format(n=row.capacity) if row.capacity else _tr("ohne Begrenzung")
    )
    waiting = row.counts.get(ParticipationStatus.WAITLISTED.value, 0)
    if waiting:
        parts.append(_tr("{n} auf der Warteliste").format(n=waiting))
    return ", ".join(parts)


def event_columns() -> list[Column[EventRow]]:
    """The columns of the event list."""
    return [
        Column(_tr("Datum"), lambda r: fmt_day(r.start), sort_key=lambda r: r.start),
        Column(_tr("Zeit"), lambda r: fmt_time_range(r.start, r.end), sort_key=lambda r: r.start),
        Column(_tr("Art"), lambda r: r.kind_label, tooltip=lambda r: r.kind_label),
        Column(_tr("Titel"), title_text, sort_key=lambda r: fold(r.title), tooltip=title_tooltip),
        Column(
            _tr("Ort"),
            lambda r: r.where,
            sort_key=lambda r: fold(r.where),
            tooltip=lambda r: r.where,
        ),
        Column(_tr("Status"), lambda r: r.status_label),
        Column(
            _tr("Plätze"),
            seats_text,
            sort_key=lambda r: r.seats_taken,
            tooltip=seats_tooltip,
            align_right=True,
        ),
    ]


def day_columns() -> list[Column[EventRow]]:
    """The shorter columns of the calendar's day list."""
    return [
        Column(_tr("Zeit"), lambda r: fmt_time_range(r.start, r.end), sort_key=lambda r: r.start),
        Column(_tr("Art"), lambda r: r.kind_label),
        Column(_tr("Titel"), title_text, tooltip=title_tooltip),
        Column(_tr("Status"), lambda r: r.status_label),
    ]


@dataclass(frozen=True)
class EventFilter:
    """What the search field and the filter boxes ask for; ``None`` means "all"."""

    search: str = ""
    year: int | None = None
    kind: str | None = None
    status: str | None = None
    external: bool | None = None  # True: only others' events, False: only our own

    def predicate(self) -> Callable[[EventRow], bool] | None:
        words = fold(self.search).split()
        boxes = (self.year, self.kind, self.status, self.external)
        if not words and all(box is None for box in boxes):
            return None

        def keep(row: EventRow) -> bool:
            return (
                (self.year is None or row.start.year == self.year)
                and (self.kind is None or row.kind == self.kind)
                and (self.status is None or row.status == self.status)
                and (self.external is None or row.external == self.external)
                and all(word in row.search_text for word in words)
            )

        return keep
