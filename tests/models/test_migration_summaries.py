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
