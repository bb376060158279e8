"""Revision 0002 (card fields, groups, permissions) on both databases: matches the models,
downgrades and upgrades again, and keeps existing employees' data."""

from __future__ import annotations

from datetime import datetime

from alembic import command
from sqlalchemy import Engine, inspect, text

from app.database import _alembic_config, migrate
from tests.support.schema import schema_diff


def test_head_matches_the_models(engine: Engine) -> None:
    with engine.connect() as conn:
        diff = schema_diff(conn)
    # MariaDB reports BOOLEAN as TINYINT(1); type noise is not a schema difference.
    assert [d for d in diff if not (isinstance(d, list) and d[0][0] == "modify_type")] == []


def test_downgrade_and_upgrade_keep_employees(empty_engine: Engine) -> None:
    with empty_engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0001")
        conn.execute(
            text(
                "INSERT INTO employees (login, full_name, position, role, password_hash,"
                " active, created_at) VALUES ('ivanov', 'Иванов', '', 'operator', 'x', 1, :t)"
            ),
            {"t": datetime(2026, 11, 1)},
        )
    migrate(empty_engine, "0002")
    columns = {c["name"] for c in inspect(empty_engine).get_columns("employees")}
    assert {"group_id", "can_reports", "can_create_clients", "can_admin"} <= columns
    with empty_engine.connect() as conn:
        row = conn.execute(
            text("SELECT can_reports, can_create_clients, can_admin, group_id FROM employees")
        ).one()
    assert tuple(row) == (0, 1, 0, None)
    with empty_engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0001")
    tables = set(inspect(empty_engine).get_table_names())
    assert not tables & {"client_fields", "employee_groups", "group_field_access"}
    assert "group_id" not in {c["name"] for c in inspect(empty_engine).get_columns("employees")}
    migrate(empty_engine)
    assert {"client_fields", "group_memberships"} <= set(inspect(empty_engine).get_table_names())
    # Since 0017 groups are memberships, several per employee.
    assert "group_id" not in {c["name"] for c in inspect(empty_engine).get_columns("employees")}
