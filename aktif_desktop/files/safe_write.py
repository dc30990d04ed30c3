"""One safe way to write a file: every export, report, certificate and copy goes through here.

:func:`check_target` refuses what must never be written over (the open database and its
``-wal``/``-shm``/lock files, any other SQLite file, the backup folder, the file being
imported), names Windows cannot hold, folders, missing folders and read-only files, and an
existing file unless replacing it was agreed (GUI question, ``--force``). :func:`atomic_write`
writes to a temporary file in the same folder and renames it (``os.replace``) only when
complete; the temporary file is removed on any failure. A disclosure (DSGVO log entry) is
written in the same step as the rename: if the entry cannot be written, no file is left.

Callers that cannot pass options down (the export modules) run inside :func:`writing`, which
carries the replace decision and holds finished files back until their disclosure is logged.
"""

from __future__ import annotations

import contextlib
import contextvars
import errno
import functools
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from aktif_desktop import messages
from aktif_desktop.errors import AktifError
from aktif_desktop.files.names import name_problem, path_problem
from aktif_desktop.files.refusals import (
    BACKUP_FOLDER_NAME,
    TEMP_PREFIX,
    WriteRefused,
    database_problem,
    holds_database,
    is_inside,
    is_sqlite_file,
    protect,
    real_path,
    translate_os_error,
)

__all__ = [
    "Disclosure",
    "WriteRefused",
    "atomic_folder",
    "atomic_write",
    "check_folder",
    "check_target",
    "is_sqlite_file",
    "protect",
    "record_pending",
    "scope_without_consent",
    "translate_os_error",
    "writing",
]


@dataclass(slots=True, kw_only=True)
class Disclosure:
    """A DSGVO disclosure-log entry written together with the file.

    ``logged_name`` replaces the file name in the logs (a person report is logged by the
    record's number, so no name of a person stays in the logs after she is deleted).
    """

    kind: str
    columns: Sequence[str]
    row_count: int
    without_consent: bool = False
    logged_name: str | None = None


@dataclass(slots=True)
class _Pending:
    temp: Path
    target: Path
    is_folder: bool = False


@dataclass(slots=True)
class _Scope:
    replace: bool
    without_consent: bool
    create_folder: bool = False
    pending: list[_Pending] = field(default_factory=list)


_scope: contextvars.ContextVar[_Scope | None] = contextvars.ContextVar("write_scope", default=None)


# Checks ------------------------------------------------------------------------------------
def _refuse(text: str | None) -> None:
    if text is not None:
        raise WriteRefused(text)


def _read_only(path: Path) -> bool:
    """No write permission, or no write bit at all (also for root, who may write anyway)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not os.access(path, os.W_OK) or not mode & 0o222


def _prepare_folder(folder: Path, create: bool, dry_run: bool = False) -> None:
    """Make sure ``folder`` exists (creating it only when asked) and can be written to.

    ``dry_run``: only check (a missing folder that may be created is not created yet).
    """
    if folder.exists() and not folder.is_dir():
        raise WriteRefused(messages.WRITE_NOT_FOLDER.format(path=folder))
    if not folder.exists():
        if not create:
            raise WriteRefused(messages.WRITE_FOLDER_MISSING.format(path=folder))
        missing = [folder, *(p for p in folder.parents if not p.exists())]
        for part in missing:
            _refuse(name_problem(part.name) if part.name else None)
        existing = next(p for p in folder.parents if p.exists())
        if not existing.is_dir():
            raise WriteRefused(messages.WRITE_NOT_FOLDER.format(path=existing))
        if dry_run:
            return
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM, errno.ENOSPC):
                raise translate_os_error(error, folder) from error
            reason = error.strerror or type(error).__name__
            raise WriteRefused(
                messages.WRITE_FOLDER_NOT_CREATED.format(path=folder, reason=reason)
            ) from error
    if _read_only(folder):
        raise WriteRefused(messages.WRITE_READ_ONLY_FOLDER.format(path=folder))


def check_target(
    target: Path | str,
    *,
    replace: bool | None = None,
    create_folder: bool | None = None,
    dry_run: bool = False,
) -> Path:
    """Refuse a file target that must not be written; return it as an absolute path.

    ``replace``: an existing file may be replaced (None: the decision of :func:`writing`).
    ``create_folder``: a missing folder is created (the user asked for that folder; None:
    the decision of :func:`writing`). ``dry_run``: check only, create nothing.
    """
    path = Path(os.path.abspath(os.fspath(target)))
    _refuse(name_problem(path.name))
    _refuse(path_problem(path))
    _refuse(database_problem(real_path(path), path))
    if path.is_dir():
        raise WriteRefused(messages.WRITE_IS_FOLDER.format(path=path))
    if create_folder is None:
        scope = _scope.get()
        create_folder = scope is not None and scope.create_folder
    _prepare_folder(path.parent, create_folder, dry_run)
    if path.exists() or path.is_symlink():
        if _read_only(path):
            raise WriteRefused(messages.WRITE_READ_ONLY_FILE.format(path=path))
        if not _replace_allowed(replace):
            raise WriteRefused(messages.WRITE_EXISTS.format(path=path))
    return path


def check_folder(target: Path | str, *, create: bool = True, dry_run: bool = False) -> Path:
    """Refuse a folder target (one file per person) that must not be written into.

    The folder is the user's choice, so a missing one is created (``create``).
    """
    path = Path(os.path.abspath(os.fspath(target)))
    _refuse(path_problem(path))
    problem = database_problem(real_path(path), path)
    if problem is None and is_inside(real_path(path), real_path(path).parent / BACKUP_FOLDER_NAME):
        problem = messages.WRITE_BACKUP_FOLDER.format(path=path)
    if problem is None and path.name == BACKUP_FOLDER_NAME and holds_database(path.parent):
        problem = messages.WRITE_BACKUP_FOLDER.format(path=path)
    _refuse(problem)
    _prepare_folder(path, create, dry_run)
    return path


def _replace_allowed(replace: bool | None) -> bool:
    if replace is not None:
        return replace
    scope = _scope.get()
    return scope is not None and scope.replace


@functools.cache
def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current


def _temp_file(target: Path) -> Path:
    try:
        handle, name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=target.suffix, dir=target.parent)
        os.close(handle)
        # mkstemp makes the file private (0600); a document gets the usual permissions.
        os.chmod(name, 0o666 & ~_umask())
    except OSError as error:
        raise translate_os_error(error, target) from error
    return Path(name)


# Writing -----------------------------------------------------------------------------------
@contextlib.contextmanager
def writing(
    *, replace: bool = False, without_consent: bool = False, create_folder: bool = False
) -> Iterator[None]:
    """Run exports inside: ``replace`` decides about existing files (asked or ``--force``),
    ``create_folder`` whether a missing folder of the chosen file is created.

    Files finished inside the block are renamed into place together with their disclosure
    entry (:func:`record_pending`), or at the end of the block; on an error none is left.
    """
    scope = _Scope(replace=replace, without_consent=without_consent, create_folder=create_folder)
    token = _scope.set(scope)
    try:
        yield
        _commit(scope.pending, None)
    finally:
        _scope.reset(token)
        for item in scope.pending:
            _discard(item)
        scope.pending.clear()


def scope_without_consent() -> bool:
    """Whether the running :func:`writing` block included people without consent."""
    scope = _scope.get()
    return scope is not None and scope.without_consent


@contextlib.contextmanager
def atomic_write(
    target: Path | str,
    *,
    replace: bool | None = None,
    create_folder: bool | None = None,
    disclosure: Disclosure | None = None,
) -> Iterator[Path]:
    """Yield a temporary file beside ``target``; put it in place when the block succeeds.

    Inside :func:`writing` and without ``disclosure`` the file waits for
    :func:`record_pending` (the export logs its disclosure next) or the end of the block.
    """
    final = check_target(target, replace=replace, create_folder=create_folder)
    temp = _temp_file(final)
    with _handing_over(_Pending(temp, final), disclosure, replace=replace):
        yield temp


@contextlib.contextmanager
def atomic_folder(target: Path | str, *, disclosure: Disclosure | None = None) -> Iterator[Path]:
    """Yield a temporary folder inside ``target``; move its files into ``target`` on success.

    Every file is checked before any is moved: one refused name leaves the folder as it was.
    """
    final = check_folder(target)
    try:
        temp = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX, dir=final))
    except OSError as error:
        raise translate_os_error(error, final) from error
    with _handing_over(_Pending(temp, final, is_folder=True), disclosure):
        yield temp


@contextlib.contextmanager
def _handing_over(
    item: _Pending, disclosure: Disclosure | None, *, replace: bool | None = None
) -> Iterator[None]:
    """Run the block that writes ``item``'s temporary file or folder; then put it in place
    with its log entry, or hand it to the surrounding :func:`writing` scope, which puts it in
    place with the export's own entry. On any failure the temporary file is removed."""
    handed_over = False
    try:
        try:
            yield
        except OSError as error:
            raise translate_os_error(error, item.target) from error
        scope = _scope.get()
        if disclosure is None and scope is not None:
            scope.pending.append(item)
            handed_over = True
        else:
            _commit([item], disclosure, replace=replace)
    finally:
        if not handed_over:
            _discard(item)


def record_pending(disclosure: Disclosure, target: Path | str) -> bool:
    """Put the held-back file ``target`` in place together with its log entry.

    Returns False when no file for ``target`` is held back (the caller logs on its own).
    """
    scope = _scope.get()
    if scope is None:
        return False
    wanted = Path(os.path.abspath(os.fspath(target)))
    items = [item for item in scope.pending if item.target == wanted]
    if not items:
        return False
    for item in items:
        scope.pending.remove(item)
    try:
        _commit(items, disclosure)
    finally:
        for item in items:
            _discard(item)
    return True


def _moves(item: _Pending, replace: bool | None) -> list[tuple[Path, Path]]:
    if not item.is_folder:
        if item.target.exists() and not _replace_allowed(replace):
            raise WriteRefused(messages.WRITE_EXISTS.format(path=item.target))
        return [(item.temp, item.target)]
    moves = [(source, item.target / source.name) for source in sorted(item.temp.iterdir())]
    existing = [target.name for _, target in moves if target.exists()]
    for _, target in moves:
        problem = name_problem(target.name) or path_problem(target)
        _refuse(problem or database_problem(real_path(target), target))
        if target.is_dir():
            raise WriteRefused(messages.WRITE_IS_FOLDER.format(path=target))
        if target.exists() and _read_only(target):
            raise WriteRefused(messages.WRITE_READ_ONLY_FILE.format(path=target))
    if existing and not _replace_allowed(replace):
        shown = ", ".join(f"„{name}“" for name in existing[:3])
        if len(existing) > 3:
            shown += f" und {len(existing) - 3} weitere"
        raise WriteRefused(messages.WRITE_EXISTS_IN_FOLDER.format(path=item.target, names=shown))
    return moves


def _commit(
    items: list[_Pending], disclosure: Disclosure | None, *, replace: bool | None = None
) -> None:
    """Rename every file into place and log ``disclosure`` in one step (all or nothing)."""
    for item in items:  # the target may have changed since the first check
        if not item.is_folder:
            _refuse(database_problem(real_path(item.target), item.target))
            if item.target.is_dir():
                raise WriteRefused(messages.WRITE_IS_FOLDER.format(path=item.target))
    moves = [move for item in items for move in _moves(item, replace)]
    done: list[Path] = []

    def rename_all() -> None:
        for source, target in moves:
            try:
                os.replace(source, target)
            except OSError as error:
                raise translate_os_error(error, target) from error
            done.append(target)

    try:
        if disclosure is None:
            rename_all()
        else:
            _log_with(disclosure, items[0].target, rename_all)
    except BaseException:
        for target in done:  # never a file nobody can see in the Protokoll
            with contextlib.suppress(OSError):
                target.unlink()
        raise


def _log_with(disclosure: Disclosure, target: Path, rename_all: Callable[[], None]) -> None:
    """Write the disclosure entry and rename in one transaction: no entry, no file."""
    import peewee

    from aktif_desktop.services import audit
    from aktif_desktop.storage.models import database

    logged = disclosure.logged_name
    without_consent = disclosure.without_consent or scope_without_consent()
    try:
        with database.atomic():
            try:
                audit.record_disclosure(
                    disclosure.kind,
                    list(disclosure.columns),
                    disclosure.row_count,
                    logged or str(target),
                    # A name the log must not keep is replaced by the folder alone.
                    path=str(target.parent if logged else target),
                    without_consent=without_consent,
                )
            except AktifError:
                raise
            except Exception as error:
                raise _log_failed(error, target) from error
            rename_all()
    except (peewee.PeeweeException, sqlite3.Error) as error:  # the commit itself failed
        raise _log_failed(error, target) from error


def _log_failed(error: BaseException, target: Path) -> WriteRefused:
    reason = str(error)[:80] or type(error).__name__
    return WriteRefused(messages.WRITE_LOG_FAILED.format(reason=reason, path=target))


def _discard(item: _Pending) -> None:
    if item.is_folder:
        shutil.rmtree(item.temp, ignore_errors=True)
    else:
        with contextlib.suppress(OSError):
            item.temp.unlink()
