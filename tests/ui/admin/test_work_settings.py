"""Administration -> Settings: the working day, time zone, callback target and report
thresholds are saved together, checked first, and read back by the worklist and reports."""

from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtCore import QTime
from pytestqt.qtbot import QtBot

from app.callbacks.settings import CallbackSettings, read_settings
from app.database import Database
from app.reports.run import ReportSettings, report_settings
from app.workplace import Workplace
from models import Role
from tests.support.ui_support import user_with_role
from ui.admin.form import AdminForm

pytestmark = pytest.mark.seed(calls=50, clients=10)


def _stored(db: Database) -> tuple[CallbackSettings, ReportSettings]:
    with db.transaction() as s:
        return read_settings(s), report_settings(s)


def test_work_settings_are_saved_together_and_bad_ones_change_nothing(
    qtbot: QtBot, db: Database
) -> None:
    form = AdminForm(Workplace(db, user_with_role(db, Role.ADMIN)))
    qtbot.addWidget(form)
    # The defaults a new company starts with.
    assert form.target_minutes_on.isChecked() and form.target_minutes.value() == 30
    assert (form.day_start.time(), form.day_end.time()) == (QTime(9, 0), QTime(18, 0))
    assert form.time_zone.currentData() == ""
    assert form.window_hours.text() == "the same day"
    assert (form.claim_minutes.value(), form.service_level.value()) == (15, 20)

    form.target_end_of_day.setChecked(True)
    assert not form.target_minutes.isEnabled()
    form.day_start.setTime(QTime(8, 30))
    form.day_end.setTime(QTime(17, 0))
    form.time_zone.setCurrentText("Europe/Moscow")
    form.claim_minutes.setValue(20)
    form.window_hours.setValue(12)
    form.service_level.setValue(30)
    form.short_abandon.setValue(3)
    form.save_work_settings()
    assert form.message.text() == "The settings were saved."
    callbacks, reports = _stored(db)
    assert callbacks == CallbackSettings(
        target_minutes=None,
        day_start=time(8, 30),
        day_end=time(17, 0),
        time_zone="Europe/Moscow",
        window_hours=12,
        claim_minutes=20,
    )
    assert reports == ReportSettings(30, 3, "Europe/Moscow")

    form.day_end.setTime(QTime(8, 0))  # ends before it starts
    form.service_level.setValue(45)
    form.save_work_settings()
    assert form.message.text() == "The working day must end after it starts."
    assert _stored(db) == (callbacks, reports)  # nothing half-written

    form.day_end.setTime(QTime(17, 0))
    form.time_zone.setCurrentText("Mars/Olympus")
    form.save_work_settings()
    assert "Unknown time zone Mars/Olympus" in form.message.text()
    assert _stored(db) == (callbacks, reports)

    again = AdminForm(Workplace(db, user_with_role(db, Role.ADMIN)))  # shows what is stored
    qtbot.addWidget(again)
    assert again.target_end_of_day.isChecked() and again.day_start.time() == QTime(8, 30)
    assert again.time_zone.currentText() == "Europe/Moscow"
