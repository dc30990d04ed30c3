"""Events as an iCalendar file (RFC 5545) that Outlook, Thunderbird and phones open.

Written by hand (the format is small): CRLF line ends, lines folded at 75 octets without
splitting a UTF-8 character, TEXT values escaped (``\\ ; ,`` and newlines), times in
Europe/Berlin with a VTIMEZONE block (Outlook needs it to place TZID times), a UID per event
that stays the same on every export (so importing again updates instead of duplicating),
and STATUS:CANCELLED for cancelled events. Events hold no personal data, so no disclosure
entry is written.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from pathlib import Path

from aktif_desktop import __version__
from aktif_desktop.domain import EventStatus
from aktif_desktop.exports.common import ExportResult, Progress, atomic_file, report
from aktif_desktop.services import events
from aktif_desktop.services.events import EventRow
from aktif_desktop.services.settings import load_settings
from aktif_desktop.text import fold

TZID = "Europe/Berlin"
CRLF = "\r\n"
LINE_OCTETS = 75
# Central European Time with the EU summer-time rule (since 1996): last Sunday of March
# 02:00 -> 03:00, last Sunday of October 03:00 -> 02:00.
VTIMEZONE = (
    "BEGIN:VTIMEZONE",
    f"TZID:{TZID}",
    "X-LIC-LOCATION:Europe/Berlin",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
)
STATUS = {
    EventStatus.PLANNED: "TENTATIVE",
    EventStatus.INVITED: "CONFIRMED",
    EventStatus.HELD: "CONFIRMED",
    EventStatus.CANCELLED: "CANCELLED",
}


def escape_text(value: str) -> str:
    """Escape a TEXT value: backslash, semicolon, comma and line breaks."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\n", "\\n")


def fold_line(line: str) -> str:
    """Fold one content line into chunks of at most 75 octets, never inside a character."""
    encoded = line.encode("utf-8")
    if len(encoded) <= LINE_OCTETS:
        return line
    parts: list[str] = []
    current = ""
    size = 0
    limit = LINE_OCTETS
    for char in line:
        octets = len(char.encode("utf-8"))
        if size + octets > limit:
            parts.append(current)
            current, size = "", 0
            limit = LINE_OCTETS - 1  # continuation lines start with one space
        current += char
        size += octets
    parts.append(current)
    return (CRLF + " ").join(parts)


def _local(value: dt.datetime) -> str:
    return value.strftime("%Y%m%dT%H%M%S")


def _utc(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def uid(event_id: int, verbund_name: str) -> str:
    """A UID stable across exports: the event's id plus the Verbund (two networks never clash)."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(verbund_name)).strip("-") or "verbund"
    return f"event-{event_id}.{slug}@aktif-desktop"


def _description(event: EventRow) -> str:
    parts = [event.kind_label]
    if event.organiser_name:
        parts.append(f"Veranstalter: {event.organiser_name}")
    if event.online_link:
        parts.append(f"Online: {event.online_link}")
    if event.agenda:
        parts.append(f"Tagesordnung / Themen:\n{event.agenda}")
    return "\n\n".join(parts)


def event_lines(event: EventRow, verbund_name: str, stamp: dt.datetime) -> list[str]:
    """The unfolded content lines of one VEVENT."""
    lines = [
        "BEGIN:VEVENT",
        f"UID:{uid(event.id, verbund_name)}",
        f"DTSTAMP:{_utc(stamp)}",
        f"DTSTART;TZID={TZID}:{_local(event.start)}",
        f"DTEND;TZID={TZID}:{_local(event.end)}",
        f"SUMMARY:{escape_text(event.title)}",
        f"STATUS:{STATUS[EventStatus(event.status)]}",
        f"CATEGORIES:{escape_text(event.kind_label)}",
    ]
    if event.updated_at is not None:
        lines.append(f"LAST-MODIFIED:{_utc(event.updated_at)}")
    location = event.place or event.online_link
    if location:
        lines.append(f"LOCATION:{escape_text(location)}")
    if event.online_link:
        lines.append(f"URL:{event.online_link}")
    lines.append(f"DESCRIPTION:{escape_text(_description(event))}")
    lines.append("END:VEVENT")
    return lines


def calendar_text(
    rows: Iterable[EventRow], verbund_name: str, stamp: dt.datetime | None = None
) -> str:
    """The whole VCALENDAR as text with CRLF line ends and folded lines."""
    stamp = stamp or dt.datetime.now(dt.UTC)
    name = f"Veranstaltungen {verbund_name}".strip()
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//Aktif Desktop//Aktif Desktop {__version__}//DE",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(name)}",
        f"X-WR-TIMEZONE:{TZID}",
        *VTIMEZONE,
    ]
    for event in rows:
        lines += event_lines(event, verbund_name, stamp)
    lines.append("END:VCALENDAR")
    return "".join(fold_line(line) + CRLF for line in lines)


def write_ics(
    path: Path | str,
    *,
    event_id: int | None = None,
    year: int | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    """Write one event (``event_id``), a year's events (``year``) or all events to ``path``."""
    path = Path(path)
    rows = [events.get_event(event_id)] if event_id is not None else events.list_events(year=year)
    report(progress, 0, len(rows))
    text = calendar_text(rows, load_settings().verbund_name)
    with atomic_file(path) as temp:
        # newline="" keeps our CRLF exactly as written on every platform.
        temp.write_text(text, encoding="utf-8", newline="")
    report(progress, len(rows), len(rows))
    return ExportResult(path=path, row_count=len(rows), files=[path])
