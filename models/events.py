"""Events of the calendar: something to do at a moment (call a client back, a meeting),
for oneself or a colleague, with a reminder some minutes before."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base

MAX_EVENT_DESCRIPTION_LENGTH = 1000


class Event(Base):
    """One event. Times are naive local datetimes like the calls' ``started_at``.

    ``remind_at`` is ``starts_at`` minus the reminder's minutes (None: no reminder); the
    reminder is shown to the assignee on every workstation until ``reminder_done_at`` is set
    (dismissed, or the event completed), so a second workstation does not pop it again.
    Linked events share ``link_root_id`` (the id of the first event of the chain).
    ``version`` detects two people editing one event.
    """

    __tablename__ = "events"
    __table_args__ = (
        Index("ix_events_assignee_id_starts_at", "assignee_id", "starts_at"),
        Index("ix_events_created_by_id_starts_at", "created_by_id", "starts_at"),
        Index("ix_events_assignee_id_remind_at", "assignee_id", "remind_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    description: Mapped[str] = mapped_column(String(MAX_EVENT_DESCRIPTION_LENGTH))
    starts_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("employees.id"))
    assignee_id: Mapped[int] = mapped_column(ForeignKey("employees.id"))
    client_id: Mapped[int | None] = mapped_column(
        ForeignKey("clients.id", ondelete="SET NULL"), index=True
    )
    call_id: Mapped[int | None] = mapped_column(Integer)
    remind_minutes: Mapped[int | None] = mapped_column(Integer)
    remind_at: Mapped[datetime | None] = mapped_column(DateTime)
    reminder_done_at: Mapped[datetime | None] = mapped_column(DateTime)
    completed_at: Mapped[datetime | None] = mapped_column(DateTime)
    completed_by_id: Mapped[int | None] = mapped_column(ForeignKey("employees.id"))
    link_root_id: Mapped[int | None] = mapped_column(Integer, index=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)
