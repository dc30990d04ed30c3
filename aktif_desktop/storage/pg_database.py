"""peewee's PostgresqlDatabase (psycopg 3) as the services expect a database to behave.

* The services' few hand-written statements use SQLite's ``?`` placeholders; they are
  rewritten to psycopg's ``%s`` here (outside quoted text), so that one statement serves both.
* Every session sets the client's time zone (timestamps are stored as the local time the user
  reads, as on SQLite), a lock timeout like SQLite's busy timeout, and ``aktif.user`` — the
  name the audit triggers record beside the database user.
* A fault of the server or the network becomes its own German sentence (:func:`server_fault`):
  unreachable, wrong password, missing rights, connection lost, disk full, busy rows.
"""

from __future__ import annotations

import contextlib
import time
from typing import Any

from peewee import DatabaseError as PeeweeDatabaseError
from peewee import InterfaceError, OperationalError, PostgresqlDatabase, ProgrammingError

from aktif_desktop import messages
from aktif_desktop.errors import AktifError, DatabaseError
from aktif_desktop.storage.server import ServerTarget, ask_password

# SQLSTATE classes and codes (https://www.postgresql.org/docs/current/errcodes-appendix.html).
_STATE_MESSAGES = {
    "28P01": messages.SERVER_AUTH_FAILED,
    "28000": messages.SERVER_AUTH_FAILED,
    "3D000": messages.SERVER_NO_DATABASE,
    "42501": messages.SERVER_NO_PERMISSION,
    "53100": messages.SERVER_DISK_FULL,
    "55P03": messages.SERVER_BUSY,  # lock_not_available (lock_timeout)
    "40P01": messages.SERVER_BUSY,  # deadlock_detected
    "40001": messages.SERVER_BUSY,  # serialization_failure
    "25006": messages.SERVER_READ_ONLY,  # read_only_sql_transaction
    "57P01": messages.SERVER_CONNECTION_LOST,  # admin_shutdown
    "57P02": messages.SERVER_CONNECTION_LOST,  # crash_shutdown
    "57P03": messages.SERVER_UNREACHABLE,  # cannot_connect_now (starting up)
}
_TEXTS = (
    ("password authentication failed", messages.SERVER_AUTH_FAILED),
    ("no password supplied", messages.SERVER_PASSWORD_NEEDED),
    ("fe_sendauth", messages.SERVER_PASSWORD_NEEDED),
    ("does not exist", messages.SERVER_NO_DATABASE),
    ("ssl", messages.SERVER_TLS_FAILED),
    ("certificate", messages.SERVER_TLS_FAILED),
    ("server closed the connection", messages.SERVER_CONNECTION_LOST),
    ("connection is lost", messages.SERVER_CONNECTION_LOST),
    ("the connection is closed", messages.SERVER_CONNECTION_LOST),
    ("consuming input failed", messages.SERVER_CONNECTION_LOST),
    ("terminating connection", messages.SERVER_CONNECTION_LOST),
    ("connection refused", messages.SERVER_UNREACHABLE),
    ("could not translate host name", messages.SERVER_UNREACHABLE),
    ("name or service not known", messages.SERVER_UNREACHABLE),
    ("timeout expired", messages.SERVER_UNREACHABLE),
    ("no route to host", messages.SERVER_UNREACHABLE),
    ("network is unreachable", messages.SERVER_UNREACHABLE),
    ("connection timed out", messages.SERVER_UNREACHABLE),
)


def _driver_error(error: BaseException) -> BaseException:
    seen: BaseException | None = error
    while seen is not None:
        if type(seen).__module__.startswith("psycopg"):
            return seen
        seen = seen.__cause__ or seen.__context__
    return error


def server_fault(error: BaseException, target: ServerTarget) -> DatabaseError | None:
    """The German DatabaseError for a server or network fault, or None for other errors."""
    if isinstance(error, DatabaseError):
        return error
    driver = _driver_error(error)
    state = getattr(driver, "sqlstate", None) or ""
    template = _STATE_MESSAGES.get(state)
    if template is None and state[:2] == "08":  # connection_exception class
        template = messages.SERVER_CONNECTION_LOST
    if template is None and state == "":
        text = str(driver).lower()
        template = next((message for key, message in _TEXTS if key in text), None)
    if template is None:
        return None
    return DatabaseError(
        template.format(
            server=target.server(),
            user=target.effective_user(),
            database=target.dbname,
            url=target.url(),
            found="",
            needed="",
        )
    )


def _placeholders(sql: str) -> str:
    """``?`` outside quoted text becomes ``%s``; every ``%`` is doubled for psycopg."""
    out: list[str] = []
    quote: str | None = None
    for char in sql:
        if quote is not None:
            if char == quote:
                quote = None
            out.append("%%" if char == "%" else char)
        elif char in "'\"":
            quote = char
            out.append(char)
        elif char == "?":
            out.append("%s")
        else:
            out.append("%%" if char == "%" else char)
    return "".join(out)


def _utc_offset() -> str:
    """The client's current offset from UTC as ``+01:00`` (what the user's clock shows)."""
    offset = -time.timezone if not time.localtime().tm_isdst else -time.altzone
    sign = "+" if offset >= 0 else "-"
    offset = abs(offset)
    return f"{sign}{offset // 3600:02d}:{offset % 3600 // 60:02d}"


class AktifPostgres(PostgresqlDatabase):
    """The shared database: psycopg 3, German faults, SQLite-style placeholders accepted."""

    backend = "postgresql"

    def __init__(self, target: ServerTarget, *, app_user: str = "", **kwargs: Any) -> None:
        self.target = target
        self.app_user = app_user
        super().__init__(target.dbname, prefer_psycopg3=True, **kwargs)

    def _connect(self) -> Any:
        import psycopg

        target = self.target
        try:
            conn = psycopg.connect(**target.connect_kwargs())  # type: ignore[arg-type]
        except psycopg.OperationalError as error:
            fault = server_fault(error, target)
            text = str(error).lower()
            asked = None
            if "password" in text and target.password is None:
                asked = ask_password(target)
            if asked is None:
                raise (fault or error) from error
            self.target = target = target.with_password(asked)
            try:
                conn = psycopg.connect(**target.connect_kwargs())  # type: ignore[arg-type]
            except psycopg.OperationalError as second:
                raise (server_fault(second, target) or second) from second
        conn.autocommit = True
        with conn.cursor() as cursor:
            cursor.execute(
                "SELECT set_config('TimeZone', %s, false), "
                "set_config('lock_timeout', '10s', false), "
                "set_config('aktif.user', %s, false)",
                (_utc_offset(), self.app_user),
            )
        return conn

    def _fault(self, error: BaseException) -> DatabaseError | None:
        return server_fault(error, self.target)

    def execute_sql(self, sql: str, params: Any = None) -> Any:
        if not params:
            sql, params = sql.replace("%", "%%"), None
        elif "?" in sql:
            sql = _placeholders(sql)
        try:
            return super().execute_sql(sql, params)
        except (OperationalError, InterfaceError, ProgrammingError) as error:
            fault = self._fault(error)
            if fault is None:
                raise
            if self._lost() and not self.in_transaction():
                self._forget_connection()  # the next statement reconnects
            raise fault from error

    def connect(self, reuse_if_open: bool = False) -> bool:
        try:
            return bool(super().connect(reuse_if_open))
        except PeeweeDatabaseError as error:
            # peewee re-raises errors by class name: our German DatabaseError from _connect
            # comes out as peewee's; hand on the original with its sentence.
            original = error.args[0] if error.args else None
            if isinstance(original, AktifError):
                raise original from None
            fault = self._fault(error)
            if fault is None:
                raise
            raise fault from error

    def begin(self, isolation_level: Any = None) -> None:
        try:
            super().begin(isolation_level)
        except (OperationalError, InterfaceError) as error:
            fault = self._fault(error)
            if fault is None:
                raise
            raise fault from error

    def rollback(self) -> None:
        try:
            super().rollback()
        except (OperationalError, InterfaceError):
            if not self._lost():
                raise
            # The server has dropped the transaction with the connection: nothing to undo
            # there. Forget the dead connection so the next statement opens a new one, and
            # let the fault that ended the transaction reach the user.
            self._forget_connection()

    def _lost(self) -> bool:
        conn = self._state.conn  # type: ignore[attr-defined]
        return conn is None or bool(getattr(conn, "closed", False))

    def _forget_connection(self) -> None:
        state = self._state  # type: ignore[attr-defined]
        with contextlib.suppress(Exception):
            if state.conn is not None:
                state.conn.close()
        state.reset()

    def commit(self) -> None:
        try:
            super().commit()
        except (OperationalError, InterfaceError) as error:
            fault = self._fault(error)
            if fault is None:
                raise
            raise fault from error

    def atomic(self, *args: Any, **kwargs: Any) -> Any:
        # SQLite's lock type ("IMMEDIATE") means nothing here: rows are locked as written.
        if args and isinstance(args[0], str) and args[0].upper() in {"IMMEDIATE", "EXCLUSIVE"}:
            args = args[1:]
        kwargs.pop("lock_type", None)
        return super().atomic(*args, **kwargs)


class PeeweeConnection:
    """The part of sqlite3.Connection that storage helpers use, over the peewee database."""

    def __init__(self, db: AktifPostgres) -> None:
        self.db = db
        self.backend = "postgresql"

    def execute(self, sql: str, params: Any = ()) -> Any:
        return self.db.execute_sql(sql, tuple(params))

    def executemany(self, sql: str, rows: Any) -> None:
        rows = [tuple(row) for row in rows]
        if rows:
            self.db.cursor().executemany(_placeholders(sql), rows)
