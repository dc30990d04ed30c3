"""Frozen migrations: a fresh database and every committed fixture of a past schema version,
migrated, end with the same schema (tables, columns, indexes, triggers) and the same seed rows."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from aktif_desktop.storage import migrations
from aktif_desktop.storage.audit_triggers import audit_triggers_sql
from aktif_desktop.storage.db import close_database, open_database

FIXTURES = Path(__file__).parents[1] / "fixtures"
PAST_VERSIONS = range(1, migrations.LATEST_VERSION)


def _normalised(sql: str | None) -> str:
    return re.sub(r"\s+", " ", sql or "").replace('"', "").strip()


def schema_of(path: Path) -> dict[str, object]:
    """Everything that makes the schema: per table its columns, indexes and triggers."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = sorted(
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        )
        schema: dict[str, object] = {
            "version": connection.execute("PRAGMA user_version").fetchone()
        }
        for table in tables:
            columns = [
                (name, kind.upper(), notnull, default, pk)
                for _cid, name, kind, notnull, default, pk in connection.execute(
                    f'PRAGMA table_info("{table}")'
                )
            ]
            indexes = []
            for _seq, name, unique, origin, partial in connection.execute(
                f'PRAGMA index_list("{table}")'
            ):
                keys = [row[2] for row in connection.execute(f'PRAGMA index_info("{name}")')]
                indexes.append((name, unique, origin, partial, tuple(keys)))
            foreign = sorted(
                tuple(row[2:]) for row in connection.execute(f'PRAGMA foreign_key_list("{table}")')
            )
            schema[table] = {
                "columns": sorted(columns),
                "indexes": sorted(indexes),
                "foreign_keys": foreign,
            }
        schema["triggers"] = sorted(
            (name, table, _normalised(sql))
            for name, table, sql in connection.execute(
                "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'"
            )
        )
        schema["legal_areas"] = connection.execute(
            "SELECT code, label, sort_order FROM legal_area ORDER BY sort_order"
        ).fetchall()
        schema["database_info"] = connection.execute(
            "SELECT count(*), min(length(database_id)) FROM database_info"
        ).fetchall()
    finally:
        connection.close()
    return schema


@pytest.fixture(scope="module")
def fresh_schema(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    path = tmp_path_factory.mktemp("fresh") / "neu.db"
    open_database(path)
    close_database()
    return schema_of(path)


@pytest.mark.parametrize("version", PAST_VERSIONS)
def test_fixture_has_its_version(version: int) -> None:
    connection = sqlite3.connect(f"file:{FIXTURES / f'schema_v{version}.db'}?mode=ro", uri=True)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == version
    connection.close()


@pytest.mark.parametrize("version", PAST_VERSIONS)
def test_migrated_fixture_has_the_fresh_schema(
    version: int, tmp_path: Path, fresh_schema: dict[str, object]
) -> None:
    path = tmp_path / f"alt_v{version}.db"
    shutil.copyfile(FIXTURES / f"schema_v{version}.db", path)
    open_database(path)
    close_database()
    migrated = schema_of(path)
    for key in fresh_schema:
        assert migrated[key] == fresh_schema[key], key
    assert migrated.keys() == fresh_schema.keys()


def test_every_past_version_has_a_fixture() -> None:
    assert {int(p.stem.removeprefix("schema_v")) for p in FIXTURES.glob("schema_v*.db")} >= set(
        PAST_VERSIONS
    )


def test_steps_read_no_live_constants() -> None:
    source = Path(migrations.__file__).read_text("utf-8")
    assert "aktif_desktop.domain" not in source
    assert "in AUDITED_TABLES" not in source


def test_trigger_helper_is_pure_and_names_its_table() -> None:
    first = audit_triggers_sql("family_case")
    assert first == audit_triggers_sql("family_case")
    assert [s.split('"')[1] for s in first] == [
        "audit_family_case_create",
        "audit_family_case_update",
        "audit_family_case_delete",
    ]
    with pytest.raises(ValueError):
        audit_triggers_sql('x" ON y')
