"""A small hand-built journal for the report tests: ring groups, queues, a transfer, lost
calls, callbacks the same day and the next day, a wrap-up pause (expected figures are
worked out by hand in the tests from this description).

Monday 2026-11-16 and Tuesday 2026-11-17; operators A, B, C.

 #  start              dir  from/to        queue    rang     answered  wait talk hangup
 1  16 09:05:00        in   ...001 unknown  sales   A, B     B          12  100  client
 2  16 09:20:00        in   ...002 unknown  sales   A, B     -          40    0  client
 3  16 09:50:00        out  ...002          -       A        yes        10   60  employee
 4  16 10:31:00        in   ...003 unknown  -       C        -           3    0  system
 5  16 10:30:00        in   ...004 client X -       A -> C   A          25  200  employee
 6  16 11:00:00        int  A -> B          -       B        B           5   30  client
 7  17 09:00:00        in   ...005 unknown  support A, B     -          30    0  client
 8  17 14:00:00        in   ...005 unknown  support B        B           8   50  client
 9  17 15:00:00        out  ...006          -       C        no         20    0  employee
10  17 16:00:00        out  ...003          -       C        yes         5   40  client
11  17 17:00:00        in   ...007 unknown  -       C        -          10    0  client
2 is called back by 3 (answered 09:50:10), 7 gets through by 8 (14:00:08), 4 is called back
by 10 the next day (16:00:05), 11 stays open; 5 is transferred from A to C; 9 is cancelled
(C gave up before an answer).
Pause: A wrap-up 16 10:35:00-10:36:00 (60 s).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, insert
from sqlalchemy.orm import Session

from app.calls.writer import write_call
from models import Client, Employee, Pause

D16 = datetime(2026, 11, 16)
D17 = datetime(2026, 11, 17)
DID = "+74950000000"


@dataclass
class Journal:
    a: int
    b: int
    c: int
    ids: dict[int, int]  # fixture number -> calls.id


def _employee(session: Session, login: str, name: str, ext: str) -> int:
    row = Employee(
        login=login,
        full_name=name,
        password_hash="x",
        created_at=D16,
        extension=ext,
        role="operator",
    )
    session.add(row)
    session.flush()
    return row.id


def build(engine: Engine) -> Journal:
    with Session(engine) as session, session.begin():
        a = _employee(session, "a", "Anna A", "101")
        b = _employee(session, "b", "Boris B", "102")
        c = _employee(session, "c", "Clara C", "103")
        x = Client(display_name="X Ltd", created_at=D16, updated_at=D16, responsible_id=a)
        session.add(x)
        session.flush()
        ids: dict[int, int] = {}

        def call(
            n: int,
            start: datetime,
            direction: str,
            number: str,
            *,
            answered_by: int | None,
            rang: list[int],
            wait: int,
            talk: int,
            hangup: str,
            queue: str | None = None,
            known: bool = False,
            client: int | None = None,
            transfers: int = 0,
            disposition: str | None = None,
        ) -> None:
            answered = answered_by is not None and disposition is None
            answered_at = start + timedelta(seconds=wait) if answered else None
            ended = start + timedelta(seconds=wait + talk)
            row: dict[str, Any] = {
                "started_at": start,
                "answered_at": answered_at,
                "ended_at": ended,
                "direction": direction,
                "disposition": disposition or ("answered" if answered else "no_answer"),
                "external_number": number,
                "number_known": known,
                "client_id": client,
                "employee_id": answered_by,
                "wait_seconds": wait,
                "talk_seconds": talk,
                "hangup_by": hangup,
                "transfer_count": transfers,
                "queue": queue,
                "did": DID if direction == "in" else None,
                "source": "pbx",
                "pbx_id": f"fx:{n}",
            }
            parts = [
                {
                    "employee_id": e,
                    "extension": "",
                    "started_at": start,
                    "answered_at": answered_at if e == answered_by or transfers else None,
                    "ended_at": ended,
                    "disposition": (
                        "answered" if answered and (e == answered_by or transfers) else "no_answer"
                    ),
                    "talk_seconds": 0,
                }
                for e in rang
            ]
            ids[n] = write_call(session, row, parts)

        def at(day: datetime, h: int, m: int) -> datetime:
            return day.replace(hour=h, minute=m)

        call(
            1,
            at(D16, 9, 5),
            "in",
            "+79160000001",
            answered_by=b,
            rang=[a, b],
            wait=12,
            talk=100,
            hangup="client",
            queue="sales",
        )
        call(
            2,
            at(D16, 9, 20),
            "in",
            "+79160000002",
            answered_by=None,
            rang=[a, b],
            wait=40,
            talk=0,
            hangup="client",
            queue="sales",
        )
        call(
            3,
            at(D16, 9, 50),
            "out",
            "+79160000002",
            answered_by=a,
            rang=[a],
            wait=10,
            talk=60,
            hangup="employee",
        )
        call(
            5,
            at(D16, 10, 30),
            "in",
            "+79160000004",
            answered_by=a,
            rang=[a, c],
            wait=25,
            talk=200,
            hangup="employee",
            known=True,
            client=x.id,
            transfers=1,
        )
        call(
            4,
            at(D16, 10, 31),
            "in",
            "+79160000003",
            answered_by=None,
            rang=[c],
            wait=3,
            talk=0,
            hangup="system",
        )
        call(
            6,
            at(D16, 11, 0),
            "internal",
            "102",
            answered_by=b,
            rang=[a, b],
            wait=5,
            talk=30,
            hangup="client",
        )
        call(
            7,
            at(D17, 9, 0),
            "in",
            "+79160000005",
            answered_by=None,
            rang=[a, b],
            wait=30,
            talk=0,
            hangup="client",
            queue="support",
        )
        call(
            8,
            at(D17, 14, 0),
            "in",
            "+79160000005",
            answered_by=b,
            rang=[b],
            wait=8,
            talk=50,
            hangup="client",
            queue="support",
        )
        call(
            9,
            at(D17, 15, 0),
            "out",
            "+79160000006",
            answered_by=c,
            rang=[c],
            wait=20,
            talk=0,
            hangup="employee",
            disposition="cancelled",
        )
        call(
            10,
            at(D17, 16, 0),
            "out",
            "+79160000003",
            answered_by=c,
            rang=[c],
            wait=5,
            talk=40,
            hangup="client",
        )
        call(
            11,
            at(D17, 17, 0),
            "in",
            "+79160000007",
            answered_by=None,
            rang=[c],
            wait=10,
            talk=0,
            hangup="client",
        )
        session.execute(
            insert(Pause).values(
                employee_id=a,
                reason="wrap_up",
                started_at=at(D16, 10, 35),
                ended_at=at(D16, 10, 36),
                source="softphone",
            )
        )
    return Journal(a, b, c, ids)
