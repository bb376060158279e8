"""The company's callback settings (company_settings rows) and the deadline they give.

* ``callback_target``: minutes from the first attempt (an int), or ``"end_of_day"``: before
  the end of the working day the caller first called on;
* ``working_hours``: ``"09:00-18:00"`` in the company's time zone (``report_time_zone``,
  empty: the machine's own; stored times are the machine's local times);
* ``callback_window_hours``: how far back attempts collapse into items; 0: the same day;
* ``callback_claim_minutes``: how long a "Take it" holds when nothing happens.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from app.company_settings import REPORT_TIME_ZONE, get_setting, put_setting
from app.messages import QT_TRANSLATE_NOOP, UserFacingError

CALLBACK_TARGET = "callback_target"
WORKING_HOURS = "working_hours"
CALLBACK_WINDOW_HOURS = "callback_window_hours"
CALLBACK_CLAIM_MINUTES = "callback_claim_minutes"
END_OF_DAY = "end_of_day"


@dataclass(frozen=True)
class CallbackSettings:
    target_minutes: int | None = 30  # None: before the end of the working day
    day_start: time = time(9, 0)
    day_end: time = time(18, 0)
    time_zone: str = ""
    window_hours: int = 0
    claim_minutes: int = 15

    def window_start(self, now: datetime) -> datetime:
        """The earliest attempt that still counts at ``now``."""
        if self.window_hours > 0:
            return now - timedelta(hours=self.window_hours)
        return datetime.combine(now.date(), time(0, 0))

    def deadline(self, first_attempt: datetime) -> datetime:
        """When the caller must have been called back (local naive time, as stored)."""
        if self.target_minutes is not None:
            return first_attempt + timedelta(minutes=self.target_minutes)
        zone = self._zone()
        if zone is None:
            day = first_attempt.date()
            end = datetime.combine(day, self.day_end)
            return end if first_attempt < end else datetime.combine(_next(day), self.day_end)
        there = first_attempt.astimezone().astimezone(zone)
        end_there = datetime.combine(there.date(), self.day_end, tzinfo=zone)
        if there >= end_there:
            end_there = datetime.combine(_next(there.date()), self.day_end, tzinfo=zone)
        return end_there.astimezone().replace(tzinfo=None)

    def _zone(self) -> ZoneInfo | None:
        if not self.time_zone:
            return None
        try:
            return ZoneInfo(self.time_zone)
        except (ZoneInfoNotFoundError, ValueError):
            return None


def _next(day: date) -> date:
    return day + timedelta(days=1)


def parse_working_hours(text: str) -> tuple[time, time]:
    """``"09:00-18:00"`` -> (09:00, 18:00); ValueError with a clear message otherwise."""
    try:
        start_text, end_text = (part.strip() for part in text.split("-"))
        start, end = time.fromisoformat(start_text), time.fromisoformat(end_text)
    except ValueError:
        raise ValueError(f"Working hours {text!r} are not like 09:00-18:00") from None
    if end <= start:
        raise ValueError(f"Working hours {text!r} end before they start")
    return start, end


def parse_target(value: Any) -> int | None:
    """The stored target: minutes, or None for the end of the working day."""
    if value == END_OF_DAY:
        return None
    minutes = int(value)
    if minutes <= 0:
        raise ValueError(f"A callback target of {minutes} minutes is not a target")
    return minutes


class SettingsError(UserFacingError):
    """Callback settings that cannot work; nothing was saved."""


MAX_TARGET_MINUTES = 7 * 24 * 60
MAX_WINDOW_HOURS = 7 * 24
MAX_CLAIM_MINUTES = 8 * 60


def write_settings(session: Session, settings: CallbackSettings) -> None:
    """Store ``settings`` in the caller's transaction (the caller checks the writer is an
    administrator); a value that cannot work raises :class:`SettingsError` first."""
    if settings.day_end <= settings.day_start:
        raise SettingsError(QT_TRANSLATE_NOOP("app", "The working day must end after it starts."))
    if settings.target_minutes is not None and not (
        1 <= settings.target_minutes <= MAX_TARGET_MINUTES
    ):
        raise SettingsError(
            QT_TRANSLATE_NOOP("app", "The callback target is 1 to {limit} minutes."),
            limit=MAX_TARGET_MINUTES,
        )
    if not 0 <= settings.window_hours <= MAX_WINDOW_HOURS:
        raise SettingsError(
            QT_TRANSLATE_NOOP("app", "Repeated calls collapse over 0 to {limit} hours."),
            limit=MAX_WINDOW_HOURS,
        )
    if not 1 <= settings.claim_minutes <= MAX_CLAIM_MINUTES:
        raise SettingsError(
            QT_TRANSLATE_NOOP("app", "Taking a caller holds for 1 to {limit} minutes."),
            limit=MAX_CLAIM_MINUTES,
        )
    hours = f"{settings.day_start:%H:%M}-{settings.day_end:%H:%M}"
    for key, value in (
        (
            CALLBACK_TARGET,
            END_OF_DAY if settings.target_minutes is None else settings.target_minutes,
        ),
        (WORKING_HOURS, hours),
        (CALLBACK_WINDOW_HOURS, settings.window_hours),
        (CALLBACK_CLAIM_MINUTES, settings.claim_minutes),
    ):
        put_setting(session, key, value)


def read_settings(conn: Connection | Session) -> CallbackSettings:
    defaults = CallbackSettings()

    def value(key: str, default: Any) -> Any:
        stored = get_setting(conn, key)
        return default if stored is None else stored

    start, end = parse_working_hours(value(WORKING_HOURS, "09:00-18:00"))
    return CallbackSettings(
        target_minutes=parse_target(value(CALLBACK_TARGET, defaults.target_minutes)),
        day_start=start,
        day_end=end,
        time_zone=str(value(REPORT_TIME_ZONE, "") or ""),
        window_hours=int(value(CALLBACK_WINDOW_HOURS, defaults.window_hours)),
        claim_minutes=int(value(CALLBACK_CLAIM_MINUTES, defaults.claim_minutes)),
    )
