"""Issue 20 class 1 / issue 12.4, 12.16: every writing command against every forbidden target.

Real CLI runs in subprocesses on real database copies; each form gets its own folder and
database. The full matrix (command x kind) runs each command's forms through the real
``cli.main`` in one subprocess (cli_batch_driver.py: 230 interpreters took six minutes);
every kind also runs once more in a fresh ``python -m aktif_desktop`` process of its own.
After each refused form: exit status 1, the German sentence on stderr (nothing claimed on
stdout), the target unchanged or absent, no temporary file left, the database intact, no
certificate number drawn and no disclosure entry written.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

# Where output files land is the same whatever database they come from: tested once, on a file.
pytestmark = pytest.mark.sqlite_only

ROOT = Path(__file__).resolve().parents[2]
DB = "aktif.db"


@dataclass(frozen=True)
class Command:
    name: str
    suffix: str
    argv: Callable[[Path, Path], list[str]]  # (target, work folder) -> arguments


def _csv(work: Path) -> Path:
    source = work / "kontakte.csv"
    if not source.exists():
        source.write_text("Vorname;Nachname\nAnna;Import\n", encoding="utf-8")
    return source


COMMANDS = [
    Command("export partners", ".xlsx", lambda t, w: ["export", "partners", "--xlsx", str(t)]),
    Command("export contacts", ".xlsx", lambda t, w: ["export", "contacts", "--xlsx", str(t)]),
    Command(
        "export plan",
        ".xlsx",
        lambda t, w: ["export", "plan", "--year", "2026", "--xlsx", str(t)],
    ),
    Command(
        "export participants",
        ".xlsx",
        lambda t, w: ["export", "participants", "--event", "1", "--xlsx", str(t)],
    ),
    Command(
        "signature-list", ".pdf", lambda t, w: ["signature-list", "--event", "1", "--pdf", str(t)]
    ),
    Command(
        "certificates --pdf", ".pdf", lambda t, w: ["certificates", "--event", "1", "--pdf", str(t)]
    ),
    Command("directory", ".pdf", lambda t, w: ["directory", "--pdf", str(t)]),
    Command("ics", ".ics", lambda t, w: ["ics", "--out", str(t)]),
    Command(
        "person-report", ".xlsx", lambda t, w: ["person-report", "--contact", "1", "--xlsx", str(t)]
    ),
    Command(
        "import --report",
        ".xlsx",
        lambda t, w: ["import", "contacts", str(_csv(w)), "--dry-run", "--report", str(t)],
    ),
]


def _sqlite(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE IF NOT EXISTS t (x)")
        connection.execute("INSERT INTO t VALUES (1)")
    return path


def _file(path: Path, data: bytes = b"alt") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _read_only(path: Path) -> Path:
    _file(path)
    path.chmod(0o444)
    return path


# kind -> (make the target in the work folder for a suffix, a fragment of the German sentence)
KINDS: dict[str, tuple[Callable[[Path, str], Path], str]] = {
    "open database": (lambda w, s: w / DB, "geöffnete Datenbank"),
    "its -wal": (lambda w, s: w / f"{DB}-wal", "geöffnete Datenbank"),
    "its -shm": (lambda w, s: w / f"{DB}-shm", "geöffnete Datenbank"),
    "its lock file": (lambda w, s: w / f"{DB}.lock", "geöffnete Datenbank"),
    "another aktif db": (lambda w, s: _sqlite(w / "anderer Verbund.db"), "Datenbankdatei"),
    "a db named like a list": (lambda w, s: _sqlite(w / f"liste{s}"), "Datenbankdatei"),
    "wal of another db": (
        lambda w, s: _sqlite(w / "b.db").with_name("b.db-wal"),
        "Datenbankdatei",
    ),
    "a backup file": (
        lambda w, s: _sqlite(w / "Sicherungen" / "aktif_2026-01-01_010000_automatisch.db"),
        "Sicherungen",
    ),
    "a new file in the backup folder": (
        lambda w, s: (w / "Sicherungen").mkdir() or w / "Sicherungen" / f"liste{s}",
        "Sicherungen",
    ),
    "a folder": (lambda w, s: (w / f"ordner{s}").mkdir() or w / f"ordner{s}", "ist ein Ordner"),
    "a missing folder": (lambda w, s: w / "fehlt" / f"liste{s}", "gibt es nicht"),
    "a read-only file": (lambda w, s: _read_only(w / f"geschützt{s}"), "schreibgeschützt"),
    "an existing file without --force": (lambda w, s: _file(w / f"liste{s}"), "gibt es schon"),
    "CON": (lambda w, s: w / "CON", "reservierter Gerätename"),
    "NUL.txt": (lambda w, s: w / "NUL.txt", "reservierter Gerätename"),
    "com1 with suffix": (lambda w, s: w / f"com1{s}", "reservierter Gerätename"),
    "a:b": (lambda w, s: w / f"a:b{s}", "„:“"),
    "a trailing dot": (lambda w, s: w / f"liste{s}.", "Punkt oder Leerzeichen"),
    "a trailing space": (lambda w, s: w / f"liste{s} ", "Punkt oder Leerzeichen"),
    "a control character": (lambda w, s: w / f"a\x07b{s}", "Steuerzeichen"),
    "a question mark": (lambda w, s: w / f"wer?{s}", "„?“"),
    "a name too long (60 emoji, 4 bytes each + more)": (
        lambda w, s: w / ("😀" * 70 + s),
        "zu lang",
    ),
    "the file being imported": (lambda w, s: _csv(w), "gerade importiert"),
}


def _run(argv: list[str], db: Path, data: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "AKTIF_DATA_DIR": str(data)}
    env.pop("AKTIF_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "aktif_desktop", *argv, "--db", str(db)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        cwd=ROOT,
        env=env,
        timeout=120,
    )


def _counts(db: Path) -> tuple[int, int, str]:
    with sqlite3.connect(db) as connection:
        certificates = connection.execute("SELECT COUNT(*) FROM certificate").fetchone()[0]
        disclosures = connection.execute("SELECT COUNT(*) FROM disclosure_log").fetchone()[0]
        check = connection.execute("PRAGMA quick_check").fetchone()[0]
    return certificates, disclosures, check


def _snapshot(path: Path) -> bytes | None:
    try:
        return path.read_bytes() if path.is_file() else None
    except OSError:
        return None


def _leftovers(folder: Path) -> list[str]:
    if not folder.is_dir():
        return []
    return [p.name for p in folder.iterdir() if p.name.startswith(".~aktif-")]


@dataclass
class Form:
    command: Command
    kind: str
    work: Path
    db: Path
    target: Path
    argv: list[str]
    before_db: tuple[int, int, str]
    before: bytes | None
    existed: bool


def _prepare(command: Command, kind: str, base: Path, template: Path) -> Form:
    make, _ = KINDS[kind]
    work = base / f"form{list(KINDS).index(kind)}"
    work.mkdir(parents=True)
    db = work / DB
    shutil.copyfile(template, db)
    target = make(work, command.suffix)
    return Form(
        command,
        kind,
        work,
        db,
        target,
        [*command.argv(target, work), "--db", str(db)],
        _counts(db),
        _snapshot(target),
        os.path.lexists(target),
    )


def _judge(form: Form, code: int, stdout: str, stderr: str) -> str | None:
    """What went wrong with one refused form (None when it was refused properly)."""
    expected = KINDS[form.kind][1]
    problems = []
    if code != 1:
        problems.append(f"exit {code}")
    if expected not in stderr:
        problems.append(f"stderr {stderr.strip()[-300:]!r}")
    if "Traceback" in stderr or "unerwarteter Fehler" in stderr:
        problems.append("traceback or catch-all error")
    if "Gespeichert" in stdout or "geschrieben:" in stdout:
        problems.append(f"stdout claims a file: {stdout.strip()[-200:]!r}")
    # The database's own companions change because the command opens it (SQLite writes -wal
    # and -shm, the open holds its lock file beside it); the refusal is what counts there.
    if form.kind not in ("its -wal", "its -shm", "its lock file", "open database"):
        changed = _snapshot(form.target) != form.before
        if changed or (not form.existed and os.path.lexists(form.target)):
            problems.append("target changed")
    if _leftovers(form.target.parent):
        problems.append(f"temporary files left: {_leftovers(form.target.parent)}")
    after_db = _counts(form.db)
    if after_db[2] != "ok":
        problems.append(f"database damaged: {after_db[2]}")
    if after_db[:2] != form.before_db[:2]:
        problems.append(f"register changed: {form.before_db} -> {after_db}")
    return "; ".join(problems) or None


def _kinds_for(command: Command) -> list[str]:
    return [k for k in KINDS if k != "the file being imported" or command.name == "import --report"]


@pytest.fixture
def template(demo_db: Path, tmp_path: Path) -> Path:
    from aktif_desktop.storage.db import close_database

    close_database()
    copy = tmp_path / "template.db"
    with sqlite3.connect(demo_db) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    return copy


@pytest.mark.parametrize("command", COMMANDS, ids=[c.name for c in COMMANDS])
def test_every_forbidden_target_is_refused(
    command: Command, template: Path, tmp_path: Path
) -> None:
    forms = [_prepare(command, kind, tmp_path / "forms", template) for kind in _kinds_for(command)]
    batch = tmp_path / "forms.json"
    batch.write_text(json.dumps([form.argv for form in forms]), encoding="utf-8")
    env = {**os.environ, "AKTIF_DATA_DIR": str(tmp_path / "data"), "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("cli_batch_driver.py")), str(batch)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env=env,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    results = json.loads(done.stdout)
    failed = {
        form.kind: why
        for form, result in zip(forms, results, strict=True)
        if (why := _judge(form, result["code"], result["stdout"], result["stderr"]))
    }
    assert failed == {}


@pytest.mark.parametrize("kind", list(KINDS))
def test_each_kind_in_a_fresh_process(kind: str, template: Path, tmp_path: Path) -> None:
    """Every kind once more as its own ``python -m aktif_desktop`` (commands in rotation)."""
    index = list(KINDS).index(kind)
    command = COMMANDS[-1] if kind == "the file being imported" else COMMANDS[index % 9]
    form = _prepare(command, kind, tmp_path, template)
    result = _run(form.argv[:-2], form.db, tmp_path / "data")
    assert _judge(form, result.returncode, result.stdout, result.stderr) is None


@pytest.mark.parametrize("command", COMMANDS, ids=[c.name for c in COMMANDS])
def test_force_replaces_an_existing_file_and_logs_it(
    command: Command, template: Path, tmp_path: Path
) -> None:
    db = tmp_path / DB
    shutil.copyfile(template, db)
    target = _file(tmp_path / f"liste{command.suffix}")
    result = _run([*command.argv(target, tmp_path), "--force"], db, tmp_path / "data")
    assert result.returncode in (0, 2), result.stderr  # 2: the dry-run import found errors
    assert target.read_bytes() != b"alt" and target.stat().st_size > 100
    assert _leftovers(tmp_path) == []
    if command.name in ("export contacts", "person-report", "certificates --pdf"):
        with sqlite3.connect(db) as connection:
            path, file_name = connection.execute(
                "SELECT path, file_name FROM disclosure_log ORDER BY id DESC"
            ).fetchone()
        if command.name == "person-report":  # 12.10: no name of the person in the log
            assert file_name == "Auskunft Ansprechperson Nr. 1.xlsx" and path == str(tmp_path)
        else:
            assert path == str(target)


CERTIFICATE_FOLDER_KINDS: dict[str, tuple[Callable[[Path], Path], str]] = {
    "the backup folder": (
        lambda w: (w / "Sicherungen").mkdir() or w / "Sicherungen",
        "Sicherungen",
    ),
    "inside the backup folder": (lambda w: w / "Sicherungen" / "tb", "Sicherungen"),
    "a file, not a folder": (lambda w: _file(w / "datei"), "kein Ordner"),
    "the open database": (lambda w: w / DB, "geöffnete Datenbank"),
    "a folder named CON": (lambda w: w / "CON", "reservierter Gerätename"),
}


@pytest.mark.parametrize("kind", list(CERTIFICATE_FOLDER_KINDS))
def test_certificate_folder_refuses(kind: str, template: Path, tmp_path: Path) -> None:
    db = tmp_path / DB
    shutil.copyfile(template, db)
    make, expected = CERTIFICATE_FOLDER_KINDS[kind]
    folder = make(tmp_path)
    before = _counts(db)
    result = _run(["certificates", "--event", "1", "--out", str(folder)], db, tmp_path / "data")
    assert result.returncode == 1 and expected in result.stderr, result.stderr
    assert _counts(db) == before  # no number drawn for nobody
    if folder.is_dir():
        assert not list(folder.glob("*.pdf")) and _leftovers(folder) == []


def test_certificate_folder_asks_for_force_and_draws_no_number(
    template: Path, tmp_path: Path
) -> None:
    db = tmp_path / DB
    shutil.copyfile(template, db)
    folder = tmp_path / "neu" / "tb"  # the folder the user asked for is created
    first = _run(["certificates", "--event", "1", "--out", str(folder)], db, tmp_path / "data")
    assert first.returncode == 0, first.stderr
    files = sorted(folder.glob("*.pdf"))
    assert files
    stamps = {f: f.stat().st_mtime_ns for f in files}
    before = _counts(db)
    again = _run(["certificates", "--event", "1", "--out", str(folder)], db, tmp_path / "data")
    assert again.returncode == 1 and "gibt es schon" in again.stderr
    assert {f: f.stat().st_mtime_ns for f in files} == stamps and _counts(db) == before
    forced = _run(
        ["certificates", "--event", "1", "--out", str(folder), "--force"], db, tmp_path / "data"
    )
    assert forced.returncode == 0, forced.stderr
    assert _counts(db)[0] == before[0]  # a reprint draws no new number
