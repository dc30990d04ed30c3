"""Hostile and odd import files beyond the issue's list, as one table.

Each case builds a real file and says what must happen: refused with a German sentence (exit
status 2, nothing written, no "unerwarteter Fehler", short output), or imported with exactly
the named people. The command line runs in-process here for speed; the defects file runs it
as a subprocess.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from openpyxl import Workbook

from aktif_desktop.cli import main
from aktif_desktop.services import contacts
from aktif_desktop.storage.db import close_database, open_database

HOSTILE = Path(__file__).parents[1] / "fixtures" / "import" / "hostile"


@dataclass(frozen=True)
class Case:
    """A file maker and the expected outcome (``refused`` text or the imported names)."""

    name: str
    make: Callable[[Path], Path]
    refused: str = ""
    imported: tuple[str, ...] = ()
    args: tuple[str, ...] = ()


def csv(text: str, encoding: str = "utf-8", name: str = "liste.csv") -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(text.encode(encoding))
        return path

    return make


def raw(data: bytes, name: str) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path

    return make


def workbook(
    rows: list[list[object]], name: str = "liste.xlsx", title: str = "Kontakte", **extra: object
) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        book = Workbook()
        sheet = book.active
        sheet.title = title
        for row in rows:
            sheet.append(row)
        if extra.get("merge"):
            sheet.merge_cells(str(extra["merge"]))
        if extra.get("copy"):
            book.copy_worksheet(sheet).title = str(extra["copy"])
        if extra.get("far"):
            sheet[str(extra["far"])] = "weit draußen"
        if extra.get("hidden_first"):
            hidden = book.create_sheet("Alt", 0)
            hidden.append(["Vorname", "Nachname"])
            hidden.append(["Versteckt", "Person"])
            hidden.sheet_state = "hidden"
        path = folder / name
        book.save(path)
        return path

    return make


def with_parts(
    base: Callable[[Path], Path], parts: dict[str, bytes], name: str
) -> Callable[[Path], Path]:
    """An xlsx with extra zip members (external links, a VBA project)."""

    def make(folder: Path) -> Path:
        source = base(folder)
        path = folder / name
        with zipfile.ZipFile(source) as old, zipfile.ZipFile(path, "w") as new:
            for item in old.infolist():
                new.writestr(item, old.read(item))
            for part, data in parts.items():
                new.writestr(part, data)
        return path

    return make


def truncated(base: Callable[[Path], Path]) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = base(folder)
        path.write_bytes(path.read_bytes()[:900])
        return path

    return make


def renamed(base: Callable[[Path], Path], name: str) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        return base(folder).rename(folder / name)

    return make


PEOPLE = [["Vorname", "Nachname", "E-Mail"], ["Anna", "Müller", "anna@example.de"]]
EXTERNAL_LINK = (
    b'<?xml version="1.0" encoding="UTF-8"?><externalLink xmlns="http://schemas.openxmlformats'
    b'.org/spreadsheetml/2006/main"><externalBook xmlns:r="http://schemas.openxmlformats.org/'
    b'officeDocument/2006/relationships" r:id="rId1"/></externalLink>'
)
EXTERNAL_RELS = (
    b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
    b'.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
    b'openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" '
    b'Target="file:///\\\\server\\freigabe\\geheim.xlsx" TargetMode="External"/></Relationships>'
)

CASES = [
    Case(
        "formula-like cells stay text",
        csv("Vorname;Nachname;Funktion;Telefon\nAnna;Müller;=1+2;+49 30 1\n@SUMME(A1);Bach;-x;\n"),
        imported=("@SUMME(A1) Bach", "Anna Müller"),
    ),
    Case(
        "BOM and semicolons",
        csv("\ufeffVorname;Nachname;E-Mail\nJörg;Schäfer;j@example.de\n"),
        imported=("Jörg Schäfer",),
    ),
    Case(
        "mixed line endings",
        csv("Vorname;Nachname\r\nAnna;Alt\nBert;Bach\rCora;Christ\r\n"),
        imported=("Anna Alt", "Bert Bach", "Cora Christ"),
    ),
    Case(
        "NUL bytes inside a UTF-8 file",
        raw(b"Vorname;Nachname\nAnna;M\x00\x00ller\x00\x00\x00x\n", "liste.csv"),
        refused="keine Textdatei",
    ),
    Case(
        "enormous column count",
        csv(";".join(f"Spalte {i}" for i in range(2000)) + "\n" + ";" * 1999 + "x\n"),
        refused="Die Tabelle hat 2.000 Spalten",
    ),
    Case("header only", csv("Vorname;Nachname;E-Mail\n")),
    Case(
        "binary file renamed .csv",
        raw(bytes(range(256)) * 40, "liste.csv"),
        refused="keine Textdatei",
    ),
    Case(
        "xlsx renamed .csv",
        renamed(workbook(PEOPLE), "liste.csv"),
        refused="ist eine Excel- oder OpenDocument-Datei",
    ),
    Case(
        "password-protected (encrypted) xlsx",
        lambda folder: HOSTILE / "kennwort.xlsx",
        refused="mit einem Kennwort geschützt",
    ),
    Case(
        "xlsx with an external link (never followed)",
        with_parts(
            workbook(PEOPLE),
            {
                "xl/externalLinks/externalLink1.xml": EXTERNAL_LINK,
                "xl/externalLinks/_rels/externalLink1.xml.rels": EXTERNAL_RELS,
            },
            "verknuepft.xlsx",
        ),
        imported=("Anna Müller",),
    ),
    Case(
        "sheet name with umlauts chosen by --sheet",
        workbook(PEOPLE, title="Übersicht März"),
        imported=("Anna Müller",),
        args=("--sheet", "Übersicht März"),
    ),
    Case(
        "CSV with a million empty lines",
        csv("Vorname;Nachname\n" + "\n" * 1_000_000 + "Anna;Ende\n"),
        imported=("Anna Ende",),
    ),
    Case(
        "duplicated sheet imports once",
        workbook(PEOPLE, copy="Kontakte (2)"),
        imported=("Anna Müller",),
    ),
    Case(
        "macro-enabled .xlsm (macros never run)",
        with_parts(
            workbook(PEOPLE), {"xl/vbaProject.bin": b"\xd0\xcf\x11\xe0" + b"\0" * 60}, "makro.xlsm"
        ),
        imported=("Anna Müller",),
    ),  # fmt: skip
    Case(
        "merged header cells over a second header row",
        workbook(
            [["Person", None, "Kontakt"], ["Vorname", "Nachname", "E-Mail"], ["Eva", "Ost", ""]],
            merge="A1:B1",
        ),
        imported=("Eva Ost",),
    ),
    Case(
        "hidden first sheet is not imported",
        workbook(PEOPLE, hidden_first=True),
        imported=("Anna Müller",),
    ),
    Case(
        "one value far out makes a huge rectangle",
        workbook(PEOPLE, far="CV60000"),
        refused="Die Tabelle reicht bis Zeile 60.000 und Spalte CV",
    ),
    Case("0-byte xlsx", raw(b"", "leer.xlsx"), refused="konnte nicht gelesen werden"),
    Case(
        "truncated xlsx",
        truncated(workbook(PEOPLE)),
        refused="konnte nicht gelesen werden",
    ),
    Case("CSV that is only a BOM", raw(b"\xef\xbb\xbf", "liste.csv"), refused="Kopfzeile"),
    Case(
        "Windows-1252 with umlauts and ß",
        csv("Vorname;Nachname\nGünter;Groß\n", encoding="cp1252"),
        imported=("Günter Groß",),
    ),
    Case(
        "UTF-16 BOM with semicolons instead of tabs",
        csv("Vorname;Nachname\nÖzlem;Çelik\n", encoding="utf-16"),
        imported=("Özlem Çelik",),
    ),
    Case(
        "stray quote inside an unquoted field is text",
        csv('Vorname;Nachname;Funktion\nAnna;Müller;Leitung "Frühe Hilfen"\n'),
        imported=("Anna Müller",),
    ),
    Case(
        "text after a closing quote",
        csv('Vorname;Nachname\n"Anna" B;Müller\n'),
        refused="Zeile 2: nach einem schließenden Anführungszeichen",
    ),
    Case(
        "the first-name header twice (A and C)",
        csv("Vorname;Nachname;Vorname\nAnna;Müller;Anne\n"),
        refused="„Vorname“ steht in den Spalten A und C",
    ),
    Case(
        "a header so long it would flood the message",
        csv("Vorname;Nachname;" + "E-Mail " * 2000 + ";" + "E-Mail " * 2000 + "\nA;B;c;d\n"),
        refused="steht in den Spalten C und D",
    ),
]


def imported_names(db_path: Path) -> list[str]:
    open_database(db_path)
    try:
        return sorted(row.full_name for row in contacts.list_contacts())
    finally:
        close_database()


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_hostile_file(
    case: Case, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = case.make(tmp_path)
    status = main(["--db", str(db_path), "import", "contacts", str(path), *case.args])
    out = capsys.readouterr()
    assert "unerwartet" not in out.err
    assert len(out.err) < 1200  # never a whole cell or file in a message
    if case.refused:
        assert status == 2, out.err
        assert case.refused in out.err
        assert imported_names(db_path) == []
    else:
        assert status == 0, out.err
        assert imported_names(db_path) == sorted(case.imported)


def test_the_table_holds_at_least_fifteen_cases() -> None:
    assert len(CASES) >= 15
