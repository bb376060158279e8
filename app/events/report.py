"""The Events report (the Reports section): events of a period by who created them and who
was to do them — created, completed (on time), overdue, still open — per period of the
breakdown. "All users" is no employee chosen; a chosen employee counts as creator or
assignee. Registered in :data:`app.reports.run.REPORTS` as ``events``."""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast

from sqlalchemy import Connection, Table, or_, select

from app.reports import queries as q
from app.reports.params import Breakdown, ReportParams
from app.reports.result import ColumnKind, ReportHeader, ReportResult
from models import Event

_events = cast(Table, Event.__table__)
K = ColumnKind
EVENT_COLUMNS = [
    q.C("period", "Period", K.TEXT),
    q.C("created_by", "Created by", K.TEXT),
    q.C("assignee", "Assignee", K.TEXT),
    q.C("events", "Events", K.COUNT),
    q.C("completed", "Completed", K.COUNT),
    q.C("on_time", "Completed on time", K.COUNT),
    q.C("overdue", "Overdue", K.COUNT),
    q.C("open", "Planned", K.COUNT),
]
FIGURES = ("events", "completed", "on_time", "overdue", "open")


def events_report(
    conn: Connection, p: ReportParams, header: ReportHeader, now: datetime
) -> ReportResult:
    """Events whose time falls in the period, counted per (period, creator, assignee)."""
    start, end = q.period_bounds(p)
    b = (
        p.breakdown
        if p.breakdown not in (Breakdown.WEEKDAY, Breakdown.HOUR_OF_DAY, Breakdown.HOUR)
        else Breakdown.DAY
    )
    e = _events.c
    query = select(e.starts_at, e.created_by_id, e.assignee_id, e.completed_at).where(
        e.starts_at >= start, e.starts_at < end
    )
    if p.operator_ids:
        chosen = sorted(p.operator_ids)
        query = query.where(or_(e.created_by_id.in_(chosen), e.assignee_id.in_(chosen)))
    acc: dict[tuple[Any, int, int], dict[str, int]] = {}
    for starts_at, creator, assignee, completed_at in conn.execute(query):
        key = (
            q.period_key(b, starts_at.date()) if b is not Breakdown.NONE else None,
            int(creator),
            int(assignee),
        )
        slot = acc.setdefault(key, dict.fromkeys(FIGURES, 0))
        slot["events"] += 1
        if completed_at is not None:
            slot["completed"] += 1
            slot["on_time"] += int(completed_at <= starts_at)
        elif starts_at < now:
            slot["overdue"] += 1
        else:
            slot["open"] += 1
    names = q.employee_names(conn, [k[1] for k in acc] + [k[2] for k in acc])
    ordered = sorted(
        acc.items(),
        key=lambda kv: (kv[0][0] or 0, names.get(kv[0][1], ""), names.get(kv[0][2], "")),
    )
    rows = [
        {
            "key": k,
            "period": q.period_label(b, k[0]) if b is not Breakdown.NONE else "",
            "created_by": names.get(k[1], ""),
            "assignee": names.get(k[2], ""),
            **v,
        }
        for k, v in ordered
    ]
    total: dict[str, Any] = {"key": None, "period": "Total", "created_by": "", "assignee": ""}
    for name in FIGURES:
        total[name] = sum(v[name] for v in acc.values())
    return ReportResult("events", p, header, list(EVENT_COLUMNS), rows, total)
