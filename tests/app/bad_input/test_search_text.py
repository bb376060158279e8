"""Property tests over the search text of the journal and of the client directory, on a small
seeded journal on SQLite and MariaDB: any text a user types or pastes runs (or is refused
with the filter's message), wildcards are matched as the characters they are, and nothing is
written."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.clients.directory import ClientFilter
from app.clients.directory import fetch_page as client_page
from app.database import Database
from app.demo.seed import SeedPlan, seed
from app.journal.filter import FilterError, JournalFilter
from app.journal.query import fetch_page as journal_page
from app.journal.search import SearchTimeout
from models import Call, Client, Role
from tests.app.bad_input.support import FEW, PASTED, tried
from tests.conftest import BACKENDS, migrated_database
from tests.support.clock_support import NOW
from tests.support.ui_support import user_with_role

WILDCARDS = st.lists(st.sampled_from(["%", "_", "\\", "%%", "\\%", "_%_"]), min_size=1).map("".join)


@pytest.fixture(scope="module", params=BACKENDS)
def db(request: pytest.FixtureRequest) -> Iterator[Database]:
    with migrated_database(request, request.param) as engine:
        seed(engine, SeedPlan(calls=150, clients=30, days=3, seed=5, now=NOW))
        yield Database(engine)


def _counts(db: Database) -> tuple[int, int]:
    with db.engine.connect() as conn:
        return (
            int(conn.scalar(select(func.count()).select_from(Call)) or 0),
            int(conn.scalar(select(func.count()).select_from(Client)) or 0),
        )


@FEW
@given(text=st.one_of(PASTED, WILDCARDS, st.text(min_size=90, max_size=300)))
@example(text="%")
@example(text="_")
@example(text="' OR 1=1 --")
@example(text="\x00")
@example(text="+7 (9")
def test_any_search_text_runs_or_is_refused_and_writes_nothing(text: str, db: Database) -> None:
    tried("search text (journal and clients)")
    before = _counts(db)
    supervisor = user_with_role(db, Role.SUPERVISOR)
    flt = JournalFilter(NOW - timedelta(days=5), NOW + timedelta(days=1), search=text)
    with db.engine.connect() as conn:
        try:
            calls = journal_page(conn, flt, supervisor)
        except (FilterError, SearchTimeout) as e:
            assert str(e)
            calls = None
        clients = client_page(conn, ClientFilter(search=text), supervisor)
        clients_by_name = client_page(conn, ClientFilter(name=text), supervisor)
    if set(text.strip()) <= set("%_\\") and text.strip():
        # Wildcards are characters: no seeded name or number contains them.
        assert calls == [] or calls is None
        assert clients == [] and clients_by_name == []
    assert _counts(db) == before
