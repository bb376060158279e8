"""client card fields, employee groups with field access, permissions, company settings

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 10:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "client_fields",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=100), nullable=False),
        sa.Column("field_type", sa.String(length=16), nullable=False),
        sa.Column("required", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("group_title", sa.String(length=100), nullable=False),
        sa.Column("in_table", sa.Boolean(), nullable=False),
        sa.Column("items", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client_fields")),
        sa.UniqueConstraint("title", name=op.f("uq_client_fields_title")),
    )
    op.create_table(
        "employee_groups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_employee_groups")),
        sa.UniqueConstraint("name", name=op.f("uq_employee_groups_name")),
    )
    op.create_table(
        "group_field_access",
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("field_id", sa.Integer(), nullable=False),
        sa.Column("access", sa.String(length=8), nullable=False),
        sa.ForeignKeyConstraint(
            ["field_id"],
            ["client_fields.id"],
            name=op.f("fk_group_field_access_field_id_client_fields"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["employee_groups.id"],
            name=op.f("fk_group_field_access_group_id_employee_groups"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("group_id", "field_id", name=op.f("pk_group_field_access")),
    )
    op.create_table(
        "company_settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_company_settings")),
    )
    with op.batch_alter_table("employees", schema=None) as batch_op:
        batch_op.add_column(sa.Column("group_id", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("can_reports", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.add_column(
            sa.Column("can_create_clients", sa.Boolean(), server_default=sa.true(), nullable=False)
        )
        batch_op.add_column(
            sa.Column("can_admin", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.create_index(batch_op.f("ix_employees_group_id"), ["group_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_employees_group_id_employee_groups"),
            "employee_groups",
            ["group_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("employees", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_employees_group_id_employee_groups"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_employees_group_id"))
        batch_op.drop_column("can_admin")
        batch_op.drop_column("can_create_clients")
        batch_op.drop_column("can_reports")
        batch_op.drop_column("group_id")
    op.drop_table("company_settings")
    op.drop_table("group_field_access")
    op.drop_table("employee_groups")
    op.drop_table("client_fields")
