"""The calendar's day view and rescheduling by drag and drop, on both databases: events by
the hour with the "now" line, arrows by a day, double clicks that open and create; events
dragged to another day in the month view (their time kept) and to another day and hour in
the week and day views, the reminder moving with them; completed events, other people's events and
events changed meanwhile by someone else stay where they are, with the reason shown."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.clock import FixedClock
from app.database import Database
from app.events import EventDraft, complete_event, create_event, read_event, update_event
from app.staff.auth import CurrentUser
from app.workplace import Workplace
from models import Event, Role
from tests.app.events.support import person
from ui.events.calendar import CalendarMode, DayList
from ui.events.day_view import HOUR_HEIGHT, event_mime
from ui.events.form import EventsForm
from ui.events.watch import EventWatch

NOW = datetime(2026, 11, 20, 10, 0)  # a Friday


def _add(db: Database, who: CurrentUser, draft: EventDraft) -> int:
    with db.transaction() as s:
        return create_event(s, who, draft, NOW)


def _form(
    qtbot: QtBot, db: Database, user: CurrentUser, moment: FixedClock, made: list[EventWatch]
) -> EventsForm:
    watch = EventWatch(db, user, moment)
    made.append(watch)
    form = EventsForm(Workplace(db, user, clock=moment), watch)
    qtbot.addWidget(form)
    form.resize(1280, 700)
    form.show()
    qtbot.waitUntil(lambda: form.reads >= 1, timeout=10_000)
    return form


def _read_again(qtbot: QtBot, form: EventsForm, action: object) -> None:
    before = form.reads
    action()  # type: ignore[operator]
    qtbot.waitUntil(lambda: form.reads > before, timeout=10_000)


def _stored(db: Database, event_id: int) -> tuple[datetime, datetime | None, int]:
    with db.transaction() as s:
        row = s.execute(
            select(Event.starts_at, Event.remind_at, Event.version).where(Event.id == event_id)
        ).one()
        return row[0], row[1], row[2]


def _drop(target: QWidget, point: QPoint, data: QMimeData) -> bool:
    """What a mouse drag delivers to ``target``: enter, move, drop (the events Qt's drag
    loop sends, with the source's mime data); whether the drop was taken."""
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, actions, data, buttons, mods)
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False
    QApplication.sendEvent(target, QDragMoveEvent(point, actions, data, buttons, mods))
    drop = QDropEvent(point.toPointF(), actions, data, buttons, mods)
    QApplication.sendEvent(target, drop)
    return drop.isAccepted()


def _drag_in_grid(qtbot: QtBot, form: EventsForm, event_id: int, day: date) -> bool:
    # the window's watch may read the calendar again after a move: wait for the event
    qtbot.waitUntil(lambda: form.calendar.item_point(event_id) is not None, timeout=10_000)
    place = form.calendar.item_point(event_id)
    assert place is not None
    source, _point = place
    item = next(
        source.events.item(r)
        for r in range(source.events.count())
        if source.events.item(r).data(Qt.ItemDataRole.UserRole) == event_id
    )
    assert item.flags() & Qt.ItemFlag.ItemIsDragEnabled
    target = form.calendar.cell_of(day)
    assert target is not None
    events: DayList = target.events
    return _drop(events.viewport(), events.viewport().rect().center(), events.mimeData([item]))


def test_the_day_view_by_the_hour(
    qtbot: QtBot, db: Database, fixed: FixedClock, watches: list[EventWatch]
) -> None:
    anna = person(db, "anna", "Anna")
    pavel = person(db, "pavel", "Pavel")
    noon = _add(db, anna, EventDraft("Call Romashka", NOW + timedelta(hours=2), anna.id))
    also = _add(db, anna, EventDraft("Send the offer", NOW + timedelta(hours=2), pavel.id))
    _add(db, anna, EventDraft("Tomorrow", NOW + timedelta(days=1), anna.id))
    form = _form(qtbot, db, anna, fixed, watches)
    _read_again(qtbot, form, form.day_action.trigger)
    assert form.mode is CalendarMode.DAY and form.day_action.isChecked()
    timeline = form.calendar.day_view.timeline
    assert timeline.day == NOW.date() and timeline.now == NOW  # the red line at 10:00
    assert "2026" in form.period_label.text() and "20" in form.period_label.text()
    assert sorted(b.entry.id for b in timeline.blocks) == sorted([noon, also])
    first, second = timeline.block_of(noon), timeline.block_of(also)
    assert first is not None and second is not None
    assert first.y() == second.y() == 12 * HOUR_HEIGHT + 1  # placed by time...
    assert first.x() != second.x()  # ... side by side
    assert first.text == first.label.text() == "12:00 Call Romashka"
    assert second.text == second.label.text() == "12:00 Send the offer\nPavel"
    # the morning is in view
    view = form.calendar.day_view
    assert view.verticalScrollBar().value() == 9 * HOUR_HEIGHT
    assert not view.header.isVisible()  # one day: the period says which

    with qtbot.waitSignal(form.event_requested) as opened:
        QTest.mouseDClick(first, Qt.MouseButton.LeftButton, pos=first.rect().center())
    assert opened.args == [noon]
    with qtbot.waitSignal(form.new_event_requested) as asked:
        point = timeline.point_at(datetime(2026, 11, 20, 15, 40))
        QTest.mouseDClick(timeline, Qt.MouseButton.LeftButton, pos=point)
    assert asked.args == [datetime(2026, 11, 20, 15, 0)]

    _read_again(qtbot, form, form.next_action.trigger)
    assert form.anchor == date(2026, 11, 21) and timeline.now is None  # not today: no line
    assert [b.entry.description for b in timeline.blocks] == ["Tomorrow"]
    _read_again(qtbot, form, form.previous_action.trigger)
    _read_again(qtbot, form, form.previous_action.trigger)
    assert form.anchor == date(2026, 11, 19) and timeline.blocks == []
    _read_again(qtbot, form, form.month_action.trigger)
    assert not form.calendar.day_view.isVisible()


def test_drag_to_another_hour_in_the_day_view_moves_the_reminder(
    qtbot: QtBot, db: Database, fixed: FixedClock, watches: list[EventWatch]
) -> None:
    anna = person(db, "anna", "Anna")
    event_id = _add(db, anna, EventDraft("Call back", NOW + timedelta(hours=2), anna.id, None, 30))
    form = _form(qtbot, db, anna, fixed, watches)
    _read_again(qtbot, form, form.day_action.trigger)
    timeline = form.calendar.day_view.timeline
    block = timeline.block_of(event_id)
    assert block is not None and block.movable
    grab = 10  # taken a little below its top: the top lands where the pointer says
    point = timeline.point_at(datetime(2026, 11, 20, 14, 30)) + QPoint(0, grab)
    before = form.reads
    assert _drop(timeline, point, event_mime(event_id, grab))
    qtbot.waitUntil(lambda: form.reads > before, timeout=10_000)
    assert _stored(db, event_id) == (datetime(2026, 11, 20, 14, 30), datetime(2026, 11, 20, 14), 2)
    qtbot.waitUntil(lambda: timeline.block_of(event_id) is not None, timeout=10_000)
    moved = timeline.block_of(event_id)
    assert moved is not None and moved.y() == timeline.y_of(datetime(2026, 11, 20, 14, 30)) + 1


def test_drag_to_another_day_in_the_month_keeps_the_time_in_the_week_sets_it(
    qtbot: QtBot, db: Database, fixed: FixedClock, watches: list[EventWatch]
) -> None:
    anna = person(db, "anna", "Anna")
    event_id = _add(db, anna, EventDraft("Call back", datetime(2026, 11, 20, 16, 45), anna.id))
    form = _form(qtbot, db, anna, fixed, watches)
    before = form.reads
    assert _drag_in_grid(qtbot, form, event_id, date(2026, 11, 26))
    qtbot.waitUntil(lambda: form.reads > before, timeout=10_000)
    assert _stored(db, event_id) == (
        datetime(2026, 11, 26, 16, 45),
        datetime(2026, 11, 26, 16, 30),
        2,
    )
    cell = form.calendar.cell_of(date(2026, 11, 26))
    assert cell is not None
    qtbot.waitUntil(lambda: cell.events.count() == 1, timeout=10_000)
    assert cell.events.item(0).text() == "16:45 Call back"
    # the day it came from does not take it back: a drop on its own day is refused
    target = cell.events
    assert not _drop(target.viewport(), target.viewport().rect().center(), event_mime(event_id))

    # the week is by the hour: dropped on Tuesday at 9:15, it is there then
    form.anchor = date(2026, 11, 26)  # the week of Monday the 23rd
    _read_again(qtbot, form, form.week_action.trigger)
    week = form.calendar.day_view.timeline
    qtbot.waitUntil(lambda: week.block_of(event_id) is not None, timeout=10_000)
    block = week.block_of(event_id)
    assert block is not None and block.x() > week.column_left(date(2026, 11, 26))
    before = form.reads
    tuesday = week.point_at(datetime(2026, 11, 24, 9, 15))
    assert _drop(week, tuesday, event_mime(event_id))
    qtbot.waitUntil(lambda: form.reads > before, timeout=10_000)
    assert _stored(db, event_id)[:2] == (datetime(2026, 11, 24, 9, 15), datetime(2026, 11, 24, 9))
    qtbot.waitUntil(lambda: week.block_of(event_id) is not None, timeout=10_000)
    moved = week.block_of(event_id)
    assert moved is not None
    assert week.column_left(date(2026, 11, 24)) < moved.x() < week.column_left(date(2026, 11, 25))


def test_completed_foreign_and_changed_events_stay_put(
    qtbot: QtBot, db: Database, fixed: FixedClock, watches: list[EventWatch]
) -> None:
    boss = person(db, "boss", "Boss", Role.SUPERVISOR)
    anna = person(db, "anna", "Anna")
    pavel = person(db, "pavel", "Pavel")
    done = _add(db, anna, EventDraft("Done already", datetime(2026, 11, 19, 9), anna.id))
    with db.transaction() as s:
        entry = read_event(s, anna, done)
        assert entry is not None
        complete_event(s, anna, entry, NOW)
    shared = _add(db, anna, EventDraft("Shared", datetime(2026, 11, 23, 11), pavel.id))
    form = _form(qtbot, db, anna, fixed, watches)

    # a completed event is not dragged; forced onto another day, it is refused with a reason
    place = form.calendar.item_point(done)
    assert place is not None
    item = place[0].events.item(0)
    assert not item.flags() & Qt.ItemFlag.ItemIsDragEnabled
    before = form.reads
    assert form.move_event(done, date(2026, 11, 25)) is False
    qtbot.waitUntil(lambda: form.reads > before, timeout=10_000)  # read again, as it is
    assert "completed" in form.message.text() and form.message.isVisible()
    assert _stored(db, done)[0] == datetime(2026, 11, 19, 9)

    # Pavel changed the shared event after Anna's calendar read it: her move is a conflict
    with db.transaction() as s:
        his = read_event(s, pavel, shared)
        assert his is not None
        update_event(s, pavel, his, EventDraft("Shared, at 13", his.starts_at, pavel.id), NOW)
    assert _drag_in_grid(qtbot, form, shared, date(2026, 11, 27))
    qtbot.waitUntil(lambda: "Someone else" in form.message.text(), timeout=10_000)
    assert _stored(db, shared)[0] == datetime(2026, 11, 23, 11)
    assert _stored(db, shared)[2] == 2  # Pavel's version, not overwritten

    # an operator sees only their own; a supervisor's calendar shows Pavel's own events, but
    # Anna may not drag them: only their creator, assignee or a supervisor may
    theirs = _add(db, pavel, EventDraft("Pavel's", datetime(2026, 11, 24, 9), pavel.id))
    with db.transaction() as s:
        entry = read_event(s, pavel, theirs)
    assert entry is not None and not form.calendar.movable(entry)
    form.calendar.user = boss
    assert form.calendar.movable(entry)
