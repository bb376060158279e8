"""Employees of the call center and the clients (counterparties) they talk to."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base


class Role(enum.StrEnum):
    ADMIN = "admin"
    SUPERVISOR = "supervisor"
    OPERATOR = "operator"
    ACCOUNTANT = "accountant"


# What each role grants by default. A preset, not a rule: the administrator may change any
# employee's permissions afterwards; the names are the fields of app.staff.permissions.Permissions.
ROLE_PRESETS: dict[Role, frozenset[str]] = {
    Role.ADMIN: frozenset({
        "reports", "create_clients", "delete_clients", "import_clients", "admin", "tasks",
        "all_calls", "export", "listen", "download",
    }),
    Role.SUPERVISOR: frozenset({
        "reports", "create_clients", "delete_clients", "tasks", "all_calls", "export",
        "listen", "download",
    }),
    Role.OPERATOR: frozenset({"create_clients", "tasks", "listen"}),
    Role.ACCOUNTANT: frozenset({"create_clients", "tasks", "listen"}),
}  # fmt: skip


def _preset(permission: str) -> Any:
    """A column default from the role being inserted (operator when none is given)."""

    def default(context: Any) -> bool:
        role = context.get_current_parameters().get("role") or Role.OPERATOR.value
        try:
            return permission in ROLE_PRESETS[Role(role)]
        except ValueError:
            return False

    return default


class ClientKind(enum.StrEnum):
    COMPANY = "company"
    PERSON = "person"


class Employee(Base):
    __tablename__ = "employees"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    login: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200), index=True)
    position: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(16), default=Role.OPERATOR.value)
    extension: Mapped[str | None] = mapped_column(String(32), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # Groups (field access): models.client_fields.GroupMembership.
    # Permissions: the role is a preset that fills them when an employee is created or the
    # role is chosen; each may then differ (Administration -> Permissions).
    can_reports: Mapped[bool] = mapped_column(
        Boolean, default=_preset("reports"), server_default=false()
    )
    can_create_clients: Mapped[bool] = mapped_column(
        Boolean, default=_preset("create_clients"), server_default=true()
    )
    can_admin: Mapped[bool] = mapped_column(
        Boolean, default=_preset("admin"), server_default=false()
    )
    can_tasks: Mapped[bool] = mapped_column(
        Boolean, default=_preset("tasks"), server_default=true()
    )
    can_delete_clients: Mapped[bool] = mapped_column(
        Boolean, default=_preset("delete_clients"), server_default=false()
    )
    can_import: Mapped[bool] = mapped_column(
        Boolean, default=_preset("import_clients"), server_default=false()
    )
    can_see_all_calls: Mapped[bool] = mapped_column(
        Boolean, default=_preset("all_calls"), server_default=false()
    )
    can_export: Mapped[bool] = mapped_column(
        Boolean, default=_preset("export"), server_default=false()
    )
    can_listen: Mapped[bool] = mapped_column(
        Boolean, default=_preset("listen"), server_default=false()
    )
    can_download: Mapped[bool] = mapped_column(
        Boolean, default=_preset("download"), server_default=false()
    )
    # Bumped by every change of the role or a permission: two administrators editing the
    # same employee's rights get a conflict, not a silent overwrite.
    rights_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class Client(Base):
    __tablename__ = "clients"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    display_name: Mapped[str] = mapped_column(String(255), index=True)
    kind: Mapped[str] = mapped_column(String(16), default=ClientKind.COMPANY.value)
    responsible_id: Mapped[int | None] = mapped_column(ForeignKey("employees.id"), index=True)
    email: Mapped[str] = mapped_column(String(255), default="")
    custom_fields: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
    # The client table filtered by a column's value, in display order (the primary key
    # appended by InnoDB and SQLite): a few matches are found without walking every name.
    __table_args__ = (
        Index("ix_clients_responsible_display", "responsible_id", "display_name"),
        Index("ix_clients_kind_display", "kind", "display_name"),
        # MariaDB/MySQL: the words of the names, for searches by a word's start (the
        # journal's search line); SQLite searches the names in Python.
        Index("ft_clients_display_name", "display_name", mysql_prefix="FULLTEXT").ddl_if(
            dialect="mysql"
        ),
    )

    responsible: Mapped[Employee | None] = relationship()
    contacts: Mapped[list[ContactPerson]] = relationship(
        back_populates="client", cascade="all, delete-orphan", order_by="ContactPerson.id"
    )
    phones: Mapped[list[Phone]] = relationship(
        back_populates="client", cascade="all, delete-orphan", order_by="Phone.id"
    )


class ContactPerson(Base):
    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    full_name: Mapped[str] = mapped_column(String(200), index=True)
    position: Mapped[str] = mapped_column(String(200), default="")

    __table_args__ = (
        Index("ft_contacts_full_name", "full_name", mysql_prefix="FULLTEXT").ddl_if(
            dialect="mysql"
        ),
    )

    client: Mapped[Client] = relationship(back_populates="contacts")


class Phone(Base):
    """A number in E.164; unique across the company, so a number has one owner."""

    __tablename__ = "phones"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    digits_reversed: Mapped[str] = mapped_column(String(20), index=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("employees.id"))

    client: Mapped[Client] = relationship(back_populates="phones")


class ClientHistory(Base):
    __tablename__ = "client_history"
    __table_args__ = (Index(None, "client_id", "changed_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    employee_id: Mapped[int | None] = mapped_column(ForeignKey("employees.id"))
    changed_at: Mapped[datetime] = mapped_column(DateTime)
    field: Mapped[str] = mapped_column(String(100))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    # The records behind the values when the field names one (responsible: employees.id),
    # so that "who was responsible at that moment" is an id, not a name to look up.
    old_ref: Mapped[int | None] = mapped_column(Integer)
    new_ref: Mapped[int | None] = mapped_column(Integer)


class UserSettings(Base):
    """Per-employee settings that follow the user to any workstation (journal columns...)."""

    __tablename__ = "user_settings"
    __table_args__ = (UniqueConstraint("employee_id", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(64))
    value: Mapped[Any] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
