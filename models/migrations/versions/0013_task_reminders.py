"""task reminders: who dismissed a task's reminder when (issue 20, leftovers)

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07 14:00:00

``tasks.reminder_done_at`` works like ``events.reminder_done_at``: set when the assignee
dismisses the reminder on any workstation, cleared when the reminder's time or the assignee
changes. The index serves "my reminders due now" on every poll.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("tasks", sa.Column("reminder_done_at", sa.DateTime(), nullable=True))
    op.create_index(op.f("ix_tasks_assignee_id_remind_at"), "tasks", ["assignee_id", "remind_at"])


def downgrade() -> None:
    op.drop_index(op.f("ix_tasks_assignee_id_remind_at"), table_name="tasks")
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE tasks DROP COLUMN reminder_done_at")
    else:
        op.drop_column("tasks", "reminder_done_at")
