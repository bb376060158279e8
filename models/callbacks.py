"""Callback claims: who is calling a lost caller back right now, so two people do not."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class CallbackClaim(Base):
    """One claim per number on the callback worklist; it lapses at ``expires_at``.

    The number is the key, so two operators taking the same item meet on one row: the second
    insert waits for the first transaction and then fails as a duplicate (a conflict).
    """

    __tablename__ = "callback_claims"

    number: Mapped[str] = mapped_column(String(32), primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"))
    claimed_at: Mapped[datetime] = mapped_column(DateTime)
    expires_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)
