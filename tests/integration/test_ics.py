"""The iCalendar file parsed back line by line, as RFC 5545 readers (Outlook) do."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from aktif_desktop.domain import EventKind, EventStatus
from aktif_desktop.exports.ics import escape_text, fold_line, write_ics
from aktif_desktop.services import events, settings


def _unfold(raw: bytes) -> list[str]:
    """Undo line folding: a line starting with a space continues the previous one."""
    text = raw.decode("utf-8")
    assert "\n" not in text.replace("\r\n", "")  # every line ends with CRLF
    lines: list[str] = []
    for line in text.split("\r\n")[:-1]:
        if line.startswith(" "):
            lines[-1] += line[1:]
        else:
            lines.append(line)
    return lines


def _unescape(value: str) -> str:
    out, chars = [], iter(value)
    for char in chars:
        if char == "\\":
            nxt = next(chars)
            out.append("\n" if nxt in "nN" else nxt)
        else:
            out.append(char)
    return "".join(out)


def _events(lines: list[str]) -> list[dict[str, str]]:
    found: list[dict[str, str]] = []
    current: dict[str, str] | None = None
    for line in lines:
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            assert current is not None
            found.append(current)
            current = None
        elif current is not None:
            name, _, value = line.partition(":")
            current[name] = value
    return found


@pytest.fixture
def calendar_events(db: Path) -> list[int]:
    settings.save_settings(settings.Settings(verbund_name="Familienverbund Lindenau"))
    agenda = (
        "1. Begrüßung; Vorstellung\n2. Kinderzuschlag, Wohngeld\n3. Pfad C:\\Ablage\\Protokolle"
    )
    first = events.create_event(
        events.EventData(
            kind=EventKind.WORKSHOP.value,
            title="Workshop: Übergänge, Schnittstellen; Rechtskreise – " + "sehr lang " * 12,
            start=dt.datetime(2026, 7, 14, 9, 30),
            end=dt.datetime(2026, 7, 14, 13, 0),
            place="Familienzentrum Lindenau, Großer Saal",
            online_link="https://meet.example.org/verbund",
            agenda=agenda,
        )
    )
    second = events.create_event(
        events.EventData(
            kind=EventKind.STRUCTURE_CONFERENCE.value,
            title="Strukturkonferenz Herbst",
            start=dt.datetime(2026, 11, 3, 9, 0),
            end=dt.datetime(2026, 11, 3, 15, 0),
            status=EventStatus.CANCELLED.value,
        )
    )
    other_year = events.create_event(
        events.EventData(
            kind=EventKind.NETWORK_MEETING.value,
            title="Netzwerktreffen 2027",
            start=dt.datetime(2027, 1, 12, 14, 0),
            end=dt.datetime(2027, 1, 12, 16, 0),
        )
    )
    return [first.id, second.id, other_year.id]


def test_year_calendar_round_trip(calendar_events: list[int], tmp_path: Path) -> None:
    target = tmp_path / "plan.ics"
    result = write_ics(target, year=2026)
    raw = target.read_bytes()
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))  # octets, not characters
    lines = _unfold(raw)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in lines
    assert "BEGIN:VTIMEZONE" in lines and "TZID:Europe/Berlin" in lines
    found = _events(lines)
    assert result.row_count == len(found) == 2
    workshop, conference = found
    assert workshop["DTSTART;TZID=Europe/Berlin"] == "20260714T093000"
    assert workshop["DTEND;TZID=Europe/Berlin"] == "20260714T130000"
    assert _unescape(workshop["SUMMARY"]).startswith("Workshop: Übergänge, Schnittstellen; Rech")
    assert _unescape(workshop["LOCATION"]) == "Familienzentrum Lindenau, Großer Saal"
    assert workshop["URL"] == "https://meet.example.org/verbund"
    description = _unescape(workshop["DESCRIPTION"])
    assert "1. Begrüßung; Vorstellung\n2. Kinderzuschlag, Wohngeld" in description
    assert "C:\\Ablage\\Protokolle" in description
    assert "https://meet.example.org/verbund" in description
    assert workshop["STATUS"] == "TENTATIVE"
    assert conference["STATUS"] == "CANCELLED"
    assert dt.datetime.strptime(workshop["DTSTAMP"], "%Y%m%dT%H%M%SZ")
    assert workshop["UID"] == f"event-{calendar_events[0]}.familienverbund-lindenau@aktif-desktop"


def test_uid_stays_the_same_on_every_export(calendar_events: list[int], tmp_path: Path) -> None:
    write_ics(tmp_path / "a.ics")
    write_ics(tmp_path / "b.ics", event_id=calendar_events[1])
    everything = _events(_unfold((tmp_path / "a.ics").read_bytes()))
    single = _events(_unfold((tmp_path / "b.ics").read_bytes()))
    assert len(everything) == 3 and len(single) == 1
    assert single[0]["UID"] == everything[1]["UID"]
    assert len({event["UID"] for event in everything}) == 3


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("a,b;c\\d", "a\\,b\\;c\\\\d"),
        ("Zeile 1\r\nZeile 2\nZeile 3", "Zeile 1\\nZeile 2\\nZeile 3"),
        ("Straße", "Straße"),
    ],
)
def test_escape_text(text: str, escaped: str) -> None:
    assert escape_text(text) == escaped


@pytest.mark.parametrize("char", ["a", "ä", "€", "𝄞"])  # 1, 2, 3 and 4 octets in UTF-8
def test_folding_never_splits_a_character(char: str) -> None:
    line = "SUMMARY:" + char * 200
    folded = fold_line(line)
    parts = folded.split("\r\n")
    assert all(len(part.encode("utf-8")) <= 75 for part in parts)
    assert all(part.startswith(" ") for part in parts[1:])
    assert "".join([parts[0], *(p[1:] for p in parts[1:])]) == line
