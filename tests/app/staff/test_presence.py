"""The live operators board (app.staff.presence): softphone reports, stale heartbeats, the
app's and the PBX's open pauses, a call outranking a pause, the order — on SQLite and MariaDB,
with times written out by hand."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from app.staff.presence import PAUSED, Report, board, counts, go_offline, report
from models import Employee, OperatorPresence, Pause, PresenceState

T0 = datetime(2026, 11, 16, 10, 0, 0)


def at(seconds: int) -> datetime:
    return T0 + timedelta(seconds=seconds)


def _people(engine: Engine) -> dict[str, int]:
    """Anna, Boris, Vera (operators), Galina (supervisor), Dmitry (accountant), Egor (a
    former operator): the board lists the first four."""
    made: dict[str, int] = {}
    with Session(engine) as s, s.begin():
        for login, name, role, active in (
            ("anna", "Anna A.", "operator", True),
            ("boris", "Boris B.", "operator", True),
            ("vera", "Vera V.", "operator", True),
            ("galina", "Galina G.", "supervisor", True),
            ("dmitry", "Dmitry D.", "accountant", True),
            ("egor", "Egor E.", "operator", False),
        ):
            row = Employee(
                login=login,
                full_name=name,
                password_hash="x",
                created_at=T0,
                role=role,
                active=active,
                extension=None if role == "accountant" else f"1{len(made) + 10}",
            )
            s.add(row)
            s.flush()
            made[login] = row.id
    return made


def _report(engine: Engine, emp: int, what: Report, now: datetime, place: str = "desk") -> None:
    with engine.connect() as conn:
        report(conn, emp, place, what, now=now)
        conn.commit()


def _board(engine: Engine, now: datetime) -> dict[str, tuple[str, int | None, str]]:
    with engine.connect() as conn:
        rows = board(conn, now=now)
    return {
        r.name: (r.state, r.seconds(now), r.peer_name or r.peer or r.pause_reason) for r in rows
    }


def test_states_heartbeats_and_who_is_listed(engine: Engine) -> None:
    ids = _people(engine)
    _report(engine, ids["anna"], Report(PresenceState.READY, at(0)), at(50))
    _report(
        engine,
        ids["boris"],
        Report(PresenceState.TALKING, at(30), "+79991234567", "OOO Romashka"),
        at(40),
    )
    _report(engine, ids["vera"], Report(PresenceState.RINGING, at(55), "+74951234567"), at(55))
    shown = _board(engine, at(60))
    assert shown == {
        "Vera V.": ("ringing", 5, "+74951234567"),
        "Boris B.": ("talking", 30, "OOO Romashka"),
        "Anna A.": ("ready", 60, ""),
        "Galina G.": ("offline", None, ""),  # a supervisor who never reported
    }
    assert list(shown) == ["Vera V.", "Boris B.", "Anna A.", "Galina G."]  # most urgent first
    # Anna's heartbeat at 50 s is 20 s old at 70 s: still fresh; at 71 s she is offline,
    # since her last sign of life.
    assert _board(engine, at(70))["Anna A."] == ("ready", 70, "")
    assert _board(engine, at(71))["Anna A."] == ("offline", 21, "")
    # A heartbeat keeps the state's start: ready since 0 s, seen again at 75 s.
    _report(engine, ids["anna"], Report(PresenceState.READY, at(0)), at(75))
    assert _board(engine, at(80))["Anna A."] == ("ready", 80, "")
    with engine.connect() as conn:
        assert counts(board(conn, now=at(60))) == {
            "ringing": 1,
            "talking": 1,
            "ready": 1,
            "offline": 1,
        }


def test_pauses_from_the_app_and_the_pbx_and_a_call_outranks_them(engine: Engine) -> None:
    ids = _people(engine)
    with Session(engine) as s, s.begin():
        # Anna paused for lunch in CallDesk; Boris is paused on the PBX only (no softphone);
        # Vera has an old closed break and an open wrap-up from the app and a later PBX one.
        s.add(Pause(employee_id=ids["anna"], reason="lunch", started_at=at(-600)))
        s.add(
            Pause(
                employee_id=ids["boris"],
                reason="break",
                started_at=at(-120),
                source="pbx",
                pbx_agent="PJSIP/111",
            )
        )
        s.add(
            Pause(employee_id=ids["vera"], reason="break", started_at=at(-900), ended_at=at(-800))
        )
        s.add(Pause(employee_id=ids["vera"], reason="wrap_up", started_at=at(-50), note="CRM"))
        s.add(
            Pause(
                employee_id=ids["vera"],
                reason="other",
                started_at=at(-20),
                source="pbx",
                pbx_agent="PJSIP/112",
            )
        )
    _report(engine, ids["anna"], Report(PresenceState.READY, at(-700)), at(0))
    shown = _board(engine, at(0))
    assert shown["Anna A."] == (PAUSED, 600, "lunch")
    assert shown["Boris B."] == (PAUSED, 120, "break")
    assert shown["Vera V."] == (PAUSED, 20, "other")  # the latest open pause
    # A client calls Anna during her pause (a queue may still ring her): the call shows.
    _report(engine, ids["anna"], Report(PresenceState.RINGING, at(5), "+79990000000"), at(5))
    assert _board(engine, at(6))["Anna A."] == ("ringing", 1, "+79990000000")
    # Her workstation dies mid-call: 21 s later the pause shows again, not a ghost call.
    assert _board(engine, at(26))["Anna A."] == (PAUSED, 626, "lunch")


def test_going_offline_and_a_second_workstation(engine: Engine) -> None:
    ids = _people(engine)
    anna = ids["anna"]
    _report(engine, anna, Report(PresenceState.READY, at(0)), at(0), place="desk-1")
    # Anna logs in at desk-2 too; desk-1 then closes: desk-2's state stays.
    _report(engine, anna, Report(PresenceState.TALKING, at(10), "+70000000001"), at(10), "desk-2")
    with engine.connect() as conn:
        go_offline(conn, anna, "desk-1", now=at(12))
        conn.commit()
    assert _board(engine, at(12))["Anna A."] == ("talking", 2, "+70000000001")
    with engine.connect() as conn:
        go_offline(conn, anna, "desk-2", now=at(14))
        conn.commit()
    assert _board(engine, at(15))["Anna A."] == ("offline", 1, "")
    with Session(engine) as s:  # one row per employee, whichever workstation wrote last
        rows = s.scalars(select(OperatorPresence).where(OperatorPresence.employee_id == anna)).all()
        assert [(r.place, r.state) for r in rows] == [("desk-2", "offline")]
