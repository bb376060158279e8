"""Tasks on both databases: visibility, the counter, hours on Ready/Closed, history, and two
editors of one task (a conflict, never an overwrite)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import Engine, select

from app.database import Database
from app.staff.auth import CurrentUser, current_user
from app.staff.permissions import PermissionDenied
from app.tasks import (
    TaskConflict,
    TaskDraft,
    TaskError,
    add_comment,
    board_stamp,
    create_task,
    move_task,
    my_active_count,
    read_board,
    read_task,
    update_task,
)
from models import Client, ClientKind, Employee, Role, TaskStatus

NOW = datetime(2026, 11, 20, 10, 0)


def person(db: Database, login: str, role: Role = Role.OPERATOR, tasks: bool = True) -> CurrentUser:
    with db.transaction() as s:
        e = Employee(
            login=login,
            full_name=login.title(),
            role=role.value,
            password_hash="x",
            created_at=NOW,
            can_tasks=tasks,
        )
        s.add(e)
        s.flush()
        return current_user(e)


@pytest.fixture
def team(engine: Engine) -> tuple[Database, CurrentUser, CurrentUser, CurrentUser]:
    db = Database(engine)
    return db, person(db, "anna"), person(db, "boris"), person(db, "sveta", Role.SUPERVISOR)


def test_visibility_counter_and_columns(
    team: tuple[Database, CurrentUser, CurrentUser, CurrentUser],
) -> None:
    db, anna, boris, sveta = team
    mine = db.write(lambda s: create_task(s, anna, TaskDraft("Call Romashka", anna.id), NOW))
    given = db.write(lambda s: create_task(s, anna, TaskDraft("Send the offer", boris.id), NOW))
    db.write(lambda s: create_task(s, sveta, TaskDraft("Supervisor's own", sveta.id), NOW))
    with db.transaction() as s:
        assert {c.id for c in read_board(s, anna)} == {mine, given}  # assigned to or by her
        assert [c.id for c in read_board(s, boris)] == [given]
        assert len(read_board(s, sveta)) == 3  # supervisors see all
        assert my_active_count(s, anna) == 1
        assert my_active_count(s, boris) == 1
        before = board_stamp(s, boris)
    db.write(lambda s: move_task(s, boris, given, 1, TaskStatus.IN_PROGRESS, NOW))
    with db.transaction() as s:
        assert board_stamp(s, boris) != before
        assert my_active_count(s, boris) == 1
    with pytest.raises(TaskError):  # Ready needs the hours spent
        db.write(lambda s: move_task(s, boris, given, 2, TaskStatus.READY, NOW))
    db.write(lambda s: move_task(s, boris, given, 2, TaskStatus.READY, NOW, hours=1.5))
    with db.transaction() as s:
        assert my_active_count(s, boris) == 0
        details = read_task(s, boris, given)
    assert details.status is TaskStatus.READY and details.hours_spent == 1.5
    assert [h.field for h in details.history] == ["created", "status", "status", "hours_spent"]
    with pytest.raises(TaskError):  # Boris may not open a task that is not his
        db.write(lambda s: read_task(s, boris, mine))


def test_two_editors_get_a_conflict_not_an_overwrite(
    team: tuple[Database, CurrentUser, CurrentUser, CurrentUser],
) -> None:
    db, anna, boris, sveta = team
    task = db.write(lambda s: create_task(s, anna, TaskDraft("Contract", boris.id), NOW))
    with db.transaction() as s:
        seen_by_anna = read_task(s, anna, task)
        seen_by_sveta = read_task(s, sveta, task)
    changed = TaskDraft("Contract No. 5", boris.id, due_at=NOW + timedelta(days=1))
    db.write(lambda s: update_task(s, anna, task, seen_by_anna.version, changed, NOW))
    with pytest.raises(TaskConflict) as conflict:
        db.write(
            lambda s: update_task(
                s, sveta, task, seen_by_sveta.version, TaskDraft("Mine", boris.id), NOW
            )
        )
    assert "Anna" in str(conflict.value)
    with db.transaction() as s:
        assert read_task(s, boris, task).draft.title == "Contract No. 5"


def test_clients_filter_and_comments_are_kept(
    team: tuple[Database, CurrentUser, CurrentUser, CurrentUser],
) -> None:
    db, anna, _boris, _sveta = team
    with db.transaction() as s:
        ids = []
        for name in ("Romashka", "Vasilek"):
            c = Client(
                display_name=name, kind=ClientKind.COMPANY.value, created_at=NOW, updated_at=NOW
            )
            s.add(c)
            s.flush()
            ids.append(c.id)
    draft = TaskDraft("Both", anna.id, client_ids=tuple(ids), client_filter={"search": "Ром"})
    task = db.write(lambda s: create_task(s, anna, draft, NOW))
    db.write(lambda s: add_comment(s, anna, task, "Called, no answer", NOW))
    with db.transaction() as s:
        details = read_task(s, anna, task)
    assert [c[1] for c in details.clients] == ["Romashka", "Vasilek"]
    assert details.draft.client_filter == {"search": "Ром"}
    assert [c.text for c in details.comments] == ["Called, no answer"]


def test_without_the_permission_nothing_is_written(engine: Engine) -> None:
    db = Database(engine)
    nobody = person(db, "olga", tasks=False)
    with pytest.raises(PermissionDenied):
        db.write(lambda s: create_task(s, nobody, TaskDraft("X", nobody.id), NOW))
    with db.transaction() as s:
        assert s.scalars(select(Employee.can_tasks).where(Employee.id == nobody.id)).one() is False
