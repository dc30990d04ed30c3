"""The safe write path in-process: names, the disclosure written with the file, the
certificate register kept true, real read-only and full file systems (tmpfs, when mounting is
allowed), and OS errors at the boundary, each with its own German sentence."""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import gc
import os
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from aktif_desktop import messages
from aktif_desktop.domain import EventKind
from aktif_desktop.errors import AktifError, ValidationError
from aktif_desktop.exports import certificates as certificate_export
from aktif_desktop.exports import ics, lists
from aktif_desktop.exports.common import safe_filename
from aktif_desktop.files import names, safe_write
from aktif_desktop.services import audit, certificates, contacts, events, participations, retention
from aktif_desktop.storage.models import Certificate, DisclosureLog


# Names -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        ("CON", "reservierter"),
        ("con.xlsx", "reservierter"),
        ("NUL.txt", "reservierter"),
        ("Aux.tar.gz", "reservierter"),
        ("LPT9.pdf", "reservierter"),
        ("COM1 .pdf", "reservierter"),
        ("a:b.xlsx", "„:“"),
        ('a"b.pdf', '„"“'),
        ("a|b", "„|“"),
        ("a<b", "„<“"),
        ("a\x00b", "Steuerzeichen"),
        ("a\nb", "Steuerzeichen"),
        ("liste.", "Punkt oder Leerzeichen"),
        ("liste ", "Punkt oder Leerzeichen"),
        ("😀" * 64, "zu lang"),  # 256 bytes
        ("ä" * 128, "zu lang"),  # 256 bytes, 128 units
        ("a" * 256, "zu lang"),
        ("", "Dateinamen an"),
    ],
)
def test_names_windows_or_linux_cannot_hold(name: str, fragment: str) -> None:
    problem = names.name_problem(name)
    assert problem is not None and fragment in problem


@pytest.mark.parametrize("name", ["Liste 2026.xlsx", "CONSOLE.pdf", "Müller Anna.pdf", "😀" * 63])
def test_names_that_are_fine(name: str) -> None:
    assert names.name_problem(name) is None


@pytest.mark.parametrize(
    "text", ["😀" * 60, "👩‍👩‍👧‍👦" * 40, "ä" * 300, "x" * 400, "e\u0301" * 200]
)
def test_made_up_names_are_shortened_to_what_both_systems_accept(text: str, tmp_path) -> None:
    name = safe_filename(f"Teilnahmebescheinigung TB-2026-00001 {text}") + ".pdf"
    assert names.name_problem(name) is None
    assert len(name.encode("utf-8")) <= 255 and names.utf16_units(name) <= 255
    (tmp_path / name).write_bytes(b"%PDF")  # Linux really accepts it


# Certificates: 60 emoji, anonymised people, numbers only with files ------------------------
@pytest.fixture
def event_id(db: Path) -> int:
    event = events.create_event(
        events.EventData(
            kind=EventKind.WORKSHOP.value,
            title="Workshop",
            start=dt.datetime(2026, 5, 4, 9, 0),
            end=dt.datetime(2026, 5, 4, 12, 0),
            hours=3,
        )
    )
    for first, last in [("Anna", "😀" * 60), ("Berta", "Brandt")]:
        person = contacts.create_contact(contacts.ContactData(first_name=first, last_name=last))
        participations.add_participant(event.id, person.id, "attended")
    return event.id


def test_sixty_emoji_certificate_is_written(event_id: int, tmp_path: Path) -> None:
    result = certificates.issue_and_write(
        certificate_export.write_certificates, event_id, folder=tmp_path / "tb"
    )
    assert len(result.files) == 2 and all(path.is_file() for path in result.files)


def test_a_failed_certificate_write_draws_no_number(event_id: int, tmp_path: Path) -> None:
    target = tmp_path / "tb.pdf"
    target.write_bytes(b"alt")
    with pytest.raises(AktifError, match="gibt es schon"):
        certificates.issue_and_write(
            certificate_export.write_certificates, event_id, pdf_file=target
        )
    assert Certificate.select().count() == 0 and target.read_bytes() == b"alt"
    assert DisclosureLog.select().count() == 0
    result = certificates.issue_and_write(
        certificate_export.write_certificates, event_id, pdf_file=target, replace=True
    )
    numbers = sorted(c.number for c in Certificate.select())
    assert [n.rsplit("-", 1)[1] for n in numbers] == ["00001", "00002"]  # none lost
    assert result.files == [target] and DisclosureLog.select().count() == 1


def test_no_certificate_for_an_anonymised_person(event_id: int, tmp_path: Path) -> None:
    rows = participations.list_participants(event_id)
    berta = next(row for row in rows if row.last_name == "Brandt")
    retention._anonymise_participation(berta.id)  # the retention run's own step
    infos = certificates.issue_for_event(event_id)
    assert [info.participant.first_name for info in infos] == ["Anna"]
    with pytest.raises(ValidationError, match="anonymisiert"):
        certificates.issue_for_participation(berta.id)
    assert Certificate.select().count() == 1


# The disclosure entry and the file in one step ---------------------------------------------
def test_no_file_when_the_log_entry_cannot_be_written(demo_db: Path, tmp_path, monkeypatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EIO, "I/O-Fehler im Protokoll")

    monkeypatch.setattr(audit, "record_disclosure", broken)
    target = tmp_path / "kontakte.xlsx"
    with pytest.raises(AktifError, match="Protokoll"), safe_write.writing():
        lists.export_contacts(target)
    assert not target.exists() and not list(tmp_path.glob(".~aktif-*"))
    direct = tmp_path / "direkt.xlsx"  # outside a writing block: the file is removed again
    with pytest.raises(AktifError, match="Protokoll"):
        lists.export_contacts(direct)
    assert not direct.exists()


def test_the_log_records_path_and_consent(demo_db: Path, tmp_path: Path) -> None:
    with safe_write.writing(without_consent=True):
        lists.export_contacts(tmp_path / "intern.xlsx", include_without_consent=True)
    with safe_write.writing():
        lists.export_contacts(tmp_path / "partner.xlsx")
    partner, internal = audit.list_disclosures()[:2]
    assert internal.path == str(tmp_path / "intern.xlsx") and internal.without_consent
    assert partner.path == str(tmp_path / "partner.xlsx") and not partner.without_consent


def test_year_zero_never_becomes_this_year(demo_db: Path, tmp_path: Path) -> None:
    for year in (0, -1, 10000):
        with pytest.raises(ValidationError, match="kein gültiges Jahr"):
            lists.export_plan(tmp_path / "plan.xlsx", year=year)
    assert not (tmp_path / "plan.xlsx").exists()


# OS errors: real file systems when possible, else at the OSError boundary -------------------
@contextlib.contextmanager
def _tmpfs(folder: Path, options: str) -> Iterator[Path]:
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, f"aktif-{uuid.uuid4().hex[:6]}", str(folder)],
        capture_output=True,
    )
    if mounted.returncode != 0:
        pytest.skip("mounting a tmpfs is not allowed here (simulated below)")
    try:
        yield folder
    finally:
        gc.collect()  # a writer's file handle left open would keep the mount busy
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def test_real_full_disk(demo_db: Path, tmp_path: Path) -> None:
    with _tmpfs(tmp_path / "voll", "size=64k") as folder:
        with contextlib.suppress(OSError):
            (folder / "ballast").write_bytes(b"x" * 200_000)
        # The calendar: openpyxl leaks its zip handle when a save fails (noted for docs).
        with pytest.raises(AktifError) as raised, safe_write.writing():
            ics.write_ics(folder / "termine.ics")
        assert "ist voll" in raised.value.message
        assert not (folder / "termine.ics").exists() and not list(folder.glob(".~aktif-*"))


def test_real_read_only_file_system(demo_db: Path, tmp_path: Path) -> None:
    with _tmpfs(tmp_path / "ro", "size=64k") as folder:
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        for write in (
            lambda: lists.export_contacts(folder / "k.xlsx"),
            lambda: ics.write_ics(folder / "t.ics"),
        ):
            with pytest.raises(AktifError) as raised, safe_write.writing():
                write()
            assert "darf nicht geschrieben werden" in raised.value.message


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (errno.ENOSPC, messages.WRITE_DISK_FULL.split("{")[0]),
        (errno.EDQUOT, messages.WRITE_DISK_FULL.split("{")[0]),
        (errno.EROFS, "darf nicht geschrieben werden"),
        (errno.EACCES, "darf nicht geschrieben werden"),
        (errno.ENAMETOOLONG, "zu lang"),
        (errno.EIO, "konnte nicht geschrieben werden"),
    ],
)
@pytest.mark.parametrize("where", ["writing", "renaming"])
def test_os_errors_each_get_their_own_sentence(
    code: int, expected: str, where: str, demo_db: Path, tmp_path: Path, monkeypatch
) -> None:
    target = tmp_path / "kontakte.xlsx"
    if where == "renaming":

        def failing_replace(source: object, destination: object) -> None:
            raise OSError(code, os.strerror(code))

        monkeypatch.setattr(safe_write.os, "replace", failing_replace)
        block = contextlib.nullcontext()
    else:
        block = contextlib.nullcontext()
    with pytest.raises(AktifError) as raised, block, safe_write.atomic_write(target) as temp:
        if where == "writing":
            raise OSError(code, os.strerror(code))
        temp.write_bytes(b"neu")
    assert expected in raised.value.message
    assert "unerwarteter" not in raised.value.message
    assert not target.exists() and not list(tmp_path.glob(".~aktif-*"))


def test_import_source_is_protected(tmp_path: Path, db: Path) -> None:
    source = tmp_path / "liste.csv"
    source.write_text("Vorname;Nachname\n", encoding="utf-8")
    with safe_write.protect(source), pytest.raises(AktifError, match="gerade importiert"):
        safe_write.check_target(tmp_path / "." / "liste.csv", replace=True)
    safe_write.check_target(source, replace=True)  # protected only while importing


# 12.10: until when a backup still holds a deleted person -----------------------------------
def test_last_backup_holding_a_deleted_person(tmp_path: Path) -> None:
    from aktif_desktop.services.backup_holding import last_backup_holding_until
    from aktif_desktop.storage.autobackup import RetentionPolicy

    db_path = tmp_path / "aktif.db"
    folder = tmp_path / "Sicherungen"
    folder.mkdir()
    for stamp, kind in [
        ("2026-03-01_010000", "automatisch"),
        ("2026-03-10_010000", "automatisch"),
        ("2026-03-09_120000", "vor-Wiederherstellung"),
        ("2026-03-12_010000", "automatisch"),  # after the deletion: holds nothing of her
    ]:
        (folder / f"aktif_{stamp}_{kind}.db").write_bytes(b"SQLite format 3\x00")
    holding = last_backup_holding_until(
        db_path,
        dt.datetime(2026, 3, 11, 9, 0),
        policy=RetentionPolicy(daily=7, weekly=4, monthly=12),
        today=dt.date(2026, 3, 12),
    )
    assert len(holding.copies) == 3 and len(holding.kept_by_kind) == 1
    # Kept as the newest copy of week 10 for four weeks of newer copies, as the newest of
    # March only until a newer March copy exists: gone in early April.
    assert holding.until is not None and dt.date(2026, 3, 13) < holding.until < dt.date(2026, 5, 1)
    assert holding.until.strftime("%d.%m.%Y") in holding.summary
    none = last_backup_holding_until(db_path, dt.datetime(2026, 1, 1), today=dt.date(2026, 3, 12))
    assert none.copies == [] and none.until is None
