"""Subcommands that print the Lotsen documents: stamp-labels, cover-sheet and guide.

Each writes through the safe write path: an existing file is replaced only with ``--force``,
a forbidden target is refused before any work. Exit codes as for the other commands: 0 done,
1 refused (German message), 2 wrong usage.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from aktif_desktop.casework import Concern
from aktif_desktop.cli import arg_types
from aktif_desktop.cli.output import open_db
from aktif_desktop.exports import cover_sheet, offers_guide, stamp_labels
from aktif_desktop.exports.common import ExportResult
from aktif_desktop.files import safe_write

FORCE_HELP = "eine vorhandene Datei ersetzen (sonst wird sie nie überschrieben)"
CONCERNS = ", ".join(f"{member.value} ({member.label})" for member in Concern)


def register(subparsers: Any) -> None:
    """Add stamp-labels, cover-sheet and guide."""
    from aktif_desktop.cli import add_db_option

    per_sheet = stamp_labels.SHEET.per_sheet
    labels = subparsers.add_parser(
        "stamp-labels",
        help="Etiketten mit dem Projektstempel (PDF, A4, 3 × 8 Etiketten 70 × 37 mm)",
        description=(
            "Druckt den Projektstempel aus den Einstellungen auf einen A4-Etikettenbogen "
            "(3 × 8 Etiketten zu 70 × 37 mm), auf Wunsch mit dem Fallcode. Mit --start "
            "beginnt der Druck auf einem angebrochenen Bogen bei dieser Position (1 = oben "
            "links, zeilenweise)."
        ),
    )
    labels.add_argument("--pdf", type=Path, required=True, metavar="DATEI", help="Zieldatei (.pdf)")
    labels.add_argument("--case", default="", metavar="CODE", help="Fallcode, z. B. F-2026-0042")
    labels.add_argument(
        "--count",
        type=arg_types.count(1, stamp_labels.MAX_LABELS),
        metavar="N",
        help="Anzahl der Etiketten (Standard: den Bogen ab der Startposition füllen)",
    )
    labels.add_argument(
        "--start",
        type=arg_types.count(1, per_sheet),
        metavar="N",
        default=1,
        help=f"erste freie Position auf dem Bogen, 1 bis {per_sheet} (Standard: 1)",
    )
    labels.add_argument(
        "--outlines",
        action="store_true",
        help="die Ränder der Etiketten dünn mitdrucken (zum Ausrichten auf Normalpapier)",
    )
    labels.add_argument("--force", action="store_true", help=FORCE_HELP)
    add_db_option(labels)
    labels.set_defaults(func=cmd_stamp_labels)

    cover = subparsers.add_parser(
        "cover-sheet",
        help="Begleitblatt zu einem Antrag (PDF), an die Behörde adressiert",
        description=(
            "Druckt das Begleitblatt zu einem unterstützten Antrag: Anschrift der Behörde, "
            "Projektstempel, Fallcode, Leistung und wen die Behörde bei Rückfragen anruft."
        ),
    )
    cover.add_argument(
        "--application",
        type=arg_types.record_id,
        required=True,
        metavar="NR",
        help="Nummer des Antrags",
    )
    cover.add_argument("--pdf", type=Path, required=True, metavar="DATEI", help="Zieldatei (.pdf)")
    cover.add_argument("--force", action="store_true", help=FORCE_HELP)
    add_db_option(cover)
    cover.set_defaults(func=cmd_cover_sheet)

    guide = subparsers.add_parser(
        "guide",
        help="Wegweiser: Angebote der Partner nach Anliegen (PDF oder Excel)",
        description=(
            "Schreibt den Wegweiser mit den Leistungsangeboten der Partner, nach Anliegen "
            "gruppiert. Direkte Nummern von Ansprechpersonen stehen nur mit deren "
            "Einwilligung zur Weitergabe darin. Anliegen: " + CONCERNS + "."
        ),
    )
    target = guide.add_mutually_exclusive_group(required=True)
    target.add_argument("--pdf", type=Path, metavar="DATEI", help="Zieldatei (.pdf)")
    target.add_argument("--xlsx", type=Path, metavar="DATEI", help="Zieldatei (.xlsx)")
    guide.add_argument(
        "--concern", default="", metavar="ANLIEGEN", help="nur Angebote zu diesem Anliegen"
    )
    guide.add_argument(
        "--legal-area",
        action="append",
        default=[],
        metavar="RECHTSKREIS",
        help="nur Angebote dieses Rechtskreises (z. B. SGB2; mehrfach möglich)",
    )
    guide.add_argument(
        "--target-group", default="", metavar="TEXT", help="Zielgruppe enthält diesen Text"
    )
    guide.add_argument(
        "--place", default="", metavar="ORT", help="Ort oder PLZ des Partners enthält dies"
    )
    guide.add_argument("--force", action="store_true", help=FORCE_HELP)
    add_db_option(guide)
    guide.set_defaults(func=cmd_guide)


def _write(
    target: Path, force: bool, export: Callable[..., ExportResult], *a: Any, **k: Any
) -> ExportResult:
    """Run one document export through the safe write path (the target checked first)."""
    safe_write.check_target(target, replace=force, dry_run=True)
    with safe_write.writing(replace=force):
        return export(*a, **k)


def _done(result: ExportResult, what: str) -> int:
    print(f"Gespeichert: {result.path} ({what}).")
    if result.note:
        print(result.note)
    return 0


def cmd_stamp_labels(args: argparse.Namespace) -> int:
    open_db(args)
    result = _write(
        args.pdf,
        args.force,
        stamp_labels.write_stamp_labels,
        args.pdf,
        case_code=args.case,
        count=args.count,
        start=args.start,
        outline=args.outlines,
    )
    sheets = len(stamp_labels.positions(args.start, result.row_count))
    what = "1 Etikett" if result.row_count == 1 else f"{result.row_count} Etiketten"
    return _done(result, f"{what} auf {sheets} {'Bogen' if sheets == 1 else 'Bögen'}")


def cmd_cover_sheet(args: argparse.Namespace) -> int:
    open_db(args)
    result = _write(args.pdf, args.force, cover_sheet.write_cover_sheet, args.application, args.pdf)
    return _done(result, f"Begleitblatt zum Antrag {args.application}")


def cmd_guide(args: argparse.Namespace) -> int:
    open_db(args)
    filters = {
        "concern": args.concern,
        "legal_areas": tuple(args.legal_area),
        "target_group": args.target_group,
        "place": args.place,
    }
    if args.pdf is not None:
        result = _write(args.pdf, args.force, offers_guide.write_guide_pdf, args.pdf, **filters)
    else:
        result = _write(args.xlsx, args.force, offers_guide.write_guide_xlsx, args.xlsx, **filters)
    what = "1 Angebot" if result.row_count == 1 else f"{result.row_count} Angebote"
    return _done(result, what)
