"""Subcommands that write documents: export (Excel), signature-list, certificates, directory, ics.

Column codes for ``export --columns`` (``--list-columns`` prints them with their headers):

* partners: name, art, rolle, strasse, plz, ort, telefon, email, web, rechtskreise,
  ansprechpersonen, aktiv
* contacts: anrede, titel, vorname, nachname, organisation, funktion, telefon, mobil, email,
  themen, geprueft, weitergabe
* plan: beginn, ende, datum, art, titel, status, ort, online, veranstalter, rechtskreise,
  kapazitaet, angemeldet, stunden, themen
* participants: titel, vorname, nachname, organisation, email, status, angemeldet_am,
  teilgenommen_am, bescheinigung, notiz
* cases, referrals, applications, followups: see ``--list-columns``; the note column of the
  Lotsen lists comes only with ``--with-notes``
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from aktif_desktop import messages
from aktif_desktop.cli import arg_types
from aktif_desktop.cli.output import open_db
from aktif_desktop.exports import certificates, directory, ics, lists, signature_list
from aktif_desktop.exports.common import ExportResult
from aktif_desktop.files import safe_write
from aktif_desktop.services import certificates as certificate_register

FORCE_HELP = "eine vorhandene Datei ersetzen (sonst wird sie nie überschrieben)"
MAX_BLANK_ROWS = 500
CONSENT_HELP = (
    "auch Personen ohne Einwilligung zur Weitergabe bzw. Nennung aufnehmen "
    "(nur für den internen Gebrauch)"
)


def register(subparsers: Any) -> None:
    """Add export, signature-list, certificates, directory and ics."""
    from aktif_desktop.cli import add_db_option

    export = subparsers.add_parser(
        "export",
        help=(
            "Excel-Liste: Partner, Ansprechpersonen, Jahresplan, Teilnehmende, Familien, "
            "Verweise, Anträge, Wiedervorlagen"
        ),
        description=(
            "Schreibt eine Excel-Liste für Partner. Die Spalten wählen Sie mit --columns "
            "(durch Kommas getrennt); welche es gibt, zeigt --list-columns. Ansprechpersonen "
            "ohne Einwilligung zur Weitergabe sind nur mit --include-without-consent enthalten."
        ),
    )
    export.add_argument(
        "what", choices=tuple(lists.LISTS), metavar="LISTE", help=", ".join(lists.LISTS)
    )
    export.add_argument("--xlsx", type=Path, help="Zieldatei (.xlsx)")
    export.add_argument(
        "--event", type=arg_types.record_id, help="Nummer der Veranstaltung (für participants)"
    )
    export.add_argument(
        "--year", type=arg_types.year, help="Jahr des Jahresplans (Standard: dieses Jahr)"
    )
    export.add_argument("--columns", help="Spalten, durch Kommas getrennt (z. B. vorname,nachname)")
    export.add_argument("--list-columns", action="store_true", help="Spalten-Codes anzeigen")
    export.add_argument("--include-without-consent", action="store_true", help=CONSENT_HELP)
    export.add_argument("--with-notes", action="store_true", help=messages.CLI_HELP_WITH_NOTES)
    export.add_argument("--force", action="store_true", help=FORCE_HELP)
    add_db_option(export)
    export.set_defaults(func=cmd_export)

    signatures = subparsers.add_parser("signature-list", help="Unterschriftenliste (PDF)")
    signatures.add_argument(
        "--event", type=arg_types.record_id, required=True, help="Nummer der Veranstaltung"
    )
    signatures.add_argument("--pdf", type=Path, required=True, help="Zieldatei (.pdf)")
    signatures.add_argument(
        "--blank-rows",
        type=arg_types.count(0, MAX_BLANK_ROWS),
        default=signature_list.DEFAULT_BLANK_ROWS,
        help="leere Zeilen für Personen ohne Anmeldung (Standard: 5)",
    )
    signatures.add_argument("--force", action="store_true", help=FORCE_HELP)
    add_db_option(signatures)
    signatures.set_defaults(func=cmd_signature_list)

    certs = subparsers.add_parser("certificates", help="Teilnahmebescheinigungen (PDF)")
    certs.add_argument(
        "--event", type=arg_types.record_id, required=True, help="Nummer der Veranstaltung"
    )
    target = certs.add_mutually_exclusive_group(required=True)
    target.add_argument("--out", type=Path, help="Ordner: eine PDF-Datei pro Person")
    target.add_argument("--pdf", type=Path, help="eine PDF-Datei mit allen Bescheinigungen")
    certs.add_argument("--force", action="store_true", help=FORCE_HELP)
    add_db_option(certs)
    certs.set_defaults(func=cmd_certificates)

    phone_book = subparsers.add_parser(
        "directory", help="Telefonverzeichnis „Goldene Telefonnummern“ (PDF)"
    )
    phone_book.add_argument("--pdf", type=Path, required=True, help="Zieldatei (.pdf)")
    phone_book.add_argument("--include-without-consent", action="store_true", help=CONSENT_HELP)
    phone_book.add_argument("--force", action="store_true", help=FORCE_HELP)
    add_db_option(phone_book)
    phone_book.set_defaults(func=cmd_directory)

    calendar = subparsers.add_parser("ics", help="Kalenderdatei (iCalendar) für Outlook")
    calendar.add_argument("--out", type=Path, required=True, help="Zieldatei (.ics)")
    calendar.add_argument("--event", type=arg_types.record_id, help="nur diese Veranstaltung")
    calendar.add_argument("--year", type=arg_types.year, help="nur Veranstaltungen dieses Jahres")
    calendar.add_argument("--force", action="store_true", help=FORCE_HELP)
    add_db_option(calendar)
    calendar.set_defaults(func=cmd_ics)


def _done(result: ExportResult, one: str, many: str) -> int:
    what = one if result.row_count == 1 else many
    print(f"Gespeichert: {result.path} ({result.row_count} {what}).")
    if result.note:
        print(result.note)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    spec = lists.LISTS[args.what]
    if args.list_columns:
        for column in spec.columns:
            marker = "*" if column.code in spec.default_codes else " "
            print(f"{marker} {column.code:<18} {column.header}")
        print("* = Standardauswahl")
        return 0
    if args.xlsx is None:
        print("Fehler: Bitte geben Sie die Zieldatei mit --xlsx DATEI an.", file=sys.stderr)
        return 2
    open_db(args)
    columns = args.columns.split(",") if args.columns is not None else None
    result = _write(
        args,
        lists.export_list,
        args.what,
        args.xlsx,
        event_id=args.event,
        year=args.year,
        columns=columns,
        include_without_consent=args.include_without_consent,
        with_notes=args.with_notes,
    )
    return _done(result, "Zeile", "Zeilen")


def _write(
    args: argparse.Namespace, export: Callable[..., ExportResult], *a: Any, **k: Any
) -> ExportResult:
    """Run one export through the safe write path; ``--force`` allows replacing a file."""
    target = getattr(args, "xlsx", None) or getattr(args, "pdf", None) or args.out
    safe_write.check_target(target, replace=args.force, dry_run=True)  # before any work
    consent = bool(getattr(args, "include_without_consent", False))
    with safe_write.writing(replace=args.force, without_consent=consent):
        return export(*a, **k)


def cmd_signature_list(args: argparse.Namespace) -> int:
    open_db(args)
    result = _write(
        args, signature_list.write_signature_list, args.event, args.pdf, blank_rows=args.blank_rows
    )
    return _done(result, "angemeldete Person", "angemeldete Personen")


def cmd_certificates(args: argparse.Namespace) -> int:
    open_db(args)
    if args.pdf is not None:  # refused before a number is drawn
        safe_write.check_target(args.pdf, replace=args.force, dry_run=True)
    else:
        safe_write.check_folder(args.out, dry_run=True)
    result = certificate_register.issue_and_write(
        certificates.write_certificates,
        args.event,
        folder=args.out,
        pdf_file=args.pdf,
        replace=args.force,
    )
    return _done(result, "Bescheinigung", "Bescheinigungen")


def cmd_directory(args: argparse.Namespace) -> int:
    open_db(args)
    result = _write(
        args,
        directory.write_directory,
        args.pdf,
        include_without_consent=args.include_without_consent,
    )
    return _done(result, "Ansprechperson", "Ansprechpersonen")


def cmd_ics(args: argparse.Namespace) -> int:
    open_db(args)
    result = _write(args, ics.write_ics, args.out, event_id=args.event, year=args.year)
    return _done(result, "Veranstaltung", "Veranstaltungen")
