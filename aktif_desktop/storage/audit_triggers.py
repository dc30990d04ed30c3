"""The SQL of the audit triggers of one table, for migration steps to freeze their own copy.

A pure function of the table name: it returns the three ``CREATE TRIGGER`` statements (create,
update, delete) with literal names, so a migration step that adds a table calls
``audit_triggers_sql("new_table")`` and never loops over a live list of tables.
"""

from __future__ import annotations

_AUDIT_USER = "COALESCE((SELECT name FROM audit_user WHERE id = 1), '')"
_NOW = "strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime')"


def audit_triggers_sql(table: str, *, key: str = "id") -> list[str]:
    """Return the statements that record every create, update and delete of ``table``.

    ``key``: the primary key column; a table keyed by text (``setting``) records NULL as the
    row id and the key in the detail. Only table, row id, action, time and user are recorded —
    never names — so deleting a person also removes her from what the log can tell.
    """
    if not table.isidentifier() or not key.isidentifier():
        raise ValueError(f"not a plain table or column name: {table!r}, {key!r}")
    statements = []
    for event, action, row in (
        ("INSERT", "create", "NEW"),
        ("UPDATE", "update", "NEW"),
        ("DELETE", "delete", "OLD"),
    ):
        row_id = f"{row}.id" if key == "id" else "NULL"
        detail = "''" if key == "id" else f"{row}.{key}"
        statements.append(
            f'CREATE TRIGGER "audit_{table}_{action}" AFTER {event} ON "{table}" BEGIN '
            "INSERT INTO audit_log (at, user, action, table_name, row_id, detail) "
            f"VALUES ({_NOW}, {_AUDIT_USER}, '{action}', '{table}', {row_id}, {detail}); END"
        )
    return statements
