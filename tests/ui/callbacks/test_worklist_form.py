"""The "To call back" section on screen: collapse, countdown, Take it between two operators,
closing by a later call, the call's path, and the counters of the main window."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QAbstractItemModelTester, QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, select

from app import clock
from app.callbacks import take
from app.clock import FixedClock
from app.database import Database
from app.staff.auth import CurrentUser
from app.workplace import Workplace
from models import CallbackClaim, Direction
from tests.app.callbacks.support import at, client, contact, missed, staff
from ui.callbacks.form import CallbackForm
from ui.callbacks.model import OVERDUE, Col
from ui.callbacks.watch import WorklistWatch

NUMBER = "+79161110001"
OTHER = "+79162220002"


@pytest.fixture
def fixed() -> Iterator[FixedClock]:
    with clock.using(FixedClock(at("10:10"))) as moment:
        yield moment


@pytest.fixture
def watches() -> Iterator[list[WorklistWatch]]:
    """The forms' watches, stopped (their reading thread ended) after the test."""
    made: list[WorklistWatch] = []
    yield made
    for watch in made:
        watch.stop()


def _form(
    qtbot: QtBot, db: Database, user: CurrentUser, moment: FixedClock, watches: list[WorklistWatch]
) -> CallbackForm:
    watch = WorklistWatch(db, moment)
    watches.append(watch)
    form = CallbackForm(Workplace(db, user, clock=moment), watch)
    qtbot.addWidget(form)
    form.resize(1280, 600)
    _read(qtbot, form)
    return form


def _read(qtbot: QtBot, form: CallbackForm) -> None:
    """A fresh read of the worklist has reached the form."""
    with qtbot.waitSignal(form.watch.updated, timeout=10_000):
        form.refresh()
    qtbot.waitUntil(lambda: not form.watch.busy, timeout=10_000)


def _cell(form: CallbackForm, row: int, col: Col) -> str:
    return str(form.model.index(row, col).data() or "")


def _select(qtbot: QtBot, form: CallbackForm, number: str) -> None:
    assert form.select_number(number)
    qtbot.waitUntil(lambda: "Still open" in form.path.text() or "closed" in form.path.text())


def test_repeated_attempts_are_one_item_with_a_live_countdown(
    qtbot: QtBot, engine: Engine, fixed: FixedClock, watches: list[WorklistWatch]
) -> None:
    db = Database(engine)
    ivanova, _petrov = staff(db)
    with db.transaction() as s:
        missed(s, NUMBER, at("10:00"), wait=30, rang=((ivanova.id, 20),))
        missed(s, OTHER, at("10:02"), wait=10)
        missed(s, NUMBER, at("10:04"), wait=45)
    form = _form(qtbot, db, ivanova, fixed, watches)
    QAbstractItemModelTester(form.model, QAbstractItemModelTester.FailureReportingMode.Warning)

    assert form.model.rowCount() == 2
    assert _cell(form, 0, Col.NUMBER) == NUMBER  # the newest attempt on top
    assert _cell(form, 0, Col.ATTEMPTS) == "2"
    assert (_cell(form, 0, Col.FIRST), _cell(form, 0, Col.LAST)) == ("10:00", "10:04")
    assert _cell(form, 0, Col.WAITED) == "1:15"
    assert _cell(form, 0, Col.COUNTDOWN) == "20:00 left"  # 30 min from the first attempt
    assert _cell(form, 1, Col.COUNTDOWN) == "22:00 left"
    assert "Waiting: 2, overdue: 0" in form.summary.text()

    fixed.set(at("10:31"))
    form.watch.tick_timer.timeout.emit()
    assert _cell(form, 0, Col.COUNTDOWN) == "overdue by 1:00"
    assert _cell(form, 1, Col.COUNTDOWN) == "1:00 left"
    light_background = OVERDUE[False][0]
    brush = form.model.index(0, Col.COUNTDOWN).data(Qt.ItemDataRole.BackgroundRole)
    assert brush is not None and brush.color().name() == light_background
    assert form.model.index(1, Col.COUNTDOWN).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "Waiting: 2, overdue: 1" in form.summary.text()

    _select(qtbot, form, NUMBER)
    path = form.path.text()
    assert "10:00: called, waited 30 s" in path
    assert "rang Ivanova Anna for 20 s, no answer" in path
    assert "10:04: called, waited 45 s" in path
    assert "the caller hung up" in path


def test_take_it_shows_to_a_colleague_who_cannot_take_it_too(
    qtbot: QtBot, engine: Engine, fixed: FixedClock, watches: list[WorklistWatch]
) -> None:
    db = Database(engine)
    ivanova, petrov = staff(db)
    with db.transaction() as s:
        missed(s, NUMBER, at("10:00"))
    hers = _form(qtbot, db, ivanova, fixed, watches)
    his = _form(qtbot, db, petrov, fixed, watches)
    _select(qtbot, hers, NUMBER)
    assert hers.take_action.isEnabled() and not hers.release_action.isEnabled()
    hers.take_action.trigger()
    _read(qtbot, hers)
    assert _cell(hers, 0, Col.TAKEN) == "Ivanova A. until 10:25"
    assert hers.model.index(0, Col.NUMBER).data(Qt.ItemDataRole.FontRole).bold()
    assert hers.release_action.isEnabled() and not hers.take_action.isEnabled()

    _read(qtbot, his)  # the colleague's next read shows the claim
    assert _cell(his, 0, Col.TAKEN) == "Ivanova A. until 10:25"
    _select(qtbot, his, NUMBER)
    his.take_action.trigger()
    assert his.notice.isVisibleTo(his)
    assert his.notice.text() == "Ivanova Anna is already calling this number back (until 10:25)"
    with db.transaction() as s:
        holder = s.scalars(select(CallbackClaim.employee_id)).all()
    assert holder == [ivanova.id]

    assert hers.release_action.isEnabled(), hers.selected_item()
    hers.release_action.trigger()
    with db.transaction() as s:
        assert s.scalars(select(CallbackClaim.employee_id)).all() == []
    _read(qtbot, his)
    assert _cell(his, 0, Col.TAKEN) == ""
    his.take_action.trigger()
    _read(qtbot, his)
    assert _cell(his, 0, Col.TAKEN) == "Petrov P. until 10:25"


def test_a_later_answered_call_with_another_number_of_the_client_closes_the_item(
    qtbot: QtBot, engine: Engine, fixed: FixedClock, watches: list[WorklistWatch]
) -> None:
    db = Database(engine)
    ivanova, petrov = staff(db)
    with db.transaction() as s:
        romashka = client(s, "Romashka LLC", NUMBER, OTHER)
        missed(s, NUMBER, at("10:00"), client_id=romashka)
    form = _form(qtbot, db, ivanova, fixed, watches)
    assert _cell(form, 0, Col.CLIENT) == "Romashka LLC"
    assert form.card_action.isEnabled() is False  # nothing selected yet
    _select(qtbot, form, NUMBER)
    assert form.card_action.isEnabled() and not form.create_client_action.isEnabled()

    with db.transaction() as s:  # Petrov calls back, nobody answers: counted, still open
        contact(s, NUMBER, at("10:05"), petrov.id, answered=False, client_id=romashka)
    _read(qtbot, form)
    assert _cell(form, 0, Col.CALLS_BACK) == "1 unanswered"
    assert _cell(form, 0, Col.RESULT) == "Open"

    with db.transaction() as s:  # the client calls in from its other number and is answered
        contact(s, OTHER, at("10:07"), petrov.id, direction=Direction.INCOMING, client_id=romashka)
    _read(qtbot, form)
    assert form.model.rowCount() == 0
    assert form.empty.isVisibleTo(form) and "Nobody is waiting" in form.empty.text()
    form.show_closed.setChecked(True)
    assert form.model.rowCount() == 1
    assert _cell(form, 0, Col.RESULT) == "closed by Petrov Pavel after 7 min"
    assert _cell(form, 0, Col.COUNTDOWN) == ""
    _select(qtbot, form, NUMBER)
    assert "10:05: Petrov Pavel called back, no answer" in form.path.text()
    assert not form.take_action.isEnabled()


def test_call_back_takes_the_item_then_dials_and_asks_before_calling_a_taken_one(
    qtbot: QtBot,
    engine: Engine,
    fixed: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    watches: list[WorklistWatch],
) -> None:
    from PySide6.QtWidgets import QMessageBox

    db = Database(engine)
    ivanova, petrov = staff(db)
    with db.transaction() as s:
        missed(s, NUMBER, at("10:00"))
        missed(s, OTHER, at("10:01"))
    form = _form(qtbot, db, ivanova, fixed, watches)
    _select(qtbot, form, NUMBER)
    assert not form.call_back_action.isEnabled()  # no softphone yet
    form.set_calling_available(True, "")
    with qtbot.waitSignal(form.call_requested) as dialled:
        form.call_back_action.trigger()
    assert dialled.args == [NUMBER]
    with db.transaction() as s:
        claims = s.execute(select(CallbackClaim.number, CallbackClaim.employee_id)).all()
    assert [tuple(c) for c in claims] == [(NUMBER, ivanova.id)]

    with db.transaction() as s:
        take(s, OTHER, petrov, at("10:09"), minutes=15)
    _read(qtbot, form)
    _select(qtbot, form, OTHER)
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    calls: list[str] = []
    form.call_requested.connect(calls.append)
    form.call_back_action.trigger()
    assert calls == []
    assert asked and "Petrov Pavel is already calling this number back" in asked[0]


def test_the_window_counts_waiting_callers_and_shows_overdue_ones(
    qtbot: QtBot, engine: Engine, fixed: FixedClock, watches: list[WorklistWatch]
) -> None:
    from ui.main_window import MainWindow

    db = Database(engine)
    ivanova, _petrov = staff(db)
    with db.transaction() as s:
        missed(s, NUMBER, at("10:00"))
    window = MainWindow(db, ivanova, "test")
    qtbot.addWidget(window)
    action = window.section_actions[MainWindow.SECTION_CALLBACKS]
    qtbot.waitUntil(lambda: action.text() == "To call back (1)", timeout=10_000)
    assert window.overdue_label.isHidden()

    fixed.advance(timedelta(minutes=25))  # 10:35: past the 30 minutes
    window.callback_watch.tick_timer.timeout.emit()
    assert not window.overdue_label.isHidden()
    assert window.overdue_label.text() == "Overdue callbacks: 1"
    QTest.mouseClick(window.overdue_label, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    assert isinstance(window.tabs.currentWidget(), CallbackForm)
    assert QApplication.activeModalWidget() is None

    # The operator's own softphone calls the caller back and is answered: the line closes at
    # once (the periodic poll is stopped here, so only the softphone's word can do it).
    window.callback_watch.poll_timer.stop()
    with db.transaction() as s:
        logged = contact(s, NUMBER, at("10:34"), ivanova.id)
    window.softphone.call_logged.emit(logged)
    qtbot.waitUntil(lambda: action.text() == "To call back", timeout=10_000)
    qtbot.waitUntil(lambda: window.overdue_label.isHidden(), timeout=10_000)


def test_the_journal_says_who_closed_a_missed_call_and_after_how_long(
    qtbot: QtBot, engine: Engine, fixed: FixedClock
) -> None:
    from app.journal.export import column_value
    from app.staff.auth import current_user
    from models import Employee, Role
    from ui.journal.columns import Col as JournalCol
    from ui.journal.form import JournalForm
    from ui.journal.model import ROW_ROLE

    db = Database(engine)
    ivanova, petrov = staff(db)
    with db.transaction() as s:
        boss = Employee(
            login="boss",
            full_name="Boss",
            role=Role.SUPERVISOR.value,
            password_hash="x",
            created_at=at("08:00"),
        )
        s.add(boss)
        s.flush()
        supervisor = current_user(boss)
        closed = missed(s, NUMBER, at("09:00"), rang=((ivanova.id, 20), (petrov.id, 15)))
        still_open = missed(s, OTHER, at("09:10"))
        contact(s, NUMBER, at("09:32"), petrov.id)  # answered 09:32:05
    form = JournalForm(Workplace(db, supervisor, clock=fixed), poll_ms=60_000)
    qtbot.addWidget(form)
    qtbot.waitUntil(lambda: form.model.rowCount() == 3, timeout=10_000)
    texts = {}
    for r in range(form.model.rowCount()):
        row = form.model.index(r, 0).data(ROW_ROLE)
        texts[row.id] = (
            form.model.index(r, JournalCol.CALLBACK).data(),
            column_value(row, "callback"),
        )
    assert texts[closed] == (
        "closed by Petrov P. after 32 min",
        "closed by Petrov Pavel after 32 min",
    )
    assert texts[still_open] == ("", "")
    header = form.table.horizontalHeader()
    assert not header.isSectionHidden(JournalCol.CALLBACK)
    assert header.visualIndex(JournalCol.CALLBACK) == header.visualIndex(JournalCol.EMPLOYEE) + 1

    # The side panel tells the missed call's path in words, under why it has its status.
    row = next(r for r in range(3) if form.model.index(r, 0).data(ROW_ROLE).id == closed)
    form.table.selectRow(row)
    qtbot.waitUntil(lambda: "no answer" in form.panel.explanation.text(), timeout=10_000)
    lines = form.panel.explanation.text().splitlines()
    assert lines[1:] == [
        "rang Ivanova Anna for 20 s, no answer",
        "rang Petrov Pavel for 15 s, no answer",
        "the caller hung up",
    ]


def test_the_watch_reads_the_whole_worklist_only_when_something_changed(
    qtbot: QtBot, engine: Engine, fixed: FixedClock, watches: list[WorklistWatch]
) -> None:
    db = Database(engine)
    ivanova, _petrov = staff(db)
    with db.transaction() as s:
        missed(s, NUMBER, at("10:00"))
    watch = WorklistWatch(db, fixed)
    watches.append(watch)

    def settle() -> None:
        qtbot.waitUntil(lambda: not watch.busy, timeout=10_000)

    watch.refresh()
    settle()
    assert watch.full_reads == 1
    watch.poll()  # nothing happened: the stamp alone
    settle()
    assert watch.full_reads == 1

    with db.transaction() as s:  # a new call in the window
        missed(s, OTHER, at("10:05"))
    watch.poll()
    qtbot.waitUntil(lambda: watch.full_reads == 2, timeout=10_000)
    settle()
    assert watch.worklist is not None and len(watch.worklist.items) == 2

    db.write(lambda s: take(s, NUMBER, ivanova, at("10:06"), minutes=15))  # a claim
    watch.poll()
    qtbot.waitUntil(lambda: watch.full_reads == 3, timeout=10_000)
    settle()
    watch.poll()
    settle()
    assert watch.full_reads == 3

    fixed.advance(timedelta(seconds=61))  # now and then in full, for changes made in place
    watch.poll()
    qtbot.waitUntil(lambda: watch.full_reads == 4, timeout=10_000)
