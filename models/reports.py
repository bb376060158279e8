"""Report summaries (issue 14): per local hour × operator × direction × status × queue × DID.

Written in the same transaction as the calls (app.reports.summary.refresh_hours), rebuilt by
``calldesk rebuild-summaries``. Hours are the calls' local start hour (the schema stores
naive local times), so day, week, month... buckets are calendar periods of the company's
time zone whatever the DST; see app/reports/summary.py.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, Index, Integer, SmallInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, BigId

WAIT_BUCKETS = 7  # 0-15, 16-30, 31-45, 46-60, 61-75, 76-90, 91+ seconds


class CallSummary(Base):
    """Calls counted once, at their start, by their main employee (the one who answered or
    made the call; 0 when nobody)."""

    __tablename__ = "report_call_hours"
    __table_args__ = (
        Index("ix_report_call_hours_day", "day", "employee_id"),
        Index("ix_report_call_hours_hour", "hour_start"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    hour_start: Mapped[datetime] = mapped_column(DateTime)
    day: Mapped[date] = mapped_column(Date)
    hour_of_day: Mapped[int] = mapped_column(SmallInteger)
    weekday: Mapped[int] = mapped_column(SmallInteger)  # 0 = Monday
    employee_id: Mapped[int] = mapped_column(Integer)  # 0: nobody
    direction: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(12))
    queue: Mapped[str] = mapped_column(String(64))  # "" = none
    did: Mapped[str] = mapped_column(String(32))  # "" = none
    calls: Mapped[int] = mapped_column(Integer)
    wait_s: Mapped[int] = mapped_column(Integer)
    talk_s: Mapped[int] = mapped_column(Integer)
    max_wait_s: Mapped[int] = mapped_column(Integer)
    within_sl: Mapped[int] = mapped_column(Integer)  # wait <= service-level threshold
    over_short: Mapped[int] = mapped_column(Integer)  # wait >= short-abandon threshold
    called_back: Mapped[int] = mapped_column(Integer)  # resolved by a later contact
    callbacks: Mapped[int] = mapped_column(Integer)  # this call resolved missed calls
    transferred: Mapped[int] = mapped_column(Integer)  # transfer_count > 0
    hang_client: Mapped[int] = mapped_column(Integer)
    hang_employee: Mapped[int] = mapped_column(Integer)
    hang_system: Mapped[int] = mapped_column(Integer)
    w0: Mapped[int] = mapped_column(Integer)
    w1: Mapped[int] = mapped_column(Integer)
    w2: Mapped[int] = mapped_column(Integer)
    w3: Mapped[int] = mapped_column(Integer)
    w4: Mapped[int] = mapped_column(Integer)
    w5: Mapped[int] = mapped_column(Integer)
    w6: Mapped[int] = mapped_column(Integer)


class DaySummary(Base):
    """``report_call_hours`` rolled up per local day (same keys without the hour): what
    reports by day, week, month, quarter, year or weekday read. Rewritten from the hours
    of a day whenever one of them is."""

    __tablename__ = "report_call_days"
    __table_args__ = (Index("ix_report_call_days_day", "day", "employee_id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    day: Mapped[date] = mapped_column(Date)
    weekday: Mapped[int] = mapped_column(SmallInteger)  # 0 = Monday
    employee_id: Mapped[int] = mapped_column(Integer)
    direction: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(12))
    queue: Mapped[str] = mapped_column(String(64))
    did: Mapped[str] = mapped_column(String(32))
    calls: Mapped[int] = mapped_column(Integer)
    wait_s: Mapped[int] = mapped_column(Integer)
    talk_s: Mapped[int] = mapped_column(Integer)
    max_wait_s: Mapped[int] = mapped_column(Integer)
    within_sl: Mapped[int] = mapped_column(Integer)  # wait <= service-level threshold
    over_short: Mapped[int] = mapped_column(Integer)  # wait >= short-abandon threshold
    called_back: Mapped[int] = mapped_column(Integer)  # resolved by a later contact
    callbacks: Mapped[int] = mapped_column(Integer)  # this call resolved missed calls
    transferred: Mapped[int] = mapped_column(Integer)  # transfer_count > 0
    hang_client: Mapped[int] = mapped_column(Integer)
    hang_employee: Mapped[int] = mapped_column(Integer)
    hang_system: Mapped[int] = mapped_column(Integer)
    w0: Mapped[int] = mapped_column(Integer)
    w1: Mapped[int] = mapped_column(Integer)
    w2: Mapped[int] = mapped_column(Integer)
    w3: Mapped[int] = mapped_column(Integer)
    w4: Mapped[int] = mapped_column(Integer)
    w5: Mapped[int] = mapped_column(Integer)
    w6: Mapped[int] = mapped_column(Integer)


class TeamDaySummary(Base):
    """``report_call_days`` without the employee: what the team-wide reports (no operator
    filter) by day and longer read; a few dozen rows a day."""

    __tablename__ = "report_team_days"
    __table_args__ = (Index("ix_report_team_days_day", "day"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    day: Mapped[date] = mapped_column(Date)
    weekday: Mapped[int] = mapped_column(SmallInteger)  # 0 = Monday
    direction: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(12))
    queue: Mapped[str] = mapped_column(String(64))
    did: Mapped[str] = mapped_column(String(32))
    calls: Mapped[int] = mapped_column(Integer)
    wait_s: Mapped[int] = mapped_column(Integer)
    talk_s: Mapped[int] = mapped_column(Integer)
    max_wait_s: Mapped[int] = mapped_column(Integer)
    within_sl: Mapped[int] = mapped_column(Integer)  # wait <= service-level threshold
    over_short: Mapped[int] = mapped_column(Integer)  # wait >= short-abandon threshold
    called_back: Mapped[int] = mapped_column(Integer)  # resolved by a later contact
    callbacks: Mapped[int] = mapped_column(Integer)  # this call resolved missed calls
    transferred: Mapped[int] = mapped_column(Integer)  # transfer_count > 0
    hang_client: Mapped[int] = mapped_column(Integer)
    hang_employee: Mapped[int] = mapped_column(Integer)
    hang_system: Mapped[int] = mapped_column(Integer)
    w0: Mapped[int] = mapped_column(Integer)
    w1: Mapped[int] = mapped_column(Integer)
    w2: Mapped[int] = mapped_column(Integer)
    w3: Mapped[int] = mapped_column(Integer)
    w4: Mapped[int] = mapped_column(Integer)
    w5: Mapped[int] = mapped_column(Integer)
    w6: Mapped[int] = mapped_column(Integer)


class ParticipantSummary(Base):
    """Calls per employee who took part (rang or talked; call_participants), for "missed
    while on duty" and team shares: a queue call that rang three operators counts once for
    each of them here and once in report_call_hours."""

    __tablename__ = "report_participant_hours"
    __table_args__ = (
        Index("ix_report_participant_hours_day", "day", "employee_id"),
        Index("ix_report_participant_hours_hour", "hour_start"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    hour_start: Mapped[datetime] = mapped_column(DateTime)
    day: Mapped[date] = mapped_column(Date)
    hour_of_day: Mapped[int] = mapped_column(SmallInteger)
    weekday: Mapped[int] = mapped_column(SmallInteger)
    employee_id: Mapped[int] = mapped_column(Integer)
    direction: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(12))
    queue: Mapped[str] = mapped_column(String(64))
    did: Mapped[str] = mapped_column(String(32))
    calls: Mapped[int] = mapped_column(Integer)


class HourSummary(Base):
    """Per local hour: the peak of calls in progress at once (calls started in the hour
    or the hour before)."""

    __tablename__ = "report_hours"

    hour_start: Mapped[datetime] = mapped_column(DateTime, primary_key=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    peak_concurrent: Mapped[int] = mapped_column(Integer)
