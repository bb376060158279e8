"""Export of the journal's current view to xlsx or csv, streamed page by page.

The writing (temp file renamed at the end, cancel, progress) is :mod:`app.table_export`.
Headers are English; the GUI translates them with the same column ids
(:data:`JOURNAL_COLUMNS`).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection

from app.journal.filter import JournalFilter
from app.journal.query import JournalError, JournalRow, prepare
from app.messages import QT_TRANSLATE_NOOP, message
from app.staff.auth import CurrentUser
from app.staff.permissions import require_export
from app.table_export import (
    EXPORT_BATCH,
    XLSX_MAX_ROWS,
    ExportError,
    ExportFormat,
    ExportResult,
    check_target,
    write_table,
)

__all__ = ["JOURNAL_COLUMNS", "ExportFormat", "ExportResult", "column_value", "export_rows"]

# Column id -> English header, in the journal's default order. The GUI keeps its column
# numbers and the saved layout by these ids.
JOURNAL_COLUMNS: dict[str, str] = {
    "started_at": "Date and time",
    "direction": "Direction",
    "status": "Status",
    "client": "Client",
    "number": "Phone number",
    "contact": "Contact person",
    "employee": "Employee",
    "position": "Position",
    "responsible": "Responsible manager",
    "responsible_match": "Responsible match",
    "wait": "Wait duration",
    "talk": "Talk duration",
    "recording": "Recording",
    "transfers": "Transfers",
    "hangup_by": "Hung up",
    "queue": "Queue",
    "queue_outcome": "Queue result",
    "queue_wait": "Time in queue",
    "did": "Line (DID)",
    "cost": "Cost",
    "comment": "Comment",
    "callback": "Callback",
    "first_contact": "First contact",
    "needs_attention": "Needs attention",
}

DIRECTION_LABELS = {"in": "Incoming", "out": "Outgoing", "internal": "Internal"}
STATUS_LABELS = {
    "accepted": "Accepted",
    "reached": "Reached",
    "no_answer": "No answer",
    "lost": "Lost",
    "cancelled": "Cancelled",
    "busy": "Busy",
    "failed": "Unreachable",
    "unanswered": "Not answered",
    "rejected": "Rejected",
    "no_channels": "No free channels",
    "in_progress": "In progress",
}
HANGUP_LABELS = {"client": "Client", "employee": "Employee", "system": "System"}
QUEUE_OUTCOME_LABELS = {
    "answered": "Answered",
    "transferred": "Transferred",
    "abandoned": "Caller left",
    "timeout": "Timed out",
    "exit_key": "Left with a key",
    "exit_empty": "Left: no agents",
    "join_empty": "Not queued: empty",
    "join_unavail": "Not queued: no agents",
}


def _yes(value: bool) -> str:
    return "Yes" if value else ""


def column_value(row: JournalRow, column: str) -> Any:
    """A cell as exported: dates stay dates and numbers numbers; labels in English."""
    values: dict[str, Callable[[JournalRow], Any]] = {
        "started_at": lambda r: r.started_at,
        "direction": lambda r: DIRECTION_LABELS.get(r.direction, r.direction),
        "status": lambda r: STATUS_LABELS.get(r.status, r.status),
        "callback": lambda r: str(r.callback or ""),
        "client": lambda r: r.client_name or "",
        "number": lambda r: r.number,
        "contact": lambda r: r.contact_name or "",
        "employee": lambda r: ", ".join(r.participant_names) or (r.employee_name or ""),
        "position": lambda r: r.employee_position or "",
        "responsible": lambda r: r.responsible_name or "",
        "responsible_match": lambda r: _yes(r.responsible_match),
        "wait": lambda r: r.wait_seconds,
        "talk": lambda r: r.talk_seconds,
        "recording": lambda r: _yes(r.has_recording),
        "transfers": lambda r: r.transfer_count,
        "hangup_by": lambda r: HANGUP_LABELS.get(r.hangup_by or "", r.hangup_by or ""),
        "queue": lambda r: r.queue or "",
        "queue_outcome": lambda r: QUEUE_OUTCOME_LABELS.get(
            r.queue_outcome or "", r.queue_outcome or ""
        ),
        "queue_wait": lambda r: r.queue_seconds,
        "did": lambda r: r.did or "",
        "cost": lambda r: r.cost,
        "comment": lambda r: r.comment or "",
        "first_contact": lambda r: _yes(r.first_contact),
        "needs_attention": lambda r: _yes(r.needs_attention),
    }
    return values[column](row)


def export_rows(
    conn: Connection,
    flt: JournalFilter,
    viewer: CurrentUser,
    path: str | os.PathLike[str],
    fmt: ExportFormat,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    columns: Sequence[str] | None = None,
) -> ExportResult:
    """Write every row of the view to ``path``; ``progress`` gets the rows written so far.

    ``cancelled`` is polled between pages; a cancelled export removes its temporary file
    and leaves an existing file at ``path`` untouched.
    """
    require_export(conn, viewer)
    query = prepare(conn, flt, viewer)
    cols = list(columns or JOURNAL_COLUMNS)
    unknown = [c for c in cols if c not in JOURNAL_COLUMNS]
    if unknown:
        raise ValueError(f"Unknown journal columns: {', '.join(unknown)}")
    try:
        target = check_target(path, fmt)
        pages = (
            [[column_value(r, c) for c in cols] for r in page]
            for page in query.all_rows(conn, EXPORT_BATCH)
        )
        return write_table(
            target,
            fmt,
            [JOURNAL_COLUMNS[c] for c in cols],
            pages,
            sheet_title="Calls",
            too_many_rows=message(
                QT_TRANSLATE_NOOP(
                    "app",
                    "The view has more than {limit} calls, more than an Excel sheet "
                    "holds: choose a shorter period or export to CSV.",
                ),
                limit=f"{XLSX_MAX_ROWS:,}",
            ),
            progress=progress,
            cancelled=cancelled,
        )
    except ExportError as e:
        raise JournalError(e.message) from e
