"""What each operator's softphone is doing now, for the supervisors' live board.

One row per employee, written by the CallDesk softphone of whoever is logged in as them:
on every change of its calls (ringing, talking with whom) and as a heartbeat every few
seconds (``seen_at``). A row whose heartbeat is older than the board's limit is shown as
offline (the workstation crashed or lost its network), so nothing has to clean it up.
Pauses are not here: they are the open rows of ``pauses`` (the app's and the PBX's).
"""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class PresenceState(enum.StrEnum):
    OFFLINE = "offline"  # logged out or the softphone stopped
    READY = "ready"  # registered, no call
    RINGING = "ringing"  # a call rings here
    TALKING = "talking"  # on a call (also dialling out)


class OperatorPresence(Base):
    __tablename__ = "operator_presence"

    employee_id: Mapped[int] = mapped_column(
        ForeignKey("employees.id", ondelete="CASCADE"), primary_key=True
    )
    place: Mapped[str] = mapped_column(String(64))  # the workstation's host name
    state: Mapped[str] = mapped_column(String(12))
    peer: Mapped[str] = mapped_column(String(64), default="")  # the other side's number
    peer_name: Mapped[str] = mapped_column(String(255), default="")
    since: Mapped[datetime] = mapped_column(DateTime)  # when this state began
    seen_at: Mapped[datetime] = mapped_column(DateTime)  # the last heartbeat
