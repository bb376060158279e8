"""The call journal's queries: pages by keyset, new calls, capped counts, the "no answer" mark.

Every list query is an index range scan in display order (DESIGN.md §6). A filter that needs
several values of one key (directions, statuses, matched numbers...) runs one ordered keyset
query per value, each served by its ``(key, started_at, id)`` index, and the sorted streams
are merged here. The streams read keys only; the page's rows are then fetched by id, and
names by id in small lookups, so no join ever changes the plan. Operators and accountants
only ever get calls they took part in (``call_participants``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    Table,
    and_,
    exists,
    false,
    func,
    literal,
    or_,
    select,
    union_all,
    update,
)
from sqlalchemy.orm import Session

from app.auth import CurrentUser
from app.journal_filter import (
    PERIOD_PRESET_LABELS,
    FilterError,
    JournalFilter,
    PeriodPreset,
    period,
)
from app.journal_search import SearchMatch, SearchTimeout, resolve_search
from app.status import CallFacts, explain_status, is_missed, needs_attention
from models import Call, CallParticipant, Client, ContactPerson, Direction, Employee, Phone

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
    "period",
    "resolve_search",
]

PAGE_SIZE = 200
Key = tuple[datetime, int]

_calls = cast(Table, Call.__table__)
_parts = cast(Table, CallParticipant.__table__)
# Any SELECT: SQLAlchemy 2.1 types a Select by the tuple of its columns.
AnySelect = Select[*tuple[Any, ...]]


class JournalError(Exception):
    """A journal command the user cannot do; the message says why."""


@dataclass(frozen=True)
class JournalRow:
    """One line of the journal, with everything its columns and tooltips need."""

    id: int
    started_at: datetime
    answered_at: datetime | None
    ended_at: datetime | None
    direction: str
    disposition: str
    status: str
    number: str
    client_id: int | None  # the client at call time, else the number's owner now
    client_name: str | None
    contact_name: str | None
    number_known: bool
    employee_id: int | None
    employee_name: str | None
    employee_position: str | None
    participant_names: tuple[str, ...]  # everyone who took part, the main employee first
    responsible_id: int | None
    responsible_name: str | None  # the client's responsible manager at call time
    wait_seconds: int
    talk_seconds: int
    transfer_count: int
    hangup_by: str | None
    cost: Decimal | None
    comment: str | None
    resolved_by_call_id: int | None
    resolved_at: datetime | None
    resolved_by_name: str | None  # who answered the contact that resolved a missed call
    dismissed_at: datetime | None
    dismissed_by_name: str | None

    @property
    def key(self) -> Key:
        """The keyset cursor: pass the last row's key as ``after`` for the next page."""
        return (self.started_at, self.id)

    @property
    def first_contact(self) -> bool:
        return not self.number_known and self.direction != Direction.INTERNAL

    @property
    def responsible_match(self) -> bool:
        return self.responsible_id is not None and self.responsible_id == self.employee_id

    @property
    def has_comment(self) -> bool:
        return bool(self.comment)

    @property
    def facts(self) -> CallFacts:
        return CallFacts(
            direction=self.direction,
            disposition=self.disposition,
            number_known=self.number_known,
            started_at=self.started_at,
            resolved_at=self.resolved_at,
            dismissed_at=self.dismissed_at,
        )

    @property
    def missed(self) -> bool:
        return is_missed(self.facts)

    @property
    def needs_attention(self) -> bool:
        return needs_attention(self.facts)

    @property
    def status_explanation(self) -> str:
        """The tooltip that says why the call has its status."""
        return explain_status(
            self.facts, resolved_by=self.resolved_by_name, dismissed_by=self.dismissed_by_name
        )


# -- query plan: which index drives, what is left as a per-row condition ------------------


@dataclass(frozen=True)
class _Stream:
    """One ordered keyset scan: ``key = value`` on an index ending in (started_at, id)."""

    index: str
    column: str | None  # a calls column, "participant" or None (the period index)
    value: Any = None
    extra: tuple[ColumnElement[bool], ...] = ()


@dataclass(frozen=True)
class _Plan:
    streams: tuple[_Stream, ...]
    residual: tuple[ColumnElement[bool], ...]

    @property
    def empty(self) -> bool:
        return not self.streams


def _hint(stmt: AnySelect, table: Any, index: str) -> AnySelect:
    text = f"FORCE INDEX ({index})"
    return stmt.with_hint(table, text, dialect_name="mysql").with_hint(
        table, text, dialect_name="mariadb"
    )


def _participated(employee_id: int) -> ColumnElement[bool]:
    # An alias: the driving query may itself read call_participants.
    p = _parts.alias("took_part")
    return (
        exists().where(p.c.call_id == _calls.c.id, p.c.employee_id == employee_id).correlate(_calls)
    )


def _kind_condition(flt: JournalFilter) -> ColumnElement[bool] | None:
    directions = flt.directions()
    statuses = flt.missed_statuses()
    if len(directions) == 3 and not statuses:
        return None
    parts: list[ColumnElement[bool]] = []
    if directions:
        parts.append(_calls.c.direction.in_(sorted(directions)))
    if statuses:
        parts.append(
            and_(
                _calls.c.direction == Direction.INCOMING.value,
                _calls.c.status.in_(sorted(statuses)),
            )
        )
    return or_(*parts) if parts else false()


def _search_condition(match: SearchMatch) -> ColumnElement[bool]:
    parts: list[ColumnElement[bool]] = []
    if match.numbers:
        parts.append(_calls.c.external_number.in_(match.numbers))
    if match.client_ids:
        parts.append(_calls.c.client_id.in_(match.client_ids))
    if match.employee_ids:
        p = _parts.alias("searched")
        parts.append(
            exists()
            .where(p.c.call_id == _calls.c.id, p.c.employee_id.in_(match.employee_ids))
            .correlate(_calls)
        )
    return or_(*parts) if parts else false()


def _narrowing(flt: JournalFilter) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if flt.first_contacts:
        conds.append(_calls.c.number_known.is_(False))
    if flt.unregistered:
        # A scalar subquery, not NOT EXISTS: MariaDB would materialise all phones for that;
        # this is one probe of the unique number index per row.
        phones = cast(Table, Phone.__table__)
        owner = (
            select(phones.c.id)
            .where(phones.c.number == _calls.c.external_number)
            .limit(1)
            .scalar_subquery()
        )
        conds.append(owner.is_(None))
    return conds


def _plan(flt: JournalFilter, viewer: CurrentUser, match: SearchMatch | None) -> _Plan:
    own_only = flt.my_calls or not viewer.sees_all_calls
    residual = _narrowing(flt)
    kind = _kind_condition(flt)
    if match is not None:
        # The search keys drive: they are the most selective thing the user can ask for.
        streams = [_Stream("ix_calls_number_period", "external_number", n) for n in match.numbers]
        streams += [_Stream("ix_calls_client_period", "client_id", c) for c in match.client_ids]
        streams += [_Stream("PRIMARY", "participant", e) for e in match.employee_ids]
        if kind is not None:
            residual.append(kind)
        if own_only:
            residual.append(_participated(viewer.id))
        return _Plan(tuple(streams), tuple(residual))
    if own_only:
        if kind is not None:
            residual.append(kind)
        return _Plan((_Stream("PRIMARY", "participant", viewer.id),), tuple(residual))
    directions = flt.directions()
    statuses = flt.missed_statuses()
    if len(directions) == 3 and not statuses:
        return _Plan((_Stream("ix_calls_period", None),), tuple(residual))
    streams = [_Stream("ix_calls_direction_period", "direction", d) for d in sorted(directions)]
    for s in sorted(statuses):
        # Internal calls nobody answered also have the status "no answer": not missed ones.
        extra = (_calls.c.direction == Direction.INCOMING.value,) if s == "no_answer" else ()
        streams.append(_Stream("ix_calls_status_period", "status", s, extra))
    return _Plan(tuple(streams), tuple(residual))


def _key_query(
    flt: JournalFilter,
    stream: _Stream,
    residual: Sequence[ColumnElement[bool]],
    before: Key | None,
    limit: int,
) -> AnySelect:
    """Keys of one stream, newest first, strictly before ``before``."""
    if stream.column == "participant":
        t, i = _parts.c.started_at, _parts.c.call_id
        stmt: AnySelect = select(t, i)
        if residual:
            stmt = stmt.select_from(_parts.join(_calls, _calls.c.id == _parts.c.call_id))
            stmt = stmt.prefix_with("STRAIGHT_JOIN", dialect="mysql").prefix_with(
                "STRAIGHT_JOIN", dialect="mariadb"
            )
            stmt = _hint(stmt, _calls, "PRIMARY")
        else:
            stmt = stmt.select_from(_parts)
        stmt = _hint(stmt, _parts, stream.index).where(_parts.c.employee_id == stream.value)
    else:
        t, i = _calls.c.started_at, _calls.c.id
        stmt = _hint(select(t, i).select_from(_calls), _calls, stream.index)
        if stream.column is not None:
            stmt = stmt.where(_calls.c[stream.column] == stream.value)
    stmt = stmt.where(t >= flt.period_start, t < flt.period_end, *stream.extra, *residual)
    if before is not None:
        # The expanded seek: MariaDB uses the index for it, not for the row-value form.
        stmt = stmt.where(t <= before[0], or_(t < before[0], i < before[1]))
    return stmt.order_by(t.desc(), i.desc()).limit(limit)


# Streams go to the server in one UNION ALL of ordered, limited scans (one round trip).
_STREAMS_PER_STATEMENT = 60


def _union(conn: Connection, stmts: Sequence[AnySelect]) -> AnySelect | Any:
    if len(stmts) == 1:
        return stmts[0]
    if conn.dialect.name == "sqlite":
        # SQLite takes no LIMIT on a compound's members; a subquery keeps each one's plan.
        wrapped = [select(*sub.c).select_from(sub) for sub in (st.subquery() for st in stmts)]
        return union_all(*wrapped)
    return union_all(*stmts)  # MySQL: "(SELECT ... LIMIT n) UNION ALL (...)"


def _merged_keys(
    conn: Connection, plan: _Plan, flt: JournalFilter, before: Key | None, limit: int
) -> list[Key]:
    if plan.empty:
        return []
    stmts = [_key_query(flt, stream, plan.residual, before, limit) for stream in plan.streams]
    found: list[Key] = []
    for start in range(0, len(stmts), _STREAMS_PER_STATEMENT):
        chunk = stmts[start : start + _STREAMS_PER_STATEMENT]
        found += [(r[0], r[1]) for r in conn.execute(_union(conn, chunk))]
    if len(stmts) == 1:
        return found
    # Each stream brought its own newest ``limit`` keys: the page is the newest of them all.
    found.sort(reverse=True)
    keys: list[Key] = []
    last_id: int | None = None
    for key in found:
        if key[1] == last_id:  # the same call matched by two keys (a number and a client)
            continue
        last_id = key[1]
        keys.append(key)
        if len(keys) == limit:
            break
    return keys


def _disjoint(plan: _Plan) -> bool:
    """Whether no call can come from two streams (one direction, one status, one client...)."""
    columns = {s.column for s in plan.streams}
    return (len(columns) == 1 and "participant" not in columns) or len(plan.streams) == 1


def _count(conn: Connection, plan: _Plan, flt: JournalFilter, cap: int) -> int:
    """Calls of the plan, counting no further than cap + 1."""
    if plan.empty:
        return 0
    if not _disjoint(plan):
        return len(_merged_keys(conn, plan, flt, None, cap + 1))
    # Disjoint streams: each counts on the server, over its index, up to cap + 1.
    counts = []
    for stream in plan.streams:
        sub = _key_query(flt, stream, plan.residual, None, cap + 1).subquery()
        counts.append(select(func.count().label("n")).select_from(sub))
    total = 0
    for start in range(0, len(counts), _STREAMS_PER_STATEMENT):
        chunk = counts[start : start + _STREAMS_PER_STATEMENT]
        stmt = chunk[0] if len(chunk) == 1 else union_all(*chunk)
        total += sum(int(n) for n in conn.scalars(stmt))
    return total


def page_statements(
    flt: JournalFilter,
    viewer: CurrentUser,
    after: Key | None = None,
    limit: int = PAGE_SIZE,
    *,
    search: SearchMatch | None = None,
) -> list[AnySelect]:
    """The keyset queries a page runs (one per stream), e.g. to EXPLAIN them."""
    plan = _plan(flt, viewer, search)
    return [_key_query(flt, s, plan.residual, after, limit) for s in plan.streams]


def newer_statement(
    flt: JournalFilter,
    viewer: CurrentUser,
    after_id: int,
    watermark: int,
    limit: int = 500,
    *,
    search: SearchMatch | None = None,
) -> AnySelect:
    """The query of :func:`fetch_newer`: a primary-key range above the last poll."""
    conds: list[ColumnElement[bool]] = [
        _calls.c.id > after_id,
        _calls.c.id <= watermark,
        _calls.c.started_at >= flt.period_start,
        _calls.c.started_at < flt.period_end,
        *_narrowing(flt),
    ]
    kind = _kind_condition(flt)
    if kind is not None:
        conds.append(kind)
    if flt.my_calls or not viewer.sees_all_calls:
        conds.append(_participated(viewer.id))
    if search is not None:
        conds.append(_search_condition(search))
    stmt = _hint(select(_calls.c.id).select_from(_calls), _calls, "PRIMARY")
    return stmt.where(*conds).order_by(_calls.c.id.desc()).limit(limit + 1)


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
    plan = _plan(flt, viewer, match)
    keys = _merged_keys(conn, plan, flt, after, limit)
    return _rows_for(conn, [k[1] for k in keys])


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
    n = _count(conn, _plan(flt, viewer, match), flt, cap)
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
    rows = _rows_for(conn, ids[:limit])
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
    if match is None and flt.search_text:
        return
    after: Key | None = None
    while True:
        page = fetch_page(conn, flt, viewer, after, batch, search=match)
        if not page:
            return
        yield page
        if len(page) < batch:
            return
        after = page[-1].key


# -- rows and names -----------------------------------------------------------------------

_ROW_COLUMNS = (
    _calls.c.id,
    _calls.c.started_at,
    _calls.c.answered_at,
    _calls.c.ended_at,
    _calls.c.direction,
    _calls.c.disposition,
    _calls.c.status,
    _calls.c.external_number,
    _calls.c.client_id,
    _calls.c.contact_id,
    _calls.c.number_known,
    _calls.c.employee_id,
    _calls.c.responsible_id,
    _calls.c.wait_seconds,
    _calls.c.talk_seconds,
    _calls.c.transfer_count,
    _calls.c.hangup_by,
    _calls.c.cost,
    _calls.c.comment,
    _calls.c.resolved_by_call_id,
    _calls.c.resolved_at,
    _calls.c.dismissed_by_id,
    _calls.c.dismissed_at,
)


def _names(
    conn: Connection, employee_ids: set[int], client_ids: set[int], contact_ids: set[int]
) -> tuple[dict[int, tuple[str, str]], dict[int, str], dict[int, str]]:
    """Names by id for a page, in one round trip."""
    parts: list[AnySelect] = []
    if employee_ids:
        parts.append(
            select(literal("e"), Employee.id, Employee.full_name, Employee.position).where(
                Employee.id.in_(sorted(employee_ids))
            )
        )
    if client_ids:
        parts.append(
            select(literal("c"), Client.id, Client.display_name, literal("")).where(
                Client.id.in_(sorted(client_ids))
            )
        )
    if contact_ids:
        parts.append(
            select(literal("p"), ContactPerson.id, ContactPerson.full_name, literal("")).where(
                ContactPerson.id.in_(sorted(contact_ids))
            )
        )
    employees: dict[int, tuple[str, str]] = {}
    clients: dict[int, str] = {}
    contacts: dict[int, str] = {}
    if parts:
        for kind, row_id, name, extra in conn.execute(
            union_all(*parts) if len(parts) > 1 else parts[0]
        ):
            if kind == "e":
                employees[row_id] = (name, extra)
            elif kind == "c":
                clients[row_id] = name
            else:
                contacts[row_id] = name
    return employees, clients, contacts


def _rows_for(conn: Connection, ids: Sequence[int]) -> list[JournalRow]:
    """Full rows for call ids, in the given order; names come in a few lookups by id."""
    if not ids:
        return []
    resolver = _calls.alias("resolver")
    phones = cast(Table, Phone.__table__)
    stmt = (
        select(
            *_ROW_COLUMNS,
            resolver.c.employee_id.label("resolver_id"),
            phones.c.client_id.label("owner_id"),
        )
        .select_from(
            _calls.outerjoin(resolver, resolver.c.id == _calls.c.resolved_by_call_id).outerjoin(
                # A number unknown at call time may belong to a client now: show that client.
                phones,
                and_(_calls.c.client_id.is_(None), phones.c.number == _calls.c.external_number),
            )
        )
        .where(_calls.c.id.in_(ids))
    )
    fetched = {r.id: r for r in conn.execute(stmt)}
    calls = [fetched[i] for i in ids if i in fetched]
    participants: dict[int, list[int]] = {}
    for call_id, emp_id in conn.execute(
        select(_parts.c.call_id, _parts.c.employee_id).where(_parts.c.call_id.in_(ids))
    ):
        participants.setdefault(call_id, []).append(emp_id)
    employee_ids: set[int] = set()
    for c in calls:
        employee_ids.update(
            i
            for i in (c.employee_id, c.responsible_id, c.dismissed_by_id, c.resolver_id)
            if i is not None
        )
        employee_ids.update(participants.get(c.id, ()))
    client_ids = {i for c in calls if (i := c.client_id or c.owner_id) is not None}
    contact_ids = {c.contact_id for c in calls if c.contact_id is not None}
    employees, clients, contacts = _names(conn, employee_ids, client_ids, contact_ids)

    def name(emp_id: int | None) -> str | None:
        found = employees.get(emp_id) if emp_id is not None else None
        return found[0] if found is not None else None

    rows = []
    for c in calls:
        client_id = c.client_id if c.client_id is not None else c.owner_id
        main = employees.get(c.employee_id) if c.employee_id is not None else None
        people = participants.get(c.id, [])
        ordered = [c.employee_id] if c.employee_id in people else []
        ordered += sorted(p for p in people if p != c.employee_id)
        rows.append(
            JournalRow(
                id=c.id,
                started_at=c.started_at,
                answered_at=c.answered_at,
                ended_at=c.ended_at,
                direction=c.direction,
                disposition=c.disposition,
                status=c.status,
                number=c.external_number,
                client_id=client_id,
                client_name=clients.get(client_id) if client_id is not None else None,
                contact_name=contacts.get(c.contact_id) if c.contact_id is not None else None,
                number_known=bool(c.number_known),
                employee_id=c.employee_id,
                employee_name=main[0] if main is not None else None,
                employee_position=main[1] if main is not None else None,
                participant_names=tuple(n for n in (name(p) for p in ordered) if n),
                responsible_id=c.responsible_id,
                responsible_name=name(c.responsible_id),
                wait_seconds=c.wait_seconds,
                talk_seconds=c.talk_seconds,
                transfer_count=c.transfer_count,
                hangup_by=c.hangup_by,
                cost=Decimal(c.cost) if c.cost is not None else None,
                comment=c.comment,
                resolved_by_call_id=c.resolved_by_call_id,
                resolved_at=c.resolved_at,
                resolved_by_name=name(c.resolver_id),
                dismissed_at=c.dismissed_at,
                dismissed_by_name=name(c.dismissed_by_id),
            )
        )
    return rows


# -- commands -----------------------------------------------------------------------------


def dismiss_no_answer(
    session: Session, call_id: int, who: CurrentUser, now: datetime | None = None
) -> datetime:
    """Remove the "no answer" mark of a missed call (supervisors and administrators).

    Writes who and when in the caller's transaction; a call already dismissed keeps its
    first dismissal. Returns the time of the dismissal.
    """
    if not who.sees_all_calls:
        raise JournalError("Only a supervisor or an administrator can remove the 'no answer' mark.")
    call = session.execute(
        select(_calls.c.direction, _calls.c.disposition, _calls.c.dismissed_at)
        .where(_calls.c.id == call_id)
        .with_for_update()
    ).first()
    if call is None:
        raise JournalError(f"Call {call_id} does not exist (it may have been deleted).")
    if call.direction != Direction.INCOMING.value or call.disposition == "answered":
        raise JournalError("Only a missed incoming call has a 'no answer' mark to remove.")
    if call.dismissed_at is not None:
        return call.dismissed_at  # type: ignore[no-any-return]
    when = (now or datetime.now()).replace(microsecond=0)
    session.execute(
        update(_calls)
        .where(_calls.c.id == call_id, _calls.c.dismissed_at.is_(None))
        .values(dismissed_by_id=who.id, dismissed_at=when)
    )
    session.flush()
    return when
