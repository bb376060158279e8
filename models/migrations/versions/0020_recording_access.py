"""recording access: who listened to or downloaded which recording, when (the audit log)

Revision ID: 0020
Revises: 0021
Create Date: 2026-12-07 17:15:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020"
down_revision: str | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "recording_access",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("accessed_at", sa.DateTime(), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=False),
        sa.Column("call_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("part_seq", sa.Integer(), nullable=True),
        sa.Column("recording_ref", sa.String(length=500), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.ForeignKeyConstraint(
            ["call_id"],
            ["calls.id"],
            name=op.f("fk_recording_access_call_id_calls"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["employee_id"],
            ["employees.id"],
            name=op.f("fk_recording_access_employee_id_employees"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recording_access")),
    )
    op.create_index("ix_recording_access_time", "recording_access", ["accessed_at", "id"])
    op.create_index("ix_recording_access_call", "recording_access", ["call_id", "accessed_at"])
    op.create_index(
        "ix_recording_access_employee", "recording_access", ["employee_id", "accessed_at"]
    )


def downgrade() -> None:
    op.drop_table("recording_access")  # its indexes go with it
