"""Subcommands over the core: demo, list, show, attend."""

from __future__ import annotations

import argparse
import time
from typing import Any

from aktif_desktop.cli.output import fmt_date, open_db, print_json, print_table
from aktif_desktop.domain import ParticipationStatus
from aktif_desktop.services import contacts, events, organisations, participations


def register(subparsers: Any) -> None:
    """Add demo, list, show and attend."""
    from aktif_desktop.cli import add_db_option

    demo = subparsers.add_parser("demo", help="Demodaten in eine leere Datenbank laden")
    demo.add_argument(
        "--size",
        choices=("small", "large"),
        default="small",
        help="small: ein Verbund; large: der Datenbestand der Leistungsmessung",
    )
    add_db_option(demo)
    demo.set_defaults(func=cmd_demo)

    listing = subparsers.add_parser("list", help="Partner, Ansprechpersonen oder Veranstaltungen")
    listing.add_argument(
        "what",
        choices=("organisations", "contacts", "events"),
        metavar="LISTE",
        help="organisations, contacts oder events",
    )
    listing.add_argument("--search", default="", help="Suchtext (Groß-/Kleinschreibung egal)")
    listing.add_argument("--year", type=int, help="nur Veranstaltungen dieses Jahres")
    listing.add_argument("--json", action="store_true", help="Ausgabe als JSON")
    add_db_option(listing)
    listing.set_defaults(func=cmd_list)

    show = subparsers.add_parser("show", help="eine Veranstaltung mit ihren Teilnehmenden")
    show.add_argument("what", choices=("event",))
    show.add_argument("id", type=int)
    show.add_argument("--json", action="store_true", help="Ausgabe als JSON")
    add_db_option(show)
    show.set_defaults(func=cmd_show)

    attend = subparsers.add_parser("attend", help="Teilnahmestatus einer Person setzen")
    attend.add_argument("--event", type=int, required=True, help="Nummer der Veranstaltung")
    attend.add_argument("--contact", type=int, required=True, help="Nummer der Ansprechperson")
    attend.add_argument(
        "--status",
        default=ParticipationStatus.ATTENDED.value,
        help="eingeladen, angemeldet, Warteliste, teilgenommen, entschuldigt, nicht erschienen "
        "(Standard: teilgenommen)",
    )
    attend.add_argument("--json", action="store_true", help="Ausgabe als JSON")
    add_db_option(attend)
    attend.set_defaults(func=cmd_attend)


COUNT_LABELS = (
    ("organisations", "Partner"),
    ("contacts", "Ansprechpersonen"),
    ("events", "Veranstaltungen"),
    ("participations", "Teilnahmen"),
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
    print(f"Demodaten geladen ({summary}) in {seconds:.1f} s.")
    return 0


def organisation_json(row: organisations.OrganisationRow) -> dict[str, object]:
    return {
        "id": row.id,
        "name": row.name,
        "kind": row.kind,
        "kind_label": row.kind_label,
        "role": row.role,
        "role_label": row.role_label,
        "street": row.street,
        "postcode": row.postcode,
        "city": row.city,
        "phone": row.phone,
        "email": row.email,
        "website": row.website,
        "active": row.active,
        "legal_areas": list(row.legal_areas),
        "contact_count": row.contact_count,
    }


def contact_json(row: contacts.ContactRow) -> dict[str, object]:
    return {
        "id": row.id,
        "salutation": row.salutation,
        "title": row.title,
        "first_name": row.first_name,
        "last_name": row.last_name,
        "organisation_id": row.organisation_id,
        "organisation": row.organisation_name,
        "function": row.function,
        "phone": row.phone,
        "mobile": row.mobile,
        "email": row.email,
        "topics": row.topics,
        "active": row.active,
        "consent_share": row.consent_share,
        "consent_lists": row.consent_lists,
        "verified_at": row.verified_at,
    }


def event_json(row: events.EventRow) -> dict[str, object]:
    return {
        "id": row.id,
        "kind": row.kind,
        "kind_label": row.kind_label,
        "title": row.title,
        "start": row.start,
        "end": row.end,
        "place": row.place,
        "online_link": row.online_link,
        "organiser_id": row.organiser_id,
        "organiser": row.organiser_name,
        "capacity": row.capacity,
        "hours": row.hours,
        "status": row.status,
        "status_label": row.status_label,
        "legal_areas": list(row.legal_areas),
        "counts": {status.value: row.counts.get(status.value, 0) for status in ParticipationStatus},
    }


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
    if args.what == "organisations":
        orgs = organisations.list_organisations(args.search)
        if args.json:
            print_json([organisation_json(row) for row in orgs])
        else:
            print_table(
                ("Nr.", "Name", "Art", "Ort", "Rechtskreise", "aktiv"),
                [
                    (
                        r.id,
                        r.name,
                        r.kind_label,
                        r.city,
                        r.legal_area_labels,
                        "ja" if r.active else "nein",
                    )
                    for r in orgs
                ],
            )
    elif args.what == "contacts":
        people = contacts.list_contacts(args.search)
        if args.json:
            print_json([contact_json(row) for row in people])
        else:
            print_table(
                ("Nr.", "Name", "Organisation", "Funktion", "Telefon", "E-Mail"),
                [
                    (r.id, r.sort_name, r.organisation_name, r.function, r.phone, r.email)
                    for r in people
                ],
            )
    else:
        plan = events.list_events(args.search, year=args.year)
        if args.json:
            print_json([event_json(row) for row in plan])
        else:
            print_table(
                ("Nr.", "Beginn", "Art", "Titel", "Status", "Angemeldet"),
                [
                    (
                        r.id,
                        fmt_date(r.start, True),
                        r.kind_label,
                        r.title,
                        r.status_label,
                        r.seats_taken,
                    )
                    for r in plan
                ],
            )
    return 0


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
    print(counts or "Noch keine Teilnehmenden.")
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
        print(f"Von der Warteliste nachgerückt: {row.full_name}")
    return 0
