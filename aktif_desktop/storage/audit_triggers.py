"""The SQL of the audit triggers of one table, as plain strings with literals.

A pure function, so that a frozen migration step can hold the triggers of the tables it adds
(the step stores the result, never a live list of tables). The text is the one migration 3
wrote: table, row id, action, time and the session's OS user, never names.
"""

from __future__ import annotations

AUDIT_USER_SQL = "COALESCE((SELECT name FROM audit_user WHERE id = 1), '')"
NOW_SQL = "strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime')"
_EVENTS = (("INSERT", "create", "NEW"), ("UPDATE", "update", "NEW"), ("DELETE", "delete", "OLD"))


def audit_triggers_sql(table: str, *, key_column: str | None = None) -> list[str]:
    """Return the three ``CREATE TRIGGER`` statements that record creates, updates, deletes.

    ``key_column`` is for a table without an integer id (the settings): the row id stays
    NULL and the detail names the row's key instead.
    """
    statements = []
    for event, action, row in _EVENTS:
        row_id = "NULL" if key_column else f"{row}.id"
        detail = f"{row}.{key_column}" if key_column else "''"
        statements.append(
            f'CREATE TRIGGER "audit_{table}_{action}" AFTER {event} ON "{table}" BEGIN '
            "INSERT INTO audit_log (at, user, action, table_name, row_id, detail) "
            f"VALUES ({NOW_SQL}, {AUDIT_USER_SQL}, '{action}', '{table}', "
            f"{row_id}, {detail}); END"
        )
    return statements
