"""CDR legs -> logical calls: legs grouped by ``linkedid``, channels told apart as an
employee's extension or a trunk, and the PBX's own plumbing legs set aside.

One call, many rows (PBX_CDR.md): a ring group or a queue writes one row per member rung,
a blind transfer two rows, an attended transfer three (the consult leg has its own
uniqueid but the caller's linkedid), FreePBX's ``Local/…;2`` half of a queue member one
more. All of them become one call.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field

from app.calls.collector.legs import Leg


def endpoint(channel: str) -> str:
    """The device or trunk behind a channel name.

    ``PJSIP/101-0000002a`` -> ``101``, ``SIP/trunk-00000031`` -> ``trunk``,
    ``Local/101@from-queue-00000012;1`` -> ``101``.
    """
    if not channel or "/" not in channel:
        return channel
    tech, rest = channel.split("/", 1)
    if tech.lower() == "local":
        return rest.split("@", 1)[0]
    rest = rest.split(";", 1)[0]
    if "-" in rest:
        rest = rest.rsplit("-", 1)[0]
    return rest


def is_plumbing(leg: Leg) -> bool:
    """FreePBX's second half of a Local channel (a queue/follow-me member): the ``;1``
    leg already tells the same ring."""
    return leg.channel.startswith("Local/") and leg.channel.endswith(";2")


@dataclass
class Channels:
    """Tells an employee's phone from a trunk.

    By default a channel whose endpoint is an employee's extension is internal, everything
    else a trunk; ``trunk_patterns`` (regular expressions on the channel name) make matching
    channels trunks even when their endpoint looks like an extension.
    """

    extensions: Collection[str]
    trunk_patterns: Sequence[re.Pattern[str]] = field(default_factory=list)
    _seen: dict[str, str | None] = field(default_factory=dict, repr=False)

    def extension_known(self, extension: str) -> bool:
        return extension in self.extensions

    def extension(self, channel: str) -> str | None:
        """The employee extension behind ``channel``, or None for a trunk / no channel."""
        if not channel:
            return None
        try:
            return self._seen[channel]
        except KeyError:
            pass
        name: str | None = endpoint(channel)
        if name not in self.extensions or any(p.search(channel) for p in self.trunk_patterns):
            name = None
        if len(self._seen) > 100_000:
            self._seen.clear()
        self._seen[channel] = name
        return name


def _order(leg: Leg) -> tuple[object, ...]:
    # The call's own first channel (uniqueid == linkedid) leads legs of the same second.
    return (leg.calldate, leg.uniqueid != leg.linkedid, leg.uniqueid, leg.sequence)


def sort_legs(legs: Iterable[Leg]) -> list[Leg]:
    return sorted(legs, key=_order)


def group_legs(legs: Iterable[Leg]) -> dict[str, list[Leg]]:
    """Legs by linkedid, each group in call order, duplicates of one key dropped."""
    groups: dict[str, dict[tuple[str, str, int], Leg]] = {}
    for leg in legs:
        groups.setdefault(leg.linkedid, {})[leg.key] = leg
    return {linkedid: sort_legs(by_key.values()) for linkedid, by_key in groups.items()}
