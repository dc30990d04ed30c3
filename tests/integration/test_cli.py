"""The command line end to end: real processes on a real database file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from aktif_desktop import __version__
from aktif_desktop.cli import main

ROOT = Path(__file__).parents[2]


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "aktif_desktop", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
    )


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "x.db"
    result = run("--db", str(path), "demo")
    assert result.returncode == 0, result.stderr
    assert "Demodaten geladen" in result.stdout
    return path


def test_version() -> None:
    result = run("--version")
    assert result.stdout.strip() == f"Aktif Desktop {__version__}"


def test_demo_then_list_events_json(demo_file: Path) -> None:
    result = run("--db", str(demo_file), "list", "events", "--json")
    plan = json.loads(result.stdout)
    assert 38 <= len(plan) <= 45
    kinds = {event["kind_label"] for event in plan}
    assert {
        "Netzwerktreffen",
        "Workshop",
        "Beratungstag",
        "Regionaltreffen",
        "Familienkonferenz",
        "Strukturkonferenz",
        "Transferworkshop",
        "Austausch / online",
    } <= kinds
    first = plan[0]
    assert set(first) >= {"id", "kind", "title", "start", "end", "status", "counts", "legal_areas"}
    assert first["start"] < plan[-1]["start"]


def test_db_option_after_subcommand_and_env_variable(demo_file: Path) -> None:
    by_option = run("list", "organisations", "--json", "--db", str(demo_file))
    by_env = run("list", "organisations", "--json", env={"AKTIF_DB": str(demo_file)})
    assert json.loads(by_option.stdout) == json.loads(by_env.stdout)
    assert any(org["name"] == "Jugendamt Landkreis Lindenau" for org in json.loads(by_env.stdout))


def test_search_folds_umlauts(demo_file: Path) -> None:
    found = json.loads(
        run("--db", str(demo_file), "list", "contacts", "--search", "mueller", "--json").stdout
    )
    assert found and all("Müller" in c["last_name"] or "ueller" in c["email"] for c in found)


def test_show_event_and_attend(demo_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "y.db"
    path.write_bytes(demo_file.read_bytes())
    plan = json.loads(run("--db", str(path), "list", "events", "--json").stdout)
    upcoming = next(e for e in plan if e["status"] == "planned")
    shown = json.loads(
        run("--db", str(path), "show", "event", str(upcoming["id"]), "--json").stdout
    )
    invited = next(p for p in shown["participants"] if p["status"] == "invited")

    result = run(
        "--db",
        str(path),
        "attend",
        "--event",
        str(upcoming["id"]),
        "--contact",
        str(invited["contact_id"]),
        "--status",
        "angemeldet",
        "--json",
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["status"] in ("registered", "waitlisted")

    refused = run(
        "--db",
        str(path),
        "attend",
        "--event",
        str(upcoming["id"]),
        "--contact",
        str(invited["contact_id"]),
        "--status",
        "Urlaub",
    )
    assert refused.returncode == 1
    assert "„Urlaub“ ist kein gültiger Wert für „Status“" in refused.stderr

    text = run("--db", str(path), "show", "event", str(upcoming["id"])).stdout
    assert upcoming["title"] in text and "Status" in text


def test_unknown_record_is_a_german_error(demo_file: Path) -> None:
    result = run("--db", str(demo_file), "show", "event", "99999")
    assert result.returncode == 1
    assert "Fehler: Die Veranstaltung mit der Nummer 99999 wurde nicht gefunden" in result.stderr


def test_demo_refuses_a_database_with_data(demo_file: Path) -> None:
    assert main(["--db", str(demo_file), "demo"]) == 1


def test_command_line_runs_without_qt(demo_file: Path, tmp_path: Path) -> None:
    """PySide6 made unimportable: every core command still works."""
    blocker = tmp_path / "blocker"
    blocker.mkdir()
    (blocker / "sitecustomize.py").write_text(
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6', 'ui'):\n"
        "            raise ImportError('Qt is blocked in this test: ' + name)\n"
        "sys.meta_path.insert(0, Block())\n",
        encoding="utf-8",
    )
    env = {"PYTHONPATH": f"{blocker}{os.pathsep}{ROOT}"}
    for args in (("list", "events", "--json"), ("list", "contacts"), ("show", "event", "1")):
        result = run("--db", str(demo_file), *args, env=env)
        assert result.returncode == 0, result.stderr
    gui = run("--db", str(demo_file), env=env)
    assert gui.returncode == 1 and "PySide6 fehlt" in gui.stderr
