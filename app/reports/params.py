"""What a report is asked for: the period, the breakdown and the filters (a plain value)."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, timedelta

from app.messages import QT_TRANSLATE_NOOP, UserFacingError

MAX_PERIOD_DAYS = 5 * 366 + 1


class ReportError(UserFacingError, ValueError):
    """The report cannot be run as asked; the message says what to change."""


class Breakdown(enum.StrEnum):
    """How rows are cut: calendar periods, or the cyclic weekday / hour of day."""

    NONE = "none"  # one row: the whole period (the total)
    HOUR = "hour"
    DAY = "day"
    WEEK = "week"  # weeks start on Monday, labelled by their Monday
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    WEEKDAY = "weekday"  # 0 = Monday ... 6 = Sunday
    HOUR_OF_DAY = "hour_of_day"  # 0 ... 23


class CallType(enum.StrEnum):
    """The journal's call kinds: missed = incoming not answered ("no answer" and "lost")."""

    INCOMING = "incoming"
    OUTGOING = "outgoing"
    MISSED = "missed"
    INTERNAL = "internal"


@dataclass(frozen=True)
class ReportParams:
    """A report's question. The period is ``date_from`` .. ``date_to``, both days included,
    in the company's time zone (the calls' local start time).

    Empty tuples mean "all": every operator, every call type except internal (as the
    journal), every queue, every DID.
    """

    date_from: date
    date_to: date
    breakdown: Breakdown = Breakdown.DAY
    operator_ids: tuple[int, ...] = ()
    call_types: tuple[CallType, ...] = ()
    queues: tuple[str, ...] = ()
    dids: tuple[str, ...] = ()
    # repeat-callers: numbers that called at least min_calls times within window_days.
    min_calls: int = 3
    window_days: int = 7
    # detail: page size (the first page is fetched by run_report; later ones by detail_page).
    page_size: int = 200
    # tasks: the period is of the due time or of the creation ("due" / "created"); the
    # chosen employees (operator_ids) as assignee, creator or either ("assignee" /
    # "creator" / "any"); statuses (empty: all); a search in titles and descriptions; a
    # value per column ((column key, value) pairs, see app.tasks.report.cell_key);
    # viewer_id: only the tasks assigned to or created by this employee (permissions).
    task_dates: str = "due"
    task_role: str = "any"
    task_statuses: tuple[str, ...] = ()
    search: str = ""
    column_values: tuple[tuple[str, str], ...] = ()
    viewer_id: int | None = None
    # recording-access: who asks (only a supervisor or administrator gets the log).
    requested_by: int | None = None

    def validate(self) -> None:
        if self.date_to < self.date_from:
            raise ReportError(
                QT_TRANSLATE_NOOP("app", "The period ends before it starts: check the dates.")
            )
        if (self.date_to - self.date_from) > timedelta(days=MAX_PERIOD_DAYS):
            raise ReportError(
                QT_TRANSLATE_NOOP("app", "The period is longer than 5 years: choose a shorter one.")
            )
        if self.min_calls < 2 or self.window_days < 1:
            raise ReportError(
                QT_TRANSLATE_NOOP(
                    "app", "Repeat callers need at least 2 calls within at least 1 day."
                )
            )
        if not 1 <= self.page_size <= 1000:
            raise ReportError(QT_TRANSLATE_NOOP("app", "A page holds 1 to 1000 rows."))
        if self.task_dates not in ("due", "created") or self.task_role not in (
            "assignee",
            "creator",
            "any",
        ):
            raise ReportError(
                QT_TRANSLATE_NOOP(
                    "app",
                    "Tasks are chosen by due or created date, as assignee, creator or any.",
                )
            )
