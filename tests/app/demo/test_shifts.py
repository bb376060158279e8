"""The demo's working days fill the operator KPI's "Time logged in" and "Pauses"."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import Engine, func, select

from app.demo.shifts import seed_shifts
from app.reports import Breakdown, ReportParams, run_report
from models import Pause, WorkSession
from tests.support.clock_support import NOW

pytestmark = pytest.mark.seed(calls=600, clients=50, days=14)
NOON = NOW.replace(hour=12, minute=0)  # a Friday: today's shifts are still going on


def test_shifts_fill_the_kpi_and_stay_inside_the_day(engine: Engine, db: object) -> None:
    with engine.begin() as conn:
        sessions, pauses = seed_shifts(conn, NOON, 14, seed=3)
    assert sessions > 0 and pauses > sessions  # lunch and a break at least, most days
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(WorkSession)) == sessions
        # Every pause lies inside a shift of its operator; today's shift is still open.
        outside = conn.scalar(
            select(func.count())
            .select_from(Pause)
            .where(
                ~select(WorkSession.id)
                .where(
                    WorkSession.employee_id == Pause.employee_id,
                    WorkSession.started_at < Pause.started_at,
                    WorkSession.last_seen_at >= Pause.ended_at,
                )
                .exists()
            )
        )
        assert outside == 0
        open_now = conn.scalar(
            select(func.count()).select_from(WorkSession).where(WorkSession.ended_at.is_(None))
        )
        latest = conn.scalar(select(func.max(Pause.ended_at)))
    assert NOON.weekday() == 4 and open_now and latest is not None and latest <= NOON
    week = ReportParams(NOW.date() - timedelta(days=6), NOW.date(), breakdown=Breakdown.NONE)
    r = run_report(engine, "operators", week)
    logged = [row["logged_in_s"] for row in r.rows if row["logged_in_s"]]
    assert logged and all(8 * 3600 < s <= 5 * 10 * 3600 for s in logged)
    assert r.total["pause_s"] > 0
    assert r.total["logged_in_s"] == sum(logged)
