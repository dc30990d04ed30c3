"""The operation boundary: one top-level write, one transaction, one change set, one undo step.

Learned from Anki's CollectionOp/OpChanges. A service function decorated with
``@operation(label=...)`` runs in one transaction; while it runs, the connection's TEMP
triggers (:mod:`aktif_desktop.services.undo_log`) record the inverse of every write. At the
end, still inside the transaction, the log is copied into Python; after the commit the
:class:`~aktif_desktop.changes.OpChanges` naming the written tables and rows is published
and, for a labelled operation, an undo step is pushed onto the session's stack. Calls nested
inside an operation (or inside :func:`services.common.transactional`) join it.

The undo stack lives in this process and holds plain Python data, so an operation run by a
worker thread on its own connection is undone by the GUI thread on another. Undo refuses
when a row was changed since (by another program, or by a write that is not an operation):
it never overwrites a change silently.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps
from typing import Any, ParamSpec, TypeVar

from peewee import IntegrityError, OperationalError

from aktif_desktop import messages
from aktif_desktop.changes import OpChanges, publish
from aktif_desktop.errors import AktifError
from aktif_desktop.services import undo_log
from aktif_desktop.services.audit import record_action, table_label
from aktif_desktop.storage.models import AuditLog, database

P = ParamSpec("P")
R = TypeVar("R")

log = logging.getLogger("aktif_desktop.operations")

STACK_LIMIT = 100  # undo steps kept; older ones are dropped
_IGNORED_COLUMNS = frozenset({"rowid", "updated_at", "created_at", "version"})

Label = str | Callable[..., str] | None


class UndoConflictError(AktifError):
    """Undo or redo was refused: a row changed since the operation (nothing was written)."""


@dataclass(frozen=True, slots=True)
class Step:
    """One undoable (or redoable) operation: its label and what replays it backwards."""

    label: str
    statements: tuple[str, ...]
    after: dict[tuple[str, int], undo_log.Snapshot]
    columns: dict[str, tuple[str, ...]]
    changes: OpChanges
    database: str


class _Context(threading.local):
    depth = 0
    last: OpChanges | None = None


_context = _Context()
_lock = threading.RLock()
_undo: list[Step] = []
_redo: list[Step] = []
_running: set[int] = set()  # threads inside a top-level operation (a worker's import)


def _database_name() -> str:
    current = database.obj
    return str(current.database) if current is not None else ""


def in_operation() -> bool:
    """True while this thread runs an operation (a nested write joins it)."""
    return _context.depth > 0


def last_changes() -> OpChanges | None:
    """The change set of the last operation this thread committed (None before the first)."""
    return _context.last


def operation(
    label: Label = None, *, label_after: Callable[[Any], str] | None = None
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Make ``func`` an operation: all or nothing, its change set published, undoable.

    ``label`` is the German name shown as "Rückgängig: <label>": a text or a callable of the
    function's arguments, called inside the transaction before the function runs (the record
    still exists for a delete). ``label_after`` is called with the result instead (an import
    knows its counts only afterwards). Without a label the operation is published but not
    put onto the undo stack.
    """

    def decorate(func: Callable[P, R]) -> Callable[P, R]:
        @wraps(func)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            if _context.depth or database.in_transaction():
                # Joins the outer operation (or a transaction opened by hand: its owner
                # commits, so nothing is recorded here).
                _context.depth += 1
                try:
                    with database.atomic():
                        return func(*args, **kwargs)
                finally:
                    _context.depth -= 1
            return _run_top_level(func, label, label_after, args, kwargs)

        wrapper.operation_label = label  # type: ignore[attr-defined]
        return wrapper

    return decorate


def _run_top_level(
    func: Callable[..., R],
    label: Label,
    label_after: Callable[[Any], str] | None,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
) -> R:
    undoable = label is not None or label_after is not None
    _context.depth = 1
    me = threading.get_ident()
    with _lock:
        _running.add(me)
    try:
        undo_log.ensure_recording()
        with database.atomic():
            undo_log.start()
            text = label(*args, **kwargs) if callable(label) else (label or "")
            result = func(*args, **kwargs)
            if label_after is not None:
                text = label_after(result)
            captured = undo_log.capture(with_statements=undoable)
    finally:
        _context.depth = 0
        with _lock:
            _running.discard(me)
    changes = OpChanges.of(text, captured.touched)
    _context.last = changes
    if undoable and captured.statements:
        _push(_undo, _step(text, captured, changes), clear_redo=True)
    elif captured.touched:
        _forget_overwritten(set(captured.touched))
    _publish(changes)
    return result


def _publish(changes: OpChanges) -> None:
    """Tell the listeners; the operation is committed, so a failing listener is logged and
    does not make the caller believe the write failed."""
    try:
        publish(changes)
    except Exception:  # noqa: BLE001 - a listener's bug must not undo the user's work
        log.exception("a change listener failed for %s", changes.label)


def _forget_overwritten(rows: set[tuple[str, int]]) -> None:
    """A write that cannot be undone (a deletion run, settings) changed these rows: the steps
    that touched them could no longer be undone, and must not keep their old values."""
    with _lock:
        for stack in (_undo, _redo):
            hit = [i for i, step in enumerate(stack) if rows.intersection(step.after)]
            if hit:
                del stack[: hit[-1] + 1]


def _step(label: str, captured: undo_log.Captured, changes: OpChanges) -> Step:
    return Step(
        label, captured.statements, captured.after, captured.columns, changes, _database_name()
    )


def _push(stack: list[Step], step: Step, *, clear_redo: bool = False) -> None:
    with _lock:
        if _undo and _undo[-1].database != step.database:
            _undo.clear()  # another database was opened: its steps do not apply here
            _redo.clear()
        if _redo and _redo[-1].database != step.database:
            _redo.clear()
        stack.append(step)
        del stack[:-STACK_LIMIT]
        if clear_redo:
            _redo.clear()


def _top(stack: list[Step]) -> Step | None:
    with _lock:
        if stack and stack[-1].database == _database_name():
            return stack[-1]
        return None


def undo_label() -> str | None:
    """The label of the operation :func:`undo` would undo, or None."""
    step = _top(_undo)
    return step.label if step else None


def redo_label() -> str | None:
    """The label of the operation :func:`redo` would repeat, or None."""
    step = _top(_redo)
    return step.label if step else None


def clear() -> None:
    """Forget every step (another database was opened, or it was restored)."""
    with _lock:
        _undo.clear()
        _redo.clear()


def undo() -> OpChanges:
    """Undo the newest operation; return (and publish) what the undo changed.

    Raises UndoConflictError (German) when a row changed since; nothing is written then.
    """
    return _replay(_undo, _redo, messages.UNDO_DONE, "undo")


def redo() -> OpChanges:
    """Repeat the operation undone last; return (and publish) what it changed."""
    return _replay(_redo, _undo, messages.REDO_DONE, "redo")


def _replay(source: list[Step], target: list[Step], title: str, action: str) -> OpChanges:
    with _lock:
        if in_operation() or database.in_transaction() or _running:
            # A worker's operation is under way: waiting for its write lock would freeze the
            # window, and undoing the step below it would jump over it.
            raise AktifError(messages.UNDO_BUSY)
        step = _top(source)
        if step is None:
            raise AktifError(messages.UNDO_NOTHING if action == "undo" else messages.REDO_NOTHING)
        _context.depth = 1
        try:
            undo_log.ensure_recording()
            with database.atomic():
                _refuse_if_changed(step, action)
                undo_log.start()
                undo_log.replay(reversed(step.statements))
                captured = undo_log.capture(with_statements=True)
                record_action(action, title.format(label=step.label))
        except (IntegrityError, sqlite3.IntegrityError) as error:
            # Another program made a record refer to one the undo would remove (or took a
            # name it would bring back); the transaction was rolled back.
            template = messages.UNDO_REFERENCED if action == "undo" else messages.REDO_REFERENCED
            raise UndoConflictError(template.format(label=step.label)) from error
        except (OperationalError, sqlite3.OperationalError) as error:
            if "locked" not in str(error) and "busy" not in str(error):
                raise
            raise AktifError(messages.UNDO_LOCKED) from error
        finally:
            _context.depth = 0
        source.pop()
        target.append(_step(step.label, captured, step.changes))
    changes = OpChanges.of(title.format(label=step.label), captured.touched)
    _context.last = changes
    _publish(changes)
    return changes


def _refuse_if_changed(step: Step, action: str) -> None:
    by_table: dict[str, list[int]] = {}
    for table, row_id in step.after:
        by_table.setdefault(table, []).append(row_id)
    for table, ids in by_table.items():
        current = undo_log.snapshots(table, ids)
        for key, expected in ((k, step.after[k]) for k in current):
            if current[key] != expected:
                raise UndoConflictError(
                    _conflict_message(step, action, key, expected, current[key])
                )


def _conflict_message(
    step: Step,
    action: str,
    key: tuple[str, int],
    expected: undo_log.Snapshot,
    found: undo_log.Snapshot,
) -> str:
    table, row_id = key
    what = f"{table_label(table)} Nr. {row_id}"
    if found is None:
        change = messages.UNDO_ROW_DELETED
    elif expected is None:
        change = messages.UNDO_ROW_CREATED
    else:
        names = step.columns.get(table, ())
        fields = [
            name
            for name, old, new in zip(names, expected, found, strict=False)
            if old != new and name not in _IGNORED_COLUMNS
        ]
        change = messages.UNDO_ROW_CHANGED.format(fields=", ".join(fields) or "version")
    at, user = last_audit_entry(table, row_id)
    when = messages.UNDO_WHEN.format(at=at.strftime("%d.%m.%Y %H:%M"), user=user) if at else ""
    template = messages.UNDO_CONFLICT if action == "undo" else messages.REDO_CONFLICT
    return template.format(label=step.label, what=what, change=change, when=when)


def last_audit_entry(table: str, row_id: int) -> tuple[dt.datetime | None, str]:
    """When and by whom ``table``/``row_id`` was last written, from the audit trail."""
    entry = (
        AuditLog.select(AuditLog.at, AuditLog.user)
        .where((AuditLog.table_name == table) & (AuditLog.row_id == row_id))
        .order_by(AuditLog.id.desc())
        .first()
    )
    if entry is None:
        return None, ""
    return entry.at, entry.user or messages.UNKNOWN_USER
