"""Child process of the crash tests: writes until the parent kills it (SIGKILL).

Usage: ``python crash_child.py MODE DATABASE [TARGET]`` or ``python crash_child.py zygote``
(POSIX: writers forked on request, see :func:`zygote`). Every line it prints is printed
only after the work it names was committed (or, for a backup, renamed into place), so each
line the parent reads is a promise the database must keep after the kill.

Modes:
    pairs   an organisation and its contact through the services, one transaction per pair;
            prints "<organisation id> <contact id>".
    import  5,000 contacts in one transaction; prints "committed".
    backup  a backup of the database to TARGET, again and again; prints "done".
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from aktif_desktop.services.common import transactional  # noqa: E402
from aktif_desktop.services.contacts import ContactData, create_contact  # noqa: E402
from aktif_desktop.services.organisations import (  # noqa: E402
    OrganisationData,
    create_organisation,
)
from aktif_desktop.storage.db import open_database  # noqa: E402
from aktif_desktop.storage.models import Contact, database, now  # noqa: E402

IMPORT_ROWS = 5000


@transactional
def write_pair(number: int) -> tuple[int, int]:
    """A partner and its first contact: both or neither."""
    name = f"Absturz-Partner {os.getpid()}-{number}"
    organisation = create_organisation(OrganisationData(name=name))
    contact = create_contact(
        ContactData(
            last_name=f"Absturz {number}", first_name="Jörg", organisation_id=organisation.id
        )
    )
    return organisation.id, contact.id


def pairs() -> None:
    number = 0
    while True:
        organisation_id, contact_id = write_pair(number)
        print(organisation_id, contact_id, flush=True)
        number += 1


def import_rows() -> None:
    # The rows go in through the model in one transaction, like the import's commit does;
    # the service path (about 3 ms a row) would make each round last many seconds.
    batch = 0
    while True:
        stamp = now()
        rows = [
            {
                "created_at": stamp,
                "updated_at": stamp,
                "last_name": f"Import {batch}-{index}",
                "first_name": "Eva",
            }
            for index in range(IMPORT_ROWS)
        ]
        with database.atomic():
            for start in range(0, IMPORT_ROWS, 500):
                Contact.insert_many(rows[start : start + 500]).execute()
        print("committed", flush=True)
        batch += 1


def backups(path: Path, target: Path) -> None:
    from aktif_desktop.storage.backup import backup_now

    while True:
        backup_now(database.obj, path, target=target)
        print("done", flush=True)


def run(mode: str, path: Path, extra: list[str]) -> None:
    open_database(path)
    print("ready", flush=True)
    if mode == "pairs":
        pairs()
    elif mode == "import":
        import_rows()
    else:
        backups(path, Path(extra[0]))


def zygote() -> None:
    """POSIX: fork one writer per request, already past the imports (rounds stay short).

    A request line is "MODE<TAB>DATABASE<TAB>ACKFILE[<TAB>TARGET]"; the writer prints into
    ACKFILE (line by line, so what it wrote survives the kill). The zygote answers with the
    writer's pid, waits for its end and answers "dead". It never opens the database itself,
    so nothing is shared across the fork.
    """
    for request in sys.stdin:
        mode, database, ackfile, *extra = request.rstrip("\n").split("\t")
        pid = os.fork()
        if pid == 0:
            sys.stdout = open(ackfile, "w", buffering=1, encoding="utf-8")  # noqa: SIM115
            try:
                run(mode, Path(database), extra)
            finally:
                os._exit(1)
        print(pid, flush=True)
        os.waitpid(pid, 0)
        print("dead", flush=True)


def main() -> None:
    if sys.argv[1] == "zygote":
        zygote()
    else:
        run(sys.argv[1], Path(sys.argv[2]), sys.argv[3:])


if __name__ == "__main__":
    main()
