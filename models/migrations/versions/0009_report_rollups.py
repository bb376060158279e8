"""report rollups: team hours and days, months, employee and participant days without queue / DID

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 05:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_MEASURES = [
    "calls", "wait_s", "talk_s", "max_wait_s", "within_sl", "over_short", "called_back",
    "callbacks", "transferred", "hang_client", "hang_employee", "hang_system",
    "w0", "w1", "w2", "w3", "w4", "w5", "w6",
]  # fmt: skip
_KEYS = {
    "hour_start": sa.DateTime(),
    "day": sa.Date(),
    "month": sa.Date(),
    "hour_of_day": sa.SmallInteger(),
    "weekday": sa.SmallInteger(),
    "employee_id": sa.Integer(),
    "direction": sa.String(length=8),
    "status": sa.String(length=12),
    "queue": sa.String(length=64),
    "did": sa.String(length=32),
}
# table: (its primary key: the grain, period first; columns that follow from the period;
# measures, or just "calls")
_TABLES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "report_team_hours": (
        ["hour_start", "direction", "status"],
        ["day", "hour_of_day", "weekday"],
        _MEASURES,
    ),
    "report_team_day_totals": (["day", "direction", "status"], ["weekday"], _MEASURES),
    "report_traffic_months": (
        ["month", "weekday", "hour_of_day", "direction", "status"],
        [],
        _MEASURES,
    ),
    "report_team_months": (["month", "direction", "status", "queue", "did"], [], _MEASURES),
    "report_employee_days": (
        ["day", "employee_id", "direction", "status"],
        ["weekday"],
        _MEASURES,
    ),
    "report_employee_months": (["month", "employee_id", "direction", "status"], [], _MEASURES),
    "report_participant_days": (
        ["day", "employee_id", "direction", "status"],
        ["weekday"],
        ["calls"],
    ),
    "report_participant_months": (["month", "employee_id", "direction", "status"], [], ["calls"]),
}


def upgrade() -> None:
    for name, (key, derived, measures) in _TABLES.items():
        op.create_table(
            name,
            *[sa.Column(k, _KEYS[k], nullable=False) for k in [*key, *derived]],
            *[sa.Column(m, sa.Integer(), nullable=False) for m in measures],
            sa.PrimaryKeyConstraint(*key, name=op.f(f"pk_{name}")),
        )
    # Existing summaries are rolled up into these by app.database.migrate, in the same
    # transaction.


def downgrade() -> None:
    for name in reversed(list(_TABLES)):
        op.drop_table(name)
