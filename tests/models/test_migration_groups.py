"""Revision 0017 (group memberships) on both databases: a 0015 database with employees in
groups upgrades with every membership moved and employees.group_id gone, matches the models,
downgrades (each employee back in their first group) and upgrades again."""

from __future__ import annotations

from alembic import command
from sqlalchemy import Engine, inspect, text

from app.database import Database, _alembic_config, migrate
from app.demo.seed import SeedPlan, seed
from app.staff.auth import current_user
from app.staff.permissions import visible_fields
from models import Employee, FieldAccess
from tests.support.clock_support import NOW
from tests.support.schema import schema_diff


def _pairs(engine: Engine, sql: str) -> list[tuple[int, int]]:
    with engine.connect() as conn:
        return sorted((int(a), int(b)) for a, b in conn.execute(text(sql)))


def test_upgrade_from_0015_moves_memberships(empty_engine: Engine) -> None:
    migrate(empty_engine, "0015")
    seed(empty_engine, SeedPlan(calls=60, clients=12, employees=10, days=3, now=NOW, cards=True))
    with empty_engine.connect() as conn:
        before = {int(i): g for i, g in conn.execute(text("SELECT id, group_id FROM employees"))}
        nobody = conn.scalar(text("SELECT id FROM employees WHERE role = 'supervisor'"))
    assert nobody is not None
    with empty_engine.begin() as conn:  # one employee in no group, as an older database had
        conn.execute(text("UPDATE employees SET group_id = NULL WHERE id = :id"), {"id": nobody})
    before[int(nobody)] = None
    grouped = sorted((e, int(g)) for e, g in before.items() if g is not None)
    assert len(grouped) == len(before) - 2 and len({g for _, g in grouped}) >= 2  # admin: none

    migrate(empty_engine)
    assert _pairs(empty_engine, "SELECT employee_id, group_id FROM group_memberships") == grouped
    assert "group_id" not in {c["name"] for c in inspect(empty_engine).get_columns("employees")}
    with empty_engine.connect() as conn:
        diff = schema_diff(conn)
        if empty_engine.dialect.name == "sqlite":
            assert conn.execute(text("PRAGMA foreign_key_check")).fetchall() == []
    assert [d for d in diff if not (isinstance(d, list) and d[0][0] == "modify_type")] == []
    db = Database(empty_engine)
    with db.transaction() as s:
        operator = current_user(s.get_one(Employee, grouped[-1][0]))
        assert operator.role == "operator"
        # The demo's sales group: view of the requisites, edit of the sales notes.
        access = {v.field.title: v.access for v in visible_fields(s, operator)}
        assert access["Источник"] is FieldAccess.EDIT and access["ИНН"] is FieldAccess.VIEW
        assert visible_fields(s, current_user(s.get_one(Employee, nobody))) == []

    # Down: an employee in two groups keeps the first; up again: the memberships are back.
    first, second = sorted({g for _, g in grouped})[:2]
    with empty_engine.begin() as conn:
        conn.execute(text("DELETE FROM group_memberships WHERE employee_id = :id"), {"id": nobody})
        conn.execute(
            text("INSERT INTO group_memberships VALUES (:id, :a), (:id, :b)"),
            {"id": nobody, "a": second, "b": first},
        )
    with empty_engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0015")
    assert "group_memberships" not in inspect(empty_engine).get_table_names()
    with empty_engine.connect() as conn:
        after = {int(i): g for i, g in conn.execute(text("SELECT id, group_id FROM employees"))}
    assert after == {**before, int(nobody): first}
    migrate(empty_engine)
    assert _pairs(empty_engine, "SELECT employee_id, group_id FROM group_memberships") == sorted(
        [*grouped, (int(nobody), first)]
    )
