"""app.calls.collector.bulk: the collector's own multi-row INSERT rendering stores every value as
SQLAlchemy's executemany would (quotes, backslashes, %, NUL, Unicode, NULL, booleans,
microseconds, the columns' Python defaults), and splits big inserts into several statements."""

from __future__ import annotations

from datetime import datetime
from typing import cast

import pytest
from sqlalchemy import Engine, Table, select
from sqlalchemy.orm import Session

from app.calls.collector import bulk
from models import Call, CollectedLeg

_legs = cast(Table, CollectedLeg.__table__)
_calls = cast(Table, Call.__table__)

TRICKY = [
    "plain",
    'it\'s "quoted"',
    "back\\slash \\' \\\\",
    "100% %s %(x)s",
    "nul\x00byte\x1a ctrl-z",
    "line\nbreak\r\n\ttab",
    "Кириллица ✓ 𝄞",
    "",
]


def test_rows_come_back_as_written(engine: Engine) -> None:
    when = datetime(2026, 11, 20, 9, 30, 15)
    rows = [
        {
            "pbx": "main",
            "linkedid": f"17000.{i}",
            "uniqueid": text[:60] or "u",
            "sequence": i,
            "call_id": None,
            "calldate": when.replace(microsecond=123456 if i % 2 else 0),
            "data": text,
        }
        for i, text in enumerate(TRICKY)
    ]
    with Session(engine) as session, session.begin():
        bulk.insert_rows(session, _legs, rows)
    with engine.connect() as conn:
        got = conn.execute(select(_legs).order_by(_legs.c.sequence)).all()
    assert [r.data for r in got] == TRICKY
    assert [r.uniqueid for r in got] == [r["uniqueid"] for r in rows]
    assert all(r.call_id is None for r in got)
    # DATETIME without fractions: both backends keep the second (as through SQLAlchemy).
    assert {r.calldate.replace(microsecond=0) for r in got} == {when}


def test_booleans_and_python_defaults(engine: Engine) -> None:
    row = {
        "started_at": datetime(2026, 11, 20, 10, 0),
        "answered_at": None,
        "ended_at": datetime(2026, 11, 20, 10, 1),
        "direction": "incoming",
        "disposition": "no_answer",
        "status": "missed",
        "number_known": True,
        "pbx_id": "main:1",
    }
    with Session(engine) as session, session.begin():
        bulk.insert_rows(session, _calls, [row, {**row, "number_known": False, "pbx_id": "main:2"}])
    with engine.connect() as conn:
        got = conn.execute(select(_calls).order_by(_calls.c.pbx_id)).all()
    assert [r.number_known for r in got] == [True, False]
    # Left out: the columns' defaults, as SQLAlchemy's insert() fills them.
    assert {(r.source, r.comment_version, r.wait_seconds, r.external_number) for r in got} == {
        ("pbx", 0, 0, "")
    }


def test_a_big_insert_is_split(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bulk, "MAX_STATEMENT_BYTES", 2000)
    rows = [
        {
            "pbx": "main",
            "linkedid": "1",
            "uniqueid": str(i),
            "sequence": 0,
            "call_id": None,
            "calldate": datetime(2026, 11, 20, 9, 0),
            "data": "x" * 100,
        }
        for i in range(300)
    ]
    with Session(engine) as session, session.begin():
        bulk.insert_rows(session, _legs, rows)
        bulk.insert_rows(session, _legs, [])
    with engine.connect() as conn:
        assert len(conn.execute(select(_legs.c.id)).all()) == 300


def test_escaping_is_pymysqls() -> None:
    from pymysql.converters import escape_string

    every = "".join(chr(c) for c in range(128)) + "Кириллица ✓ 𝄞"
    for text in [*TRICKY, every, every * 3]:
        assert bulk._escape_backslashes(text) == escape_string(text)
    assert bulk._escape_quotes("it's") == "it''s"


def test_returning_hands_back_every_row_inserted(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [
        {
            "pbx": "main",
            "linkedid": f"17100.{i}",
            "uniqueid": f"u{i}",
            "sequence": i,
            "call_id": None,
            "calldate": datetime(2026, 11, 20, 9, 30),
            "data": "x" * 200,
        }
        for i in range(50)
    ]
    with Session(engine) as session, session.begin():
        if not bulk.can_return(session):  # SQLite here: the caller looks the rows up
            with pytest.raises(ValueError, match="RETURNING"):
                bulk.insert_rows(session, _legs, rows, returning=("id",))
            return
        # Several statements: the rows of each come back.
        monkeypatch.setattr(bulk, "MAX_STATEMENT_BYTES", 2000)
        back = bulk.insert_rows(session, _legs, rows, returning=("id", "linkedid"))
    with engine.connect() as conn:
        stored = conn.execute(select(_legs.c.id, _legs.c.linkedid).order_by(_legs.c.id)).all()
    assert sorted(back) == [tuple(r) for r in stored]
    assert len(back) == len(rows)
