"""queue facts of PBX calls (queue, DID, position, outcome, hold) and PBX agent pauses

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 09:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("calls", schema=None) as batch_op:
        batch_op.add_column(sa.Column("queue", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("did", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("queue_position", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("queue_outcome", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("hold_seconds", sa.Integer(), nullable=True))
        batch_op.create_index("ix_calls_queue_period", ["queue", "started_at", "id"])
    with op.batch_alter_table("pauses", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("source", sa.String(length=12), nullable=False, server_default="softphone")
        )
        batch_op.add_column(sa.Column("pbx_agent", sa.String(length=64), nullable=True))
        batch_op.create_index(
            "ix_pauses_pbx_key",
            ["employee_id", "source", "started_at", "pbx_agent"],
            unique=True,
        )


def downgrade() -> None:
    with op.batch_alter_table("pauses", schema=None) as batch_op:
        batch_op.drop_index("ix_pauses_pbx_key")
        batch_op.drop_column("pbx_agent")
        batch_op.drop_column("source")
    with op.batch_alter_table("calls", schema=None) as batch_op:
        batch_op.drop_index("ix_calls_queue_period")
        batch_op.drop_column("hold_seconds")
        batch_op.drop_column("queue_outcome")
        batch_op.drop_column("queue_position")
        batch_op.drop_column("did")
        batch_op.drop_column("queue")
