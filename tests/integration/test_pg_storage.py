"""The shared database on a real PostgreSQL server: the baseline equals SQLite's schema, the
session settings, the placeholders, the version guard and two first starts at once."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from aktif_desktop.errors import DatabaseError
from aktif_desktop.storage.db import close_database, open_database
from aktif_desktop.storage.migrations import LATEST_VERSION
from aktif_desktop.storage.models import database
from tests import pg_support

ROOT = Path(__file__).parents[2]
pytestmark = pytest.mark.skipif(
    not pg_support.admin_url(), reason=f"{pg_support.ENV} nicht gesetzt: kein PostgreSQL-Server"
)

# SQLite's declared types and what the baseline made of them.
_TYPES = {
    "INTEGER": {"integer", "boolean"},
    "DATETIME": {"timestamp without time zone"},
    "DATE": {"date"},
    "REAL": {"double precision"},
    "VARCHAR(255)": {"character varying"},
    "VARCHAR(64)": {"character varying"},
    "TEXT": {"text"},
}


@pytest.fixture
def empty_server_db() -> Iterator[str]:
    name = pg_support.create_database()
    yield pg_support.url_for(name)
    close_database()
    pg_support.drop_database(name)


def _sqlite_schema(path: Path) -> dict[str, object]:
    connection = sqlite3.connect(path)
    tables = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    columns = {
        table: [
            (name, kind, bool(notnull or pk), default)
            for _cid, name, kind, notnull, default, pk in connection.execute(
                f'PRAGMA table_info("{table}")'
            )
        ]
        for table in tables
    }
    indexes = {
        name: (
            bool(unique),
            tuple(c[2] for c in connection.execute(f'PRAGMA index_info("{name}")')),
        )
        for table in tables
        for _seq, name, unique, origin, _partial in connection.execute(
            f'PRAGMA index_list("{table}")'
        )
        if origin == "c"
    }
    keys = {
        (table, column, other, target, on_delete)
        for table in tables
        for _id, _seq, other, column, target, _upd, on_delete, _m in connection.execute(
            f'PRAGMA foreign_key_list("{table}")'
        )
    }
    triggers = {
        row[0]
        for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        if row[0].startswith("audit_") and not row[0].endswith("_no_replace")
    }
    legal_areas = connection.execute("SELECT code, label, sort_order FROM legal_area").fetchall()
    connection.close()
    return {
        "columns": columns,
        "indexes": indexes,
        "keys": keys,
        "triggers": triggers,
        "legal_areas": sorted(legal_areas),
    }


def _server_schema() -> dict[str, object]:
    run = database.execute_sql
    tables = [
        row[0]
        for row in run(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
            "AND tablename <> 'aktif_schema'"
        )
    ]
    columns = {
        table: [
            (name, kind, nullable == "NO", default)
            for name, kind, nullable, default in run(
                "SELECT column_name, data_type, is_nullable, column_default "
                "FROM information_schema.columns WHERE table_schema = current_schema() "
                "AND table_name = ? ORDER BY ordinal_position",
                (table,),
            )
        ]
        for table in tables
    }
    indexes = {
        name: (unique, tuple(cols))
        for name, unique, cols in run(
            "SELECT i.relname, x.indisunique, ARRAY(SELECT a.attname FROM unnest(x.indkey) "
            "WITH ORDINALITY AS k(num, ord) JOIN pg_attribute a ON a.attrelid = x.indrelid "
            "AND a.attnum = k.num ORDER BY k.ord) FROM pg_index x "
            "JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid "
            "JOIN pg_namespace n ON n.oid = t.relnamespace "
            "WHERE n.nspname = current_schema() AND NOT x.indisprimary"
        )
    }
    rules = {"a": "NO ACTION", "r": "RESTRICT", "c": "CASCADE", "n": "SET NULL", "d": "SET DEFAULT"}
    keys = {
        (table, column, other, target, rules[rule])
        for table, column, other, target, rule in run(
            "SELECT c.conrelid::regclass::text, a.attname, c.confrelid::regclass::text, "
            "b.attname, c.confdeltype FROM pg_constraint c "
            "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
            "JOIN pg_attribute b ON b.attrelid = c.confrelid AND b.attnum = c.confkey[1] "
            "WHERE c.contype = 'f'"
        )
    }
    triggers = {
        row[0]
        for row in run("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")
        if row[0].startswith("audit_") and not row[0].endswith("_no_truncate")
    }
    legal_areas = run("SELECT code, label, sort_order FROM legal_area").fetchall()
    return {
        "columns": columns,
        "indexes": indexes,
        "keys": keys,
        "triggers": triggers,
        "legal_areas": sorted(tuple(r) for r in legal_areas),
    }


def _same_default(sqlite_default: str | None, server_default: str | None) -> bool:
    if server_default is not None and "nextval" in server_default:
        return sqlite_default is None
    if sqlite_default is None or server_default is None:
        return sqlite_default == server_default
    server = server_default.split("::")[0].lower()
    sqlite = sqlite_default.lower()
    return server == sqlite or {server, sqlite} in ({"true", "1"}, {"false", "0"})


def test_the_server_baseline_has_sqlites_schema(empty_server_db: str, tmp_path: Path) -> None:
    open_database(tmp_path / "fresh.db")
    close_database()
    sqlite = _sqlite_schema(tmp_path / "fresh.db")
    open_database(empty_server_db)
    server = _server_schema()
    assert set(server["columns"]) == set(sqlite["columns"])  # type: ignore[arg-type]
    for table, expected in sqlite["columns"].items():  # type: ignore[attr-defined]
        found = server["columns"][table]  # type: ignore[index]
        assert [c[0] for c in found] == [c[0] for c in expected], table
        for (name, kind, notnull, default), (_n, pg_kind, pg_notnull, pg_default) in zip(
            expected, found, strict=True
        ):
            assert pg_kind in _TYPES[kind], (table, name, kind, pg_kind)
            assert pg_notnull == notnull, (table, name)
            assert _same_default(default, pg_default), (table, name, default, pg_default)
    assert server["indexes"] == sqlite["indexes"]
    assert server["keys"] == sqlite["keys"]
    assert server["triggers"] == sqlite["triggers"]
    assert server["legal_areas"] == sqlite["legal_areas"]


def test_booleans_are_booleans_and_timestamps_have_no_fractions(empty_server_db: str) -> None:
    from aktif_desktop.services import contacts

    open_database(empty_server_db)
    row = contacts.create_contact(contacts.ContactData(last_name="Özdemir", consent_share=True))
    stored = database.execute_sql(
        "SELECT consent_share, active, created_at FROM contact WHERE id = ?", (row.id,)
    ).fetchone()
    assert stored[0] is True and stored[1] is True
    assert stored[2].microsecond == 0


def test_each_session_carries_the_clients_time_zone_lock_timeout_and_user(
    empty_server_db: str,
) -> None:
    from aktif_desktop.storage.pg_database import _utc_offset

    open_database(empty_server_db)
    zone, lock, user = database.execute_sql(
        "SELECT current_setting('TimeZone'), current_setting('lock_timeout'), "
        "current_setting('aktif.user')"
    ).fetchone()
    offset = _utc_offset()
    assert zone.replace("<", "").replace(">", "") in {offset, f"UTC{offset}"} or offset in zone
    assert lock == "10s"
    assert user != ""
    now = database.execute_sql("SELECT localtimestamp(0)").fetchone()[0]
    assert abs((now - __import__("datetime").datetime.now()).total_seconds()) < 120


def test_question_marks_and_percent_signs_in_hand_written_sql(empty_server_db: str) -> None:
    open_database(empty_server_db)
    row = database.execute_sql(
        "SELECT ?, '100 % sicher?', ? || '%'", ("Grünfelde", "50")
    ).fetchone()
    assert tuple(row) == ("Grünfelde", "100 % sicher?", "50%")
    assert database.execute_sql("SELECT '5 %'").fetchone()[0] == "5 %"


def test_a_database_of_a_newer_version_is_refused(empty_server_db: str) -> None:
    open_database(empty_server_db)
    database.execute_sql('UPDATE "aktif_schema" SET "version" = ?', (LATEST_VERSION + 5,))
    close_database()
    with pytest.raises(DatabaseError, match="neueren Version"):
        open_database(empty_server_db)


def test_two_first_starts_at_once_make_one_schema(empty_server_db: str) -> None:
    script = (
        "import sys\n"
        "from aktif_desktop.storage.db import open_database\n"
        "from aktif_desktop.services import organisations as o\n"
        "open_database(sys.argv[1])\n"
        "o.create_organisation(o.OrganisationData(name=sys.argv[2]))\n"
    )
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", script, empty_server_db, name],
            cwd=ROOT,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("Caritas", "Diakonie")
    ]
    for run in runs:
        _out, err = run.communicate(timeout=120)
        assert run.returncode == 0, err
    open_database(empty_server_db)
    names = [r[0] for r in database.execute_sql("SELECT name FROM organisation ORDER BY 1")]
    assert names == ["Caritas", "Diakonie"]
    assert database.execute_sql("SELECT count(*) FROM legal_area").fetchone()[0] == 10
    assert database.execute_sql('SELECT count(*) FROM "aktif_schema"').fetchone()[0] == 1


def test_the_audit_entries_of_two_writers_are_numbered_in_commit_order(
    empty_server_db: str,
) -> None:
    from aktif_desktop.storage.audit_chain import verify
    from aktif_desktop.storage.migrations import AUDITED_TABLES
    from aktif_desktop.storage.pg_database import PeeweeConnection

    open_database(empty_server_db)
    close_database()
    script = (
        "import sys\n"
        "from aktif_desktop.storage.db import open_database\n"
        "from aktif_desktop.services import organisations as o\n"
        "open_database(sys.argv[1])\n"
        "for i in range(15):\n"
        "    o.create_organisation(o.OrganisationData(name=f'{sys.argv[2]} {i}'))\n"
    )
    started = time.monotonic()
    runs = [
        subprocess.Popen([sys.executable, "-c", script, empty_server_db, name], cwd=ROOT)
        for name in ("Caritas", "Diakonie")
    ]
    for run in runs:
        assert run.wait(timeout=120) == 0
    assert time.monotonic() - started < 120
    open_database(empty_server_db)
    report = verify(PeeweeConnection(database.obj), AUDITED_TABLES)
    assert report.ok, report.problems
    assert report.entries == report.sealed == 30


def test_rows_inserted_with_their_ids_do_not_block_the_next_new_record(
    empty_server_db: str,
) -> None:
    from aktif_desktop.services import organisations
    from aktif_desktop.storage.models import Organisation, now

    open_database(empty_server_db)
    stamp = now()
    rows = [
        {"id": i, "name": f"Partner {i}", "name_key": f"partner {i}", "kind": "other",
         "role": "partner", "created_at": stamp, "updated_at": stamp}
        for i in (1, 2, 3, 40)
    ]  # fmt: skip
    Organisation.insert_many(rows).execute()
    created = organisations.create_organisation(organisations.OrganisationData(name="Neu"))
    assert created.id == 41
    Organisation.insert_many([{**rows[0], "id": 7, "name_key": "sieben"}]).execute()
    assert organisations.create_organisation(organisations.OrganisationData(name="N2")).id == 42


def test_a_server_address_mangled_into_a_path_is_refused_not_created(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(DatabaseError, match="nicht lesbar"):
        open_database(Path("postgresql://anna@server:5432/verbund"))
    assert list(tmp_path.iterdir()) == []
