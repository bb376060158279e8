"""Revision 0016 (the full permission set) on both databases: employees of a database at
0015 keep what their role and flags gave them; downgrade and upgrade again."""

from __future__ import annotations

from datetime import datetime

from alembic import command
from sqlalchemy import Engine, inspect, text

from app.database import _alembic_config, head_revision, migrate

COLUMNS = (
    "can_reports, can_create_clients, can_delete_clients, can_import, can_admin, can_tasks,"
    " can_see_all_calls, can_export, can_listen, can_download"
)


def _employee(conn: object, login: str, role: str, **flags: bool) -> None:
    values = {"can_reports": False, "can_create_clients": True, "can_admin": False}
    values |= {"can_tasks": True, **flags}
    conn.execute(  # type: ignore[attr-defined]
        text(
            "INSERT INTO employees (login, full_name, position, role, password_hash, active,"
            " created_at, can_reports, can_create_clients, can_admin, can_tasks)"
            " VALUES (:login, :login, '', :role, 'x', :active, :at, :can_reports,"
            " :can_create_clients, :can_admin, :can_tasks)"
        ),
        {"login": login, "role": role, "active": True, "at": datetime(2026, 11, 1), **values},
    )


def test_existing_employees_keep_what_their_role_gave(empty_engine: Engine) -> None:
    migrate(empty_engine, "0015")
    with empty_engine.begin() as conn:
        _employee(conn, "adm", "admin", can_create_clients=False)
        _employee(conn, "sup", "supervisor", can_tasks=False)
        _employee(conn, "op", "operator")
        _employee(conn, "op_admin", "operator", can_admin=True)
        _employee(conn, "acc", "accountant", can_reports=True, can_create_clients=False)
    assert migrate(empty_engine).database_revision == head_revision()
    with empty_engine.connect() as conn:
        rows = {
            r[0]: tuple(bool(v) for v in r[1:])
            for r in conn.execute(text(f"SELECT login, {COLUMNS} FROM employees"))
        }
    # reports, create, delete, import, admin, tasks, all calls, export, listen, download
    assert rows["adm"] == (True,) * 10
    assert rows["sup"] == (True, True, True, False, False, False, True, True, True, True)
    assert rows["op"] == (False, True, False, False, False, True, False, False, True, False)
    # The old administration flag implied reports, clients, import and tasks; not all calls.
    assert rows["op_admin"] == (True, True, True, True, True, True, False, True, True, True)
    assert rows["acc"] == (True, False, False, False, False, True, False, False, True, False)
    with empty_engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0015")
    columns = {c["name"] for c in inspect(empty_engine).get_columns("employees")}
    assert "can_see_all_calls" not in columns and "rights_version" not in columns
    assert "can_admin" in columns
    assert migrate(empty_engine).database_revision == head_revision()
