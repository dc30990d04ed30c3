"""Subcommands of the Lotsen work: case add, referral add/status, application add/status,
followup done.

Codes and German labels are both accepted (the services parse them); a refused step or a
missing record ends with the service's German sentence on stderr and exit status 1, a value
argparse cannot read (a date, a number) with exit status 2.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from aktif_desktop import messages
from aktif_desktop.casework import ReferralResult, ReferralStatus
from aktif_desktop.cli import arg_types
from aktif_desktop.cli.options import add_db_option
from aktif_desktop.cli.output import fmt_date, open_db, print_json
from aktif_desktop.services import applications, cases, followups, referrals
from aktif_desktop.services import validation as check
from aktif_desktop.services.casework_common import not_in_future
from aktif_desktop.services.kinds import application_json, follow_up_json, referral_json

MAX_HOUSEHOLD = 99  # the service refuses above its own limit in German


def date_arg(text: str) -> dt.date:
    """TT.MM.JJJJ or JJJJ-MM-TT."""
    value = text.strip()
    for pattern in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(value, pattern).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(messages.CLI_NOT_A_DATE.format(value=text[:40]))


date_arg.__name__ = "Datum"


def _list(text: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (text or "").split(",") if part.strip())


def register(subparsers: Any) -> None:
    """Add case, referral, application and followup."""
    case = subparsers.add_parser("case", help="Familien (pseudonym, nur mit Code)")
    case_sub = case.add_subparsers(dest="action", metavar="AKTION", required=True)
    add = case_sub.add_parser("add", help="eine Familie anlegen (gibt ihren Code aus)")
    count = arg_types.count(0, MAX_HOUSEHOLD)
    add.add_argument("--household", type=count, help=messages.CLI_HELP_CASE_HOUSEHOLD)
    add.add_argument("--children", type=count, help=messages.CLI_HELP_CASE_CHILDREN)
    add.add_argument("--ages", help=messages.CLI_HELP_CASE_AGES)
    add.add_argument("--single-parent", action="store_true", help=messages.CLI_HELP_CASE_SINGLE)
    add.add_argument("--legal-areas", help=messages.CLI_HELP_CASE_AREAS)
    add.add_argument("--note", default="", help=messages.CLI_HELP_CASE_NOTE)
    add.add_argument("--date", type=date_arg, help=messages.CLI_HELP_DATE)
    _finish(add, cmd_case_add)

    referral = subparsers.add_parser("referral", help="Verweise an Partner")
    referral_sub = referral.add_subparsers(dest="action", metavar="AKTION", required=True)
    add = referral_sub.add_parser("add", help="einen Verweis erfassen")
    add.add_argument("--case", required=True, help=messages.CLI_HELP_CASE_CODE)
    add.add_argument("--partner", type=arg_types.record_id, required=True, help="Partner (Nr.)")
    add.add_argument("--concern", required=True, help="Anliegen (z. B. Kinderzuschlag)")
    add.add_argument("--date", type=date_arg, help=messages.CLI_HELP_DATE)
    add.add_argument("--by", default="", help=messages.CLI_HELP_REFERRED_BY)
    add.add_argument("--contact", type=arg_types.record_id, help="Ansprechperson (Nr.)")
    add.add_argument("--warm", action="store_true", help=messages.CLI_HELP_WARM)
    add.add_argument("--status", default=ReferralStatus.PLANNED.value, help="Status")
    add.add_argument("--result", default="", help=messages.CLI_HELP_RESULT)
    add.add_argument("--follow-up", type=date_arg, help=messages.CLI_HELP_FOLLOW_UP)
    add.add_argument("--note", default="", help=messages.CLI_HELP_CASE_NOTE)
    _finish(add, cmd_referral_add)
    status = referral_sub.add_parser("status", help="einen Schritt im Ablauf gehen")
    status.add_argument("id", type=arg_types.record_id, help="Nummer des Verweises")
    status.add_argument("status", help="neuer Status (z. B. vermittelt, angenommen)")
    status.add_argument("--result", help=messages.CLI_HELP_RESULT)
    _finish(status, cmd_referral_status)

    application = subparsers.add_parser("application", help="unterstützte Anträge")
    app_sub = application.add_subparsers(dest="action", metavar="AKTION", required=True)
    add = app_sub.add_parser("add", help="einen eingereichten Antrag erfassen")
    add.add_argument("--case", required=True, help=messages.CLI_HELP_CASE_CODE)
    add.add_argument("--benefit", required=True, help=messages.CLI_HELP_BENEFIT)
    add.add_argument("--parts", help=messages.CLI_HELP_PARTS)
    add.add_argument("--authority", type=arg_types.record_id, required=True, help="Behörde (Nr.)")
    add.add_argument("--date", type=date_arg, help=messages.CLI_HELP_DATE)
    add.add_argument("--not-stamped", action="store_true", help=messages.CLI_HELP_NOT_STAMPED)
    add.add_argument("--note", default="", help=messages.CLI_HELP_CASE_NOTE)
    _finish(add, cmd_application_add)
    status = app_sub.add_parser("status", help="einen Schritt im Ablauf gehen")
    status.add_argument("id", type=arg_types.record_id, help="Nummer des Antrags")
    status.add_argument("status", help="neuer Status (z. B. Rückfrage, bewilligt)")
    status.add_argument("--asked", default="", help=messages.CLI_HELP_ASKED)
    status.add_argument("--due", type=date_arg, help=messages.CLI_HELP_ASK_DUE)
    status.add_argument("--on", type=date_arg, help=messages.CLI_HELP_ON)
    _finish(status, cmd_application_status)

    followup = subparsers.add_parser("followup", help="Wiedervorlagen")
    follow_sub = followup.add_subparsers(dest="action", metavar="AKTION", required=True)
    done = follow_sub.add_parser("done", help="eine Wiedervorlage erledigen")
    done.add_argument("id", type=arg_types.record_id, help="Nummer der Wiedervorlage")
    _finish(done, cmd_followup_done)


def _finish(parser: argparse.ArgumentParser, func: Any) -> None:
    parser.add_argument("--json", action="store_true", help=messages.CLI_HELP_JSON)
    add_db_option(parser)
    parser.set_defaults(func=func)


def cmd_case_add(args: argparse.Namespace) -> int:
    open_db(args)
    row = cases.create_case(
        cases.CaseData(
            household_size=args.household,
            children=args.children,
            child_age_bands=_list(args.ages),
            single_parent=args.single_parent,
            legal_areas=_list(args.legal_areas),
            note=args.note,
            opened_on=check_past(args.date),
        )
    )
    if args.json:
        print_json({"id": row.id, "code": row.code, "opened_on": row.opened_on})
    else:
        print(messages.CLI_CASE_CREATED.format(code=row.code))
    return 0


def check_past(day: dt.date | None) -> dt.date | None:
    """The day a case was opened is never in the future (as for referrals)."""
    return not_in_future(day, "Datum")


def cmd_referral_add(args: argparse.Namespace) -> int:
    open_db(args)
    case = cases.find_case(args.case)
    row = referrals.create_referral(
        referrals.ReferralData(
            family_case_id=case.id,
            organisation_id=args.partner,
            concern=args.concern,
            referred_on=args.date,
            referred_by=args.by,
            contact_id=args.contact,
            warm_handover=args.warm,
            status=args.status,
            result=_result(args.result),
            follow_up_on=args.follow_up,
            note=args.note,
        )
    )
    if args.json:
        print_json(referral_json(row))
    else:
        print(
            messages.CLI_REFERRAL_CREATED.format(
                id=row.id,
                code=row.case_code,
                partner=row.organisation_name,
                concern=row.concern_label,
                status=row.status_label,
            )
        )
    return 0


def _result(text: str | None) -> str:
    return check.choice(text, ReferralResult, "Ergebnis").value if text else ""


def cmd_referral_status(args: argparse.Namespace) -> int:
    open_db(args)
    result = _result(args.result) if args.result is not None else None
    row = referrals.set_referral_status(args.id, args.status, result=result)
    if args.json:
        print_json(referral_json(row))
    else:
        extra = f", {row.result_label}" if row.result else ""
        print(
            messages.CLI_REFERRAL_STATUS.format(
                id=row.id, code=row.case_code, status=row.status_label, result=extra
            )
        )
    return 0


def cmd_application_add(args: argparse.Namespace) -> int:
    open_db(args)
    case = cases.find_case(args.case)
    row = applications.create_application(
        applications.ApplicationData(
            family_case_id=case.id,
            benefit=args.benefit,
            authority_id=args.authority,
            submitted_on=args.date,
            education_parts=_list(args.parts),
            stamped=not args.not_stamped,
            note=args.note,
        )
    )
    if args.json:
        print_json(application_json(row))
    else:
        print(
            messages.CLI_APPLICATION_CREATED.format(
                id=row.id,
                code=row.case_code,
                benefit=row.benefit_label,
                authority=row.authority_name,
            )
        )
    return 0


def cmd_application_status(args: argparse.Namespace) -> int:
    open_db(args)
    row = applications.set_status(args.id, args.status, asked=args.asked, due=args.due, on=args.on)
    if args.json:
        print_json(application_json(row))
    else:
        print(
            messages.CLI_APPLICATION_STATUS.format(
                id=row.id, code=row.case_code, status=row.status_label
            )
        )
    return 0


def cmd_followup_done(args: argparse.Namespace) -> int:
    open_db(args)
    row = followups.mark_done(args.id)
    if args.json:
        print_json(follow_up_json(row))
    else:
        print(
            messages.CLI_FOLLOW_UP_DONE.format(
                id=row.id, code=row.case_code, day=fmt_date(row.done_on), what=row.what
            )
        )
    return 0
