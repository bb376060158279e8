"""Tasks of the task board (issue 20): who does what by when, with clients, comments, history."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class TaskStatus(enum.StrEnum):
    NEW = "new"
    IN_PROGRESS = "in_progress"
    READY = "ready"
    CLOSED = "closed"


class TaskPriority(enum.StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"


class Task(Base):
    """One task; ``version`` is the optimistic lock: two editors never overwrite each other."""

    __tablename__ = "tasks"
    __table_args__ = (
        Index(None, "assignee_id", "status"),
        Index(None, "author_id", "status"),
        Index(None, "due_at"),
        Index(None, "assignee_id", "remind_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(255))
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default=TaskStatus.NEW.value)
    priority: Mapped[str] = mapped_column(String(8), default=TaskPriority.NORMAL.value)
    due_at: Mapped[datetime | None] = mapped_column(DateTime)
    remind_at: Mapped[datetime | None] = mapped_column(DateTime)
    # The reminder was dismissed (on any workstation); cleared when remind_at or the assignee
    # changes, so the reminder rings again.
    reminder_done_at: Mapped[datetime | None] = mapped_column(DateTime)
    assignee_id: Mapped[int] = mapped_column(ForeignKey("employees.id"))
    author_id: Mapped[int] = mapped_column(ForeignKey("employees.id"))
    hours_spent: Mapped[float | None] = mapped_column(Float)
    # The clients list's filter saved with the task, reopened as that filtered list.
    client_filter: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)


class TaskClient(Base):
    __tablename__ = "task_clients"

    task_id: Mapped[int] = mapped_column(
        ForeignKey("tasks.id", ondelete="CASCADE"), primary_key=True
    )
    client_id: Mapped[int] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class TaskComment(Base):
    __tablename__ = "task_comments"
    __table_args__ = (Index(None, "task_id", "created_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"))
    employee_id: Mapped[int | None] = mapped_column(ForeignKey("employees.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    text: Mapped[str] = mapped_column(Text)


class TaskHistory(Base):
    """Who changed which field of a task when, old and new value (like client_history)."""

    __tablename__ = "task_history"
    __table_args__ = (Index(None, "task_id", "changed_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"))
    employee_id: Mapped[int | None] = mapped_column(ForeignKey("employees.id"))
    changed_at: Mapped[datetime] = mapped_column(DateTime)
    field: Mapped[str] = mapped_column(String(64))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
