"""Calls: one row per logical call, its parts (legs) and who took part in it."""

from __future__ import annotations

import enum
from datetime import datetime
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    PrimaryKeyConstraint,
    String,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, BigId


class Direction(enum.StrEnum):
    INCOMING = "in"
    OUTGOING = "out"
    INTERNAL = "internal"


class Disposition(enum.StrEnum):
    """How the call ended, as the PBX or the softphone saw it (the status rule's fact)."""

    ANSWERED = "answered"
    NO_ANSWER = "no_answer"  # it rang and nobody picked up (or the caller gave up)
    BUSY = "busy"  # SIP 486/600, CDR BUSY, Q.850 cause 17
    FAILED = "failed"  # unreachable or a network error: SIP 404/484/timeouts, CDR FAILED
    CONGESTION = "congestion"  # no free channels: SIP 503, CDR CONGESTION, Q.850 34/42
    REJECTED = "rejected"  # declined: our operator turned an incoming call down (SIP 603/403)
    CANCELLED = "cancelled"  # our employee gave up on an outgoing call before an answer


class CallStatus(enum.StrEnum):
    """What the journal shows; derived from the facts by app.calls.status (one rule, two forms)."""

    ACCEPTED = "accepted"
    REACHED = "reached"
    NO_ANSWER = "no_answer"
    LOST = "lost"
    CANCELLED = "cancelled"  # outgoing: our employee gave up before an answer
    BUSY = "busy"
    FAILED = "failed"  # unreachable or a network error
    UNANSWERED = "unanswered"  # outgoing: it rang, the other side never picked up
    REJECTED = "rejected"  # declined (incoming: by our operator)
    NO_CHANNELS = "no_channels"  # no free channels (SIP 503, CONGESTION)
    IN_PROGRESS = "in_progress"  # still going (no end yet): shown live, never in reports


class HangupBy(enum.StrEnum):
    CLIENT = "client"
    EMPLOYEE = "employee"
    SYSTEM = "system"


class CallSource(enum.StrEnum):
    PBX = "pbx"
    SOFTPHONE = "softphone"
    DEMO = "demo"


class Call(Base):
    __tablename__ = "calls"
    # Every journal access path is an index whose tail is (started_at, id): the list is read
    # by keyset in display order, never sorted on the server.
    __table_args__ = (
        Index("ix_calls_period", "started_at", "id"),
        Index("ix_calls_employee_period", "employee_id", "started_at", "id"),
        Index("ix_calls_number_period", "external_number", "started_at", "id"),
        Index("ix_calls_status_period", "status", "started_at", "id"),
        Index("ix_calls_direction_period", "direction", "started_at", "id"),
        # The missed incoming calls of one status (busy, unreachable...): a status common
        # among outgoing calls and rare among incoming ones is read without the outgoing.
        Index("ix_calls_direction_status_period", "direction", "status", "started_at", "id"),
        Index("ix_calls_client_period", "client_id", "started_at", "id"),
        Index("ix_calls_number_reversed", "number_reversed", "external_number"),
        Index("ix_calls_queue_period", "queue", "started_at", "id"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    started_at: Mapped[datetime] = mapped_column(DateTime)
    answered_at: Mapped[datetime | None] = mapped_column(DateTime)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime)
    direction: Mapped[str] = mapped_column(String(8))
    disposition: Mapped[str] = mapped_column(String(12))
    status: Mapped[str] = mapped_column(String(12))
    external_number: Mapped[str] = mapped_column(String(32), default="")
    number_reversed: Mapped[str] = mapped_column(String(32), default="")
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id", ondelete="SET NULL"))
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), index=True
    )
    number_known: Mapped[bool] = mapped_column(Boolean, default=False)
    employee_id: Mapped[int | None] = mapped_column(ForeignKey("employees.id"))
    responsible_id: Mapped[int | None] = mapped_column(ForeignKey("employees.id"), index=True)
    wait_seconds: Mapped[int] = mapped_column(Integer, default=0)
    talk_seconds: Mapped[int] = mapped_column(Integer, default=0)
    hangup_by: Mapped[str | None] = mapped_column(String(10))
    transfer_count: Mapped[int] = mapped_column(Integer, default=0)
    cost: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))
    # A later answered call with the same number resolves a missed one (DESIGN.md §4).
    resolved_by_call_id: Mapped[int | None] = mapped_column(BigInteger, index=True)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)
    dismissed_by_id: Mapped[int | None] = mapped_column(ForeignKey("employees.id"))
    dismissed_at: Mapped[datetime | None] = mapped_column(DateTime)
    comment: Mapped[str | None] = mapped_column(String(200))
    comment_by_id: Mapped[int | None] = mapped_column(ForeignKey("employees.id"))
    comment_at: Mapped[datetime | None] = mapped_column(DateTime)
    comment_version: Mapped[int] = mapped_column(Integer, default=0)
    source: Mapped[str] = mapped_column(String(12), default=CallSource.PBX.value)
    pbx_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    # Queue facts from the PBX's queue_log (app.calls.collector.queue_store); NULL: no queue.
    queue: Mapped[str | None] = mapped_column(String(64))
    did: Mapped[str | None] = mapped_column(String(32))
    queue_position: Mapped[int | None] = mapped_column(Integer)
    queue_outcome: Mapped[str | None] = mapped_column(String(16))
    # Seconds in queues before an agent answered (or until the caller left); wait_seconds
    # counts from the call's start, IVR and announcements included.
    hold_seconds: Mapped[int | None] = mapped_column(Integer)

    parts: Mapped[list[CallPart]] = relationship(
        back_populates="call", cascade="all, delete-orphan", order_by="CallPart.seq"
    )


class CallPart(Base):
    """One leg of a call: a queue ring, a transfer target, each with its own recording."""

    __tablename__ = "call_parts"
    __table_args__ = (Index(None, "call_id", "seq", unique=True),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    call_id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer(), "sqlite"), ForeignKey("calls.id", ondelete="CASCADE")
    )
    seq: Mapped[int] = mapped_column(Integer)
    employee_id: Mapped[int | None] = mapped_column(ForeignKey("employees.id"), index=True)
    extension: Mapped[str] = mapped_column(String(32), default="")
    started_at: Mapped[datetime] = mapped_column(DateTime)
    answered_at: Mapped[datetime | None] = mapped_column(DateTime)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime)
    disposition: Mapped[str] = mapped_column(String(12))
    talk_seconds: Mapped[int] = mapped_column(Integer, default=0)
    recording_ref: Mapped[str | None] = mapped_column(String(500))

    call: Mapped[Call] = relationship(back_populates="parts")


class CallParticipant(Base):
    """Who took part in a call, keyed for "my calls" in display order.

    An employee may appear in several parts of one call; this table holds them once, so
    the per-employee journal is a plain index range scan without DISTINCT or a sort.
    """

    __tablename__ = "call_participants"
    __table_args__ = (
        PrimaryKeyConstraint("employee_id", "started_at", "call_id"),
        Index(None, "call_id"),
    )

    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"))
    started_at: Mapped[datetime] = mapped_column(DateTime)
    call_id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer(), "sqlite"), ForeignKey("calls.id", ondelete="CASCADE")
    )
