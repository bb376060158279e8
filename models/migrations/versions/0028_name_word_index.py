"""name word index: FULLTEXT indexes of client and contact person names on MariaDB/MySQL,
so the journal's search finds a name by the start of any of its words without reading
every name (issue 16); SQLite has none (it searches names in Python)

Revision ID: 0028
Revises: 0025
Create Date: 2026-12-08 01:15:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0028"
down_revision: str | None = "0025"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_INDEXES = (
    ("clients", "ft_clients_display_name", "display_name"),
    ("contacts", "ft_contacts_full_name", "full_name"),
)


def _mysql() -> bool:
    return op.get_bind().dialect.name in ("mysql", "mariadb")


def upgrade() -> None:
    if not _mysql():
        return
    # Every word is indexed: a name may be "The Best" or "Для дома", and the default
    # stop-word list is read when the index is made.
    op.execute("SET SESSION innodb_ft_enable_stopword = OFF")
    for table, name, column in _INDEXES:
        op.execute(f"ALTER TABLE {table} ADD FULLTEXT INDEX {name} ({column})")


def downgrade() -> None:
    if not _mysql():
        return
    for table, name, _column in _INDEXES:
        op.execute(f"ALTER TABLE {table} DROP INDEX {name}")
