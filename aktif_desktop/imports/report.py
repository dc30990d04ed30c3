"""The import report as an xlsx file: every row's status, the errors first.

The network manager sends it back to the partner ("bitte Zeilen 7 und 12 korrigieren"), so
it names the spreadsheet row numbers the partner sees in the original file. It holds what the
file had, plus counts: names as the file spells them, the file's new values (never the old
values stored in the database), and of the records missing from the file only their number,
never their names (people without consent to sharing would otherwise leave with it).
"""

from __future__ import annotations

import re
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

from aktif_desktop import messages
from aktif_desktop.imports.engine import ERROR, ImportResult

HEADERS = ("Zeile", "Name", "Status", "Änderungen / Hinweise")
WIDTHS = (8, 32, 70, 70)


def _safe(text: str) -> str:
    """Keep a cell from being read as a formula when the report is opened in Excel."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


# The service's "the address belongs to <stored person>" names someone from the database.
_EMAIL_TAKEN = re.compile(
    re.escape(messages.DUPLICATE_CONTACT_EMAIL)
    .replace(re.escape("{email}"), "(?P<email>.+?)")
    .replace(re.escape("{name}"), "(?P<name>.+?)")
)


def public(text: str) -> str:
    """A row's message without names the database holds beyond the file."""
    return _EMAIL_TAKEN.sub(
        lambda match: messages.DUPLICATE_CONTACT_EMAIL.format(
            email=match.group("email"), name="einer anderen Ansprechperson"
        ),
        text,
    )


def save_report(result: ImportResult, path: Path | str, *, errors_only: bool = False) -> Path:
    """Write the report (errors first, then the other rows unless ``errors_only``)."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Fehlerbericht" if errors_only else "Importbericht"
    sheet.append(HEADERS)
    for cell in sheet[1]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E79")
    rows = sorted(result.rows, key=lambda row: (row.status != ERROR, row.row))
    for row in rows:
        if errors_only and row.status != ERROR:
            continue
        sheet.append(
            [
                row.row,
                _safe(row.source_name or row.name),
                _safe(public(row.report_status)),
                _safe(row.report_changes),
            ]
        )
    if result.missing and not errors_only:
        text = messages.IMPORT_REPORT_MISSING_COUNT.format(count=len(result.missing))
        sheet.append(["", "", text, ""])
    for letter, width in zip("ABCD", WIDTHS, strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    path = Path(path)
    workbook.save(path)
    return path
