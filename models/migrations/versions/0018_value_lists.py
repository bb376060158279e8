"""reusable value lists; card fields get a key, a hint, a tab, shown/hidden and a list

The old free-lines type "list" becomes "lines" (values unchanged): "list" now means one
item of a reusable list. Existing fields get the key ``field_<id>``.

Revision ID: 0018
Revises: 0020
Create Date: 2026-12-07 17:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "value_lists",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_value_lists")),
        sa.UniqueConstraint("name", name=op.f("uq_value_lists_name")),
    )
    op.create_table(
        "value_list_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("list_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("hides", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["list_id"],
            ["value_lists.id"],
            name=op.f("fk_value_list_items_list_id_value_lists"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_value_list_items")),
        sa.UniqueConstraint("list_id", "name", name=op.f("uq_value_list_items_list_id_name")),
    )
    with op.batch_alter_table("value_list_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_value_list_items_list_id"), ["list_id"], unique=False)
    with op.batch_alter_table("client_fields", schema=None) as batch_op:
        batch_op.add_column(sa.Column("code", sa.String(length=64), nullable=True))
        batch_op.add_column(
            sa.Column("hint", sa.String(length=200), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("tab_title", sa.String(length=100), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("shown", sa.Boolean(), server_default=sa.true(), nullable=False)
        )
        batch_op.add_column(sa.Column("list_id", sa.Integer(), nullable=True))
    fields = sa.table(
        "client_fields",
        sa.column("id", sa.Integer()),
        sa.column("code", sa.String()),
        sa.column("field_type", sa.String()),
    )
    # The free lines keep their values: only the type's name changes.
    op.execute(fields.update().where(fields.c.field_type == "list").values(field_type="lines"))
    op.execute(
        fields.update().values(code=sa.literal("field_") + sa.cast(fields.c.id, sa.String(12)))
    )
    with op.batch_alter_table("client_fields", schema=None) as batch_op:
        batch_op.create_unique_constraint(batch_op.f("uq_client_fields_code"), ["code"])
        batch_op.create_index(batch_op.f("ix_client_fields_list_id"), ["list_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_client_fields_list_id_value_lists"),
            "value_lists",
            ["list_id"],
            ["id"],
            ondelete="RESTRICT",
        )


def downgrade() -> None:
    with op.batch_alter_table("client_fields", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_client_fields_list_id_value_lists"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_client_fields_list_id"))
        batch_op.drop_constraint(batch_op.f("uq_client_fields_code"), type_="unique")
        batch_op.drop_column("list_id")
        batch_op.drop_column("shown")
        batch_op.drop_column("tab_title")
        batch_op.drop_column("hint")
        batch_op.drop_column("code")
    fields = sa.table("client_fields", sa.column("field_type", sa.String()))
    op.execute(fields.update().where(fields.c.field_type == "list").values(field_type="text"))
    op.execute(fields.update().where(fields.c.field_type == "lines").values(field_type="list"))
    op.drop_table("value_list_items")
    op.drop_table("value_lists")
