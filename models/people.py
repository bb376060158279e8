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
    # Permissions beyond the role (an admin has them all).
    can_reports: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    can_create_clients: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    can_admin: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    can_tasks: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())


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
