"""``aktif-desktop report`` in real processes: the JSON's stable keys, the ways to name a period,
hostile dates refused in German with exit status 2, and the formats this build may lack."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "aktif_desktop", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report-cli") / "demo.db"
    result = run("--db", str(path), "demo")
    assert result.returncode == 0, result.stderr
    return path


def test_json_keys_are_stable(demo_file: Path) -> None:
    result = run("--db", str(demo_file), "report", "--year", "2026", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert list(data) == ["start", "end", "verbund", "blocks", "texts", "not_covered"]
    assert (data["start"], data["end"]) == ("2026-01-01", "2026-12-31")
    assert [b["code"] for b in data["blocks"]] == [
        "events",
        "participation",
        "legal_areas",
        "conferences",
        "network",
        "lotsen",
        "esf",
    ]
    for block in data["blocks"]:
        assert list(block) == ["code", "title", "note", "figures", "tables"]
        for figure in block["figures"]:
            assert list(figure) == ["code", "label", "value", "definition", "target", "unit"]
            assert figure["definition"].endswith(".") and "\n" not in figure["definition"]
        for table in block["tables"]:
            assert list(table) == ["code", "title", "definition", "chart", "columns", "rows"]
            assert all(len(row) == len(table["columns"]) for row in table["rows"])
    codes = [f["code"] for b in data["blocks"] for f in b["figures"]]
    assert len(codes) == len(set(codes))
    assert list(data["texts"]) == [
        "ausgangslage",
        "umsetzung",
        "ergebnisse",
        "abweichungen",
        "ausblick",
    ]
    assert any("Behinderung" in item for item in data["not_covered"])


@pytest.mark.parametrize(
    ("period", "start", "end"),
    [
        (("--from", "01.04.2026", "--to", "2026-06-30"), "2026-04-01", "2026-06-30"),
        (("--half", "2026-2"), "2026-07-01", "2026-12-31"),
        (("--quarter", "2026-1"), "2026-01-01", "2026-03-31"),
        (("--quarter", "2024-4"), "2024-10-01", "2024-12-31"),
        (("--from", "29.02.2028", "--to", "29.02.2028"), "2028-02-29", "2028-02-29"),
    ],
)
def test_ways_to_name_a_period(
    demo_file: Path, period: tuple[str, ...], start: str, end: str
) -> None:
    result = run("--db", str(demo_file), "report", *period, "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["start"], data["end"]) == (start, end)


def test_text_output_shows_figures_in_german(demo_file: Path) -> None:
    result = run("--db", str(demo_file), "report", "--year", "2026")
    assert result.returncode == 0, result.stderr
    assert "Bericht 01.01.2026 – 31.12.2026" in result.stdout
    assert "Durchgeführte Veranstaltungen" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--from", "31.02.2026", "--to", "31.03.2026"), "kein gültiges Datum"),
        (("--from", "01.03.2026", "--to", "01.02.2026"), "vor seinem Beginn"),
        (("--from", "01.01.1800", "--to", "31.12.1800"), "1900 bis 2999"),
        (("--year", "1800"), "1800"),
        (("--year", "zwanzig"), "keine ganze Zahl"),
        (("--half", "2026-3"), "kein Halbjahr"),
        (("--quarter", "2026-0"), "kein Quartal"),
        (("--from", "", "--to", "31.03.2026"), "kein gültiges Datum"),
        (("--from", "01.01.2026"), "Berichtszeitraum an"),
        ((), "Berichtszeitraum an"),
        (("--year", "2026", "--quarter", "2026-1"), "nur auf eine Art"),
    ],
)
def test_hostile_periods_are_refused(demo_file: Path, args: tuple[str, ...], message: str) -> None:
    result = run("--db", str(demo_file), "report", *args, "--json")
    assert result.returncode == 2, result.stdout
    assert message in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_both_formats_are_written_over_the_demo_and_read_back(
    demo_file: Path, tmp_path: Path
) -> None:
    import openpyxl
    from pypdf import PdfReader

    xlsx, pdf = tmp_path / "bericht.xlsx", tmp_path / "bericht.pdf"
    result = run(
        "--db", str(demo_file), "report", "--year", "2026", "--xlsx", str(xlsx), "--pdf", str(pdf)
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    book = openpyxl.load_workbook(xlsx)
    assert len(book.sheetnames) >= 7
    charts = sum(len(sheet._charts) for sheet in book.worksheets)  # type: ignore[attr-defined]
    assert charts >= 5
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    for title in ("Veranstaltungen", "Rechtskreise", "Lotsen"):
        assert title in text
    assert "Seite 1 von" in text


def test_empty_database_reports_zeros(tmp_path: Path) -> None:
    result = run("--db", str(tmp_path / "leer.db"), "report", "--year", "2026", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    events = data["blocks"][0]["figures"]
    assert {f["code"]: f["value"] for f in events}["events_held"] == 0
