"""Operator pauses (lunch, break, ...): when an employee was not ready for calls, for KPI."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base

MAX_PAUSE_NOTE_LENGTH = 100


class PauseReason(enum.StrEnum):
    LUNCH = "lunch"
    BREAK = "break"
    TRAINING = "training"
    WRAP_UP = "wrap_up"
    OTHER = "other"


class Pause(Base):
    """One pause; ``ended_at`` is NULL while it lasts (at most one open pause per employee)."""

    __tablename__ = "pauses"
    __table_args__ = (
        Index("ix_pauses_employee_period", "employee_id", "started_at"),
        # The operator KPI sums pauses per employee and reason from this index alone.
        Index("ix_pauses_kpi", "employee_id", "reason", "started_at", "ended_at"),
        # A PBX pause is imported once (pbx_agent is NULL for softphone pauses, which
        # therefore never collide here).
        Index("ix_pauses_pbx_key", "employee_id", "source", "started_at", "pbx_agent", unique=True),
        # The workstation's key of the request that opened a softphone pause: the same request
        # sent again after a lost connection finds its pause instead of opening a second one.
        Index("ix_pauses_request_key", "request_key", unique=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"))
    reason: Mapped[str] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(String(MAX_PAUSE_NOTE_LENGTH))
    started_at: Mapped[datetime] = mapped_column(DateTime)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime)
    # "softphone" (the app's Ready/Pause) or "pbx" (queue_log PAUSE/UNPAUSE, the collector).
    source: Mapped[str] = mapped_column(String(12), default="softphone", server_default="softphone")
    # The queue member (extension) as the PBX named it, for PBX pauses.
    pbx_agent: Mapped[str | None] = mapped_column(String(64))
    request_key: Mapped[str | None] = mapped_column(String(32))
