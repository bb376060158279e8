"""Time arithmetic in SQL that reads the same on SQLite and MariaDB/MySQL.

(The server's "now" is not read here: times of record come from the app's clock, set right
by the server's in app.server_time.)"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer, func, text
from sqlalchemy import cast as sql_cast

__all__ = ["earlier", "later", "seconds_between"]


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
