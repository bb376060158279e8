"""The task board (issue 20, part 2): tasks with clients, comments, history and files.

* :mod:`~app.tasks.board` — the visible tasks as plain values, my active count, a cheap stamp.
* :mod:`~app.tasks.editing` — create, save, move between columns (hours), comment; conflicts.
* :mod:`~app.tasks.reminders` — the assignee's reminders due now, dismissing and snoozing.
* :mod:`~app.tasks.report` — the tasks report (the Reports section and ``calldesk report``).
"""

from app.tasks.board import COLUMNS, TaskCard, board_stamp, my_active_count, read_board
from app.tasks.editing import (
    NEEDS_HOURS,
    TaskConflict,
    TaskDetails,
    TaskDraft,
    TaskError,
    add_comment,
    create_task,
    move_task,
    read_task,
    reassign_task,
    update_task,
)
from app.tasks.reminders import dismiss_task_reminder, due_task_reminders, snooze_task_reminder

__all__ = [
    "COLUMNS",
    "NEEDS_HOURS",
    "TaskCard",
    "TaskConflict",
    "TaskDetails",
    "TaskDraft",
    "TaskError",
    "add_comment",
    "board_stamp",
    "create_task",
    "dismiss_task_reminder",
    "due_task_reminders",
    "move_task",
    "my_active_count",
    "read_board",
    "read_task",
    "reassign_task",
    "snooze_task_reminder",
    "update_task",
]
