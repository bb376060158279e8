"""The report summaries agree with the raw calls after random writes, later changes (callbacks
turning "lost" into "no answer", hang-up sides arriving from CEL) and a rebuild."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, delete, func, select
from sqlalchemy.orm import Session

from app.calls.collector.cel import apply_hangups
from app.calls.writer import write_call
from app.reports.summary import ROLLUPS, rebuild, roll_everything
from models import (
    Call,
    CallPart,
    CallParticipant,
    CallSummary,
    DaySummary,
    Employee,
    HangupBy,
    HourSummary,
    ParticipantSummary,
    TeamDaySummary,
)

DAY = datetime(2026, 3, 28)  # the spring DST weekend in Europe: local hours are stored as is
SL, SHORT = 20, 5
NUMBERS = ["+79160000001", "+79160000002", "+79160000003"]

call_st = st.fixed_dictionaries(
    {
        "minute": st.integers(0, 36 * 60 - 1),
        "days_later": st.sampled_from([0, 0, 0, 4]),  # 4: April, another month
        "direction": st.sampled_from(["in", "in", "out", "internal"]),
        "answered": st.booleans(),
        "number": st.sampled_from(NUMBERS),
        "known": st.booleans(),
        "wait": st.integers(0, 120),
        "talk": st.integers(0, 600),
        "employee": st.integers(0, 2),
        "rang": st.sets(st.integers(0, 2), max_size=3),
        "queue": st.sampled_from([None, "sales", "support"]),
    }
)
op_st = st.one_of(
    st.tuples(st.just("call"), call_st),
    st.tuples(st.just("hangup"), st.integers(0, 30), st.sampled_from(list(HangupBy))),
)


def _raw(conn: Session) -> Counter[Any]:
    """Figures per grain straight from calls (the expectation, computed independently)."""
    out: Counter[Any] = Counter()
    resolvers = {r for (r,) in conn.execute(select(Call.resolved_by_call_id)) if r}
    for c in conn.execute(select(Call)).scalars():
        hour = c.started_at.replace(minute=0, second=0, microsecond=0)
        key = (hour, c.employee_id or 0, c.direction, c.status, c.queue or "", c.did or "")
        out[(*key, "calls")] += 1
        out[(*key, "wait_s")] += c.wait_seconds
        out[(*key, "talk_s")] += c.talk_seconds
        out[(*key, "within_sl")] += int(c.disposition == "answered" and c.wait_seconds <= SL)
        out[(*key, "over_short")] += int(c.wait_seconds >= SHORT)
        out[(*key, "called_back")] += int(c.resolved_by_call_id is not None)
        out[(*key, "callbacks")] += int(c.id in resolvers)
        out[(*key, "hang_client")] += int(c.hangup_by == "client")
        out[(*key, "hang_system")] += int(c.hangup_by == "system")
        out[(*key, "w6")] += int(c.wait_seconds > 90)
        day = (c.started_at.date(), *key[1:])
        out[("day", *day, "calls")] += 1
        out[("day", *day, "wait_s")] += c.wait_seconds
        out[("day", *day, "talk_s")] += c.talk_seconds
        out[("day", *day, "within_sl")] += int(c.disposition == "answered" and c.wait_seconds <= SL)
        out[("day", *day, "called_back")] += int(c.resolved_by_call_id is not None)
        out[("day", *day, "callbacks")] += int(c.id in resolvers)
        out[("day", *day, "w6")] += int(c.wait_seconds > 90)
        team = (c.started_at.date(), *key[2:])
        out[("team", *team, "calls")] += 1
        out[("team", *team, "talk_s")] += c.talk_seconds
        out[("team", *team, "within_sl")] += int(
            c.disposition == "answered" and c.wait_seconds <= SL
        )
        out[("team", *team, "callbacks")] += int(c.id in resolvers)
    for p, c in conn.execute(
        select(CallParticipant, Call).join(Call, Call.id == CallParticipant.call_id)
    ).all():
        hour = c.started_at.replace(minute=0, second=0, microsecond=0)
        out[("p", hour, p.employee_id, c.direction, c.status, c.queue or "")] += 1
    return +out


def _summaries(session: Session) -> Counter[Any]:
    out: Counter[Any] = Counter()
    for s in session.execute(select(CallSummary)).scalars():
        key: tuple[Any, ...] = (s.hour_start, s.employee_id, s.direction, s.status, s.queue, s.did)
        for m in ("calls", "wait_s", "talk_s", "within_sl", "over_short", "called_back",
                  "callbacks", "hang_client", "hang_system", "w6"):  # fmt: skip
            out[(*key, m)] += getattr(s, m)
    for d in session.execute(select(DaySummary)).scalars():  # the daily rollup: same figures
        key = (d.day, d.employee_id, d.direction, d.status, d.queue, d.did)
        for m in ("calls", "wait_s", "talk_s", "within_sl", "called_back", "callbacks", "w6"):
            out[("day", *key, m)] += getattr(d, m)
    for t in session.execute(select(TeamDaySummary)).scalars():  # the team's: no employee
        key = (t.day, t.direction, t.status, t.queue, t.did)
        for m in ("calls", "talk_s", "within_sl", "callbacks"):
            out[("team", *key, m)] += getattr(t, m)
    for p in session.execute(select(ParticipantSummary)).scalars():
        out[("p", p.hour_start, p.employee_id, p.direction, p.status, p.queue)] += p.calls
    return +out


@pytest.fixture
def staff(engine: Engine) -> list[int]:
    with Session(engine) as s, s.begin():
        rows = [
            Employee(login=f"e{i}", full_name=f"E {i}", password_hash="x", created_at=DAY)
            for i in range(3)
        ]
        s.add_all(rows)
        s.flush()
        return [r.id for r in rows]


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(ops=st.lists(op_st, min_size=1, max_size=25))
def test_summaries_agree_with_calls(engine: Engine, staff: list[int], ops: list[Any]) -> None:
    with Session(engine) as s, s.begin():
        for table in (
            CallParticipant,
            CallPart,
            Call,
            CallSummary,
            ParticipantSummary,
            HourSummary,
            DaySummary,
            TeamDaySummary,
        ):
            s.execute(delete(table))
        for rollup in ROLLUPS:
            s.execute(delete(rollup))
    written = 0
    with Session(engine) as s, s.begin():
        for op in ops:
            if op[0] == "hangup":
                if written:  # a later CEL pass sets who hung up on an already written call
                    apply_hangups(s, lambda n: f"p:{n}", {str(op[1] % written): op[2]})
                continue
            c = op[1]
            start = DAY + timedelta(days=c["days_later"], minutes=c["minute"])
            answered = c["answered"]
            row = {
                "started_at": start,
                "answered_at": start + timedelta(seconds=c["wait"]) if answered else None,
                "ended_at": start + timedelta(seconds=c["wait"] + c["talk"]),
                "direction": c["direction"],
                "disposition": "answered" if answered else "no_answer",
                "external_number": c["number"] if c["direction"] != "internal" else "101",
                "number_known": c["known"],
                "employee_id": staff[c["employee"]]
                if answered or c["direction"] == "out"
                else None,
                "wait_seconds": c["wait"],
                "talk_seconds": c["talk"] if answered else 0,
                "queue": c["queue"],
                "pbx_id": f"p:{written}",
            }
            parts = [
                {"employee_id": staff[e], "started_at": start, "disposition": "no_answer"}
                for e in sorted(c["rang"])
            ]
            write_call(s, row, parts)
            written += 1
        s.flush()
        assert _summaries(s) == _raw(s)
    with engine.connect() as conn:
        kept = _rollups(conn)
    with engine.begin() as conn:
        roll_everything(conn)
    with engine.connect() as conn:
        # what the writes kept current is what rolling up the hours and days afresh makes
        assert kept == _rollups(conn)
        assert (written > 0) == any(key == "report_team_months" for key, _ in kept)
    with engine.begin() as conn:
        rebuild(conn)
    with Session(engine) as s:
        assert _summaries(s) == _raw(s)
    with engine.connect() as conn:
        assert _rollups(conn) == kept


def _rollups(conn: Any) -> list[tuple[Any, ...]]:
    out = []
    for table in ROLLUPS:
        cols = [c for c in table.columns if c.name != "id"]
        out += sorted((table.name, tuple(r)) for r in conn.execute(select(*cols)))
    return out


def _rows(conn: Any) -> list[tuple[Any, ...]]:
    out = []
    for table in (CallSummary, ParticipantSummary, DaySummary, TeamDaySummary):
        cols = [c for c in table.__table__.columns if c.name != "id"]
        out += sorted(tuple(r) for r in conn.execute(select(*cols)))
    out += sorted(tuple(r) for r in conn.execute(select(HourSummary)))
    return out + _rollups(conn)


@pytest.mark.seed(calls=1500, clients=100, days=10, seed=3)
def test_seeder_keeps_the_summaries(db: Any) -> None:
    """The demo seeder writes the summaries per chunk of days (after its late callbacks): they
    are what a rebuild from the calls makes."""
    with db.engine.connect() as conn:
        seeded = _rows(conn)
        assert sum(1 for _ in conn.execute(select(Call.id))) == 1500
    with db.engine.begin() as conn:
        assert rebuild(conn) == 1500
    with db.engine.connect() as conn:
        assert _rows(conn) == seeded


def test_seeder_summaries_in_small_chunks(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """With a summary refresh every 150 calls (so many chunks, and callbacks resolving missed
    calls of earlier chunks) the seeded summaries are still what a rebuild makes."""
    from app.demo import seed as seeder

    monkeypatch.setattr(seeder, "SUMMARY_CHUNK", 150)
    seeder.seed(engine, seeder.SeedPlan(calls=1500, clients=60, days=12, seed=5, now=DAY))
    with engine.connect() as conn:
        seeded = _rows(conn)
        earlier = conn.scalar(
            select(func.count())
            .select_from(Call)
            .where(Call.resolved_by_call_id.is_not(None), Call.resolved_by_call_id - Call.id > 150)
        )
        assert earlier  # some callbacks resolve a call at least one chunk earlier
    with engine.begin() as conn:
        assert rebuild(conn) == 1500
    with engine.connect() as conn:
        assert _rows(conn) == seeded


def test_seeder_on_calls_already_there(engine: Engine) -> None:
    """A seed into a journal that already has calls in the same hours refreshes the summaries
    by SQL (the calls there count too), and the result is still what a rebuild makes; the
    first seed, into an empty journal, counted its summaries in Python."""
    from app.demo import seed as seeder

    seeder.seed(engine, seeder.SeedPlan(calls=600, clients=60, days=6, seed=5, now=DAY))
    seeder.seed(engine, seeder.SeedPlan(calls=600, clients=60, days=6, seed=6, now=DAY))
    with engine.connect() as conn:
        seeded = _rows(conn)
    with engine.begin() as conn:
        assert rebuild(conn) == 1200
    with engine.connect() as conn:
        assert _rows(conn) == seeded
