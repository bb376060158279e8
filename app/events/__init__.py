"""The calendar of events with reminders (issue 20, part 1).

* :mod:`~app.events.calendar` — events as plain values; what a user sees in a period.
* :mod:`~app.events.changes` — create, edit (with a version check), complete, reopen.
* :mod:`~app.events.reminders` — reminders due for a user, dismissing and snoozing them.
"""

from app.events.calendar import (
    ALL_EMPLOYEES,
    EventEntry,
    EventScope,
    client_events,
    events_stamp,
    linked_events,
    read_event,
    read_events,
    week_start,
)
from app.events.changes import (
    EventConflict,
    EventDraft,
    complete_event,
    create_event,
    delete_event,
    reopen_event,
    reschedule_event,
    update_event,
)
from app.events.reminders import (
    Reminder,
    ReminderKind,
    active_count,
    dismiss_reminder,
    due_reminders,
    snooze_reminder,
)

__all__ = [
    "ALL_EMPLOYEES",
    "EventConflict",
    "EventDraft",
    "EventEntry",
    "EventScope",
    "Reminder",
    "ReminderKind",
    "active_count",
    "client_events",
    "complete_event",
    "create_event",
    "delete_event",
    "dismiss_reminder",
    "due_reminders",
    "events_stamp",
    "linked_events",
    "read_event",
    "read_events",
    "reopen_event",
    "reschedule_event",
    "snooze_reminder",
    "update_event",
    "week_start",
]
