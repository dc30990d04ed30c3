"""Everything stored about one family case, by its code (Art. 15 DSGVO on request).

The case row, its releases from confidentiality, referrals, applications and follow-ups are
found from the schema the way the person report finds a person's rows
(:func:`person_report.reachable_rows` from the ``family_case`` row), with the audit-trail
entries of those rows. Partners and contact persons they point at show their name only.
Writing the file (PDF or xlsx, logged as a disclosure) is :func:`files.reports.write_case_report`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from aktif_desktop import clock, messages, registry
from aktif_desktop.services import cases
from aktif_desktop.services.person_report import (
    ReportSection,
    audit_rows,
    reachable_rows,
    reference_labels,
    table_label,
)
from aktif_desktop.storage.models import database

ROOT_TABLE = "family_case"
DISCLOSURE_KIND = messages.CASE_REPORT_DISCLOSURE_KIND
# The order of the sections; a table added later that refers to a case comes after these.
SECTION_ORDER = ("family_case", "family_case_release", "referral", "application", "follow_up")
LABELS = {"family_case_release": "Schweigepflichtentbindungen"}


@dataclass(slots=True, kw_only=True)
class CaseReport:
    """Everything found about one case."""

    case_id: int
    code: str
    created_at: dt.datetime
    sections: list[ReportSection] = field(default_factory=list)

    def section(self, table: str) -> ReportSection | None:
        return next((s for s in self.sections if s.table == table), None)

    @property
    def row_count(self) -> int:
        return sum(len(section.rows) for section in self.sections)


def _order(table: str) -> tuple[int, str]:
    return (SECTION_ORDER.index(table) if table in SECTION_ORDER else len(SECTION_ORDER), table)


def build_case_report(code: str) -> CaseReport:
    """Collect the case with this code; German NotFoundError for an unknown code."""
    case = cases.find_case(code)
    found = reachable_rows(case.id, ROOT_TABLE)
    own_tables = set(found)
    sections = []
    for table in sorted(found, key=_order):
        rows = found[table]
        reference_labels(table, rows, own_tables)
        columns = list(rows[0]) if rows else [c.name for c in database.get_columns(table)]
        # The kinds' plural ("Verweise"), not their person-report titles ("… an sie …").
        kind = registry.find(table)
        label = LABELS.get(table) or (kind.plural if kind else table_label(table))
        if table == ROOT_TABLE:
            label = kind.singular if kind else "Familie"
        sections.append(ReportSection(table=table, label=label, columns=columns, rows=rows))
    audit = audit_rows(found)
    sections.append(
        ReportSection(
            table="audit_log",
            label=table_label("audit_log"),
            columns=[c.name for c in database.get_columns("audit_log")],
            rows=audit,
        )
    )
    return CaseReport(case_id=case.id, code=case.code, created_at=clock.now(), sections=sections)
