"""Subcommands for the DSGVO duties: person-report and case-report (access), retention
(deletion periods of people and family cases)."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from aktif_desktop import messages
from aktif_desktop.cli import arg_types
from aktif_desktop.cli.output import fmt_date, open_db, print_json, print_table
from aktif_desktop.errors import ValidationError
from aktif_desktop.files import reports
from aktif_desktop.services import person_report, retention, retention_cases
from aktif_desktop.storage.server import is_server_url

MAX_MONTHS = 100 * 12  # negative or absurd counts stop at the command line; the rest the service


def register(subparsers: Any) -> None:
    """Add person-report and retention (list, run, period)."""
    from aktif_desktop.cli import add_db_option

    report = subparsers.add_parser(
        "person-report", help="alles, was über eine Person gespeichert ist (Art. 15 DSGVO)"
    )
    report.add_argument(
        "--contact", type=arg_types.record_id, required=True, help="Nummer der Ansprechperson"
    )
    output = report.add_mutually_exclusive_group()
    output.add_argument("--xlsx", type=Path, metavar="DATEI", help="als Excel-Datei schreiben")
    output.add_argument("--pdf", type=Path, metavar="DATEI", help="als PDF-Dokument schreiben")
    output.add_argument("--json", action="store_true", help="Ausgabe als JSON (Art. 20 DSGVO)")
    report.add_argument(
        "--force", action="store_true", help="eine vorhandene Datei ersetzen (sonst nie)"
    )
    add_db_option(report)
    report.set_defaults(func=cmd_person_report)

    case = subparsers.add_parser(
        "case-report", help="alles, was über eine Familie gespeichert ist (Art. 15 DSGVO)"
    )
    case.add_argument("--code", required=True, help="Code der Familie, z. B. F-2026-0001")
    case_output = case.add_mutually_exclusive_group(required=True)
    case_output.add_argument("--pdf", type=Path, metavar="DATEI", help="als PDF-Dokument")
    case_output.add_argument("--xlsx", type=Path, metavar="DATEI", help="als Excel-Datei")
    case.add_argument("--force", action="store_true", help="eine vorhandene Datei ersetzen")
    add_db_option(case)
    case.set_defaults(func=cmd_case_report)

    keep = subparsers.add_parser("retention", help="Löschfristen: fällige Daten zeigen, löschen")
    actions = keep.add_subparsers(dest="retention_action", metavar="AKTION", required=True)
    listing = actions.add_parser("list", help="Daten ohne Aktivität seit der Löschfrist zeigen")
    run = actions.add_parser("run", help="die fälligen Daten anonymisieren oder löschen")
    for parser in (listing, run):
        parser.add_argument(
            "--months",
            type=arg_types.count(0, MAX_MONTHS),
            help="Löschfrist in Monaten (sonst gespeichert)",
        )
        parser.add_argument(
            "--case-months",
            type=arg_types.count(0, MAX_MONTHS),
            help="Löschfrist der Familien in Monaten (sonst gespeichert)",
        )
        parser.add_argument("--json", action="store_true", help="Ausgabe als JSON")
        add_db_option(parser)
    run.add_argument(
        "--mode",
        choices=tuple(retention.MODES),
        default=retention.MODE_ANONYMISE,
        help="anonymise: Teilnahmen bleiben anonym für die Statistik (Standard); "
        "delete: Teilnahmen ohne Bescheinigung werden gelöscht",
    )
    run.add_argument("--yes", action="store_true", help="ohne Rückfrage ausführen")
    period = actions.add_parser("period", help="die Löschfrist zeigen oder ändern")
    period.add_argument(
        "months",
        type=arg_types.count(0, MAX_MONTHS),
        nargs="?",
        metavar="MONATE",
        help="neue Löschfrist",
    )
    period.add_argument(
        "--cases",
        type=arg_types.count(0, MAX_MONTHS),
        metavar="MONATE",
        help="neue Löschfrist der Familien (nach dem letzten Abschluss)",
    )
    add_db_option(period)
    listing.set_defaults(func=cmd_retention_list)
    run.set_defaults(func=cmd_retention_run)
    period.set_defaults(func=cmd_retention_period)


def cmd_person_report(args: argparse.Namespace) -> int:
    open_db(args)
    target = args.xlsx or args.pdf
    if target:
        report = reports.write_person_report(args.contact, target, replace=args.force)
        print(f"Auskunft über {report.name} geschrieben: {target}")
        return 0
    report = person_report.export_report(args.contact)
    if args.json:
        print_json(report.as_dict())
    else:
        _print_report(report)
    return 0


def cmd_case_report(args: argparse.Namespace) -> int:
    open_db(args)
    target = args.xlsx or args.pdf
    report = reports.write_case_report(
        args.code, target, replace=args.force, as_xlsx=args.xlsx is not None
    )
    print(messages.CASE_REPORT_WRITTEN.format(code=report.code, path=target))
    return 0


def _print_report(report: person_report.PersonReport) -> None:
    print(f"Auskunft über {report.name} (Nummer {report.contact_id})")
    for section in report.sections:
        print(f"\n{section.label} ({len(section.rows)})")
        for row in section.rows:
            print("  " + "; ".join(f"{key}: {value}" for key, value in row.items() if value))
    if report.mentions:
        print("\nErwähnungen des Namens in Freitextfeldern")
        for mention in report.mentions:
            print(f"  {mention.label} Nr. {mention.row_id}, Feld {mention.column}")


def _plan(args: argparse.Namespace) -> retention.RetentionPlan:
    open_db(args)
    return retention.find_expired(args.months, case_months=args.case_months)


def _plan_json(plan: retention.RetentionPlan) -> dict[str, object]:
    return {
        "months": plan.months,
        "cutoff": plan.cutoff,
        "contacts": [asdict(c) for c in plan.contacts],
        "participations": [asdict(p) for p in plan.participations],
        "case_months": plan.case_months,
        "case_cutoff": plan.case_cutoff,
        "cases": [asdict(c) for c in plan.cases],
    }


def _print_plan(plan: retention.RetentionPlan) -> None:
    print(plan.summary)
    if plan.contacts:
        print("\nAnsprechpersonen (werden gelöscht)")
        print_table(
            ["Nr.", "Name", "Partner", "letzte Aktivität", "Teilnahmen"],
            [
                (
                    c.id,
                    c.name,
                    c.organisation_name,
                    fmt_date(c.last_activity),
                    c.participation_count,
                )
                for c in plan.contacts
            ],
        )
    if plan.participations:
        print("\nTeilnahmen")
        print_table(
            ["Nr.", "Person", "Veranstaltung", "Datum", "Bescheinigung"],
            [
                (p.id, p.contact_name, p.event_title, fmt_date(p.event_date), p.certificate_number)
                for p in plan.participations
            ],
        )
    if plan.cases:
        print("\nFamilien (werden mit Verweisen, Anträgen und Wiedervorlagen gelöscht)")
        print_table(
            ["Code", "letzter Abschluss", "Verweise", "Anträge", "Wiedervorlagen"],
            [
                (
                    c.code,
                    fmt_date(c.last_activity),
                    c.referral_count,
                    c.application_count,
                    c.follow_up_count,
                )
                for c in plan.cases
            ],
        )


def cmd_retention_list(args: argparse.Namespace) -> int:
    plan = _plan(args)
    if args.json:
        print_json(_plan_json(plan))
    else:
        _print_plan(plan)
    return 0


def cmd_retention_run(args: argparse.Namespace) -> int:
    from aktif_desktop.cli import db_path

    plan = _plan(args)
    if plan.is_empty:
        print(plan.summary)
        return 0
    confirmed = args.yes
    if not confirmed:
        if not sys.stdin.isatty():
            raise ValidationError(messages.RETENTION_CONFIRM_NEEDED_CLI)
        _print_plan(plan)
        answer = input(f"\nJetzt {retention.MODES[args.mode]}? [j/N] ")
        confirmed = answer.strip().casefold() in ("j", "ja", "y", "yes")
        if not confirmed:
            print("Abgebrochen. Es wurde nichts geändert.", file=sys.stderr)
            return 1
    location = db_path(args)
    # A file: the backups beside it; a server: this computer's dumps of that database.
    copies = location if is_server_url(location) else Path(location).expanduser().resolve()
    result = retention.run_retention(plan, args.mode, confirmed=True, db_path=copies)
    if args.json:
        print_json({**asdict(result), "summary": result.summary})
    else:
        print(result.summary)
    return 0


def cmd_retention_period(args: argparse.Namespace) -> int:
    open_db(args)
    if args.months is not None:
        retention.save_retention_months(args.months)
    if args.cases is not None:
        retention_cases.save_case_retention_months(args.cases)
    print(f"Löschfrist: {retention.retention_months()} Monate")
    print(f"Löschfrist der Familien: {retention_cases.case_retention_months()} Monate")
    return 0
