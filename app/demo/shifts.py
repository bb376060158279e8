"""The demo's working days: when each operator was logged in and paused, for the KPI.

Weekdays of the seeded period: a login between 8:40 and 9:20 at the operator's desk, a
logout between 17:30 and 18:30 (today's shift still open, up to now), lunch around 13:00 and
one or two short breaks. Reproducible from the seed value; written in one transaction.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from typing import Any, cast

from sqlalchemy import Connection, Table, insert, select

from models import APP_SESSION_SOURCE, Employee, Pause, PauseReason, Role, WorkSession

_ON_THE_PHONE = (Role.OPERATOR.value, Role.SUPERVISOR.value)


def _at(day: date, hour: float, rng: random.Random, spread_minutes: int) -> datetime:
    moment = datetime.combine(day, time()) + timedelta(hours=hour)
    return moment + timedelta(minutes=rng.randint(-spread_minutes, spread_minutes))


def seed_shifts(conn: Connection, now: datetime, days: int, seed: int = 1) -> tuple[int, int]:
    """Work sessions and pauses of the operators over the ``days`` up to ``now``; returns
    how many of each were written (the caller commits)."""
    rng = random.Random(seed * 7919)
    e = cast(Table, Employee.__table__).c
    staff = conn.execute(
        select(e.id, e.login).where(e.role.in_(_ON_THE_PHONE)).order_by(e.id)
    ).all()
    sessions: list[dict[str, Any]] = []
    pauses: list[dict[str, Any]] = []
    first = now.date() - timedelta(days=days - 1)
    for offset in range(days):
        day = first + timedelta(days=offset)
        if day.weekday() >= 5:
            continue
        for emp, login in staff:
            if rng.random() < 0.06:
                continue  # a day off
            start = _at(day, 9, rng, 20)
            if start >= now:
                continue
            end = _at(day, 18, rng, 30)
            last_seen = min(end, now)
            sessions.append(
                {
                    "employee_id": emp,
                    "source": APP_SESSION_SOURCE,
                    "place": f"desk-{login}"[:64],
                    "started_at": start,
                    "last_seen_at": last_seen.replace(microsecond=0),
                    "ended_at": end if end <= now else None,
                }
            )
            breaks = [(13.0, 35, PauseReason.LUNCH, 10), (11.0, 10, PauseReason.BREAK, 40)]
            if rng.random() < 0.5:
                breaks.append((15.5, 10, PauseReason.BREAK, 30))
            for hour, minutes, reason, spread in breaks:
                began = _at(day, hour, rng, spread)
                ended = began + timedelta(minutes=minutes + rng.randint(0, 15))
                if ended <= last_seen and began > start:
                    pauses.append(
                        {
                            "employee_id": emp,
                            "reason": reason.value,
                            "started_at": began,
                            "ended_at": ended,
                            "source": "softphone",
                        }
                    )
    if sessions:
        conn.execute(insert(cast(Table, WorkSession.__table__)), sessions)
    if pauses:
        conn.execute(insert(cast(Table, Pause.__table__)), pauses)
    return len(sessions), len(pauses)
