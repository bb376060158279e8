"""Calls whose linkedid chain the PBX broke, joined by channel name and time.

An attended transfer done by the phone itself (SIP REFER with Replaces) reaches Asterisk
as two unrelated calls: the customer's (linkedid A) and the employee's consult call to a
colleague (its own linkedid B). When the phone completes the transfer, the colleague's
channel — the same channel, so the same name — is bridged to the customer, and a CDR row of
one call names a channel of the other. Channel names are unique while Asterisk runs (a
counter) and repeat only after a restart, so two calls that share a channel *while both
are up* are one call: the later one joins the earlier (its linkedid wins).

:class:`ChainJoiner` keeps the channels of the look-back in memory (the first read after a
start re-reads the whole look-back, so it is rebuilt there), relabels the legs of a batch to
their call's linkedid, and tells which linkedids were joined, so that
:func:`absorb_joined` can fold a call already written on its own into the one it joins, in
the batch's transaction: its stored legs come back under the winner's linkedid and the call
itself goes (it was the consult, not a call of its own).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import cast

from sqlalchemy import Table, delete, select
from sqlalchemy.orm import Session

from app.calls.collector.legs import Leg
from app.reports.summary import refresh_hours
from models import Call, CallPart, CallParticipant, CollectedLeg

_calls = cast(Table, Call.__table__)
_parts = cast(Table, CallPart.__table__)
_participants = cast(Table, CallParticipant.__table__)
_legs = cast(Table, CollectedLeg.__table__)
_CHUNK = 500


def _shared_channels(leg: Leg) -> Iterable[str]:
    # Local/… halves are FreePBX plumbing of a queue or follow-me: never a join.
    for name in (leg.channel, leg.dstchannel):
        if name and not name.startswith("Local/"):
            yield name


@dataclass
class _Seen:
    linkedid: str
    start: datetime
    end: datetime


@dataclass
class ChainJoiner:
    """Joins calls that share a channel while both are up (``slack``: clock rounding)."""

    slack: timedelta = timedelta(seconds=60)
    _channels: dict[str, _Seen] = field(default_factory=dict, repr=False)
    _parent: dict[str, str] = field(default_factory=dict, repr=False)
    _started: dict[str, datetime] = field(default_factory=dict, repr=False)

    def root(self, linkedid: str) -> str:
        path = []
        while linkedid in self._parent:
            path.append(linkedid)
            linkedid = self._parent[linkedid]
        for step in path:
            self._parent[step] = linkedid
        return linkedid

    def _union(self, a: str, b: str) -> None:
        a, b = self.root(a), self.root(b)
        if a == b:
            return
        # The call that started first keeps its linkedid (ties: the smaller linkedid).
        first, second = sorted((a, b), key=lambda lid: (self._started.get(lid, datetime.min), lid))
        self._parent[second] = first

    def join(self, legs: list[Leg]) -> tuple[list[Leg], dict[str, str]]:
        """The legs under their call's linkedid, and every joined linkedid of these legs ->
        the linkedid it joined (also joins found in earlier batches: writing is idempotent,
        a batch rolled back is joined again)."""
        for leg in sorted(legs, key=lambda leg: leg.calldate):
            lid = leg.linkedid
            start = self._started.get(lid)
            self._started[lid] = leg.calldate if start is None else min(start, leg.calldate)
            for name in _shared_channels(leg):
                seen = self._channels.get(name)
                if (
                    seen is not None
                    and self.root(seen.linkedid) != self.root(lid)
                    and leg.calldate <= seen.end + self.slack
                    and seen.start <= leg.ended + self.slack
                ):
                    self._union(seen.linkedid, lid)
                if seen is None or leg.calldate > seen.end + self.slack:
                    self._channels[name] = _Seen(lid, leg.calldate, leg.ended)
                else:
                    seen.start = min(seen.start, leg.calldate)
                    seen.end = max(seen.end, leg.ended)
        joined = {}
        out = []
        for leg in legs:
            root = self.root(leg.linkedid)
            if root != leg.linkedid:
                joined[leg.linkedid] = root
                leg = replace(leg, linkedid=root)
            out.append(leg)
        return out, joined

    def forget_before(self, moment: datetime) -> None:
        """Channels and joins older than the look-back are never read again."""
        self._channels = {n: s for n, s in self._channels.items() if s.end >= moment}
        roots = {lid: self.root(lid) for lid in self._started}
        keep = {lid for lid, start in self._started.items() if start >= moment}
        keep |= {roots[lid] for lid in keep}
        self._parent = {lid: roots[lid] for lid in keep if roots[lid] != lid}
        self._started = {lid: self._started[lid] for lid in keep}


def absorb_joined(session: Session, pbx: str, joined: Mapping[str, str]) -> list[Leg]:
    """In the caller's transaction: calls written on their own before their join was known
    are removed, and their stored legs returned under the linkedid they joined (to be
    written again with that call). Nothing to do for joins made before writing."""
    if not joined:
        return []
    losers = sorted(joined)
    found: list[Leg] = []
    for start in range(0, len(losers), _CHUNK):
        chunk = losers[start : start + _CHUNK]
        pbx_ids = [f"{pbx}:{lid}" for lid in chunk]
        call_ids = list(session.scalars(select(_calls.c.id).where(_calls.c.pbx_id.in_(pbx_ids))))
        for data in session.scalars(
            select(_legs.c.data).where(_legs.c.pbx == pbx, _legs.c.linkedid.in_(chunk))
        ):
            leg = Leg.from_json(data)
            found.append(replace(leg, linkedid=joined[leg.linkedid]))
        session.execute(delete(_legs).where(_legs.c.pbx == pbx, _legs.c.linkedid.in_(chunk)))
        if call_ids:
            gone = list(
                session.scalars(select(_calls.c.started_at).where(_calls.c.id.in_(call_ids)))
            )
            session.execute(delete(_parts).where(_parts.c.call_id.in_(call_ids)))
            session.execute(delete(_participants).where(_participants.c.call_id.in_(call_ids)))
            session.execute(delete(_calls).where(_calls.c.id.in_(call_ids)))
            refresh_hours(session, gone)  # their contribution leaves the report summaries
    return found
