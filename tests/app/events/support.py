"""Employees and a client for the events' tests (an empty migrated database)."""

from __future__ import annotations

from datetime import datetime

from app.database import Database
from app.staff.auth import CurrentUser, current_user
from models import Client, ClientKind, Employee, Role

DAY = datetime(2026, 11, 20)


def person(db: Database, login: str, name: str, role: Role = Role.OPERATOR) -> CurrentUser:
    with db.transaction() as s:
        row = Employee(
            login=login, full_name=name, role=role.value, password_hash="x", created_at=DAY
        )
        s.add(row)
        s.flush()
        return current_user(row)


def client(db: Database, name: str) -> int:
    with db.transaction() as s:
        row = Client(
            display_name=name, kind=ClientKind.COMPANY.value, created_at=DAY, updated_at=DAY
        )
        s.add(row)
        s.flush()
        return row.id
