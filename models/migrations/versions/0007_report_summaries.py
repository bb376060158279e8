"""report summaries: per local hour x operator x direction x status x queue x DID

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 17:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _grain() -> list[sa.Column]:
    return [
        sa.Column("id", _BIG_ID, nullable=False),
        sa.Column("hour_start", sa.DateTime(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("hour_of_day", sa.SmallInteger(), nullable=False),
        sa.Column("weekday", sa.SmallInteger(), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=False),
        sa.Column("direction", sa.String(length=8), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("queue", sa.String(length=64), nullable=False),
        sa.Column("did", sa.String(length=32), nullable=False),
        sa.Column("calls", sa.Integer(), nullable=False),
    ]


_MEASURES = [
    "wait_s", "talk_s", "max_wait_s", "within_sl", "over_short", "called_back", "callbacks",
    "transferred", "hang_client", "hang_employee", "hang_system",
    "w0", "w1", "w2", "w3", "w4", "w5", "w6",
]  # fmt: skip


def upgrade() -> None:
    op.create_table(
        "report_call_hours",
        *_grain(),
        *[sa.Column(name, sa.Integer(), nullable=False) for name in _MEASURES],
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_call_hours")),
    )
    op.create_index("ix_report_call_hours_day", "report_call_hours", ["day", "employee_id"])
    op.create_index("ix_report_call_hours_hour", "report_call_hours", ["hour_start"])
    op.create_table(
        "report_call_days",
        sa.Column("id", _BIG_ID, nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("weekday", sa.SmallInteger(), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=False),
        sa.Column("direction", sa.String(length=8), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("queue", sa.String(length=64), nullable=False),
        sa.Column("did", sa.String(length=32), nullable=False),
        sa.Column("calls", sa.Integer(), nullable=False),
        *[sa.Column(name, sa.Integer(), nullable=False) for name in _MEASURES],
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_call_days")),
    )
    op.create_index("ix_report_call_days_day", "report_call_days", ["day", "employee_id"])
    op.create_table(
        "report_team_days",
        sa.Column("id", _BIG_ID, nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("weekday", sa.SmallInteger(), nullable=False),
        sa.Column("direction", sa.String(length=8), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("queue", sa.String(length=64), nullable=False),
        sa.Column("did", sa.String(length=32), nullable=False),
        sa.Column("calls", sa.Integer(), nullable=False),
        *[sa.Column(name, sa.Integer(), nullable=False) for name in _MEASURES],
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_team_days")),
    )
    op.create_index("ix_report_team_days_day", "report_team_days", ["day"])
    op.create_table(
        "report_participant_hours",
        *_grain(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_participant_hours")),
    )
    op.create_index(
        "ix_report_participant_hours_day", "report_participant_hours", ["day", "employee_id"]
    )
    op.create_index("ix_report_participant_hours_hour", "report_participant_hours", ["hour_start"])
    op.create_table(
        "report_hours",
        sa.Column("hour_start", sa.DateTime(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("peak_concurrent", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("hour_start", name=op.f("pk_report_hours")),
    )
    op.create_index(op.f("ix_report_hours_day"), "report_hours", ["day"])
    # Existing calls get their summaries from app.database.migrate, in the same transaction.


def downgrade() -> None:
    op.drop_table("report_hours")
    op.drop_table("report_participant_hours")
    op.drop_table("report_team_days")
    op.drop_table("report_call_days")
    op.drop_table("report_call_hours")
