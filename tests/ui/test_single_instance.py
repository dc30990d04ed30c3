"""One instance per database: a second start activates the first; a killed one's lock is taken."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from ui.single_instance import SingleInstance, instance_key

CHILD = Path(__file__).with_name("single_instance_child.py")


@pytest.fixture
def guards() -> Iterator[list[SingleInstance]]:
    made: list[SingleInstance] = []
    yield made
    for guard in made:
        guard.release()


def test_second_guard_of_the_same_database_activates_the_first(
    tmp_path: Path, qtbot, guards: list[SingleInstance]
) -> None:
    first = SingleInstance(tmp_path / "aktif.db")
    second = SingleInstance(tmp_path / "." / "aktif.db")  # the same file, written differently
    guards += [first, second]
    assert first.acquire()
    assert not second.acquire()
    with qtbot.waitSignal(first.activated, timeout=5000):
        assert second.notify_running()


def test_another_database_has_its_own_instance(
    tmp_path: Path, guards: list[SingleInstance]
) -> None:
    first = SingleInstance(tmp_path / "a.db")
    other = SingleInstance(tmp_path / "b.db")
    guards += [first, other]
    assert first.acquire() and other.acquire()
    assert instance_key(tmp_path / "a.db") != instance_key(tmp_path / "b.db")


def test_release_lets_the_next_start_in(tmp_path: Path, guards: list[SingleInstance]) -> None:
    first = SingleInstance(tmp_path / "aktif.db")
    assert first.acquire()
    first.release()
    again = SingleInstance(tmp_path / "aktif.db")
    guards.append(again)
    assert again.acquire()


def start_child(database: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(database)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "locked", child.stderr
    return child


def test_other_process_is_activated_and_its_stale_lock_taken_after_a_kill(
    tmp_path: Path, guards: list[SingleInstance]
) -> None:
    database = tmp_path / "aktif.db"
    child = start_child(database)
    try:
        second = SingleInstance(database)
        guards.append(second)
        assert not second.acquire()  # the child runs: this start must give way
        assert second.notify_running()
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "activated"
    finally:
        child.kill()  # SIGKILL: no clean-up, the lock file and the socket stay behind
        child.communicate(timeout=30)
    assert second.lock_path.exists()
    after_kill = SingleInstance(database)
    guards.append(after_kill)
    assert after_kill.acquire()  # the stale lock of the dead process is taken over
    probe = SingleInstance(database)
    guards.append(probe)
    assert probe.notify_running()  # the new instance listens again under the same name
