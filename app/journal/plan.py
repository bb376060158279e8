"""How the journal reads calls in display order: which index drives, what is left per row.

A filter that needs several values of one key (directions, statuses, matched numbers...)
runs one ordered keyset query per value ("stream"), each served by its
``(key, started_at, id)`` index with a LIMIT; the streams go to the server in one UNION ALL
and their keys are merged here. Operators and accountants are driven by
``call_participants``, so they only ever get calls they took part in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    Table,
    and_,
    bindparam,
    exists,
    false,
    func,
    or_,
    select,
    union_all,
)

from app.journal.filter import JournalFilter
from app.journal.search import SearchMatch
from app.staff.auth import CurrentUser
from models import Call, CallParticipant, CallStatus, Direction, Phone

PAGE_SIZE = 200
Key = tuple[datetime, int]

_calls = cast(Table, Call.__table__)
_parts = cast(Table, CallParticipant.__table__)
# Any SELECT: SQLAlchemy 2.1 types a Select by the tuple of its columns.
AnySelect = Select[*tuple[Any, ...]]


# -- query plan: which index drives, what is left as a per-row condition ------------------


@dataclass(frozen=True)
class _Stream:
    """One ordered keyset scan: ``key = value`` on an index ending in (started_at, id)."""

    index: str
    column: str | None  # a calls column, "participant" or None (the period index)
    value: Any = None
    extra: tuple[ColumnElement[bool], ...] = ()


@dataclass(frozen=True)
class Plan:
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
    if flt.statuses:
        conds.append(_calls.c.status.in_(sorted(flt.statuses)))
    return conds


def plan_for(flt: JournalFilter, viewer: CurrentUser, match: SearchMatch | None) -> Plan:
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
        return Plan(tuple(streams), tuple(residual))
    if own_only:
        if kind is not None:
            residual.append(kind)
        return Plan((_Stream("PRIMARY", "participant", viewer.id),), tuple(residual))
    if flt.statuses:
        # The status filter drives: one status index range per chosen status, the kind
        # toggles checked per row (a status is one of few values, mostly selective).
        if kind is not None:
            residual.append(kind)
        streams = [_Stream("ix_calls_status_period", "status", s) for s in sorted(flt.statuses)]
        return Plan(tuple(streams), tuple(residual))
    directions = flt.directions()
    statuses = flt.missed_statuses()
    if len(directions) == 3 and not statuses:
        return Plan((_Stream("ix_calls_period", None),), tuple(residual))
    streams = [_Stream("ix_calls_direction_period", "direction", d) for d in sorted(directions)]
    # Internal and outgoing calls nobody answered share these statuses: not missed ones.
    # One range of (direction, status) each: "busy" is mostly outgoing, rare incoming. (One
    # condition object for all: their key queries are one compiled text, see _union_text.)
    incoming = (_calls.c.direction == Direction.INCOMING.value,)
    for s in sorted(statuses):
        if s == CallStatus.LOST.value:  # only incoming calls are lost
            streams.append(_Stream("ix_calls_status_period", "status", s))
        else:
            streams.append(_Stream("ix_calls_direction_status_period", "status", s, incoming))
    return Plan(tuple(streams), tuple(residual))


def key_query(
    flt: JournalFilter,
    stream: _Stream,
    residual: Sequence[ColumnElement[bool]],
    before: Key | None,
    limit: int,
    *,
    from_end: bool = False,
) -> AnySelect:
    """Keys of one stream in display order (newest first unless ``flt.oldest_first``),
    strictly past the cursor ``before``.

    ``from_end`` reads from the other end: the reverse order with the mirrored seek (keys
    strictly before the cursor in display order, nearest first), on the same index.
    """
    if stream.column == "participant":
        t, i = _parts.c.started_at, _parts.c.call_id
        stmt: AnySelect = select(t, i.label("id"))  # a call's id, as every stream names it
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
    if flt.oldest_first != from_end:  # ascending
        if before is not None:
            stmt = stmt.where(t >= before[0], or_(t > before[0], i > before[1]))
        return stmt.order_by(t.asc(), i.asc()).limit(limit)
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


_VALUE = "stream_value"
_PARAMETER = re.compile(r"%\((\w+)\)s")


def _named_parameters(conn: Connection) -> bool:
    """Whether the driver takes ``%(name)s`` parameters (PyMySQL; mysqlclient takes ``%s``
    and keeps SQLAlchemy's union)."""
    dialect = conn.dialect
    return dialect.name in ("mysql", "mariadb") and dialect.paramstyle == "pyformat"


def _union_text(
    conn: Connection,
    streams: Sequence[_Stream],
    residual: Sequence[ColumnElement[bool]],
    flt: JournalFilter,
    before: Key | None,
    limit: int,
    from_end: bool,
) -> tuple[str, dict[str, Any]]:
    """The UNION ALL of the streams' key queries as SQL text and its parameters.

    Streams that differ only in their value (a search's 50 clients) share one compiled
    query, copied with the value's parameter renamed: building and compiling 50 statements
    in SQLAlchemy cost more than the server's work on them. The SQL is the compiler's, the
    values stay parameters.
    """
    templates: dict[tuple[str, str | None, tuple[ColumnElement[bool], ...]], int] = {}
    texts: list[str] = []
    params: dict[str, Any] = {}
    parts: list[str] = []
    for k, stream in enumerate(streams):
        shape = (stream.index, stream.column, stream.extra)
        if shape not in templates:
            n = templates[shape] = len(texts)
            shaped = replace(stream, value=bindparam(_VALUE, required=False))
            query = key_query(flt, shaped, residual, before, limit, from_end=from_end)
            compiled = query.compile(
                dialect=conn.dialect, compile_kwargs={"render_postcompile": True}
            )
            texts.append(_PARAMETER.sub(f"%(t{n}_\\1)s", compiled.string))
            params.update({f"t{n}_{name}": v for name, v in compiled.params.items()})
        n = templates[shape]
        parts.append("(" + texts[n].replace(f"%(t{n}_{_VALUE})s", f"%(v{k})s") + ")")
        params[f"v{k}"] = stream.value
    return " UNION ALL ".join(parts), params


def merged_keys(
    conn: Connection,
    plan: Plan,
    flt: JournalFilter,
    before: Key | None,
    limit: int,
    *,
    from_end: bool = False,
    as_text: bool = True,
) -> list[Key]:
    """The next ``limit`` keys past ``before`` in display order; ``from_end``: the ``limit``
    keys just before ``before`` (None: the last ones), nearest first (reverse display order).

    On MySQL/MariaDB several streams go as one SQL text (:func:`_union_text`); ``as_text``
    False builds every stream in SQLAlchemy instead (the same SQL, slower to make).
    """
    if plan.empty:
        return []
    found: list[Key] = []
    for start in range(0, len(plan.streams), _STREAMS_PER_STATEMENT):
        chunk = plan.streams[start : start + _STREAMS_PER_STATEMENT]
        if as_text and len(chunk) > 1 and _named_parameters(conn):
            sql, params = _union_text(conn, chunk, plan.residual, flt, before, limit, from_end)
            # The server merges the streams' keys (a year of 50 clients' calls is thousands
            # of keys) and sends the first ``limit`` of them, each call once.
            order = "DESC" if flt.oldest_first == from_end else "ASC"
            merged = (
                f"SELECT DISTINCT k.started_at, k.id FROM ({sql}) AS k "
                f"ORDER BY k.started_at {order}, k.id {order} LIMIT {int(limit)}"
            )
            rows: Any = conn.exec_driver_sql(merged, params)
        else:
            stmts = [
                key_query(flt, s, plan.residual, before, limit, from_end=from_end) for s in chunk
            ]
            rows = conn.execute(_union(conn, stmts))
        found += [(r[0], r[1]) for r in rows]
    if len(plan.streams) == 1:
        return found
    # Each stream brought its own first ``limit`` keys: the page is the first of them all.
    found.sort(reverse=flt.oldest_first == from_end)
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


def _disjoint(plan: Plan) -> bool:
    """Whether no call can come from two streams (one direction, one status, one client...)."""
    columns = {s.column for s in plan.streams}
    return (len(columns) == 1 and "participant" not in columns) or len(plan.streams) == 1


def capped_total(conn: Connection, plan: Plan, flt: JournalFilter, cap: int) -> int:
    """Calls of the plan, counting no further than cap + 1."""
    if plan.empty:
        return 0
    if not _disjoint(plan):
        if _named_parameters(conn) and len(plan.streams) <= _STREAMS_PER_STATEMENT:
            # The calls several streams share counted once, on the server: each stream's
            # first cap + 1 keys hold cap + 1 distinct calls whenever the plan has that many.
            sql, params = _union_text(
                conn, plan.streams, plan.residual, flt, None, cap + 1, from_end=False
            )
            distinct = f"SELECT COUNT(DISTINCT k.id) FROM ({sql}) AS k"
            return min(int(conn.exec_driver_sql(distinct, params).scalar() or 0), cap + 1)
        return len(merged_keys(conn, plan, flt, None, cap + 1))
    # Disjoint streams: each counts on the server, over its index, up to cap + 1.
    counts = []
    for stream in plan.streams:
        sub = key_query(flt, stream, plan.residual, None, cap + 1).subquery()
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
    from_end: bool = False,
) -> list[AnySelect]:
    """The keyset queries a page runs (one per stream), e.g. to EXPLAIN them; ``from_end``:
    those of a page read from the end (:meth:`app.journal.query.JournalQuery.page_before`)."""
    plan = plan_for(flt, viewer, search)
    return [key_query(flt, s, plan.residual, after, limit, from_end=from_end) for s in plan.streams]


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
