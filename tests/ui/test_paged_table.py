"""The shared paged table model and the lost-connection policy, on real databases.

A minimal subclass pages through a table of the numbers 1..N by keyset (``n > after``), so
every expectation is computed from N and the page size.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester, QTest
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot
from sqlalchemy import Connection, Engine, make_url, text

from app.database import make_engine
from app.workplace import Workplace
from models import Role
from tests.support.mariadb_server import MariaDBServer
from tests.support.tcp_proxy import TcpProxy
from tests.support.ui_support import seed_small, user_with_role
from ui.application import configure_settings
from ui.database_runner import DatabaseRunner, connection_monitor
from ui.journal.form import JournalForm
from ui.paged_navigation import PagedNavigation
from ui.paged_table import Index, Page, PagedTableModel

pytestmark = pytest.mark.seed(qt_settings=True)


class Numbers(PagedTableModel[int]):
    """The numbers 1..N, one column; ``fail_after`` makes the page after that key fail once."""

    def __init__(self, runner: DatabaseRunner, page_size: int, cache: int = 25) -> None:
        super().__init__(runner, page_size)
        self.cache = cache
        self.afters: list[Any] = []  # every page asked of the database, in order
        self.befores: list[Any] = []  # every page asked from the end, in order
        self.fail_after: int | None = None
        self.failures: list[BaseException] = []  # every failed request, in order

    def _failed(self, error: BaseException) -> None:
        self.failures.append(error)
        super()._failed(error)

    def fetch_page(
        self, conn: Connection, generation: int, query: Any, after: Any, limit: int
    ) -> Page[int]:
        self.afters.append(after)
        if self.fail_after is not None and after == self.fail_after:
            self.fail_after = None
            raise ValueError("refused once")
        rows = conn.execute(
            text("SELECT n FROM numbers WHERE n > :after ORDER BY n LIMIT :limit"),
            {"after": after or 0, "limit": limit},
        ).scalars()
        return Page(list(rows))

    def fetch_page_before(
        self, conn: Connection, generation: int, query: Any, before: Any, limit: int
    ) -> Page[int]:
        self.befores.append(before)
        rows = conn.execute(
            text("SELECT n FROM numbers WHERE n < :before ORDER BY n DESC LIMIT :limit"),
            {"before": 10**9 if before is None else before, "limit": limit},
        ).scalars()
        return Page(list(reversed(list(rows))))

    def fetch_count(self, conn: Connection, generation: int, query: Any) -> tuple[int, bool]:
        return int(conn.scalar(text("SELECT COUNT(*) FROM numbers")) or 0), False

    def row_key(self, row: int) -> int:
        return row

    def max_cached_pages(self) -> int:
        return self.cache

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row())
        return None if row is None or role != Qt.ItemDataRole.DisplayRole else str(row)


def numbers_engine(url: str, count: int) -> Engine:
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE numbers (n INTEGER PRIMARY KEY)"))
        conn.execute(
            text("INSERT INTO numbers (n) VALUES (:n)"), [{"n": n} for n in range(1, count + 1)]
        )
    return engine


@pytest.fixture
def runner(tmp_path: Path) -> Iterator[DatabaseRunner]:
    engine = numbers_engine(f"sqlite:///{tmp_path / 'numbers.db'}", 25)
    runner = DatabaseRunner(engine, "test-runner")
    try:
        yield runner
    finally:
        runner.stop()
        engine.dispose()


def load_all(qtbot: QtBot, model: PagedTableModel[Any]) -> None:
    while not model.at_end:
        before = model.rowCount()
        model.fetchMore()

        def grown(b: int = before) -> bool:
            return model.rowCount() > b or model.at_end

        qtbot.waitUntil(grown, timeout=10_000)


def test_pages_to_the_end_asking_each_page_once(qtbot: QtBot, runner: DatabaseRunner) -> None:
    model = Numbers(runner, page_size=10)
    counts: list[tuple[int, bool]] = []
    model.count_changed.connect(lambda n, capped: counts.append((n, capped)))
    at_end_when_inserted: list[bool] = []

    def inserted(*_args: Any) -> None:  # what a view does: ask for more from inside the insert
        at_end_when_inserted.append(model.at_end)
        model.fetchMore()

    model.rowsInserted.connect(inserted)
    model.set_query("all")
    qtbot.waitUntil(lambda: model.at_end, timeout=10_000)
    # 25 rows in pages of 10: after None, 10 and 20; the last page (5 rows) is the end,
    # known already when its rows are inserted, so no page is asked for twice.
    assert model.afters == [None, 10, 20]
    assert at_end_when_inserted == [False, False, True]
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        str(n) for n in range(1, 26)
    ]
    assert not model.canFetchMore()
    qtbot.waitUntil(lambda: counts == [(25, False)], timeout=10_000)


def test_a_full_last_page_is_followed_by_an_empty_one(qtbot: QtBot, runner: DatabaseRunner) -> None:
    model = Numbers(runner, page_size=5)  # 25 = 5 full pages: only a sixth, empty one ends it
    model.set_query("all")
    load_all(qtbot, model)
    assert model.afters == [None, 5, 10, 15, 20, 25]
    assert model.rowCount() == 25


def test_evicted_pages_are_read_again_from_their_anchor(
    qtbot: QtBot, runner: DatabaseRunner
) -> None:
    model = Numbers(runner, page_size=10, cache=2)
    model.set_query("all")
    load_all(qtbot, model)
    assert model.cached_pages == 2  # pages 1 and 2 (rows 11..25); page 0 was evicted
    assert model.row_at(0) is None  # not in memory: asked for
    qtbot.waitUntil(lambda: model.row_at(0) == 1, timeout=10_000)
    assert model.afters[-1] is None  # page 0 starts at the beginning
    assert model.row_at(24) is None or model.row_at(24) == 25
    assert model.rowCount() == 25


def test_a_failed_page_is_not_the_end_and_is_asked_again(
    qtbot: QtBot, runner: DatabaseRunner
) -> None:
    model = Numbers(runner, page_size=10)
    messages: list[str] = []
    model.load_failed.connect(messages.append)
    model.fail_after = 10
    model.set_query("all")
    qtbot.waitUntil(lambda: model.rowCount() == 10, timeout=10_000)
    model.fetchMore()
    qtbot.waitUntil(lambda: messages == ["refused once"], timeout=10_000)
    assert not model.at_end and model.canFetchMore()
    assert model.rowCount() == 10
    load_all(qtbot, model)
    assert model.afters == [None, 10, 10, 20]
    assert model.rowCount() == 25


def test_a_newer_query_makes_older_answers_stale(qtbot: QtBot, runner: DatabaseRunner) -> None:
    model = Numbers(runner, page_size=10)
    model.set_query("first")
    model.set_query("second")
    qtbot.waitUntil(lambda: model.rowCount() == 10, timeout=10_000)
    assert model.query == "second"
    assert model.rowCount() == 10  # the stale first page was not added as well


@pytest.mark.mariadb
def test_a_lost_connection_is_reported_once_retried_and_the_table_reloads(
    qtbot: QtBot, mariadb_server: MariaDBServer
) -> None:
    url = make_url(mariadb_server.create_database())
    proxy = TcpProxy(int(url.port or 3306))
    engine = numbers_engine(url.set(host="127.0.0.1", port=proxy.port).render_as_string(False), 25)
    runners = [DatabaseRunner(engine, "test-a"), DatabaseRunner(engine, "test-b")]
    monitor = connection_monitor()
    lost: list[str] = []
    restored: list[bool] = []
    monitor.lost.connect(lost.append)
    monitor.restored.connect(lambda: restored.append(True))
    try:
        models = [Numbers(r, page_size=10) for r in runners]
        messages: list[str] = []
        for model in models:
            model.load_failed.connect(messages.append)
            model.set_query("all")
        qtbot.waitUntil(lambda: all(m.rowCount() == 10 for m in models), timeout=10_000)
        proxy.cut()
        for model in models:
            model.fetchMore()
        qtbot.waitUntil(
            lambda: all(m.canFetchMore() for m in models) and monitor.is_lost, timeout=15_000
        )
        # Both requests failed (at the query, or already when the pool checked its connection,
        # before fetch_page ran: which one depends on where the cut lands).
        qtbot.waitUntil(lambda: all(len(m.failures) == 1 for m in models), timeout=15_000)
        assert len(lost) == 1  # two tables failed; one report
        assert messages == []  # the forms show nothing of their own
        assert not restored
        proxy.restore()
        qtbot.waitUntil(lambda: restored == [True], timeout=30_000)  # probes: 1 s, 2 s, 4 s…
        # Both reload by themselves from the first page.
        qtbot.waitUntil(lambda: all(m.afters[-1] is None for m in models), timeout=10_000)
        qtbot.waitUntil(lambda: all(m.rowCount() == 10 for m in models), timeout=10_000)
        for model in models:
            load_all(qtbot, model)
            assert model.rowCount() == 25
        assert len(lost) == 1 and not monitor.is_lost
    finally:
        monitor.lost.disconnect(lost.append)
        monitor.shutdown()
        for r in runners:
            r.stop()
        proxy.cut()
        engine.dispose()


@pytest.mark.mariadb
def test_the_journal_refreshes_by_itself_when_the_database_is_back(
    qtbot: QtBot, mariadb_server: MariaDBServer
) -> None:
    from app.database import Database, migrate

    url = make_url(mariadb_server.create_database())
    proxy = TcpProxy(int(url.port or 3306))
    engine = make_engine(url.set(host="127.0.0.1", port=proxy.port).render_as_string(False))
    monitor = connection_monitor()
    try:
        migrate(engine)
        seed_small(engine, calls=300, clients=30)
        configure_settings()
        db = Database(engine)
        form = JournalForm(Workplace(db, user_with_role(db, Role.SUPERVISOR)), poll_ms=200)
        qtbot.addWidget(form)
        form.show()
        qtbot.waitUntil(lambda: form.model.rowCount() > 0, timeout=10_000)
        generation = form.model.generation
        proxy.cut()  # the live poll (every 200 ms) meets the lost connection
        qtbot.waitUntil(lambda: monitor.is_lost, timeout=15_000)
        assert not form.banner.isVisible()
        proxy.restore()
        qtbot.waitUntil(lambda: not monitor.is_lost, timeout=30_000)
        qtbot.waitUntil(lambda: form.model.generation == generation + 1, timeout=10_000)
        qtbot.waitUntil(lambda: form.model.rowCount() > 0, timeout=10_000)
        assert not form.banner.isVisible()
        form.close()
    finally:
        monitor.shutdown()
        proxy.cut()
        engine.dispose()


# -- jumping to the end ---------------------------------------------------------------------


def shown(model: PagedTableModel[Any]) -> list[int]:
    return [model.row_at(r) for r in range(model.rowCount())]  # type: ignore[misc]


def test_a_jump_to_the_end_reads_one_page_and_pages_up_from_there(
    qtbot: QtBot, runner: DatabaseRunner
) -> None:
    model = Numbers(runner, page_size=10, cache=2)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_query("all")
    qtbot.waitUntil(lambda: model.rowCount() == 10, timeout=10_000)
    with qtbot.waitSignal(model.end_loaded, timeout=10_000):
        assert model.jump_to_end()
    assert model.befores == [None] and model.afters == [None]  # one query, no walk
    assert model.from_end and model.at_end and not model.at_start
    assert not model.canFetchMore()  # nothing below the last row
    assert shown(model) == list(range(16, 26))
    inserted: list[int] = []
    model.earlier_rows_inserted.connect(inserted.append)
    for count in (20, 25):
        model.fetch_earlier()

        def grown(c: int = count) -> bool:
            return model.rowCount() == c

        qtbot.waitUntil(grown, timeout=10_000)
    # 16..25, then 6..15 above them, then 1..5 (a short page: the start of the list).
    assert model.befores == [None, 16, 6] and inserted == [10, 5]
    assert model.at_start
    model.fetch_earlier()  # nothing above the first row: no request
    assert model.befores == [None, 16, 6]
    assert model.cached_pages == 2  # memory stays flat: the bottom page was evicted
    assert model.row_at(24) is None  # ...and is read again from its anchor (the end)
    qtbot.waitUntil(lambda: model.row_at(24) == 25, timeout=10_000)
    assert model.befores[-1] is None
    for row in range(25):  # every row where it belongs, page by page as they come back

        def in_place(r: int = row) -> bool:
            return model.row_at(r) == r + 1

        qtbot.waitUntil(in_place, timeout=10_000)
    with qtbot.waitSignal(model.first_page_loaded, timeout=10_000):
        assert model.jump_to_head()
    assert not model.from_end and model.at_start and not model.at_end
    assert shown(model) == list(range(1, 11))
    assert not model.jump_to_head()  # already at the head


def test_a_page_answer_from_before_a_jump_is_ignored(qtbot: QtBot, runner: DatabaseRunner) -> None:
    model = Numbers(runner, page_size=10)
    model.set_query("all")
    model.jump_to_end()  # the top page is still on its way
    qtbot.waitUntil(lambda: model.rowCount() == 10, timeout=10_000)
    qtbot.wait(50)
    assert shown(model) == list(range(16, 26))


def test_a_model_without_reading_from_the_end_does_not_jump(
    qtbot: QtBot, runner: DatabaseRunner
) -> None:
    class Forward(Numbers):
        fetch_page_before = PagedTableModel.fetch_page_before

    model = Forward(runner, page_size=10)
    model.set_query("all")
    qtbot.waitUntil(lambda: model.rowCount() == 10, timeout=10_000)
    assert not model.jump_to_end()
    assert not model.from_end and model.rowCount() == 10


@pytest.mark.parametrize(
    "scrolling", [QTableView.ScrollMode.ScrollPerPixel, QTableView.ScrollMode.ScrollPerItem]
)
def test_end_and_home_in_a_view_jump_and_select(
    qtbot: QtBot, tmp_path: Path, scrolling: QTableView.ScrollMode
) -> None:
    engine = numbers_engine(f"sqlite:///{tmp_path / 'many.db'}", 1000)
    runner = DatabaseRunner(engine, "test-view")
    try:
        model = Numbers(runner, page_size=50)
        QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
        view = QTableView()
        qtbot.addWidget(view)
        view.setModel(model)
        view.verticalHeader().setDefaultSectionSize(20)
        view.setVerticalScrollMode(scrolling)
        view.resize(300, 400)
        PagedNavigation(view, model)
        view.show()
        model.set_query("all")
        qtbot.waitUntil(lambda: model.rowCount() == 50, timeout=10_000)
        view.setFocus()
        QTest.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: view.currentIndex().row() == 49, timeout=10_000)
        assert view.currentIndex().data() == "1000" and model.befores == [None]
        assert model.afters == [None]  # nothing walked
        bar = view.verticalScrollBar()
        assert bar.value() == bar.maximum() > 0
        # Scrolling up to the top reads the page above; what was shown stays in place.
        top_before = view.indexAt(view.viewport().rect().topLeft()).data()
        bar.setValue(bar.minimum())
        qtbot.waitUntil(lambda: model.rowCount() == 100, timeout=10_000)
        assert view.indexAt(view.viewport().rect().topLeft()).data() == "951"
        assert top_before != "951"
        assert shown(model) == list(range(901, 1001))  # no gap, no duplicate at the seam
        QTest.keyClick(view, Qt.Key.Key_Home)
        qtbot.waitUntil(lambda: not model.from_end and model.rowCount() > 0, timeout=10_000)
        qtbot.waitUntil(lambda: view.currentIndex().row() == 0, timeout=10_000)
        assert view.currentIndex().data() == "1" and bar.value() == 0
        # Dragging the scroll bar to its bottom jumps as well (the pages are not walked).
        bar.setSliderDown(True)
        bar.setValue(bar.maximum())
        bar.setSliderDown(False)
        qtbot.waitUntil(lambda: model.from_end and model.rowCount() == 50, timeout=10_000)
        assert model.row_at(49) == 1000
        assert model.afters.count(50) <= 1  # at most the one page the view asked for at once
    finally:
        runner.stop()
        engine.dispose()
