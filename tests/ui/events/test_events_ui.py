"""The Events section on screen: month and week, today and struck-through events, the
event's form (create, complete, conflict, linked), reminders popping up on time from
another workstation and dismissed everywhere, the card's tab and the main window."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.clock import FixedClock
from app.database import Database, make_engine
from app.events import EventDraft, create_event, read_event
from app.staff.auth import CurrentUser
from app.workplace import Workplace
from models import Event, Role
from tests.app.events.support import client, person
from ui.events.calendar import CalendarMode
from ui.events.client_tab import ClientEventsTab
from ui.events.dialog import EventDialog
from ui.events.form import EventsForm
from ui.events.reminders import ReminderWindow
from ui.events.watch import EventWatch

NOW = datetime(2026, 11, 20, 10, 0)  # a Friday


def _watch(
    db: Database, user: CurrentUser, moment: FixedClock, made: list[EventWatch]
) -> EventWatch:
    watch = EventWatch(db, user, moment)
    made.append(watch)
    return watch


def _add(db: Database, who: CurrentUser, draft: EventDraft, now: datetime = NOW) -> int:
    with db.transaction() as s:
        return create_event(s, who, draft, now)


def _poll(qtbot: QtBot, watch: EventWatch) -> None:
    before = watch.polls
    watch.poll()
    qtbot.waitUntil(lambda: watch.polls > before, timeout=10_000)


def _form(
    qtbot: QtBot, db: Database, user: CurrentUser, moment: FixedClock, made: list[EventWatch]
) -> EventsForm:
    watch = _watch(db, user, moment, made)
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


def _texts(form: EventsForm, day: date) -> list[str]:
    cell = form.calendar.cell_of(day)
    assert cell is not None, day
    return [cell.events.item(i).text() for i in range(cell.events.count())]


def test_month_and_week_views_today_and_done_events(
    qtbot: QtBot, db: Database, fixed: FixedClock, watches: list[EventWatch]
) -> None:
    anna = person(db, "anna", "Anna")
    romashka = client(db, "Romashka")
    _add(db, anna, EventDraft("Call Romashka", NOW + timedelta(hours=2), anna.id, romashka))
    done = _add(db, anna, EventDraft("Send contract", NOW - timedelta(days=2), anna.id))
    _add(db, anna, EventDraft("December meeting", datetime(2026, 12, 3, 9), anna.id))
    with db.transaction() as s:
        entry = read_event(s, anna, done)
        assert entry is not None
        from app.events import complete_event

        complete_event(s, anna, entry, NOW)
    form = _form(qtbot, db, anna, fixed, watches)
    assert "2026" in form.period_label.text()
    today = form.calendar.cell_of(NOW.date())
    assert today is not None and today.property("role") == "today"
    assert _texts(form, NOW.date()) == ["12:00 Call Romashka"]
    done_cell = form.calendar.cell_of(date(2026, 11, 18))
    assert done_cell is not None
    item = done_cell.events.item(0)
    assert item.font().strikeOut()
    # the month grid also shows the first days of December, greyed
    assert _texts(form, date(2026, 12, 3)) == ["09:00 December meeting"]
    assert form.calendar.cell_of(date(2026, 12, 3)).property("role") == "other-month"  # type: ignore[union-attr]
    assert sum(c.isVisible() for c in form.calendar.cells) == 42
    busy = form.calendar.cell_of(date(2026, 11, 25))
    assert busy is not None and not busy.more.isVisible()
    for hour in range(9, 19):
        _add(db, anna, EventDraft(f"Busy {hour}", datetime(2026, 11, 25, hour), anna.id))
    _read_again(qtbot, form, lambda: form.refresh_action.trigger())
    qtbot.waitUntil(lambda: busy.more.isVisible(), timeout=5000)
    assert busy.more.text() == f"+{busy.hidden_count()} more" and busy.hidden_count() > 0

    _read_again(qtbot, form, lambda: form.week_action.trigger())
    assert form.mode is CalendarMode.WEEK
    week = form.calendar.day_view.timeline  # by the hour, a column a day from Monday
    assert week.days == [date(2026, 11, 16) + timedelta(days=i) for i in range(7)]
    texts = {b.entry.starts_at.date(): b.text for b in week.blocks}
    assert texts[NOW.date()] == "12:00 Call Romashka\nRomashka"  # her own: no name
    assert week.now == NOW  # the "now" line on Friday
    _read_again(qtbot, form, lambda: form.next_action.trigger())
    assert week.days[0] == date(2026, 11, 23) and week.now is None
    _read_again(qtbot, form, lambda: form.today_action.trigger())
    _read_again(qtbot, form, lambda: form.month_action.trigger())
    _read_again(qtbot, form, lambda: form.next_action.trigger())
    assert form.anchor == date(2026, 12, 1)
    assert _texts(form, date(2026, 12, 3)) == ["09:00 December meeting"]


def test_operator_sees_own_supervisor_picks_anyone(
    qtbot: QtBot, db: Database, fixed: FixedClock, watches: list[EventWatch]
) -> None:
    anna = person(db, "anna", "Anna")
    pavel = person(db, "pavel", "Pavel")
    boss = person(db, "boss", "Boss", Role.SUPERVISOR)
    _add(db, pavel, EventDraft("Pavel's", NOW + timedelta(hours=1), pavel.id))
    _add(db, anna, EventDraft("Anna's", NOW + timedelta(hours=3), anna.id))
    operator = _form(qtbot, db, anna, fixed, watches)
    assert not operator.employee.isVisible()
    assert _texts(operator, NOW.date()) == ["13:00 Anna's"]
    supervisor = _form(qtbot, db, boss, fixed, watches)
    assert supervisor.employee.isVisible()
    assert _texts(supervisor, NOW.date()) == []  # "My events" first
    everybody = supervisor.employee.findData(0)
    _read_again(qtbot, supervisor, lambda: supervisor.employee.setCurrentIndex(everybody))
    assert _texts(supervisor, NOW.date()) == ["11:00 Pavel's (Pavel)", "13:00 Anna's (Anna)"]
    only_pavel = supervisor.employee.findData(pavel.id)
    _read_again(qtbot, supervisor, lambda: supervisor.employee.setCurrentIndex(only_pavel))
    assert _texts(supervisor, NOW.date()) == ["11:00 Pavel's (Pavel)"]


def test_double_click_opens_the_event_and_an_empty_day_creates_one(
    qtbot: QtBot, db: Database, fixed: FixedClock, watches: list[EventWatch]
) -> None:
    anna = person(db, "anna", "Anna")
    event_id = _add(db, anna, EventDraft("Call back", NOW + timedelta(hours=1), anna.id))
    form = _form(qtbot, db, anna, fixed, watches)
    place = form.calendar.item_point(event_id)
    assert place is not None
    cell, point = place
    with qtbot.waitSignal(form.event_requested) as opened:
        QTest.mouseClick(cell.events.viewport(), Qt.MouseButton.LeftButton, pos=point)
        QTest.mouseDClick(cell.events.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert opened.args == [event_id]
    empty = form.calendar.cell_of(date(2026, 11, 24))
    assert empty is not None
    with qtbot.waitSignal(form.new_event_requested) as asked:
        QTest.mouseDClick(
            empty.events.viewport(), Qt.MouseButton.LeftButton, pos=empty.events.rect().center()
        )
    assert asked.args == [date(2026, 11, 24)]


def test_dialog_creates_completes_and_reports_a_conflict(
    qtbot: QtBot, db: Database, fixed: FixedClock
) -> None:
    anna = person(db, "anna", "Anna")
    pavel = person(db, "pavel", "Pavel")
    romashka = client(db, "Romashka")
    workplace = Workplace(db, anna, clock=fixed)
    dialog = EventDialog(
        workplace, draft=EventDraft("", NOW + timedelta(hours=1), anna.id, romashka)
    )
    qtbot.addWidget(dialog)
    assert dialog.client.currentText() == "Romashka"
    assert not dialog.save()  # no description
    assert dialog.message.isVisibleTo(dialog)
    dialog.description.setPlainText("Offer the new tariff")
    dialog.assignee.setCurrentIndex(dialog.assignee.findData(pavel.id))
    dialog.reminder.setCurrentIndex(dialog.reminder.findData(30))
    with qtbot.waitSignal(dialog.saved) as saved:
        assert dialog.save()
    event_id = saved.args[0]
    with db.transaction() as s:
        row = s.get(Event, event_id)
        assert row is not None
        assert (row.assignee_id, row.client_id, row.remind_minutes) == (pavel.id, romashka, 30)
        assert row.remind_at == NOW + timedelta(minutes=30)
        entry = read_event(s, anna, event_id)
    assert entry is not None
    # two open forms of the same event: the second save is refused, not overwritten
    mine = EventDialog(workplace, entry)
    theirs = EventDialog(Workplace(db, pavel, clock=fixed), entry)
    qtbot.addWidget(mine)
    qtbot.addWidget(theirs)
    theirs.description.setPlainText("Pavel's version")
    assert theirs.save()
    mine.description.setPlainText("Anna's version")
    assert not mine.save()
    assert "Pavel's version" in mine.message.text()
    with db.transaction() as s:
        entry = read_event(s, anna, event_id)
    assert entry is not None and entry.description == "Pavel's version"
    fixed.set(NOW + timedelta(minutes=20))
    done = EventDialog(workplace, entry)
    qtbot.addWidget(done)
    assert done.complete_button.text() == "Complete"
    assert done.toggle_complete()
    with db.transaction() as s:
        entry = read_event(s, anna, event_id)
    assert entry is not None and entry.completed_at == NOW + timedelta(minutes=20)
    reopened = EventDialog(workplace, entry)
    qtbot.addWidget(reopened)
    assert "10:20" in reopened.facts.text()  # "Done at 20.11.2026 10:20 (Anna)"
    assert reopened.complete_button.text() == "Not done"
    # the assignee may not delete what Anna created; Anna may
    assignee = EventDialog(Workplace(db, pavel, clock=fixed), entry)
    qtbot.addWidget(assignee)
    assert not assignee.delete_button.isVisibleTo(assignee)
    assert reopened.delete_button.isVisibleTo(reopened)
    assert reopened.delete()
    with db.transaction() as s:
        assert s.get(Event, event_id) is None


def test_linked_events_prefill_and_list_each_other(
    qtbot: QtBot, db: Database, fixed: FixedClock
) -> None:
    anna = person(db, "anna", "Anna")
    pavel = person(db, "pavel", "Pavel")
    romashka = client(db, "Romashka")
    first = _add(db, anna, EventDraft("Offer", NOW + timedelta(hours=1), pavel.id, romashka))
    with db.transaction() as s:
        entry = read_event(s, anna, first)
    assert entry is not None
    dialog = EventDialog(Workplace(db, anna, clock=fixed), entry)
    qtbot.addWidget(dialog)
    assert dialog.link_button.isVisibleTo(dialog)
    linked = dialog.new_linked()
    assert linked is not None
    qtbot.addWidget(linked)
    assert linked.chosen_client() == romashka
    assert linked.assignee.currentData() == pavel.id
    linked.description.setPlainText("Follow up the offer")
    assert linked.save()
    with db.transaction() as s:
        second = s.scalars(select(Event.id).where(Event.link_root_id == first)).one()
        entry = read_event(s, anna, first)
    assert entry is not None
    again = EventDialog(Workplace(db, anna, clock=fixed), entry)
    qtbot.addWidget(again)
    assert again.linked.count() == 1
    assert again.linked.item(0).data(Qt.ItemDataRole.UserRole) == second
    # only the initiator makes linked events: the assignee sees no such button
    theirs = EventDialog(Workplace(db, pavel, clock=fixed), entry)
    qtbot.addWidget(theirs)
    assert not theirs.link_button.isVisibleTo(theirs)


def test_reminder_pops_up_on_time_from_another_workstation_and_dismissal_is_shared(
    qtbot: QtBot, db: Database, db_url: str, fixed: FixedClock, watches: list[EventWatch]
) -> None:
    anna = person(db, "anna", "Anna")
    pavel = person(db, "pavel", "Pavel")
    second = Database(make_engine(db_url))  # Anna's second workstation
    try:
        here = _watch(db, anna, fixed, watches)
        there = _watch(second, anna, fixed, watches)
        window = ReminderWindow(Workplace(db, anna, clock=fixed), here)
        other_window = ReminderWindow(Workplace(second, anna, clock=fixed), there)
        qtbot.addWidget(window)
        qtbot.addWidget(other_window)
        # Pavel, on his workstation, gives Anna a call at 10:30 with a 15-minute reminder
        _add(
            second,
            pavel,
            EventDraft("Call Romashka", NOW + timedelta(minutes=30), anna.id, remind_minutes=15),
        )
        fixed.set(NOW + timedelta(minutes=14, seconds=59))
        _poll(qtbot, here)
        assert not window.isVisible() and here.reminders == []
        assert here.count == 1  # the section's counter
        fixed.set(NOW + timedelta(minutes=15))
        _poll(qtbot, here)
        _poll(qtbot, there)
        assert window.isVisible() and other_window.isVisible()
        assert [r.time_label.text() for r in window.rows] == ["20.11.2026 10:30"]
        assert window.dismiss(window.rows[0].reminder)
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
        _poll(qtbot, there)
        assert not other_window.isVisible()  # dismissed once, gone on both workstations
        assert there.count == 1  # still to do, only no longer reminding
    finally:
        for watch in watches:
            watch.stop()
        watches.clear()
        second.dispose()


def test_reminder_missed_while_closed_shows_as_overdue_and_snoozes(
    qtbot: QtBot, db: Database, fixed: FixedClock, watches: list[EventWatch]
) -> None:
    anna = person(db, "anna", "Anna")
    _add(db, anna, EventDraft("Call", NOW + timedelta(minutes=30), anna.id, remind_minutes=10))
    fixed.set(NOW + timedelta(days=1))  # the app starts the next morning
    watch = _watch(db, anna, fixed, watches)
    window = ReminderWindow(Workplace(db, anna, clock=fixed), watch)
    qtbot.addWidget(window)
    _poll(qtbot, watch)
    assert window.isVisible()
    assert "overdue" in window.rows[0].time_label.text()
    assert window.later(window.rows[0].reminder)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    fixed.advance(timedelta(minutes=10))
    _poll(qtbot, watch)
    assert window.isVisible()


def test_card_tab_lists_the_clients_events(qtbot: QtBot, db: Database, fixed: FixedClock) -> None:
    anna = person(db, "anna", "Anna")
    romashka = client(db, "Romashka")
    event_id = _add(db, anna, EventDraft("Offer", NOW + timedelta(hours=1), anna.id, romashka))
    _add(db, anna, EventDraft("Other client's", NOW, anna.id))
    tab = ClientEventsTab(Workplace(db, anna, clock=fixed))
    qtbot.addWidget(tab)
    tab.show_client(romashka)
    assert tab.table.rowCount() == 1
    cells = [tab.table.item(0, column) for column in range(5)]
    assert [c.text() if c else None for c in cells][:3] == [
        "20.11.2026 10:00",
        "20.11.2026 11:00",
        "Offer",
    ]
    assert not tab.open_button.isEnabled()
    tab.table.selectRow(0)
    with qtbot.waitSignal(tab.event_requested) as opened:
        tab.open_button.click()
    assert opened.args == [event_id]
    with qtbot.waitSignal(tab.new_event_requested) as asked:
        tab.new_button.click()
    assert asked.args[0].client_id == romashka
