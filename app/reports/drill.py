"""Drill-down: the calls behind one number of a report, as a selection the journal can show.

A :class:`CallSelection` is exact: :meth:`CallSelection.where` selects precisely the calls a
report cell counted (the report and the selection apply the same definitions).
:meth:`CallSelection.journal_filter` is the journal's filter bar for the same period and
kinds; when the selection is narrower than the filter bar can say (an operator, a queue, a
wait range...), ``journal_exact`` is False and the UI lists the calls with
:func:`app.reports.selection_page` (keyset pages in the journal's order) instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, select, true

from app.calls.status import MISSED_STATUS_VALUES
from app.journal.filter import JournalFilter
from models import CallParticipant, CallStatus, Direction


@dataclass(frozen=True)
class CallSelection:
    """Calls started in ``[period_start, period_end)`` (local time) and matching every
    non-empty field. ``hours_of_day`` / ``weekdays`` restrict the start's hour (0-23) /
    weekday (0 = Monday); ``wait_min`` / ``wait_max`` bound ``wait_seconds`` (inclusive).
    ``rang_ids``: calls in which one of these employees took part (was rung or talked).
    """

    period_start: datetime
    period_end: datetime
    directions: frozenset[str] = frozenset()
    statuses: frozenset[str] = frozenset()
    employee_ids: frozenset[int] = frozenset()
    rang_ids: frozenset[int] = frozenset()
    queues: frozenset[str] = frozenset()
    dids: frozenset[str] = frozenset()
    hours_of_day: frozenset[int] = frozenset()
    weekdays: frozenset[int] = frozenset()
    wait_min: int | None = None
    wait_max: int | None = None
    called_back: bool | None = None  # resolved_by_call_id set / not set
    transferred: bool | None = None
    hangup_by: frozenset[str] = frozenset()
    number: str | None = None

    def where(self, calls: Any) -> ColumnElement[bool]:
        """The condition over a ``calls`` table (or alias) selecting exactly these calls."""
        c = calls.c
        conds: list[ColumnElement[bool]] = [
            c.started_at >= self.period_start,
            c.started_at < self.period_end,
        ]
        if self.directions:
            conds.append(c.direction.in_(sorted(self.directions)))
        if self.statuses:
            conds.append(c.status.in_(sorted(self.statuses)))
        if self.employee_ids:
            conds.append(c.employee_id.in_(sorted(self.employee_ids)))
        if self.rang_ids:
            p = CallParticipant.__table__
            conds.append(
                exists(
                    select(p.c.call_id).where(
                        p.c.call_id == c.id, p.c.employee_id.in_(sorted(self.rang_ids))
                    )
                )
            )
        if self.queues:
            conds.append(c.queue.in_(sorted(self.queues)))
        if self.dids:
            conds.append(c.did.in_(sorted(self.dids)))
        if self.wait_min is not None:
            conds.append(c.wait_seconds >= self.wait_min)
        if self.wait_max is not None:
            conds.append(c.wait_seconds <= self.wait_max)
        if self.called_back is True:
            conds.append(c.resolved_by_call_id.is_not(None))
        elif self.called_back is False:
            conds.append(c.resolved_by_call_id.is_(None))
        if self.transferred is True:
            conds.append(c.transfer_count > 0)
        elif self.transferred is False:
            conds.append(c.transfer_count == 0)
        if self.hangup_by:
            conds.append(c.hangup_by.in_(sorted(self.hangup_by)))
        if self.number is not None:
            conds.append(c.external_number == self.number)
        return and_(true(), *conds)

    def matches_hour(self, started_at: datetime) -> bool:
        """The hour-of-day / weekday part, checked per row (no portable SQL for both)."""
        if self.hours_of_day and started_at.hour not in self.hours_of_day:
            return False
        return not (self.weekdays and started_at.weekday() not in self.weekdays)

    @property
    def journal_exact(self) -> bool:
        """Whether :meth:`journal_filter` selects exactly these calls."""
        narrow = (
            self.employee_ids
            or self.rang_ids
            or self.queues
            or self.dids
            or self.hours_of_day
            or self.weekdays
            or self.hangup_by
            or self.number is not None
            or self.wait_min is not None
            or self.wait_max is not None
            or self.called_back is not None
            or self.transferred is not None
        )
        if narrow:
            return False
        return self._kinds() is not None

    def _kinds(self) -> dict[str, Any] | None:
        d, s = self.directions, self.statuses
        missed = MISSED_STATUS_VALUES
        if not s:
            if not d:
                return {"show_internal": True, "incoming": True, "outgoing": True}
            return (
                {
                    "incoming": Direction.INCOMING.value in d,
                    "outgoing": Direction.OUTGOING.value in d,
                    "show_internal": Direction.INTERNAL.value in d,
                }
                if d != {Direction.INTERNAL.value}
                else None
            )
        if d <= {Direction.INCOMING.value} and s == missed:
            return {"missed": True}
        if d <= {Direction.INCOMING.value} and s == {CallStatus.LOST.value}:
            return {"lost": True}
        if d == {Direction.INTERNAL.value}:
            return None  # the journal shows internal calls only beside the others
        every = d or {Direction.INCOMING.value, Direction.OUTGOING.value, Direction.INTERNAL.value}
        return {  # any other statuses: the journal's status filter
            "statuses": frozenset(s),
            "incoming": Direction.INCOMING.value in every,
            "outgoing": Direction.OUTGOING.value in every,
            "show_internal": Direction.INTERNAL.value in every,
        }

    def journal_filter(self) -> JournalFilter:
        """The journal's filter bar for this period and (as near as it can say) these kinds."""
        kinds = self._kinds() or {}
        return JournalFilter(
            period_start=self.period_start,
            period_end=self.period_end,
            incoming=kinds.get("incoming", False),
            outgoing=kinds.get("outgoing", False),
            missed=kinds.get("missed", False),
            lost=kinds.get("lost", False),
            show_internal=kinds.get("show_internal", False),
            statuses=kinds.get("statuses", frozenset()),
        )
