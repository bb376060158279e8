"""Time arithmetic in SQL that reads the same on SQLite and MariaDB/MySQL."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, DateTime, Integer, func, select, text, type_coerce
from sqlalchemy import cast as sql_cast
from sqlalchemy.orm import Session

__all__ = ["earlier", "later", "read_server_now", "seconds_between", "server_now"]


def server_now(dialect: str) -> Any:
    """The database server's local time as a SQL value (naive, whole seconds), for times of
    record that a workstation's wrong clock must not move. SQLite's server is the file's
    reader, so there it is that machine's local time."""
    if dialect == "sqlite":
        return type_coerce(func.datetime("now", "localtime"), DateTime)
    return type_coerce(func.now(), DateTime)


def read_server_now(conn: Connection | Session) -> datetime:
    """The database server's local time now."""
    bind = conn.get_bind() if isinstance(conn, Session) else conn
    value = conn.execute(select(server_now(bind.dialect.name))).scalar_one()
    assert isinstance(value, datetime)
    return value.replace(microsecond=0)


def seconds_between(dialect: str, start: Any, end: Any) -> Any:
    """Whole seconds from ``start`` to ``end`` in SQL (not below 0)."""
    if dialect == "sqlite":
        seconds = sql_cast(func.strftime("%s", end), Integer) - sql_cast(
            func.strftime("%s", start), Integer
        )
        return func.max(seconds, 0)
    return func.greatest(func.timestampdiff(text("SECOND"), start, end), 0)


def later(dialect: str, a: Any, b: Any) -> Any:
    return func.max(a, b) if dialect == "sqlite" else func.greatest(a, b)


def earlier(dialect: str, a: Any, b: Any) -> Any:
    return func.min(a, b) if dialect == "sqlite" else func.least(a, b)
