"""Many desktops writing at once into one database (issue 18's load): each writer is an
operator on an engine of its own, as on its own desktop, doing what operators do all day —
registering numbers (several writers race for the same ones), pausing and returning,
commenting calls colleagues comment too. Every write is one transaction through
Database.write (retried on deadlocks and lock waits).

:func:`run_load` records each write's outcome by a token the write carries; :func:`verify`
then reads the database and checks that every write reported done is there exactly once and
every refused one left nothing. Used by tests/app/test_write_load.py (a few seconds) and
tests/benchmarks/write_load.py (a minute, figures in JSON).
"""

from __future__ import annotations

import random
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta
from functools import partial
from typing import Any

from sqlalchemy import func, select

from app import clock
from app.clients.numbers import NewClient, create_client
from app.database import Database, make_engine, migrate
from app.journal.comments import read_comment, save_comment
from app.messages import UserFacingError
from app.staff.auth import CurrentUser
from app.staff.pauses import end_pause, start_pause
from models import Call, Client, Pause, Phone
from tests.app.callbacks.support import employee, missed

SHARED_NUMBERS = 60  # writers race for these: a number has one owner
SHARED_CALLS = 6  # and comment these


@dataclass
class Outcomes:
    done: list[tuple[str, Any]] = field(default_factory=list)  # (kind, token)
    # (kind, token, message, the refusal's class)
    refused: list[tuple[str, Any, str, str]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (kind, repr of the error)
    latencies: list[float] = field(default_factory=list)
    lock = threading.Lock()

    def counts(self) -> dict[str, int]:
        return {
            "done": len(self.done),
            "refused": len(self.refused),
            "failed": len(self.failed),
            **{f"done_{k}": v for k, v in Counter(k for k, _ in self.done).items()},
            **{f"refused_{k}": v for k, v in Counter(k for k, _, _, _ in self.refused).items()},
        }


@dataclass
class Setup:
    url: str
    operators: list[CurrentUser]
    calls: list[int]
    numbers: list[str]


def prepare(url: str, writers: int) -> Setup:
    engine = make_engine(url)
    migrate(engine)
    db = Database(engine)
    start = clock.now() - timedelta(hours=1)
    with db.transaction() as s:
        operators = [employee(s, f"load{i}", f"Оператор {i}", str(500 + i)) for i in range(writers)]
        calls = [
            missed(s, f"+7999000{i:04d}", start + timedelta(minutes=i)) for i in range(SHARED_CALLS)
        ]
    db.dispose()
    numbers = [f"+7916{n:07d}" for n in range(1_000_000, 1_000_000 + SHARED_NUMBERS)]
    return Setup(url, operators, calls, numbers)


def _writer(setup: Setup, index: int, stop_at: float, seed: int, out: Outcomes) -> None:
    rng = random.Random(seed * 1000 + index)
    who = setup.operators[index]
    db = Database(make_engine(setup.url, pool_size=1, max_overflow=1))
    paused = False
    n = 0
    try:
        while time.monotonic() < stop_at:
            n += 1
            token = f"w{index}-{n}"
            kind = rng.choice(("register", "pause", "comment"))
            began = time.perf_counter()
            try:
                if kind == "register":
                    # Mostly a number of one's own; one time in three a contested one.
                    number = (
                        rng.choice(setup.numbers)
                        if rng.random() < 1 / 3
                        else f"+7917{index:03d}{n % 10_000:04d}"
                    )
                    db.write(
                        partial(create_client, number_text=number, new=NewClient(token), who=who)
                    )
                    result: Any = (token, number)
                elif kind == "pause":
                    if paused:
                        db.write(partial(end_pause, who=who))
                    else:
                        db.write(partial(start_pause, who=who, reason="break", note=token))
                    paused = not paused
                    result = (token, paused)
                else:
                    call_id = rng.choice(setup.calls)
                    with db.engine.connect() as conn:
                        version = read_comment(conn, call_id).version
                    db.write(
                        partial(
                            save_comment,
                            call_id=call_id,
                            text=token,
                            expected_version=version,
                            who=who,
                        )
                    )
                    result = (token, call_id)
            except UserFacingError as e:  # a refusal the user reads: nothing may be written
                with out.lock:
                    out.refused.append((kind, token, str(e), type(e).__name__))
            except Exception as e:  # a write neither done nor refused: the test fails on it
                with out.lock:
                    out.failed.append((kind, repr(e)))
            else:
                with out.lock:
                    out.done.append((kind, result))
            with out.lock:
                out.latencies.append(time.perf_counter() - began)
    finally:
        db.dispose()


def run_load(setup: Setup, seconds: float, seed: int = 1) -> Outcomes:
    out = Outcomes()
    stop_at = time.monotonic() + seconds
    threads = [
        threading.Thread(target=_writer, args=(setup, i, stop_at, seed, out), daemon=True)
        for i in range(len(setup.operators))
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=seconds + 120)
    assert not any(t.is_alive() for t in threads), "a writer hangs"
    return out


def verify(setup: Setup, out: Outcomes) -> list[str]:
    """What is wrong in the database against the outcomes (empty: nothing)."""
    problems: list[str] = []
    engine = make_engine(setup.url)
    try:
        with engine.connect() as conn:
            names = Counter(conn.scalars(select(Client.display_name)))
            owners = {r[0]: r[1] for r in conn.execute(select(Phone.number, Phone.client_id))}
            notes = Counter(conn.scalars(select(Pause.note).where(Pause.note.is_not(None))))
            open_pauses = conn.execute(
                select(Pause.employee_id, func.count())
                .where(Pause.ended_at.is_(None))
                .group_by(Pause.employee_id)
                .having(func.count() > 1)
            ).all()
            rows = conn.execute(
                select(Call.id, Call.comment, Call.comment_version).where(Call.id.in_(setup.calls))
            ).all()
            comments = {r.id: r.comment for r in rows}
            versions = {r.id: r.comment_version for r in rows}
    finally:
        engine.dispose()
    registered = [r for k, r in out.done if k == "register"]
    for token, number in registered:
        if names[token] != 1:
            problems.append(f"client {token} written {names[token]} times")
        if number not in owners:
            problems.append(f"{number} registered by {token} has no owner")
    if len({n for _, n in registered}) != len(registered):
        problems.append("a number was registered twice")
    for kind, token, _message, _class in out.refused:
        if kind == "register" and names[token]:
            problems.append(f"refused client {token} was written")
        if kind == "pause" and notes[token]:
            problems.append(f"refused pause {token} was written")
        if kind == "comment" and token in comments.values():
            problems.append(f"refused comment {token} was written")
    for token, now_paused in (r for k, r in out.done if k == "pause"):
        if now_paused and notes[token] != 1:
            problems.append(f"pause {token} written {notes[token]} times")
    if open_pauses:
        problems.append(f"employees with more than one open pause: {open_pauses}")
    done_comments = Counter(c for k, (_t, c) in ((k, r) for k, r in out.done) if k == "comment")
    for call_id in setup.calls:
        if versions[call_id] != done_comments[call_id]:
            problems.append(
                f"call {call_id}: comment version {versions[call_id]}, "
                f"{done_comments[call_id]} saves done"
            )
    return problems
