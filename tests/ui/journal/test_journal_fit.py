"""The journal fits the screen: every default column on screen at 1280x800 and 1920x1080,
for a supervisor and for an operator with the softphone dock open; the operator's own
layout (column widths, the side panel) is remembered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QHeaderView
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from app.database import Database
from app.journal.export import column_value
from app.staff.user_settings import JOURNAL_COLUMNS_KEY, get_setting
from models import Call, CallPart, Role
from softphone.audio_devices import MemoryAudioDevice
from tests.support.ui_support import user_with_role
from ui.call_panel.splitter import PANEL_KEY
from ui.journal.columns import COLUMNS, Col
from ui.journal.export import export_columns
from ui.journal.fit import header_width
from ui.journal.form import JournalForm
from ui.journal.layout import ColumnChooser
from ui.journal.model import ROW_ROLE
from ui.main_window import MainWindow
from ui.style import CallDeskStyle

pytestmark = pytest.mark.seed(calls=400, clients=50, qt_settings=True)

DEFAULT_COLUMNS = [col for col, spec in COLUMNS.items() if spec.visible]


def open_window(
    qtbot: QtBot, db: Database, role: Role, size: tuple[int, int], dock: bool
) -> tuple[MainWindow, JournalForm]:
    window = MainWindow(db, user_with_role(db, role), "test", audio_device=MemoryAudioDevice())
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    window.softphone_dock.setVisible(dock)
    journal = window.form(MainWindow.SECTION_JOURNAL)
    assert isinstance(journal, JournalForm)
    qtbot.waitUntil(lambda: journal.model.rowCount() > 0, timeout=10_000)
    qtbot.waitUntil(lambda: journal.panel_state.loaded, timeout=10_000)
    qtbot.wait(300)  # the fit waits for resizes to settle
    return window, journal


def assert_columns_on_screen(journal: JournalForm, qtbot: QtBot | None = None) -> None:
    table = journal.table
    if qtbot is not None:  # after a resize: the fit runs once the resizes have settled
        qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() == 0, timeout=5000)
    header = table.horizontalHeader()
    viewport = table.viewport().width()
    shown = [c for c in Col if not header.isSectionHidden(c)]
    assert set(shown) == set(DEFAULT_COLUMNS)
    for col in shown:
        left = header.sectionViewportPosition(col)
        right = left + header.sectionSize(col)
        assert left >= 0 and right <= viewport, (col.name, left, right, viewport)
        text = str(table.model().headerData(col, Qt.Orientation.Horizontal) or "")
        needs = header_width(header, text, header.sortIndicatorSection() == col)
        assert header.sectionSize(col) >= needs, (col.name, text)
    assert table.horizontalScrollBar().maximum() == 0


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)], ids=["1280", "1920"])
def test_supervisor_sees_every_default_column_and_the_panel(
    qtbot: QtBot, sqlite_db: Database, size: tuple[int, int]
) -> None:
    window, journal = open_window(qtbot, sqlite_db, Role.SUPERVISOR, size, dock=False)
    assert_columns_on_screen(journal, qtbot)
    assert not journal.panel_state.collapsed  # the call details beside the columns
    assert journal.panel_action.isChecked()
    assert journal.splitter.sizes()[1] <= size[0] * 0.3  # no longer ~40 % of the width
    window.close()


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)], ids=["1280", "1920"])
def test_operator_with_the_softphone_dock_sees_every_default_column(
    qtbot: QtBot, sqlite_db: Database, size: tuple[int, int]
) -> None:
    window, journal = open_window(qtbot, sqlite_db, Role.OPERATOR, size, dock=True)
    assert window.softphone_dock.isVisible()
    assert window.width() == size[0]  # the dock never widens the window
    assert_columns_on_screen(journal, qtbot)
    # At 1280 the dock takes the panel's room: the panel starts collapsed (F8 opens it).
    assert journal.panel_state.collapsed == (size[0] == 1280)
    assert journal.panel_action.isChecked() != journal.panel_state.collapsed
    window.softphone_dock.hide()
    qtbot.wait(300)
    assert_columns_on_screen(journal, qtbot)
    window.softphone_dock.show()
    qtbot.wait(300)
    assert window.width() == size[0]
    assert_columns_on_screen(journal, qtbot)
    window.close()


def test_the_operators_layout_is_remembered(qtbot: QtBot, sqlite_db: Database) -> None:
    window, journal = open_window(qtbot, sqlite_db, Role.SUPERVISOR, (1280, 800), dock=False)
    header = journal.table.horizontalHeader()
    assert journal.layout_store.automatic
    # The user drags the client column wider: from now on the widths are theirs.
    handle = QPoint(
        header.sectionViewportPosition(Col.CLIENT) + header.sectionSize(Col.CLIENT) - 1, 5
    )
    qtbot.mousePress(header.viewport(), Qt.MouseButton.LeftButton, pos=handle)
    header.resizeSection(Col.CLIENT, 300)
    qtbot.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton, pos=handle)
    assert not journal.layout_store.automatic
    journal.toggle_panel()  # F8: the side panel collapsed
    assert journal.panel_state.collapsed and not journal.panel_action.isChecked()
    journal.layout_store.save_now()
    journal.panel_state.save_now()
    user = journal.user

    def saved() -> bool:
        with sqlite_db.engine.connect() as conn:
            columns = get_setting(conn, user.id, JOURNAL_COLUMNS_KEY)
            panel = get_setting(conn, user.id, PANEL_KEY)
        widths = {c["id"]: c["width"] for c in (columns or {}).get("columns", [])}
        return widths.get("client") == 300 and bool(panel) and panel["collapsed"] is True

    qtbot.waitUntil(saved, timeout=10_000)
    window.close()

    again, journal = open_window(qtbot, sqlite_db, Role.SUPERVISOR, (1280, 800), dock=False)
    assert not journal.layout_store.automatic
    assert journal.table.horizontalHeader().sectionSize(Col.CLIENT) == 300
    assert journal.panel_state.collapsed
    journal.toggle_panel()
    assert not journal.panel_state.collapsed
    again.close()


def test_a_new_user_has_automatic_widths_that_follow_the_window(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    window, journal = open_window(qtbot, sqlite_db, Role.SUPERVISOR, (1920, 1080), dock=False)
    header = journal.table.horizontalHeader()
    wide = header.sectionSize(Col.CLIENT)
    window.resize(1280, 800)
    qtbot.wait(300)
    assert header.sectionSize(Col.CLIENT) < wide
    assert_columns_on_screen(journal, qtbot)
    assert header.sectionResizeMode(Col.CLIENT) == QHeaderView.ResizeMode.Interactive
    window.close()


def arrow_rows(header: QHeaderView, section: int) -> list[int]:
    """How many dark pixels each row of the section's sort arrow has, top to bottom (the
    arrow is drawn in the section's right end)."""
    image = header.grab().toImage()
    right = header.sectionViewportPosition(section) + header.sectionSize(section)
    counts = []
    for y in range(image.height()):
        dark = sum(
            1 for x in range(right - 22, right - 2) if image.pixelColor(x, y).lightness() < 120
        )
        if dark:
            counts.append(dark)
    return counts


def test_the_date_columns_sort_arrow_points_the_way_the_calls_go(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    """Newest first: ▼ (widest at the top); oldest first: ▲ — under the app's own style."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.style().name()
    app.setStyle(CallDeskStyle())
    try:
        window, journal = open_window(qtbot, sqlite_db, Role.SUPERVISOR, (1280, 800), dock=False)
        header = journal.table.horizontalHeader()
        assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        down = arrow_rows(header, Col.STARTED)
        assert len(down) >= 3 and down[0] > down[-1], down
        header.setSortIndicator(Col.STARTED, Qt.SortOrder.AscendingOrder)
        qtbot.waitUntil(
            lambda: journal.model.filter is not None and journal.model.filter.oldest_first
        )
        up = arrow_rows(header, Col.STARTED)
        assert len(up) >= 3 and up[0] < up[-1], up
        window.close()
    finally:
        app.setStyle(before)


def test_a_recording_column_shows_which_calls_have_one(qtbot: QtBot, sqlite_db: Database) -> None:
    """♪ in the column chooser (hidden by default), in the view and in the export."""
    with sqlite_db.engine.begin() as conn:
        conn.execute(update(CallPart).values(recording_ref=None))
        newest = conn.scalar(select(Call.id).order_by(Call.started_at.desc(), Call.id.desc()))
        conn.execute(
            update(CallPart).where(CallPart.call_id == newest).values(recording_ref="a/b.wav")
        )
    assert newest is not None
    window, journal = open_window(qtbot, sqlite_db, Role.SUPERVISOR, (1280, 800), dock=False)
    header = journal.table.horizontalHeader()
    assert header.isSectionHidden(Col.RECORDING)
    chooser = ColumnChooser(journal.layout_store.current())
    qtbot.addWidget(chooser)
    texts = [chooser.list.item(i).text() for i in range(chooser.list.count())]
    assert "Recording (♪)" in texts
    layout = journal.layout_store.current()
    layout["hidden"].remove("recording")
    journal.layout_store.apply(layout)
    assert not header.isSectionHidden(Col.RECORDING)
    assert journal.model.headerData(Col.RECORDING, Qt.Orientation.Horizontal) == "♪"
    model = journal.model

    def recording_cells() -> dict[int, str]:
        return {
            model.index(r, 0).data(ROW_ROLE).id: model.index(r, Col.RECORDING).data()
            for r in range(model.rowCount())
            if model.index(r, 0).data(ROW_ROLE) is not None
        }

    # Hidden, the flag was not read; shown, the rows in memory are read again with it.
    qtbot.waitUntil(lambda: recording_cells().get(newest) == "♪")
    cells = recording_cells()
    assert {v for k, v in cells.items() if k != newest} == {""}
    assert "recording" in export_columns(layout["order"])
    row = next(model.index(r, 0).data(ROW_ROLE) for r in range(model.rowCount()))
    assert row.id == newest and column_value(row, "recording") == "Yes"
    window.close()


def test_the_side_panel_clears_when_a_filter_drops_the_selection(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    """A toggle in the filter bar (not only the search): the call leaves the list, the
    panel says "select a call" again and F7 / Assign number / Call back go disabled."""
    window, journal = open_window(qtbot, sqlite_db, Role.SUPERVISOR, (1280, 800), dock=False)
    journal.set_calling_available(True)
    model = journal.model
    rows = [model.index(r, 0).data(ROW_ROLE) for r in range(model.rowCount())]
    pick = next(
        i
        for i, r in enumerate(rows)
        if r is not None and r.client_name is None and r.status == "accepted" and r.number
    )
    journal.table.selectRow(pick)
    qtbot.waitUntil(lambda: journal.panel.details is not None, timeout=10_000)
    qtbot.waitUntil(journal.create_client_action.isEnabled, timeout=10_000)
    assert journal.assign_number_action.isEnabled() and journal.call_back_action.isEnabled()

    journal.toggles["missed"].setChecked(True)  # an accepted call is not missed
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10_000)
    shown = {model.index(r, 0).data(ROW_ROLE).id for r in range(model.rowCount())}
    assert rows[pick].id not in shown
    assert journal.selected_row() is None
    assert journal.panel.call_id is None and journal.panel.details is None
    assert journal.panel.placeholder.isVisible()
    assert not journal.create_client_action.isEnabled()
    assert not journal.assign_number_action.isEnabled()
    assert not journal.call_back_action.isEnabled()
    assert not journal.dismiss_action.isEnabled()
    window.close()
