"""tasks, attached files, the "tasks" permission (issue 20, part 2)

Revision ID: 0012
Revises: 0009 (re-chained onto 0011 at merge)
Create Date: 2026-12-07 10:45:00

Existing employees get the "tasks" permission when they may create clients (operators and
supervisors as set up today); new employees get it by default.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("employees", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("can_tasks", sa.Boolean(), server_default=sa.true(), nullable=False)
        )
    op.execute("UPDATE employees SET can_tasks = can_create_clients")
    op.create_table(
        "stored_files",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_kind", sa.String(length=16), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("store_path", sa.String(length=512), nullable=False),
        sa.Column("uploaded_at", sa.DateTime(), nullable=False),
        sa.Column("uploaded_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["uploaded_by_id"],
            ["employees.id"],
            name=op.f("fk_stored_files_uploaded_by_id_employees"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stored_files")),
    )
    op.create_index(
        op.f("ix_stored_files_owner_kind_owner_id"),
        "stored_files",
        ["owner_kind", "owner_id"],
        unique=False,
    )
    op.create_table(
        "file_chunks",
        sa.Column("file_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("data", sa.LargeBinary(length=1048576), nullable=False),
        sa.ForeignKeyConstraint(
            ["file_id"],
            ["stored_files.id"],
            name=op.f("fk_file_chunks_file_id_stored_files"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("file_id", "seq", name=op.f("pk_file_chunks")),
    )
    op.create_table(
        "tasks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=255), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("priority", sa.String(length=8), nullable=False),
        sa.Column("due_at", sa.DateTime(), nullable=True),
        sa.Column("remind_at", sa.DateTime(), nullable=True),
        sa.Column("assignee_id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("hours_spent", sa.Float(), nullable=True),
        sa.Column("client_filter", sa.JSON(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assignee_id"], ["employees.id"], name=op.f("fk_tasks_assignee_id_employees")
        ),
        sa.ForeignKeyConstraint(
            ["author_id"], ["employees.id"], name=op.f("fk_tasks_author_id_employees")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tasks")),
    )
    op.create_index(op.f("ix_tasks_assignee_id_status"), "tasks", ["assignee_id", "status"])
    op.create_index(op.f("ix_tasks_author_id_status"), "tasks", ["author_id", "status"])
    op.create_index(op.f("ix_tasks_due_at"), "tasks", ["due_at"])
    op.create_table(
        "task_clients",
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_task_clients_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["task_id"],
            ["tasks.id"],
            name=op.f("fk_task_clients_task_id_tasks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("task_id", "client_id", name=op.f("pk_task_clients")),
    )
    op.create_index(op.f("ix_task_clients_client_id"), "task_clients", ["client_id"])
    for name, extra in (
        ("task_comments", [sa.Column("text", sa.Text(), nullable=False)]),
        (
            "task_history",
            [
                sa.Column("field", sa.String(length=64), nullable=False),
                sa.Column("old_value", sa.Text(), nullable=True),
                sa.Column("new_value", sa.Text(), nullable=True),
            ],
        ),
    ):
        moment = "created_at" if name == "task_comments" else "changed_at"
        op.create_table(
            name,
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("task_id", sa.Integer(), nullable=False),
            sa.Column("employee_id", sa.Integer(), nullable=True),
            sa.Column(moment, sa.DateTime(), nullable=False),
            *extra,
            sa.ForeignKeyConstraint(
                ["employee_id"], ["employees.id"], name=op.f(f"fk_{name}_employee_id_employees")
            ),
            sa.ForeignKeyConstraint(
                ["task_id"], ["tasks.id"], name=op.f(f"fk_{name}_task_id_tasks"), ondelete="CASCADE"
            ),
            sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{name}")),
        )
        op.create_index(op.f(f"ix_{name}_task_id_{moment}"), name, ["task_id", moment])


def downgrade() -> None:
    for name in ("task_history", "task_comments", "task_clients", "tasks", "file_chunks"):
        op.drop_table(name)
    op.drop_index(op.f("ix_stored_files_owner_kind_owner_id"), table_name="stored_files")
    op.drop_table("stored_files")
    if op.get_bind().dialect.name == "sqlite":
        # SQLite drops a plain column in place (3.35+); a batch copy of employees would drop
        # the table the other tables' foreign keys point at.
        op.execute("ALTER TABLE employees DROP COLUMN can_tasks")
    else:
        op.drop_column("employees", "can_tasks")
