"""The report's block "Lotsenarbeit": family cases, referrals by concern, target partner and
status, the share with feedback, supported applications by benefit and outcome, the median
processing time and the open follow-ups.

Families are known by their code only; the report counts, it names no case. Referrals count by
the day of the referral, applications by the day they were submitted; statuses are today's.
"""

from __future__ import annotations

from aktif_desktop.casework import ApplicationStatus, Benefit, Concern, ReferralStatus
from aktif_desktop.services.report_common import (
    Period,
    count,
    figure,
    median,
    one,
    rows,
    share,
    table,
)
from aktif_desktop.services.report_model import Block, ChartKind, Table
from aktif_desktop.storage.sql_dialect import binary_order, count_if, days_between

REFERRED = "r.referred_on >= ? AND r.referred_on <= ?"
SUBMITTED = "a.submitted_on >= ? AND a.submitted_on <= ?"
TOP_PARTNERS = 15
_S = ApplicationStatus
OUTCOMES: tuple[tuple[str, tuple[ApplicationStatus, ...]], ...] = (
    ("offen", (_S.SUBMITTED, _S.QUERY, _S.MISSING_DOCUMENTS)),
    (_S.GRANTED.label, (_S.GRANTED,)),
    (_S.PARTLY_GRANTED.label, (_S.PARTLY_GRANTED,)),
    (_S.REFUSED.label, (_S.REFUSED,)),
    (_S.WITHDRAWN.label, (_S.WITHDRAWN,)),
)
DECIDED = "('granted', 'partly_granted', 'refused')"
GRANTED = "a.status IN ('granted', 'partly_granted')"


def lotsen_block(period: Period) -> Block:
    days = (period.day_from, period.day_to)
    opened = count("SELECT count(*) FROM family_case WHERE opened_on >= ? AND opened_on <= ?", days)
    accompanied = count(
        "SELECT count(*) FROM (SELECT id FROM family_case WHERE opened_on >= ? AND opened_on <= ?"
        f" UNION SELECT r.family_case_id FROM referral r WHERE {REFERRED}"
        f" UNION SELECT a.family_case_id FROM application a WHERE {SUBMITTED}) AS accompanied",
        (*days, *days, *days),
    )
    referrals, warm, feedback = (
        int(value or 0)
        for value in one(
            f"SELECT count(*), {count_if('r.warm_handover')},"
            f" {count_if('r.feedback_on IS NOT NULL')}"
            f" FROM referral r WHERE {REFERRED}",
            days,
        )
    )
    applications, granted = (
        int(value or 0)
        for value in one(
            f"SELECT count(*), {count_if(GRANTED)} FROM application a WHERE {SUBMITTED}",
            days,
        )
    )
    durations = [
        float(days_taken)
        for (days_taken,) in rows(
            f"SELECT {days_between('a.submitted_on', 'a.decided_on')} FROM application a"
            f" WHERE {SUBMITTED} AND a.decided_on IS NOT NULL AND a.status IN {DECIDED}",
            days,
        )
    ]
    open_follow_ups = count(
        "SELECT count(*) FROM follow_up WHERE done_on IS NULL AND due_on <= ?", (period.day_to,)
    )
    block = Block(code="lotsen", title="Lotsenarbeit (Familien)")
    block.figures = [
        figure("cases_opened", "Neu aufgenommene Familien", opened, "Fälle, eröffnet im Zeitraum."),
        figure(
            "cases_accompanied",
            "Begleitete Familien",
            accompanied,
            "Verschiedene Fälle, die im Zeitraum eröffnet wurden oder einen Verweis oder einen "
            "eingereichten Antrag haben.",
        ),
        figure("referrals", "Verweise", referrals, "Verweise mit Datum im Zeitraum."),
        figure(
            "referrals_warm",
            "davon mit persönlicher Übergabe",
            warm,
            "Verweise im Zeitraum mit „warmer Übergabe“.",
        ),
        figure(
            "referrals_feedback_share",
            "Anteil der Verweise mit Rückmeldung",
            share(feedback, referrals),
            "Verweise im Zeitraum mit eingetragenem Rückmeldedatum geteilt durch alle Verweise "
            "im Zeitraum, in Prozent.",
            "%",
        ),
        figure(
            "applications",
            "Unterstützte Anträge",
            applications,
            "Anträge mit Einreichungsdatum im Zeitraum.",
        ),
        figure(
            "applications_granted",
            "davon (teilweise) bewilligt",
            granted,
            "Anträge im Zeitraum mit Status bewilligt oder teilweise bewilligt (Stand heute).",
        ),
        figure(
            "applications_median_days",
            "Bearbeitungsdauer (Median)",
            median(durations),
            "Median der Tage von der Einreichung bis zur Entscheidung, über die im Zeitraum "
            "eingereichten und bereits entschiedenen Anträge (leer, wenn keiner entschieden ist).",
            "Tage",
        ),
        figure(
            "follow_ups_open",
            "Offene Wiedervorlagen",
            open_follow_ups,
            "Wiedervorlagen, die bis zum Ende des Zeitraums fällig waren und heute noch nicht "
            "erledigt sind.",
        ),
    ]
    block.tables = [
        _referrals_by_concern(days),
        _referrals_by_status(days),
        _referrals_by_partner(days),
        _applications_by_benefit(days),
    ]
    if not accompanied and not open_follow_ups:
        block.note = "Im Zeitraum ist keine Lotsenarbeit erfasst."
    return block


def _referrals_by_concern(days: tuple[str, str]) -> Table:
    found = dict(
        rows(f"SELECT r.concern, count(*) FROM referral r WHERE {REFERRED} GROUP BY 1", days)
    )
    body: list[tuple[object, ...]] = [(c.label, found.pop(c.value, 0)) for c in Concern]
    body.extend((str(code), number) for code, number in found.items())
    return table(
        "referrals_by_concern",
        "Verweise nach Anliegen",
        ("Anliegen", "Verweise"),
        body,
        "Verweise mit Datum im Zeitraum nach dem Anliegen der Familie.",
    )


def _referrals_by_status(days: tuple[str, str]) -> Table:
    found = dict(
        rows(f"SELECT r.status, count(*) FROM referral r WHERE {REFERRED} GROUP BY 1", days)
    )
    body: list[tuple[object, ...]] = [(s.label, found.pop(s.value, 0)) for s in ReferralStatus]
    body.extend((str(code), number) for code, number in found.items())
    return table(
        "referrals_by_status",
        "Verweise nach Status",
        ("Status", "Verweise"),
        body,
        "Verweise mit Datum im Zeitraum nach ihrem Status heute.",
        ChartKind.PIE,
    )


def _referrals_by_partner(days: tuple[str, str]) -> Table:
    found = rows(
        "SELECT o.name, count(*) FROM referral r JOIN organisation o ON o.id = r.organisation_id"
        f" WHERE {REFERRED} GROUP BY o.id ORDER BY count(*) DESC, {binary_order('o.name')}",
        days,
    )
    body: list[tuple[object, ...]] = [(name, number) for name, number in found[:TOP_PARTNERS]]
    rest = sum(int(number) for _name, number in found[TOP_PARTNERS:])
    if rest:
        body.append((f"weitere {len(found) - TOP_PARTNERS} Partner", rest))
    return table(
        "referrals_by_partner",
        "Verweise nach Zielpartner",
        ("Partner", "Verweise"),
        body,
        f"Verweise mit Datum im Zeitraum nach dem Partner, an den verwiesen wurde (die "
        f"{TOP_PARTNERS} häufigsten, die übrigen zusammen).",
    )


def _applications_by_benefit(days: tuple[str, str]) -> Table:
    found: dict[tuple[str, str], int] = {
        (str(benefit), str(status)): int(number)
        for benefit, status, number in rows(
            "SELECT a.benefit, a.status, count(*) FROM application a"
            f" WHERE {SUBMITTED} GROUP BY 1, 2",
            days,
        )
    }
    benefits = [b.value for b in Benefit] + sorted(
        {b for b, _s in found} - {b.value for b in Benefit}
    )
    body: list[tuple[object, ...]] = []
    for code in benefits:
        cells = [sum(found.get((code, s.value), 0) for s in statuses) for _l, statuses in OUTCOMES]
        label = Benefit(code).label if code in Benefit._value2member_map_ else code
        body.append((label, *cells))
    return table(
        "applications_by_benefit",
        "Unterstützte Anträge nach Leistung und Ergebnis",
        ("Leistung", *(label for label, _s in OUTCOMES)),
        body,
        "Anträge mit Einreichungsdatum im Zeitraum nach Leistung und ihrem Status heute "
        "(offen: eingereicht, Rückfrage oder Nachforderung).",
        ChartKind.STACKED_BAR,
    )
