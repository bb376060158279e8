"""Task reminders on screen: one window lists an event's and a task's reminder, Open asks for
the task's form, dismissing on one workstation hides it on the other; a closed task stops."""

from __future__ import annotations

from datetime import datetime, timedelta

from pytestqt.qtbot import QtBot

from app.clock import FixedClock
from app.database import Database, make_engine
from app.events import EventDraft, ReminderKind, create_event
from app.staff.auth import CurrentUser
from app.tasks import TaskDraft, create_task, move_task
from app.workplace import Workplace
from models import TaskStatus
from tests.app.events.support import person
from ui.events.reminders import ReminderWindow
from ui.events.watch import EventWatch

NOW = datetime(2026, 11, 20, 10, 0)


def _watch(
    db: Database, user: CurrentUser, moment: FixedClock, made: list[EventWatch]
) -> EventWatch:
    watch = EventWatch(db, user, moment, with_tasks=True)
    made.append(watch)
    return watch


def _poll(qtbot: QtBot, watch: EventWatch) -> None:
    before = watch.polls
    watch.poll()
    qtbot.waitUntil(lambda: watch.polls > before, timeout=10_000)


def test_one_window_for_events_and_tasks_shared_dismissal(
    qtbot: QtBot, db: Database, db_url: str, fixed: FixedClock, watches: list[EventWatch]
) -> None:
    anna, pavel = person(db, "anna", "Anna"), person(db, "pavel", "Pavel")
    second = Database(make_engine(db_url))  # Anna's second workstation
    try:
        here, there = _watch(db, anna, fixed, watches), _watch(second, anna, fixed, watches)
        window = ReminderWindow(Workplace(db, anna, clock=fixed), here)
        other = ReminderWindow(Workplace(second, anna, clock=fixed), there)
        qtbot.addWidget(window)
        qtbot.addWidget(other)
        at = NOW + timedelta(minutes=20)
        with second.transaction() as s:
            create_event(
                s,
                pavel,
                EventDraft("Call Romashka", at + timedelta(minutes=10), anna.id, remind_minutes=10),
                NOW,
            )
            task = create_task(
                s,
                pavel,
                TaskDraft("Send the offer", anna.id, due_at=at + timedelta(hours=2), remind_at=at),
                NOW,
            )
        fixed.set(at - timedelta(seconds=1))
        _poll(qtbot, here)
        assert not window.isVisible()
        fixed.set(at)
        _poll(qtbot, here)
        _poll(qtbot, there)
        assert window.isVisible() and other.isVisible()
        assert [r.time_label.text() for r in window.rows] == [
            "20.11.2026 10:30",
            "Task, 20.11.2026 12:20",
        ]
        task_row = window.rows[1]
        assert task_row.reminder.kind is ReminderKind.TASK
        with qtbot.waitSignal(window.task_requested) as opened:
            task_row.open_button.click()
        assert opened.args == [task]
        assert window.dismiss(task_row.reminder)
        qtbot.waitUntil(lambda: len(window.rows) == 1, timeout=10_000)
        _poll(qtbot, there)
        assert [r.reminder.kind for r in other.rows] == [ReminderKind.EVENT]
    finally:
        for watch in watches:
            watch.stop()
        watches.clear()
        second.dispose()


def test_overdue_after_a_closed_app_snooze_and_close(
    qtbot: QtBot, db: Database, fixed: FixedClock, watches: list[EventWatch]
) -> None:
    anna = person(db, "anna", "Anna")
    task = db.write(
        lambda s: create_task(s, anna, TaskDraft("Call back", anna.id, remind_at=NOW), NOW)
    )
    fixed.set(NOW + timedelta(days=1))  # the app starts the next morning
    watch = _watch(db, anna, fixed, watches)
    window = ReminderWindow(Workplace(db, anna, clock=fixed), watch)
    qtbot.addWidget(window)
    _poll(qtbot, watch)
    assert window.isVisible() and "overdue" in window.rows[0].time_label.text()
    assert window.later(window.rows[0].reminder)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    fixed.advance(timedelta(minutes=10))
    _poll(qtbot, watch)
    assert window.isVisible()
    db.write(lambda s: move_task(s, anna, task, 1, TaskStatus.CLOSED, NOW + timedelta(days=1), 0.5))
    _poll(qtbot, watch)
    assert not window.isVisible()  # a closed task reminds no more


def test_main_window_opens_the_task_of_a_reminder(
    qtbot: QtBot, db: Database, fixed: FixedClock
) -> None:
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow
    from ui.tasks.dialog import TaskDialog

    anna = person(db, "anna", "Anna")
    task = db.write(
        lambda s: create_task(s, anna, TaskDraft("Call Romashka", anna.id, remind_at=NOW), NOW)
    )
    window = MainWindow(db, anna)
    qtbot.addWidget(window)
    reminders = window.reminder_window
    assert window.event_watch.with_tasks
    window.event_watch.poll()
    qtbot.waitUntil(lambda: len(reminders.rows) == 1, timeout=10_000)
    reminders.rows[0].open_button.click()

    def opened() -> TaskDialog | None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, TaskDialog)]
        return found[0] if found and found[0].isVisible() else None

    qtbot.waitUntil(lambda: opened() is not None, timeout=10_000)
    dialog = opened()
    assert dialog is not None and dialog.task_id == task
    assert dialog.title.text() == "Call Romashka"
    dialog.close()
    window.close()
