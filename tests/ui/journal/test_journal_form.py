"""The journal form and its item model, on real databases with a background loader."""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QHeaderView
from pytestqt.qtbot import QtBot
from sqlalchemy import func, insert, select, update

from app.calls.status import MISSED_STATUS_VALUES
from app.database import Database
from app.journal.filter import JournalFilter, PeriodPreset
from app.journal.query import JournalRow
from app.journal.rows import Extra
from app.workplace import Workplace
from models import Call, CallPart, CallParticipant, Role
from tests.support.mariadb_server import MariaDBServer
from tests.support.ui_support import NOW, TODAY, seed_small, user_with_role
from ui.application import configure_settings
from ui.database_runner import connection_monitor
from ui.journal.columns import COLUMNS, Col
from ui.journal.export import default_file_name
from ui.journal.form import JournalForm, PeriodDialog
from ui.journal.layout import ColumnChooser
from ui.journal.loader import LoaderThread
from ui.journal.model import MAX_CACHED_PAGES, ROW_ROLE, JournalModel

ARTIFACTS = Path(__file__).resolve().parents[3] / "artifacts" / "screenshots"


pytestmark = pytest.mark.seed(qt_settings=True)


def make_form(qtbot: QtBot, db: Database, role: Role = Role.SUPERVISOR) -> JournalForm:
    form = JournalForm(Workplace(db, user_with_role(db, role)), poll_ms=60_000)
    qtbot.addWidget(form)
    form.resize(1400, 700)
    form.show()
    qtbot.waitUntil(lambda: form.model.rowCount() > 0, timeout=10_000)
    return form


def rows_of(model: JournalModel) -> list[JournalRow]:
    rows = [model.index(r, 0).data(ROW_ROLE) for r in range(model.rowCount())]
    assert all(isinstance(r, JournalRow) for r in rows), "a row is not in memory"
    return rows


def load_all(qtbot: QtBot, model: JournalModel) -> None:
    while not model.at_end:
        before = model.rowCount()
        model.fetchMore()

        def grown(b: int = before) -> bool:
            return model.rowCount() > b or model.at_end

        qtbot.waitUntil(grown, timeout=10_000)


def test_model_passes_qabstractitemmodeltester(qtbot: QtBot, db: Database) -> None:
    user = user_with_role(db, Role.SUPERVISOR)
    worker = LoaderThread(db.engine, user)
    model = JournalModel(worker.loader, page_size=100)
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    form = JournalForm(Workplace(db, user), poll_ms=60_000)
    qtbot.addWidget(form)
    try:
        model.set_filter(form.current_filter())
        qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10_000)
        for _ in range(3):
            model.fetchMore()
            qtbot.wait(100)
        assert model.rowCount() >= 100
        assert model.columnCount() == len(COLUMNS)
        assert tester is not None
    finally:
        worker.stop()


def test_journal_shows_the_period_newest_first_and_filters(qtbot: QtBot, db: Database) -> None:
    form = make_form(qtbot, db)
    flt = form.current_filter()
    load_all(qtbot, form.model)
    rows = rows_of(form.model)
    keys = [(r.started_at, r.id) for r in rows]
    assert keys == sorted(keys, reverse=True)
    with db.engine.connect() as conn:
        expected = conn.scalar(
            select(func.count())
            .select_from(Call)
            .where(
                Call.started_at >= flt.period_start,
                Call.started_at < flt.period_end,
                Call.direction != "internal",
            )
        )
    assert len(rows) == expected
    assert all(flt.period_start <= r.started_at < flt.period_end for r in rows)

    form.toggles["missed"].setChecked(True)
    qtbot.waitUntil(lambda: form.model.rowCount() > 0, timeout=10_000)
    load_all(qtbot, form.model)
    missed = rows_of(form.model)
    # Missed: "no answer", "lost" and how else a call nobody answered ended (issue 15).
    assert missed and all(r.status in MISSED_STATUS_VALUES for r in missed)
    assert {"no_answer", "lost"} <= {r.status for r in missed}
    assert all(r.direction == "in" for r in missed)
    qtbot.waitUntil(lambda: "Calls:" in form.count_label.text(), timeout=5000)
    assert str(len(missed)) in form.count_label.text() or "+" in form.count_label.text()


def test_operator_sees_only_calls_they_took_part_in(qtbot: QtBot, db: Database) -> None:
    form = make_form(qtbot, db, Role.OPERATOR)
    load_all(qtbot, form.model)
    ids = [r.id for r in rows_of(form.model)]
    with db.engine.connect() as conn:
        mine = set(
            conn.scalars(
                select(CallParticipant.call_id).where(CallParticipant.employee_id == form.user.id)
            )
        )
    assert ids and set(ids) <= mine


def test_pages_are_evicted_and_read_again(qtbot: QtBot, db: Database) -> None:
    user = user_with_role(db, Role.SUPERVISOR)
    worker = LoaderThread(db.engine, user)
    model = JournalModel(worker.loader, page_size=5)
    form = JournalForm(Workplace(db, user), poll_ms=60_000)
    qtbot.addWidget(form)
    try:
        model.set_filter(form.current_filter())
        qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10_000)
        first = model.index(0, 0).data(ROW_ROLE)
        load_all(qtbot, model)
        assert model.rowCount() > 5 * (MAX_CACHED_PAGES + 2), "too few calls to evict"
        assert model.cached_pages <= MAX_CACHED_PAGES
        assert model.index(0, 0).data(ROW_ROLE) is None  # evicted: requested again
        qtbot.waitUntil(lambda: model.index(0, 0).data(ROW_ROLE) is not None, timeout=5000)
        assert model.index(0, 0).data(ROW_ROLE) == first
    finally:
        worker.stop()


def _insert_call(db: Database, started: datetime, employee_id: int) -> int:
    with db.transaction() as session:
        inserted = (
            session.connection()
            .execute(
                insert(Call).values(
                    started_at=started,
                    answered_at=started + timedelta(seconds=5),
                    ended_at=started + timedelta(seconds=65),
                    direction="in",
                    disposition="answered",
                    status="accepted",
                    external_number="+79161234567",
                    number_reversed="76543216197",
                    number_known=False,
                    employee_id=employee_id,
                    wait_seconds=5,
                    talk_seconds=60,
                    transfer_count=0,
                    source="softphone",
                )
            )
            .inserted_primary_key
        )
        assert inserted is not None
        call_id = int(inserted[0])
        session.execute(
            insert(CallPart).values(
                call_id=call_id,
                seq=1,
                employee_id=employee_id,
                started_at=started,
                disposition="answered",
            )
        )
        session.execute(
            insert(CallParticipant).values(
                employee_id=employee_id, started_at=started, call_id=call_id
            )
        )
    return int(call_id)


def test_new_calls_appear_on_top_and_selection_stays(qtbot: QtBot, db: Database) -> None:
    form = make_form(qtbot, db)
    form.table.selectRow(5)
    selected = form.selected_row()
    assert selected is not None
    new_id = _insert_call(db, NOW + timedelta(minutes=1), form.user.id)
    with qtbot.waitSignal(form.model.new_rows_inserted, timeout=10_000):
        form.model.poll_newer()
    assert form.model.index(0, 0).data(ROW_ROLE).id == new_id
    assert form.selected_row() == selected
    assert form.table.currentIndex().row() == 6


def test_new_calls_hint_when_scrolled_down(qtbot: QtBot, db: Database) -> None:
    form = make_form(qtbot, db)
    load_all(qtbot, form.model)
    bar = form.table.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    top_visible = form.table.rowAt(0)
    before = form.model.index(top_visible, 0).data(ROW_ROLE)
    _insert_call(db, NOW + timedelta(minutes=2), form.user.id)
    with qtbot.waitSignal(form.model.new_rows_inserted, timeout=10_000):
        form.model.poll_newer()
    assert form.new_hint.isVisible()
    assert "1" in form.new_hint.text()
    assert form.model.index(form.table.rowAt(0), 0).data(ROW_ROLE) == before
    form.new_hint.click()
    assert bar.value() == 0 and not form.new_hint.isVisible()


def test_bad_input_gives_clear_messages(qtbot: QtBot, db: Database) -> None:
    form = make_form(qtbot, db)
    form.search.setText("7" * 2000)
    form.apply_filter()
    assert form.banner.isVisible()
    assert "2000 characters" in form.banner.text()
    form.search.clear()
    form.apply_filter()
    assert not form.banner.isVisible()

    dialog = PeriodDialog(TODAY, TODAY - timedelta(days=3))
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() != PeriodDialog.DialogCode.Accepted
    assert "before" in dialog.error.text()


def test_search_by_phone_suffix_and_by_client(qtbot: QtBot, db: Database) -> None:
    form = make_form(qtbot, db)
    load_all(qtbot, form.model)
    sample = next(r for r in rows_of(form.model) if r.client_name)
    form.search.setText(sample.number[-5:])
    form.apply_filter()
    qtbot.waitUntil(lambda: form.model.rowCount() > 0, timeout=10_000)
    load_all(qtbot, form.model)
    found = rows_of(form.model)
    assert sample.id in {r.id for r in found}
    assert all(r.number.endswith(sample.number[-5:]) for r in found)

    assert sample.client_name is not None
    form.search.setText(sample.client_name)
    form.apply_filter()
    qtbot.waitUntil(lambda: form.model.rowCount() > 0, timeout=10_000)
    load_all(qtbot, form.model)
    assert sample.id in {r.id for r in rows_of(form.model)}


def test_column_layout_follows_the_employee(qtbot: QtBot, db: Database) -> None:
    form = make_form(qtbot, db)
    header = form.table.horizontalHeader()
    header.setSectionHidden(Col.COMMENT, True)
    header.setSectionHidden(Col.COST, False)
    header.moveSection(header.visualIndex(Col.CLIENT), 1)
    # Sized by hand (the mouse down on the header): from now on the widths are the user's.
    handle = QPoint(
        header.sectionViewportPosition(Col.NUMBER) + header.sectionSize(Col.NUMBER) - 1, 5
    )
    qtbot.mousePress(header.viewport(), Qt.MouseButton.LeftButton, pos=handle)
    header.resizeSection(Col.NUMBER, 222)
    qtbot.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton, pos=handle)
    assert not form.layout_store.automatic
    form.layout_store.save_now()
    qtbot.wait(500)
    form.close()

    again = make_form(qtbot, db)
    hdr = again.table.horizontalHeader()
    assert hdr.isSectionHidden(Col.COMMENT)
    assert not hdr.isSectionHidden(Col.COST)
    assert hdr.logicalIndex(1) == Col.CLIENT
    assert hdr.sectionSize(Col.NUMBER) == 222
    assert hdr.sectionResizeMode(0) != QHeaderView.ResizeMode.ResizeToContents

    operator = make_form(qtbot, db, Role.OPERATOR)  # another employee: the default layout
    assert not operator.table.horizontalHeader().isSectionHidden(Col.COMMENT)


def test_dismiss_no_answer_mark(qtbot: QtBot, db: Database) -> None:
    form = make_form(qtbot, db)
    form.toggles["missed"].setChecked(True)
    qtbot.waitUntil(lambda: form.model.rowCount() > 0, timeout=10_000)
    load_all(qtbot, form.model)
    row = next(i for i, r in enumerate(rows_of(form.model)) if r.needs_attention)
    form.table.selectRow(row)
    assert form.dismiss_action.isEnabled()
    form.dismiss_action.trigger()
    changed = form.model.index(row, 0).data(ROW_ROLE)
    assert changed.dismissed_at is not None and not changed.needs_attention
    with db.engine.connect() as conn:
        stored = conn.execute(
            select(Call.dismissed_by_id, Call.dismissed_at).where(Call.id == changed.id)
        ).one()
    assert stored.dismissed_by_id == form.user.id and stored.dismissed_at is not None

    operator = make_form(qtbot, db, Role.OPERATOR)
    assert not operator.dismiss_action.isVisible()


def test_screenshots_of_the_journal(qtbot: QtBot, db: Database) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    form = make_form(qtbot, db)
    qtbot.wait(300)
    assert form.grab().save(str(ARTIFACTS / f"journal-default-{db.dialect}.png"))
    form.toggles["missed"].setChecked(True)
    qtbot.waitUntil(lambda: form.model.rowCount() > 0, timeout=10_000)
    qtbot.wait(300)
    assert form.grab().save(str(ARTIFACTS / f"journal-missed-{db.dialect}.png"))

    chooser = ColumnChooser(form.layout_store.current(), form)
    qtbot.addWidget(chooser)
    chooser.show()
    qtbot.wait(100)
    shown = [chooser.list.item(i).text() for i in range(chooser.list.count())]
    assert "Phone number" in shown and len(shown) == len(COLUMNS)
    assert chooser.grab().save(str(ARTIFACTS / f"journal-column-chooser-{db.dialect}.png"))
    chooser.list.item(shown.index("Phone number")).setCheckState(Qt.CheckState.Unchecked)
    assert "number" in chooser.layout()["hidden"]


@pytest.mark.mariadb
def test_database_disappearing_mid_scroll_keeps_the_app_working(
    qtbot: QtBot, tmp_path: Path, fault_server: MariaDBServer
) -> None:
    from app.database import make_engine, migrate

    name = f"vanishing_{secrets.token_hex(4)}"
    try:
        engine = make_engine(fault_server.create_database(name))
        migrate(engine)
        seed_small(engine, calls=2000, clients=100)
        configure_settings()
        db = Database(engine)
        form = make_form(qtbot, db)
        shown = form.model.rowCount()
        fault_server.halt()
        load_all_attempt = form.model.at_end
        form.model.fetchMore()
        monitor = connection_monitor()
        qtbot.waitUntil(lambda: monitor.is_lost, timeout=15_000)
        # One place shows a lost connection (the main window's status bar), not the form.
        assert not form.banner.isVisible()
        assert form.model.rowCount() >= shown  # what was shown stays
        assert load_all_attempt is False
        form.close()
        engine.dispose()
    finally:
        connection_monitor().shutdown()
        fault_server.recover()
        fault_server.drop_database(name)


def test_date_header_sorts_oldest_first_and_only_by_date(qtbot: QtBot, db: Database) -> None:
    form = make_form(qtbot, db)
    header = form.table.horizontalHeader()
    assert header.sortIndicatorSection() == Col.STARTED
    header.setSortIndicator(Col.STARTED, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(
        lambda: (
            form.model.filter is not None
            and form.model.filter.oldest_first
            and form.model.rowCount() > 0
        ),
        timeout=10_000,
    )
    load_all(qtbot, form.model)
    rows = rows_of(form.model)
    keys = [(r.started_at, r.id) for r in rows]
    assert keys == sorted(keys)
    flt = form.model.filter
    assert flt is not None
    with db.engine.connect() as conn:
        oldest = conn.scalar(
            select(func.min(Call.started_at)).where(
                Call.started_at >= flt.period_start,
                Call.started_at < flt.period_end,
                Call.direction != "internal",
            )
        )
    assert rows[0].started_at == oldest

    header.setSortIndicator(Col.CLIENT, Qt.SortOrder.DescendingOrder)
    assert header.sortIndicatorSection() == Col.STARTED
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert form.model.filter is not None and form.model.filter.oldest_first

    _insert_call(db, NOW + timedelta(minutes=3), form.user.id)
    with qtbot.waitSignal(form.model.new_calls_waiting, timeout=10_000):
        form.model.poll_newer()
    assert form.new_hint.isVisible() and "F5" in form.new_hint.text()


def test_queue_columns_show_what_the_pbx_said(qtbot: QtBot, db: Database) -> None:
    """Queue, its result (translated), time in queue and the dialled line: hidden by
    default, empty for calls the PBX did not queue (an outgoing one)."""
    with db.engine.begin() as conn:
        newest = conn.scalar(select(Call.id).order_by(Call.started_at.desc(), Call.id.desc()))
        conn.execute(
            update(Call)
            .where(Call.id == newest)
            .values(queue="400", queue_outcome="timeout", hold_seconds=125, did="+74950000000")
        )
    form = make_form(qtbot, db)
    queue_cols = (Col.QUEUE, Col.QUEUE_OUTCOME, Col.QUEUE_WAIT, Col.DID)
    assert all(form.table.horizontalHeader().isSectionHidden(c) for c in queue_cols)
    rows = rows_of(form.model)
    at = next(i for i, r in enumerate(rows) if r.id == newest)
    # Hidden columns are not read: the rows carry only what the shown columns need.
    assert rows[at].queue is None and Extra.QUEUE not in rows[at].extra
    shown_rows = form.model.rowCount()
    layout = form.layout_store.current()
    keys = {"queue", "queue_outcome", "queue_wait", "did"}
    layout["hidden"] = [k for k in layout["hidden"] if k not in keys]
    form.layout_store.apply(layout)  # what the column chooser's OK does
    # The rows in memory are read again in place: same rows, same places, now with the queue.
    qtbot.waitUntil(lambda: rows_of(form.model)[at].queue == "400")
    assert form.model.rowCount() == shown_rows
    assert [r.id for r in rows_of(form.model)] == [r.id for r in rows]
    assert all(Extra.QUEUE in r.extra for r in rows_of(form.model))
    cells = [form.model.index(at, c).data() for c in queue_cols]
    assert cells == ["400", "Timed out", "2:05", "+7 495 000-00-00"]
    other = next(i for i, r in enumerate(rows) if r.direction == "out")
    assert [form.model.index(other, c).data() for c in queue_cols] == ["", "", "", ""]
    assert form.model.headerData(Col.QUEUE_OUTCOME, Qt.Orientation.Horizontal) == "Queue result"


def test_export_file_name_says_the_last_day_of_the_period() -> None:
    """30.11-03.12 is journal-20261130-20261203, though the period ends at 04.12 00:00."""
    flt = JournalFilter(period_start=datetime(2026, 11, 30), period_end=datetime(2026, 12, 4))
    assert default_file_name(flt) == "journal-20261130-20261203.xlsx"
    day = JournalFilter.for_preset(PeriodPreset.TODAY, TODAY)
    assert default_file_name(day) == f"journal-{TODAY:%Y%m%d}-{TODAY:%Y%m%d}.xlsx"


def test_side_panel_clears_when_a_search_drops_the_selected_call(
    qtbot: QtBot, db: Database
) -> None:
    form = make_form(qtbot, db)
    load_all(qtbot, form.model)
    rows = rows_of(form.model)
    registrable = next(
        i for i, r in enumerate(rows) if r.client_name is None and r.number and len(r.number) > 5
    )
    form.table.selectRow(registrable)
    qtbot.waitUntil(lambda: form.panel.details is not None, timeout=10_000)
    assert form.panel.call_id == rows[registrable].id
    qtbot.waitUntil(form.create_client_action.isEnabled, timeout=10_000)
    assert form.assign_number_action.isEnabled()

    other = next(r for r in rows if r.number and r.number[-5:] != rows[registrable].number[-5:])
    form.search.setText(other.number[-5:])
    form.apply_filter()
    qtbot.waitUntil(lambda: form.model.rowCount() > 0, timeout=10_000)
    load_all(qtbot, form.model)
    assert rows[registrable].id not in {r.id for r in rows_of(form.model)}
    assert form.selected_row() is None
    assert form.panel.call_id is None and form.panel.details is None
    assert form.panel.placeholder.isVisible()
    assert not form.create_client_action.isEnabled()
    assert not form.assign_number_action.isEnabled()


def test_the_status_filter_shows_only_the_ticked_statuses(qtbot: QtBot, db: Database) -> None:
    """Issue 15: every status in the drop-down with its word; ticking some narrows the
    journal to them, "Any status" shows every call again."""
    form = make_form(qtbot, db)
    button = form.status_filter
    assert button.text().startswith("Status: any")
    words = [a.text() for a in button.menu().actions() if a.isCheckable()]
    assert {"Rejected", "No free channels", "Not answered", "In progress"} <= set(words)
    every = form.model.rowCount()
    with qtbot.waitSignal(form.model.modelReset, timeout=10_000):
        button.actions_by_status["rejected"].setChecked(True)
    assert form.current_filter().statuses == frozenset({"rejected"})
    assert button.text().startswith("Status: Rejected")
    qtbot.waitUntil(lambda: form.count_label.text() != "Loading…", timeout=10_000)
    load_all(qtbot, form.model)
    assert {r.status for r in rows_of(form.model)} <= {"rejected"}
    with qtbot.waitSignal(form.model.modelReset, timeout=10_000):
        button.any_action.trigger()
    assert form.current_filter().statuses == frozenset()
    qtbot.waitUntil(lambda: form.model.rowCount() == every, timeout=10_000)


def test_a_call_in_progress_is_replaced_by_its_final_row_when_it_ends(
    qtbot: QtBot, db: Database
) -> None:
    """Issue 15: a call still going shows "in progress"; the next poll after it ended
    shows its final status and talk time in the same row."""
    form = make_form(qtbot, db)
    call_id = _insert_call(db, NOW + timedelta(minutes=1), form.user.id)
    with db.transaction() as session:
        session.execute(
            update(Call).where(Call.id == call_id).values(ended_at=None, status="in_progress")
        )
    with qtbot.waitSignal(form.model.new_rows_inserted, timeout=10_000):
        form.model.poll_newer()
    top = form.model.index(0, 0).data(ROW_ROLE)
    assert (top.id, top.status) == (call_id, "in_progress")
    with db.transaction() as session:
        session.execute(
            update(Call)
            .where(Call.id == call_id)
            .values(ended_at=NOW + timedelta(minutes=2, seconds=5), status="accepted")
        )
    form.model.poll_newer()
    qtbot.waitUntil(
        lambda: form.model.index(0, 0).data(ROW_ROLE).status == "accepted", timeout=10_000
    )
    assert form.model.index(0, 0).data(ROW_ROLE).id == call_id
