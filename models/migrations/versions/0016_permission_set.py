"""the full permission set per employee: delete and import clients, see all calls, export,
listen to and download recordings; roles become presets

Existing employees keep what their role gave them before (an administrator everything, a
supervisor everything but administration, anyone with the administration permission what
it implied); operators and accountants listen to recordings of their own calls.

Revision ID: 0016
Revises: 0018
Create Date: 2026-12-07 17:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_NEW = ("can_delete_clients", "can_import", "can_see_all_calls", "can_export", "can_listen")
_ALL = (
    "can_reports",
    "can_create_clients",
    "can_admin",
    "can_tasks",
    *_NEW,
    "can_download",
)


def upgrade() -> None:
    # Plain ADD COLUMN (no batch copy: other tables' foreign keys point at employees).
    for name in (*_NEW, "can_download"):
        op.add_column(
            "employees", sa.Column(name, sa.Boolean(), server_default=sa.false(), nullable=False)
        )
    op.add_column(
        "employees", sa.Column("rights_version", sa.Integer(), server_default="1", nullable=False)
    )
    employees = sa.table(
        "employees",
        sa.column("role", sa.String()),
        *(sa.column(name, sa.Boolean()) for name in _ALL),
    )
    c = employees.c
    # What the role and the old administration flag implied, now written out.
    op.execute(employees.update().where(c.role == "admin").values(dict.fromkeys(_ALL, True)))
    op.execute(
        employees.update()
        .where(c.role == "supervisor")
        .values(
            can_reports=True,
            can_delete_clients=True,
            can_see_all_calls=True,
            can_export=True,
            can_listen=True,
            can_download=True,
        )
    )
    op.execute(employees.update().where(c.role != "supervisor").values(can_listen=True))
    op.execute(
        employees.update()
        .where(c.can_admin.is_(True))
        .values(
            can_reports=True,
            can_create_clients=True,
            can_delete_clients=True,
            can_import=True,
            can_tasks=True,
            can_export=True,
            can_listen=True,
            can_download=True,
        )
    )


def downgrade() -> None:
    # SQLite drops a plain column in place (3.35+); a batch copy of employees would drop the
    # table the other tables' foreign keys point at.
    for name in ("rights_version", *reversed((*_NEW, "can_download"))):
        if op.get_bind().dialect.name == "sqlite":
            op.execute(f"ALTER TABLE employees DROP COLUMN {name}")
        else:
            op.drop_column("employees", name)
