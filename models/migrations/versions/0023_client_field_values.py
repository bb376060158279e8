"""client field values: an index of card field values, so a rare value is found without
reading every card's JSON

Revision ID: 0023
Revises: 0017
Create Date: 2026-12-07 21:10:00
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0023"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VALUE_LENGTH = 191
BATCH = 5000


def upgrade() -> None:
    op.create_table(
        "client_field_values",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("field_id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("value", sa.String(length=VALUE_LENGTH), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_client_field_values_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["field_id"],
            ["client_fields.id"],
            name=op.f("fk_client_field_values_field_id_client_fields"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client_field_values")),
    )
    op.create_index(op.f("ix_client_field_values_client_id"), "client_field_values", ["client_id"])
    op.create_index(
        "ix_client_field_values_field_value",
        "client_field_values",
        ["field_id", "value", "client_id"],
    )
    _index_existing_values()


def _index_existing_values() -> None:
    """The cards' values as they are (the same rule as app.clients.field_index, frozen here:
    text, dates, list items and item ids; numbers are not indexed)."""
    bind = op.get_bind()
    types = {
        str(i): t for i, t in bind.execute(sa.text("SELECT id, field_type FROM client_fields"))
    }
    indexed = {k for k, t in types.items() if t != "number"}
    if not indexed:
        return
    target = sa.table(
        "client_field_values",
        sa.column("field_id", sa.Integer()),
        sa.column("client_id", sa.Integer()),
        sa.column("value", sa.String()),
    )
    after = 0
    while True:
        batch = bind.execute(
            sa.text("SELECT id, custom_fields FROM clients WHERE id > :after ORDER BY id LIMIT :n"),
            {"after": after, "n": BATCH},
        ).all()
        if not batch:
            return
        rows: list[dict[str, Any]] = []
        for client_id, raw in batch:
            custom = json.loads(raw) if isinstance(raw, str | bytes) else (raw or {})
            for key, value in (custom or {}).items():
                if key not in indexed or value is None:
                    continue
                texts: list[str] = []
                for item in value if isinstance(value, list) else [value]:
                    if isinstance(item, bool) or not isinstance(item, str | int):
                        continue
                    text = str(item)[:VALUE_LENGTH]
                    if text and text not in texts:
                        texts.append(text)
                rows += [{"field_id": int(key), "client_id": client_id, "value": t} for t in texts]
        if rows:
            bind.execute(target.insert(), rows)
        after = batch[-1][0]


def downgrade() -> None:
    # The table's indexes go with it (MariaDB will not drop one its foreign key needs).
    op.drop_table("client_field_values")
