"""work sessions: when employees were logged in (CallDesk workstations and PBX queue logins);
an index for the operator KPI's pause sums

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07 10:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "work_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=8), nullable=False),
        sa.Column("place", sa.String(length=64), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["employee_id"],
            ["employees.id"],
            name=op.f("fk_work_sessions_employee_id_employees"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_work_sessions")),
    )
    op.create_index(
        "ix_work_sessions_employee_period", "work_sessions", ["employee_id", "started_at"]
    )
    op.create_index("ix_work_sessions_period", "work_sessions", ["started_at"])
    op.create_index(
        "ix_work_sessions_key",
        "work_sessions",
        ["employee_id", "source", "started_at", "place"],
        unique=True,
    )
    op.create_index("ix_pauses_kpi", "pauses", ["employee_id", "reason", "started_at", "ended_at"])


def downgrade() -> None:
    op.drop_index("ix_pauses_kpi", table_name="pauses")
    # The table's indexes go with it (MariaDB refuses to drop an index a foreign key uses).
    op.drop_table("work_sessions")
