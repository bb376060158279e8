"""client history keeps the ids behind a change (responsible manager at any moment)

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 14:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("client_history", schema=None) as batch_op:
        batch_op.add_column(sa.Column("old_ref", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("new_ref", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("client_history", schema=None) as batch_op:
        batch_op.drop_column("new_ref")
        batch_op.drop_column("old_ref")
