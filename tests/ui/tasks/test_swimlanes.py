"""The board grouped by assignee, on both databases: one lane per person, drag and drop
within a lane changes the status, onto another lane gives the task to that person after a
confirmation (one versioned write: a conflict when someone changed it meanwhile), and the
grouping is remembered per user."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, select

from app import clock
from app.clock import FixedClock
from app.database import Database
from app.tasks import TaskCard, TaskDraft, create_task, update_task
from models import Role, Task, TaskStatus
from tests.app.tasks.test_tasks import person
from tests.ui.tasks.test_board import NOW, board, drag
from ui.tasks.board import TaskBoardForm
from ui.tasks.watch import TaskWatch


@pytest.fixture
def fixed() -> Iterator[FixedClock]:
    with clock.using(FixedClock(NOW)) as moment:
        yield moment


@pytest.fixture
def watches() -> Iterator[list[TaskWatch]]:
    made: list[TaskWatch] = []
    yield made
    for watch in made:
        watch.stop()


def lane_titles(form: TaskBoardForm, assignee_id: int, status: TaskStatus) -> list[str]:
    column = form.swimlanes.column(assignee_id, status)
    return [column.item(r).text().split("\n")[0] for r in range(column.count())]


def row_of(db: Database, task_id: int) -> tuple[int, str, float | None, int]:
    with db.transaction() as s:
        r = s.execute(
            select(Task.assignee_id, Task.status, Task.hours_spent, Task.version).where(
                Task.id == task_id
            )
        ).one()
        return r[0], r[1], r[2], r[3]


def test_lanes_move_within_and_reassign_across(
    qtbot: QtBot,
    engine: Engine,
    fixed: FixedClock,
    watches: list[TaskWatch],
) -> None:
    db = Database(engine)
    anna, boris = person(db, "anna"), person(db, "boris")
    sveta = person(db, "sveta", Role.SUPERVISOR)
    call = db.write(lambda s: create_task(s, sveta, TaskDraft("Call Romashka", anna.id), NOW))
    offer = db.write(lambda s: create_task(s, sveta, TaskDraft("Send the offer", anna.id), NOW))
    visit = db.write(lambda s: create_task(s, sveta, TaskDraft("Visit Lyutik", boris.id), NOW))
    form = board(qtbot, db, sveta, fixed, watches)
    assert form.lanes_action.isVisible()
    assert not form.grouped
    form.set_grouped(True)
    assert form.board_pages.currentWidget() is form.swimlanes
    lanes = form.swimlanes
    # people with tasks first (by name), then the others as empty lanes to drop on
    assert lanes.order[:2] == [anna.id, boris.id] and sveta.id in lanes.order
    assert lanes.lane_titles[anna.id].text() == "Anna (2)"
    assert lane_titles(form, anna.id, TaskStatus.NEW) == ["Call Romashka", "Send the offer"]
    assert lane_titles(form, boris.id, TaskStatus.NEW) == ["Visit Lyutik"]

    # within Anna's lane: a status change, no question asked
    asked: list[tuple[str, str]] = []

    def confirm(card: TaskCard, name: str) -> bool:
        asked.append((card.title, name))
        return True

    form.reassign_confirm = confirm
    drag(lanes.column(anna.id, TaskStatus.NEW), 0, lanes.column(anna.id, TaskStatus.IN_PROGRESS))
    qtbot.waitUntil(lambda: lane_titles(form, anna.id, TaskStatus.IN_PROGRESS) == ["Call Romashka"])
    assert asked == [] and row_of(db, call)[:2] == (anna.id, "in_progress")

    # onto Boris's lane, same column: asked, then his
    drag(lanes.column(anna.id, TaskStatus.NEW), 0, lanes.column(boris.id, TaskStatus.NEW))
    qtbot.waitUntil(
        lambda: lane_titles(form, boris.id, TaskStatus.NEW) == ["Send the offer", "Visit Lyutik"]
    )
    assert asked == [("Send the offer", "Boris")]
    assert row_of(db, offer)[:2] == (boris.id, "new")
    assert lanes.lane_titles[anna.id].text() == "Anna (1)"

    # declined: nothing written
    form.reassign_confirm = lambda card, name: False
    drag(lanes.column(boris.id, TaskStatus.NEW), 1, lanes.column(anna.id, TaskStatus.NEW))
    assert row_of(db, visit)[:2] == (boris.id, "new")

    # onto another lane and into Ready: the hours too, in the same write
    form.reassign_confirm = lambda card, name: True
    form.hours_asker = lambda card, status: 3.0
    drag(lanes.column(boris.id, TaskStatus.NEW), 1, lanes.column(sveta.id, TaskStatus.READY))
    qtbot.waitUntil(lambda: lane_titles(form, sveta.id, TaskStatus.READY) == ["Visit Lyutik"])
    assert row_of(db, visit) == (sveta.id, "ready", 3.0, 2)


def test_a_drop_on_another_lane_after_a_colleagues_edit_is_a_conflict(
    qtbot: QtBot,
    engine: Engine,
    fixed: FixedClock,
    watches: list[TaskWatch],
) -> None:
    db = Database(engine)
    anna, boris = person(db, "anna"), person(db, "boris")
    sveta = person(db, "sveta", Role.SUPERVISOR)
    task = db.write(lambda s: create_task(s, sveta, TaskDraft("Contract", anna.id), NOW))
    db.write(lambda s: create_task(s, sveta, TaskDraft("Boris's own", boris.id), NOW))
    form = board(qtbot, db, sveta, fixed, watches)
    form.set_grouped(True)
    form.reassign_confirm = lambda card, name: True
    source = form.swimlanes.column(anna.id, TaskStatus.NEW)
    target = form.swimlanes.column(boris.id, TaskStatus.NEW)
    # Anna renames it while the supervisor looks at the old card
    db.write(lambda s: update_task(s, anna, task, 1, TaskDraft("Contract v2", anna.id), NOW))
    drag(source, 0, target)
    qtbot.waitUntil(lambda: form.message.isVisible())
    assert "Anna" in form.message.text()
    assert row_of(db, task)[:2] == (anna.id, "new")  # her change stands, still hers
    qtbot.waitUntil(lambda: lane_titles(form, anna.id, TaskStatus.NEW) == ["Contract v2"])


def test_grouping_is_remembered_per_user(
    qtbot: QtBot,
    engine: Engine,
    fixed: FixedClock,
    watches: list[TaskWatch],
) -> None:
    db = Database(engine)
    anna = person(db, "anna")
    sveta = person(db, "sveta", Role.SUPERVISOR)
    pavel = person(db, "pavel", Role.SUPERVISOR)
    db.write(lambda s: create_task(s, sveta, TaskDraft("Contract", anna.id), NOW))
    first = board(qtbot, db, sveta, fixed, watches)
    first.lanes_action.trigger()  # the toolbar's toggle
    assert first.grouped
    again = board(qtbot, db, sveta, fixed, watches)
    assert again.grouped and again.board_pages.currentWidget() is again.swimlanes
    qtbot.waitUntil(lambda: again.swimlanes.lanes.get(anna.id) is not None)
    assert not board(qtbot, db, pavel, fixed, watches).grouped  # his own choice
    operator = board(qtbot, db, anna, fixed, watches)
    assert not operator.lanes_action.isVisible() and not operator.grouped
    again.set_grouped(False)
    assert not board(qtbot, db, sveta, fixed, watches).grouped
