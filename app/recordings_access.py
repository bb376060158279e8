"""The recording access log: who listened to or downloaded which recording, and when.

The player writes a row when a part starts playing (once per part each time a call is
opened in it) and when a recording is saved to a file; the time is the database server's
(:func:`app.sql_time.server_now`). Supervisors and administrators read the log as the
"Recording access" report; anyone else is refused here, whatever the UI shows.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast

from sqlalchemy import Connection, Table, select
from sqlalchemy.orm import Session, aliased

from app.messages import QT_TRANSLATE_NOOP
from app.reports import queries as q
from app.reports.params import ReportError, ReportParams
from app.reports.result import Column, ColumnKind, ReportHeader, ReportResult
from app.sql_time import server_now
from models import Call, Client, Employee, RecordingAccess, RecordingAction, Role

__all__ = [
    "ACCESS_COLUMNS",
    "ACTION_WORDS",
    "AccessLogRefused",
    "access_report",
    "may_read_access_log",
    "record_access",
]

MAX_REF_LENGTH = 500
REPORT_ROWS_LIMIT = 100_000  # one Excel sheet holds a million; a screen far fewer

ACTION_WORDS = {
    RecordingAction.LISTEN: "Listened",
    RecordingAction.DOWNLOAD: "Downloaded",
}
K = ColumnKind
ACCESS_COLUMNS = [
    Column("accessed_at", "Accessed", K.DATETIME),
    Column("employee", "Employee", K.TEXT),
    Column("action", "Action", K.TEXT),
    Column("call_started", "Call", K.DATETIME),
    Column("number", "Number", K.TEXT),
    Column("client", "Client", K.TEXT),
    Column("part", "Part", K.TEXT),
    Column("recording", "Recording", K.TEXT),
]


class AccessLogRefused(ReportError):
    """Only supervisors and administrators read the recording access log."""


def record_access(
    session: Session,
    employee_id: int,
    call_id: int,
    part_seq: int | None,
    recording_ref: str | None,
    action: RecordingAction,
) -> None:
    """One access, stamped with the database server's time (run it in ``Database.write``)."""
    dialect = session.get_bind().dialect.name
    session.execute(
        cast(Table, RecordingAccess.__table__)
        .insert()
        .values(
            accessed_at=server_now(dialect),
            employee_id=employee_id,
            call_id=call_id,
            part_seq=part_seq,
            recording_ref=(recording_ref or "")[:MAX_REF_LENGTH],
            action=RecordingAction(action).value,
        )
    )


def may_read_access_log(conn: Connection | Session, employee_id: int | None) -> bool:
    """Whether the employee (read from the database, not from the workstation) is an
    active supervisor or administrator."""
    if employee_id is None:
        return False
    row = conn.execute(
        select(Employee.role, Employee.active).where(Employee.id == employee_id)
    ).first()
    return row is not None and bool(row.active) and row.role in (Role.ADMIN, Role.SUPERVISOR)


def access_report(
    conn: Connection, p: ReportParams, header: ReportHeader, _now: datetime
) -> ReportResult:
    """The accesses in the period (server time), newest first; ``p.operator_ids``: only
    these employees'. ``p.requested_by`` must be a supervisor or administrator."""
    if not may_read_access_log(conn, p.requested_by):
        raise AccessLogRefused(
            QT_TRANSLATE_NOOP(
                "app", "Only supervisors and administrators may see who listened to recordings."
            )
        )
    start, end = q.period_bounds(p)
    who = aliased(Employee)
    a = RecordingAccess
    query = (
        select(
            a.id,
            a.accessed_at,
            a.action,
            a.part_seq,
            a.recording_ref,
            a.call_id,
            who.full_name,
            Call.started_at,
            Call.external_number,
            Call.client_id,
            Client.display_name,
        )
        .join(who, who.id == a.employee_id)
        .join(Call, Call.id == a.call_id)
        .outerjoin(Client, Client.id == Call.client_id)
        .where(a.accessed_at >= start, a.accessed_at < end)
        .order_by(a.accessed_at.desc(), a.id.desc())
        .limit(REPORT_ROWS_LIMIT)
    )
    if p.operator_ids:
        query = query.where(a.employee_id.in_(sorted(p.operator_ids)))
    rows: list[dict[str, Any]] = [
        {
            "key": r.call_id,
            "accessed_at": r.accessed_at,
            "employee": r.full_name,
            "action": ACTION_WORDS.get(RecordingAction(r.action), r.action),
            "call_started": r.started_at,
            "number": r.external_number,
            "client": r.display_name or "",
            "client_id": r.client_id,
            "part": "" if r.part_seq is None else str(r.part_seq),
            "recording": r.recording_ref,
        }
        for r in conn.execute(query)
    ]
    return ReportResult("recording-access", p, header, list(ACCESS_COLUMNS), rows, {})
