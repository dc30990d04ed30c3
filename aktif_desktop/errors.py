"""Exceptions the services raise; their text is a German sentence for the user."""

from __future__ import annotations

import datetime as dt
from typing import Any


class AktifError(Exception):
    """Base of all errors whose message is meant for the user (German, says what to do)."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message


class ValidationError(AktifError):
    """A value was refused; ``field`` names the form field it belongs to, if any."""


class NotFoundError(AktifError):
    """A record asked for by id does not exist (any more)."""


class ReferencedError(AktifError):
    """A delete was refused because other records still refer to the record."""


class TransitionError(AktifError):
    """A participation status change that the status flow does not allow."""


class DatabaseError(AktifError):
    """The database file cannot be used (damaged, foreign, newer schema, locked)."""


class StaleRecordError(AktifError):
    """A save was refused because the record changed since the caller loaded it.

    Carries what the form needs to offer a choice: the record (``table``, ``record_id``), the
    version the caller loaded and the one stored now, when and by whom it was last changed
    (from the audit trail), the stored values (column name -> value) and the names of the
    columns whose stored value differs from the one the caller wanted to save.
    """

    def __init__(
        self,
        message: str,
        *,
        table: str,
        record_id: int,
        loaded_version: int,
        current_version: int,
        changed_at: dt.datetime | None,
        changed_by: str,
        current: dict[str, Any],
        differing: tuple[str, ...],
    ) -> None:
        super().__init__(message)
        self.table = table
        self.record_id = record_id
        self.loaded_version = loaded_version
        self.current_version = current_version
        self.changed_at = changed_at
        self.changed_by = changed_by
        self.current = current
        self.differing = differing
