"""The tasks report of the Reports section and ``calldesk report tasks`` on both databases:
period by due date or by creation, assignee / creator / everyone, statuses, the search, a value
per column, who may see what, xlsx read back. The expected rows are worked out by hand from
the five tasks below (not copied from the code's output)."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]
from sqlalchemy import Engine

from app import clock
from app.clock import FixedClock
from app.database import Database
from app.reports import ReportError, ReportParams, run_report
from app.reports.export import write_xlsx
from app.staff.auth import CurrentUser
from app.tasks import TaskDraft, create_task, move_task
from app.tasks.report import task_viewer
from models import Client, ClientKind, Role, TaskPriority, TaskStatus
from tests.app.tasks.test_tasks import person
from ui.main import main

CREATED = datetime(2026, 11, 20, 10, 0)
NOW = datetime(2026, 11, 20, 12, 0)  # the report's "now": T1 (due on the 18th) is overdue
NOV = (date(2026, 11, 1), date(2026, 11, 30))


class Team:
    def __init__(self, engine: Engine) -> None:
        self.db = db = Database(engine)
        self.engine = engine
        self.anna = person(db, "anna")
        self.boris = person(db, "boris")
        self.sveta = person(db, "sveta", Role.SUPERVISOR)
        self.olga = person(db, "olga", Role.SUPERVISOR, tasks=False)
        with db.transaction() as s:
            romashka = Client(
                display_name="Romashka",
                kind=ClientKind.COMPANY.value,
                created_at=CREATED,
                updated_at=CREATED,
            )
            s.add(romashka)
            s.flush()
            client_id = romashka.id
        anna, boris, sveta = self.anna, self.boris, self.sveta
        self.t1 = self.add(
            sveta,
            TaskDraft(
                "Call Romashka about the contract",
                anna.id,
                priority=TaskPriority.HIGH,
                due_at=datetime(2026, 11, 18, 12, 0),
                client_ids=(client_id,),
            ),
        )
        self.t2 = self.add(
            anna,
            TaskDraft(
                "Send the price list",
                boris.id,
                description="To Lyutik by mail",
                due_at=datetime(2026, 11, 21, 9, 0),
            ),
        )
        self.t3 = self.add(
            boris, TaskDraft("Visit the office", boris.id, due_at=datetime(2026, 11, 19, 15, 0))
        )
        self.t4 = self.add(anna, TaskDraft("Prepare the offer", anna.id), datetime(2026, 11, 5, 9))
        self.t5 = self.add(
            sveta, TaskDraft("December plan", sveta.id, due_at=datetime(2026, 12, 3, 10, 0))
        )
        db.write(lambda s: move_task(s, anna, self.t2, 1, TaskStatus.IN_PROGRESS, CREATED))
        db.write(
            lambda s: move_task(
                s, boris, self.t3, 1, TaskStatus.CLOSED, datetime(2026, 11, 19, 16, 0), 2.5
            )
        )
        db.write(lambda s: move_task(s, anna, self.t4, 1, TaskStatus.READY, CREATED, 1.25))

    def add(self, who: CurrentUser, draft: TaskDraft, at: datetime = CREATED) -> int:
        return self.db.write(lambda s: create_task(s, who, draft, at))

    def run(self, **params: Any) -> Any:
        period = {"date_from": NOV[0], "date_to": NOV[1]}
        return run_report(
            self.engine, "tasks", ReportParams(**{**period, **params}), clock=FixedClock(NOW)
        )

    def titles(self, **params: Any) -> list[str]:
        return [r["title"] for r in self.run(**params).rows]


@pytest.fixture
def team(engine: Engine) -> Team:
    return Team(engine)


def test_rows_by_due_date(team: Team) -> None:
    result = team.run()
    shown = [
        (r["title"], r["task_status"], r["priority"], r["assignee"], r["created_by"],
         r["clients"], r["due_at"], r["closed_at"], r["hours"], r["overdue"])
        for r in result.rows
    ]  # fmt: skip
    assert shown == [
        ("Call Romashka about the contract", "New", "High", "Anna", "Sveta", "Romashka",
         datetime(2026, 11, 18, 12, 0), None, None, "Overdue"),
        ("Visit the office", "Closed", "Normal", "Boris", "Boris", "",
         datetime(2026, 11, 19, 15, 0), datetime(2026, 11, 19, 16, 0), 2.5, ""),
        ("Send the price list", "In progress", "Normal", "Boris", "Anna", "",
         datetime(2026, 11, 21, 9, 0), None, None, ""),
    ]  # fmt: skip
    assert [r["key"] for r in result.rows] == [team.t1, team.t3, team.t2]
    assert result.total == {"key": None, "title": "Total", "hours": 2.5}
    # no due date: not in a report by due date; due in December: outside the period
    assert team.titles(date_from=date(2026, 12, 1), date_to=date(2026, 12, 31)) == ["December plan"]


def test_by_creation_people_and_roles(team: Team) -> None:
    by_created = {"task_dates": "created"}
    everything = team.titles(**by_created)
    # Prepare the offer was created on the 5th, the others at 10:00 on the 20th (by id)
    assert everything == [
        "Prepare the offer",
        "Call Romashka about the contract",
        "Send the price list",
        "Visit the office",
        "December plan",
    ]
    anna = (team.anna.id,)
    assert team.titles(**by_created, operator_ids=anna, task_role="assignee") == [
        "Prepare the offer",
        "Call Romashka about the contract",
    ]
    assert team.titles(**by_created, operator_ids=anna, task_role="creator") == [
        "Prepare the offer",
        "Send the price list",
    ]
    assert team.titles(**by_created, operator_ids=anna) == [
        "Prepare the offer",
        "Call Romashka about the contract",
        "Send the price list",
    ]


def test_statuses_search_and_column_values(team: Team) -> None:
    assert team.titles(task_dates="created", task_statuses=("ready", "closed")) == [
        "Prepare the offer",
        "Visit the office",
    ]
    assert team.titles(task_dates="created", search="lyutik") == ["Send the price list"]
    assert team.titles(task_dates="created", search="OFFER") == ["Prepare the offer"]
    assert team.titles(column_values=(("assignee", "Boris"),)) == [
        "Visit the office",
        "Send the price list",
    ]
    assert team.titles(column_values=(("due_at", "2026-11-19"),)) == ["Visit the office"]
    assert team.titles(column_values=(("overdue", "Overdue"), ("assignee", "Anna"))) == [
        "Call Romashka about the contract"
    ]
    result = team.run(column_values=(("assignee", "Boris"),))
    # the choices of every column come from the rows before the column values applied
    assert result.choices["assignee"] == ["Anna", "Boris"]
    assert result.choices["task_status"] == ["Closed", "In progress", "New"]
    assert result.choices["hours"] == ["2.5"]
    with pytest.raises(ReportError):
        team.run(column_values=(("colour", "red"),))
    with pytest.raises(ReportError):
        team.run(task_dates="closed")


def test_who_sees_what(team: Team) -> None:
    with team.db.transaction() as s:
        viewers = {who.login: task_viewer(s, who) for who in (team.anna, team.sveta, team.olga)}
    # a supervisor with the tasks permission sees everyone's; without it, or an operator:
    # only the tasks assigned to or created by them
    assert viewers == {"anna": team.anna.id, "sveta": None, "olga": team.olga.id}
    created = {"task_dates": "created"}
    assert team.titles(**created, viewer_id=viewers["anna"]) == [
        "Prepare the offer",
        "Call Romashka about the contract",
        "Send the price list",
    ]
    assert team.titles(**created, viewer_id=viewers["olga"]) == []
    assert len(team.titles(**created, viewer_id=viewers["sveta"])) == 5
    # choosing a colleague does not widen an operator's view
    assert team.titles(**created, viewer_id=team.anna.id, operator_ids=(team.boris.id,)) == [
        "Send the price list"
    ]


def test_xlsx_read_back(team: Team, tmp_path: Path) -> None:
    path = write_xlsx(team.run(), tmp_path / "tasks.xlsx")
    sheet = load_workbook(path).active
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=4)]
    assert rows[0][:5] == ["Title", "Status", "Priority", "Assignee", "Created by"]
    assert [r[0] for r in rows[1:]] == [
        "Call Romashka about the contract",
        "Visit the office",
        "Send the price list",
        "Total",
    ]
    visit = rows[2]
    assert visit[7] == datetime(2026, 11, 19, 15, 0)  # a real date in Excel
    assert (visit[9], rows[4][9]) == (2.5, 2.5)  # hours: a number; the total


def test_cli_json_and_xlsx(team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = team.engine.url.render_as_string(hide_password=False)
    base = ["report", "tasks", "--db", url, "--from", "2026-11-01", "--to", "2026-11-30"]
    with clock.using(FixedClock(NOW)):
        assert main([*base, "--tasks-by", "created", "--operator", "anna", "--role", "creator",
                     "--json"]) == 0  # fmt: skip
        out = json.loads(capsys.readouterr().out)
        assert out["report"] == "tasks"
        assert [(r["title"], r["task_status"]) for r in out["rows"]] == [
            ("Prepare the offer", "Ready"),
            ("Send the price list", "In progress"),
        ]
        assert out["rows"][0]["created_at"] == "2026-11-05T09:00:00"
        assert out["total"]["hours"] == 1.25
        assert main([*base, "--where", "overdue=Overdue", "--json"]) == 0
        out = json.loads(capsys.readouterr().out)
        assert [r["key"] for r in out["rows"]] == [team.t1]
        assert main([*base, "--tasks-by", "created", "--as", "boris", "--json"]) == 0
        out = json.loads(capsys.readouterr().out)
        assert [r["title"] for r in out["rows"]] == ["Send the price list", "Visit the office"]
        target = tmp_path / "t.xlsx"
        assert main([*base, "--status", "closed", "--xlsx", str(target)]) == 0
    capsys.readouterr()
    sheet = load_workbook(target).active
    assert [r[0].value for r in sheet.iter_rows(min_row=5)] == ["Visit the office", "Total"]
