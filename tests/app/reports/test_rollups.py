"""The coarser rollups (months, team hours, employee and participant days) give the same report
figures as the hourly summaries they are rolled up from, for periods with whole months and
ragged edges, with and without operator, queue and call-type filters, on both databases.

The hourly summaries themselves are checked against hand-computed figures (test_reports.py)
and against the raw calls (test_summary_property.py); here the reference run reads only them.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from app.reports import Breakdown, CallType, ReportParams, run_report
from app.reports import queries as q
from models import Call

pytestmark = pytest.mark.seed(calls=4000, clients=150, days=110, seed=11)

# NOW is 2026-11-20: the seeded calls run from early August; these periods hold whole months
# (August to October) and ragged days on one or both sides, or no whole month at all.
PERIODS = [
    (date(2026, 8, 3), date(2026, 11, 20)),
    (date(2026, 9, 1), date(2026, 10, 31)),
    (date(2026, 9, 1), date(2026, 11, 5)),
    (date(2026, 8, 17), date(2026, 9, 30)),
    (date(2026, 10, 2), date(2026, 10, 30)),
]
CASES = [
    ("call-center", Breakdown.MONTH, {}),
    ("call-center", Breakdown.NONE, {}),
    ("call-center", Breakdown.QUARTER, {"call_types": (CallType.MISSED, CallType.INTERNAL)}),
    ("call-center", Breakdown.WEEKDAY, {}),
    ("call-center", Breakdown.HOUR_OF_DAY, {}),
    ("call-center", Breakdown.DAY, {}),
    ("call-center", Breakdown.MONTH, {"queues": ("401",)}),
    ("operators", Breakdown.NONE, {}),
    ("operators", Breakdown.MONTH, {}),
    ("operators", Breakdown.WEEK, {}),
    ("operators", Breakdown.NONE, {"dids": ("+74950000001",)}),
    ("traffic", Breakdown.MONTH, {}),
    ("traffic", Breakdown.MONTH, {"call_types": (CallType.INCOMING,)}),
    ("waits", Breakdown.NONE, {}),
    ("detail", Breakdown.MONTH, {}),
]


def _hourly_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every report read the hourly summaries (the reference)."""

    def slices(params: ReportParams, grain: q.Grain, *, per_employee: bool = False) -> Any:
        return [q.Slice(q._sum, params.date_from, params.date_to)]

    def participant_slices(params: ReportParams, grain: q.Grain) -> Any:
        return [q.Slice(q._people, params.date_from, params.date_to)]

    monkeypatch.setattr(q, "slices", slices)
    monkeypatch.setattr(q, "participant_slices", participant_slices)


def _figures(result: Any) -> tuple[Any, ...]:
    extra = {k: v for k, v in result.sections.items()}
    return result.rows, result.total, extra


@pytest.mark.parametrize(("period"), PERIODS, ids=lambda p: f"{p[0]:%m%d}-{p[1]:%m%d}")
def test_rollups_give_the_hourly_figures(
    db: Any, monkeypatch: pytest.MonkeyPatch, period: tuple[date, date]
) -> None:
    with db.engine.connect() as conn:
        operator = conn.scalar(
            select(Call.employee_id)
            .where(Call.employee_id.is_not(None))
            .group_by(Call.employee_id)
            .order_by(func.count().desc())
            .limit(1)
        )
        queues = {r for (r,) in conn.execute(select(Call.queue).distinct()) if r}
        dids = {r for (r,) in conn.execute(select(Call.did).distinct()) if r}
    assert operator and "401" in queues and "+74950000001" in dids  # the filters select calls
    cases = [*CASES, ("call-center", Breakdown.MONTH, {"operator_ids": (operator,)})]
    params = [
        (name, ReportParams(*period, breakdown=b, **extra))  # type: ignore[arg-type]
        for name, b, extra in cases
    ]
    fast = [_figures(run_report(db.engine, name, p)) for name, p in params]
    read = {t.name for p in (x for _, x in params) for t in _tables(p)}
    monkeypatch.undo()
    _hourly_only(monkeypatch)
    slow = [_figures(run_report(db.engine, name, p)) for name, p in params]
    for (name, p), got, want in zip(params, fast, slow, strict=True):
        assert got == want, (name, p.breakdown, p)
    if period == PERIODS[0]:  # the rollups were read, not only the hourly rows
        assert {"report_team_months", "report_employee_months", "report_traffic_months"} <= read
        assert {"report_team_day_totals", "report_employee_days", "report_team_hours"} <= read
        assert "report_team_days" in read  # filtered by queue or DID
    assert any(r["offered"] for r in slow[0][0])


def _tables(p: ReportParams) -> list[Any]:
    out = []
    for grain in q.Grain:
        out += [s.table for s in q.slices(p, grain)]
        out += [s.table for s in q.slices(p, grain, per_employee=True)]
        out += [s.table for s in q.participant_slices(p, grain)]
    return out


@pytest.mark.parametrize(
    ("first", "last", "whole", "edges"),
    [
        (date(2026, 1, 1), date(2026, 12, 31), (date(2026, 1, 1), date(2026, 12, 31)), []),
        (date(2025, 12, 2), date(2026, 12, 1), (date(2026, 1, 1), date(2026, 11, 30)),
         [(date(2025, 12, 2), date(2025, 12, 31)), (date(2026, 12, 1), date(2026, 12, 1))]),
        (date(2026, 2, 1), date(2026, 2, 27), None, [(date(2026, 2, 1), date(2026, 2, 27))]),
        (date(2026, 2, 2), date(2026, 2, 28), None, [(date(2026, 2, 2), date(2026, 2, 28))]),
        (date(2026, 2, 1), date(2026, 2, 28), (date(2026, 2, 1), date(2026, 2, 28)), []),
        (date(2024, 2, 15), date(2024, 3, 31), (date(2024, 3, 1), date(2024, 3, 31)),
         [(date(2024, 2, 15), date(2024, 2, 29))]),
    ],
)  # fmt: skip
def test_whole_months(first: date, last: date, whole: Any, edges: Any) -> None:
    assert q.whole_months(first, last) == (whole, edges)
