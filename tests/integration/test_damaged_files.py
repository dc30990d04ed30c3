"""Damaged and foreign files are detected read-only, never written to, and set aside on request.

Each kind of damage is made from a copy of the demo database. The counts feed the closing
note of issue 8: damaged files detected out of those tried.
"""

from __future__ import annotations

import hashlib
import random
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from aktif_desktop.errors import DatabaseError
from aktif_desktop.storage import migrations
from aktif_desktop.storage.db import open_database
from aktif_desktop.storage.integrity import Problem, check_file, readonly_uri, set_aside

PAGE = 4096


def _random(size: int, seed: int = 8) -> bytes:
    return random.Random(seed).randbytes(size)


def _overwrite_page(data: bytearray, page: int, content: bytes) -> bytearray:
    data[page * PAGE : (page + 1) * PAGE] = content
    return data


def _middle_page(data: bytearray) -> int:
    return len(data) // PAGE // 2


def _foreign_sqlite(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    connection.execute("INSERT INTO moz_places (url) VALUES ('https://www.bmas.de')")
    connection.commit()
    connection.close()


def _newer_schema(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {migrations.LATEST_VERSION + 1}")
    connection.close()


def _ours_with_tables_missing(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("DROP TABLE participation")
    connection.commit()
    connection.close()


# name -> (how to damage the bytes of a copy, or how to change the file; expected problem)
BYTE_DAMAGE: dict[str, tuple[Callable[[bytearray], bytes | bytearray], Problem]] = {
    "abgeschnitten auf die Hälfte": (lambda d: d[: len(d) // 2], Problem.DAMAGED),
    "abgeschnitten mitten in Seite 1": (lambda d: d[:3000], Problem.DAMAGED),
    "Seite in der Mitte mit Zufallsbytes": (
        lambda d: _overwrite_page(d, _middle_page(d), _random(PAGE)),
        Problem.DAMAGED,
    ),
    "Seite in der Mitte mit Nullen": (
        lambda d: _overwrite_page(d, _middle_page(d), bytes(PAGE)),
        Problem.DAMAGED,
    ),
    "Schema-Seite überschrieben": (
        lambda d: d[:100] + _random(PAGE - 100) + d[PAGE:],
        Problem.DAMAGED,
    ),
    "Kopfzeile überschrieben": (lambda d: _random(100) + d[100:], Problem.NOT_SQLITE),
    "nur Zufallsbytes": (lambda d: _random(len(d)), Problem.NOT_SQLITE),
    "Textdatei": (lambda d: "Teilnehmerliste März\n".encode() * 50, Problem.NOT_SQLITE),
    "Excel-Datei (ZIP)": (lambda d: b"PK\x03\x04" + _random(5000), Problem.NOT_SQLITE),
}
FILE_CHANGES: dict[str, tuple[Callable[[Path], None], Problem]] = {
    "SQLite-Datei eines anderen Programms": (_foreign_sqlite, Problem.FOREIGN),
    "eigene Tabellen fehlen": (_ours_with_tables_missing, Problem.FOREIGN),
    "neueres Schema": (_newer_schema, Problem.NEWER),
}
KINDS = list(BYTE_DAMAGE) + list(FILE_CHANGES)


def make_bad_file(kind: str, template: Path, folder: Path) -> tuple[Path, Problem]:
    path = folder / "aktif.db"
    if kind in BYTE_DAMAGE:
        damage, expected = BYTE_DAMAGE[kind]
        path.write_bytes(bytes(damage(bytearray(template.read_bytes()))))
    else:
        change, expected = FILE_CHANGES[kind]
        if kind == "SQLite-Datei eines anderen Programms":
            change(path)
        else:
            shutil.copyfile(template, path)
            change(path)
    return path, expected


def snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


@pytest.fixture
def template(_demo_template: Path, tmp_path: Path) -> Path:
    """A closed copy of the demo database (no -wal beside it)."""
    target = tmp_path / "vorlage" / "demo.db"
    target.parent.mkdir()
    shutil.copyfile(_demo_template, target)
    return target


@pytest.mark.parametrize("kind", KINDS)
def test_bad_file_is_detected_and_left_untouched(kind: str, template: Path, tmp_path: Path) -> None:
    folder = tmp_path / "daten"
    folder.mkdir()
    path, expected = make_bad_file(kind, template, folder)
    before = snapshot(folder)

    result = check_file(path, "quick")
    assert result.problem is expected, result.detail
    assert result.message.startswith(("Die Datenbank", "Die Datei"))
    with pytest.raises(DatabaseError) as caught:
        open_database(path)
    assert caught.value.message == result.message

    after = snapshot(folder)
    assert after.pop("aktif.db-shm", None) in (None, before.get("aktif.db-shm"))
    assert after == {k: v for k, v in before.items() if k != "aktif.db-shm"}
    assert not (folder / "aktif.db-wal").exists() or "aktif.db-wal" in before


def test_detection_count_for_the_closing_note(template: Path, tmp_path: Path) -> None:
    detected = 0
    for number, kind in enumerate(KINDS):
        folder = tmp_path / f"fall{number}"
        folder.mkdir()
        path, _expected = make_bad_file(kind, template, folder)
        detected += not check_file(path, "quick").ok
    assert detected == len(KINDS) == 12


def test_a_changed_letter_inside_a_stored_text_looks_valid_to_sqlite(
    template: Path, tmp_path: Path
) -> None:
    """The known limit: SQLite keeps no checksums of values, so this is not detectable."""
    data = bytearray(template.read_bytes())
    offset = data.find(b"Jobcenter")
    assert offset > 0
    data[offset] = ord("X")  # "Xobcenter": still a valid text value
    path = tmp_path / "aktif.db"
    path.write_bytes(bytes(data))
    assert check_file(path, "full").ok


def test_a_check_reads_the_wal_left_by_a_running_or_killed_session(
    template: Path, tmp_path: Path
) -> None:
    path = tmp_path / "aktif.db"
    shutil.copyfile(template, path)
    writer = sqlite3.connect(path)
    try:
        writer.execute("PRAGMA journal_mode = wal")
        writer.execute("PRAGMA wal_autocheckpoint = 0")
        writer.execute("UPDATE setting SET value = 'nur im WAL' WHERE key = 'verbund_name'")
        writer.execute(
            "INSERT INTO legal_area (created_at, updated_at, code, label, sort_order) "
            "VALUES ('2026-01-01', '2026-01-01', 'neu', 'nur im WAL', 99)"
        )
        writer.commit()
        assert check_file(path, "full").ok
        reader = sqlite3.connect(readonly_uri(path), uri=True)
        found = reader.execute("SELECT count(*) FROM legal_area WHERE code = 'neu'").fetchone()
        reader.close()
        assert found == (1,)
    finally:
        writer.close()


def test_set_aside_keeps_the_file_and_its_wal_under_a_telling_name(tmp_path: Path) -> None:
    path = tmp_path / "aktif.db"
    path.write_bytes(b"SQLite format 3\x00kaputt")
    path.with_name("aktif.db-wal").write_bytes(b"wal")
    kept = set_aside(path)
    assert not path.exists() and not path.with_name("aktif.db-wal").exists()
    assert kept.name.startswith("aktif.beschädigt-") and kept.suffix == ".db"
    assert kept.read_bytes() == b"SQLite format 3\x00kaputt"
    assert kept.with_name(kept.name + "-wal").read_bytes() == b"wal"
    path.write_bytes(b"noch einmal")
    assert set_aside(path) != kept  # a second one on the same second gets its own name


def test_a_missing_or_empty_file_is_a_new_database(tmp_path: Path) -> None:
    assert check_file(tmp_path / "neu.db").ok
    (tmp_path / "leer.db").write_bytes(b"")
    assert check_file(tmp_path / "leer.db").ok
