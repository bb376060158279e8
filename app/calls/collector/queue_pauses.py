"""Agent pauses from the queue_log: PAUSE / UNPAUSE / PAUSEALL / UNPAUSEALL per agent.

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
    open_: dict[str, _Paused] = {}
    last_end: dict[str, datetime] = {}
    pauses: list[AgentPause] = []
    ends: list[PauseEnd] = []
    for e in events:
        if e.event not in PAUSE_EVENTS or not e.agent:
            continue
        reason = e.value(1)
        paused = open_.get(e.agent)
        if e.event in ("PAUSE", "PAUSEALL"):
            queue = e.queue if e.event == "PAUSE" and e.queue not in ("", "NONE") else "*"
            if paused is None:
                open_[e.agent] = _Paused(e.time, reason, {queue})
            else:
                paused.queues.add(queue)
                paused.reason = paused.reason or reason
            continue
        if paused is not None:
            if e.event == "UNPAUSEALL":
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
