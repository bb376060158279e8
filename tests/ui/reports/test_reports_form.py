"""The Reports section on seeded databases: every report shows run_report's figures, a count
opens exactly its calls, the xlsx reads back with the same totals, the PDF is written, and
the section is there only for users with the reports permission."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select, update

from app.database import Database
from app.demo.shifts import seed_shifts
from app.reports import REPORTS, Breakdown, drill_down, run_report
from models import Call, Employee, Role
from tests.support.clock_support import NOW
from tests.support.ui_support import user_with_role
from ui import resources
from ui.journal.form import JournalForm
from ui.main_window import MainWindow
from ui.reports.calls import SelectionForm
from ui.reports.form import AUDIT_REPORTS, ReportsForm
from ui.reports.model import format_value

ARTIFACTS = Path(__file__).resolve().parents[3] / "artifacts" / "screenshots"
DOCS = Path(__file__).resolve().parents[3] / "docs" / "reports"
TOOLS = Path(os.environ.get("VIRTUAL_ENV", "/work/main/.venv")) / "bin"

pytestmark = pytest.mark.seed(calls=1500, clients=120, days=30, qt_settings=True)

PERIOD = (date(2026, 11, 1), date(2026, 11, 20))


def make_form(qtbot: QtBot, db: Database, role: Role = Role.SUPERVISOR) -> ReportsForm:
    form = ReportsForm(db, user_with_role(db, role))
    qtbot.addWidget(form)
    form.resize(1280, 800)
    form.show()
    form.set_period(*PERIOD)
    return form


def shown(qtbot: QtBot, form: ReportsForm, name: str) -> None:
    """Select report ``name`` and wait until its result (for the current filter) is on screen."""
    if form.report_name != name:
        form.select_report(name)
    else:
        form.run()
    qtbot.waitUntil(
        lambda: form.result is not None and form.result.report == name and not form.running,
        timeout=20_000,
    )
    assert form.result is not None and form.result.params == form.params()


def cell(form: ReportsForm, row: int, key: str) -> str:
    column = [c.key for c in form.model.columns].index(key)
    return form.model.display_text(row, column)


def test_every_report_shows_the_figures_of_run_report(qtbot: QtBot, sqlite_db: Database) -> None:
    form = make_form(qtbot, sqlite_db)
    for name in REPORTS:
        shown(qtbot, form, name)
        expected = run_report(sqlite_db.engine, name, form.params())
        total_row = 1 if form.model.is_total(form.model.rowCount() - 1) else 0
        assert form.model.rowCount() == len(expected.rows) + total_row, name
        for r, row in enumerate(expected.rows[:50]):
            for c in expected.columns:
                if c.key == "period" or c.kind.value == "text":
                    continue
                assert cell(form, r, c.key) == format_value(c.kind, row.get(c.key), c.key)
        if total_row:
            last = form.model.rowCount() - 1
            for c in expected.columns:
                if c.key in expected.total and c.kind.value == "count":
                    assert cell(form, last, c.key) == format_value(c.kind, expected.total[c.key])
            assert form.model.data(form.model.index(last, 1), Qt.ItemDataRole.FontRole).bold()
        if name in AUDIT_REPORTS:  # a log of accesses: no service level, the server's times
            assert "database server" in form.header.text()
        else:
            assert "20 s" in form.header.text() and "5 s" in form.header.text()
        assert "01.11.2026" in form.header.text() and "20.11.2026" in form.header.text()


def test_breakdown_and_filters_reach_the_report(qtbot: QtBot, sqlite_db: Database) -> None:
    form = make_form(qtbot, sqlite_db)
    form.set_breakdown(Breakdown.WEEK)
    shown(qtbot, form, "call-center")
    assert form.result is not None and form.result.params.breakdown is Breakdown.WEEK
    weeks = {d.isocalendar()[1] for d in (date(2026, 11, day) for day in range(1, 21))}
    assert len(form.result.rows) == len(weeks)
    first_operator = form.operators.actions_list()[0]
    first_operator.setChecked(True)
    shown(qtbot, form, "call-center")
    assert form.result.params.operator_ids == (first_operator.data(),)


def _journal_count(qtbot: QtBot, journal: JournalForm) -> int:
    qtbot.waitUntil(lambda: journal.count_label.text().startswith("Calls: "), timeout=10_000)
    return int(journal.count_label.text().removeprefix("Calls: ").rstrip("+"))


def test_a_count_opens_the_journal_on_exactly_those_calls(qtbot: QtBot, db: Database) -> None:
    window = MainWindow(db, user_with_role(db, Role.SUPERVISOR), "test")
    qtbot.addWidget(window)
    form = window.open_section(MainWindow.SECTION_REPORTS)
    assert isinstance(form, ReportsForm)
    form.set_period(date(2026, 11, 16), date(2026, 11, 18))
    shown(qtbot, form, "call-center")
    assert form.result is not None
    keys = [c.key for c in form.model.columns]
    for key in ("lost", "missed", "incoming"):
        row = next(i for i, r in enumerate(form.result.rows) if r[key] > 0)
        number = form.result.rows[row][key]
        index = form.model.index(row, keys.index(key))
        form.table.doubleClicked.emit(index)
        journal = window.tabs.currentWidget()
        assert isinstance(journal, JournalForm)
        selection = drill_down(form.result, form.result.rows[row]["key"], key)
        assert selection.journal_exact
        assert journal.current_filter().period_start == selection.period_start
        # The journal counts the same calls (hand-checked against the table of calls).
        with db.engine.connect() as conn:
            calls = conn.execute(
                select(func.count()).select_from(Call).where(selection.where(Call.__table__))
            ).scalar_one()
        assert calls == number

        def counted(journal: JournalForm = journal, number: int = number) -> bool:
            return _journal_count(qtbot, journal) == number

        qtbot.waitUntil(counted, timeout=10_000)
        window.open_section(MainWindow.SECTION_REPORTS)


def test_an_operators_count_lists_exactly_its_calls(qtbot: QtBot, sqlite_db: Database) -> None:
    window = MainWindow(sqlite_db, user_with_role(sqlite_db, Role.SUPERVISOR), "test")
    qtbot.addWidget(window)
    form = window.open_section(MainWindow.SECTION_REPORTS)
    assert isinstance(form, ReportsForm)
    form.set_period(date(2026, 11, 16), date(2026, 11, 18))
    form.set_breakdown(Breakdown.NONE)
    shown(qtbot, form, "operators")
    assert form.result is not None
    keys = [c.key for c in form.model.columns]
    row = next(i for i, r in enumerate(form.result.rows) if 0 < r["incoming_taken"] < 200)
    number = form.result.rows[row]["incoming_taken"]
    form.table.doubleClicked.emit(form.model.index(row, keys.index("incoming_taken")))
    listing = window.tabs.currentWidget()
    assert isinstance(listing, SelectionForm)
    qtbot.waitUntil(lambda: listing.finished, timeout=10_000)
    assert listing.model.rowCount() == number
    employee = form.result.rows[row]["key"]
    assert all(r["employee_id"] == employee for r in listing.model.rows)


def test_xlsx_and_csv_read_back_with_the_same_totals(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path
) -> None:
    form = make_form(qtbot, sqlite_db)
    shown(qtbot, form, "call-center")
    result = form.result
    assert result is not None
    path = tmp_path / "cc.xlsx"
    form.export_xlsx(path)
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    header_at = next(i for i, r in enumerate(rows) if r and r[1] == "Offered")
    headers = list(rows[header_at])
    total = rows[header_at + 1 + len(result.rows)]
    assert total[0] == "Total"
    for key in ("offered", "answered", "missed", "lost", "called_back"):
        title = result.column(key).title
        assert total[headers.index(title)] == result.total[key]
    talk = total[headers.index("Total talk")]
    assert round(talk.total_seconds()) == result.total["talk_s"]
    assert sheet.freeze_panes is not None
    assert sheet._charts  # the native chart

    csv_path = tmp_path / "cc.csv"
    form.export_csv(csv_path)
    lines = csv_path.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 1 + len(result.rows) + 1
    last = lines[-1].split(";")
    assert int(last[1].replace("\u202f", "")) == result.total["offered"]


def test_pdf_is_written_with_the_table_and_the_chart(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path
) -> None:
    form = make_form(qtbot, sqlite_db)
    shown(qtbot, form, "call-center")
    image = form.chart_image()
    assert image is not None and not image.isNull()
    path = tmp_path / "cc.pdf"
    form.save_pdf(path)
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 10_000
    assert b"/Image" in data  # the chart went in as a picture


def test_reports_are_hidden_without_the_permission(qtbot: QtBot, db: Database) -> None:
    operator = user_with_role(db, Role.OPERATOR)
    with db.transaction() as session:
        session.execute(
            update(Employee).where(Employee.id == operator.id).values(can_reports=False)
        )
    window = MainWindow(db, operator, "test")
    qtbot.addWidget(window)
    assert MainWindow.SECTION_REPORTS not in window.section_actions

    with db.transaction() as session:
        session.execute(update(Employee).where(Employee.id == operator.id).values(can_reports=True))
    granted = MainWindow(db, operator, "test")
    qtbot.addWidget(granted)
    assert MainWindow.SECTION_REPORTS in granted.section_actions
    assert isinstance(granted.open_section(MainWindow.SECTION_REPORTS), ReportsForm)

    supervisor = MainWindow(db, user_with_role(db, Role.SUPERVISOR), "test")
    qtbot.addWidget(supervisor)
    assert MainWindow.SECTION_REPORTS in supervisor.section_actions


@pytest.fixture
def russian(tmp_path: Path) -> Iterator[None]:
    qm = tmp_path / "calldesk_ru.qm"
    subprocess.run(
        [
            str(TOOLS / "pyside6-lrelease"),
            str(resources.path("translations", "calldesk_ru.ts")),
            "-qm",
            str(qm),
        ],
        check=True,
        capture_output=True,
    )
    app = QCoreApplication.instance()
    assert app is not None
    translator = QTranslator()
    assert translator.load(str(qm))
    app.installTranslator(translator)
    before = QLocale()
    QLocale.setDefault(QLocale("ru"))
    yield
    app.removeTranslator(translator)
    QLocale.setDefault(before)


def test_screenshots_of_every_report_in_russian(
    qtbot: QtBot, sqlite_db: Database, russian: None
) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sqlite_db.engine.begin() as conn:  # the operators' time logged in and pauses
        seed_shifts(conn, NOW, 30)
    form = make_form(qtbot, sqlite_db)
    assert form.report_list.item(0).text() == "Колл-центр"
    for name in REPORTS:
        if name == "operators":
            form.set_breakdown(Breakdown.NONE)
        elif name == "call-center":
            form.set_breakdown(Breakdown.DAY)
        shown(qtbot, form, name)
        qtbot.wait(200)
        image = form.grab()
        assert image.width() == 1280 and image.height() == 800
        assert image.save(str(ARTIFACTS / f"reports-{name}.png"))
        assert form.result is not None
        if os.environ.get("CALLDESK_UPDATE_GUIDE_SHOTS") and form.result.rows:
            DOCS.mkdir(parents=True, exist_ok=True)
            image.save(str(DOCS / f"{name}.png"))


def test_a_heat_map_cell_lists_exactly_its_calls(qtbot: QtBot, sqlite_db: Database) -> None:
    window = MainWindow(sqlite_db, user_with_role(sqlite_db, Role.SUPERVISOR), "test")
    qtbot.addWidget(window)
    form = window.open_section(MainWindow.SECTION_REPORTS)
    assert isinstance(form, ReportsForm)
    form.set_period(*PERIOD)
    shown(qtbot, form, "traffic")
    assert form.result is not None
    row = max(form.result.rows, key=lambda r: r["offered"])
    weekday, hour = row["key"]
    assert form.heat_model.value(weekday, hour) == row["offered"]
    form.heat_map.doubleClicked.emit(form.heat_model.index(weekday, hour))
    listing = window.tabs.currentWidget()
    assert isinstance(listing, SelectionForm)
    qtbot.waitUntil(lambda: listing.finished, timeout=10_000)
    assert listing.model.rowCount() == row["offered"]
    for call in listing.model.rows:
        assert (call["started_at"].weekday(), call["started_at"].hour) == (weekday, hour)


def test_charts_take_their_colours_from_the_palette(qtbot: QtBot, sqlite_db: Database) -> None:
    """A dark palette gives a dark chart with light text (nothing hard-coded black on white)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    dark = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.AlternateBase, "#262626"),
        (QPalette.ColorRole.Text, "#e8e8e8"),
        (QPalette.ColorRole.WindowText, "#e8e8e8"),
        (QPalette.ColorRole.Button, "#353535"),
        (QPalette.ColorRole.ButtonText, "#e8e8e8"),
    ):
        dark.setColor(role, QColor(colour))
    app.setPalette(dark)
    try:
        form = make_form(qtbot, sqlite_db)
        shown(qtbot, form, "call-center")
        chart = form.chart_view.chart()
        assert chart.backgroundBrush().color() == QColor("#1e1e1e")
        assert chart.titleBrush().color() == QColor("#e8e8e8")
        for axis in chart.axes():
            assert axis.labelsColor() == QColor("#e8e8e8")
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        assert form.grab().save(str(ARTIFACTS / "reports-call-center-dark.png"))
        shown(qtbot, form, "traffic")
        empty = form.heat_model.data(form.heat_model.index(6, 3), Qt.ItemDataRole.BackgroundRole)
        if not form.heat_model.value(6, 3):
            assert empty.color() == QColor("#1e1e1e")
        assert form.grab().save(str(ARTIFACTS / "reports-traffic-dark.png"))
    finally:
        app.setPalette(before)


def test_detail_loads_more_rows_on_request(qtbot: QtBot, sqlite_db: Database) -> None:
    form = make_form(qtbot, sqlite_db)
    shown(qtbot, form, "detail")
    assert form.result is not None and form.result.next_page is not None
    first = form.model.rowCount()
    assert first == form.result.params.page_size
    form.more_button.click()
    qtbot.waitUntil(lambda: form.model.rowCount() > first, timeout=10_000)
    with sqlite_db.engine.connect() as conn:
        calls = conn.execute(
            select(func.count())
            .select_from(Call)
            .where(Call.started_at >= date(2026, 11, 1), Call.started_at < date(2026, 11, 21))
            .where(Call.direction.in_(["in", "out"]))  # the journal's default kinds
        ).scalar_one()
    assert form.model.rowCount() == min(calls, 2 * first)
    ids = [form.model.row_dict(r)["key"] for r in range(form.model.rowCount())]
    assert len(set(ids)) == len(ids)  # no call twice across the pages
