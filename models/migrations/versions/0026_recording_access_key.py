"""recording access key: a unique id per access, so a row kept on a workstation while the
database was away is written once when it answers again (issue 18)

Revision ID: 0026
Revises: 0023 (written on 0017; re-chained after 0023 at merge)
Create Date: 2026-12-07 21:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0026"
down_revision: str | None = "0023"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Rows written before have no key (NULL: a unique index takes any number of them).
    with op.batch_alter_table("recording_access", schema=None) as batch_op:
        batch_op.add_column(sa.Column("access_key", sa.String(length=32), nullable=True))
        batch_op.create_unique_constraint(
            batch_op.f("uq_recording_access_access_key"), ["access_key"]
        )


def downgrade() -> None:
    with op.batch_alter_table("recording_access", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_recording_access_access_key"), type_="unique")
        batch_op.drop_column("access_key")
