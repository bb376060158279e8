"""Why a worklist item is open or closed, in words: whom each attempt rang, for how long,
who hung up, and what closed it (the side panel of the worklist)."""

from __future__ import annotations

from app.callbacks.items import CallbackItem
from app.callbacks.worklist import AttemptPath
from app.calls.status import closed_after
from app.messages import QT_TRANSLATE_NOOP, Message, message
from models import HangupBy

_HANGUP = {
    HangupBy.CLIENT.value: QT_TRANSLATE_NOOP("app", "the caller hung up"),
    HangupBy.EMPLOYEE.value: QT_TRANSLATE_NOOP("app", "the employee hung up"),
    HangupBy.SYSTEM.value: QT_TRANSLATE_NOOP("app", "the PBX ended the call"),
}


def explain_attempt(path: AttemptPath) -> list[Message]:
    """One line per step of one attempt."""
    lines = [
        message(
            QT_TRANSLATE_NOOP("app", "{time}: called, waited {seconds} s"),
            time=path.started_at.strftime("%H:%M"),
            seconds=path.wait_seconds,
        )
    ]
    if not path.steps:
        lines.append(message(QT_TRANSLATE_NOOP("app", "rang nobody (IVR or queue only)")))
    for step in path.steps:
        who = step.employee_name or step.extension or "?"
        lines.append(
            message(
                QT_TRANSLATE_NOOP("app", "rang {employee} for {seconds} s, no answer"),
                employee=who,
                seconds=step.rang_seconds,
            )
        )
    if path.hangup_by in _HANGUP:
        lines.append(Message(_HANGUP[path.hangup_by]))
    return lines


def explain_item(item: CallbackItem, paths: list[AttemptPath]) -> list[Message]:
    """The whole item: each attempt's path, the unanswered calls back, what closed it."""
    lines: list[Message] = []
    for path in paths:
        lines.extend(explain_attempt(path))
    for attempt in item.callback_attempts:
        lines.append(
            message(
                QT_TRANSLATE_NOOP("app", "{time}: {employee} called back, no answer"),
                time=attempt.started_at.strftime("%H:%M"),
                employee=attempt.employee_name or "?",
            )
        )
    closer = item.closed_by
    if closer is None:
        lines.append(
            message(QT_TRANSLATE_NOOP("app", "Still open: nobody has talked to the caller"))
        )
    else:
        lines.append(closed_text(item))
    return lines


def closed_text(item: CallbackItem) -> Message:
    """ "closed by Ivanova after 32 min" — the worklist's text of a closed item."""
    closer = item.closed_by
    assert closer is not None
    return closed_after(closer.employee_name, item.first_at, closer.at)
