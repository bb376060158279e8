"""A call's comment (<= 200 characters): saved or deleted with an optimistic version check.

Two people editing the same comment never overwrite each other silently: the write only
succeeds while ``calls.comment_version`` is still the one the editor started from;
otherwise :class:`CommentConflict` carries both texts so the user chooses.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import cast

from sqlalchemy import Connection, Table, select, update
from sqlalchemy.orm import Session

from app import clock
from app.messages import QT_TRANSLATE_NOOP, Message, UserFacingError
from app.staff.auth import CurrentUser
from models import Call, Employee

MAX_COMMENT_LENGTH = 200

_calls = cast(Table, Call.__table__)


class CommentError(UserFacingError, ValueError):
    """A comment that cannot be saved; the message says why."""


class CommentTooLong(CommentError):
    def __init__(self, length: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "app",
                "The comment has {length} characters; at most {limit} are allowed. "
                "Shorten it — nothing was saved.",
            ),
            length=length,
            limit=MAX_COMMENT_LENGTH,
        )
        self.length = length


@dataclass(frozen=True)
class CommentState:
    """The comment as stored: text (None when there is none), author, time, version."""

    call_id: int
    text: str | None
    author_name: str | None
    at: datetime | None
    version: int


class CommentConflict(CommentError):
    """Someone else changed the comment after the editor read it."""

    def __init__(self, theirs: CommentState, yours: str | None, your_version: int) -> None:
        who: object = theirs.author_name or Message(QT_TRANSLATE_NOOP("app", "another user"))
        if theirs.at is not None:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "app",
                    "The comment was changed by {employee} at {time} while you were editing it.",
                ),
                employee=who,
                time=f"{theirs.at:%H:%M}",
            )
        else:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "app", "The comment was changed by {employee} while you were editing it."
                ),
                employee=who,
            )
        self.theirs = theirs
        self.yours = yours
        self.your_version = your_version


def clean_comment(text: str | None) -> str | None:
    """Trim the ends; an empty comment means no comment. Over-long text is refused."""
    if text is None:
        return None
    stripped = text.strip()
    if len(stripped) > MAX_COMMENT_LENGTH:
        raise CommentTooLong(len(stripped))
    return stripped or None


def read_comment(conn: Connection | Session, call_id: int) -> CommentState:
    row = conn.execute(
        select(_calls.c.comment, _calls.c.comment_at, _calls.c.comment_version, Employee.full_name)
        .select_from(_calls)
        .outerjoin(Employee, Employee.id == _calls.c.comment_by_id)
        .where(_calls.c.id == call_id)
    ).first()
    if row is None:
        raise CommentError(
            QT_TRANSLATE_NOOP("app", "Call {call_id} does not exist (it may have been deleted)."),
            call_id=call_id,
        )
    return CommentState(call_id, row[0], row[3], row[1], row[2])


def save_comment(
    session: Session,
    call_id: int,
    text: str | None,
    expected_version: int,
    who: CurrentUser,
    now: datetime | None = None,
) -> CommentState:
    """Store ``text`` (None or blank deletes the comment) in the caller's transaction.

    ``expected_version`` is the ``comment_version`` the editor showed. Raises
    :class:`CommentTooLong` (nothing written) or :class:`CommentConflict`.
    """
    value = clean_comment(text)
    when = (now or clock.now()).replace(microsecond=0)
    result = session.execute(
        update(_calls)
        .where(_calls.c.id == call_id, _calls.c.comment_version == expected_version)
        .values(
            comment=value,
            comment_by_id=who.id,
            comment_at=when,
            comment_version=_calls.c.comment_version + 1,
        )
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        raise CommentConflict(_newest_state(session, call_id), value, expected_version)
    return CommentState(call_id, value, who.full_name, when, expected_version + 1)


def _newest_state(session: Session, call_id: int) -> CommentState:
    # A locking read: on MariaDB it sees the newest committed comment, not our snapshot.
    row = session.execute(
        select(
            _calls.c.comment, _calls.c.comment_at, _calls.c.comment_version, _calls.c.comment_by_id
        )
        .where(_calls.c.id == call_id)
        .with_for_update()
    ).first()
    if row is None:
        raise CommentError(
            QT_TRANSLATE_NOOP("app", "Call {call_id} does not exist (it may have been deleted)."),
            call_id=call_id,
        )
    author = None
    if row[3] is not None:
        author = session.scalar(select(Employee.full_name).where(Employee.id == row[3]))
    return CommentState(call_id, row[0], author, row[1], row[2])


def delete_comment(
    session: Session,
    call_id: int,
    expected_version: int,
    who: CurrentUser,
    now: datetime | None = None,
) -> CommentState:
    return save_comment(session, call_id, None, expected_version, who, now)
