"""Crash safety: a writer killed (SIGKILL / TerminateProcess) at a random moment loses nothing.

The child (``crash_child.py``) prints a line only after its transaction committed. After each
kill the database must pass ``integrity_check`` and ``foreign_key_check``, hold every row the
child acknowledged, and contain no half of a pair and no part of a 5,000-row transaction.
The random seed is printed with every failure; set ``AKTIF_CRASH_SEED`` to replay a run.
On POSIX the writers are forked from a pre-imported "zygote" (a round costs milliseconds, not
a Python start); ``AKTIF_CRASH_SPAWN=1`` starts a fresh process per round as on Windows.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from aktif_desktop.storage.backup import backup_file
from aktif_desktop.storage.db import close_database, open_database
from aktif_desktop.storage.integrity import check_file

CHILD = Path(__file__).with_name("crash_child.py")
SEED = int(os.environ.get("AKTIF_CRASH_SEED", random.SystemRandom().randrange(1_000_000)))
PAIR_ROUNDS = 50
IMPORT_ROUNDS = 6
BACKUP_ROUNDS = 8
IMPORT_ROWS = 5000


@dataclass
class Tally:
    """What the rounds of one test saw, for the assertion messages and the closing note."""

    rounds: int = 0
    acknowledged: int = 0
    lost: int = 0
    notes: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return (
            f"seed {SEED}: {self.rounds} kills, {self.acknowledged} acknowledged, {self.lost} lost"
        )


def run_and_kill(
    args: list[str], delay: float, *, wait_ready: bool = True, wait_for: str = ""
) -> tuple[list[str], float]:
    """Start the child, kill it ``delay`` s after it is ready (or after it printed
    ``wait_for``); return its complete lines and the seconds from ready to ``wait_for``."""
    child = subprocess.Popen(
        [sys.executable, str(CHILD), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    stream = child.stdout
    assert stream is not None
    seen: list[str] = []
    elapsed = 0.0
    if wait_ready:
        first = stream.readline()
        if first.strip() != "ready":
            child.kill()
            _out, err = child.communicate(timeout=30)
            pytest.fail(f"child did not start: {first!r} {err}")
        started = time.perf_counter()
        while wait_for and wait_for not in seen:
            seen.append(stream.readline().strip())
        elapsed = time.perf_counter() - started
    time.sleep(delay)
    child.kill()
    out, _err = child.communicate(timeout=30)
    complete = out.split("\n")[:-1]  # the last piece has no newline: not acknowledged
    return [line for line in seen + complete if line and line != "ready"], elapsed


class Zygote:
    """POSIX: one pre-imported child that forks each writer, so a round costs milliseconds
    instead of a Python start (see ``crash_child.zygote``)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.count = 0
        self.process = subprocess.Popen(
            [sys.executable, str(CHILD), "zygote"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )

    def _ask(self, line: str) -> str:
        assert self.process.stdin is not None and self.process.stdout is not None
        if line:
            self.process.stdin.write(line + "\n")
            self.process.stdin.flush()
        return self.process.stdout.readline().strip()

    def run_and_kill(
        self, args: list[str], delay: float, *, wait_ready: bool = True, wait_for: str = ""
    ) -> tuple[list[str], float]:
        """The same as :func:`run_and_kill`, with a forked writer."""
        self.count += 1
        acks = self.folder / f"quittungen-{self.count}.txt"
        pid = int(self._ask("\t".join([args[0], args[1], str(acks), *args[2:]])))
        elapsed = 0.0
        if wait_ready:
            self._wait_for_line(acks, "ready")
            started = time.perf_counter()
            if wait_for:
                self._wait_for_line(acks, wait_for)
            elapsed = time.perf_counter() - started
        time.sleep(delay)
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pytest.fail(f"the writer ended by itself: {acks.read_text(encoding='utf-8')}")
        assert self._ask("") == "dead"
        text = acks.read_text(encoding="utf-8") if acks.exists() else ""
        complete = text.split("\n")[:-1]  # the last piece has no newline: not acknowledged
        return [line for line in complete if line and line != "ready"], elapsed

    @staticmethod
    def _wait_for_line(path: Path, line: str) -> None:
        deadline = time.monotonic() + 60
        while not (path.exists() and f"{line}\n" in path.read_text(encoding="utf-8")):
            assert time.monotonic() < deadline, f"the writer never printed {line!r}"
            time.sleep(0.002)

    def close(self) -> None:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.close()  # the zygote's loop ends
        self.process.wait(timeout=30)
        self.process.stdout.close()


Runner = Callable[..., tuple[list[str], float]]


@pytest.fixture
def kill_writer(tmp_path: Path) -> Iterator[Runner]:
    """Start a writer, kill it at the given moment, return its acknowledged lines."""
    # Windows (or AKTIF_CRASH_SPAWN=1): a fresh process per round, killed by TerminateProcess.
    if not hasattr(os, "fork") or os.environ.get("AKTIF_CRASH_SPAWN"):
        yield run_and_kill
        return
    folder = tmp_path / "quittungen"
    folder.mkdir()
    zygote = Zygote(folder)
    try:
        yield zygote.run_and_kill
    finally:
        zygote.close()


def connect(path: Path) -> sqlite3.Connection:
    """A plain connection, as the next start of the app would open the file."""
    return sqlite3.connect(path)


def assert_sound(connection: sqlite3.Connection, tally: Tally) -> None:
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok", tally
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == [], tally


def test_kill_while_writing_pairs_loses_no_acknowledged_row(
    tmp_path: Path, kill_writer: Runner
) -> None:
    rng = random.Random(SEED)
    path = tmp_path / "aktif.db"
    acknowledged: list[tuple[int, int]] = []
    tally = Tally()
    for round_number in range(PAIR_ROUNDS):
        # Every tenth kill comes during start-up (opening, creating, migrating the file).
        early = round_number % 10 == 0
        delay = rng.uniform(0.0, 0.3) if early else rng.uniform(0.0, 0.15)
        lines, _ = kill_writer(["pairs", str(path)], delay, wait_ready=not early)
        acknowledged += [(int(a), int(b)) for a, b in (line.split() for line in lines)]
        tally.rounds += 1
        tally.acknowledged = len(acknowledged)
        if not path.exists():
            continue
        connection = connect(path)
        try:
            assert_sound(connection, tally)
            if connection.execute("PRAGMA user_version").fetchone()[0] == 0:
                # Killed before the first schema step committed: an empty file, and nothing
                # can have been acknowledged yet.
                assert acknowledged == [], tally
                continue
            pairs = dict(
                connection.execute(
                    "SELECT id, organisation_id FROM contact WHERE last_name LIKE 'Absturz %'"
                ).fetchall()
            )
            organisations = {
                row[0]
                for row in connection.execute(
                    "SELECT id FROM organisation WHERE name LIKE 'Absturz-Partner %'"
                )
            }
        finally:
            connection.close()
        tally.lost = sum(pairs.get(contact) != org for org, contact in acknowledged)
        assert tally.lost == 0, tally
        # No half pair: each partner has exactly its one contact and each contact its partner.
        assert sorted(pairs.values()) == sorted(organisations), tally
    assert tally.acknowledged >= 10, tally  # the kills did land between commits
    print(f"\npairs: {tally}")


def test_kill_during_a_5000_row_transaction_keeps_all_or_nothing(
    tmp_path: Path, kill_writer: Runner
) -> None:
    rng = random.Random(SEED + 1)
    path = tmp_path / "aktif.db"
    open_database(path)
    close_database()
    tally = Tally()
    committed = 0
    batch_seconds = 0.0
    for round_number in range(IMPORT_ROUNDS):
        if round_number == 0:  # one full batch first: how long does a transaction take?
            lines, batch_seconds = kill_writer(["import", str(path)], 0.0, wait_for="committed")
        else:  # then kills spread over 1.5 batches: before, inside and after a commit
            delay = rng.uniform(0, 1.5 * batch_seconds)
            lines, _ = kill_writer(["import", str(path)], delay)
        acknowledged = lines.count("committed")
        connection = connect(path)
        try:
            assert_sound(connection, tally)
            count = connection.execute(
                "SELECT count(*) FROM contact WHERE last_name LIKE 'Import %'"
            ).fetchone()[0]
        finally:
            connection.close()
        tally.rounds += 1
        tally.acknowledged += acknowledged
        batches, partial = divmod(count - committed, IMPORT_ROWS)
        assert partial == 0, f"{tally}: {count - committed} rows of a transaction survived"
        # Killed after the commit but before the line was printed: one batch more is fine.
        assert batches in (acknowledged, acknowledged + 1), tally
        tally.notes.append(f"{acknowledged}+{batches - acknowledged}")
        committed = count
    print(f"\nimport: {tally}; batches per round (acknowledged+unacknowledged): {tally.notes}")


def _grow(path: Path, doublings: int) -> int:
    """Make the database big enough that a backup takes a while (some MB)."""
    from aktif_desktop.services.contacts import ContactData, create_contact

    open_database(path)
    create_contact(ContactData(last_name="Masse", first_name="Eva", topics="BuT " * 40))
    close_database()
    connection = sqlite3.connect(path)
    columns = [row[1] for row in connection.execute("PRAGMA table_info(contact)")]
    names = ", ".join(f'"{name}"' for name in columns if name != "id")
    with connection:  # each statement doubles the rows
        for _ in range(doublings):
            connection.execute(f"INSERT INTO contact ({names}) SELECT {names} FROM contact")
    count = int(connection.execute("SELECT count(*) FROM contact").fetchone()[0])
    connection.close()
    return count


def test_kill_during_a_backup_leaves_the_previous_backup_valid(
    tmp_path: Path, kill_writer: Runner
) -> None:
    rng = random.Random(SEED + 2)
    path = tmp_path / "aktif.db"
    contacts = _grow(path, 13)  # 8,192 contacts, about 3 MB
    target = tmp_path / "Sicherungen" / "stick.db"
    backup_file(path, target)
    tally = Tally()
    midway = 0  # kills that left a half-written temporary copy behind
    for _ in range(BACKUP_ROUNDS):
        lines, _ = kill_writer(["backup", str(path), str(target)], rng.uniform(0.0, 0.4))
        tally.rounds += 1
        tally.acknowledged += lines.count("done")
        midway += target.with_name(target.name + ".tmp").exists()
        assert target.exists(), tally
        result = check_file(target, "full")
        assert result.ok, f"{tally}: {result.detail}"
        connection = connect(target)
        try:
            assert connection.execute("SELECT count(*) FROM contact").fetchone()[0] == contacts
        finally:
            connection.close()
        connection = connect(path)
        try:
            assert_sound(connection, tally)
        finally:
            connection.close()
    assert midway > 0, f"{tally}: no kill landed inside a backup"
    print(f"\nbackup: {tally}; {midway} kills inside a backup")
