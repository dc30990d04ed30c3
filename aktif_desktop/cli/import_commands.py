"""``aktif-desktop import organisations|contacts|participants FILE``: import from the shell.

Any error row imports nothing and exits with status 2 (each error listed with its spreadsheet
row number); ``--skip-errors`` imports the valid rows; ``--dry-run`` only shows what would
happen; ``--json`` prints the counts and errors as JSON.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from aktif_desktop.cli.arg_types import record_id
from aktif_desktop.cli.output import open_db, print_json, print_table
from aktif_desktop.errors import ValidationError
from aktif_desktop.imports.engine import ERROR, ImportPlan, ImportResult, run_import
from aktif_desktop.imports.fields import KINDS


def register(subparsers: Any) -> None:
    """Add the ``import`` subcommand."""
    from aktif_desktop.cli import add_db_option

    parser = subparsers.add_parser(
        "import", help="Partner, Ansprechpersonen oder Teilnehmende aus Excel/CSV importieren"
    )
    parser.add_argument("what", choices=KINDS, help="was importiert wird")
    parser.add_argument("file", help="Datei (.xlsx, .xls, .ods, .csv)")
    parser.add_argument(
        "--event", type=record_id, help="Nummer der Veranstaltung (für participants)"
    )
    parser.add_argument("--sheet", help="Name der Tabelle in der Arbeitsmappe")
    parser.add_argument("--dry-run", action="store_true", help="nur prüfen, nichts speichern")
    parser.add_argument(
        "--skip-errors", action="store_true", help="fehlerfreie Zeilen importieren, Rest melden"
    )
    parser.add_argument("--report", help="Importbericht zusätzlich als .xlsx speichern")
    parser.add_argument("--force", action="store_true", help="vorhandenen Bericht ersetzen")
    parser.add_argument("--json", action="store_true", help="Ausgabe als JSON")
    add_db_option(parser)
    parser.set_defaults(func=cmd_import)


def cmd_import(args: argparse.Namespace) -> int:
    """Run the import; exit status 2 for an unusable file or when error rows kept it out.

    An unreadable, malformed or too large file, two columns with the same header, a missing
    name column or a missing ``--event`` are invalid input (status 2, as the README says).
    """
    open_db(args)
    if args.report:  # refused before anything is imported (files helper)
        from aktif_desktop.files.reports import check_import_report

        check_import_report(args.report, source=args.file, replace=args.force)
    try:
        plan = ImportPlan.from_file(args.file, args.what, sheet=args.sheet, event_id=args.event)
        plan.check()
    except ValidationError as error:
        print(f"Fehler: {error.message}", file=sys.stderr)
        return 2
    result = run_import(plan, commit=not args.dry_run, skip_errors=args.skip_errors)
    if args.report:
        from aktif_desktop.errors import AktifError
        from aktif_desktop.files.reports import write_import_report

        try:  # the import is done either way: say both (files helper)
            write_import_report(result, args.report, source=args.file, replace=args.force)
        except AktifError as error:
            if args.json:
                print_json(result.summary())
            else:
                _print_text(result, args.dry_run, args.skip_errors)
            print(f"Fehler: Der Bericht wurde nicht gespeichert: {error.message}", file=sys.stderr)
            return 1
    if args.json:
        print_json(result.summary())
    else:
        _print_text(result, args.dry_run, args.skip_errors)
    return 2 if result.refused else 0


def _print_text(result: ImportResult, dry_run: bool, skip_errors: bool) -> None:
    counts = result.summary()
    rows = [(row.row, row.name, row.status_text, row.changes_text) for row in result.rows]
    if rows:
        print_table(("Zeile", "Name", "Status", "Änderungen"), rows)
    for missing in result.missing:
        print(f"Nicht mehr in der Datei (wird nicht gelöscht): {missing}")
    errors = [row for row in result.rows if row.status == ERROR]
    if errors and not skip_errors:
        for row in errors:
            print(f"Zeile {row.row}: {row.detail}", file=sys.stderr)
        print(
            f"Fehler: {len(errors)} Zeile(n) fehlerhaft. Es wurde nichts importiert. "
            "Korrigieren Sie die Zeilen oder verwenden Sie --skip-errors.",
            file=sys.stderr,
        )
        return
    print(
        f"{result.count('new')} neu, {result.count('updated')} aktualisiert, "
        f"{counts['duplicates']} Dubletten oder unverändert, {counts['skipped']} übersprungen "
        f"({result.seconds:.1f} s)."
        + (" Probelauf: es wurde nichts gespeichert." if dry_run else "")
    )
