"""Everything stored about one person (DSGVO Art. 15 access, Art. 20 portability).

The report is found from the database schema, not from a hand-written list: starting at the
contact row it follows every foreign key that points at a row already found (participations,
their certificates, offers naming her, any table added later), then adds the audit entries of
those rows, the disclosures since she was recorded, and the places where free text mentions
her name. Rows she is not part of are never read into it: references to other tables (an
event, an organisation) show only that record's name or title.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import deque
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from aktif_desktop import clock, messages, registry
from aktif_desktop.errors import NotFoundError
from aktif_desktop.services.audit import record_disclosure
from aktif_desktop.storage.db import is_server
from aktif_desktop.storage.models import database
from aktif_desktop.storage.sql_dialect import as_stored, primary_key_order
from aktif_desktop.text import fold

ROOT_TABLE = "contact"
# Tables not reached from a contact through foreign keys, and why they hold nothing of her.
# A test fails when a table is neither reachable nor listed here, so a new table forces a
# decision. (audit_log and disclosure_log are added to the report separately.)
# Kinds of records declare their reason in the registry (``not_in_report``); these are the
# tables that are no kind of record.
_NOT_PERSONAL_TABLES = {
    "legal_area": "Stammdaten der Rechtskreise",
    "organisation_legal_area": "Rechtskreise der Einrichtungen",
    "event_legal_area": "Rechtskreise der Veranstaltungen",
    "supply_gap_legal_area": "Rechtskreise der Versorgungslücken",
    "audit_log": "Änderungsprotokoll (die Einträge zu ihren Zeilen sind enthalten)",
    "disclosure_log": "Weitergabeprotokoll (die Weitergaben seit ihrer Erfassung sind enthalten)",
    "audit_user": "Benutzername des Betriebssystems der laufenden Sitzung",
    "database_info": "Kennung der Datenbank (für die Zuordnung der Sicherungen)",
    "audit_chain": "Prüfsummen des Änderungsprotokolls (ohne Inhalte)",
    "family_case_release": "Schweigepflichtentbindungen der Familien (im Familienbericht)",
}


class _NotPersonal(Mapping[str, str]):
    """Table -> reason, read live: the declared kinds' reasons, then the other tables."""

    def _items(self) -> dict[str, str]:
        declared = {k.table: k.not_in_report for k in registry.kinds() if k.not_in_report}
        server = {"aktif_schema": "Version des Datenbankschemas"} if is_server() else {}
        return {**declared, **_NOT_PERSONAL_TABLES, **server}

    def __getitem__(self, table: str) -> str:
        return self._items()[table]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items())

    def __len__(self) -> int:
        return len(self._items())


NOT_PERSONAL: Mapping[str, str] = _NotPersonal()
DISCLOSURE_KIND = "Auskunft nach Art. 15 DSGVO"
LABEL_COLUMNS = ("name", "title", "label", "number", "code")
# Column types searched for mentions (SQLite's and PostgreSQL's spelling of text).
TEXT_TYPES = ("TEXT", "VARCHAR", "CHARACTER VARYING")
EXTRA_LABELS = {
    "legal_area": "Rechtskreis",
    "organisation_legal_area": "Rechtskreise der Partner",
    "event_legal_area": "Rechtskreise der Veranstaltungen",
    "supply_gap_legal_area": "Rechtskreise der Versorgungslücken",
    "audit_user": "Benutzer der Sitzung",
    "service_legal_area": "Rechtskreis des Leistungsangebots",
    "audit_log": "Änderungsprotokoll",
    "disclosure_log": "Weitergaben",
}


# The family's rows a contact person reaches (she was the partner's contact of a referral):
# the family's data are not hers, so her report shows only these columns of them — the
# family's code (through the label of family_case_id), the day, the concern and the status;
# never the notes, the staff member, the result or what a follow-up is about. Any column not
# named here is left out, so a column added later stays out too.
FAMILY_COLUMNS_IN_PERSON_REPORT: dict[str, tuple[str, ...]] = {
    "referral": ("id", "family_case_id", "referred_on", "contact_id", "organisation_id")
    + ("concern", "status", "status_changed_on"),
    "follow_up": ("id", "family_case_id", "referral_id", "kind", "due_on", "done_on"),
}


def _restricted(table: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    keep = FAMILY_COLUMNS_IN_PERSON_REPORT.get(table)
    if keep is None:
        return rows
    # "family_case_id (Familie)" (the code) goes with its column, like every reference label.
    return [{k: v for k, v in row.items() if k.split(" (", 1)[0] in keep} for row in rows]


@dataclass(slots=True, kw_only=True)
class ReportSection:
    """The rows of one table that belong to the person (all columns)."""

    table: str
    label: str
    columns: list[str]
    rows: list[dict[str, Any]]


@dataclass(slots=True, kw_only=True)
class Mention:
    """A free-text field of another record in which the person's name occurs."""

    table: str
    label: str
    row_id: int
    column: str


@dataclass(slots=True, kw_only=True)
class PersonReport:
    """Everything found about one contact person."""

    contact_id: int
    name: str
    created_at: dt.datetime
    sections: list[ReportSection] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    def section(self, table: str) -> ReportSection | None:
        return next((s for s in self.sections if s.table == table), None)

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready form (Art. 20: structured, common, machine-readable)."""
        return {
            "person": {"contact_id": self.contact_id, "name": self.name},
            "created_at": self.created_at,
            "sections": [
                {"table": s.table, "label": s.label, "columns": s.columns, "rows": s.rows}
                for s in self.sections
            ],
            "mentions": [
                {"table": m.table, "label": m.label, "row_id": m.row_id, "column": m.column}
                for m in self.mentions
            ],
        }


def table_label(table: str) -> str:
    """German name of a table for the report."""
    kind = registry.find(table)
    if kind is not None:
        return kind.section_label
    return EXTRA_LABELS.get(table) or table


def _columns(table: str) -> list[str]:
    return [column.name for column in database.get_columns(table)]


def _select(table: str, where_column: str, ids: set[int]) -> list[dict[str, Any]]:
    columns = _columns(table)
    marks = ", ".join("?" for _ in ids)
    quoted = ", ".join(f'"{c}"' for c in columns)
    cursor = database.execute_sql(
        f'SELECT {quoted} FROM "{table}" WHERE "{where_column}" IN ({marks})'
        f" ORDER BY {primary_key_order(table)}",
        tuple(sorted(ids)),
    )
    return _dicts(columns, cursor)


def _dicts(columns: list[str], cursor: Any) -> list[dict[str, Any]]:
    """Rows as column -> value, values as SQLite keeps them (the same report on a server)."""
    return [
        {column: as_stored(value) for column, value in zip(columns, row, strict=True)}
        for row in cursor
    ]


def reachable_rows(root_id: int, root_table: str = ROOT_TABLE) -> dict[str, list[dict[str, Any]]]:
    """Table -> rows that are the root row (a contact, or a family case for the case report)
    or refer (directly or through others) to its rows."""
    tables = [t for t in database.get_tables() if t not in ("audit_log", "disclosure_log")]
    incoming: dict[str, list[tuple[str, str, str]]] = {}
    for table in tables:
        for key in database.get_foreign_keys(table):
            incoming.setdefault(key.dest_table, []).append((table, key.column, key.dest_column))
    found: dict[str, dict[object, dict[str, Any]]] = {
        root_table: {row["id"]: row for row in _select(root_table, "id", {root_id})}
    }
    queue = deque([root_table] if found[root_table] else [])
    while queue:
        target = queue.popleft()
        for table, column, dest_column in incoming.get(target, []):
            values = {row[dest_column] for row in found[target].values()}
            known = found.setdefault(table, {})
            size = len(known)
            for row in _select(table, column, values):
                known.setdefault(row.get("id", repr(sorted(row.items()))), row)
            if len(known) > size:
                queue.append(table)
    return {table: list(rows.values()) for table, rows in found.items() if rows}


def reference_labels(table: str, rows: list[dict[str, Any]], person: set[str]) -> None:
    """Add "<column> (Bezeichnung)" for each reference to a record outside the person's rows."""
    for key in database.get_foreign_keys(table):
        if key.dest_table in person:
            continue  # her own rows (e.g. participation -> contact) need no label
        ids = {row[key.column] for row in rows if row.get(key.column) is not None}
        if not ids:
            continue
        if key.dest_table == ROOT_TABLE:  # a person: her name (the "title" column is "Dr.")
            labels = {
                row[key.dest_column]: " ".join(
                    part for part in (row["title"], row["first_name"], row["last_name"]) if part
                )
                for row in _select(key.dest_table, key.dest_column, ids)
            }
        else:
            label_column = next((c for c in LABEL_COLUMNS if c in _columns(key.dest_table)), None)
            if label_column is None:
                continue
            labels = {
                row[key.dest_column]: row[label_column]
                for row in _select(key.dest_table, key.dest_column, ids)
            }
        for row in rows:
            row[f"{key.column} ({table_label(key.dest_table)})"] = labels.get(row[key.column], "")


def audit_rows(found: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    rows = []
    columns = _columns("audit_log")
    for table, table_rows in found.items():
        ids = sorted(row["id"] for row in table_rows if isinstance(row.get("id"), int))
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            cursor = database.execute_sql(
                f'SELECT * FROM "audit_log" WHERE "table_name" = ? AND "row_id" IN ({marks})',
                (table, *chunk),
            )
            rows += _dicts(columns, cursor)
    return sorted(rows, key=lambda row: row["id"])


def disclosure_rows(since: object, leave_out: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    columns = _columns("disclosure_log")
    cursor = database.execute_sql(
        # Other people's access reports are left out: their file names may carry names.
        'SELECT * FROM "disclosure_log" WHERE "at" >= ? AND "kind" NOT IN (?, ?) ORDER BY "id"',
        (str(since), DISCLOSURE_KIND, *(leave_out or (messages.CASE_REPORT_DISCLOSURE_KIND,))),
    )
    return _dicts(columns, cursor)


def _mentions(contact: dict[str, Any], found: dict[str, list[dict[str, Any]]]) -> list[Mention]:
    """Free-text fields outside her rows that contain her full name (folded comparison)."""
    first, last = contact.get("first_name") or "", contact.get("last_name") or ""
    if len(last) < 3:
        return []
    wanted = {fold(f"{first} {last}"), fold(f"{last}, {first}")} if first else {fold(last)}
    own = {(table, row.get("id")) for table, rows in found.items() for row in rows}
    # SQLite's LIKE ignores case for ASCII only: pre-filter on the longest ASCII run of the
    # last name ("ller" of "Müller" also finds "MUELLER"), then compare folded in Python.
    fragment = max(re.findall(r"[A-Za-z]+", last), key=len, default="")
    fragment = fragment if len(fragment) >= 3 else ""
    mentions = []
    # PostgreSQL's LIKE tells case apart: ILIKE pre-filters as SQLite's LIKE does.
    like = "ILIKE" if is_server() else "LIKE"
    for table in database.get_tables():
        if table in ("audit_log", "disclosure_log", "audit_user"):
            continue
        row_id = _row_number(table)
        for column in database.get_columns(table):
            if not column.data_type.upper().startswith(TEXT_TYPES):
                continue
            cursor = database.execute_sql(
                f'SELECT {row_id}, "{column.name}" FROM "{table}" WHERE "{column.name}" {like} ?',
                (f"%{fragment}%",),
            )
            for row_id, value in cursor:
                if (table, row_id) in own or not isinstance(value, str):
                    continue
                if any(name in fold(value) for name in wanted):
                    mentions.append(
                        Mention(
                            table=table, label=table_label(table), row_id=row_id, column=column.name
                        )
                    )
    return mentions


def _row_number(table: str) -> str:
    """The number a mention names its row by: SQLite's ``rowid``; on the server the ``id``
    (the same number for every table that has one), else the place in key order."""
    if not is_server():
        return "rowid"
    if "id" in _columns(table):
        return '"id"'
    return f"CAST(row_number() OVER (ORDER BY {primary_key_order(table)}) AS INTEGER)"


def build_report(contact_id: int) -> PersonReport:
    """Collect everything stored about contact ``contact_id``; NotFoundError if there is none."""
    found = reachable_rows(contact_id)
    if ROOT_TABLE not in found:
        raise NotFoundError(messages.PERSON_REPORT_NOT_FOUND.format(id=contact_id))
    contact = found[ROOT_TABLE][0]
    person_tables = set(found)
    sections = []
    for table in [ROOT_TABLE] + sorted(t for t in found if t != ROOT_TABLE):
        rows = found[table]
        reference_labels(table, rows, person_tables)
        rows = found[table] = _restricted(table, rows)
        columns = list(rows[0]) if rows else _columns(table)
        sections.append(
            ReportSection(table=table, label=table_label(table), columns=columns, rows=rows)
        )
    for table, rows in (
        ("audit_log", audit_rows(found)),
        ("disclosure_log", disclosure_rows(contact["created_at"])),
    ):
        sections.append(
            ReportSection(table=table, label=table_label(table), columns=_columns(table), rows=rows)
        )
    name = " ".join(p for p in (contact["title"], contact["first_name"], contact["last_name"]) if p)
    return PersonReport(
        contact_id=contact_id,
        name=name,
        created_at=clock.now(),
        sections=sections,
        mentions=_mentions(contact, found),
    )


def export_report(contact_id: int) -> PersonReport:
    """Build the report for output on screen or as JSON and log the disclosure.

    A file is written by ``files.reports.write_person_report`` (xlsx or PDF through the one
    safe write path, logged under the record number).
    """
    report = build_report(contact_id)
    rows = sum(len(section.rows) for section in report.sections)
    record_disclosure(
        DISCLOSURE_KIND,
        [section.label for section in report.sections],
        rows,
        "Ausgabe (JSON/Text)",
    )
    return report
