"""When an employee was logged in: CallDesk on a workstation, or a queue member on the PBX.

A row is one stretch of work. The app opens one at login, moves ``last_seen_at`` every
minute while its main window is open and sets ``ended_at`` when the user logs out or closes
it; a workstation that crashed or lost power leaves ``ended_at`` NULL and the stretch ends at
its last sign of life. The collector writes the PBX's own logins (queue_log ADDMEMBER /
REMOVEMEMBER, AGENTLOGIN / AGENTLOGOFF) with ``source = "pbx"``. The operator KPI counts
the union of an employee's stretches, so two workstations at once count once.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base

APP_SESSION_SOURCE = "app"
PBX_SESSION_SOURCE = "pbx"


class WorkSession(Base):
    __tablename__ = "work_sessions"
    __table_args__ = (
        Index("ix_work_sessions_employee_period", "employee_id", "started_at"),
        Index("ix_work_sessions_period", "started_at"),
        # A PBX login read again is found by its key (the app's rows have their own place).
        Index("ix_work_sessions_key", "employee_id", "source", "started_at", "place", unique=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"))
    # "app" (a CallDesk main window) or "pbx" (a queue member logged in on the PBX).
    source: Mapped[str] = mapped_column(String(8))
    # The workstation's host name, or the PBX agent (extension) as the PBX named it.
    place: Mapped[str] = mapped_column(String(64))
    started_at: Mapped[datetime] = mapped_column(DateTime)
    last_seen_at: Mapped[datetime] = mapped_column(DateTime)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime)
