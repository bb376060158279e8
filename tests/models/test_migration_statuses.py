"""Migration 0019 (issue 15): a database from before the finer statuses gets its calls
back-filled from what they already say, their statuses by the rule, and its report
summaries rebuilt so the totals stay the same."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from alembic import command
from sqlalchemy import func, insert, select, update

from app.calls.facts import CallFacts
from app.calls.status import call_status
from app.database import Database, _alembic_config, migrate
from models import Call
from models.reports import CallSummary

pytestmark = pytest.mark.seed(calls=150, clients=20, days=3, seed=19)

AT = datetime(2026, 11, 21, 10, 0)  # the day after the seeded calls


def _call(
    n: int, direction: str, disposition: str, hangup_by: str | None, **kw: Any
) -> dict[str, Any]:
    return {
        "started_at": AT + timedelta(minutes=n),
        "ended_at": AT + timedelta(minutes=n, seconds=30),
        "direction": direction,
        "disposition": disposition,
        "status": "",
        "external_number": f"+7916000{n:04d}",
        "number_known": True,
        "hangup_by": hangup_by,
        "pbx_id": f"old:{n}",
        **kw,
    }


OLD = {
    "employee gave up": (_call(1, "out", "no_answer", "employee", status="cancelled"),
                         ("cancelled", "cancelled")),
    "rang out": (_call(2, "out", "no_answer", None, status="cancelled"),
                 ("no_answer", "unanswered")),
    "operator declined": (_call(3, "in", "no_answer", "employee", status="no_answer"),
                          ("rejected", "rejected")),
    "caller gave up": (_call(4, "in", "no_answer", "client", status="no_answer"),
                       ("no_answer", "no_answer")),
    "busy": (_call(5, "out", "busy", None, status="busy"), ("busy", "busy")),
    "being talked": (_call(6, "in", "answered", None, status="accepted", ended_at=None,
                           answered_at=AT + timedelta(minutes=6, seconds=5)),
                     ("answered", "in_progress")),
}  # fmt: skip


def test_upgrading_from_0015_back_fills_the_finer_statuses(db: Database) -> None:
    with db.engine.connect() as conn, conn.begin():
        command.downgrade(_alembic_config(conn), "0015")  # as a database from before them
        conn.execute(insert(Call), [row for row, _ in OLD.values()])
        # An old row whose status the old rule gave, to see it recomputed.
        conn.execute(
            update(Call)
            .where(Call.direction == "out", Call.disposition == "no_answer", Call.pbx_id.is_(None))
            .values(status="cancelled")
        )
    migrate(db.engine)
    with db.engine.connect() as conn:
        got = {
            name: tuple(
                conn.execute(
                    select(Call.disposition, Call.status).where(Call.pbx_id == row["pbx_id"])
                ).one()
            )
            for name, (row, _) in OLD.items()
        }
        rows = conn.execute(select(Call.__table__)).mappings().all()
        finished = conn.scalar(
            select(func.count()).select_from(Call).where(Call.ended_at.is_not(None))
        )
        summarised = conn.scalar(select(func.sum(CallSummary.calls)))
    assert got == {name: expected for name, (_, expected) in OLD.items()}
    # Every stored status is the rule's, and the summaries count every finished call once.
    assert all(r["status"] == call_status(CallFacts.from_row(r)).value for r in rows)
    assert summarised == finished
