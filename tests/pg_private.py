"""A private PostgreSQL server of the test session that asks for passwords (scram-sha-256).

The shared test server (``AKTIF_TEST_PG``) trusts every local connection, so a wrong password
cannot be tried on it. This one is a throwaway cluster in a temp folder on a free port of
127.0.0.1, started with the same PostgreSQL binaries (as the user ``postgres`` through
``runuser`` when the tests run as root, as CI does) and stopped at the end.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ADMIN_PASSWORD = "admin-geheim"


def _bin_dir() -> Path | None:
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).parent
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin"))
    return versions[-1] if versions else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_server_user(command: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


def available() -> bool:
    return _bin_dir() is not None and (os.geteuid() != 0 or shutil.which("runuser") is not None)


@contextmanager
def private_server() -> Iterator[str]:
    """Start the server; yield its admin URL (with password); stop and remove it after."""
    bin_dir = _bin_dir()
    assert bin_dir is not None
    folder = Path(tempfile.mkdtemp(prefix="aktif-pg-private-"))
    port = _free_port()
    password_file = folder / "pw"
    password_file.write_text(ADMIN_PASSWORD)
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
        shutil.chown(password_file, "postgres")
    data = folder / "data"
    subprocess.run(
        _as_server_user(
            [
                str(bin_dir / "initdb"),
                "-D",
                str(data),
                "-U",
                "postgres",
                "-A",
                "scram-sha-256",
                f"--pwfile={password_file}",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
            ]
        ),
        check=True,
        capture_output=True,
    )
    options = f"-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c fsync=off"
    ctl = [str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(folder / "log"), "-w"]
    subprocess.run(_as_server_user([*ctl, "-o", options, "start"]), check=True, capture_output=True)
    try:
        yield f"postgresql://postgres:{ADMIN_PASSWORD}@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(_as_server_user([*ctl, "-m", "immediate", "stop"]), capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)
