"""Upgrading a database that already holds a call center's data keeps every row."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Engine, func, select, text

from app.auth import authenticate
from app.database import Database, SchemaState, check_schema, head_revision, migrate
from app.demo import DEMO_PASSWORD, SeedPlan, seed
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
