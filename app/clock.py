"""One clock for the whole app: every "now" and "today" of the code comes from here.

The app runs on the system clock. Tests (and the demo, for a reproducible journal) set another
one: a :class:`FixedClock` that stands still until told to move, or a :class:`ShiftedClock`
that starts at a chosen moment and then runs with real time, so that durations measured by
code under test (a call's talk time, a pause) stay real while the calendar date is fixed.

Times are naive local datetimes, as everywhere in the schema, rounded by the callers that
store them.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from typing import Protocol, TypeVar


class Clock(Protocol):
    def now(self) -> datetime:
        """The current local time (naive)."""
        ...


class SystemClock:
    """The workstation's clock."""

    def now(self) -> datetime:
        return datetime.now()


class FixedClock:
    """A clock that shows one moment until :meth:`set` or :meth:`advance` moves it."""

    def __init__(self, moment: datetime) -> None:
        self._moment = moment

    def now(self) -> datetime:
        return self._moment

    def set(self, moment: datetime) -> None:
        self._moment = moment

    def advance(self, delta: timedelta) -> None:
        self._moment += delta


class ShiftedClock:
    """Starts at ``start`` and runs at the speed of real time from the moment it is made."""

    def __init__(self, start: datetime) -> None:
        self._start = start
        self._origin = time.monotonic()

    def now(self) -> datetime:
        return self._start + timedelta(seconds=time.monotonic() - self._origin)


class CorrectedClock:
    """A workstation's clock set right by the database server's (issue 18, clock skew).

    Times of record (a call's start, a pause, a claim) are written by many desktops into one
    journal: a desktop five minutes off would put its calls out of order and its callbacks
    before the missed call they answer. :meth:`correct` takes the server's time, read while
    the base clock moved from ``asked`` to ``answered`` (app.server_time reads it), and from
    then on this clock runs with the base clock's speed at the server's time.
    """

    def __init__(self, base: Clock | None = None) -> None:
        self.base: Clock = base if base is not None else SystemClock()
        self.offset = timedelta(0)

    def now(self) -> datetime:
        return self.base.now() + self.offset

    def correct(self, server_epoch: float, asked: datetime, answered: datetime) -> timedelta:
        """Take the server's POSIX time (seconds), read between two base-clock readings."""
        local = asked + (answered - asked) / 2
        self.offset = timedelta(seconds=server_epoch - local.timestamp())
        return self.offset


_clock: Clock = SystemClock()


def now() -> datetime:
    """The app's "now"."""
    return _clock.now()


def today() -> date:
    """The app's "today"."""
    return _clock.now().date()


def current() -> Clock:
    return _clock


def set_clock(clock: Clock) -> Clock:
    """Makes ``clock`` the app's clock; returns the previous one."""
    global _clock
    previous, _clock = _clock, clock
    return previous


C = TypeVar("C", bound=Clock)


@contextmanager
def using(clock: C) -> Iterator[C]:
    """The app runs on ``clock`` inside the block."""
    previous = set_clock(clock)
    try:
        yield clock
    finally:
        set_clock(previous)


ENVIRONMENT_VARIABLE = "CALLDESK_NOW"


def configure_from_environment(environ: Mapping[str, str]) -> None:
    """``CALLDESK_NOW=2026-11-20T18:30`` starts the app's clock at that moment (it then runs
    with real time): a demo, a screenshot or a subprocess under test sees a chosen date.

    Raises ValueError with a clear message on a value that is not an ISO date-time."""
    value = environ.get(ENVIRONMENT_VARIABLE, "").strip()
    if not value:
        return
    try:
        start = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(
            f"{ENVIRONMENT_VARIABLE}={value!r} is not a date and time like 2026-11-20T18:30"
        ) from None
    set_clock(ShiftedClock(start.replace(tzinfo=None)))
