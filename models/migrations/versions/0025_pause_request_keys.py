"""pause request keys: a pause written again after a lost connection is not written twice

Revision ID: 0025
Revises: 0026 (written on 0017; re-chained after 0026 at merge)
Create Date: 2026-12-07 21:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0025"
down_revision: str | None = "0026"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("pauses", schema=None) as batch_op:
        batch_op.add_column(sa.Column("request_key", sa.String(length=32), nullable=True))
        batch_op.create_index("ix_pauses_request_key", ["request_key"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("pauses", schema=None) as batch_op:
        batch_op.drop_index("ix_pauses_request_key")
        batch_op.drop_column("request_key")
