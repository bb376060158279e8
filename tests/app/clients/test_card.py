"""The card's reads that the form needs besides the card itself (both databases)."""

from __future__ import annotations

from sqlalchemy import Engine, insert

from app.clients.card import responsible_choices
from models import Employee
from tests.support.clock_support import NOW


def _employee(engine: Engine, login: str, name: str, active: bool = True) -> int:
    with engine.begin() as conn:
        key = conn.execute(
            insert(Employee).values(
                login=login, full_name=name, password_hash="-", active=active, created_at=NOW
            )
        ).inserted_primary_key
    assert key is not None
    return int(key[0])


def test_responsible_choices_are_the_active_employees_by_name(engine: Engine) -> None:
    with engine.connect() as conn:
        assert responsible_choices(conn) == []
    smirnova = _employee(engine, "smirnova", "Смирнова Анна")
    _employee(engine, "gone", "Алексеев Борис", active=False)
    ivanov = _employee(engine, "ivanov", "Иванов Иван")
    ivanov_2 = _employee(engine, "ivanov2", "Иванов Иван")  # namesakes: both, oldest first
    with engine.connect() as conn:
        assert responsible_choices(conn) == [
            (ivanov, "Иванов Иван"),
            (ivanov_2, "Иванов Иван"),
            (smirnova, "Смирнова Анна"),
        ]
