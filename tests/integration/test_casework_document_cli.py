"""stamp-labels, cover-sheet and guide as a user types them: real processes, real files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from tests.integration import casework_documents_data as data

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
def world_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, data.World]:
    from aktif_desktop.storage.db import close_database, open_database

    path = tmp_path_factory.mktemp("documents") / "aktif.db"
    open_database(path)
    try:
        world = data.build()
    finally:
        close_database()
    return path, world


def test_stamp_labels_from_position_five(world_file, tmp_path: Path) -> None:
    db, world = world_file
    target = tmp_path / "etiketten.pdf"
    args = ["--db", str(db), "stamp-labels", "--pdf", str(target), "--case", world.case_code]
    result = run(*args, "--start", "5", "--count", "3")
    assert result.returncode == 0, result.stderr
    assert "3 Etiketten auf 1 Bogen" in result.stdout
    [page] = PdfReader(target).pages
    assert page.extract_text().count(f"Fall {world.case_code}") == 3
    # Again without --force: refused, the file stays as it was.
    before = target.read_bytes()
    again = run(*args)
    assert again.returncode == 1 and "--force" in again.stderr
    assert target.read_bytes() == before
    forced = run(*args, "--force")
    assert forced.returncode == 0 and "24 Etiketten" in forced.stdout


def test_cover_sheet_and_guide(world_file, tmp_path: Path) -> None:
    db, world = world_file
    cover = tmp_path / "begleitblatt.pdf"
    result = run(
        "--db", str(db), "cover-sheet", "--application", str(world.application), "--pdf", str(cover)
    )
    assert result.returncode == 0, result.stderr
    assert "Budapester Straße 30" in PdfReader(cover).pages[0].extract_text()
    sheet = tmp_path / "wegweiser.xlsx"
    result = run("--db", str(db), "guide", "--xlsx", str(sheet), "--concern", "Kinderzuschlag")
    assert result.returncode == 0, result.stderr
    assert "2 Angebote" in result.stdout and "Weitergabe" in result.stdout
    cells = [
        c.value for row in openpyxl.load_workbook(sheet).worksheets[0].iter_rows() for c in row
    ]
    assert data.SHARED_PHONE in cells and data.HIDDEN_PHONE not in cells
    guide_pdf = tmp_path / "wegweiser.pdf"
    result = run("--db", str(db), "guide", "--pdf", str(guide_pdf))
    assert result.returncode == 0 and "3 Angebote" in result.stdout
    assert data.HIDDEN_PHONE not in " ".join(p.extract_text() for p in PdfReader(guide_pdf).pages)


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["stamp-labels", "--pdf", "x.pdf", "--start", "25"], 2, "von 1 bis 24"),
        (["stamp-labels", "--pdf", "x.pdf", "--count", "zwei"], 2, "keine ganze Zahl"),
        (["stamp-labels", "--pdf", "x.pdf", "--case", "F-1999-0001"], 1, "F-1999-0001"),
        (["cover-sheet", "--application", "999", "--pdf", "x.pdf"], 1, "nicht gefunden"),
        (["cover-sheet", "--application", "-3", "--pdf", "x.pdf"], 2, ""),
        (["guide", "--pdf", "x.pdf", "--xlsx", "x.xlsx"], 2, "nicht zusammen"),
        (["guide"], 2, "--pdf"),
        (["guide", "--pdf", "x.pdf", "--concern", "Sternenkunde"], 1, "Anliegen"),
        (["guide", "--pdf", "x.pdf", "--concern", "debt"], 1, "keine Leistungsangebote"),
        (["guide", "--pdf", "x.pdf", "--legal-area", "SGB 99"], 1, "SGB 99"),
    ],
)
def test_refusals_in_german_with_exit_codes(
    world_file, tmp_path: Path, args: list[str], code: int, message: str
) -> None:
    db, _ = world_file
    args = [str(tmp_path / a) if a.startswith("x.") else a for a in args]
    result = run("--db", str(db), *args)
    assert result.returncode == code, result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert list(tmp_path.glob("x.*")) == []


def test_without_stamp_the_labels_are_refused(tmp_path: Path) -> None:
    target = tmp_path / "etiketten.pdf"
    result = run("--db", str(tmp_path / "leer.db"), "stamp-labels", "--pdf", str(target))
    assert result.returncode == 1
    assert "Bitte tragen Sie zuerst den Projektstempel in den Einstellungen ein" in result.stderr
    assert not target.exists()


@pytest.mark.parametrize("name", ["CON.pdf", "Wegweiser?.pdf", "aktif.db"])
def test_forbidden_targets_are_refused(world_file, tmp_path: Path, name: str) -> None:
    db, _ = world_file
    target = db if name == "aktif.db" else tmp_path / name
    before = target.read_bytes() if target.exists() else None
    result = run("--db", str(db), "guide", "--pdf", str(target), "--force")
    assert result.returncode == 1 and "Fehler:" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert (target.read_bytes() if target.exists() else None) == before


def test_help_is_german() -> None:
    for command in ("stamp-labels", "cover-sheet", "guide"):
        result = run(command, "--help")
        assert result.returncode == 0 and "Zieldatei" in result.stdout
