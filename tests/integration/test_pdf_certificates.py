"""Attendance certificates as real PDFs, read back with pypdf."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from aktif_desktop.domain import EventKind
from aktif_desktop.errors import ValidationError
from aktif_desktop.exports.certificates import file_name, write_certificates
from aktif_desktop.exports.common import ExportCancelled, safe_filename
from aktif_desktop.services import audit, contacts, events, organisations, participations, settings

ATTENDED = [("Łukasz", "Wiśniewski"), ("Jiří", "Dvořák"), ("Ödön", "Kővári"), ("Jörg", "Weiß")]
LONG_TITLE = (
    "Workshop: Kinderzuschlag, Wohngeld, Bildung und Teilhabe und Unterhaltsvorschuss richtig "
    "kombinieren – Praxisbeispiele aus dem Landkreis Lindenau und den Nachbarkommunen"
)


@pytest.fixture
def event_id(db: Path, tmp_path: Path) -> int:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 120), "#2F5D62").save(logo)
    settings.save_settings(
        settings.Settings(
            verbund_name="Familienverbund Großenhain",
            logo_path=str(logo),
            signatory_name="Dr. Henriette Weißgerber",
            signatory_function="Netzwerkkoordination",
            place_of_issue="Großenhain",
        )
    )
    organisation = organisations.create_organisation(
        organisations.OrganisationData(name="Caritasverband Großenhain e. V.")
    )
    event = events.create_event(
        events.EventData(
            kind=EventKind.WORKSHOP.value,
            title=LONG_TITLE,
            start=dt.datetime(2026, 5, 4, 9, 0),
            end=dt.datetime(2026, 5, 5, 16, 0),
            place="Familienzentrum, Großer Saal",
            hours=12.5,
            agenda="Kinderzuschlag\nWohngeld\n" + "Anträge ohne Hürden. " * 120,
        )
    )
    people = [*ATTENDED, ("Erika", "Entschuldigt"), ("Anna", "Angemeldet")]
    for first, last in people:
        person = contacts.create_contact(
            contacts.ContactData(first_name=first, last_name=last, organisation_id=organisation.id)
        )
        status = {"Entschuldigt": "excused", "Angemeldet": "registered"}.get(last, "attended")
        participations.add_participant(event.id, person.id, status)
    return event.id


def test_one_file_per_attendee_with_safe_names(event_id: int, tmp_path: Path) -> None:
    folder = tmp_path / "Bescheinigungen"
    result = write_certificates(event_id, folder=folder)
    names = sorted(path.name for path in folder.iterdir())
    assert result.row_count == len(ATTENDED) == len(names)
    assert "Teilnahmebescheinigung TB-2026-00001 Dvořák Jiří.pdf" in names
    assert "Teilnahmebescheinigung TB-2026-00004 Wiśniewski Łukasz.pdf" in names
    for path in folder.iterdir():
        reader = PdfReader(path)
        # The long agenda goes onto a second page; the certificate itself stays on page one.
        assert len(reader.pages) == 2
        text = reader.pages[0].extract_text()
        number = path.name.split()[1]
        assert f"Nr. {number}" in text
        assert "Teilnahmebescheinigung" in text
        assert "Caritasverband Großenhain e. V." in text
        assert "04.05.2026, 09:00 Uhr – 05.05.2026, 16:00 Uhr" in text
        assert "12,5 Stunden" in text
        assert "Großenhain, " in text and "Dr. Henriette Weißgerber" in text
        assert "Europäischen Sozialfonds Plus" in text
        assert "Entschuldigt" not in text and "Angemeldet" not in text


def test_all_in_one_has_one_page_per_attendee_and_every_name(event_id: int, tmp_path: Path) -> None:
    target = tmp_path / "alle.pdf"
    write_certificates(event_id, pdf_file=target)
    pages = [page.extract_text() for page in PdfReader(target).pages]
    assert len(pages) == 2 * len(ATTENDED)  # each with its agenda page
    joined = " ".join(" ".join(pages).split())
    for first, last in ATTENDED:
        assert f"{first} {last}" in joined
    assert "Kinderzuschlag, Wohngeld, Bildung und Teilhabe" in joined


def test_reprint_gives_the_same_numbers(event_id: int, tmp_path: Path) -> None:
    first = write_certificates(event_id, folder=tmp_path / "a")
    again = write_certificates(event_id, folder=tmp_path / "b")
    assert [p.name for p in first.files] == [p.name for p in again.files]
    assert len({p.name.split()[1] for p in first.files}) == len(ATTENDED)  # unique numbers


def test_refused_when_nobody_attended(db: Path, tmp_path: Path) -> None:
    event = events.create_event(
        events.EventData(
            kind=EventKind.WORKSHOP.value,
            title="Leer",
            start=dt.datetime(2026, 1, 1, 9),
            end=dt.datetime(2026, 1, 1, 10),
        )
    )
    with pytest.raises(ValidationError, match="noch niemand als „teilgenommen“"):
        write_certificates(event.id, folder=tmp_path / "x")
    assert not (tmp_path / "x").exists()


def test_cancel_leaves_the_folder_as_it_was(event_id: int, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "alt.txt").write_text("bleibt")
    with pytest.raises(ExportCancelled):
        write_certificates(event_id, folder=folder, progress=lambda done, total: done < 2)
    assert [p.name for p in folder.iterdir()] == ["alt.txt"]
    assert audit.list_disclosures() == []


def test_recorded_as_disclosure(event_id: int, tmp_path: Path) -> None:
    write_certificates(event_id, pdf_file=tmp_path / "alle.pdf")
    (entry,) = audit.list_disclosures()
    assert entry.kind == "Teilnahmebescheinigungen" and entry.row_count == len(ATTENDED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Müller: Anna/Berta?", "Müller Anna Berta"),
        ('a<b>c"d|e*f\\g', "a b c d e f g"),
        ("Name. ", "Name"),
        ("CON", "_CON"),
        ("", "Export"),
        ("Ł" * 300, "Ł" * 120),
    ],
)
def test_safe_filename(text: str, expected: str) -> None:
    assert safe_filename(text) == expected


def test_file_name_keeps_umlauts(event_id: int) -> None:
    from aktif_desktop.services.certificates import issue_for_event

    names = [file_name(info) for info in issue_for_event(event_id)]
    assert "Teilnahmebescheinigung TB-2026-00003 Weiß Jörg.pdf" in names


def test_cancel_during_one_file_leaves_no_file(event_id: int, tmp_path: Path) -> None:
    seen: list[int] = []

    def progress(done: int, total: int) -> bool:
        seen.append(done)
        return done < 2  # stop after the second page was laid out

    with pytest.raises(ExportCancelled):
        write_certificates(event_id, pdf_file=tmp_path / "alle.pdf", progress=progress)
    assert seen == [0, 1, 2]
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".pdf"]


def _sizes(page: object) -> dict[str, float]:
    """Text -> printed font size on a page (font size times the text matrix scale)."""
    found: dict[str, float] = {}

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            found[text.strip()] = round(size * abs(tm[3] or 1) * abs(cm[3] or 1), 1)

    page.extract_text(visitor_text=visit)  # type: ignore[attr-defined]
    return found


@pytest.mark.parametrize("topics", [3, 12, 30])
def test_a_long_agenda_never_shrinks_name_and_title(db: Path, tmp_path: Path, topics: int) -> None:
    agenda = "\n".join(f"Thema {n}: Kinderzuschlag und Wohngeld im Alltag" for n in range(topics))
    event = events.create_event(
        events.EventData(
            kind="workshop",
            title="Fachtag Familienleistungen",
            start=dt.datetime(2026, 3, 2, 9),
            end=dt.datetime(2026, 3, 2, 16),
            agenda=agenda,
        )
    )
    person = contacts.create_contact(contacts.ContactData(first_name="Jörg", last_name="Weiß"))
    participations.add_participant(event.id, person.id, "attended")
    target = tmp_path / "tb.pdf"
    write_certificates(event.id, pdf_file=target)
    pages = PdfReader(target).pages
    sizes = _sizes(pages[0])
    assert sizes["Jörg Weiß"] == 19.0
    assert sizes["Teilnahmebescheinigung"] == 24.0
    text = " ".join(page.extract_text() for page in pages)
    for n in range(topics):
        assert f"Thema {n}:" in text
    assert len(pages) == (1 if topics <= 12 else 2)
