"""What the administrator shapes: custom card fields, employee groups and their field access."""

from __future__ import annotations

import enum
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    PrimaryKeyConstraint,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class FieldType(enum.StrEnum):
    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    LINES = "lines"  # free lines of text (e.g. several addresses)
    LIST = "list"  # one item of a reusable list (ValueList); stores the item's id
    DROPDOWN = "dropdown"  # one item of the field's list
    MULTI_SELECT = "multi_select"  # several items of the field's list
    CHECKBOXES = "checkboxes"  # several items, shown as check boxes


class FieldAccess(enum.StrEnum):
    HIDDEN = "hidden"
    VIEW = "view"
    EDIT = "edit"


class ClientField(Base):
    """A custom field of the client card; values live in ``clients.custom_fields[str(id)]``."""

    __tablename__ = "client_fields"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(100), unique=True)
    field_type: Mapped[str] = mapped_column(String(16), default=FieldType.TEXT.value)
    required: Mapped[bool] = mapped_column(Boolean, default=False)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    group_title: Mapped[str] = mapped_column(String(100), default="")
    in_table: Mapped[bool] = mapped_column(Boolean, default=False)
    # Items of dropdown / multi-select / checkboxes fields, in display order.
    items: Mapped[list[Any]] = mapped_column(JSON, default=list)
    # A stable Latin key (import/export column matching), unique; Administration always
    # sets one (NULL only for rows written around it, e.g. by scripts).
    code: Mapped[str | None] = mapped_column(String(64), unique=True, default=None)
    hint: Mapped[str] = mapped_column(String(200), default="")
    # The card tab the field sits on ("" = "Additional fields"); group_title is its section.
    tab_title: Mapped[str] = mapped_column(String(100), default="")
    shown: Mapped[bool] = mapped_column(Boolean, default=True)
    # The reusable list a "list" field picks from; a list in use cannot be deleted.
    list_id: Mapped[int | None] = mapped_column(
        ForeignKey("value_lists.id", ondelete="RESTRICT"), default=None, index=True
    )


VALUE_INDEX_LENGTH = 191  # characters of a value the index keeps (utf8mb4 key limit)


class ClientFieldValue(Base):
    """The directory's index of card field values: a row per client, field and value (a
    list-valued field: one per item; numbers are not indexed). ``clients.custom_fields``
    stays the truth: the index only finds the candidates of a value filter quickly, and it
    is kept by :mod:`app.clients.field_index` in the transaction of every write of a card's
    values. Values longer than ``VALUE_INDEX_LENGTH`` are indexed by their beginning."""

    __tablename__ = "client_field_values"
    __table_args__ = (
        Index("ix_client_field_values_field_value", "field_id", "value", "client_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    field_id: Mapped[int] = mapped_column(ForeignKey("client_fields.id", ondelete="CASCADE"))
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    value: Mapped[str] = mapped_column(String(VALUE_INDEX_LENGTH))


class ValueList(Base):
    """A named reusable list ("Lists" in Administration), e.g. client statuses."""

    __tablename__ = "value_lists"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    version: Mapped[int] = mapped_column(Integer, default=1)


class ValueListItem(Base):
    """An item of a reusable list; cards store its id, so a rename shows everywhere."""

    __tablename__ = "value_list_items"
    __table_args__ = (UniqueConstraint("list_id", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    list_id: Mapped[int] = mapped_column(
        ForeignKey("value_lists.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(100))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    # Clients holding this item are left out of the directory's default view.
    hides: Mapped[bool] = mapped_column(Boolean, default=False)


class EmployeeGroup(Base):
    """A group of employees sharing field access (e.g. "Sales", "Accounting")."""

    __tablename__ = "employee_groups"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)


class GroupFieldAccess(Base):
    """Access of a group to a field; no row means full access (edit) for its members."""

    __tablename__ = "group_field_access"
    __table_args__ = (PrimaryKeyConstraint("group_id", "field_id"),)

    group_id: Mapped[int] = mapped_column(ForeignKey("employee_groups.id", ondelete="CASCADE"))
    field_id: Mapped[int] = mapped_column(ForeignKey("client_fields.id", ondelete="CASCADE"))
    access: Mapped[str] = mapped_column(String(8), default=FieldAccess.EDIT.value)


class GroupMembership(Base):
    """An employee in a group; an employee may be in several (the widest access wins per
    field) or in none (no custom fields at all)."""

    __tablename__ = "group_memberships"
    __table_args__ = (PrimaryKeyConstraint("employee_id", "group_id"),)

    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"))
    group_id: Mapped[int] = mapped_column(
        ForeignKey("employee_groups.id", ondelete="CASCADE"), index=True
    )


class CompanySetting(Base):
    """Business settings shared by every workstation (e.g. auto-create cards)."""

    __tablename__ = "company_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
