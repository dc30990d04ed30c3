"""Preview and commit an import: the same code path, rolled back for the preview.

Every row is checked with the services' validators inside one transaction; a refused row
becomes a row error with the service's German message. Handlers that write through the
services take one savepoint per row (so a refused row leaves nothing behind); the contact
handler checks new rows in memory and writes them in batches (``handler.batch``), opening a
savepoint only for the rare row that calls a service. The preview and a refused import (any
error row without ``skip_errors``) roll the whole transaction back, so what the preview shows
is exactly what the commit does.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from aktif_desktop import messages
from aktif_desktop.errors import AktifError, ValidationError
from aktif_desktop.imports.cells import to_text
from aktif_desktop.imports.fields import (
    KIND_LABELS,
    detect_header,
    detect_mapping,
    field_of_header,
    fields_for,
    header_score,
    norm_header,
)
from aktif_desktop.imports.guard import ImportFileError, column_letter, shorten
from aktif_desktop.imports.reader import Table, read_table
from aktif_desktop.services import audit
from aktif_desktop.services import operation_labels as labels
from aktif_desktop.services.operations import operation
from aktif_desktop.storage.models import database

NEW, UPDATED, UNCHANGED, DUPLICATE, ERROR, SKIPPED = (
    "new",
    "updated",
    "unchanged",
    "duplicate",
    "error",
    "skipped",
)
Progress = Callable[[int, int], bool]
# What the user chose for a possible duplicate (ImportPlan.duplicate_choices).
CHOOSE_UPDATE, CHOOSE_NEW, CHOOSE_SKIP = "update", "new", "skip"
CHOICE_NOTES = {
    CHOOSE_UPDATE: "Ihre Wahl: dieselbe Person, der vorhandene Eintrag wird aktualisiert",
    CHOOSE_NEW: "Ihre Wahl: eine andere Person, ein neuer Eintrag wird angelegt",
    CHOOSE_SKIP: "Ihre Wahl: die Zeile wird übersprungen",
}
_QUOTED = re.compile(r"„([^“]{81,})“")


def shorten_quotes(text: str) -> str:
    """Cut every „quoted“ value in a message to about 80 characters (cells can be huge)."""
    return _QUOTED.sub(lambda match: f"„{shorten(match.group(1))}“", text)


class RowProblemsError(ValidationError):
    """Several things are wrong with one row: all of them, so the user fixes them at once."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(" ".join(problems))
        self.problems = problems


class ImportCancelledError(AktifError):
    """The user cancelled the import; nothing was written."""


@dataclass(slots=True)
class FieldChange:
    """One field of a matched record that the import changes."""

    label: str
    old: str
    new: str


@dataclass(slots=True)
class SourceRow:
    """One data row of the file: its spreadsheet row number and cell value per field."""

    number: int
    values: dict[str, object]


@dataclass(slots=True)
class RowOutcome:
    """What the import does (or did) with one row."""

    row: int
    status: str
    name: str = ""
    detail: str = ""
    record_id: int | None = None
    changes: list[FieldChange] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # every error of an error row
    source_name: str = ""  # the name as the file has it (the report names nothing else)
    choosable: bool = False  # a possible duplicate the user decides about
    can_update: bool = False  # ... and "same person: update" is one of the choices
    choice: str = ""  # the choice that was applied to this row
    in_file: bool = False  # a duplicate of an earlier row of the same file

    @property
    def status_text(self) -> str:
        """The German status of the preview: "neu", "aktualisiert", "Fehler: …", …."""
        if self.status == ERROR:
            if len(self.problems) > 1:
                return f"{len(self.problems)} Fehler: " + " · ".join(self.problems)
            return f"Fehler: {self.detail}"
        if self.status == DUPLICATE:
            return self.detail
        return {NEW: "neu", UPDATED: "aktualisiert", UNCHANGED: "unverändert"}.get(
            self.status, "übersprungen"
        )

    @property
    def changes_text(self) -> str:
        """ "Telefon: 030 1 → 030 2; Funktion: – → Leitung" plus notes."""
        parts = [f"{c.label}: {c.old or '–'} → {c.new or '–'}" for c in self.changes]
        return "; ".join(parts + self.notes)

    @property
    def report_status(self) -> str:
        """The status for the report file: nothing the database holds beyond the file."""
        if self.status == DUPLICATE and self.choosable and not self.in_file:
            return "mögliche Dublette eines vorhandenen Eintrags (nicht importiert)"
        return self.status_text

    @property
    def report_changes(self) -> str:
        """ "Telefon → 030 2": the file's new values only, never the stored old ones."""
        parts = [f"{c.label} → {c.new or '–'}" for c in self.changes]
        return "; ".join(parts + [n for n in self.notes if not n.startswith("Partner „")])


@dataclass(slots=True)
class ImportResult:
    """The outcome of a preview or an import, row by row."""

    kind: str
    committed: bool
    rows: list[RowOutcome]
    refused: bool = False  # error rows and no skip_errors: nothing is (or would be) written
    missing: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def undecided(self) -> list[RowOutcome]:
        """Possible duplicates the user has not decided about (they are not imported)."""
        return [row for row in self.rows if row.status == DUPLICATE and row.choosable]

    def count(self, *statuses: str) -> int:
        return sum(1 for row in self.rows if row.status in statuses)

    @property
    def errors(self) -> list[RowOutcome]:
        return [row for row in self.rows if row.status == ERROR]

    def summary(self) -> dict[str, object]:
        """The counts of the command line's ``--json`` output.

        What was written, or for a preview what the import would write: nothing when error
        rows refuse it, the valid rows when errors are skipped.
        """
        written = not self.refused
        return {
            "created": self.count(NEW) if written else 0,
            "updated": self.count(UPDATED) if written else 0,
            "duplicates": self.count(DUPLICATE, UNCHANGED),
            "skipped": self.count(SKIPPED) + (len(self.errors) if written else 0),
            "errors": [{"row": row.row, "message": row.detail} for row in self.errors],
        }


@dataclass(slots=True)
class ImportPlan:
    """What to import: the table, its header row, the column mapping and user fixes.

    Attributes:
        mapping: column index -> field name (columns not in it are ignored).
        fixes: spreadsheet row number -> field name -> text the user typed in the preview.
        skip_rows: spreadsheet row numbers the user chose to leave out.
        duplicate_choices: row number -> CHOOSE_UPDATE/CHOOSE_NEW/CHOOSE_SKIP for a row
            reported as a possible duplicate.
        column_choices: folded header -> the column chosen where several share the header.
        consent_lists: True when the user stated in the wizard that every new person of the
            file agreed to appear on attendance lists; None records no consent.
    """

    kind: str
    table: Table
    header_index: int
    mapping: dict[int, str]
    event_id: int | None = None
    fixes: dict[int, dict[str, str]] = field(default_factory=dict)
    skip_rows: set[int] = field(default_factory=set)
    duplicate_choices: dict[int, str] = field(default_factory=dict)
    column_choices: dict[str, int] = field(default_factory=dict)
    consent_lists: bool | None = None

    @classmethod
    def from_file(
        cls,
        path: Path | str,
        kind: str,
        *,
        sheet: str | None = None,
        event_id: int | None = None,
        remembered: bool = True,
    ) -> ImportPlan:
        """Read the file, find the header row and map the columns (a remembered mapping wins)."""
        fields_for(kind)
        table = read_table(path, sheet)
        if sheet is None and len(table.sheets) > 1:
            table = _best_sheet(table, kind)
        plan = cls(kind, table, 0, {}, event_id)
        try:
            header = detect_header(table.rows, kind)
        except ValidationError:
            header = 0  # the user maps the columns by hand (or a remembered mapping fits)
        plan.set_header(header, remembered=remembered)
        return plan

    def set_header(self, index: int, *, remembered: bool = True) -> None:
        """Use row ``index`` of the table as the header row and map its columns again."""
        from aktif_desktop.services import import_mappings

        self.header_index = index
        self.column_choices = {}
        stored = import_mappings.load_mapping(self.kind, self.headers) if remembered else None
        if stored is not None:  # a field renamed in a later version is simply not mapped
            known = fields_for(self.kind)
            stored = {column: name for column, name in stored.items() if name in known}
        self.mapping = stored if stored is not None else detect_mapping(self.headers, self.kind)

    @property
    def headers(self) -> list[str]:
        """The header texts, one per column ("" for a column without a header)."""
        row = self.table.rows[self.header_index] if self.table.rows else []
        texts = [to_text(cell) for cell in row]
        return texts + [""] * (self.table.width - len(texts))

    def duplicate_headers(self) -> list[tuple[str, list[int]]]:
        """Headers naming a field that stand over more than one column: (header, columns)."""
        columns: dict[str, list[int]] = {}
        for column, header in enumerate(self.headers):
            if header and field_of_header(header, self.kind):
                columns.setdefault(norm_header(header), []).append(column)
        return [(self.headers[found[0]], found) for found in columns.values() if len(found) > 1]

    def choose_column(self, header: str, column: int) -> None:
        """Import ``column`` of the columns headed ``header``; the others are left out."""
        key = norm_header(header)
        group = next(cols for text, cols in self.duplicate_headers() if norm_header(text) == key)
        name = next((self.mapping[c] for c in group if c in self.mapping), None)
        name = name or field_of_header(header, self.kind)
        for other in group:
            self.mapping.pop(other, None)
        if name:
            for other, mapped in list(self.mapping.items()):
                if mapped == name:
                    del self.mapping[other]
            self.mapping[column] = name
        self.column_choices[key] = column

    def used_columns(self) -> list[int]:
        """Columns with a header or any value below it (empty columns are left out)."""
        body = self.table.rows[self.header_index + 1 :]
        return [
            column
            for column, header in enumerate(self.headers)
            if header or any(to_text(row[column]) for row in body if column < len(row))
        ]

    def records(self) -> list[SourceRow]:
        """The data rows below the header with their mapped values; empty rows left out."""
        result = []
        for index in range(self.header_index + 1, len(self.table.rows)):
            cells = self.table.rows[index]
            if not any(to_text(cell) for cell in cells):
                continue
            number = self.table.numbers[index]
            values = {
                name: cells[column] if column < len(cells) else ""
                for column, name in self.mapping.items()
            }
            values.update(self.fixes.get(number, {}))
            result.append(SourceRow(number, values))
        return result

    def check(self) -> None:
        """Refuse a mapping without the name columns or a participant import without event."""
        for header, columns in self.duplicate_headers():
            if norm_header(header) not in self.column_choices:
                letters = [column_letter(column) for column in columns]
                raise ImportFileError(
                    messages.IMPORT_DUPLICATE_HEADER.format(
                        header=shorten(header),
                        columns=", ".join(letters[:-1]) + " und " + letters[-1],
                    )
                )
        names = set(self.mapping.values())
        if not names:
            raise ValidationError(messages.IMPORT_NO_HEADER)
        if self.kind == "organisations" and "name" not in names:
            raise ValidationError(messages.IMPORT_MISSING_COLUMN.format(field="Name"))
        if self.kind != "organisations" and not names & {"last_name", "full_name", "key"}:
            raise ValidationError(messages.IMPORT_MISSING_COLUMN.format(field="Nachname"))
        if self.kind == "participants" and self.event_id is None:
            raise ValidationError(messages.IMPORT_EVENT_REQUIRED)


def _best_sheet(first: Table, kind: str) -> Table:
    """Of several sheets, the one whose header names the most fields (a cover sheet loses)."""
    best, best_score = first, header_score(first.rows, kind)
    for name in first.sheets[1:]:
        table = read_table(first.path, name)
        score = header_score(table.rows, kind)
        if score > best_score:
            best, best_score = table, score
    return best


def best_sheet(path: Path | str, kind: str) -> str:
    """The name of the sheet the import would choose by itself ("" for CSV)."""
    table = read_table(path)
    return _best_sheet(table, kind).sheet if len(table.sheets) > 1 else table.sheet


class _RollbackRequestError(Exception):
    """Raised inside the transaction to undo it after a preview."""


@operation(label_after=labels.imported)
def run_import(
    plan: ImportPlan,
    *,
    commit: bool = False,
    skip_errors: bool = False,
    progress: Progress | None = None,
) -> ImportResult:
    """Preview (``commit=False``) or import the plan; all or nothing.

    With errors and without ``skip_errors`` nothing is written. ``progress(done, total)``
    returning False cancels: :class:`ImportCancelledError` is raised and nothing is written.
    """
    from aktif_desktop.imports.handlers import make_handler

    plan.check()
    started = time.perf_counter()
    records = plan.records()
    result = ImportResult(plan.kind, committed=False, rows=[])
    try:
        with database.atomic():
            handler = make_handler(plan)
            for done, record in enumerate(records):
                if progress is not None and not progress(done, len(records)):
                    raise ImportCancelledError(messages.IMPORT_CANCELLED)
                result.rows.append(_process(handler, record, plan.skip_rows))
            handler.finish()  # writes the rows a batch handler still holds
            result.missing = handler.missing()
            result.refused = bool(result.errors) and not skip_errors
            if not commit or (result.errors and not skip_errors):
                raise _RollbackRequestError
            result.committed = True
            _after_commit(plan, result)  # in the same transaction as the rows
    except _RollbackRequestError:
        pass
    if progress is not None:
        progress(len(records), len(records))
    result.seconds = time.perf_counter() - started
    return result


def _process(handler: object, record: SourceRow, skip_rows: set[int]) -> RowOutcome:
    source = shorten(handler.display_name(record))  # type: ignore[attr-defined]
    if record.number in skip_rows:
        return RowOutcome(record.number, SKIPPED, source, source_name=source)
    try:
        if getattr(handler, "batch", False):  # it opens its own savepoint where it writes
            outcome: RowOutcome = handler.process(record)  # type: ignore[attr-defined]
        else:
            with database.atomic():
                outcome = handler.process(record)  # type: ignore[attr-defined]
    except AktifError as error:
        problems = [shorten_quotes(p) for p in getattr(error, "problems", [error.message])]
        return RowOutcome(
            record.number, ERROR, source, " ".join(problems), problems=problems, source_name=source
        )
    outcome.source_name = source
    return outcome


def _after_commit(plan: ImportPlan, result: ImportResult) -> None:
    """Remember the column mapping for files of this layout and write the audit entry."""
    from aktif_desktop.services import import_mappings

    import_mappings.save_mapping(plan.kind, plan.headers, plan.mapping)
    counts = result.summary()
    audit.record_action(
        "import",
        f"{KIND_LABELS[plan.kind]} aus „{plan.table.path.name}“: {counts['created']} neu, "
        f"{counts['updated']} aktualisiert, {counts['duplicates']} Dubletten oder unverändert, "
        f"{counts['skipped']} übersprungen",
    )
