"""One clock for all recorded parts of a call: where each part starts, and which part (and
where in it) a moment of the whole call falls in.

A part's length is first the one the database suggests (its talk time) and is corrected
once the player has opened the recording and knows the real one.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from app.journal.details import PartDetails

# A recorded part the database gives no time for still gets a visible piece of the line,
# so it can be clicked; its real length replaces this as soon as it is opened.
MIN_ESTIMATE_MS = 1000


def estimated_length_ms(part: PartDetails) -> int:
    """The recording's length as the call's facts suggest: the PBX records from the answer
    to the hang-up, so the talk time; without it the answered-to-ended span, the whole
    leg as a last resort."""
    if part.talk_seconds > 0:
        seconds = part.talk_seconds
    elif part.answered_at is not None and part.ended_at is not None:
        seconds = max(0, int((part.ended_at - part.answered_at).total_seconds()))
    else:
        seconds = part.seconds
    return max(MIN_ESTIMATE_MS, seconds * 1000)


@dataclass(frozen=True)
class Place:
    """A moment of the call as the player needs it: which part, how far into it."""

    index: int
    ms: int


class Timeline:
    """The recorded parts laid end to end; lengths in milliseconds."""

    def __init__(self, lengths_ms: Sequence[int]) -> None:
        self._lengths = [max(0, int(n)) for n in lengths_ms]
        self._known = [False] * len(self._lengths)

    @classmethod
    def of_parts(cls, parts: Sequence[PartDetails]) -> Timeline:
        return cls([estimated_length_ms(p) for p in parts])

    def __len__(self) -> int:
        return len(self._lengths)

    @property
    def lengths(self) -> tuple[int, ...]:
        return tuple(self._lengths)

    @property
    def total_ms(self) -> int:
        return sum(self._lengths)

    def starts(self) -> list[int]:
        """Where each part begins on the call's clock (the first one at 0)."""
        starts, at = [], 0
        for length in self._lengths:
            starts.append(at)
            at += length
        return starts

    def start_of(self, index: int) -> int:
        return sum(self._lengths[:index])

    def is_known(self, index: int) -> bool:
        """Whether the part's length is the real one (not the database's guess)."""
        return self._known[index]

    def correct(self, index: int, real_ms: int) -> bool:
        """The player knows the part's real length; True if the line changed."""
        if not 0 <= index < len(self._lengths) or real_ms <= 0:
            return False
        self._known[index] = True
        if self._lengths[index] == real_ms:
            return False
        self._lengths[index] = real_ms
        return True

    def locate(self, ms: int) -> Place:
        """The part and the offset in it of moment ``ms`` of the call (clamped to the line).
        A part boundary belongs to the part that starts there."""
        if not self._lengths:
            return Place(-1, 0)
        ms = max(0, min(ms, self.total_ms))
        starts = self.starts()
        index = bisect_right(starts, ms) - 1
        # Past the end, or zero-length parts at the end: stay in the last part that has time.
        while index > 0 and self._lengths[index] == 0 and ms == starts[index]:
            index -= 1
        if index == len(starts) - 1 or ms < starts[index] + self._lengths[index]:
            return Place(index, ms - starts[index])
        return Place(index, self._lengths[index])

    def moment(self, index: int, ms: int) -> int:
        """Moment of the call ``ms`` into part ``index`` (clamped to that part)."""
        if not 0 <= index < len(self._lengths):
            return 0
        return self.start_of(index) + max(0, min(ms, self._lengths[index]))
