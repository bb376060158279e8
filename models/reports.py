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


class CallMeasures:
    """The measures every call summary row carries (sums over its calls, but the max)."""

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


class CallSummary(CallMeasures, Base):
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


class DaySummary(CallMeasures, Base):
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


class TeamDaySummary(CallMeasures, Base):
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


# -- coarser rollups (what a year's report reads), kept by the difference a write makes to
# the hours above (app/reports/summary.py). No queue / DID in team hours, employee or
# participant days and months: a report filtered by queue or DID reads the finer tables.
# Their primary key is their grain, period first, so a period's rows lie together (InnoDB
# clusters by it) and a report reads them without a lookup per row.


class TeamHourSummary(CallMeasures, Base):
    """Per local hour × direction × status (no employee, queue, DID): the traffic heat map's
    and hour-of-day breakdowns' rows for the days a month rollup does not cover."""

    __tablename__ = "report_team_hours"

    hour_start: Mapped[datetime] = mapped_column(DateTime, primary_key=True)
    day: Mapped[date] = mapped_column(Date)
    hour_of_day: Mapped[int] = mapped_column(SmallInteger)
    weekday: Mapped[int] = mapped_column(SmallInteger)
    direction: Mapped[str] = mapped_column(String(8), primary_key=True)
    status: Mapped[str] = mapped_column(String(12), primary_key=True)


class TeamDayTotal(CallMeasures, Base):
    """Per local day × direction × status (no employee, queue, DID): the team's days, what
    reports by day and week and the days around whole months read; ~8 rows a day."""

    __tablename__ = "report_team_day_totals"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    weekday: Mapped[int] = mapped_column(SmallInteger)
    direction: Mapped[str] = mapped_column(String(8), primary_key=True)
    status: Mapped[str] = mapped_column(String(12), primary_key=True)


class TrafficMonthSummary(CallMeasures, Base):
    """Per calendar month × weekday × hour of day × direction × status: a month of the
    traffic heat map in at most 1,344 rows."""

    __tablename__ = "report_traffic_months"

    month: Mapped[date] = mapped_column(Date, primary_key=True)  # its first day
    weekday: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    hour_of_day: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    direction: Mapped[str] = mapped_column(String(8), primary_key=True)
    status: Mapped[str] = mapped_column(String(12), primary_key=True)


class TeamMonthSummary(CallMeasures, Base):
    """``report_team_days`` per calendar month."""

    __tablename__ = "report_team_months"

    month: Mapped[date] = mapped_column(Date, primary_key=True)
    direction: Mapped[str] = mapped_column(String(8), primary_key=True)
    status: Mapped[str] = mapped_column(String(12), primary_key=True)
    queue: Mapped[str] = mapped_column(String(64), primary_key=True)
    did: Mapped[str] = mapped_column(String(32), primary_key=True)


class EmployeeDaySummary(CallMeasures, Base):
    """``report_call_days`` without queue and DID: per operator reports' days."""

    __tablename__ = "report_employee_days"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    weekday: Mapped[int] = mapped_column(SmallInteger)
    employee_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    direction: Mapped[str] = mapped_column(String(8), primary_key=True)
    status: Mapped[str] = mapped_column(String(12), primary_key=True)


class EmployeeMonthSummary(CallMeasures, Base):
    """``report_employee_days`` per calendar month."""

    __tablename__ = "report_employee_months"

    month: Mapped[date] = mapped_column(Date, primary_key=True)
    employee_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    direction: Mapped[str] = mapped_column(String(8), primary_key=True)
    status: Mapped[str] = mapped_column(String(12), primary_key=True)


class ParticipantDaySummary(Base):
    """``report_participant_hours`` per day, without queue and DID."""

    __tablename__ = "report_participant_days"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    weekday: Mapped[int] = mapped_column(SmallInteger)
    employee_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    direction: Mapped[str] = mapped_column(String(8), primary_key=True)
    status: Mapped[str] = mapped_column(String(12), primary_key=True)
    calls: Mapped[int] = mapped_column(Integer)


class ParticipantMonthSummary(Base):
    """``report_participant_days`` per calendar month."""

    __tablename__ = "report_participant_months"

    month: Mapped[date] = mapped_column(Date, primary_key=True)
    employee_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    direction: Mapped[str] = mapped_column(String(8), primary_key=True)
    status: Mapped[str] = mapped_column(String(12), primary_key=True)
    calls: Mapped[int] = mapped_column(Integer)
