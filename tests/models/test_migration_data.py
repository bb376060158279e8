"""Upgrading a database that already holds a call center's data keeps every row."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select, text

from app.database import Database, SchemaState, check_schema, head_revision, migrate
from app.demo.seed import DEMO_PASSWORD, SeedPlan, seed
from app.staff.auth import authenticate
from models import Call, CallPart, Client, Employee, Phone


def counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {
            m.__tablename__: int(conn.scalar(select(func.count()).select_from(m)) or 0)
            for m in (Employee, Client, Phone, Call, CallPart)
        }


def test_upgrade_from_the_first_revision_keeps_the_data(db_url: str) -> None:
    from app.database import make_engine

    engine = make_engine(db_url)
    try:
        assert migrate(engine, "0001").database_revision == "0001"
        seed(engine, SeedPlan(calls=300, clients=40, now=datetime(2026, 11, 20, 12), seed=3))
        before = counts(engine)
        assert before["calls"] == 300

        after_check = migrate(engine)
        assert after_check.state is SchemaState.CURRENT
        assert after_check.database_revision == head_revision()
        assert counts(engine) == before
        if engine.dialect.name == "sqlite":
            with engine.connect() as conn:
                assert conn.execute(text("PRAGMA foreign_key_check")).fetchall() == []
                assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        with Database(engine).transaction() as session:
            assert authenticate(session, "operator", DEMO_PASSWORD).login == "operator"
        assert check_schema(engine).state is SchemaState.CURRENT
    finally:
        engine.dispose()


def test_a_failed_upgrade_on_sqlite_leaves_nothing_half_done(tmp_path: Path) -> None:
    from app.database import DatabaseProblem, make_engine

    engine = make_engine(f"sqlite:///{tmp_path / 'half.db'}")
    try:
        migrate(engine, "0001")
        seed(engine, SeedPlan(calls=50, clients=10, now=datetime(2026, 11, 20, 12), seed=4))
        with engine.begin() as conn:
            # Something in the way of the last table 0002 creates: the upgrade fails late.
            conn.execute(text("CREATE TABLE company_settings (x INTEGER)"))
        with pytest.raises(DatabaseProblem, match="0001"):
            migrate(engine)
        with engine.connect() as conn:
            tables = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master"))}
            columns = {r[1] for r in conn.execute(text("PRAGMA table_info(employees)"))}
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert "client_fields" not in tables and "employee_groups" not in tables
        assert "group_id" not in columns
        assert check_schema(engine).database_revision == "0001"
        assert counts(engine)["calls"] == 50
        with engine.begin() as conn:
            conn.execute(text("DROP TABLE company_settings"))
        assert migrate(engine).state is SchemaState.CURRENT
    finally:
        engine.dispose()
