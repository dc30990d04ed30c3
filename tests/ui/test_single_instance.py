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


def test_the_real_app_second_start_exits_and_a_killed_first_is_taken_over(
    demo_db: Path, tmp_path: Path
) -> None:
    """End to end with ``python -m aktif_desktop``: three starts on one database."""
    import os
    import time

    from aktif_desktop.storage.db import close_database

    close_database()
    root = Path(__file__).parents[2]
    env = {
        **os.environ,
        "PYTHONPATH": str(root),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    command = [sys.executable, "-m", "aktif_desktop", "--db", str(demo_db)]
    lock = SingleInstance(demo_db).lock_path

    def start() -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            command, cwd=root, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )

    def wait_for_lock_of(process: subprocess.Popen[bytes]) -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            text = lock.read_text(errors="replace") if lock.exists() else ""
            if text.split("\n", 1)[0] == str(process.pid):
                return
            assert process.poll() is None, "the first start ended by itself"
            time.sleep(0.1)
        pytest.fail("the app did not take the lock")

    first = start()
    try:
        wait_for_lock_of(first)
        second = subprocess.run(command, cwd=root, env=env, capture_output=True, timeout=60)
        assert second.returncode == 0, second.stderr
        assert first.poll() is None  # the first one keeps running
        deadline = time.monotonic() + 60  # its daily backup (in the background) arrives
        while not list((demo_db.parent / "Sicherungen").glob("*_automatisch.db")):
            assert time.monotonic() < deadline, "no daily backup"
            time.sleep(0.1)
    finally:
        first.kill()
        first.wait(timeout=30)
    third = start()
    try:
        wait_for_lock_of(third)  # the dead instance's lock was taken over
    finally:
        third.kill()
        third.wait(timeout=30)
