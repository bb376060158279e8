"""Agent pauses from the queue_log: PAUSE / UNPAUSE / PAUSEALL / UNPAUSEALL per agent; and the
agents' logins (ADDMEMBER / REMOVEMEMBER, AGENTLOGIN / AGENTLOGOFF) with the same rules.

An agent is paused from the first PAUSE or PAUSEALL until no queue has them paused any more;
FreePBX writes a PAUSEALL (no reason) followed by a PAUSE with the reason per queue of the
member, all at one moment. A batch ends with the pauses still open; an UNPAUSE with no pause
in its batch is a :class:`PauseEnd` (app.calls.collector.queue_store closes the pause still open
in the database with it, or counts it as unmatched).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from app.calls.collector.queue_log import QueueEvent

PAUSE_EVENTS = {"PAUSE", "UNPAUSE", "PAUSEALL", "UNPAUSEALL"}


@dataclass(frozen=True)
class AgentPause:
    """An agent paused from ``started_at``; ``ended_at`` None: still paused at the batch end."""

    agent: str
    started_at: datetime
    ended_at: datetime | None
    reason: str  # the PBX's own words (data1 of PAUSE), "" when none was given


@dataclass(frozen=True)
class PauseEnd:
    """An UNPAUSE of an agent with no PAUSE in the batch: it may end a pause of an earlier
    batch (still open in the database), else it is ignored and counted."""

    agent: str
    at: datetime


@dataclass(frozen=True)
class AgentPauses:
    pauses: tuple[AgentPause, ...] = ()
    ends: tuple[PauseEnd, ...] = ()


# PAUSEALL / UNPAUSEALL come with one PAUSE / UNPAUSE per queue of the member at the same
# moment: those are the same pause, not pauses (or unmatched unpauses) of their own.
_SAME_MOMENT = timedelta(seconds=1)


@dataclass
class _Paused:
    started_at: datetime
    reason: str
    queues: set[str]


def agent_pauses(events: Iterable[QueueEvent]) -> AgentPauses:
    """Pause intervals per agent from one batch of events (in queue_log order).

    An agent is paused from the first PAUSE / PAUSEALL until no queue has them paused any
    more (UNPAUSE of each, or UNPAUSEALL); the reason is the first one given.
    """
    return agent_intervals(events, PAUSE_WORDS)


@dataclass(frozen=True)
class IntervalWords:
    """The queue_log events that begin and end an agent's state, per queue and for all."""

    start: str
    start_all: str
    end: str
    end_all: str

    @property
    def events(self) -> set[str]:
        return {self.start, self.start_all, self.end, self.end_all}


PAUSE_WORDS = IntervalWords("PAUSE", "PAUSEALL", "UNPAUSE", "UNPAUSEALL")
# A queue member logged in: dynamic members (ADDMEMBER / REMOVEMEMBER per queue, FreePBX's
# *45 toggle) and chan_agent's AGENTLOGIN / AGENTLOGOFF (all queues at once).
LOGIN_WORDS = IntervalWords("ADDMEMBER", "AGENTLOGIN", "REMOVEMEMBER", "AGENTLOGOFF")
LOGIN_EVENTS = LOGIN_WORDS.events


def agent_logins(events: Iterable[QueueEvent]) -> AgentPauses:
    """When each agent was logged in as a queue member, from one batch of events: from the
    first ADDMEMBER / AGENTLOGIN until no queue has them (REMOVEMEMBER of each, or
    AGENTLOGOFF). The intervals' ``reason`` is empty."""
    return agent_intervals(events, LOGIN_WORDS, with_reason=False)


def agent_intervals(
    events: Iterable[QueueEvent], words: IntervalWords, with_reason: bool = True
) -> AgentPauses:
    """Intervals per agent of a state that ``words`` begin and end, per queue or for all
    queues at once; an end with no beginning in the batch is a :class:`PauseEnd`."""
    open_: dict[str, _Paused] = {}
    last_end: dict[str, datetime] = {}
    pauses: list[AgentPause] = []
    ends: list[PauseEnd] = []
    wanted = words.events
    for e in events:
        if e.event not in wanted or not e.agent:
            continue
        reason = e.value(1) if with_reason else ""
        paused = open_.get(e.agent)
        if e.event in (words.start, words.start_all):
            queue = e.queue if e.event == words.start and e.queue not in ("", "NONE") else "*"
            if paused is None:
                open_[e.agent] = _Paused(e.time, reason, {queue})
            else:
                paused.queues.add(queue)
                paused.reason = paused.reason or reason
            continue
        if paused is not None:
            if e.event == words.end_all:
                paused.queues.clear()
            else:
                paused.queues.discard(e.queue)
                paused.queues.discard("*")
            if not paused.queues:
                pauses.append(AgentPause(e.agent, paused.started_at, e.time, paused.reason))
                del open_[e.agent]
                last_end[e.agent] = e.time
            continue
        ended = last_end.get(e.agent)
        if ended is not None and e.time - ended <= _SAME_MOMENT:
            continue
        ends.append(PauseEnd(e.agent, e.time))
        last_end[e.agent] = e.time
    pauses.extend(AgentPause(a, p.started_at, None, p.reason) for a, p in open_.items())
    pauses.sort(key=lambda p: (p.started_at, p.agent))
    return AgentPauses(tuple(pauses), tuple(ends))
