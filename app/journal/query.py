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
    capped_total,
    merged_keys,
    newer_statement,
    page_statements,
    plan_for,
)
from app.journal.rows import JournalRow, rows_for
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
    "resolve_search",
]


_calls = cast(Table, Call.__table__)


class JournalError(UserFacingError):
    """A journal command the user cannot do; the message says why."""


def _resolved_match(
    conn: Connection, flt: JournalFilter, search: SearchMatch | None
) -> SearchMatch | None:
    flt.validate()
    if not flt.search_text:
        return None
    return search if search is not None else resolve_search(conn, flt)


# -- public queries ---------------------------------------------------------------------


def fetch_page(
    conn: Connection,
    flt: JournalFilter,
    viewer: CurrentUser,
    after: Key | None = None,
    limit: int = PAGE_SIZE,
    *,
    search: SearchMatch | None = None,
) -> list[JournalRow]:
    """The next ``limit`` rows after the cursor ``after`` (None: the top), newest first.

    ``search`` is the filter's search already resolved by :func:`resolve_search` (so the
    GUI can show its note and paging does not repeat the lookup); resolved here otherwise.
    Raises :class:`FilterError` for a filter that cannot run, :class:`SearchTimeout` when a
    substring number search hits the server's time limit.
    """
    match = _resolved_match(conn, flt, search)
    plan = plan_for(flt, viewer, match)
    keys = merged_keys(conn, plan, flt, after, limit)
    return rows_for(conn, [k[1] for k in keys])


def count_capped(
    conn: Connection,
    flt: JournalFilter,
    viewer: CurrentUser,
    cap: int = 1000,
    *,
    search: SearchMatch | None = None,
) -> tuple[int, bool]:
    """How many calls the filter shows, counting no further than ``cap`` ("1000+")."""
    match = _resolved_match(conn, flt, search)
    n = capped_total(conn, plan_for(flt, viewer, match), flt, cap)
    return min(n, cap), n > cap


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


def fetch_newer(
    conn: Connection,
    flt: JournalFilter,
    viewer: CurrentUser,
    after_id: int,
    limit: int = 500,
    *,
    search: SearchMatch | None = None,
) -> NewCalls:
    """Calls with an id above ``after_id`` (written later) that the filter shows.

    By id rather than start time: a long call is written when it ends, after shorter calls
    that started later, and must still appear. Its rows are sorted by (started_at, id)
    descending; a row may start before the journal's top row.
    """
    match = _resolved_match(conn, flt, search)
    watermark = max(newest_call_id(conn), after_id)
    if watermark == after_id or (match is not None and match.empty):
        return NewCalls([], watermark, True)
    stmt = newer_statement(flt, viewer, after_id, watermark, limit, search=match)
    ids = list(conn.scalars(stmt))
    rows = rows_for(conn, ids[:limit])
    rows.sort(key=lambda r: r.key, reverse=True)
    return NewCalls(rows, watermark, len(ids) <= limit)


def iter_rows(
    conn: Connection,
    flt: JournalFilter,
    viewer: CurrentUser,
    batch: int = 1000,
    *,
    search: SearchMatch | None = None,
) -> Iterator[list[JournalRow]]:
    """All rows of the filter in display order, a page at a time (exports)."""
    match = _resolved_match(conn, flt, search)
    after: Key | None = None
    while True:
        page = fetch_page(conn, flt, viewer, after, batch, search=match)
        if not page:
            return
        yield page
        if len(page) < batch:
            return
        after = page[-1].key


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
