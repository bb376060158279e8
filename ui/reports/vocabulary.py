"""The English words the data side puts in reports (column titles, weekdays, totals, stages,
causes, resolutions), marked for translation in context "app", and period labels."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.messages import QT_TRANSLATE_NOOP
from app.reports import Breakdown
from ui.call_vocabulary import DIRECTION_TEXT, STATUS_TEXT, translated

WORDS = frozenset(
    {
        # column titles
        QT_TRANSLATE_NOOP("app", "Period"),
        QT_TRANSLATE_NOOP("app", "Manager"),
        QT_TRANSLATE_NOOP("app", "Cards created"),
        QT_TRANSLATE_NOOP("app", "Created by"),
        QT_TRANSLATE_NOOP("app", "Assignee"),
        QT_TRANSLATE_NOOP("app", "Events"),
        QT_TRANSLATE_NOOP("app", "Completed"),
        QT_TRANSLATE_NOOP("app", "Completed on time"),
        QT_TRANSLATE_NOOP("app", "Overdue"),
        QT_TRANSLATE_NOOP("app", "Planned"),
        QT_TRANSLATE_NOOP("app", "Cards changed"),
        QT_TRANSLATE_NOOP("app", "Changes"),
        QT_TRANSLATE_NOOP("app", "Date"),
        QT_TRANSLATE_NOOP("app", "Operator"),
        QT_TRANSLATE_NOOP("app", "Client"),
        QT_TRANSLATE_NOOP("app", "Number"),
        QT_TRANSLATE_NOOP("app", "Direction"),
        QT_TRANSLATE_NOOP("app", "Status"),
        QT_TRANSLATE_NOOP("app", "Wait"),
        QT_TRANSLATE_NOOP("app", "Talk"),
        QT_TRANSLATE_NOOP("app", "Transfers"),
        QT_TRANSLATE_NOOP("app", "Call"),
        QT_TRANSLATE_NOOP("app", "DID"),
        QT_TRANSLATE_NOOP("app", "Queue"),
        QT_TRANSLATE_NOOP("app", "Resolution"),
        QT_TRANSLATE_NOOP("app", "Resolved"),
        QT_TRANSLATE_NOOP("app", "By"),
        QT_TRANSLATE_NOOP("app", "Time to callback"),
        QT_TRANSLATE_NOOP("app", "Incoming taken"),
        QT_TRANSLATE_NOOP("app", "Outgoing made"),
        QT_TRANSLATE_NOOP("app", "Outgoing reached"),
        QT_TRANSLATE_NOOP("app", "Missed while on duty"),
        QT_TRANSLATE_NOOP("app", "Total talk"),
        QT_TRANSLATE_NOOP("app", "Average talk"),
        QT_TRANSLATE_NOOP("app", "Average handle time"),
        QT_TRANSLATE_NOOP("app", "Pauses"),
        QT_TRANSLATE_NOOP("app", "Time logged in"),
        QT_TRANSLATE_NOOP("app", "Callbacks made"),
        QT_TRANSLATE_NOOP("app", "Share of the team's calls"),
        QT_TRANSLATE_NOOP("app", "Calls"),
        QT_TRANSLATE_NOOP("app", "Answered"),
        QT_TRANSLATE_NOOP("app", "Missed"),
        QT_TRANSLATE_NOOP("app", "Lost"),
        QT_TRANSLATE_NOOP("app", "First call"),
        QT_TRANSLATE_NOOP("app", "Last call"),
        QT_TRANSLATE_NOOP("app", "Day of week"),
        QT_TRANSLATE_NOOP("app", "Hour"),
        QT_TRANSLATE_NOOP("app", "Offered"),
        QT_TRANSLATE_NOOP("app", "Service level %"),
        QT_TRANSLATE_NOOP("app", "Peak concurrent calls"),
        QT_TRANSLATE_NOOP("app", "Wait, s"),
        QT_TRANSLATE_NOOP("app", "Answered, cumulative %"),
        QT_TRANSLATE_NOOP("app", "Abandoned"),
        QT_TRANSLATE_NOOP("app", "Abandoned, cumulative %"),
        QT_TRANSLATE_NOOP("app", "Incoming"),
        QT_TRANSLATE_NOOP("app", "Outgoing"),
        QT_TRANSLATE_NOOP("app", "Internal"),
        QT_TRANSLATE_NOOP("app", "Called back"),
        QT_TRANSLATE_NOOP("app", "Answer %"),
        QT_TRANSLATE_NOOP("app", "Abandon %"),
        QT_TRANSLATE_NOOP("app", "Average speed of answer"),
        QT_TRANSLATE_NOOP("app", "Max wait"),
        # the tasks report
        QT_TRANSLATE_NOOP("app", "Title"),
        QT_TRANSLATE_NOOP("app", "Priority"),
        QT_TRANSLATE_NOOP("app", "Clients"),
        QT_TRANSLATE_NOOP("app", "Created"),
        QT_TRANSLATE_NOOP("app", "Due"),
        QT_TRANSLATE_NOOP("app", "Closed"),
        QT_TRANSLATE_NOOP("app", "Hours spent"),
        QT_TRANSLATE_NOOP("app", "New"),
        QT_TRANSLATE_NOOP("app", "In progress"),
        QT_TRANSLATE_NOOP("app", "Ready"),
        QT_TRANSLATE_NOOP("app", "Low"),
        QT_TRANSLATE_NOOP("app", "Normal"),
        QT_TRANSLATE_NOOP("app", "High"),
        # the recording access report
        QT_TRANSLATE_NOOP("app", "Accessed"),
        QT_TRANSLATE_NOOP("app", "Employee"),
        QT_TRANSLATE_NOOP("app", "Action"),
        QT_TRANSLATE_NOOP("app", "Part"),
        QT_TRANSLATE_NOOP("app", "Recording"),
        QT_TRANSLATE_NOOP("app", "Listened"),
        QT_TRANSLATE_NOOP("app", "Downloaded"),
        # values
        QT_TRANSLATE_NOOP("app", "Total"),
        QT_TRANSLATE_NOOP("app", "Monday"),
        QT_TRANSLATE_NOOP("app", "Tuesday"),
        QT_TRANSLATE_NOOP("app", "Wednesday"),
        QT_TRANSLATE_NOOP("app", "Thursday"),
        QT_TRANSLATE_NOOP("app", "Friday"),
        QT_TRANSLATE_NOOP("app", "Saturday"),
        QT_TRANSLATE_NOOP("app", "Sunday"),
        QT_TRANSLATE_NOOP("app", "Caller"),
        QT_TRANSLATE_NOOP("app", "Timeout or system"),
        QT_TRANSLATE_NOOP("app", "Transfer"),
        QT_TRANSLATE_NOOP("app", "Called back within 15 min"),
        QT_TRANSLATE_NOOP("app", "Called back the same day"),
        QT_TRANSLATE_NOOP("app", "Not called back"),
    }
)
RESOLUTION_TEXT = {
    "open": QT_TRANSLATE_NOOP("app", "Planned"),
    "called_back": QT_TRANSLATE_NOOP("app", "We called back"),
    "got_through": QT_TRANSLATE_NOOP("app", "They got through"),
}
# Total-row keys that are no column of their report (lost calls, detail), for the summary line.
TOTAL_TEXT = {
    "calls": QT_TRANSLATE_NOOP("app", "Calls"),
    "open": QT_TRANSLATE_NOOP("app", "Planned"),
    "called_back": QT_TRANSLATE_NOOP("app", "We called back"),
    "got_through": QT_TRANSLATE_NOOP("app", "They got through"),
    "median_time_to_callback_s": QT_TRANSLATE_NOOP("app", "Median time to callback"),
    "answered": QT_TRANSLATE_NOOP("app", "Answered"),
    "talk_s": QT_TRANSLATE_NOOP("app", "Total talk"),
    "asa_s": QT_TRANSLATE_NOOP("app", "Average speed of answer"),
}


def word(text: str) -> str:
    """A known English word of a report in the user's language; anything else as it is."""
    return QCoreApplication.translate("app", text) if text in WORDS else text


def value_text(column_key: str, value: str) -> str:
    """A text cell: statuses, directions and resolutions by their codes, known words."""
    if column_key == "status" and value in STATUS_TEXT:
        return translated(STATUS_TEXT[value])
    if column_key == "direction" and value in DIRECTION_TEXT:
        return translated(DIRECTION_TEXT[value])
    if column_key == "resolution" and value in RESOLUTION_TEXT:
        return QCoreApplication.translate("app", RESOLUTION_TEXT[value])
    return word(value)


def period_label(breakdown: Breakdown, key: Any) -> str | None:
    """A period row's label from its key in the local date format, or None to keep the text."""
    if isinstance(key, tuple) and len(key) == 2:  # operators per period: (employee, period)
        key = key[1]
    if isinstance(key, datetime):
        return f"{key:%d.%m.%Y %H:00}"
    if not isinstance(key, date):
        return None
    if breakdown is Breakdown.WEEK:
        return QCoreApplication.translate("ReportsForm", "week {week}, from {day}").format(
            week=key.isocalendar()[1], day=f"{key:%d.%m.%Y}"
        )
    if breakdown is Breakdown.MONTH:
        return f"{key:%m.%Y}"
    if breakdown is Breakdown.QUARTER:
        return QCoreApplication.translate("ReportsForm", "Q{quarter} {year}").format(
            quarter=(key.month - 1) // 3 + 1, year=key.year
        )
    if breakdown is Breakdown.YEAR:
        return str(key.year)
    return f"{key:%d.%m.%Y}"


def short_period_label(breakdown: Breakdown, key: Any) -> str | None:
    """A period as a chart's axis label: days without the year, hours as "dd.MM HH"."""
    if isinstance(key, datetime):
        return f"{key:%d.%m %H}"
    if isinstance(key, date) and breakdown is Breakdown.DAY:
        return f"{key:%d.%m}"
    return period_label(breakdown, key)
