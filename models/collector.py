"""The PBX collector's own bookkeeping: which source rows became which call, how far each
source has been read, and which collector instance holds a PBX (lease with heartbeat)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, BigId


class CollectedLeg(Base):
    """One CDR row turned into (part of) a call: the dedupe key and the link to the call.

    ``data`` keeps the leg's facts (JSON) so a call is rebuilt from its stored legs when a
    late leg arrives, without reading the PBX by its unindexed ``linkedid``.
    """

    __tablename__ = "collected_legs"
    __table_args__ = (Index(None, "pbx", "linkedid", "uniqueid", "sequence", unique=True),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    pbx: Mapped[str] = mapped_column(String(24))
    linkedid: Mapped[str] = mapped_column(String(64))
    uniqueid: Mapped[str] = mapped_column(String(64))
    sequence: Mapped[int] = mapped_column(Integer)
    call_id: Mapped[int | None] = mapped_column(
        BigInteger().with_variant(Integer(), "sqlite"),
        ForeignKey("calls.id", ondelete="SET NULL"),
        index=True,
    )
    calldate: Mapped[datetime] = mapped_column(DateTime)
    data: Mapped[str] = mapped_column(Text)


class CollectorWatermark(Base):
    """How far one source of one PBX has been read.

    Table sources: everything with ``calldate < read_to`` was read once, everything before
    ``final_to`` was read when it could no longer change (the look-back starts there).
    File sources: the file's identity (inode) and the byte offset read so far.
    """

    __tablename__ = "collector_watermarks"

    pbx: Mapped[str] = mapped_column(String(24), primary_key=True)
    source: Mapped[str] = mapped_column(String(16), primary_key=True)
    read_to: Mapped[datetime | None] = mapped_column(DateTime)
    final_to: Mapped[datetime | None] = mapped_column(DateTime)
    file_id: Mapped[str | None] = mapped_column(String(64))
    file_offset: Mapped[int | None] = mapped_column(BigInteger)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class CollectorLease(Base):
    """The one collector instance writing a PBX's calls, and what it last reported.

    ``epoch`` grows with every takeover: a batch commits only while its instance still
    holds the epoch it started with, so a collector that lost the lease never writes.
    """

    __tablename__ = "collector_leases"

    pbx: Mapped[str] = mapped_column(String(24), primary_key=True)
    holder: Mapped[str | None] = mapped_column(String(128))
    epoch: Mapped[int] = mapped_column(Integer, default=0)
    acquired_at: Mapped[datetime | None] = mapped_column(DateTime)
    heartbeat_at: Mapped[datetime | None] = mapped_column(DateTime)
    state: Mapped[str] = mapped_column(String(16), default="stopped")
    # Journal time up to which the PBX's rows have been read: lag = now - caught_up_to.
    caught_up_to: Mapped[datetime | None] = mapped_column(DateTime)
    rows_read: Mapped[int] = mapped_column(BigInteger, default=0)
    calls_written: Mapped[int] = mapped_column(BigInteger, default=0)
    parts_written: Mapped[int] = mapped_column(BigInteger, default=0)
    rows_skipped: Mapped[int] = mapped_column(BigInteger, default=0)
    recent_errors: Mapped[list[Any]] = mapped_column(JSON, default=list)
