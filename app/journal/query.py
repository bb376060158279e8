"""The call journal's queries: pages by keyset, new calls, capped counts, the "no answer" mark.

The API the GUI's background worker calls; each function takes a Connection or Session the
caller opened and returns plain values. Every list query is an index range scan in display
order (DESIGN.md §6): how is in :mod:`app.journal.plan`, the rows in :mod:`app.journal.rows`.
Operators and accountants only ever get calls they took part in.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import cast

from sqlalchemy import Connection, Table, func, select, update
from sqlalchemy.orm import Session

from app import clock
from app.journal.filter import (
    PERIOD_PRESET_LABELS,
    FilterError,
    JournalFilter,
    PeriodPreset,
    period,
)
from app.journal.plan import (
    PAGE_SIZE,
    Key,
    Plan,
    capped_total,
    merged_keys,
    newer_statement,
    page_statements,
    plan_for,
)
from app.journal.rows import EVERYTHING, Extra, JournalRow, rows_for
from app.journal.search import SearchMatch, SearchTimeout, resolve_search
from app.messages import QT_TRANSLATE_NOOP, UserFacingError
from app.staff.auth import CurrentUser
from models import Call, Direction

__all__ = [
    "PAGE_SIZE",
    "PERIOD_PRESET_LABELS",
    "FilterError",
    "JournalError",
    "JournalFilter",
    "JournalQuery",
    "JournalRow",
    "NewCalls",
    "PeriodPreset",
    "SearchMatch",
    "SearchTimeout",
    "count_capped",
    "dismiss_no_answer",
    "fetch_newer",
    "fetch_page",
    "iter_rows",
    "newer_statement",
    "newest_call_id",
    "page_statements",
    "period",
    "prepare",
    "resolve_search",
]


_calls = cast(Table, Call.__table__)


class JournalError(UserFacingError):
    """A journal command the user cannot do; the message says why."""


@dataclass(frozen=True)
class NewCalls:
    """Calls written since the last poll that the filter shows, newest first.

    ``watermark`` is the ``after_id`` of the next poll. When ``complete`` is False there
    were more than the limit: reload the journal instead of inserting rows.
    """

    rows: list[JournalRow]
    watermark: int
    complete: bool


def newest_call_id(conn: Connection) -> int:
    """The watermark to start polling from, taken before the first page is fetched."""
    return int(conn.scalar(select(func.max(_calls.c.id))) or 0)


@dataclass(frozen=True)
class JournalQuery:
    """A filter made ready to run for one viewer: validated, its search resolved to keys and
    its index plan chosen, once — however many pages, polls and counts follow.

    Made by :func:`prepare`; the GUI's worker keeps one per filter. ``search`` is None when
    the filter has no search text (its :meth:`~SearchMatch.note` is the hint to show).
    """

    filter: JournalFilter
    viewer: CurrentUser
    search: SearchMatch | None
    plan: Plan

    def page(
        self,
        conn: Connection,
        after: Key | None = None,
        limit: int = PAGE_SIZE,
        extra: frozenset[Extra] = EVERYTHING,
    ) -> list[JournalRow]:
        """The next ``limit`` rows after the cursor ``after`` (None: the top), newest first;
        of the rows' optional parts only ``extra`` (the shown columns' needs)."""
        keys = merged_keys(conn, self.plan, self.filter, after, limit)
        return rows_for(conn, [k[1] for k in keys], extra)

    def page_before(
        self,
        conn: Connection,
        before: Key | None = None,
        limit: int = PAGE_SIZE,
        extra: frozenset[Extra] = EVERYTHING,
    ) -> list[JournalRow]:
        """The ``limit`` rows just before the cursor ``before`` (None: the last rows of the
        filter), in display order: a page read from the other end, for a jump to the end."""
        keys = merged_keys(conn, self.plan, self.filter, before, limit, from_end=True)
        return rows_for(conn, [k[1] for k in reversed(keys)], extra)

    def count(self, conn: Connection, cap: int = 1000) -> tuple[int, bool]:
        """How many calls the filter shows, counting no further than ``cap`` ("1000+")."""
        n = capped_total(conn, self.plan, self.filter, cap)
        return min(n, cap), n > cap

    def newer(
        self,
        conn: Connection,
        after_id: int,
        limit: int = 500,
        extra: frozenset[Extra] = EVERYTHING,
    ) -> NewCalls:
        """Calls with an id above ``after_id`` (written later) that the filter shows.

        By id rather than start time: a long call is written when it ends, after shorter
        calls that started later, and must still appear. Its rows are sorted by
        (started_at, id) descending; a row may start before the journal's top row.
        """
        watermark = max(newest_call_id(conn), after_id)
        if watermark == after_id or (self.search is not None and self.search.empty):
            return NewCalls([], watermark, True)
        stmt = newer_statement(
            self.filter, self.viewer, after_id, watermark, limit, search=self.search
        )
        ids = list(conn.scalars(stmt))
        rows = rows_for(conn, ids[:limit], extra)
        rows.sort(key=lambda r: r.key, reverse=True)
        return NewCalls(rows, watermark, len(ids) <= limit)

    def all_rows(self, conn: Connection, batch: int = 1000) -> Iterator[list[JournalRow]]:
        """All rows of the filter in display order, a page at a time (exports)."""
        after: Key | None = None
        while True:
            page = self.page(conn, after, batch)
            if not page:
                return
            yield page
            if len(page) < batch:
                return
            after = page[-1].key


def prepare(conn: Connection, flt: JournalFilter, viewer: CurrentUser) -> JournalQuery:
    """Validate the filter and resolve its search: the query its pages, polls and counts run.

    Raises :class:`FilterError` for a filter that cannot run, :class:`SearchTimeout` when a
    substring number search hits the server's time limit.
    """
    flt.validate()
    match = resolve_search(conn, flt)
    return JournalQuery(flt, viewer, match, plan_for(flt, viewer, match))


# -- one-off queries (each prepares the filter; the GUI keeps a prepared query instead) ---


def fetch_page(
    conn: Connection,
    flt: JournalFilter,
    viewer: CurrentUser,
    after: Key | None = None,
    limit: int = PAGE_SIZE,
) -> list[JournalRow]:
    """One page of the filter: :meth:`JournalQuery.page` of a query prepared for it."""
    return prepare(conn, flt, viewer).page(conn, after, limit)


def count_capped(
    conn: Connection, flt: JournalFilter, viewer: CurrentUser, cap: int = 1000
) -> tuple[int, bool]:
    """The filter's capped count: :meth:`JournalQuery.count` of a query prepared for it."""
    return prepare(conn, flt, viewer).count(conn, cap)


def fetch_newer(
    conn: Connection, flt: JournalFilter, viewer: CurrentUser, after_id: int, limit: int = 500
) -> NewCalls:
    """The filter's new calls: :meth:`JournalQuery.newer` of a query prepared for it."""
    return prepare(conn, flt, viewer).newer(conn, after_id, limit)


def iter_rows(
    conn: Connection, flt: JournalFilter, viewer: CurrentUser, batch: int = 1000
) -> Iterator[list[JournalRow]]:
    """All rows of the filter: :meth:`JournalQuery.all_rows` of a query prepared for it."""
    return prepare(conn, flt, viewer).all_rows(conn, batch)


# -- commands -----------------------------------------------------------------------------


def dismiss_no_answer(
    session: Session, call_id: int, who: CurrentUser, now: datetime | None = None
) -> datetime:
    """Remove the "no answer" mark of a missed call (supervisors and administrators).

    Writes who and when in the caller's transaction; a call already dismissed keeps its
    first dismissal. Returns the time of the dismissal.
    """
    if not who.sees_all_calls:
        raise JournalError(
            QT_TRANSLATE_NOOP(
                "app", "Only a supervisor or an administrator can remove the 'no answer' mark."
            ),
        )
    call = session.execute(
        select(_calls.c.direction, _calls.c.disposition, _calls.c.dismissed_at)
        .where(_calls.c.id == call_id)
        .with_for_update()
    ).first()
    if call is None:
        raise JournalError(
            QT_TRANSLATE_NOOP("app", "Call {call_id} does not exist (it may have been deleted)."),
            call_id=call_id,
        )
    if call.direction != Direction.INCOMING.value or call.disposition == "answered":
        raise JournalError(
            QT_TRANSLATE_NOOP(
                "app", "Only a missed incoming call has a 'no answer' mark to remove."
            ),
        )
    if call.dismissed_at is not None:
        return call.dismissed_at  # type: ignore[no-any-return]
    when = (now or clock.now()).replace(microsecond=0)
    session.execute(
        update(_calls)
        .where(_calls.c.id == call_id, _calls.c.dismissed_at.is_(None))
        .values(dismissed_by_id=who.id, dismissed_at=when)
    )
    session.flush()
    return when
