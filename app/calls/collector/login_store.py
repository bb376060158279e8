"""The PBX's queue logins into ``work_sessions`` (source "pbx"), in the batch's transaction.

An agent's login of a batch (app.calls.collector.queue_pauses.agent_logins) is one row per
agent and start: read again, it is found by its key and only extended; a REMOVEMEMBER /
AGENTLOGOFF of a later batch closes the login still open. A login still open when a batch
ends is known to last at least until the newest event the PBX wrote: its last sign of life
moves there, so a REMOVEMEMBER the PBX never wrote (a restart) does not make it last for ever.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, insert, select, update
from sqlalchemy.orm import Session

from app.calls.collector.queue_pauses import AgentPause, AgentPauses, PauseEnd
from app.staff.work_sessions import MAX_PLACE_LENGTH
from models import PBX_SESSION_SOURCE, WorkSession

log = logging.getLogger(__name__)

_sessions = cast(Table, WorkSession.__table__)


@dataclass
class PbxLoginsWritten:
    changed: int = 0  # logins inserted, extended or closed
    unmatched_logoffs: int = 0  # REMOVEMEMBER / AGENTLOGOFF that ended no login: ignored
    unknown_agents: set[str] = field(default_factory=set)  # no employee has that extension


def _second(moment: datetime) -> datetime:
    return moment.replace(microsecond=0)


def _logins(employee_id: int, agent: str) -> Any:
    c = _sessions.c
    return select(_sessions).where(
        c.employee_id == employee_id,
        c.source == PBX_SESSION_SOURCE,
        c.place == agent[:MAX_PLACE_LENGTH],
    )


def _last_before(session: Session, employee_id: int, agent: str, moment: datetime) -> Any:
    c = _sessions.c
    return session.execute(
        _logins(employee_id, agent)
        .where(c.started_at <= moment)
        .order_by(c.started_at.desc(), c.id.desc())
        .limit(1)
    ).first()


def _login(session: Session, employee_id: int, login: AgentPause, out: PbxLoginsWritten) -> None:
    start = _second(login.started_at)
    end = _second(login.ended_at) if login.ended_at is not None else None
    if end is not None and end <= start:
        return
    row = _last_before(session, employee_id, login.agent, start)
    if row is not None and row.ended_at is not None and row.ended_at < start:
        row = None  # an earlier login, over before this one began
    if row is None:
        session.execute(
            insert(_sessions).values(
                employee_id=employee_id,
                source=PBX_SESSION_SOURCE,
                place=login.agent[:MAX_PLACE_LENGTH],
                started_at=start,
                last_seen_at=end or start,
                ended_at=end,
            )
        )
        out.changed += 1
        return
    # The same login read again, or one going on from an earlier batch: one row.
    values: dict[str, Any] = {}
    if end is not None and (row.ended_at is None or end > row.ended_at):
        values = {"ended_at": end, "last_seen_at": max(end, row.last_seen_at)}
    if values:
        session.execute(update(_sessions).where(_sessions.c.id == row.id).values(**values))
        out.changed += 1


def _logoff(session: Session, employee_id: int, end: PauseEnd, out: PbxLoginsWritten) -> None:
    at = _second(end.at)
    row = _last_before(session, employee_id, end.agent, at)
    if row is not None and row.ended_at is None:
        values = {"ended_at": at, "last_seen_at": max(at, row.last_seen_at)}
        session.execute(update(_sessions).where(_sessions.c.id == row.id).values(**values))
        out.changed += 1
    elif row is None or row.ended_at != at:
        out.unmatched_logoffs += 1
        log.info("logoff of agent %s at %s ended no login: ignored", end.agent, end.at)


def write_pbx_logins(
    session: Session,
    logins: AgentPauses,
    extensions_to_employees: Mapping[str, int],
    seen_to: datetime | None = None,
) -> PbxLoginsWritten:
    """Agent logins of one batch into ``work_sessions``, idempotently, in the caller's
    transaction; ``seen_to``: the newest event of the batch (journal time), which every
    login still open on this PBX lasted at least until."""
    out = PbxLoginsWritten()
    steps: list[tuple[datetime, int, AgentPause | PauseEnd]] = [
        (p.started_at, 1, p) for p in logins.pauses
    ]
    steps += [(e.at, 0, e) for e in logins.ends]
    steps.sort(key=lambda s: (s[0], s[1]))
    for _, _, item in steps:
        employee_id = extensions_to_employees.get(item.agent)
        if employee_id is None:
            out.unknown_agents.add(item.agent)
        elif isinstance(item, PauseEnd):
            _logoff(session, employee_id, item, out)
        else:
            _login(session, employee_id, item, out)
    if seen_to is not None:
        c = _sessions.c
        session.execute(
            update(_sessions)
            .where(
                c.source == PBX_SESSION_SOURCE,
                c.ended_at.is_(None),
                c.last_seen_at < _second(seen_to),
                c.employee_id.in_(sorted(set(extensions_to_employees.values()))),
            )
            .values(last_seen_at=_second(seen_to))
        )
    if out.unknown_agents:
        log.info(
            "queue_log logins of agents with no employee: %s", ", ".join(sorted(out.unknown_agents))
        )
    return out
