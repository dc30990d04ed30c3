"""Two programs open a new case at the same moment: each gets its own code, nothing is lost.

The code is taken inside the write transaction (BEGIN IMMEDIATE), so the second program waits
for the first and then sees its number; real processes on one real database file.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from aktif_desktop.services import organisations
from aktif_desktop.storage.db import close_database, open_database

ROOT = Path(__file__).resolve().parents[2]
WRITER = Path(__file__).with_name("casework_writer.py")
PER_PROGRAM = 25


def test_two_programs_creating_cases_get_distinct_codes(db_path: Path) -> None:
    open_database(db_path)
    partner = organisations.create_organisation(organisations.OrganisationData(name="Caritas"))
    close_database()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    children = [
        subprocess.Popen(
            [sys.executable, str(WRITER), str(db_path), str(PER_PROGRAM), str(partner.id)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for _ in range(2)
    ]
    outputs = [child.communicate(timeout=300) for child in children]
    for child, (_out, err) in zip(children, outputs, strict=True):
        assert child.returncode == 0, err
    codes = [line for out, _err in outputs for line in out.split()]
    assert len(codes) == len(set(codes)) == 2 * PER_PROGRAM
    connection = sqlite3.connect(db_path)
    stored = [row[0] for row in connection.execute("SELECT code FROM family_case ORDER BY code")]
    referrals = connection.execute("SELECT COUNT(*) FROM referral").fetchone()[0]
    connection.close()
    assert stored == sorted(codes)
    assert referrals == 2 * PER_PROGRAM
    numbers = sorted(int(code.rsplit("-", 1)[1]) for code in stored)
    assert numbers == list(range(1, 2 * PER_PROGRAM + 1))  # no gap, no double
