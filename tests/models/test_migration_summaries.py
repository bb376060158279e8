"""A database upgraded past the summaries' revision gets them filled from its existing calls."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import func, select

from app.database import Database, _alembic_config, migrate
from models import Call
from models.reports import CallSummary

pytestmark = pytest.mark.seed(calls=200, clients=20, days=3, seed=4)


def test_upgrading_from_0006_fills_the_summaries_of_existing_calls(db: Database) -> None:
    with db.engine.connect() as conn, conn.begin():
        command.downgrade(_alembic_config(conn), "0006")  # as a database from before reports
    migrate(db.engine)
    with db.engine.connect() as conn:
        calls = conn.scalar(select(func.count()).select_from(Call))
        summarised = conn.scalar(select(func.sum(CallSummary.calls)))
    assert calls == 200
    assert summarised == calls


def test_upgrading_from_0008_rolls_up_the_existing_summaries(db: Database) -> None:
    from app.reports.summary import ROLLUPS

    def rollups() -> list[tuple[object, ...]]:
        with db.engine.connect() as conn:
            out = []
            for table in ROLLUPS:
                cols = [c for c in table.columns if c.name != "id"]
                out += sorted((table.name, *r) for r in conn.execute(select(*cols)))
            return out

    seeded = rollups()
    assert {r[0] for r in seeded} == {t.name for t in ROLLUPS}  # every rollup has rows
    with db.engine.connect() as conn, conn.begin():
        command.downgrade(_alembic_config(conn), "0008")  # as a database from before them
    migrate(db.engine)
    assert rollups() == seeded
