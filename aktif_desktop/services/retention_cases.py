"""The family cases' part of the Löschkonzept: their own period, which cases are due, and
deleting a due case with everything it holds.

A case is due N months (``retention_case_months``, 24 by default) after its last day of work:
the latest of the day it was opened, the day each referral was closed (status ``closed``) and
each application was decided or withdrawn (their ``status_changed_on``), and each follow-up
(done: the day it was done; still open: its due day, so a follow-up set for later keeps the
case until then). A case with a referral or application still open is never due. Cases are
deleted, not anonymised: the foreign keys cascade to releases, referrals, applications and
follow-ups. The run itself is :func:`aktif_desktop.services.retention.run_retention` (one
transaction with the contacts' part, logged with counts only).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from aktif_desktop import messages
from aktif_desktop.casework import APPLICATION_FINAL, REFERRAL_FINAL
from aktif_desktop.services.common import transactional
from aktif_desktop.services.retention_period import (
    checked_months,
    cutoff_date,
    store_months,
    stored_months,
)
from aktif_desktop.storage.models import FamilyCase, database
from aktif_desktop.storage.sql_dialect import binary_order, count_if, day_text, greatest

SETTING_CASE_MONTHS = "retention_case_months"


@dataclass(slots=True, kw_only=True)
class ExpiredCase:
    """A family case whose period has passed (listed by its code, with what it holds)."""

    id: int
    code: str
    last_activity: dt.date
    referral_count: int = 0
    application_count: int = 0
    follow_up_count: int = 0


def case_retention_months() -> int:
    """The cases' deletion period in months (24 by default)."""
    return stored_months(SETTING_CASE_MONTHS)


@transactional
def save_case_retention_months(months: int) -> int:
    """Store the cases' period; refuse values outside 6 to 120 months."""
    return store_months(SETTING_CASE_MONTHS, months, messages.RETENTION_CASE_MONTHS_INVALID)


def checked_case_months(months: object) -> int:
    return checked_months(months, messages.RETENTION_CASE_MONTHS_INVALID)


def _marks(values: frozenset[str]) -> str:
    return ", ".join(f"'{value}'" for value in sorted(values))  # enum codes: plain identifiers


# One pass over the three tables (5,000 cases, 20,000 rows in the large demo): per case the
# latest day of work and whether anything is still open. Built per call: the open database
# (a file or a server) decides the spelling of a few functions.
def _expired_cases_sql() -> str:
    referral_open = f"status NOT IN ({_marks(frozenset(s.value for s in REFERRAL_FINAL))})"
    application_open = f"status NOT IN ({_marks(frozenset(s.value for s in APPLICATION_FINAL))})"
    last_day = greatest(day_text("c.opened_on"), f"COALESCE({day_text('max(w.latest)')}, '')")
    return f"""
WITH work AS (
    SELECT family_case_id AS case_id, max(status_changed_on) AS latest,
           {count_if(referral_open)} AS open,
           count(*) AS referrals, 0 AS applications, 0 AS follow_ups
    FROM referral GROUP BY family_case_id
    UNION ALL
    SELECT family_case_id, max(status_changed_on), {count_if(application_open)},
           0, count(*), 0
    FROM application GROUP BY family_case_id
    UNION ALL
    SELECT family_case_id, max(COALESCE(done_on, due_on)), 0, 0, 0, count(*)
    FROM follow_up GROUP BY family_case_id
)
SELECT c.id, c.code, {last_day} AS last_day,
       COALESCE(sum(w.referrals), 0), COALESCE(sum(w.applications), 0),
       COALESCE(sum(w.follow_ups), 0)
FROM family_case AS c LEFT JOIN work AS w ON w.case_id = c.id
GROUP BY c.id
HAVING COALESCE(sum(w.open), 0) = 0 AND substr({last_day}, 1, 10) < ?
ORDER BY last_day, {binary_order("c.code")}
"""


def find_expired_cases(months: int, today: dt.date | None = None) -> list[ExpiredCase]:
    """The cases due for deletion after ``months`` (oldest last day first)."""
    cutoff = cutoff_date(checked_case_months(months), today)
    cursor = database.execute_sql(_expired_cases_sql(), (cutoff.isoformat(),))
    return [
        ExpiredCase(
            id=case_id,
            code=code,
            last_activity=dt.date.fromisoformat(str(last_day)[:10]),
            referral_count=referrals,
            application_count=applications,
            follow_up_count=follow_ups,
        )
        for case_id, code, last_day, referrals, applications, follow_ups in cursor
    ]


def delete_cases(listed: list[ExpiredCase], months: int, today: dt.date | None) -> int:
    """Delete the listed cases that are still due (inside the caller's transaction); return
    how many. A case worked on since the listing is left alone."""
    wanted = {case.id for case in listed}
    due = [case.id for case in find_expired_cases(months, today) if case.id in wanted]
    for start in range(0, len(due), 500):
        chunk = due[start : start + 500]
        FamilyCase.delete().where(FamilyCase.id.in_(chunk)).execute()
    return len(due)
