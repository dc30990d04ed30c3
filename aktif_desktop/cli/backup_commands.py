"""Subcommands that keep the data safe: backup, restore and check.

On a shared PostgreSQL database (``--db postgresql://…``) ``backup`` writes a pg_dump (or our
own export) into the user data folder's ``Sicherungen`` and ``restore`` loads one into an empty
server database; ``check`` stays a check of a file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from aktif_desktop.cli.output import print_json, print_table
from aktif_desktop.errors import DatabaseError
from aktif_desktop.services import server_backup, session
from aktif_desktop.storage.location import location_warning
from aktif_desktop.storage.server import Location, ServerTarget, is_server_url


def register(subparsers: Any) -> None:
    """Add backup, restore and check."""
    from aktif_desktop.cli import add_db_option

    make = subparsers.add_parser(
        "backup", help="eine geprüfte Sicherung der Datenbank schreiben (oder auflisten)"
    )
    make.add_argument(
        "--out", type=Path, help="Zieldatei (Standard: neue Datei im Ordner „Sicherungen“)"
    )
    make.add_argument("--list", action="store_true", help="vorhandene Sicherungen auflisten")
    make.add_argument("--json", action="store_true", help="Ausgabe als JSON")
    add_db_option(make)
    make.set_defaults(func=cmd_backup)

    restore = subparsers.add_parser(
        "restore", help="eine Sicherung zurückspielen (der aktuelle Stand wird vorher gesichert)"
    )
    restore.add_argument("file", type=Path, metavar="DATEI", help="die Sicherung")
    restore.add_argument(
        "--force",
        action="store_true",
        help="auch die Sicherung einer anderen Datenbank (eines anderen Verbundes) einspielen",
    )
    add_db_option(restore)
    restore.set_defaults(func=cmd_restore)

    check = subparsers.add_parser("check", help="die Datenbank vollständig prüfen (nur lesend)")
    check.add_argument("--quick", action="store_true", help="nur die schnelle Seitenprüfung")
    check.add_argument("--json", action="store_true", help="Ausgabe als JSON")
    add_db_option(check)
    check.set_defaults(func=cmd_check)


def _database(args: argparse.Namespace) -> Path:
    """The chosen database file, with a warning on stderr if it lies on a share or in a cloud
    (a server address comes back as text, unchanged)."""
    from aktif_desktop.cli import db_path

    chosen: Location = db_path(args)
    if is_server_url(chosen):
        return chosen  # type: ignore[return-value]
    path = Path(chosen).resolve()
    warning = location_warning(path)
    if warning:
        print(f"Warnung: {warning}", file=sys.stderr)
    return path


def cmd_backup(args: argparse.Namespace) -> int:
    path = _database(args)
    server = is_server_url(path)
    if args.list:
        return _list_backups(path, args.json)
    session.open_database_file(path)
    target = server_backup.make_server_backup(args.out) if server else session.make_backup(args.out)
    note = server_backup.backup_note(target) if server else ""
    if args.json:
        result: dict[str, object] = {"backup": str(target), "size": target.stat().st_size}
        if server:
            result["note"] = note  # how it was made ("" for pg_dump)
        print_json(result)
    else:
        if note:
            print(f"Hinweis: {note}", file=sys.stderr)
        print(f"Sicherung geschrieben und geprüft: {target}")
    return 0


def _list_backups(path: Path, as_json: bool) -> int:
    from aktif_desktop.storage.backup import backup_folder

    found = session.list_backups(path)
    if as_json:
        print_json(
            [
                {"file": str(b.path), "created": b.created, "kind": b.kind, "size": b.size}
                for b in found
            ]
        )
    elif not found:
        print(f"Keine Sicherungen im Ordner {backup_folder(path)}.")
    else:
        print_table(
            ("Erstellt", "Art", "Größe", "Datei"),
            [(f"{b.created:%d.%m.%Y %H:%M:%S}", b.kind, _size(b.size), b.path.name) for b in found],
        )
    return 0


def _size(size: int) -> str:
    return f"{size / 1_048_576:.1f} MB".replace(".", ",") if size >= 100_000 else f"{size} B"


def cmd_restore(args: argparse.Namespace) -> int:
    path = _database(args)
    if is_server_url(path):
        return _restore_to_server(args.file, str(path))
    preview = session.restore_preview(args.file, path)
    if preview.other_database and not args.force:
        raise DatabaseError(
            preview.other_database
            + " Wenn Sie das wirklich wollen, wiederholen Sie den Befehl mit --force."
        )
    result = session.restore_backup(args.file, path)
    for warning in result.warnings:
        print(f"Warnung: {warning}", file=sys.stderr)
    print(f"Sicherung {result.source} wiederhergestellt nach {result.database}.")
    if result.safety_copy:
        print(f"Der vorherige Stand wurde gesichert: {result.safety_copy}")
    if result.kept_aside:
        print(f"Die unbrauchbare Datei wurde aufbewahrt als: {result.kept_aside}")
    return 0


def _restore_to_server(source: Path, url: str) -> int:
    from aktif_desktop.messages import pg_backup as texts
    from aktif_desktop.storage.restore import restore_backup

    result = restore_backup(source, url)
    print(
        texts.PG_RESTORED.format(
            source=result.source,
            database=ServerTarget.parse(url).display(),
            rows=sum(result.rows.values()),
        )
    )
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    path = _database(args)
    if not path.exists():
        from aktif_desktop import messages

        raise DatabaseError(messages.DB_NOT_FOUND.format(path=path))
    result = session.check_database_file(path, "quick" if args.quick else "full")
    audit = session.check_audit_trail(path) if result.ok else None
    ok = result.ok and (audit is None or audit.ok)
    if args.json:
        print_json(
            {
                "file": str(path),
                "ok": ok,
                "problem": str(result.problem),
                "schema_version": result.version,
                "message": result.message,
                "detail": result.detail,
                "audit_problems": audit.problems if audit else [],
                "audit_entries": audit.entries if audit else 0,
            }
        )
    elif ok:
        print(f"Die Datenbank {path} ist in Ordnung (Schema {result.version}).")
        if audit is not None:
            print(
                f"Änderungsprotokoll vollständig und unverändert ({audit.entries} Einträge, "
                f"{audit.sealed} davon in der Prüfkette)."
            )
    elif not result.ok:
        print(f"Fehler: {result.message}", file=sys.stderr)
        if result.detail:
            print(f"SQLite meldet: {result.detail}", file=sys.stderr)
    else:
        assert audit is not None
        for problem in audit.problems:
            print(f"Fehler: {problem}", file=sys.stderr)
    return 0 if ok else 1
