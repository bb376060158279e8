"""Comments: at most 200 characters, one transaction, optimistic conflicts (both DBs)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.database import Database
from app.journal.comments import (
    MAX_COMMENT_LENGTH,
    CommentConflict,
    CommentTooLong,
    delete_comment,
    read_comment,
    save_comment,
)
from models import Call, Role
from tests.support.ui_support import NOW, user_with_role

pytestmark = pytest.mark.seed(calls=60, clients=15, days=3, seed=5)


def _call_without_comment(db: Database) -> int:
    with db.engine.connect() as conn:
        call_id = conn.scalar(select(Call.id).where(Call.comment.is_(None)).limit(1))
    assert call_id is not None
    return int(call_id)


def test_save_edit_delete_with_author_and_version(db: Database) -> None:
    me = user_with_role(db, Role.OPERATOR)
    call_id = _call_without_comment(db)
    with db.engine.connect() as conn:
        start = read_comment(conn, call_id)
    assert start.text is None
    with db.transaction() as s:
        saved = save_comment(s, call_id, "  Перезвонить после обеда  ", start.version, me, NOW)
    assert saved.text == "Перезвонить после обеда" and saved.version == start.version + 1
    with db.engine.connect() as conn:
        stored = read_comment(conn, call_id)
    assert stored == saved
    assert stored.author_name == me.full_name and stored.at == NOW

    exact = "я" * MAX_COMMENT_LENGTH
    with db.transaction() as s:
        edited = save_comment(s, call_id, exact, stored.version, me, NOW)
    assert edited.text == exact
    with db.transaction() as s:
        gone = delete_comment(s, call_id, edited.version, me, NOW)
    with db.engine.connect() as conn:
        assert read_comment(conn, call_id).text is None
    assert gone.version == edited.version + 1


def test_too_long_is_refused_not_truncated(db: Database) -> None:
    me = user_with_role(db, Role.OPERATOR)
    call_id = _call_without_comment(db)
    with pytest.raises(CommentTooLong) as err, db.transaction() as s:
        save_comment(s, call_id, "x" * (MAX_COMMENT_LENGTH + 1), 0, me, NOW)
    assert "201" in str(err.value) and "200" in str(err.value)
    with db.engine.connect() as conn:
        state = read_comment(conn, call_id)
    assert state.text is None and state.version == 0


def test_conflict_carries_theirs_and_yours(db: Database) -> None:
    alice = user_with_role(db, Role.OPERATOR)
    bob = user_with_role(db, Role.SUPERVISOR)
    call_id = _call_without_comment(db)
    with db.engine.connect() as conn:
        seen_by_both = read_comment(conn, call_id).version
    with db.transaction() as s:
        save_comment(s, call_id, "Клиент ждет счет", seen_by_both, bob, NOW)
    with pytest.raises(CommentConflict) as err, db.transaction() as s:
        save_comment(s, call_id, "Перезвонить завтра", seen_by_both, alice, NOW)
    conflict = err.value
    assert conflict.theirs.text == "Клиент ждет счет"
    assert conflict.theirs.author_name == bob.full_name
    assert conflict.yours == "Перезвонить завтра"
    assert conflict.your_version == seen_by_both
    assert bob.full_name in str(conflict)
    # Alice chooses hers, knowingly, over the version she has now seen.
    with db.transaction() as s:
        mine = save_comment(s, call_id, conflict.yours, conflict.theirs.version, alice, NOW)
    with db.engine.connect() as conn:
        assert read_comment(conn, call_id) == mine
