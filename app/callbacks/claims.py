""" "Take it": an operator claims a worklist item so nobody else calls the same caller.

A claim is one row per number (``callback_claims``). Taking is one transaction: the row is
read for update; a live claim of someone else is a :class:`ClaimConflict` naming them; a
lapsed or own claim is renewed. Two operators taking the same free item at once meet on
the primary key: the second insert waits for the first and fails as a duplicate, which is
told as the same conflict.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import cast

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.messages import QT_TRANSLATE_NOOP, UserFacingError
from app.staff.auth import CurrentUser
from models import CallbackClaim, Employee

_claims = cast(Table, CallbackClaim.__table__)
_employees = cast(Table, Employee.__table__)


@dataclass(frozen=True)
class Claim:
    number: str
    employee_id: int
    claimed_at: datetime
    expires_at: datetime


class ClaimConflict(UserFacingError):
    """Someone else is already calling this caller back."""

    def __init__(self, holder: str, expires_at: datetime) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "app", "{employee} is already calling this number back (until {time})"
            ),
            employee=holder,
            time=expires_at.strftime("%H:%M"),
        )
        self.holder = holder
        self.expires_at = expires_at


def _holder(session: Session, number: str) -> tuple[int, str, datetime] | None:
    row = session.execute(
        select(_claims.c.employee_id, _employees.c.full_name, _claims.c.expires_at)
        .join(_employees, _employees.c.id == _claims.c.employee_id)
        .where(_claims.c.number == number)
        .with_for_update()
    ).first()
    return None if row is None else (row[0], row[1], row[2])


def take(session: Session, number: str, who: CurrentUser, now: datetime, minutes: int) -> Claim:
    """Claim ``number`` for ``who`` until ``now + minutes``, in the caller's transaction."""
    if not number:
        raise UserFacingError(QT_TRANSLATE_NOOP("app", "A call without a number cannot be taken"))
    expires = now + timedelta(minutes=minutes)
    held = _holder(session, number)
    if held is None:
        try:
            with session.begin_nested():
                session.execute(
                    insert(_claims).values(
                        number=number,
                        employee_id=who.id,
                        claimed_at=now,
                        expires_at=expires,
                        version=1,
                    )
                )
        except IntegrityError:
            # Another operator inserted it while we looked: their claim stands.
            raced = _holder(session, number)
            if raced is None:
                raise
            raise ClaimConflict(raced[1], raced[2]) from None
        return Claim(number, who.id, now, expires)
    holder_id, holder_name, holder_expires = held
    if holder_id != who.id and holder_expires > now:
        raise ClaimConflict(holder_name, holder_expires)
    session.execute(
        update(_claims)
        .where(_claims.c.number == number)
        .values(
            employee_id=who.id,
            claimed_at=now,
            expires_at=expires,
            version=_claims.c.version + 1,
        )
    )
    return Claim(number, who.id, now, expires)


def release(session: Session, number: str, who: CurrentUser) -> bool:
    """Give up one's own claim; False when there was none of ``who``'s."""
    result = session.execute(
        delete(_claims).where(_claims.c.number == number, _claims.c.employee_id == who.id)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]
