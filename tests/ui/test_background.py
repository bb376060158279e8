"""One-off background tasks follow the runner's policy for a lost database connection: the
one monitor hears of it (once, however many tasks fail), other errors stay the owner's."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from app.database import make_engine
from tests.support.mariadb_server import free_port
from ui import background
from ui.database_runner import connection_monitor


@pytest.fixture
def reports(qapp: object) -> Iterator[list[str]]:
    heard: list[str] = []
    connection_monitor().lost.connect(heard.append)
    try:
        yield heard
    finally:
        connection_monitor().lost.disconnect(heard.append)
        connection_monitor().shutdown()


def test_failed_tasks_on_a_lost_connection_reach_the_monitor_once(
    qtbot: QtBot, reports: list[str]
) -> None:
    nowhere = make_engine(f"mysql+pymysql://calldesk:x@127.0.0.1:{free_port()}/calldesk")

    def read() -> object:
        with nowhere.connect() as conn:  # nothing listens there: a real OperationalError
            return conn.execute(text("SELECT 1")).scalar()

    failures: list[BaseException] = []
    for _ in range(2):
        task = background.BackgroundTask(read)
        task.signals.failed.connect(failures.append)
        background.start(task)
    qtbot.waitUntil(lambda: len(failures) == 2, timeout=15_000)
    qtbot.waitUntil(lambda: connection_monitor().is_lost, timeout=5_000)
    assert len(reports) == 1  # two failed tasks, one report
    nowhere.dispose()


def test_other_errors_stay_with_the_task_owner(qtbot: QtBot, reports: list[str]) -> None:
    def broken() -> object:
        raise ValueError("not a connection problem")

    failures: list[BaseException] = []
    task = background.BackgroundTask(broken)
    task.signals.failed.connect(failures.append)
    background.start(task)
    qtbot.waitUntil(lambda: len(failures) == 1, timeout=5_000)
    # A later task's result is delivered after whatever the failure queued for the monitor.
    later = background.BackgroundTask(lambda: "done")
    results: list[object] = []
    later.signals.succeeded.connect(results.append)
    background.start(later)
    qtbot.waitUntil(lambda: results == ["done"], timeout=5_000)
    assert isinstance(failures[0], ValueError)
    assert not connection_monitor().is_lost and reports == []


def test_wait_for_raises_and_reports_a_lost_connection(qtbot: QtBot, reports: list[str]) -> None:
    nowhere = make_engine(f"mysql+pymysql://calldesk:x@127.0.0.1:{free_port()}/calldesk")

    def read() -> object:
        with nowhere.connect() as conn:
            return conn.execute(text("SELECT 1")).scalar()

    with pytest.raises(Exception) as raised:
        background.wait_for(None, "Reading…", read)
    assert "OperationalError" in type(raised.value).__name__
    qtbot.waitUntil(lambda: connection_monitor().is_lost, timeout=5_000)
    assert len(reports) == 1
    nowhere.dispose()
