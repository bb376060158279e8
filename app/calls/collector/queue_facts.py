"""queue_log events -> what a call did in the queues.

A *visit* is one stay of a caller in one queue: ENTERQUEUE, the members rung
(RINGNOANSWER with the ring time in ms), then one end — CONNECT then COMPLETEAGENT /
COMPLETECALLER / (BLIND|ATTENDED)TRANSFER, or ABANDON, EXITWITHTIMEOUT, EXITWITHKEY,
EXITEMPTY. A caller may visit several queues (a timeout's failover to another queue).
:class:`CallQueueFacts` are the visits of one ``callid`` (the caller's uniqueid) and
FreePBX's DID event, summed up for the call:

* queue and entry position: of the first visit;
* outcome: of the first answered visit (answered or transferred), else of the last one;
* hold: seconds in queues up to the first answer (or until the caller left);
* the answering agent, and per agent rung the RINGNOANSWER count and ring seconds.

After an attended transfer into a second queue, CONNECT / COMPLETE may carry the old
callid while ENTERQUEUE carried the new one: a CONNECT whose callid has no visit waiting in
that queue joins the visit of its bridged uniqueid (data2), and the later events of that
callid in that queue follow it (the visit lists both callids).

:class:`QueueFactsBuilder` keeps visits across batches (a visit can start in one batch and
end in the next). Agent pauses are app.calls.collector.queue_pauses.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from app.calls.collector.queue_log import QueueEvent, QueueLogMark
from app.calls.collector.queue_pauses import PAUSE_EVENTS


class QueueOutcome(enum.StrEnum):
    ANSWERED = "answered"
    TRANSFERRED = "transferred"
    ABANDONED = "abandoned"
    TIMEOUT = "timeout"
    EXIT_KEY = "exit_key"
    EXIT_EMPTY = "exit_empty"
    JOIN_EMPTY = "join_empty"
    JOIN_UNAVAIL = "join_unavail"


_ANSWERED = {QueueOutcome.ANSWERED, QueueOutcome.TRANSFERRED}
# Events that end a visit without an agent: outcome, data index of position, of waittime.
_LEFT = {
    "ABANDON": (QueueOutcome.ABANDONED, 1, 3),
    "EXITWITHTIMEOUT": (QueueOutcome.TIMEOUT, 1, 3),
    "EXITEMPTY": (QueueOutcome.EXIT_EMPTY, 1, 3),
    "EXITWITHKEY": (QueueOutcome.EXIT_KEY, 2, 4),
    "JOINEMPTY": (QueueOutcome.JOIN_EMPTY, 1, 3),
    "JOINUNAVAIL": (QueueOutcome.JOIN_UNAVAIL, 1, 3),
}
_COMPLETE = {"COMPLETEAGENT": "agent", "COMPLETECALLER": "caller"}
_TRANSFER = {"TRANSFER", "BLINDTRANSFER", "ATTENDEDTRANSFER"}
_VISIT_EVENTS = {*_LEFT, *_COMPLETE, *_TRANSFER, "RINGNOANSWER", "RINGCANCELED"}


@dataclass(frozen=True)
class RungAgent:
    """A member the queue rang: how often they let it ring out, and for how long."""

    agent: str
    no_answer: int
    ring_seconds: int


@dataclass(frozen=True)
class QueueVisit:
    callid: str
    queue: str
    first_at: datetime
    last_at: datetime
    entered_at: datetime | None  # None: its ENTERQUEUE was before what was read
    position: int | None
    hold_seconds: int | None
    outcome: QueueOutcome | None  # None: still waiting (or talking, before CONNECT was read)
    agent: str | None  # who answered
    finished: bool
    talk_seconds: int | None = None
    exit_key: str | None = None
    completed_by: str | None = None  # "agent" / "caller" (COMPLETEAGENT / COMPLETECALLER)
    bridged_uniqueid: str | None = None
    rung: tuple[RungAgent, ...] = ()
    linked_callids: tuple[str, ...] = ()
    first_mark: QueueLogMark = field(default=QueueLogMark(), compare=False)


@dataclass(frozen=True)
class CallQueueFacts:
    """The queue story of one callid (its visits, its DID), summed up for its call."""

    callid: str
    did: str | None
    visits: tuple[QueueVisit, ...]

    @property
    def callids(self) -> tuple[str, ...]:
        """This callid first, then callids whose events joined its visits."""
        seen = [self.callid]
        for visit in self.visits:
            seen.extend(c for c in (visit.callid, *visit.linked_callids) if c not in seen)
        return tuple(seen)

    @property
    def finished(self) -> bool:
        return all(v.finished for v in self.visits)

    @property
    def first_at(self) -> datetime | None:
        return min((v.first_at for v in self.visits), default=None)

    def _answered(self) -> QueueVisit | None:
        return next((v for v in self.visits if v.outcome in _ANSWERED), None)

    @property
    def queue(self) -> str | None:
        return self.visits[0].queue if self.visits else None

    @property
    def position(self) -> int | None:
        return self.visits[0].position if self.visits else None

    @property
    def outcome(self) -> QueueOutcome | None:
        answered = self._answered()
        if answered is not None:
            return answered.outcome
        return self.visits[-1].outcome if self.visits else None

    @property
    def agent(self) -> str | None:
        answered = self._answered()
        return answered.agent if answered else None

    @property
    def hold_seconds(self) -> int | None:
        answered = self._answered()
        holds = []
        for visit in self.visits:
            if visit.hold_seconds is not None:
                holds.append(visit.hold_seconds)
            if visit is answered:
                break
        return sum(holds) if holds else None

    @property
    def rung(self) -> dict[str, RungAgent]:
        total: dict[str, RungAgent] = {}
        for visit in self.visits:
            for r in visit.rung:
                had = total.get(r.agent, RungAgent(r.agent, 0, 0))
                total[r.agent] = RungAgent(
                    r.agent, had.no_answer + r.no_answer, had.ring_seconds + r.ring_seconds
                )
        return total


def merge_facts(facts: Iterable[CallQueueFacts]) -> CallQueueFacts:
    """Several callids that are one call (e.g. the consult leg of an attended transfer into
    a queue): one summary, visits in time order, the first DID."""
    items = sorted(facts, key=lambda f: (f.first_at or datetime.max, f.callid))
    visits: list[QueueVisit] = []
    for f in items:
        visits.extend(v for v in f.visits if v not in visits)
    visits.sort(key=lambda v: v.first_at)
    did = next((f.did for f in items if f.did), None)
    return CallQueueFacts(items[0].callid, did, tuple(visits))


@dataclass
class _Visit:
    callid: str
    queue: str
    first_at: datetime
    last_at: datetime
    first_mark: QueueLogMark
    entered_at: datetime | None = None
    position: int | None = None
    hold_seconds: int | None = None
    outcome: QueueOutcome | None = None
    agent: str | None = None
    finished: bool = False
    connected: bool = False
    talk_seconds: int | None = None
    exit_key: str | None = None
    completed_by: str | None = None
    bridged_uniqueid: str | None = None
    rung: dict[str, list[int]] = field(default_factory=dict)  # agent -> [count, ms]
    linked: list[str] = field(default_factory=list)

    def frozen(self) -> QueueVisit:
        return QueueVisit(
            callid=self.callid,
            queue=self.queue,
            first_at=self.first_at,
            last_at=self.last_at,
            entered_at=self.entered_at,
            position=self.position,
            hold_seconds=self.hold_seconds,
            outcome=self.outcome,
            agent=self.agent,
            finished=self.finished,
            talk_seconds=self.talk_seconds,
            exit_key=self.exit_key,
            completed_by=self.completed_by,
            bridged_uniqueid=self.bridged_uniqueid,
            rung=tuple(
                RungAgent(agent, count, round(ms / 1000))
                for agent, (count, ms) in self.rung.items()
            ),
            linked_callids=tuple(self.linked),
            first_mark=self.first_mark,
        )


@dataclass
class _Call:
    did: str | None = None
    did_at: datetime | None = None
    did_mark: QueueLogMark | None = None
    visits: list[_Visit] = field(default_factory=list)


class QueueFactsBuilder:
    """Visits per callid, fed batch after batch; the caller drops what it has stored."""

    def __init__(self) -> None:
        self._calls: dict[str, _Call] = {}
        # Facts as last given out, per callid; rebuilt only for callids events touched since.
        self._frozen: dict[str, CallQueueFacts] = {}
        self._links: dict[tuple[str, str], _Visit] = {}
        self.events = 0

    def __len__(self) -> int:
        return len(self._calls)

    def add(self, events: Iterable[QueueEvent]) -> None:
        for event in events:
            if event.event in PAUSE_EVENTS or not event.callid or event.callid == "NONE":
                continue
            self.events += 1
            self._frozen.pop(event.callid, None)
            visit = self._add(event)
            if visit is not None:
                self._frozen.pop(visit.callid, None)

    def _visit(self, event: QueueEvent) -> _Visit:
        """The visit a later event of (callid, queue) belongs to (a new one: its start was
        before what was read)."""
        linked = self._links.get((event.callid, event.queue))
        if linked is not None:
            return linked
        call = self._calls.get(event.callid)
        mine = [v for v in call.visits if v.queue == event.queue] if call else []
        open_ = [v for v in mine if not v.finished]
        if open_:
            return open_[-1]
        return mine[-1] if mine else self._new(event)

    def _new(self, event: QueueEvent) -> _Visit:
        visit = _Visit(event.callid, event.queue, event.time, event.time, event.mark)
        self._calls.setdefault(event.callid, _Call()).visits.append(visit)
        return visit

    def _add(self, e: QueueEvent) -> _Visit | None:
        """Takes in one event; returns the visit it changed (None: no visit)."""
        if e.event == "DID":
            self._did(e)
            return None
        if e.event == "ENTERQUEUE":
            return self._enter(e)
        if e.event == "CONNECT":
            visit = self._connect_visit(e)
        elif e.event in _VISIT_EVENTS:
            visit = self._visit(e)
        else:
            return None
        visit.last_at = max(visit.last_at, e.time)
        _apply(visit, e)
        return visit

    def _did(self, e: QueueEvent) -> None:
        call = self._calls.setdefault(e.callid, _Call())
        if e.value(1):
            call.did = e.value(1)[:32]
        if call.did_at is None:
            call.did_at, call.did_mark = e.time, e.mark

    def _enter(self, e: QueueEvent) -> _Visit | None:
        known = self._calls.get(e.callid)
        if known and any(v.entered_at == e.time and v.queue == e.queue for v in known.visits):
            return None  # the same line read again
        visit = self._new(e)
        visit.entered_at = e.time
        visit.position = e.number(3)
        return visit

    def _connect_visit(self, e: QueueEvent) -> _Visit:
        call = self._calls.get(e.callid)
        waiting = [
            v
            for v in (call.visits if call else [])
            if v.queue == e.queue and not v.finished and not v.connected
        ]
        if waiting:
            return waiting[-1]
        bridged = self._calls.get(e.value(2)) if e.value(2) else None
        theirs = [
            v
            for v in (bridged.visits if bridged else [])
            if v.queue == e.queue and not v.finished and not v.connected
        ]
        if theirs:
            visit = theirs[-1]
            if e.callid not in visit.linked:
                visit.linked.append(e.callid)
            self._links[(e.callid, e.queue)] = visit
            return visit
        return self._visit(e)

    def facts(self, callids: Iterable[str] | None = None) -> dict[str, CallQueueFacts]:
        """The facts of every callid kept (or of those asked)."""
        wanted = self._calls if callids is None else {c: self._calls[c] for c in callids}
        result = {}
        for callid, call in wanted.items():
            facts = self._frozen.get(callid)
            if facts is None:
                facts = CallQueueFacts(callid, call.did, tuple(v.frozen() for v in call.visits))
                self._frozen[callid] = facts
            result[callid] = facts
        return result

    def drop(self, callids: Iterable[str]) -> None:
        for callid in callids:
            call = self._calls.pop(callid, None)
            self._frozen.pop(callid, None)
            if call is None:
                continue
            for visit in call.visits:
                for other in visit.linked:
                    self._links.pop((other, visit.queue), None)

    def last_at(self, callid: str) -> datetime:
        call = self._calls[callid]
        return max([v.last_at for v in call.visits] + ([call.did_at] if call.did_at else []))

    def oldest_mark(self, callids: Iterable[str] | None = None) -> QueueLogMark | None:
        """Where reading must restart to see every event of the kept callids again."""
        marks: list[tuple[datetime, QueueLogMark]] = []
        for callid in self._calls if callids is None else callids:
            call = self._calls.get(callid)
            if call is None:
                continue
            marks.extend((v.first_at, v.first_mark) for v in call.visits)
            if call.did_at is not None and call.did_mark is not None:
                marks.append((call.did_at, call.did_mark))
        return min(marks, key=lambda m: m[0])[1] if marks else None


def queue_facts(events: Iterable[QueueEvent]) -> dict[str, CallQueueFacts]:
    """The queue facts of a closed set of events, per callid."""
    builder = QueueFactsBuilder()
    builder.add(events)
    return builder.facts()


def _apply(visit: _Visit, e: QueueEvent) -> None:
    """What one event of a visit (after ENTERQUEUE) says about it."""
    if e.event == "CONNECT":
        _connected(visit, e)
    elif e.event in ("RINGNOANSWER", "RINGCANCELED"):
        _rung(visit, e)
    elif e.event in _LEFT:
        _left(visit, e)
    elif e.event in _COMPLETE:
        _completed(visit, e)
    elif e.event in _TRANSFER:
        _transferred(visit, e)


def _connected(visit: _Visit, e: QueueEvent) -> None:
    visit.connected = True
    visit.agent = e.agent or None
    visit.hold_seconds = e.number(1)
    visit.bridged_uniqueid = e.value(2) or None
    if visit.outcome is None:
        visit.outcome = QueueOutcome.ANSWERED


def _rung(visit: _Visit, e: QueueEvent) -> None:
    if e.agent:
        counts = visit.rung.setdefault(e.agent, [0, 0])
        if e.event == "RINGNOANSWER":
            counts[0] += 1
            counts[1] += max(0, e.number(1) or 0)


def _left(visit: _Visit, e: QueueEvent) -> None:
    outcome, position, wait = _LEFT[e.event]
    visit.outcome = outcome
    visit.hold_seconds = e.number(wait)
    if visit.position is None:
        visit.position = e.number(position + 1) or e.number(position)
    if e.event == "EXITWITHKEY":
        visit.exit_key = e.value(1) or None
    visit.finished = True


def _completed(visit: _Visit, e: QueueEvent) -> None:
    if visit.hold_seconds is None:
        visit.hold_seconds = e.number(1)
    visit.talk_seconds = e.number(2)
    visit.completed_by = _COMPLETE[e.event]
    if visit.outcome is None:
        visit.outcome = QueueOutcome.ANSWERED
    if visit.agent is None:
        visit.agent = e.agent or None
    visit.finished = True


def _transferred(visit: _Visit, e: QueueEvent) -> None:
    if visit.hold_seconds is None:
        visit.hold_seconds = e.number(3)
    visit.talk_seconds = e.number(4)
    visit.outcome = QueueOutcome.TRANSFERRED
    if visit.agent is None:
        visit.agent = e.agent or None
    visit.finished = True
