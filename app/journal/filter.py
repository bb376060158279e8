"""What the operator asked the journal to show: the period, the toggles and the search text.

The filter is a plain value the GUI builds from its widgets; ``validate()`` turns bad input
into a :class:`FilterError` whose message can be shown as it is.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from app.calls.status import MISSED_STATUS_VALUES
from app.messages import QT_TRANSLATE_NOOP, UserFacingError
from models import CallStatus, Direction

MAX_PERIOD_YEARS = 5
MAX_SEARCH_LENGTH = 100


class FilterError(UserFacingError, ValueError):
    """The filter cannot be run as it is; the message says what to change."""


class PeriodPreset(enum.Enum):
    TODAY = "today"
    YESTERDAY = "yesterday"
    THIS_WEEK = "this_week"
    THIS_MONTH = "this_month"
    LAST_7_DAYS = "last_7_days"
    LAST_30_DAYS = "last_30_days"


PERIOD_PRESET_LABELS = {
    PeriodPreset.TODAY: "Today",
    PeriodPreset.YESTERDAY: "Yesterday",
    PeriodPreset.THIS_WEEK: "This week",
    PeriodPreset.THIS_MONTH: "This month",
    PeriodPreset.LAST_7_DAYS: "Last 7 days",
    PeriodPreset.LAST_30_DAYS: "Last 30 days",
}


def period(preset: PeriodPreset, today: date) -> tuple[datetime, datetime]:
    """``(start, end)`` of a preset; the end is exclusive (midnight after the last day).

    Weeks start on Monday. "Last N days" include today.
    """
    tomorrow = today + timedelta(days=1)
    if preset is PeriodPreset.TODAY:
        first, after = today, tomorrow
    elif preset is PeriodPreset.YESTERDAY:
        first, after = today - timedelta(days=1), today
    elif preset is PeriodPreset.THIS_WEEK:
        first, after = today - timedelta(days=today.weekday()), tomorrow
    elif preset is PeriodPreset.THIS_MONTH:
        first, after = today.replace(day=1), tomorrow
    elif preset is PeriodPreset.LAST_7_DAYS:
        first, after = today - timedelta(days=6), tomorrow
    else:
        first, after = today - timedelta(days=29), tomorrow
    return datetime.combine(first, time.min), datetime.combine(after, time.min)


@dataclass(frozen=True)
class JournalFilter:
    """The journal's filter bar.

    How the toggles combine:

    * The *kind* toggles ``incoming``, ``outgoing``, ``missed``, ``lost`` select a union of
      call kinds; none ticked means incoming and outgoing. Missed = incoming and not
      answered (statuses "no answer", "lost", "rejected", "busy", "unreachable", "no free
      channels": app.calls.status.MISSED_STATUSES); lost is a part of missed.
    * ``show_internal`` adds internal calls to that union; they are hidden otherwise.
    * ``first_contacts`` (number unknown at call time), ``unregistered`` (the number belongs
      to no client now), ``my_calls`` (the viewer took part), ``statuses`` (the status
      filter: only calls with one of these statuses; empty: any) and ``search`` narrow the
      result.
    """

    period_start: datetime
    period_end: datetime
    incoming: bool = False
    outgoing: bool = False
    missed: bool = False
    lost: bool = False
    first_contacts: bool = False
    unregistered: bool = False
    show_internal: bool = False
    my_calls: bool = False
    statuses: frozenset[str] = frozenset()
    search: str = ""
    oldest_first: bool = False  # the journal's one sort that scales: by start time, either way

    @classmethod
    def for_preset(cls, preset: PeriodPreset, today: date) -> JournalFilter:
        start, end = period(preset, today)
        return cls(period_start=start, period_end=end)

    def validate(self) -> None:
        if self.period_end <= self.period_start:
            raise FilterError(
                QT_TRANSLATE_NOOP("app", "The period ends before it starts: check the dates.")
            )
        try:
            limit = self.period_start.replace(year=self.period_start.year + MAX_PERIOD_YEARS)
        except ValueError:  # 29 February
            limit = self.period_start + timedelta(days=365 * MAX_PERIOD_YEARS)
        if self.period_end > limit:
            raise FilterError(
                QT_TRANSLATE_NOOP(
                    "app", "The period is longer than {years} years: choose a shorter one."
                ),
                years=MAX_PERIOD_YEARS,
            )
        if len(self.search_text) > MAX_SEARCH_LENGTH:
            raise FilterError(
                QT_TRANSLATE_NOOP(
                    "app",
                    "The search text is {length} characters long; at most {limit} are allowed. "
                    "Type a name or a part of the number.",
                ),
                length=len(self.search_text),
                limit=MAX_SEARCH_LENGTH,
            )

    @property
    def search_text(self) -> str:
        """The search as it is matched: trimmed, control characters removed."""
        return "".join(ch for ch in self.search if ch.isprintable()).strip()

    # -- the kinds of calls the toggles select -------------------------------------------

    def directions(self) -> frozenset[str]:
        """Directions whose every call is selected (before the narrowing toggles)."""
        chosen: set[str] = set()
        if self.incoming or not (self.incoming or self.outgoing or self.missed or self.lost):
            chosen.add(Direction.INCOMING.value)
        if self.outgoing or not (self.incoming or self.outgoing or self.missed or self.lost):
            chosen.add(Direction.OUTGOING.value)
        if self.show_internal:
            chosen.add(Direction.INTERNAL.value)
        if self.first_contacts or self.unregistered:
            chosen.discard(Direction.INTERNAL.value)  # internal calls have no client number
        return frozenset(chosen)

    def missed_statuses(self) -> frozenset[str]:
        """Statuses of incoming calls selected on top of :meth:`directions`."""
        if Direction.INCOMING.value in self.directions():
            return frozenset()
        if self.missed:
            return MISSED_STATUS_VALUES
        if self.lost:
            return frozenset({CallStatus.LOST.value})
        return frozenset()
