"""Who listened to or downloaded which recording, and when (the audit of recording access).

One row per access: a part played in the player (once per part each time a call is opened
in it) or a recording saved to a file. The time is the app's clock, set right by the database
server's (app.server_time), so a workstation with a wrong clock cannot hide or reorder an
access, and a row kept on the workstation while the database was away keeps the moment of
the access. ``access_key`` (a random hex id given when the access happens) makes writing
such a row again harmless: it is written once (rows older than revision 0026 have none).
The recording is named by its call, the part's number and its reference as they were then:
the collector may rebuild a call's parts, so the row does not point at ``call_parts``.
"""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import BigInteger, DateTime, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, BigId


class RecordingAction(enum.StrEnum):
    LISTEN = "listen"
    DOWNLOAD = "download"


class RecordingAccess(Base):
    __tablename__ = "recording_access"
    __table_args__ = (
        Index("ix_recording_access_time", "accessed_at", "id"),
        Index("ix_recording_access_call", "call_id", "accessed_at"),
        Index("ix_recording_access_employee", "employee_id", "accessed_at"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    accessed_at: Mapped[datetime] = mapped_column(DateTime)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id"))
    call_id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer(), "sqlite"), ForeignKey("calls.id", ondelete="CASCADE")
    )
    part_seq: Mapped[int | None] = mapped_column(Integer)
    recording_ref: Mapped[str] = mapped_column(String(500), default="")
    action: Mapped[str] = mapped_column(String(10))
    access_key: Mapped[str | None] = mapped_column(String(32), unique=True, default=None)
