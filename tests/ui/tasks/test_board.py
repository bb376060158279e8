"""The Tasks section on screen, on both databases: drag and drop between columns (a status
change, Ready asks the hours), overdue cards in red, the calendar, the task form with a
conflict between two editors, and the counter and shortcut in the main window."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, select, update

from app import clock
from app.clock import FixedClock
from app.database import Database
from app.staff.auth import CurrentUser
from app.tasks import TaskCard, TaskDraft, create_task, move_task
from app.workplace import Workplace
from models import Employee, Role, Task, TaskStatus
from tests.app.tasks.test_tasks import person
from ui.main_window import MainWindow
from ui.tasks.board import OVERDUE_COLOR, TaskBoardForm, TaskColumn
from ui.tasks.watch import TaskWatch

NOW = datetime(2026, 11, 20, 10, 0)
ARTIFACTS = Path(__file__).resolve().parents[3] / "artifacts" / "screenshots"


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


def board(
    qtbot: QtBot, db: Database, user: CurrentUser, moment: FixedClock, watches: list[TaskWatch]
) -> TaskBoardForm:
    watch = TaskWatch(db, user, moment)
    watches.append(watch)
    form = TaskBoardForm(Workplace(db, user, clock=moment), watch)
    qtbot.addWidget(form)
    form.resize(1280, 700)
    form.show()
    qtbot.waitUntil(lambda: watch.cards is not None and not watch.busy, timeout=10_000)
    return form


def titles(form: TaskBoardForm, status: TaskStatus) -> list[str]:
    column = form.columns[status]
    return [column.item(row).text().split("\n")[0] for row in range(column.count())]


def drag(source: TaskColumn, row: int, target: TaskColumn) -> None:
    """What a mouse drag delivers to the target column: enter, move, drop (the same events
    Qt's drag loop sends, with the mime data the source column makes)."""
    data = source.mimeData([source.item(row)])
    point = target.viewport().rect().center()
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, actions, data, buttons, mods)
    QApplication.sendEvent(target.viewport(), enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(point, actions, data, buttons, mods)
    QApplication.sendEvent(target.viewport(), move)
    drop = QDropEvent(point.toPointF(), actions, data, buttons, mods)
    QApplication.sendEvent(target.viewport(), drop)


def status_of(db: Database, task_id: int) -> tuple[str, float | None]:
    with db.transaction() as s:
        row = s.execute(select(Task.status, Task.hours_spent).where(Task.id == task_id)).one()
        return row[0], row[1]


def test_drag_and_drop_moves_a_card_and_ready_asks_the_hours(
    qtbot: QtBot, engine: Engine, fixed: FixedClock, watches: list[TaskWatch]
) -> None:
    db = Database(engine)
    anna = person(db, "anna")
    call = db.write(lambda s: create_task(s, anna, TaskDraft("Call Romashka", anna.id), NOW))
    db.write(lambda s: create_task(s, anna, TaskDraft("Send the offer", anna.id), NOW))
    form = board(qtbot, db, anna, fixed, watches)
    assert titles(form, TaskStatus.NEW) == ["Call Romashka", "Send the offer"]
    assert form.column_titles[TaskStatus.NEW].text().endswith("(2)")

    new, progress, ready = (form.columns[s] for s in COLUMNS_3)
    drag(new, 0, progress)
    qtbot.waitUntil(lambda: titles(form, TaskStatus.IN_PROGRESS) == ["Call Romashka"])
    assert titles(form, TaskStatus.NEW) == ["Send the offer"]
    assert status_of(db, call) == ("in_progress", None)

    asked: list[str] = []

    def cancel(card: TaskCard, _status: TaskStatus) -> float | None:
        asked.append(card.title)
        return None  # the operator pressed Cancel

    form.hours_asker = cancel
    drag(progress, 0, ready)
    assert asked == ["Call Romashka"]
    assert status_of(db, call) == ("in_progress", None)  # nothing moved

    form.hours_asker = lambda card, status: 2.5
    drag(progress, 0, ready)
    qtbot.waitUntil(lambda: titles(form, TaskStatus.READY) == ["Call Romashka"])
    assert status_of(db, call) == ("ready", 2.5)
    assert form.columns[TaskStatus.IN_PROGRESS].count() == 0


COLUMNS_3 = (TaskStatus.NEW, TaskStatus.IN_PROGRESS, TaskStatus.READY)


def test_a_drop_on_a_task_changed_meanwhile_is_a_conflict(
    qtbot: QtBot, engine: Engine, fixed: FixedClock, watches: list[TaskWatch]
) -> None:
    db = Database(engine)
    anna, boris = person(db, "anna"), person(db, "boris")
    task = db.write(lambda s: create_task(s, anna, TaskDraft("Contract", boris.id), NOW))
    form = board(qtbot, db, anna, fixed, watches)
    form.assignee.setCurrentIndex(0)  # everyone
    qtbot.waitUntil(lambda: titles(form, TaskStatus.NEW) == ["Contract"])
    db.write(lambda s: move_task(s, boris, task, 1, TaskStatus.IN_PROGRESS, NOW))  # Boris first
    form.hours_asker = lambda card, status: 1.0
    drag(form.columns[TaskStatus.NEW], 0, form.columns[TaskStatus.CLOSED])
    qtbot.waitUntil(lambda: form.message.isVisible())
    assert "Boris" in form.message.text()
    assert status_of(db, task) == ("in_progress", None)  # Boris's change stands
    qtbot.waitUntil(lambda: titles(form, TaskStatus.IN_PROGRESS) == ["Contract"])


def test_overdue_cards_are_red_and_the_calendar_shows_the_day(
    qtbot: QtBot, engine: Engine, fixed: FixedClock, watches: list[TaskWatch]
) -> None:
    db = Database(engine)
    anna = person(db, "anna")
    late = TaskDraft("Late one", anna.id, due_at=NOW - timedelta(hours=1))
    soon = TaskDraft("Tomorrow's", anna.id, due_at=NOW + timedelta(days=1))
    db.write(lambda s: create_task(s, anna, late, NOW))
    db.write(lambda s: create_task(s, anna, soon, NOW))
    form = board(qtbot, db, anna, fixed, watches)
    column = form.columns[TaskStatus.NEW]
    assert titles(form, TaskStatus.NEW) == ["Late one", "Tomorrow's"]
    assert column.item(0).foreground().color() == OVERDUE_COLOR
    assert column.item(1).foreground().color() != OVERDUE_COLOR
    form.views.setCurrentIndex(1)
    form.calendar.setSelectedDate(QDate(2026, 11, 21))
    assert [form.day_list.item(r).text().split("\n")[0] for r in range(form.day_list.count())] == [
        "10:00 New: Tomorrow's"
    ]
    # The clock moves past tomorrow's due time: it turns red at the next read.
    fixed.advance(timedelta(days=2))
    form.watch.refresh()
    qtbot.waitUntil(lambda: column.item(1).foreground().color() == OVERDUE_COLOR)


def test_the_task_form_saves_comments_and_reports_a_conflict(
    qtbot: QtBot, engine: Engine, fixed: FixedClock, watches: list[TaskWatch]
) -> None:
    db = Database(engine)
    anna, sveta = person(db, "anna"), person(db, "sveta", Role.SUPERVISOR)
    form = board(qtbot, db, anna, fixed, watches)
    dialog = form.make_dialog(None)
    qtbot.addWidget(dialog)
    assert not dialog.save()  # no title
    assert not dialog.message.isHidden() and dialog.message.text()
    dialog.title.setText("Prepare the contract")
    dialog.description.setPlainText("For Romashka")
    dialog.has_due.setChecked(True)
    assert dialog.save()
    task_id = dialog.task_id
    assert task_id is not None
    qtbot.waitUntil(lambda: titles(form, TaskStatus.NEW) == ["Prepare the contract"])

    mine = form.make_dialog(task_id)
    qtbot.addWidget(mine)
    theirs = TaskBoardForm(Workplace(db, sveta, clock=fixed), form.watch).make_dialog(task_id)
    qtbot.addWidget(theirs)
    mine.comment_text.setText("Called them, waiting for the details")
    mine.comment_text.returnPressed.emit()
    assert mine.comments.count() == 1
    theirs.title.setText("Prepare the contract today")
    assert theirs.save()
    mine.title.setText("Prepare contract No. 5")
    assert not mine.save()
    assert "Sveta" in mine.message.text()
    with db.transaction() as s:
        assert (
            s.scalar(select(Task.title).where(Task.id == task_id)) == "Prepare the contract today"
        )
    again = form.make_dialog(task_id)
    qtbot.addWidget(again)
    assert again.comments.count() == 1
    assert again.history.rowCount() == 2  # created, title


def test_main_window_counts_my_active_tasks_on_ctrl_6(
    qtbot: QtBot, engine: Engine, fixed: FixedClock
) -> None:
    db = Database(engine)
    anna, olga = person(db, "anna"), person(db, "olga", tasks=False)
    db.write(lambda s: create_task(s, anna, TaskDraft("One", anna.id), NOW))
    window = MainWindow(db, anna)
    qtbot.addWidget(window)
    action = window.section_actions[MainWindow.SECTION_TASKS]
    assert action.shortcut() == QKeySequence("Ctrl+6")
    qtbot.waitUntil(lambda: action.text().endswith("(1)"), timeout=10_000)
    db.write(lambda s: create_task(s, anna, TaskDraft("Two", anna.id), NOW))
    watch = window.task_watch
    assert watch is not None
    watch.poll()
    qtbot.waitUntil(lambda: action.text().endswith("(2)"), timeout=10_000)
    qtbot.waitUntil(lambda: not watch.busy)
    reads = watch.full_reads
    watch.poll()  # nothing changed: only the stamp is asked, the board is not read again
    qtbot.waitUntil(lambda: not watch.busy)
    assert watch.full_reads == reads
    action.trigger()
    assert isinstance(window.tabs.currentWidget(), TaskBoardForm)
    window.close()

    without = MainWindow(db, olga)  # no "tasks" permission: no section, no watch
    qtbot.addWidget(without)
    assert MainWindow.SECTION_TASKS not in without.section_actions
    assert without.task_watch is None
    without.close()
    with db.transaction() as s:
        s.execute(update(Employee).where(Employee.id == olga.id).values(can_tasks=True))
    allowed = MainWindow(db, olga)
    qtbot.addWidget(allowed)
    assert MainWindow.SECTION_TASKS in allowed.section_actions
    allowed.close()


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 800)])
def test_board_screenshot(
    qtbot: QtBot,
    sqlite_db: Database,
    fixed: FixedClock,
    watches: list[TaskWatch],
    size: tuple[int, int],
) -> None:
    db = sqlite_db
    with db.transaction() as s:
        people = s.execute(select(Employee.id, Employee.login).order_by(Employee.id).limit(3)).all()
    from tests.support.ui_support import user_with_role

    boss = user_with_role(db, Role.SUPERVISOR)
    samples = [
        ("Перезвонить ООО «Ромашка» по договору", people[0][0], -2, None),
        ("Подготовить коммерческое предложение", people[1][0], 5, None),
        ("Согласовать счёт с бухгалтерией", people[2][0], 26, TaskStatus.IN_PROGRESS),
        ("Отправить акт сверки", people[0][0], 50, TaskStatus.READY),
        ("Уточнить адрес доставки", people[1][0], -30, TaskStatus.CLOSED),
    ]
    for title, who, hours, status in samples:
        draft = TaskDraft(title, who, due_at=NOW + timedelta(hours=hours))
        task = db.write(partial(create_task, who=boss, draft=draft, now=NOW))
        if status is not None:
            db.write(
                partial(
                    move_task,
                    who=boss,
                    task_id=task,
                    seen_version=1,
                    status=status,
                    now=NOW,
                    hours=1.5,
                )
            )
    form = board(qtbot, db, boss, fixed, watches)
    form.resize(*size)
    qtbot.waitUntil(lambda: form.columns[TaskStatus.NEW].count() == 2)
    qtbot.wait(100)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    assert form.grab().save(str(ARTIFACTS / f"tasks-board-{size[0]}x{size[1]}.png"))
    form.views.setCurrentIndex(1)
    form.calendar.setSelectedDate(QDate(2026, 11, 20))
    qtbot.wait(50)
    assert form.grab().save(str(ARTIFACTS / f"tasks-calendar-{size[0]}x{size[1]}.png"))
    dialog = form.make_dialog(form.cards[0].id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.wait(50)
    assert dialog.grab().save(str(ARTIFACTS / f"task-form-{size[0]}x{size[1]}.png"))


def test_tasks_report_searches_filters_and_saves_to_excel(
    qtbot: QtBot, engine: Engine, fixed: FixedClock, watches: list[TaskWatch], tmp_path: Path
) -> None:
    from openpyxl import load_workbook  # type: ignore[import-untyped]

    db = Database(engine)
    anna, boris = person(db, "anna"), person(db, "boris", Role.SUPERVISOR)
    for title, text, who in (
        ("Call Romashka", "about the contract", anna),
        ("Send the offer", "to Romashka's lawyer", boris),
        ("Order paper", "", anna),
    ):
        db.write(partial(create_task, who=boris, draft=TaskDraft(title, who.id, text), now=NOW))
    form = board(qtbot, db, boris, fixed, watches)
    form.views.setCurrentIndex(form.report_index)
    report = form.report
    assert report.table.rowCount() == 3
    report.search.setText("romashka")  # title or description, any case
    qtbot.waitUntil(lambda: report.table.rowCount() == 2)
    assignee = report.filters[3]
    assignee.setCurrentIndex(assignee.findData("Anna"))
    assert [c.title for c in report.shown] == ["Call Romashka"]
    target = tmp_path / "tasks.xlsx"
    assert report.save(target)
    sheet = load_workbook(target).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "Title" and rows[1][0] == "Call Romashka" and len(rows) == 2
