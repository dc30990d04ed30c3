"""Reports written through the safe write path: the person report (Art. 15 DSGVO), the case
report (Art. 15 for a family, by its code) and the import report, for the command line and the
GUI.

The person report is logged under the person's record number ("Auskunft Ansprechperson Nr. 17
.xlsx"), never under a file name holding her name: after she is deleted, no log keeps it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from aktif_desktop.files import safe_write
from aktif_desktop.services import case_report, person_report

if TYPE_CHECKING:
    from aktif_desktop.imports.engine import ImportResult


def person_report_logged_name(contact_id: int, suffix: str = ".xlsx") -> str:
    """The name the logs keep for a person report: the record number, not the person's name."""
    return f"Auskunft Ansprechperson Nr. {contact_id}{suffix}"


def write_person_report(
    contact_id: int, path: Path | str, *, replace: bool = False, create_folder: bool = False
) -> person_report.PersonReport:
    """Build the report of ``contact_id`` and write it (.pdf: PDF, else xlsx); the file is put
    in place in the same step as its disclosure-log entry."""
    from aktif_desktop.exports import person_document, person_document_pdf
    from aktif_desktop.services.settings import load_settings

    report = person_report.build_report(contact_id)
    target = Path(path)
    disclosure = safe_write.Disclosure(
        kind=person_report.DISCLOSURE_KIND,
        columns=[section.label for section in report.sections],
        row_count=sum(len(section.rows) for section in report.sections),
        logged_name=person_report_logged_name(contact_id, target.suffix or ".xlsx"),
    )
    verbund = load_settings().verbund_name
    with safe_write.writing(replace=replace, create_folder=create_folder):
        if target.suffix.casefold() == ".pdf":
            person_document_pdf.write_pdf(report, target, verbund=verbund)
        else:
            person_document.write_xlsx(report, target, verbund=verbund)
        safe_write.record_pending(disclosure, target)
    return report


def case_report_logged_name(case_id: int, suffix: str = ".pdf") -> str:
    """The name the logs keep for a case report: the record number, not the code (after the
    case is deleted no log links the code to anything)."""
    return f"Auskunft Familie Nr. {case_id}{suffix}"


def write_case_report(
    code: str,
    path: Path | str,
    *,
    replace: bool = False,
    create_folder: bool = False,
    as_xlsx: bool | None = None,
) -> case_report.CaseReport:
    """Build the report of the case ``code`` and write it (``as_xlsx`` None: .xlsx names are
    workbooks, others PDFs), with its disclosure-log entry in the same step."""
    from aktif_desktop.exports import case_document
    from aktif_desktop.services.settings import load_settings

    report = case_report.build_case_report(code)
    target = Path(path)
    disclosure = safe_write.Disclosure(
        kind=case_report.DISCLOSURE_KIND,
        columns=[section.label for section in report.sections],
        row_count=report.row_count,
        logged_name=case_report_logged_name(report.case_id, target.suffix or ".pdf"),
    )
    verbund = load_settings().verbund_name
    with safe_write.writing(replace=replace, create_folder=create_folder):
        if target.suffix.casefold() == ".xlsx" if as_xlsx is None else as_xlsx:
            case_document.write_xlsx(report, target, verbund=verbund)
        else:
            case_document.write_pdf(report, target, verbund=verbund)
        safe_write.record_pending(disclosure, target)
    return report


def check_import_report(path: Path | str, *, source: Path | str, replace: bool = False) -> None:
    """Refuse a report target before the import runs (never the imported file itself)."""
    with safe_write.protect(source):
        safe_write.check_target(path, replace=replace, dry_run=True)


def write_import_report(
    result: ImportResult,
    path: Path | str,
    *,
    source: Path | str | None = None,
    replace: bool = False,
    errors_only: bool = False,
) -> Path:
    """Write the import report safely; never over ``source`` (the file just imported)."""
    if source is None:
        return _write_import_report(result, path, replace, errors_only)
    with safe_write.protect(source):
        return _write_import_report(result, path, replace, errors_only)


def _write_import_report(
    result: ImportResult, path: Path | str, replace: bool, errors_only: bool
) -> Path:
    from aktif_desktop.imports.report import save_report

    with safe_write.atomic_write(path, replace=replace) as temp:
        save_report(result, temp, errors_only=errors_only)
    return Path(path)
