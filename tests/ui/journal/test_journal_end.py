"""End / Home in the journal: the end of a period is one query away, never a walk.

A few thousand calls over 30 days (the seed marker's default) on SQLite; the journal shows
the whole period. Pages are counted by wrapping the model's two page queries.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester, QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.database import Database
from app.journal.filter import JournalFilter
from app.workplace import Workplace
from models import Call, Role
from tests.support.ui_support import NOW, TODAY, user_with_role
from tests.ui.journal.test_journal_form import _insert_call
from ui.journal.form import JournalForm
from ui.journal.model import ROW_ROLE, JournalModel

pytestmark = pytest.mark.seed(qt_settings=True)


def whole_period(db: Database, oldest_first: bool = False) -> JournalFilter:
    with db.engine.connect() as conn:
        first = conn.scalar(select(func.min(Call.started_at)))
    assert first is not None
    start = datetime.combine(first.date(), datetime.min.time())
    end = datetime.combine(TODAY + timedelta(days=1), datetime.min.time())
    return JournalFilter(period_start=start, period_end=end, oldest_first=oldest_first)


def period_ids(db: Database, flt: JournalFilter) -> list[int]:
    """The period's calls in display order, by one plain query (what a full walk shows)."""
    columns = (Call.started_at.asc(), Call.id.asc())
    if not flt.oldest_first:
        columns = (Call.started_at.desc(), Call.id.desc())
    with db.engine.connect() as conn:
        return list(
            conn.scalars(
                select(Call.id)
                .where(
                    Call.started_at >= flt.period_start,
                    Call.started_at < flt.period_end,
                    Call.direction != "internal",
                )
                .order_by(*columns)
            )
        )


def count_pages(model: JournalModel) -> list[tuple[str, Any]]:
    """Every page the model asks of the database from now on: ("top" | "end", cursor)."""
    asked: list[tuple[str, Any]] = []
    fetch_page, fetch_page_before = model.fetch_page, model.fetch_page_before

    def page(conn: Any, generation: int, query: Any, after: Any, limit: int) -> Any:
        asked.append(("top", after))
        return fetch_page(conn, generation, query, after, limit)

    def page_before(conn: Any, generation: int, query: Any, before: Any, limit: int) -> Any:
        asked.append(("end", before))
        return fetch_page_before(conn, generation, query, before, limit)

    model.fetch_page = page  # type: ignore[method-assign]
    model.fetch_page_before = page_before  # type: ignore[method-assign]
    return asked


def shown_ids(model: JournalModel) -> list[int]:
    rows = [model.index(r, 0).data(ROW_ROLE) for r in range(model.rowCount())]
    assert all(r is not None for r in rows), "a row is not in memory"
    return [r.id for r in rows]


def open_journal(qtbot: QtBot, db: Database, flt: JournalFilter) -> JournalForm:
    form = JournalForm(Workplace(db, user_with_role(db, Role.SUPERVISOR)), poll_ms=60_000)
    qtbot.addWidget(form)
    form.resize(1400, 700)
    form.show()
    qtbot.waitUntil(lambda: form.model.rowCount() > 0, timeout=10_000)
    form.show_filter(flt)
    qtbot.waitUntil(lambda: form.model.filter == flt and form.model.rowCount() > 0, timeout=10_000)
    return form


def current_id(form: JournalForm) -> int | None:
    row = form.selected_row()
    return row.id if row is not None else None


@pytest.mark.parametrize("oldest_first", [False, True], ids=["newest_first", "oldest_first"])
def test_end_shows_the_last_rows_after_one_query_and_scrolling_up_pages_back(
    qtbot: QtBot, sqlite_db: Database, oldest_first: bool
) -> None:
    flt = whole_period(sqlite_db, oldest_first)
    expected = period_ids(sqlite_db, flt)
    form = open_journal(qtbot, sqlite_db, flt)
    model, table = form.model, form.table
    page = model.page_size
    assert len(expected) > 10 * page  # far more than a page: a walk would take many
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    asked = count_pages(model)
    table.setFocus()
    table.selectRow(3)
    qtbot.waitUntil(lambda: form.panel.call_id == expected[3], timeout=10_000)

    QTest.keyClick(table, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: model.from_end and current_id(form) == expected[-1], timeout=10_000)
    assert asked == [("end", None)]  # one page query, however long the period
    assert shown_ids(model) == expected[-page:]  # exactly the end of a full walk
    assert table.currentIndex().row() == model.rowCount() - 1
    qtbot.waitUntil(lambda: form.panel.call_id == expected[-1], timeout=10_000)
    bar = table.verticalScrollBar()
    assert bar.value() == bar.maximum()

    # Scrolling up reads the page above, inserted at the top: no gap, no duplicate at the
    # seam, the rows in view and the current call stay where they are.
    bar.setValue(bar.minimum())  # the tail's first row at the top of the view
    qtbot.waitUntil(lambda: model.rowCount() == 2 * page, timeout=10_000)
    assert shown_ids(model) == expected[-2 * page :]
    seam = model.row_at(page)
    assert seam is not None and seam.id == expected[-page]
    assert asked == [("end", None), ("end", (seam.started_at, seam.id))]
    assert model.index(table.rowAt(0), 0).data(ROW_ROLE).id == seam.id
    assert current_id(form) == expected[-1] and form.panel.call_id == expected[-1]

    # Ctrl+Home: back to the top of the period, the current row on the first call.
    QTest.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not model.from_end and current_id(form) == expected[0], timeout=10_000)
    assert asked[-1] == ("top", None)
    assert shown_ids(model) == expected[:page]
    qtbot.waitUntil(lambda: form.panel.call_id == expected[0], timeout=10_000)
    assert bar.value() == 0


def test_dragging_the_scroll_bar_to_the_bottom_jumps_to_the_end(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    flt = whole_period(sqlite_db)
    expected = period_ids(sqlite_db, flt)
    form = open_journal(qtbot, sqlite_db, flt)
    asked = count_pages(form.model)
    bar = form.table.verticalScrollBar()
    bar.setSliderDown(True)
    bar.setValue(bar.maximum())
    bar.setSliderDown(False)
    qtbot.waitUntil(
        lambda: form.model.from_end and form.model.rowCount() == form.model.page_size,
        timeout=10_000,
    )
    # The view may have asked for the next page as the bar touched its bottom; no more.
    assert ("end", None) in asked and len([a for a in asked if a[0] == "top"]) <= 1
    assert shown_ids(form.model) == expected[-form.model.page_size :]
    qtbot.waitUntil(lambda: bar.value() == bar.maximum() > 0, timeout=10_000)


def test_after_a_jump_new_calls_are_offered_and_the_hint_goes_back_to_the_top(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    flt = whole_period(sqlite_db)
    form = open_journal(qtbot, sqlite_db, flt)
    model = form.model
    qtbot.waitUntil(lambda: model._watermark > 0, timeout=10_000)
    QTest.keyClick(form.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: model.from_end and model.rowCount() > 0, timeout=10_000)
    qtbot.waitUntil(lambda: model._watermark > 0, timeout=10_000)
    tail = shown_ids(model)
    new_id = _insert_call(sqlite_db, NOW + timedelta(minutes=1), form.user.id)
    with qtbot.waitSignal(model.new_calls_waiting, timeout=10_000):
        model.poll_newer()
    assert shown_ids(model) == tail  # not inserted: its place is far above the tail
    assert form.new_hint.isVisible()
    form.new_hint.click()
    qtbot.waitUntil(lambda: not model.from_end and model.rowCount() > 0, timeout=10_000)
    assert shown_ids(model)[0] == new_id
    assert not form.new_hint.isVisible()
    model.poll_newer()  # the call is in the top page now: not offered or inserted again
    qtbot.wait(200)
    assert shown_ids(model).count(new_id) == 1 and not form.new_hint.isVisible()
