"""The Events section in the main window: its place and shortcut, the counter in its title,
F1, and the journal's "Call back at…" and the card's tab opening the event's form."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import clock
from app.database import Database
from app.events import EventDraft, create_event
from models import Role
from tests.support.ui_support import user_with_role
from ui.events.calendar import CalendarMode
from ui.events.dialog import EventDialog
from ui.events.form import EventsForm
from ui.journal.form import JournalForm
from ui.main_window import MainWindow

pytestmark = pytest.mark.seed(calls=60, clients=10, qt_settings=True)


def _dialog() -> EventDialog:
    dialogs = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, EventDialog) and w.isVisible()
    ]
    assert len(dialogs) == 1
    return dialogs[0]


def test_events_section_counter_and_call_back_at(qtbot: QtBot, sqlite_db: Database) -> None:
    db = sqlite_db
    operator = user_with_role(db, Role.OPERATOR)
    window = MainWindow(db, operator)
    qtbot.addWidget(window)
    window.show()
    keys = list(window.section_actions)
    # After the journal's own sections (an operator has no reports), before tasks; Ctrl+5
    # whichever sections the role has.
    assert keys.index(MainWindow.SECTION_EVENTS) == keys.index(MainWindow.SECTION_CALLBACKS) + 1
    action = window.section_actions[MainWindow.SECTION_EVENTS]
    assert action.shortcut().toString() == "Ctrl+5"
    qtbot.waitUntil(lambda: window.event_watch.count == 0, timeout=10_000)
    assert action.text() == "Events"
    now = clock.now()
    with db.transaction() as s:
        create_event(
            s, operator, EventDraft("Call back", now + timedelta(hours=1), operator.id), now
        )
    window.event_watch.poll()
    qtbot.waitUntil(lambda: action.text() == "Events (1)", timeout=10_000)
    form = window.open_section(MainWindow.SECTION_EVENTS)
    assert isinstance(form, EventsForm)
    assert window.help_topic() == "events"
    qtbot.waitUntil(lambda: len(form.events) == 1, timeout=10_000)
    # a double click on an hour of the day view: a new event at that hour, on that day
    form.set_mode(CalendarMode.DAY)
    at = datetime.combine(now.date(), time(15))
    form.calendar.day_activated.emit(at)
    dialog = _dialog()
    assert dialog.starts.dateTime().toPython() == at
    dialog.reject()

    journal = window.open_section(MainWindow.SECTION_JOURNAL)
    assert isinstance(journal, JournalForm)
    qtbot.waitUntil(lambda: journal.model.rowCount() > 0, timeout=10_000)
    journal.table.selectRow(0)
    row = journal.selected_row()
    assert row is not None and journal.call_back_at_action.isEnabled()
    journal.call_back_at_action.trigger()
    dialog = _dialog()
    assert dialog.call_id == row.id
    assert dialog.chosen_client() == row.client_id
    assert dialog.description.toPlainText().startswith("Call back")
    assert dialog.save()
    qtbot.waitUntil(lambda: action.text() == "Events (2)", timeout=10_000)
    window.close()
