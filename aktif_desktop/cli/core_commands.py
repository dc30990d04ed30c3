"""Subcommands over the core: demo, list, show, attend."""

from __future__ import annotations

import argparse
import time
from typing import Any

from aktif_desktop import messages, registry
from aktif_desktop.casework import ApplicationStatus, Benefit, Concern, ReferralStatus
from aktif_desktop.cli import arg_types
from aktif_desktop.cli.options import add_db_option
from aktif_desktop.cli.output import fmt_date, open_db, print_json, print_table
from aktif_desktop.domain import LabelledEnum, ParticipationStatus
from aktif_desktop.errors import ValidationError
from aktif_desktop.registry import ListQuery
from aktif_desktop.services import events, participations
from aktif_desktop.services import validation as check
from aktif_desktop.services.kinds import event_json


def register(subparsers: Any) -> None:
    """Add demo, list, show and attend."""
    demo = subparsers.add_parser("demo", help=messages.CLI_HELP_DEMO)
    demo.add_argument(
        "--size",
        choices=("small", "large"),
        default="small",
        help=messages.CLI_HELP_DEMO_SIZE,
    )
    add_db_option(demo)
    demo.set_defaults(func=cmd_demo)

    views = registry.list_views()
    listing = subparsers.add_parser(
        "list", help=", ".join(kind.plural for kind, _view in views.values())
    )
    listing.add_argument("what", choices=tuple(views), metavar="LISTE", help=", ".join(views))
    listing.add_argument("--search", default="", help=messages.CLI_HELP_SEARCH)
    listing.add_argument("--year", type=arg_types.year, help=messages.CLI_HELP_YEAR)
    listing.add_argument("--due", action="store_true", help=messages.CLI_HELP_DUE)
    listing.add_argument("--concern", help=messages.CLI_HELP_CONCERN_FILTER)
    listing.add_argument("--status", help=messages.CLI_HELP_STATUS_FILTER)
    listing.add_argument(
        "--partner", type=arg_types.record_id, help=messages.CLI_HELP_PARTNER_FILTER
    )
    listing.add_argument("--json", action="store_true", help=messages.CLI_HELP_JSON)
    add_db_option(listing)
    listing.set_defaults(func=cmd_list)

    show = subparsers.add_parser("show", help=messages.CLI_HELP_SHOW)
    show.add_argument("what", choices=("event",))
    show.add_argument("id", type=arg_types.record_id)
    show.add_argument("--json", action="store_true", help=messages.CLI_HELP_JSON)
    add_db_option(show)
    show.set_defaults(func=cmd_show)

    attend = subparsers.add_parser("attend", help=messages.CLI_HELP_ATTEND)
    attend.add_argument(
        "--event", type=arg_types.record_id, required=True, help=messages.CLI_HELP_EVENT_NUMBER
    )
    attend.add_argument(
        "--contact", type=arg_types.record_id, required=True, help=messages.CLI_HELP_CONTACT_NUMBER
    )
    attend.add_argument(
        "--status",
        default=ParticipationStatus.ATTENDED.value,
        help=messages.CLI_HELP_STATUS,
    )
    attend.add_argument("--json", action="store_true", help=messages.CLI_HELP_JSON)
    add_db_option(attend)
    attend.set_defaults(func=cmd_attend)


COUNT_LABELS = (
    ("organisations", "Partner"),
    ("contacts", "Ansprechpersonen"),
    ("events", "Veranstaltungen"),
    ("participations", "Teilnahmen"),
    ("cases", "Familien"),
    ("referrals", "Verweise"),
    ("applications", "Anträge"),
    ("follow_ups", "Wiedervorlagen"),
)


def cmd_demo(args: argparse.Namespace) -> int:
    open_db(args)
    started = time.perf_counter()
    if args.size == "large":
        from aktif_desktop.demo_large import load_large_demo

        counts = load_large_demo()
    else:
        from aktif_desktop.demo import load_demo

        counts = load_demo()
    seconds = time.perf_counter() - started
    summary = ", ".join(
        f"{counts[key]:,} {label}".replace(",", ".") for key, label in COUNT_LABELS if key in counts
    )
    print(messages.CLI_DEMO_LOADED.format(summary=summary, seconds=seconds))
    return 0


def participant_json(row: participations.ParticipantRow) -> dict[str, object]:
    return {
        "participation_id": row.id,
        "contact_id": row.contact_id,
        "name": row.full_name,
        "first_name": row.first_name,
        "last_name": row.last_name,
        "organisation": row.organisation_name,
        "status": row.status,
        "status_label": row.status_label,
        "status_changed_at": row.status_changed_at,
        "certificate_number": row.certificate_number or None,
    }


def cmd_list(args: argparse.Namespace) -> int:
    open_db(args)
    _kind, view = registry.list_views()[args.what]
    rows = view.rows(
        ListQuery(
            search=args.search,
            year=args.year,
            due=args.due,
            concern=_parsed(args, "concern"),
            status=_parsed(args, "status"),
            partner_id=_partner(args),
        )
    )
    if args.json:
        print_json([view.as_json(row) for row in rows])
    else:
        print_table(
            tuple(f.header for f in view.fields),
            [tuple(f.value(row) for f in view.fields) for row in rows],
        )
    return 0


# The vocabularies ``--concern`` and ``--status`` are parsed against, per list; a list
# missing here refuses the filter in German instead of ignoring it.
LIST_FILTERS: dict[str, dict[str, type[LabelledEnum]]] = {
    "cases": {"concern": Concern, "status": ReferralStatus},
    "referrals": {"concern": Concern, "status": ReferralStatus},
    "applications": {"concern": Benefit, "status": ApplicationStatus},
}
PARTNER_LISTS = ("cases", "referrals", "applications")


def _refuse_filter(what: str, option: str) -> None:
    raise ValidationError(messages.CLI_LIST_FILTER_UNSUPPORTED.format(what=what, option=option))


def _parsed(args: argparse.Namespace, option: str) -> str | None:
    text = getattr(args, option)
    if text is None:
        return None
    enum = LIST_FILTERS.get(args.what, {}).get(option)
    if enum is None:
        _refuse_filter(args.what, f"--{option}")
    assert enum is not None
    label = "Anliegen" if option == "concern" else "Status"
    return check.choice(text, enum, label).value


def _partner(args: argparse.Namespace) -> int | None:
    if args.partner is not None and args.what not in PARTNER_LISTS:
        _refuse_filter(args.what, "--partner")
    return args.partner  # type: ignore[no-any-return]


def cmd_show(args: argparse.Namespace) -> int:
    open_db(args)
    event = events.get_event(args.id)
    people = participations.list_participants(args.id)
    if args.json:
        print_json(
            {
                **event_json(event),
                "agenda": event.agenda,
                "participants": [participant_json(row) for row in people],
            }
        )
        return 0
    print(f"{event.title} ({event.kind_label}, {event.status_label})")
    print(f"{fmt_date(event.start, True)} – {fmt_date(event.end, True)}  {event.where}")
    counts = ", ".join(
        f"{status.label}: {event.counts[status.value]}"
        for status in ParticipationStatus
        if event.counts.get(status.value)
    )
    print(counts or messages.CLI_NO_PARTICIPANTS)
    print()
    print_table(
        ("Nr.", "Name", "Organisation", "Status", "Bescheinigung"),
        [
            (r.contact_id, r.sort_name, r.organisation_name, r.status_label, r.certificate_number)
            for r in people
        ],
    )
    return 0


def cmd_attend(args: argparse.Namespace) -> int:
    open_db(args)
    change = participations.record_attendance(args.event, args.contact, args.status)
    if args.json:
        print_json(
            {
                **participant_json(change.row),
                "promoted": [participant_json(row) for row in change.promoted],
            }
        )
        return 0
    print(f"{change.row.full_name}: {change.row.status_label}")
    for row in change.promoted:
        print(messages.CLI_PROMOTED.format(name=row.full_name))
    return 0
