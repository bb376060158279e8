"""The tasks report: the visible tasks as a table with a search over title and description
and a value filter in every column, saved to xlsx/csv through :mod:`app.table_export`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, or_
from sqlalchemy.orm import Session

from app.messages import QT_TRANSLATE_NOOP, Message
from app.staff.auth import CurrentUser
from app.table_export import ExportFormat, ExportResult, write_table
from app.tasks.board import TaskCard, _card, _cards
from models import Task

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
