"""Issue 20 class 6: arguments out of range are refused in German on stderr (exit 2), before
anything is opened or written; `export plan --year 0` never writes another year."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BIG = str(2**63)  # one past SQLite's largest id
FORMS = [
    (["person-report", "--contact", BIG], "keine gültige Nummer"),
    (["person-report", "--contact", "0"], "keine gültige Nummer"),
    (["person-report", "--contact", "-5"], "keine gültige Nummer"),
    (["person-report", "--contact", "1e3"], "keine ganze Zahl"),
    (["export", "participants", "--event", BIG, "--xlsx", "{tmp}/t.xlsx"], "keine gültige Nummer"),
    (["export", "plan", "--year", "0", "--xlsx", "{tmp}/p.xlsx"], "kein gültiges Jahr"),
    (["export", "plan", "--year", "10000", "--xlsx", "{tmp}/p.xlsx"], "kein gültiges Jahr"),
    (["export", "plan", "--year", "-2026", "--xlsx", "{tmp}/p.xlsx"], "kein gültiges Jahr"),
    (["ics", "--year", "0", "--out", "{tmp}/k.ics"], "kein gültiges Jahr"),
    (["ics", "--event", "99999999999999999999", "--out", "{tmp}/k.ics"], "keine gültige Nummer"),
    (["signature-list", "--event", "1", "--pdf", "{tmp}/u.pdf", "--blank-rows", "-1"], "Anzahl"),
    (
        ["signature-list", "--event", "1", "--pdf", "{tmp}/u.pdf", "--blank-rows", "100000"],
        "Anzahl",
    ),
    (["certificates", "--event", "-1", "--pdf", "{tmp}/c.pdf"], "keine gültige Nummer"),
    (["retention", "list", "--months", "-3"], "Anzahl"),
    (["retention", "period", "-12"], "Anzahl"),
    (["import", "participants", "x.csv", "--event", BIG], "keine gültige Nummer"),
    (["show", "event", BIG], "keine gültige Nummer"),
    (["list", "events", "--year", "0"], "kein gültiges Jahr"),
    (["attend", "--event", "-1", "--contact", "2"], "keine gültige Nummer"),
    (["attend", "--event", "1", "--contact", BIG], "keine gültige Nummer"),
]


def test_out_of_range_arguments(tmp_path: Path) -> None:
    forms = [[a.replace("{tmp}", str(tmp_path)) for a in argv] for argv, _ in FORMS]
    batch = tmp_path / "forms.json"
    batch.write_text(json.dumps([[*f, "--db", str(tmp_path / "a.db")] for f in forms]), "utf-8")
    env = {**os.environ, "AKTIF_DATA_DIR": str(tmp_path / "data"), "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("cli_batch_driver.py")), str(batch)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env=env,
        timeout=300,
    )
    results = json.loads(done.stdout)
    wrong = {
        " ".join(argv): result
        for (argv, expected), result in zip(FORMS, results, strict=True)
        if result["code"] != 2 or expected not in result["stderr"] or result["stdout"]
    }
    assert wrong == {}
    assert not list(tmp_path.glob("*.xlsx")) and not list(tmp_path.glob("*.ics"))
    assert not (tmp_path / "a.db").exists()  # refused before the database was even opened


@pytest.mark.parametrize("argv", [["export", "contacts"], ["person-report", "--contact", "99"]])
def test_errors_go_to_stderr(argv: list[str], tmp_path: Path) -> None:
    env = {**os.environ, "AKTIF_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run(
        [sys.executable, "-m", "aktif_desktop", *argv, "--db", str(tmp_path / "a.db")],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    assert done.returncode in (1, 2) and "Fehler" in done.stderr and "Fehler" not in done.stdout
