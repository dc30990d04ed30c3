"""The subcommand ``report``: the period report as text, JSON, Excel or PDF.

The period is ``--from``/``--to`` (TT.MM.JJJJ or JJJJ-MM-TT, both days included) or one of
``--year 2026``, ``--half 2026-1``, ``--quarter 2026-3``. The Excel and PDF writers live in
``aktif_desktop.exports.report_xlsx`` / ``report_pdf``; where a build lacks one, the command
says so in German instead of failing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from aktif_desktop import messages
from aktif_desktop.cli import arg_types
from aktif_desktop.cli.output import open_db, print_json
from aktif_desktop.errors import ValidationError
from aktif_desktop.services import report_periods as periods
from aktif_desktop.services.report_model import Report

FORCE_HELP = "eine vorhandene Datei ersetzen (sonst wird sie nie überschrieben)"
WRITERS = {
    "xlsx": ("aktif_desktop.exports.report_xlsx", "write_report_xlsx", "Excel (.xlsx)"),
    "pdf": ("aktif_desktop.exports.report_pdf", "write_report_pdf", "PDF"),
}


def _argument(parse: Callable[[], Any]) -> Any:
    """Run a period parser; its German refusal becomes argparse's (exit status 2)."""
    try:
        return parse()
    except ValidationError as error:
        raise argparse.ArgumentTypeError(error.message) from None


def parse_day(text: str) -> dt.date:
    """TT.MM.JJJJ or JJJJ-MM-TT; a day that does not exist (31.02.) is refused in German."""
    day: dt.date = _argument(lambda: periods.parse_day(text))
    return day


def half(text: str) -> tuple[dt.date, dt.date]:
    """ "2026-1" -> 01.01.–30.06.2026, "2026-2" -> 01.07.–31.12.2026."""
    found: tuple[dt.date, dt.date] = _argument(lambda: periods.half(*periods.parse_part(text, 2)))
    return found


def quarter(text: str) -> tuple[dt.date, dt.date]:
    """ "2026-3" -> 01.07.–30.09.2026."""
    found: tuple[dt.date, dt.date] = _argument(
        lambda: periods.quarter(*periods.parse_part(text, 4))
    )
    return found


def register(subparsers: Any) -> None:
    """Add ``report``."""
    from aktif_desktop.cli import add_db_option

    report = subparsers.add_parser(
        "report",
        help="Bericht für einen Zeitraum (Sachbericht-Anlage, Statistik)",
        description=(
            "Berechnet den Bericht für einen Zeitraum: Veranstaltungen, Teilnahme, "
            "Rechtskreise mit Kooperationsmatrix, Konferenzen, Netzwerk, Lotsenarbeit und "
            "ESF-Plus-Zahlen. Ohne --json, --xlsx oder --pdf zeigt er die Kennzahlen als Text."
        ),
    )
    report.add_argument("--from", dest="start", type=parse_day, help="erster Tag (TT.MM.JJJJ)")
    report.add_argument("--to", dest="end", type=parse_day, help="letzter Tag (TT.MM.JJJJ)")
    report.add_argument("--year", type=arg_types.year, help="ein Kalenderjahr, z. B. 2026")
    report.add_argument("--half", type=half, help="ein Halbjahr, z. B. 2026-1")
    report.add_argument("--quarter", type=quarter, help="ein Quartal, z. B. 2026-3")
    report.add_argument("--json", action="store_true", help="als JSON ausgeben")
    report.add_argument("--xlsx", type=Path, help="als Excel-Datei speichern")
    report.add_argument("--pdf", type=Path, help="als PDF-Datei speichern")
    report.add_argument("--force", action="store_true", help=FORCE_HELP)
    add_db_option(report)
    report.set_defaults(func=cmd_report)


def period_of(args: argparse.Namespace) -> tuple[dt.date, dt.date] | str:
    """The chosen period, or the German refusal when it is missing, doubled or reversed."""
    ranges = [
        value
        for value in (
            periods.year(args.year) if args.year else None,
            args.half,
            args.quarter,
        )
        if value is not None
    ]
    explicit = args.start is not None or args.end is not None
    if len(ranges) + explicit > 1:
        return messages.REPORT_PERIOD_TWICE
    if ranges:
        return ranges[0]
    if args.start is None or args.end is None:
        return messages.REPORT_PERIOD_MISSING
    if args.end < args.start:
        return messages.REPORT_PERIOD_REVERSED.format(
            start=f"{args.start:%d.%m.%Y}", end=f"{args.end:%d.%m.%Y}"
        )
    return args.start, args.end


def _writer(kind: str) -> Callable[..., Any] | None:
    module_name, function, _label = WRITERS[kind]
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as error:
        if error.name != module_name:
            raise
        return None
    found: Callable[..., Any] | None = getattr(module, function, None)
    return found


def cmd_report(args: argparse.Namespace) -> int:
    period = period_of(args)
    if isinstance(period, str):
        print(messages.CLI_ERROR.format(message=period), file=sys.stderr)
        return 2
    wanted = [kind for kind in WRITERS if getattr(args, kind) is not None]
    writers: dict[str, Callable[..., Any]] = {}
    for kind in wanted:
        writer = _writer(kind)
        if writer is None:
            refusal = messages.REPORT_FORMAT_MISSING.format(format=WRITERS[kind][2], option=kind)
            print(messages.CLI_ERROR.format(message=refusal), file=sys.stderr)
            return 1
        writers[kind] = writer
    from aktif_desktop.files import safe_write

    for kind in writers:  # refused before any work (existing file without --force, …)
        safe_write.check_target(getattr(args, kind), replace=args.force, dry_run=True)
    open_db(args)
    from aktif_desktop.services.report import build_report, report_json

    report = build_report(*period)
    for kind, writer in writers.items():
        path = getattr(args, kind)
        writer(report, path, replace=args.force)
        print(messages.REPORT_SAVED.format(path=path), file=sys.stderr if args.json else sys.stdout)
    if args.json:
        print_json(report_json(report))
    elif not writers:
        print_text(report)
    return 0


def _shown(value: object, unit: str) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        text = f"{value:,.1f}".replace(",", " ").replace(".", ",").replace(" ", ".")
        text = text.removesuffix(",0")
    else:
        text = f"{value:,}".replace(",", ".")
    return f"{text} {unit}".strip()


def print_text(report: Report) -> None:
    """The figures, block by block, with their targets."""
    print(f"Bericht {report.start:%d.%m.%Y} – {report.end:%d.%m.%Y}  {report.verbund_name}")
    for block in report.blocks:
        print(f"\n{block.title}")
        for item in block.figures:
            target = f"  (Soll {_shown(item.target, item.unit)})" if item.target is not None else ""
            print(f"  {item.label:<52} {_shown(item.value, item.unit):>12}{target}")
        if block.note:
            print(f"  {block.note}")
