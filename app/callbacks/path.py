"""Why a worklist item is open or closed, in words: whom each attempt rang, for how long,
who hung up, and what closed it (the side panel of the worklist)."""

from __future__ import annotations

from app.callbacks.items import CallbackItem
from app.callbacks.worklist import AttemptPath, PartStep
from app.calls.status import closed_after
from app.journal.details import CallDetails
from app.messages import QT_TRANSLATE_NOOP, Message, message
from models import Direction, HangupBy

_HANGUP = {
    HangupBy.CLIENT.value: QT_TRANSLATE_NOOP("app", "the caller hung up"),
    HangupBy.EMPLOYEE.value: QT_TRANSLATE_NOOP("app", "the employee hung up"),
    HangupBy.SYSTEM.value: QT_TRANSLATE_NOOP("app", "the PBX ended the call"),
}


def missed_call_path(details: CallDetails) -> list[Message]:
    """The path of a missed incoming call in words (the journal's side panel); nothing for
    other calls. Built from the parts the panel has already read: no query of its own."""
    if details.direction != Direction.INCOMING.value or details.answered_at is not None:
        return []
    steps = tuple(
        PartStep.of(p.employee_name, p.extension, p.started_at, p.answered_at, p.ended_at)
        for p in sorted(details.parts, key=lambda p: p.seq)
    )
    path = AttemptPath(
        details.id, details.started_at, details.wait_seconds, details.hangup_by, steps
    )
    return explain_attempt(path)[1:]  # the panel shows the start and the wait itself


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
