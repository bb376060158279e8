"""The tasks report in the Reports section: its own filters (due / created, role, status,
search, a value per column), the xlsx of what is shown, an operator's own tasks only, and a
double click asking for the task's form. The five tasks are those of the app's test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from app import clock
from app.clock import FixedClock
from models import TaskStatus
from tests.app.tasks.test_tasks_report import NOV, NOW, Team
from ui.reports.form import ReportsForm
from ui.reports.model import ROW_KEY_ROLE


@pytest.fixture
def team(engine: Engine) -> Iterator[Team]:
    from ui.application import configure_settings

    configure_settings()
    with clock.using(FixedClock(NOW)):
        yield Team(engine)


def _form(qtbot: QtBot, team: Team, user: object) -> ReportsForm:
    form = ReportsForm(team.db, user)  # type: ignore[arg-type]
    qtbot.addWidget(form)
    form.resize(1280, 800)
    form.show()
    form.select_report("tasks")
    form.set_period(*NOV)
    _wait(qtbot, form)
    return form


def _wait(qtbot: QtBot, form: ReportsForm) -> None:
    form.run()
    qtbot.waitUntil(
        lambda: form.result is not None and form.result.report == "tasks" and not form.running,
        timeout=20_000,
    )


def _titles(form: ReportsForm) -> list[str]:
    model = form.model
    return [str(model.index(r, 0).data()) for r in range(model.rowCount())]


def test_filters_value_choices_and_xlsx(qtbot: QtBot, team: Team, tmp_path: Path) -> None:
    form = _form(qtbot, team, team.sveta)
    filters = form.task_filters
    assert filters.isVisible() and not form.call_types.isEnabled()
    assert _titles(form) == [
        "Call Romashka about the contract",
        "Visit the office",
        "Send the price list",
        "Total",
    ]
    assignees = filters.values["assignee"]
    assert [assignees.itemData(i) for i in range(assignees.count())] == ["", "Anna", "Boris"]
    filters.set_value("assignee", "Boris")
    _wait(qtbot, form)
    assert _titles(form) == ["Visit the office", "Send the price list", "Total"]
    # the other choices stay those of the whole period: one can switch to Anna directly
    assert assignees.count() == 3
    filters.dates.setCurrentIndex(filters.dates.findData("created"))
    filters.set_statuses([TaskStatus.CLOSED])
    _wait(qtbot, form)
    assert _titles(form) == ["Visit the office", "Total"]
    path = tmp_path / "tasks.xlsx"
    form.export_xlsx(path)
    sheet = load_workbook(path).active
    cells = [[c.value for c in row] for row in sheet.iter_rows(min_row=4)]
    assert cells[0][0] == "Title"
    assert [r[0] for r in cells[1:]] == ["Visit the office", "Total"]
    assert cells[1][9] == 2.5
    filters.set_statuses([])
    filters.set_value("assignee", "")
    filters.search.setText("lyutik")
    _wait(qtbot, form)
    assert _titles(form) == ["Send the price list", "Total"]


def test_operator_sees_own_tasks_and_opens_one(qtbot: QtBot, team: Team) -> None:
    from sqlalchemy import update

    from models import Employee

    with team.db.transaction() as s:  # an operator given the reports right (Permissions)
        s.execute(update(Employee).where(Employee.id == team.anna.id).values(can_reports=True))
    form = _form(qtbot, team, team.anna)
    form.task_filters.dates.setCurrentIndex(form.task_filters.dates.findData("created"))
    _wait(qtbot, form)
    # assigned to Anna or created by her, whatever the users chosen
    assert _titles(form) == [
        "Prepare the offer",
        "Call Romashka about the contract",
        "Send the price list",
        "Total",
    ]
    index = form.model.index(2, 0)
    assert index.data(ROW_KEY_ROLE) == team.t2
    with qtbot.waitSignal(form.task_requested) as opened:
        form.table.doubleClicked.emit(index)
    assert opened.args == [team.t2]
