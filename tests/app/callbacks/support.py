"""A tiny journal written through the real call writer, for the worklist's tests."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from app.calls.writer import write_call
from app.database import Database
from app.staff.auth import CurrentUser, current_user
from models import Client, ClientKind, Direction, Disposition, Employee, Phone, Role

DAY = datetime(2026, 11, 20)


def at(hhmm: str) -> datetime:
    hours, minutes = hhmm.split(":")
    return DAY.replace(hour=int(hours), minute=int(minutes))


def employee(session: Session, login: str, name: str, extension: str) -> CurrentUser:
    person = Employee(
        login=login,
        full_name=name,
        role=Role.OPERATOR.value,
        extension=extension,
        password_hash="x",
        created_at=DAY,
    )
    session.add(person)
    session.flush()
    return current_user(person)


def client(session: Session, name: str, *numbers: str) -> int:
    row = Client(display_name=name, kind=ClientKind.COMPANY.value, created_at=DAY, updated_at=DAY)
    session.add(row)
    session.flush()
    for number in numbers:
        session.add(
            Phone(number=number, digits_reversed=number[::-1], client_id=row.id, created_at=DAY)
        )
    session.flush()
    return row.id


def missed(
    session: Session,
    number: str,
    start: datetime,
    wait: int = 30,
    rang: tuple[tuple[int, int], ...] = (),
    client_id: int | None = None,
) -> int:
    """A missed incoming call; ``rang`` is (employee id, seconds) per part."""
    parts: list[dict[str, Any]] = []
    t = start
    for employee_id, seconds in rang:
        parts.append(
            {
                "employee_id": employee_id,
                "extension": "",
                "started_at": t,
                "ended_at": t + timedelta(seconds=seconds),
                "disposition": Disposition.NO_ANSWER.value,
            }
        )
        t += timedelta(seconds=seconds)
    return write_call(
        session,
        {
            "started_at": start,
            "ended_at": start + timedelta(seconds=wait),
            "direction": Direction.INCOMING.value,
            "disposition": Disposition.NO_ANSWER.value,
            "external_number": number,
            "number_reversed": number[::-1],
            "client_id": client_id,
            "number_known": client_id is not None,
            "wait_seconds": wait,
            "hangup_by": "client",
        },
        parts,
    )


def contact(
    session: Session,
    number: str,
    start: datetime,
    employee_id: int,
    *,
    direction: Direction = Direction.OUTGOING,
    answered: bool = True,
    client_id: int | None = None,
) -> int:
    return write_call(
        session,
        {
            "started_at": start,
            "answered_at": start + timedelta(seconds=5) if answered else None,
            "ended_at": start + timedelta(seconds=60),
            "direction": direction.value,
            "disposition": (Disposition.ANSWERED if answered else Disposition.NO_ANSWER).value,
            "external_number": number,
            "number_reversed": number[::-1],
            "client_id": client_id,
            "number_known": client_id is not None,
            "employee_id": employee_id,
            "talk_seconds": 55 if answered else 0,
        },
        [],
    )


def staff(db: Database) -> tuple[CurrentUser, CurrentUser]:
    with db.transaction() as s:
        return (
            employee(s, "ivanova", "Ivanova Anna", "301"),
            employee(s, "petrov", "Petrov Pavel", "302"),
        )
