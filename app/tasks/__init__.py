"""The task board (issue 20, part 2): tasks with clients, comments, history and files.

* :mod:`~app.tasks.board` — the visible tasks as plain values, my active count, a cheap stamp.
* :mod:`~app.tasks.editing` — create, save, move between columns (hours), comment; conflicts.
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
    update_task,
)

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
    "move_task",
    "my_active_count",
    "read_board",
    "read_task",
    "update_task",
]
