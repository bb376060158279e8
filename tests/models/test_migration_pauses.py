"""Revision 0003 (operator pauses) on both databases: upgrades a database with data,
downgrades to 0002 and upgrades again."""

from __future__ import annotations

from datetime import datetime

from alembic import command
from sqlalchemy import Engine, func, inspect, select, text

from app.database import _alembic_config, head_revision, migrate
from app.demo.seed import SeedPlan, seed
from models import Call, Employee


def test_head_is_0003() -> None:
    assert head_revision() >= "0003"  # later revisions build on it


def test_pauses_upgrade_downgrade_upgrade_keeps_data(empty_engine: Engine) -> None:
    migrate(empty_engine, "0002")
    seed(empty_engine, SeedPlan(calls=40, clients=5, employees=8, now=datetime(2026, 11, 20, 12)))
    migrate(empty_engine)
    insp = inspect(empty_engine)
    assert "pauses" in insp.get_table_names()
    indexes = {ix["name"]: ix["column_names"] for ix in insp.get_indexes("pauses")}
    assert indexes["ix_pauses_employee_period"] == ["employee_id", "started_at"]
    with empty_engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO pauses (employee_id, reason, note, started_at)"
                " VALUES (1, 'lunch', NULL, :t)"
            ),
            {"t": datetime(2026, 11, 20, 13)},
        )
    with empty_engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0002")
    assert "pauses" not in inspect(empty_engine).get_table_names()
    with empty_engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(Employee)) == 8
        assert conn.scalar(select(func.count()).select_from(Call)) == 40
    assert migrate(empty_engine).database_revision == head_revision()
    with empty_engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM pauses")).scalar() == 0
