"""What the calendar's and the reminders' GUI tests share: a fixed clock at the modules'
NOW (Friday 20 November 2026, 10:00), an unseeded database on each backend with the GUI's
settings names, and the event watches a test made, stopped after it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from sqlalchemy import Engine

from app import clock
from app.clock import FixedClock
from app.database import Database
from ui.events.watch import EventWatch

NOW = datetime(2026, 11, 20, 10, 0)  # a Friday


@pytest.fixture
def fixed() -> Iterator[FixedClock]:
    with clock.using(FixedClock(NOW)) as moment:
        yield moment


@pytest.fixture
def db(engine: Engine) -> Database:
    from ui.application import configure_settings

    configure_settings()
    return Database(engine)


@pytest.fixture
def watches() -> Iterator[list[EventWatch]]:
    made: list[EventWatch] = []
    yield made
    for watch in made:
        watch.stop()
