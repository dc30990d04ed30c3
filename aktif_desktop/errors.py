"""Exceptions the services raise; their text is a German sentence for the user."""

from __future__ import annotations


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
