"""PBX collector: collected legs (dedupe key + link to the call), watermarks, lease

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03 09:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_big_id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "collected_legs",
        sa.Column("id", _big_id, nullable=False),
        sa.Column("pbx", sa.String(length=24), nullable=False),
        sa.Column("linkedid", sa.String(length=64), nullable=False),
        sa.Column("uniqueid", sa.String(length=64), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("call_id", _big_id, nullable=True),
        sa.Column("calldate", sa.DateTime(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["call_id"],
            ["calls.id"],
            name=op.f("fk_collected_legs_call_id_calls"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_collected_legs")),
    )
    op.create_index(
        op.f("ix_collected_legs_pbx_linkedid_uniqueid_sequence"),
        "collected_legs",
        ["pbx", "linkedid", "uniqueid", "sequence"],
        unique=True,
    )
    op.create_index(op.f("ix_collected_legs_call_id"), "collected_legs", ["call_id"])
    op.create_table(
        "collector_watermarks",
        sa.Column("pbx", sa.String(length=24), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("read_to", sa.DateTime(), nullable=True),
        sa.Column("final_to", sa.DateTime(), nullable=True),
        sa.Column("file_id", sa.String(length=64), nullable=True),
        sa.Column("file_offset", sa.BigInteger(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("pbx", "source", name=op.f("pk_collector_watermarks")),
    )
    op.create_table(
        "collector_leases",
        sa.Column("pbx", sa.String(length=24), nullable=False),
        sa.Column("holder", sa.String(length=128), nullable=True),
        sa.Column("epoch", sa.Integer(), nullable=False),
        sa.Column("acquired_at", sa.DateTime(), nullable=True),
        sa.Column("heartbeat_at", sa.DateTime(), nullable=True),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("caught_up_to", sa.DateTime(), nullable=True),
        sa.Column("rows_read", sa.BigInteger(), nullable=False),
        sa.Column("calls_written", sa.BigInteger(), nullable=False),
        sa.Column("parts_written", sa.BigInteger(), nullable=False),
        sa.Column("rows_skipped", sa.BigInteger(), nullable=False),
        sa.Column("recent_errors", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("pbx", name=op.f("pk_collector_leases")),
    )


def downgrade() -> None:
    op.drop_table("collector_leases")
    op.drop_table("collector_watermarks")
    op.drop_table("collected_legs")
