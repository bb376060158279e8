"""The differences between the migrated schema and the models, as alembic finds them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection

from models import Base


def _made_on(dialect: str) -> Callable[..., bool]:
    """Alembic's filter: an index the models make only on some databases (``ddl_if``, the
    name word indexes of MariaDB) is compared only there."""

    def include(obj: Any, _name: Any, type_: str, _reflected: bool, _to: Any) -> bool:
        only = getattr(obj, "_ddl_if", None)
        if type_ != "index" or only is None or only.dialect is None:
            return True
        wanted = (only.dialect,) if isinstance(only.dialect, str) else only.dialect
        return dialect in wanted or (dialect == "mariadb" and "mysql" in wanted)

    return include


def schema_diff(conn: Connection) -> list[Any]:
    """Alembic's differences of the connection's schema from the models."""
    context = MigrationContext.configure(conn, opts={"include_object": _made_on(conn.dialect.name)})
    return list(compare_metadata(context, Base.metadata))
