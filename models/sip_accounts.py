"""The SIP account of an employee: the extension their softphone registers with, at any
desk they log in at (the password is not here: it stays in each workstation's keyring)."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class EmployeeSipAccount(Base):
    __tablename__ = "employee_sip_accounts"
    # One SIP user on one PBX belongs to one employee.
    __table_args__ = (UniqueConstraint("registrar", "port", "sip_user"),)

    employee_id: Mapped[int] = mapped_column(
        ForeignKey("employees.id", ondelete="CASCADE"), primary_key=True
    )
    registrar: Mapped[str] = mapped_column(String(255))  # the PBX's host name or address
    port: Mapped[int] = mapped_column(Integer, default=5060)
    sip_user: Mapped[str] = mapped_column(String(64))  # the extension
    auth_user: Mapped[str] = mapped_column(String(64), default="")  # empty: sip_user
    display_name: Mapped[str] = mapped_column(String(200), default="")  # empty: full name
    transport: Mapped[str] = mapped_column(String(8), default="udp")
    version: Mapped[int] = mapped_column(Integer, default=1)  # optimistic lock
