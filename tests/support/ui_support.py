"""Helpers for GUI tests: a small seeded database and the employees in it."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine, select

from app.database import Database
from app.demo.seed import SeedPlan, seed
from app.staff.auth import CurrentUser, current_user
from models import Employee, EmployeeGroup, GroupMembership, Role
from tests.support.clock_support import NOW as NOW  # tests import the suite's NOW from here too

TODAY: date = NOW.date()


def seed_small(engine: Engine, calls: int = 3000, clients: int = 200) -> None:
    seed(engine, SeedPlan(calls=calls, clients=clients, days=30, now=NOW, seed=7))


def user_with_role(db: Database, role: Role) -> CurrentUser:
    with db.transaction() as session:
        employee = session.scalars(
            select(Employee).where(Employee.role == role.value).order_by(Employee.id)
        ).first()
        assert employee is not None, f"the demo has no {role.value}"
        return current_user(employee)


def with_every_field(db: Database, *users: CurrentUser) -> None:
    """Put ``users`` in a group that may edit every card field (a group without access rows):
    in no group, an employee sees no custom field."""
    with db.transaction() as session:
        group = session.scalar(select(EmployeeGroup).where(EmployeeGroup.name == "All fields"))
        if group is None:
            group = EmployeeGroup(name="All fields")
            session.add(group)
            session.flush()
        for who in users:
            if session.get(GroupMembership, (who.id, group.id)) is None:
                session.add(GroupMembership(employee_id=who.id, group_id=group.id))
