"""Bulk inserts of plain rows in the caller's transaction, cheap at thousands of rows a second.

On MySQL/MariaDB through PyMySQL the rows become multi-row ``INSERT ... VALUES (...), (...)``
statements of about a megabyte rendered here, on the session's own connection: PyMySQL's
own executemany escapes every value through a generic per-value dispatch and SQLAlchemy
builds a parameter dict per row first, which was most of the collector's CPU. The values
are the few types the collector writes (None, bool, int, float, str, datetime), rendered as
PyMySQL renders them. Other databases (SQLite) take SQLAlchemy's executemany.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, datetime
from operator import itemgetter
from typing import Any

from pymysql.constants import SERVER_STATUS
from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

# PyMySQL's own statement limit for its multi-row executemany.
MAX_STATEMENT_BYTES = 1_000_000


def _renderers(escape: Callable[[str], str]) -> dict[type, Callable[[Any], str]]:
    return {
        type(None): lambda _: "NULL",
        bool: lambda v: "1" if v else "0",
        int: str,
        float: repr,
        str: lambda v: "'" + escape(v) + "'",
        # As PyMySQL: microseconds only when there are some.
        datetime: lambda v: "'" + v.isoformat(" ") + "'",
        date: lambda v: "'" + v.isoformat() + "'",
    }


# The characters PyMySQL's escape_string replaces: most values have none of them.
_SPECIAL = re.compile(r"[\\\x00\n\r\x1a'\"]")


def _escape_backslashes(v: str) -> str:
    """PyMySQL's converters.escape_string, several times faster on long text (the legs'
    JSON): str.replace of each special character is C and skips absent ones at once;
    a value without any (numbers, names, times) is one regular-expression search."""
    if _SPECIAL.search(v) is None:
        return v
    return (
        v.replace("\\", "\\\\")
        .replace("\x00", "\\0")
        .replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace("\x1a", "\\Z")
        .replace("'", "\\'")
        .replace('"', '\\"')
    )


def _escape_quotes(v: str) -> str:
    return v.replace("'", "''")


def _escaper(raw: Any) -> Callable[[str], str]:
    """How strings are escaped on this connection, as PyMySQL does it: with the server's
    NO_BACKSLASH_ESCAPES mode only the quote is doubled."""
    if raw.server_status & SERVER_STATUS.SERVER_STATUS_NO_BACKSLASH_ESCAPES:
        return _escape_quotes
    return _escape_backslashes


def _literal(render: dict[type, Callable[[Any], str]], raw: Any, value: Any) -> str:
    found = render.get(type(value))
    return found(value) if found is not None else str(raw.escape(value))


def can_return(session: Session) -> bool:
    """Whether :func:`insert_rows` can hand back columns of the rows it inserts
    (``INSERT ... RETURNING``: MariaDB 10.5 and later, through PyMySQL)."""
    dialect = session.connection().dialect
    version = dialect.server_version_info or ()
    return bool(
        dialect.driver == "pymysql" and getattr(dialect, "is_mariadb", False) and version >= (10, 5)
    )


def insert_rows(
    session: Session,
    table: Table,
    rows: Sequence[dict[str, Any]],
    returning: Sequence[str] = (),
) -> list[tuple[Any, ...]]:
    """Insert ``rows`` (dicts with the same keys) into ``table``; with ``returning`` (only
    where :func:`can_return`), the values of those columns of every row inserted."""
    if not rows:
        return []
    connection = session.connection()
    if returning and not can_return(session):
        raise ValueError("INSERT ... RETURNING needs MariaDB 10.5+ through PyMySQL.")
    if connection.dialect.driver != "pymysql":
        session.execute(insert(table), list(rows))
        return []
    columns = list(rows[0])
    # Python-side defaults of the columns the rows leave out, as SQLAlchemy would add them.
    missing = [c for c in table.columns if c.name not in rows[0] and c.default is not None]
    if any(not getattr(c.default, "is_scalar", False) for c in missing):
        if returning:
            done = session.execute(
                insert(table).returning(*[table.c[r] for r in returning]), list(rows)
            )
            return [tuple(r) for r in done]
        session.execute(insert(table), list(rows))
        return []
    raw: Any = connection.connection.driver_connection
    escape = _escaper(raw)
    render = _renderers(escape)
    defaults: list[Any] = [c.default for c in missing]
    tail = "".join("," + _literal(render, raw, d.arg) for d in defaults)
    quote = connection.dialect.identifier_preparer.quote
    names = [quote(c) for c in columns] + [quote(c.name) for c in missing]
    head = f"INSERT INTO {quote(table.name)} ({', '.join(names)}) VALUES "
    get = itemgetter(*columns) if len(columns) > 1 else lambda row: (row[columns[0]],)
    tail_sql = f" RETURNING {', '.join(quote(r) for r in returning)}" if returning else ""
    found: list[tuple[Any, ...]] = []
    with raw.cursor() as cursor:
        parts: list[str] = []
        size = len(head)
        for row in rows:
            items = get(row)
            try:
                # The common types inline: this line runs for every value of every row.
                values = (
                    "("
                    + ",".join(
                        [
                            "'" + escape(v) + "'"
                            if (t := type(v)) is str
                            else str(v)
                            if t is int
                            else "NULL"
                            if v is None
                            else render[t](v)
                            for v in items
                        ]
                    )
                    + tail
                    + ")"
                )
            except KeyError:  # another type: PyMySQL's own rendering
                values = "(" + ",".join([raw.escape(v) for v in items]) + tail + ")"
            if parts and size + len(values) + 1 > MAX_STATEMENT_BYTES:
                cursor.execute(head + ",".join(parts) + tail_sql)
                found.extend(cursor.fetchall() if returning else ())
                parts, size = [], len(head)
            parts.append(values)
            size += len(values) + 1
        cursor.execute(head + ",".join(parts) + tail_sql)
        found.extend(cursor.fetchall() if returning else ())
    return found
