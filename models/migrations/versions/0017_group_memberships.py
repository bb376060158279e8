"""group memberships: an employee in several groups (or none) instead of employees.group_id

Revision ID: 0017
Revises: 0019 (written on 0015; re-chained after 0019 at merge)
Create Date: 2026-12-07 17:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "group_memberships",
        sa.Column("employee_id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["employee_id"],
            ["employees.id"],
            name=op.f("fk_group_memberships_employee_id_employees"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["employee_groups.id"],
            name=op.f("fk_group_memberships_group_id_employee_groups"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("employee_id", "group_id", name=op.f("pk_group_memberships")),
    )
    op.create_index(
        op.f("ix_group_memberships_group_id"), "group_memberships", ["group_id"], unique=False
    )
    # Everyone keeps the group they had; employees in none stay in none.
    op.execute(
        "INSERT INTO group_memberships (employee_id, group_id)"
        " SELECT id, group_id FROM employees WHERE group_id IS NOT NULL"
    )
    # SQLite cannot drop a column under a foreign key or an index in place: batch mode copies
    # the table (app.database.migrate switches foreign keys off and checks them before commit)
    # and leaves out the column's reference with it (named or not: a downgraded database's
    # is unnamed). MariaDB drops the reference first.
    sqlite = op.get_bind().dialect.name == "sqlite"
    with op.batch_alter_table("employees", schema=None) as batch_op:
        if not sqlite:
            batch_op.drop_constraint(
                batch_op.f("fk_employees_group_id_employee_groups"), type_="foreignkey"
            )
        batch_op.drop_index(batch_op.f("ix_employees_group_id"))
        batch_op.drop_column("group_id")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # In place (a batch copy of employees would drop the table the other tables' foreign
        # keys point at, and a downgrade runs with foreign keys on): SQLite adds a column
        # with an inline reference, which it reflects without the constraint's name.
        op.execute(
            "ALTER TABLE employees ADD COLUMN group_id INTEGER"
            " CONSTRAINT fk_employees_group_id_employee_groups"
            " REFERENCES employee_groups (id) ON DELETE SET NULL"
        )
        op.create_index(op.f("ix_employees_group_id"), "employees", ["group_id"], unique=False)
    else:
        with op.batch_alter_table("employees", schema=None) as batch_op:
            batch_op.add_column(sa.Column("group_id", sa.Integer(), nullable=True))
            batch_op.create_index(batch_op.f("ix_employees_group_id"), ["group_id"], unique=False)
            batch_op.create_foreign_key(
                batch_op.f("fk_employees_group_id_employee_groups"),
                "employee_groups",
                ["group_id"],
                ["id"],
                ondelete="SET NULL",
            )
    # One group per employee before 0017: the first of theirs (by id) stays.
    op.execute(
        "UPDATE employees SET group_id = (SELECT MIN(m.group_id) FROM group_memberships m"
        " WHERE m.employee_id = employees.id)"
    )
    op.drop_table("group_memberships")  # its index with it (MariaDB: it backs the reference)
