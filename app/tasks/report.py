"""The tasks report: the visible tasks as a table with a search over title and description
and a value filter in every column, saved to xlsx/csv through :mod:`app.table_export` (the
Tasks section's tab); and :func:`tasks_report`, the same as a report of the Reports section
and ``calldesk report tasks`` (registered in :data:`app.reports.run.REPORTS`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, or_, select
from sqlalchemy.orm import Session

from app.messages import QT_TRANSLATE_NOOP, Message
from app.reports import queries as q
from app.reports.params import ReportError, ReportParams
from app.reports.result import Column, ColumnKind, ReportHeader, ReportResult
from app.staff.auth import CurrentUser
from app.staff.permissions import permissions
from app.table_export import ExportFormat, ExportResult, write_table
from app.tasks.board import TaskCard, _card, _cards, _cards_query
from models import Client, Task, TaskClient, TaskPriority, TaskStatus

# The report's columns, in order; the UI names them.
COLUMNS = ("title", "status", "priority", "assignee", "author", "due_at", "closed_at", "hours")


@dataclass(frozen=True)
class TaskReportFilter:
    search: str = ""  # in the title or the description
    values: dict[str, str] = field(default_factory=dict)  # column -> the exact shown value


def read_report(
    conn: Connection | Session,
    who: CurrentUser,
    search: str = "",
) -> list[TaskCard]:
    """The visible tasks whose title or description contains ``search``, newest first."""
    query = _cards(who)
    text = search.strip()
    if text:
        pattern = f"%{text}%"
        query = query.where(or_(Task.title.ilike(pattern), Task.description.ilike(pattern)))
    return [
        _card(row) for row in conn.execute(query.order_by(Task.created_at.desc(), Task.id.desc()))
    ]


def filtered(
    cards: Sequence[TaskCard],
    cells: Callable[[TaskCard], Sequence[str]],
    values: dict[str, str],
) -> list[TaskCard]:
    """Keep the cards whose shown value equals the chosen one in every filtered column."""
    wanted = {COLUMNS.index(k): v for k, v in values.items() if v}
    return [c for c in cards if all(cells(c)[i] == v for i, v in wanted.items())]


def save_report(
    target: Path,
    fmt: ExportFormat,
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
) -> ExportResult:
    too_many: Message = Message(QT_TRANSLATE_NOOP("app", "Too many tasks for one Excel sheet."))
    return write_table(
        target, fmt, headers, [list(rows)], sheet_title="Tasks", too_many_rows=too_many
    )


# -- the Reports section's and ``calldesk report tasks``' report ---------------------------

K = ColumnKind
REPORT_COLUMNS = [
    Column("title", "Title", K.TEXT),
    Column("task_status", "Status", K.TEXT),
    Column("priority", "Priority", K.TEXT),
    Column("assignee", "Assignee", K.TEXT),
    Column("created_by", "Created by", K.TEXT),
    Column("clients", "Clients", K.TEXT),
    Column("created_at", "Created", K.DATETIME),
    Column("due_at", "Due", K.DATETIME),
    Column("closed_at", "Closed", K.DATETIME),
    Column("hours", "Hours spent", K.TEXT),
    Column("overdue", "Overdue", K.TEXT),
]
STATUS_WORDS = {
    TaskStatus.NEW: "New",
    TaskStatus.IN_PROGRESS: "In progress",
    TaskStatus.READY: "Ready",
    TaskStatus.CLOSED: "Closed",
}
PRIORITY_WORDS = {TaskPriority.LOW: "Low", TaskPriority.NORMAL: "Normal", TaskPriority.HIGH: "High"}


def task_viewer(conn: Connection | Session, who: CurrentUser) -> int | None:
    """Whose tasks ``who`` may report on: None for everyone's (a supervisor or administrator
    with the "tasks" permission), else ``who``'s own id (assigned to or created by them)."""
    if who.sees_all_calls and permissions(conn, who).tasks:
        return None
    return who.id


def cell_key(value: Any) -> str:
    """A cell's value as the value filters compare it: dates by day (YYYY-MM-DD)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def tasks_report(
    conn: Connection, p: ReportParams, header: ReportHeader, now: datetime
) -> ReportResult:
    """Tasks whose due time (or creation) falls in the period, one row each, nearest first."""
    start, end = q.period_bounds(p)
    by = Task.due_at if p.task_dates == "due" else Task.created_at
    query = _cards_query().where(by >= start, by < end)
    if p.viewer_id is not None:
        query = query.where(or_(Task.assignee_id == p.viewer_id, Task.author_id == p.viewer_id))
    if p.operator_ids:
        chosen = sorted(p.operator_ids)
        as_assignee, as_author = Task.assignee_id.in_(chosen), Task.author_id.in_(chosen)
        query = query.where(
            as_assignee
            if p.task_role == "assignee"
            else as_author
            if p.task_role == "creator"
            else or_(as_assignee, as_author)
        )
    if p.task_statuses:
        query = query.where(Task.status.in_(sorted(p.task_statuses)))
    text = p.search.strip()
    if text:
        pattern = f"%{text}%"
        query = query.where(or_(Task.title.ilike(pattern), Task.description.ilike(pattern)))
    cards = [_card(row) for row in conn.execute(query.order_by(by, Task.id))]
    clients = _client_names(conn, [c.id for c in cards])
    rows: list[dict[str, Any]] = [
        {
            "key": c.id,
            "title": c.title,
            "task_status": STATUS_WORDS[c.status],
            "priority": PRIORITY_WORDS[TaskPriority(c.priority)],
            "assignee": c.assignee,
            "created_by": c.author,
            "clients": ", ".join(clients.get(c.id, [])),
            "created_at": c.created_at,
            "due_at": c.due_at,
            "closed_at": c.closed_at,
            "hours": c.hours_spent,
            "overdue": "Overdue" if c.overdue(now) else "",
        }
        for c in cards
    ]
    choices = {
        col.key: sorted({cell_key(r[col.key]) for r in rows} - {""}) for col in REPORT_COLUMNS
    }
    wanted = {k: v for k, v in p.column_values if v}
    unknown = sorted(set(wanted) - {c.key for c in REPORT_COLUMNS})
    if unknown:
        raise ReportError(
            QT_TRANSLATE_NOOP("app", "The tasks report has no column {names}; it has: {keys}."),
            names=", ".join(unknown),
            keys=", ".join(c.key for c in REPORT_COLUMNS),
        )
    rows = [r for r in rows if all(cell_key(r.get(k)) == v for k, v in wanted.items())]
    total: dict[str, Any] = {
        "key": None,
        "title": "Total",
        "hours": round(sum(float(r["hours"] or 0.0) for r in rows), 2),
    }
    return ReportResult(
        "tasks", p, header, list(REPORT_COLUMNS), rows, total if rows else {}, choices=choices
    )


def _client_names(conn: Connection, task_ids: list[int]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for start in range(0, len(task_ids), 500):
        chunk = task_ids[start : start + 500]
        for task_id, name in conn.execute(
            select(TaskClient.task_id, Client.display_name)
            .join(Client, Client.id == TaskClient.client_id)
            .where(TaskClient.task_id.in_(chunk))
            .order_by(TaskClient.task_id, Client.display_name)
        ):
            out.setdefault(int(task_id), []).append(str(name))
    return out
