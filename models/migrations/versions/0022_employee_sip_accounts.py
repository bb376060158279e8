"""employee SIP accounts: the softphone's account goes with the employee, not the desk

Revision ID: 0022
Revises: 0015
Create Date: 2026-12-07 17:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0022"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "employee_sip_accounts",
        sa.Column("employee_id", sa.Integer(), nullable=False),
        sa.Column("registrar", sa.String(length=255), nullable=False),
        sa.Column("port", sa.Integer(), nullable=False),
        sa.Column("sip_user", sa.String(length=64), nullable=False),
        sa.Column("auth_user", sa.String(length=64), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("transport", sa.String(length=8), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["employee_id"],
            ["employees.id"],
            name=op.f("fk_employee_sip_accounts_employee_id_employees"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("employee_id", name=op.f("pk_employee_sip_accounts")),
        sa.UniqueConstraint(
            "registrar",
            "port",
            "sip_user",
            name=op.f("uq_employee_sip_accounts_registrar_port_sip_user"),
        ),
    )


def downgrade() -> None:
    op.drop_table("employee_sip_accounts")
