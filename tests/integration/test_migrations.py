"""Schema migrations: a version-1 database with rows opens on the newest schema, rows kept."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from aktif_desktop.errors import DatabaseError
from aktif_desktop.services import certificates, contacts, events, participations, settings
from aktif_desktop.storage import migrations
from aktif_desktop.storage.db import close_database, open_database

# SQLite's numbered steps on old files; the server's baseline is in test_pg_storage.py.
pytestmark = pytest.mark.sqlite_only

FIXTURE = Path(__file__).parents[1] / "fixtures" / "schema_v1.db"


@pytest.fixture
def v1_copy(tmp_path: Path) -> Path:
    target = tmp_path / "alt.db"
    shutil.copyfile(FIXTURE, target)
    return target


def test_fixture_is_schema_version_1() -> None:
    connection = sqlite3.connect(f"file:{FIXTURE}?mode=ro", uri=True)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == 1
    connection.close()


def test_version_1_database_migrates_and_keeps_every_row(v1_copy: Path) -> None:
    db = open_database(v1_copy)
    try:
        assert migrations.schema_version(db) == migrations.LATEST_VERSION
        people = contacts.list_contacts()
        names = sorted(p.full_name for p in people)
        assert names == ["Ayşe Yılmaz", "Jürgen Müller", "Łukasz Wójcik"]
        assert all(p.consent_lists for p in people)  # default of the column added in v2
        event = events.get_event(1)
        assert event.title == "Strukturkonferenz 2025"
        assert event.counts == {"attended": 3}
        listed = participations.list_participants(1)
        assert [p.certificate_number for p in listed if p.certificate_number] == ["TB-2025-00001"]
        assert settings.load_settings().verbund_name == "Verbund Alt"
        # The old register goes on: a reprint keeps the number, the next one follows it.
        issued = {c.participant.last_name: c.number for c in certificates.issue_for_event(1)}
        assert issued["Müller"] == "TB-2025-00001"
        assert len(set(issued.values())) == 3
    finally:
        close_database()


def test_backup_is_written_before_migrating(v1_copy: Path) -> None:
    open_database(v1_copy)
    close_database()
    backups = list((v1_copy.parent / "Sicherungen").glob("*vor-Update-v1*.db"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
    assert copy.execute("SELECT count(*) FROM contact").fetchone()[0] == 3
    copy.close()


def test_every_step_is_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "halb.db"
    shutil.copyfile(FIXTURE, path)

    def broken(db: object) -> None:
        raise RuntimeError("step failed")

    monkeypatch.setitem(migrations.MIGRATIONS, 3, broken)
    with pytest.raises(RuntimeError):
        open_database(path)
    close_database()
    connection = sqlite3.connect(path)
    # Step 2 committed, step 3 left nothing behind.
    assert connection.execute("PRAGMA user_version").fetchone()[0] == 2
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    assert "audit_log" not in tables
    connection.close()


def test_newer_schema_is_refused_without_writing(tmp_path: Path) -> None:
    path = tmp_path / "neu.db"
    open_database(path)
    close_database()
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {migrations.LATEST_VERSION + 1}")
    connection.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="neueren Version"):
        open_database(path)
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"Das ist keine Datenbank, sondern ein Brief.", "keine Aktif-Datenbank"),
        (b"SQLite format 3\x00" + b"\xff" * 200, "keine Aktif-Datenbank"),
    ],
)
def test_foreign_or_broken_files_are_refused(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "fremd.db"
    path.write_bytes(content)
    with pytest.raises(DatabaseError, match=expected):
        open_database(path)
    assert path.read_bytes() == content


def test_another_programs_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "andere.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    connection.commit()
    connection.close()
    with pytest.raises(DatabaseError, match="anderen Programms"):
        open_database(path)


def test_migrated_schema_matches_the_models(db: Path) -> None:
    """Every model field has its column after migrating, and no column is unknown to a model."""
    from aktif_desktop.storage.models import ALL_MODELS, database

    for model in ALL_MODELS:
        table = model._meta.table_name
        columns = {row[1] for row in database.execute_sql(f'PRAGMA table_info("{table}")')}
        assert columns == {field.column_name for field in model._meta.sorted_fields}, table
