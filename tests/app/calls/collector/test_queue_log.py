"""The collector's queue_log part: the file (offsets, rotation, partial lines, bad lines)
and the realtime table (both column layouts, local time or UTC), queue facts per call,
agent pauses, and storing both idempotently on SQLite and MariaDB."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, delete, insert, select, update
from sqlalchemy.orm import Session

from app.calls.collector.queue_facts import QueueFactsBuilder, QueueOutcome, RungAgent, queue_facts
from app.calls.collector.queue_feed import QueueLogFeed
from app.calls.collector.queue_log import (
    QueueEvent,
    QueueLogMark,
    load_queue_log_mark,
    normalize_agent,
    open_queue_log,
    parse_line,
    save_queue_log_mark,
)
from app.calls.collector.queue_log_file import QueueLogFile
from app.calls.collector.queue_log_table import QueueLogTable
from app.calls.collector.queue_pauses import agent_pauses
from app.calls.collector.queue_store import (
    PBX_PAUSE_SOURCE,
    apply_queue_facts,
    pbx_pause_reason,
    write_pbx_pauses,
)
from app.database import make_engine
from app.staff.auth import CurrentUser
from app.staff.pauses import current_pause, end_pause, pause_totals, start_pause
from models import Call, CollectorWatermark, Employee, Pause, PauseReason, Role
from tests.support import queue_log_fixtures as fx
from tests.support.queue_log_fixtures import F2, MSK, A, B, C, D, E, F, G, at
from tests.support.schema import schema_diff

PBX = "pbx1"


def pbx_id(linkedid: str) -> str:
    return f"{PBX}:{linkedid}"


def read_all(
    source: QueueLogFile | QueueLogTable, mark: QueueLogMark, now: datetime
) -> tuple[list[QueueEvent], int, QueueLogMark]:
    events: list[QueueEvent] = []
    bad = 0
    for _ in range(100):
        batch = source.read(mark, now)
        events += batch.events
        bad += len(batch.bad)
        mark = batch.mark
        if batch.caught_up:
            break
    return events, bad, mark


def key(e: QueueEvent) -> tuple[object, ...]:
    return (e.time.replace(microsecond=0), e.callid, e.queue, e.agent, e.event, e.data)


# -- parsing ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "agent"),
    [
        ("Local/101@from-queue/n", "101"),
        ("PJSIP/101", "101"),
        ("SIP/101", "101"),
        ("PJSIP/205-0000002a", "205"),
        ("Agent/7", "7"),
        ("NONE", ""),
        ("Anna Petrova", "Anna Petrova"),
    ],
)
def test_agents_are_normalized_to_the_extension(raw: str, agent: str) -> None:
    assert normalize_agent(raw) == agent


def test_a_file_line_becomes_a_typed_event_in_pbx_time() -> None:
    event = parse_line(fx.file_line(fx.CALLS[1]), MSK)
    assert event == QueueEvent(at(1), A, "sales", "", "ENTERQUEUE", ("", "79161234567", "1"))
    assert event.number(3) == 1 and event.value(9) == "" and event.number(1) is None
    # Trailing empty fields go; an empty field inside stays.
    pause = parse_line(f"{fx.EPOCH0}|NONE|NONE|{fx.M101}|PAUSEALL|\n", MSK)
    assert (pause.agent, pause.raw_agent, pause.data) == ("101", fx.M101, ())
    for bad in fx.BAD_LINES:
        with pytest.raises(ValueError):
            parse_line(bad, MSK)


# -- the file ---------------------------------------------------------------------------


def test_file_is_read_by_offset_and_bad_lines_are_counted(tmp_path: Path) -> None:
    path = tmp_path / "queue_log"
    good = fx.file_text(fx.EVERYTHING[:10])
    rest = fx.file_text(fx.EVERYTHING[10:])
    path.write_text(good + fx.BAD_LINES[0] + "\n\n" + rest + "\n".join(fx.BAD_LINES[1:]) + "\n")
    source = QueueLogFile(path, zone=MSK, chunk_bytes=512)
    events, _, mark = read_all(source, QueueLogMark(), fx.T0)
    assert [key(e) for e in events] == [
        key(parse_line(fx.file_line(x), MSK)) for x in fx.EVERYTHING
    ]
    assert mark == QueueLogMark(
        f"{os.stat(path).st_dev}:{os.stat(path).st_ino}", path.stat().st_size
    )

    # Where each bad line is: line numbers count the blank line too.
    batch = QueueLogFile(path, zone=MSK).read(QueueLogMark(), fx.T0)
    assert [(b.where.split(" (")[0], b.text) for b in batch.bad] == [
        (f"{path} line 11", fx.BAD_LINES[0]),
        (f"{path} line {13 + len(fx.EVERYTHING) - 10}", fx.BAD_LINES[1]),
        (f"{path} line {14 + len(fx.EVERYTHING) - 10}", fx.BAD_LINES[2]),
    ]
    assert len(batch.events) == len(fx.EVERYTHING)
    # Nothing new: reading on from the mark gives nothing and keeps the mark.
    again = source.read(mark, fx.T0)
    assert (again.events, again.bad, again.mark) == ([], [], mark)


def test_a_partial_last_line_waits_until_it_is_complete(tmp_path: Path) -> None:
    path = tmp_path / "queue_log"
    line = fx.file_line(fx.CALLS[5])
    path.write_text(fx.file_text(fx.CALLS[:5]) + line[:20])
    source = QueueLogFile(path, zone=MSK)
    first = source.read(QueueLogMark(), fx.T0)
    assert len(first.events) == 5 and not first.bad
    assert first.mark.offset == path.stat().st_size - 20
    with path.open("a") as f:
        f.write(line[20:])
    second = source.read(first.mark, fx.T0)
    assert [e.event for e in second.events] == ["CONNECT"]
    assert second.events[0].mark == first.mark  # re-reading starts at the line
    assert second.mark.offset == path.stat().st_size


def test_rotation_reads_the_rest_of_the_old_file_then_the_new_one(tmp_path: Path) -> None:
    path = tmp_path / "queue_log"
    fx.write_file(path, fx.EVERYTHING[:5])
    source = QueueLogFile(path, zone=MSK)
    mark = source.read(QueueLogMark(), fx.T0).mark
    fx.write_file(path, fx.EVERYTHING[5:8], append=True)  # written before the rotation
    path.rename(tmp_path / "queue_log.1")
    fx.write_file(path, fx.EVERYTHING[8:12])
    events, bad, mark = read_all(source, mark, fx.T0)
    assert [key(e) for e in events] == [
        key(parse_line(fx.file_line(x), MSK)) for x in fx.EVERYTHING[5:12]
    ]
    assert bad == 0
    assert mark.file_id == f"{path.stat().st_dev}:{path.stat().st_ino}"

    # The old file gone (compressed away): the new file from its start, and a note.
    (tmp_path / "queue_log.1").unlink()
    path.unlink()
    fx.write_file(path, fx.EVERYTHING[12:14])
    batch = source.read(mark, fx.T0)
    assert [key(e) for e in batch.events] == [
        key(parse_line(fx.file_line(x), MSK)) for x in fx.EVERYTHING[12:14]
    ]
    assert "from its start" in batch.notes[0]

    # Truncated in place (copytruncate): same inode, shorter than the offset.
    same = batch.mark
    path.write_text(fx.file_text(fx.EVERYTHING[14:15]))
    assert path.stat().st_size < (same.offset or 0)
    batch = source.read(same, fx.T0)
    assert [e.event for e in batch.events] == [fx.EVERYTHING[14][4]]


# -- the table --------------------------------------------------------------------------


@pytest.fixture
def pbx_engine(db_url: str) -> Iterator[Engine]:
    eng = make_engine(db_url)
    try:
        yield eng
    finally:
        eng.dispose()


@pytest.mark.parametrize("single_data", [False, True], ids=["data1-5", "data"])
@pytest.mark.parametrize("utc", [False, True], ids=["local", "utc"])
def test_table_is_read_by_time_windows_in_both_layouts(
    pbx_engine: Engine, single_data: bool, utc: bool
) -> None:
    table = fx.queue_log_table(pbx_engine, single_data=single_data)
    fx.insert_rows(
        pbx_engine,
        table,
        fx.EVERYTHING,
        utc=utc,
        extra=[{"time": "not a time", "callid": "x", "event": "ENTERQUEUE"}],
    )
    source = QueueLogTable(pbx_engine, zone=MSK, utc=utc, since=fx.T0)
    source.span = timedelta(minutes=5)  # several windows, boundaries inside the data
    assert source.check() == []
    now = at(5000)
    events, bad, mark = read_all(source, QueueLogMark(), now)
    assert [key(e) for e in events] == [
        key(parse_line(fx.file_line(x), MSK)) for x in fx.EVERYTHING
    ]
    assert all(e.time.microsecond for e in events[1:])  # the table's microseconds are kept
    assert bad == 0  # "not a time" sorts after every time: never inside a window
    assert mark.read_to is not None
    # Nothing is read twice or skipped at the windows' edges; the mark stops short of now.
    more = source.read(mark, now + timedelta(seconds=2))
    assert more.events == [] and more.caught_up

    # A row with a time in a window that cannot be read is reported with its id.
    fx.insert_rows(
        pbx_engine,
        table,
        [],
        extra=[{"time": fx.table_time(4990, 0, utc=utc)[:19] + "x", "event": "X"}],
    )
    late = source.read(QueueLogMark(read_to=mark.read_to - timedelta(seconds=60)), now)
    assert [b.where for b in late.bad] == [f"queue_log row id {len(fx.EVERYTHING) + 2}"]


def test_table_without_a_time_index_is_reported(pbx_engine: Engine) -> None:
    fx.queue_log_table(pbx_engine, single_data=False, indexed=False)
    notes = QueueLogTable(pbx_engine).check()
    assert len(notes) == 1 and "CREATE INDEX" in notes[0]


def test_a_table_that_is_not_a_queue_log_is_refused(pbx_engine: Engine) -> None:
    with pbx_engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE queue_log (id INTEGER PRIMARY KEY, time VARCHAR(26))")
    with pytest.raises(ValueError, match="not an Asterisk queue_log table"):
        QueueLogTable(pbx_engine).check()


# -- facts ------------------------------------------------------------------------------


def events_of(lines: list[fx.Line]) -> list[QueueEvent]:
    return [parse_line(fx.file_line(x), MSK) for x in lines]


def test_queue_facts_of_each_scenario() -> None:
    facts = queue_facts(events_of(fx.EVERYTHING))
    a = facts[A]
    assert (a.queue, a.did, a.position, a.outcome, a.hold_seconds, a.agent) == (
        "sales",
        "5551000",
        1,
        QueueOutcome.ANSWERED,
        48,
        "103",
    )
    assert a.rung == {"101": RungAgent("101", 2, 30), "102": RungAgent("102", 1, 15)}
    assert a.visits[0].talk_seconds == 120 and a.visits[0].completed_by == "caller"
    assert a.visits[0].bridged_uniqueid == f"{fx.EPOCH0 + 49}.20" and a.finished

    b = facts[B]
    assert (b.outcome, b.hold_seconds, b.position, b.agent) == (QueueOutcome.ABANDONED, 48, 2, None)
    assert b.rung == {"101": RungAgent("101", 1, 15)}  # 14.6 s
    assert (facts[C].outcome, facts[C].hold_seconds) == (QueueOutcome.TIMEOUT, 300)
    d = facts[D]
    assert (d.outcome, d.visits[0].exit_key, d.hold_seconds, d.position) == (
        QueueOutcome.EXIT_KEY,
        "5",
        22,
        3,
    )
    e = facts[E]
    assert (e.outcome, e.agent, e.hold_seconds, e.visits[0].talk_seconds) == (
        QueueOutcome.TRANSFERRED,
        "102",
        8,
        60,
    )
    # The second queue after the attended transfer: 104's events carry F's callid and join
    # the consult call's visit through CONNECT's bridged uniqueid.
    f, f2 = facts[F], facts[F2]
    assert [(v.queue, v.outcome) for v in f.visits] == [("sales", QueueOutcome.TRANSFERRED)]
    assert [(v.queue, v.outcome, v.agent, v.talk_seconds) for v in f2.visits] == [
        ("support", QueueOutcome.ANSWERED, "104", 155)
    ]
    assert f2.callids == (F2, F) and f2.finished
    # A timeout's failover to another queue: first queue, final outcome, total hold.
    g = facts[G]
    assert (g.queue, g.position, g.outcome, g.hold_seconds, g.agent) == (
        "support",
        2,
        QueueOutcome.ANSWERED,
        40,
        "103",
    )
    assert set(facts) == {A, B, C, D, E, F, F2, G}


def test_facts_build_up_across_batches() -> None:
    events = events_of(fx.CALLS)
    builder = QueueFactsBuilder()
    builder.add(events[:6])  # A rung and connected, not completed
    a = builder.facts()[A]
    assert (a.outcome, a.finished, a.visits[0].talk_seconds) == (QueueOutcome.ANSWERED, False, None)
    builder.add(events[6:])
    assert builder.facts()[A] == queue_facts(events)[A]
    assert builder.oldest_mark() is not None


def test_agent_pauses_become_intervals() -> None:
    result = agent_pauses(events_of(fx.EVERYTHING))
    assert [(p.agent, p.started_at, p.ended_at, p.reason) for p in result.pauses] == [
        ("101", at(1000), at(2800), "Lunch"),  # PAUSEALL + a PAUSE per queue: one pause
        ("102", at(1100), at(4000), "Перерыв"),
        ("999", at(3100), None, "Break"),  # still paused at the end
    ]
    assert [(x.agent, x.at) for x in result.ends] == [("103", at(3000))]
    # A batch that ends inside a pause: it stays open; the next batch's UNPAUSE is an end.
    first = agent_pauses(events_of(fx.EVERYTHING[:-1]))
    assert ("102", at(1100), None) in [(p.agent, p.started_at, p.ended_at) for p in first.pauses]
    assert [(x.agent, x.at) for x in agent_pauses(events_of(fx.EVERYTHING[-1:])).ends] == [
        ("102", at(4000))
    ]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Lunch", PauseReason.LUNCH),
        ("Обед", PauseReason.LUNCH),
        ("Перерыв", PauseReason.BREAK),
        ("coffee break", PauseReason.BREAK),
        ("Training", PauseReason.TRAINING),
        ("Wrap-up", PauseReason.WRAP_UP),
        ("", PauseReason.OTHER),
        ("Meeting", PauseReason.OTHER),
    ],
)
def test_pbx_pause_reasons(text: str, reason: PauseReason) -> None:
    assert pbx_pause_reason(text) is reason


# -- storing ----------------------------------------------------------------------------


def employees(engine: Engine) -> dict[str, int]:
    with Session(engine) as s:
        for ext in ("101", "102", "103", "104"):
            s.add(
                Employee(
                    login=f"op{ext}",
                    full_name=f"Operator {ext}",
                    role=Role.OPERATOR.value,
                    extension=ext,
                    password_hash="x",
                    created_at=fx.T0,
                )
            )
        s.commit()
        return {e.extension or "": e.id for e in s.scalars(select(Employee))}


def add_calls(engine: Engine, *callids: str) -> None:
    with Session(engine) as s:
        for n, callid in enumerate(callids):
            s.add(
                Call(
                    started_at=fx.T0 + timedelta(minutes=n),
                    direction="in",
                    disposition="answered",
                    status="accepted",
                    pbx_id=pbx_id(callid),
                )
            )
        s.commit()


def queue_columns(engine: Engine) -> dict[str, tuple[object, ...]]:
    with Session(engine) as s:
        return {
            c.pbx_id.split(":", 1)[1]: (
                c.queue,
                c.did,
                c.queue_position,
                c.queue_outcome,
                c.hold_seconds,
            )
            for c in s.scalars(select(Call))
            if c.pbx_id
        }


def pbx_pauses(engine: Engine) -> list[tuple[object, ...]]:
    with Session(engine) as s:
        return [
            (p.pbx_agent, p.reason, p.note, p.started_at, p.ended_at)
            for p in s.scalars(select(Pause).where(Pause.source == "pbx").order_by(Pause.id))
        ]


EXPECTED_CALLS = {
    A: ("sales", "5551000", 1, "answered", 48),
    B: ("sales", None, 2, "abandoned", 48),
    C: ("support", None, 1, "timeout", 300),
    D: ("support", None, 3, "exit_key", 22),
    E: ("sales", None, 1, "transferred", 8),
    F: ("sales", None, 1, "transferred", 5),
    G: ("support", None, 2, "answered", 40),
}


def test_feed_stores_facts_and_pauses_across_batches_idempotently(
    engine: Engine, tmp_path: Path
) -> None:
    ext = employees(engine)
    add_calls(engine, A, B, C, E, F, G)  # D's CDR rows have not arrived yet
    path = tmp_path / "queue_log"
    first = [x for x in fx.EVERYTHING if x[0] < 1500]
    second = [x for x in fx.EVERYTHING if x[0] >= 1500]
    fx.write_file(path, first)
    with path.open("a") as f:
        f.write(fx.file_line(second[0])[:15])  # being written
    now = at(1500)
    feed = QueueLogFeed(QueueLogFile(path, zone=MSK), PBX, keep_applied=timedelta(minutes=10))
    with Session(engine) as s, s.begin():
        run = feed.batch(s, now, pbx_id, ext)
    assert run.events == len(first) and run.calls_updated == 6 and run.waiting == 1
    stored = queue_columns(engine)
    assert stored == {k: v for k, v in EXPECTED_CALLS.items() if k != D}
    assert pbx_pauses(engine) == [
        ("101", "lunch", "Lunch", at(1000), None),
        ("102", "break", "Перерыв", at(1100), None),
    ]
    # The stored mark is the restart point: the first line of D, still waiting for its call.
    d_line = next(n for n, x in enumerate(fx.EVERYTHING) if x[1] == D)
    d_offset = len(fx.file_text(fx.EVERYTHING[:d_line]).encode())
    with Session(engine) as s:
        assert load_queue_log_mark(s, PBX).offset == d_offset

    # The collector dies here; a new one starts from the stored mark, D's call is written.
    add_calls(engine, D)
    with path.open("a") as f:
        f.write(fx.file_line(second[0])[15:] + fx.file_text(second[1:]))
    feed = QueueLogFeed(QueueLogFile(path, zone=MSK), PBX, keep_applied=timedelta(minutes=10))
    with Session(engine) as s, s.begin():
        run = feed.batch(s, at(5000), pbx_id, ext)
    assert run.calls_updated == 1 and run.waiting == 0
    assert run.pauses.unmatched_unpauses == 1 and run.pauses.unknown_agents == {"999"}
    assert queue_columns(engine) == EXPECTED_CALLS
    expected_pauses = [
        ("101", "lunch", "Lunch", at(1000), at(2800)),
        ("102", "break", "Перерыв", at(1100), at(4000)),
    ]
    assert pbx_pauses(engine) == expected_pauses
    with Session(engine) as s:
        mark = load_queue_log_mark(s, PBX)
    assert mark.offset == path.stat().st_size  # everything stored: nothing to re-read

    # Reading everything again changes nothing.
    with Session(engine) as s, s.begin():
        save_queue_log_mark(s, PBX, QueueLogMark())
    feed = QueueLogFeed(QueueLogFile(path, zone=MSK), PBX)
    with Session(engine) as s, s.begin():
        run = feed.batch(s, at(5000), pbx_id, ext)
    assert run.events == len(fx.EVERYTHING)
    assert (run.calls_updated, run.pauses.changed, run.pauses.unmatched_unpauses) == (0, 0, 1)
    assert queue_columns(engine) == EXPECTED_CALLS
    assert pbx_pauses(engine) == expected_pauses


def test_a_rolled_back_batch_is_read_again(engine: Engine, tmp_path: Path) -> None:
    ext = employees(engine)
    add_calls(engine, A)
    path = tmp_path / "queue_log"
    fx.write_file(path, fx.EVERYTHING[:-7])  # the calls, 101 paused
    feed = QueueLogFeed(QueueLogFile(path, zone=MSK), PBX)
    with Session(engine) as s:
        s.begin()
        feed.batch(s, at(1200), pbx_id, ext)
        s.rollback()
    feed.reset()
    assert queue_columns(engine)[A] == (None, None, None, None, None)
    assert pbx_pauses(engine) == []
    with Session(engine) as s, s.begin():
        feed.batch(s, at(1200), pbx_id, ext)
    assert queue_columns(engine)[A] == EXPECTED_CALLS[A]
    assert pbx_pauses(engine) == [("101", "lunch", "Lunch", at(1000), None)]


def test_apply_keeps_what_it_knew_and_fills_a_linked_call_only_where_empty(
    engine: Engine,
) -> None:
    add_calls(engine, F)
    events = events_of(fx.CALLS)
    with Session(engine) as s, s.begin():
        # Only the consult call's facts (F2, reached through F): they fill empty columns.
        result = apply_queue_facts(s, pbx_id, {F2: queue_facts(events)[F2]})
        assert set(result.applied) == {F2} and result.updated == 1
    assert queue_columns(engine)[F] == ("support", None, 1, "answered", 10)
    with Session(engine) as s, s.begin():
        s.execute(update(Call).values(queue="sales", queue_outcome="transferred"))
        result = apply_queue_facts(s, pbx_id, [queue_facts(events)[F2]])
    assert queue_columns(engine)[F] == ("sales", None, 1, "transferred", 10)
    with Session(engine) as s, s.begin():
        result = apply_queue_facts(s, pbx_id, queue_facts(events))
    assert queue_columns(engine)[F] == EXPECTED_CALLS[F]
    assert set(result.waiting) == {A, B, C, D, E, G}


def test_pbx_pauses_merge_when_read_from_the_middle(engine: Engine) -> None:
    ext = employees(engine)
    events = events_of(fx.PAUSES)
    with Session(engine) as s, s.begin():
        write_pbx_pauses(s, agent_pauses(events[:2]), ext)  # PAUSEALL, PAUSE sales
    with Session(engine) as s, s.begin():
        # A re-read that starts at the second PAUSE: the same pause, not a second one.
        written = write_pbx_pauses(s, agent_pauses(events[2:]), ext)
    assert written.changed == 2  # 101 closed, 102 inserted
    assert pbx_pauses(engine) == [
        ("101", "lunch", "Lunch", at(1000), at(2800)),
        ("102", "break", "Перерыв", at(1100), at(4000)),
    ]


def test_softphone_ready_and_pause_ignore_pbx_pauses(engine: Engine) -> None:
    ext = employees(engine)
    me = CurrentUser(ext["101"], "op101", "Operator 101", "", Role.OPERATOR, "101")
    with Session(engine) as s, s.begin():
        start_pause(s, me, PauseReason.BREAK, now=at(0))
    with Session(engine) as s, s.begin():
        # The desk phone pauses too, after the softphone's pause began and still open.
        write_pbx_pauses(s, agent_pauses(events_of(fx.PAUSES[:3])), ext)
    with Session(engine) as s:
        mine = current_pause(s, me.id)
        assert mine is not None and mine.reason is PauseReason.BREAK
    with Session(engine) as s, s.begin():
        ended = end_pause(s, me, now=at(1200))
        assert ended is not None and ended.started_at == at(0)
        start_pause(s, me, PauseReason.LUNCH, now=at(1200))
        end_pause(s, me, now=at(1300))
    with Session(engine) as s:
        assert current_pause(s, me.id) is None
        rows = s.execute(
            select(Pause.source, Pause.started_at, Pause.ended_at).order_by(Pause.started_at)
        ).all()
        assert [tuple(r) for r in rows] == [
            ("softphone", at(0), at(1200)),
            (PBX_PAUSE_SOURCE, at(1000), None),
            ("softphone", at(1200), at(1300)),
        ]
        # Totals: each source's pause reaching into the period counts (the softphone's
        # began before the PBX's, both before the period).
        totals = pause_totals(s, me.id, at(1100), at(1250), now=at(2000))
    assert totals == {me.id: {PauseReason.BREAK: 100, PauseReason.LUNCH: 150 + 50}}


def test_migration_matches_the_models_for_queue_columns(engine: Engine) -> None:
    with engine.connect() as conn:
        diffs = schema_diff(conn)

    def table_of(diff: Any) -> str:
        item = diff[0] if isinstance(diff, list) else diff
        kind = str(item[0])
        if kind in ("add_table", "remove_table"):
            return str(item[1].name)
        if kind.endswith(("_index", "_constraint", "_fk")):
            return str(item[1].table.name)
        return str(item[2])

    assert [d for d in diffs if table_of(d) in ("calls", "pauses")] == []


def test_marks_are_stored_per_pbx(engine: Engine) -> None:
    with Session(engine) as s, s.begin():
        save_queue_log_mark(s, PBX, QueueLogMark("1:2", 300))
        save_queue_log_mark(s, "other", QueueLogMark(read_to=fx.T0))
        save_queue_log_mark(s, PBX, QueueLogMark("1:2", 400))
    with Session(engine) as s:
        assert load_queue_log_mark(s, PBX) == QueueLogMark("1:2", 400)
        assert load_queue_log_mark(s, "other") == QueueLogMark(read_to=fx.T0)
        assert load_queue_log_mark(s, "none") == QueueLogMark()
        assert s.scalar(select(CollectorWatermark.source).where(CollectorWatermark.pbx == PBX)) == (
            "queue_log"
        )
    with Session(engine) as s, s.begin():
        s.execute(delete(CollectorWatermark))
        s.execute(insert(CollectorWatermark).values(pbx=PBX, source="cdr", updated_at=fx.T0))
    with Session(engine) as s:
        assert load_queue_log_mark(s, PBX) == QueueLogMark()


def test_read_outside_and_store_inside_the_transaction_in_journal_time(
    engine: Engine, tmp_path: Path
) -> None:
    ext = employees(engine)
    add_calls(engine, A)
    path = tmp_path / "queue_log"
    fx.write_file(path, fx.EVERYTHING)
    # The PBX is an hour ahead of the journal (e.g. Moscow vs Kyiv in winter).
    feed = QueueLogFeed(
        QueueLogFile(path, zone=MSK), PBX, to_journal=lambda t: t - timedelta(hours=1)
    )
    now = at(5000)
    first = feed.read(now)  # the stored mark is not loaded yet: nothing read
    assert first.events == [] and not first.caught_up
    with Session(engine) as s, s.begin():
        assert feed.store(s, first, now, pbx_id, ext).events == 0
    read = feed.read(now)
    assert len(read.events) == len(fx.EVERYTHING)
    with Session(engine) as s, s.begin():
        run = feed.store(s, read, now, pbx_id, ext)
    assert run.calls_updated == 1 and run.caught_up
    hour = timedelta(hours=1)
    assert pbx_pauses(engine) == [
        ("101", "lunch", "Lunch", at(1000) - hour, at(2800) - hour),
        ("102", "break", "Перерыв", at(1100) - hour, at(4000) - hour),
    ]


def test_catching_up_waits_for_the_cdr_instead_of_expiring_facts(
    engine: Engine, tmp_path: Path
) -> None:
    ext = employees(engine)
    path = tmp_path / "queue_log"
    fx.write_file(path, fx.EVERYTHING[:20])
    feed = QueueLogFeed(QueueLogFile(path, zone=MSK), PBX, read_ahead=timedelta(minutes=1))
    days_later = at(0) + timedelta(days=3)  # importing an old queue_log
    with Session(engine) as s, s.begin():
        run = feed.batch(s, days_later, pbx_id, ext, calls_read_to=at(0))
    # The CDR was read only to 10:00: nothing expires, the facts wait for their calls.
    assert (run.events, run.expired, run.waiting) == (20, 0, 7)
    # The queue_log is ahead of the CDR: it is not read further for now.
    fx.write_file(path, fx.EVERYTHING[20:], append=True)
    assert feed.read(days_later, calls_read_to=at(0)).events == []
    assert len(feed.read(days_later, calls_read_to=at(500)).events) == len(fx.EVERYTHING) - 20
    # The CDR read hours past the facts and their calls never came: given up.
    add_calls(engine, A)
    with Session(engine) as s, s.begin():
        run = feed.batch(s, days_later, pbx_id, ext, calls_read_to=at(500) + timedelta(hours=7))
    assert run.calls_updated == 1 and run.waiting == 0 and run.expired == 7
    assert run.stored_mark.offset == path.stat().st_size
    assert queue_columns(engine)[A] == EXPECTED_CALLS[A]


@pytest.mark.mariadb
def test_table_with_a_datetime_time_column(mariadb_url: str) -> None:
    eng = make_engine(mariadb_url)
    try:
        table = fx.queue_log_table(eng, single_data=False, datetime_time=True)
        fx.insert_rows(eng, table, fx.EVERYTHING)
        source = QueueLogTable(eng, zone=MSK, since=fx.T0)
        events, bad, _ = read_all(source, QueueLogMark(), at(5000))
    finally:
        eng.dispose()
    assert bad == 0
    assert [key(e) for e in events] == [key(x) for x in events_of(fx.EVERYTHING)]
    assert events[1].time == at(1).replace(microsecond=7919)


def test_open_queue_log_from_the_command_line_url(tmp_path: Path) -> None:
    path = tmp_path / "queue_log"
    for url in (f"file://{path}", str(path)):
        source = open_queue_log(url, zone=MSK)
        assert isinstance(source, QueueLogFile) and source.path == path
    table = open_queue_log(f"sqlite:///{tmp_path / 'pbx.db'}?table=ql&utc=yes", zone=MSK)
    assert isinstance(table, QueueLogTable)
    assert (table.table, table.utc, table.zone) == ("ql", True, MSK)
    assert "utc" not in str(table.engine.url) and "table" not in str(table.engine.url)
    table.engine.dispose()
    local = open_queue_log(f"sqlite:///{tmp_path / 'pbx.db'}")
    assert isinstance(local, QueueLogTable) and (local.table, local.utc) == ("queue_log", False)
    local.engine.dispose()
