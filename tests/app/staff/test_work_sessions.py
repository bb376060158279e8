"""Time logged in: the app's stretches of work (open, heartbeat, close, a crash), the PBX's
queue logins from the queue_log, and the operator KPI's "Time logged in" built from both —
figures worked out by hand, on SQLite and MariaDB."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from app.calls.collector.login_store import write_pbx_logins
from app.calls.collector.queue_feed import QueueLogFeed
from app.calls.collector.queue_log import parse_line
from app.calls.collector.queue_log_file import QueueLogFile
from app.calls.collector.queue_pauses import agent_logins
from app.reports import Breakdown, ReportParams, run_report
from app.staff.work_sessions import (
    close_session,
    logged_in_pieces,
    merged,
    next_midnight,
    open_session,
    touch_session,
)
from models import Employee, WorkSession
from tests.app.reports.fixture import Journal, build
from tests.support import queue_log_fixtures as fx
from tests.support.queue_log_fixtures import M101, MSK, at

D16 = datetime(2026, 11, 16)


def t(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute)


def test_merged_joins_overlapping_and_touching_stretches() -> None:
    assert merged(
        [
            (t(16, 9), t(16, 12)),
            (t(16, 11), t(16, 13)),
            (t(16, 13), t(16, 14)),
            (t(16, 15), t(16, 16)),
        ]
    ) == [(t(16, 9), t(16, 14)), (t(16, 15), t(16, 16))]
    assert merged([(t(16, 9), t(16, 9))]) == []  # nothing to count


def _operator(engine: Engine, login: str = "op") -> int:
    with Session(engine) as s, s.begin():
        row = Employee(
            login=login, full_name=login, password_hash="x", created_at=D16, role="operator"
        )
        s.add(row)
        s.flush()
        return row.id


def test_open_touch_close_and_a_crashed_workstation(engine: Engine) -> None:
    emp = _operator(engine)
    with Session(engine) as s, s.begin():
        first = open_session(s, emp, "desk-1", now=t(16, 9))
    with Session(engine) as s, s.begin():
        assert touch_session(s, first, now=t(16, 10, 30))
    with Session(engine) as s, s.begin():
        close_session(s, first, now=t(16, 12))
    with Session(engine) as s, s.begin():
        assert not touch_session(s, first, now=t(16, 12, 1))  # ended: stays ended
        close_session(s, first, now=t(16, 13))  # a second close changes nothing
        # Another desk from 11:00; it crashes after its last heartbeat at 15:00.
        crashed = open_session(s, emp, "desk-2", now=t(16, 11))
    with Session(engine) as s, s.begin():
        touch_session(s, crashed, now=t(16, 15))
    with Session(engine) as s:
        rows = s.execute(
            select(WorkSession.place, WorkSession.ended_at).order_by(WorkSession.id)
        ).all()
    assert [tuple(r) for r in rows] == [("desk-1", t(16, 12)), ("desk-2", None)]
    with engine.connect() as conn:
        whole = logged_in_pieces(conn, t(16, 0), t(17, 0))
        # 9:00-12:00 and 11:00-15:00 (the crash: up to the last sign of life) overlap: 6 h.
        assert whole == [(emp, t(16, 9), 6 * 3600)]
        assert logged_in_pieces(conn, t(16, 10), t(16, 14)) == [(emp, t(16, 10), 4 * 3600)]
        assert logged_in_pieces(conn, t(16, 0), t(17, 0), employee_ids=[emp + 1]) == []


def test_a_night_shift_is_cut_at_midnight(engine: Engine) -> None:
    emp = _operator(engine)
    with Session(engine) as s, s.begin():
        sid = open_session(s, emp, "desk", now=t(16, 22))
        close_session(s, sid, now=t(17, 6, 30))
    with engine.connect() as conn:
        assert logged_in_pieces(conn, t(16, 0), t(18, 0), boundary=next_midnight) == [
            (emp, t(16, 22), 2 * 3600),
            (emp, t(17, 0), 6 * 3600 + 1800),
        ]


def _stretch(engine: Engine, emp: int, place: str, start: datetime, end: datetime) -> None:
    with Session(engine) as s, s.begin():
        sid = open_session(s, emp, place, now=start)
        close_session(s, sid, now=end)


def test_operator_kpi_time_logged_in(engine: Engine) -> None:
    journal: Journal = build(engine)
    idle = _operator(engine, "idle")  # logged in, took no call: a row of its own
    _stretch(engine, journal.a, "desk-a", t(16, 8), t(16, 17))  # 9 h
    _stretch(engine, journal.a, "laptop", t(16, 16), t(16, 18))  # +1 h beyond the desk
    _stretch(engine, journal.a, "desk-a", t(17, 23), t(18, 1))  # 1 h in the period
    _stretch(engine, idle, "desk-i", t(17, 9), t(17, 13))  # 4 h
    _stretch(engine, journal.b, "desk-b", t(10, 9), t(10, 18))  # before the period
    period = ReportParams(date(2026, 11, 16), date(2026, 11, 17), breakdown=Breakdown.NONE)
    r = run_report(engine, "operators", period)
    rows = {row["key"]: row for row in r.rows}
    assert rows[journal.a]["logged_in_s"] == 11 * 3600
    assert rows[idle]["logged_in_s"] == 4 * 3600 and rows[idle]["incoming_taken"] == 0
    assert rows[journal.b]["logged_in_s"] is None  # not known: no figure, not a zero
    assert r.total["logged_in_s"] == 15 * 3600
    by_day = run_report(
        engine,
        "operators",
        ReportParams(period.date_from, period.date_to, Breakdown.DAY, operator_ids=(journal.a,)),
    )
    assert [(row["key"], row["logged_in_s"]) for row in by_day.rows] == [
        ((journal.a, date(2026, 11, 16)), 10 * 3600),
        ((journal.a, date(2026, 11, 17)), 3600),
    ]
    assert by_day.total["logged_in_s"] == 11 * 3600


def _employees(engine: Engine) -> dict[str, int]:
    return {ext: _operator(engine, f"op{ext}") for ext in ("101", "102")}


LOGINS: list[fx.Line] = [
    # 101 joins two queues (FreePBX's *45 adds a dynamic member to each), leaves both later.
    fx._l(100, "NONE", "sales", M101, "ADDMEMBER", ""),
    fx._l(100, "NONE", "support", M101, "ADDMEMBER", ""),
    fx._l(2000, "NONE", "sales", M101, "REMOVEMEMBER", ""),  # still in support
    fx._l(3600, "NONE", "support", M101, "REMOVEMEMBER", ""),
    # 102 logs in through chan_agent at 1000; the batch ends with 102 logged in.
    fx._l(1000, "NONE", "NONE", "PJSIP/102", "AGENTLOGIN", ""),
    fx._l(3000, "NONE", "sales", "SIP/999", "ADDMEMBER", ""),  # no such employee
    fx._l(4000, "NONE", "NONE", "PJSIP/102", "AGENTLOGOFF", ""),
]


def test_queue_logins_become_intervals() -> None:
    lines = sorted(LOGINS, key=lambda x: x[0])
    result = agent_logins([parse_line(fx.file_line(x), MSK) for x in lines])
    assert [(p.agent, p.started_at, p.ended_at) for p in result.pauses] == [
        ("101", at(100), at(3600)),  # until no queue has them
        ("102", at(1000), at(4000)),
        ("999", at(3000), None),
    ]


def _pbx_rows(engine: Engine) -> list[tuple[object, ...]]:
    with Session(engine) as s:
        return [
            tuple(r)
            for r in s.execute(
                select(
                    WorkSession.place,
                    WorkSession.started_at,
                    WorkSession.last_seen_at,
                    WorkSession.ended_at,
                )
                .where(WorkSession.source == "pbx")
                .order_by(WorkSession.place, WorkSession.started_at)
            )
        ]


def test_feed_stores_queue_logins_across_batches_idempotently(
    engine: Engine, tmp_path: Path
) -> None:
    ext = _employees(engine)
    lines = sorted(LOGINS, key=lambda x: x[0])
    first = [x for x in lines if x[0] < 2500]
    path = tmp_path / "queue_log"
    fx.write_file(path, first)
    feed = QueueLogFeed(QueueLogFile(path, zone=MSK), "pbx1")
    with Session(engine) as s, s.begin():
        run = feed.batch(s, at(2500), str, ext)
    assert run.logins.changed == 2
    # Both still logged in at the batch's end: known to last until its newest event (2000).
    assert _pbx_rows(engine) == [
        ("101", at(100), at(2000), None),
        ("102", at(1000), at(2000), None),
    ]
    fx.write_file(path, [x for x in lines if x[0] >= 2500], append=True)
    with Session(engine) as s, s.begin():
        run = feed.batch(s, at(5000), str, ext)
    assert run.logins.unknown_agents == {"999"}
    expected = [("101", at(100), at(3600), at(3600)), ("102", at(1000), at(4000), at(4000))]
    assert _pbx_rows(engine) == expected
    # Everything read again (a new collector from the start): nothing changes.
    with Session(engine) as s, s.begin():
        again = write_pbx_logins(
            s, agent_logins([parse_line(fx.file_line(x), MSK) for x in lines]), ext, at(4000)
        )
    assert (again.changed, again.unmatched_logoffs) == (0, 0)
    assert _pbx_rows(engine) == expected
    # The app's stretch and the PBX login of 101 overlap: the union counts once.
    with Session(engine) as s, s.begin():
        sid = open_session(s, ext["101"], "desk", now=at(3000))
        close_session(s, sid, now=at(4200))
    with engine.connect() as conn:
        pieces = logged_in_pieces(conn, at(0), at(0) + timedelta(days=1), [ext["101"]])
    assert pieces == [(ext["101"], at(100), 4100)]


def test_a_logoff_with_no_login_is_counted_not_stored(engine: Engine) -> None:
    ext = _employees(engine)
    line = fx._l(50, "NONE", "sales", M101, "REMOVEMEMBER", "")
    with Session(engine) as s, s.begin():
        out = write_pbx_logins(s, agent_logins([parse_line(fx.file_line(line), MSK)]), ext)
    assert (out.changed, out.unmatched_logoffs) == (0, 1)
    assert _pbx_rows(engine) == []


def test_the_database_s_union_equals_the_merged_stretches(engine: Engine) -> None:
    """The KPI's whole-period figure (a window function in SQL) against the merge in Python,
    on random stretches: overlapping, nested, touching, open (crashed), across the edges."""
    import random

    from app.staff.work_sessions import logged_in_totals

    rng = random.Random(5)
    ids = [_operator(engine, f"op{n}") for n in range(4)]
    with Session(engine) as s, s.begin():
        for _ in range(120):
            emp = rng.choice(ids)
            begin = t(10, 0) + timedelta(minutes=rng.randrange(0, 14 * 24 * 60))
            sid = open_session(s, emp, rng.choice(["a", "b", "c"]), now=begin)
            length = timedelta(minutes=rng.randrange(1, 16 * 60))
            if rng.random() < 0.2:
                touch_session(s, sid, now=begin + length)  # crashed: no end
            else:
                close_session(s, sid, now=begin + length)
    start, end = t(12, 7, 30), t(22, 16, 45)
    with engine.connect() as conn:
        totals = logged_in_totals(conn, start, end)
        pieces = logged_in_pieces(conn, start, end)
        only = logged_in_totals(conn, start, end, ids[:1])
    expected: dict[int, int] = {}
    for emp, _, seconds in pieces:
        expected[emp] = expected.get(emp, 0) + seconds
    assert totals == expected and len(expected) == 4
    assert only == {ids[0]: expected[ids[0]]}


def test_pauses_are_summed_by_the_database_per_bucket(engine: Engine) -> None:
    from app.reports.queries import pause_seconds
    from models import Pause

    emp = _operator(engine)
    with Session(engine) as s, s.begin():
        for began, minutes, reason in [
            (datetime(2026, 10, 31, 23, 50), 20, "break"),  # 10 min before the period
            (t(3, 9, 10), 30, "lunch"),
            (t(3, 9, 50), 20, "lunch"),  # the same hour, crossing into 10:00: counts at 9
            (t(3, 14, 0), 5, "wrap_up"),
            (datetime(2026, 12, 1, 8, 0), 60, "lunch"),  # after the period
        ]:
            s.add(
                Pause(
                    employee_id=emp,
                    reason=reason,
                    started_at=began,
                    ended_at=began + timedelta(minutes=minutes),
                )
            )
        s.add(Pause(employee_id=emp, reason="lunch", started_at=t(4, 9), ended_at=None))
    whole = ReportParams(date(2026, 11, 1), date(2026, 11, 30), breakdown=Breakdown.NONE)
    month = ReportParams(whole.date_from, whole.date_to, breakdown=Breakdown.MONTH)
    hour = ReportParams(whole.date_from, whole.date_to, breakdown=Breakdown.HOUR)
    with engine.connect() as conn:
        assert sorted(pause_seconds(conn, whole)) == [
            (emp, "break", datetime(2026, 11, 1), 600),
            (emp, "lunch", datetime(2026, 11, 1), 3000),
            (emp, "wrap_up", datetime(2026, 11, 1), 300),
        ]
        assert sorted(pause_seconds(conn, month, ["lunch"])) == [
            (emp, "lunch", datetime(2026, 11, 1), 3000)
        ]
        assert sorted(pause_seconds(conn, hour)) == [
            (emp, "break", datetime(2026, 11, 1, 0), 600),
            (emp, "lunch", t(3, 9), 3000),
            (emp, "wrap_up", t(3, 14), 300),
        ]
