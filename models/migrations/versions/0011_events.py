"""events: the calendar with reminders (issue 20, part 1)

Revision ID: 0011
Revises: 0009 (re-chained after 0010 at merge)
Create Date: 2026-12-07 11:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(length=1000), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=False),
        sa.Column("assignee_id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("call_id", sa.Integer(), nullable=True),
        sa.Column("remind_minutes", sa.Integer(), nullable=True),
        sa.Column("remind_at", sa.DateTime(), nullable=True),
        sa.Column("reminder_done_at", sa.DateTime(), nullable=True),
        sa.Column("completed_at", sa.DateTime(), nullable=True),
        sa.Column("completed_by_id", sa.Integer(), nullable=True),
        sa.Column("link_root_id", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["employees.id"], name=op.f("fk_events_created_by_id_employees")
        ),
        sa.ForeignKeyConstraint(
            ["assignee_id"], ["employees.id"], name=op.f("fk_events_assignee_id_employees")
        ),
        sa.ForeignKeyConstraint(
            ["completed_by_id"],
            ["employees.id"],
            name=op.f("fk_events_completed_by_id_employees"),
        ),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_events_client_id_clients"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
    )
    op.create_index(op.f("ix_events_starts_at"), "events", ["starts_at"])
    op.create_index(op.f("ix_events_client_id"), "events", ["client_id"])
    op.create_index(op.f("ix_events_link_root_id"), "events", ["link_root_id"])
    op.create_index("ix_events_assignee_id_starts_at", "events", ["assignee_id", "starts_at"])
    op.create_index("ix_events_created_by_id_starts_at", "events", ["created_by_id", "starts_at"])
    op.create_index("ix_events_assignee_id_remind_at", "events", ["assignee_id", "remind_at"])


def downgrade() -> None:
    op.drop_table("events")
