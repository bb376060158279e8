"""The recording access log: who listened to or downloaded which recording, and when.

The player writes a row when a part starts playing (once per part each time a call is
opened in it) and when a recording is saved to a file. The time is taken when the access
happens, from the app's clock — the workstation's clock set right by the database server's
(app.server_time) — so a row that waits on the workstation while the database is away
(app.recordings_access_queue) keeps the moment the user really listened. Each access has a
unique key: writing it again writes nothing. Supervisors and administrators read the log as
the "Recording access" report; anyone else is refused here, whatever the UI shows.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Connection, Table, select
from sqlalchemy.orm import Session, aliased

from app import clock
from app.messages import QT_TRANSLATE_NOOP
from app.reports import queries as q
from app.reports.params import ReportError, ReportParams
from app.reports.result import Column, ColumnKind, ReportHeader, ReportResult
from models import Call, Client, Employee, RecordingAccess, RecordingAction, Role

__all__ = [
    "ACCESS_COLUMNS",
    "ACTION_WORDS",
    "Access",
    "AccessLogRefused",
    "access_report",
    "may_read_access_log",
    "record_access",
    "write_accesses",
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


@dataclass(frozen=True)
class Access:
    """One listening or download, as it happened (whole seconds of the app's clock)."""

    key: str  # unique: the row's access_key
    accessed_at: datetime
    employee_id: int
    call_id: int
    part_seq: int | None
    recording_ref: str
    action: RecordingAction

    @classmethod
    def now(
        cls,
        employee_id: int,
        call_id: int,
        part_seq: int | None,
        recording_ref: str | None,
        action: RecordingAction,
    ) -> Access:
        return cls(
            uuid.uuid4().hex,
            clock.now().replace(microsecond=0),
            employee_id,
            call_id,
            part_seq,
            (recording_ref or "")[:MAX_REF_LENGTH],
            RecordingAction(action),
        )

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["accessed_at"] = self.accessed_at.isoformat()
        data["action"] = self.action.value
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Access:
        """Raises KeyError / TypeError / ValueError on a damaged record."""
        part = data["part_seq"]
        return cls(
            str(data["key"]),
            datetime.fromisoformat(str(data["accessed_at"])),
            int(data["employee_id"]),
            int(data["call_id"]),
            None if part is None else int(part),
            str(data["recording_ref"])[:MAX_REF_LENGTH],
            RecordingAction(data["action"]),
        )


def write_accesses(session: Session, accesses: Sequence[Access]) -> int:
    """Insert the accesses not written yet (by key); returns how many were inserted. Run it
    in ``Database.write``. An access to a call deleted meanwhile is dropped, as its row
    would have been with the call."""
    if not accesses:
        return 0
    keys = [a.key for a in accesses]
    done = set(
        session.scalars(
            select(RecordingAccess.access_key).where(RecordingAccess.access_key.in_(keys))
        )
    )
    call_ids = sorted({a.call_id for a in accesses})
    calls = set(session.scalars(select(Call.id).where(Call.id.in_(call_ids))))
    rows = [
        {
            "access_key": a.key,
            "accessed_at": a.accessed_at,
            "employee_id": a.employee_id,
            "call_id": a.call_id,
            "part_seq": a.part_seq,
            "recording_ref": a.recording_ref,
            "action": a.action.value,
        }
        for a in {a.key: a for a in accesses}.values()
        if a.key not in done and a.call_id in calls
    ]
    if rows:
        session.execute(cast(Table, RecordingAccess.__table__).insert(), rows)
    return len(rows)


def record_access(
    session: Session,
    employee_id: int,
    call_id: int,
    part_seq: int | None,
    recording_ref: str | None,
    action: RecordingAction,
) -> None:
    """One access now (run it in ``Database.write``)."""
    write_accesses(session, [Access.now(employee_id, call_id, part_seq, recording_ref, action)])


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
