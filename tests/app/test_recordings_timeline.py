"""The call's one clock over its recorded parts: starts, moments to (part, offset), corrections."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from app.journal.details import PartDetails
from app.recordings_timeline import (
    MIN_ESTIMATE_MS,
    Place,
    Timeline,
    estimated_length_ms,
)

T0 = datetime(2026, 11, 20, 10, 0)


def leg(talk: int, answered_after: int | None = 5, ended_after: int | None = 65) -> PartDetails:
    return PartDetails(
        id=1,
        seq=1,
        employee_id=None,
        employee_name="Иванов Иван",
        extension="301",
        started_at=T0,
        answered_at=T0 + timedelta(seconds=answered_after) if answered_after is not None else None,
        ended_at=T0 + timedelta(seconds=ended_after) if ended_after is not None else None,
        disposition="answered",
        talk_seconds=talk,
        recording_ref="a.wav",
    )


def test_the_estimate_is_the_talk_time_then_answer_to_end_then_the_whole_leg() -> None:
    assert estimated_length_ms(leg(42)) == 42_000
    assert estimated_length_ms(leg(0)) == 60_000  # answered at 5 s, ended at 65 s
    assert estimated_length_ms(leg(0, answered_after=None)) == 65_000
    assert estimated_length_ms(leg(0, answered_after=None, ended_after=None)) == MIN_ESTIMATE_MS


def test_parts_lie_end_to_end() -> None:
    line = Timeline([3000, 4000, 5000])
    assert line.total_ms == 12_000
    assert line.starts() == [0, 3000, 7000]
    assert [line.start_of(i) for i in range(3)] == [0, 3000, 7000]
    assert line.moment(1, 2000) == 5000
    assert line.moment(1, 99_000) == 7000  # clamped to the part
    assert line.moment(0, -5) == 0


@pytest.mark.parametrize(
    ("ms", "place"),
    [
        (-100, Place(0, 0)),
        (0, Place(0, 0)),
        (2999, Place(0, 2999)),
        (3000, Place(1, 0)),  # a boundary belongs to the part that starts there
        (5000, Place(1, 2000)),
        (6999, Place(1, 3999)),
        (7000, Place(2, 0)),
        (12_000, Place(2, 5000)),
        (50_000, Place(2, 5000)),  # past the end: the end of the last part
    ],
)
def test_a_moment_of_the_call_falls_in_one_part(ms: int, place: Place) -> None:
    assert Timeline([3000, 4000, 5000]).locate(ms) == place


def test_empty_and_zero_length_parts() -> None:
    assert Timeline([]).locate(500) == Place(-1, 0)
    assert Timeline([]).total_ms == 0
    line = Timeline([3000, 0])
    assert line.locate(3000) == Place(0, 3000)
    line = Timeline([0, 2000])
    assert line.locate(0) == Place(1, 0)


def test_the_real_length_replaces_the_estimate_and_moves_the_later_parts() -> None:
    line = Timeline([30_000, 30_000, 30_000])
    assert not line.is_known(0)
    assert line.correct(0, 20_000)
    assert line.is_known(0) and not line.is_known(1)
    assert line.starts() == [0, 20_000, 50_000]
    assert line.total_ms == 80_000
    assert not line.correct(0, 20_000)  # nothing changed
    assert not line.correct(1, 0)  # libVLC does not know yet
    assert not line.is_known(1)
    assert not line.correct(7, 1000)
    assert line.locate(25_000) == Place(1, 5000)
