"""client table filters: (responsible, name) and (kind, name) indexes for filtered pages

Revision ID: 0021
Revises: 0022
Create Date: 2026-12-07 17:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0021"
down_revision: str | None = "0022"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_clients_responsible_display", "clients", ["responsible_id", "display_name"])
    op.create_index("ix_clients_kind_display", "clients", ["kind", "display_name"])


def downgrade() -> None:
    op.drop_index("ix_clients_kind_display", table_name="clients")
    op.drop_index("ix_clients_responsible_display", table_name="clients")
