"""A prepared journal query: the filter validated and its search resolved once (both DBs)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from sqlalchemy import Connection, func, select, update

from app.database import Database
from app.journal.filter import FilterError, JournalFilter
from app.journal.query import JournalQuery, count_capped, fetch_page, prepare
from models import Call, Client, Role
from tests.support.clock_support import NOW
from tests.support.ui_support import user_with_role

pytestmark = pytest.mark.seed(calls=400, clients=40, days=10, seed=5)

BASE = JournalFilter(period_start=NOW - timedelta(days=10), period_end=NOW + timedelta(days=1))
WORD = "Зюйдвестка"  # in no demo name


def _calls_of(conn: Connection, client_id: int) -> list[int]:
    """The supervisor's default view of one client's calls, newest first, by hand."""
    rows = conn.execute(
        select(Call.id)
        .where(
            Call.client_id == client_id,
            Call.direction.in_(("in", "out")),
            Call.started_at >= BASE.period_start,
            Call.started_at < BASE.period_end,
        )
        .order_by(Call.started_at.desc(), Call.id.desc())
    )
    return [r.id for r in rows]


def _walk(conn: Connection, query: JournalQuery, limit: int) -> list[int]:
    ids: list[int] = []
    after: tuple[datetime, int] | None = None
    while True:
        page = query.page(conn, after, limit)
        ids += [r.id for r in page]
        if len(page) < limit:
            return ids
        after = page[-1].key


def test_a_bad_filter_is_refused_when_prepared(db: Database) -> None:
    sup = user_with_role(db, Role.SUPERVISOR)
    with db.engine.connect() as conn, pytest.raises(FilterError, match="ends before it starts"):
        prepare(conn, replace(BASE, period_end=BASE.period_start), sup)


def test_the_prepared_search_is_the_one_resolved_when_the_filter_was_applied(
    db: Database,
) -> None:
    sup = user_with_role(db, Role.SUPERVISOR)
    flt = replace(BASE, search=WORD)
    with db.engine.connect() as conn:
        client_id = conn.scalar(
            select(Call.client_id)
            .where(Call.client_id.is_not(None), Call.started_at >= BASE.period_start)
            .group_by(Call.client_id)
            .order_by(func.count().desc(), Call.client_id)
            .limit(1)
        )
        assert client_id is not None
        expected = _calls_of(conn, client_id)
        before = prepare(conn, flt, sup)
    assert len(expected) > 3
    assert before.search is not None and before.search.empty
    with db.transaction() as s:  # the client is renamed after the filter was applied
        s.execute(update(Client).where(Client.id == client_id).values(display_name=f"ООО {WORD}"))
    with db.engine.connect() as conn:
        # The applied filter keeps its resolved keys for every page, poll and count ...
        assert before.page(conn) == []
        assert before.count(conn) == (0, False)
        assert before.newer(conn, 0).rows == []
        # ... applying it again resolves the search anew and pages through the client's calls.
        again = prepare(conn, flt, sup)
        assert again.search is not None and again.search.client_ids == (client_id,)
        assert _walk(conn, again, 3) == expected
        assert again.count(conn) == (len(expected), False)
        assert [r.id for r in fetch_page(conn, flt, sup, None, 500)] == expected
        assert count_capped(conn, flt, sup) == (len(expected), False)
