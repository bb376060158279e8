"""Administration -> PBX and the supervisors' status-bar word on the PBX data, on real
databases with the collector's lease row written by the collector's own functions."""

from __future__ import annotations

import secrets
from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from app import clock
from app.calls.collector.lease import beat, record_error, try_acquire
from app.calls.collector.pbx_settings import load_pbx_settings
from app.company_settings import CALL_SOURCE, CALL_SOURCE_SOFTPHONE, put_setting
from app.database import Database, make_engine
from app.workplace import Workplace
from models import Call, Employee, Role
from tests.support.clock_support import NOW
from tests.support.collector_fixtures import create_cdr_table, insert_rows
from tests.support.mariadb_server import MariaDBServer, free_port
from tests.support.ui_support import user_with_role
from ui.admin.form import AdminForm
from ui.collector_status import CollectorStatusLabel
from ui.main_window import MainWindow

pytestmark = pytest.mark.seed(calls=50, clients=10)


def test_pbx_page_saves_settings_and_refuses_a_bad_zone(qtbot: QtBot, db: Database) -> None:
    form = AdminForm(Workplace(db, user_with_role(db, Role.ADMIN)))
    qtbot.addWidget(form)
    page = form.pbx
    page.cdr_url.setText("mysql+pymysql://reader@pbx.local/asteriskcdrdb")
    page.password.setText("s3cret")
    page.trunks.setPlainText("^PJSIP/trunk-\n^SIP/beeline\n")
    page.timezone.setCurrentText("Mars/Olympus")
    page.save()
    assert "Unknown time zone Mars/Olympus" in page.message.text()
    assert page.password.text() == "s3cret"  # the input is kept for a correction
    with db.transaction() as s:
        assert not load_pbx_settings(s).configured
    page.timezone.setCurrentText("Europe/Moscow")
    page.save()
    assert page.password.text() == ""
    with db.transaction() as s:
        stored = load_pbx_settings(s)
    assert stored.cdr_url == "mysql+pymysql://reader@pbx.local/asteriskcdrdb"
    assert stored.trunk_patterns == ("^PJSIP/trunk-", "^SIP/beeline")
    assert stored.timezone == "Europe/Moscow"
    # A new form shows what is stored.
    again = AdminForm(Workplace(db, user_with_role(db, Role.ADMIN)))
    qtbot.addWidget(again)
    assert again.pbx.trunks.toPlainText() == "^PJSIP/trunk-\n^SIP/beeline"


def test_status_label_says_when_the_pbx_data_is_behind_or_stopped(
    qtbot: QtBot, db: Database
) -> None:
    fixed = clock.FixedClock(NOW)
    with clock.using(fixed):
        label = CollectorStatusLabel(db, poll_ms=3_600_000)
        qtbot.addWidget(label)
        qtbot.waitUntil(lambda: label.text() == "PBX data: no collector yet")
        assert label.isVisibleTo(label.parentWidget() or label)

        with db.transaction() as s:
            lease = try_acquire(s, "main", "pbx-host:100")
            assert lease is not None
            beat(s, lease, caught_up_to=NOW - timedelta(seconds=30), rows=120, calls=40)
        label.refresh()
        qtbot.waitUntil(lambda: label.health is None)
        assert label.isHidden()  # current: nothing to say

        fixed.advance(timedelta(seconds=50))
        with db.transaction() as s:
            beat(s, lease, caught_up_to=NOW - timedelta(minutes=12))
        label.refresh()
        qtbot.waitUntil(lambda: label.text() == "PBX data 12 min behind")
        assert "40 calls written" in label.toolTip()

        with db.transaction() as s:
            record_error(s, "main", "Lost connection to MySQL server at 'pbx.local'")
        fixed.advance(timedelta(minutes=7))  # no heartbeat for seven minutes
        label.refresh()
        qtbot.waitUntil(lambda: label.text() == "PBX collector stopped 7 min ago")
        assert "Lost connection to MySQL server" in label.toolTip()

        with db.transaction() as s:
            put_setting(s, CALL_SOURCE, CALL_SOURCE_SOFTPHONE)
        label.refresh()
        qtbot.waitUntil(lambda: label.health is None)
        assert label.isHidden()


def test_only_supervisors_and_admins_see_the_collector_and_a_click_opens_the_page(
    qtbot: QtBot, db: Database
) -> None:
    operator = MainWindow(db, user_with_role(db, Role.OPERATOR))
    qtbot.addWidget(operator)
    assert operator.collector_label is None
    window = MainWindow(db, user_with_role(db, Role.ADMIN))
    qtbot.addWidget(window)
    label = window.collector_label
    assert label is not None
    qtbot.waitUntil(lambda: label.text() == "PBX data: no collector yet")
    label.clicked.emit()
    form = window.tabs.currentWidget()
    assert isinstance(form, AdminForm)
    assert form.tabs.currentWidget() is form.pbx
    qtbot.waitUntil(lambda: form.pbx.state.text() == "no collector has run yet")


def test_test_connection_shows_what_the_newest_records_would_become(
    qtbot: QtBot, db: Database, mariadb_server: MariaDBServer
) -> None:
    """A stock FreePBX cdr table (no calldate index): an answered incoming call that rang a
    ring group of two, an unanswered one from an unknown number; nothing is written."""
    name = "pbx_" + secrets.token_hex(4)
    mariadb_server.create_database(name)
    try:
        with db.transaction() as s:
            extensions = [
                e for e in s.scalars(select(Employee.extension).order_by(Employee.id)) if e
            ][:2]
            calls_before = s.scalar(select(func.count()).select_from(Call))
        a, b = extensions
        t1 = NOW - timedelta(minutes=30)
        t2 = NOW - timedelta(minutes=5)
        names = (
            "calldate",
            "src",
            "dst",
            "dcontext",
            "channel",
            "dstchannel",
            "lastapp",
            "duration",
            "billsec",
            "disposition",
            "uniqueid",
            "linkedid",
            "sequence",
            "recordingfile",
        )
        rows = [
            (
                t1,
                "+74951234567",
                "600",
                "from-trunk",
                "PJSIP/trunk-0001",
                f"PJSIP/{a}-0002",
                "Dial",
                95,
                80,
                "ANSWERED",
                "1700.1",
                "1700.1",
                1,
                "rg-600-+74951234567-20261120-180000-1700.1.wav",
            ),
            (
                t1,
                "+74951234567",
                "600",
                "from-trunk",
                "PJSIP/trunk-0001",
                f"PJSIP/{b}-0003",
                "Dial",
                15,
                0,
                "NO ANSWER",
                "1700.1",
                "1700.1",
                2,
                "",
            ),
            (
                t2,
                "+74957654321",
                "600",
                "from-trunk",
                "PJSIP/trunk-0004",
                f"PJSIP/{a}-0005",
                "Dial",
                20,
                0,
                "NO ANSWER",
                "1800.4",
                "1800.4",
                3,
                "",
            ),
        ]
        pbx = make_engine(mariadb_server.url(name))
        try:
            create_cdr_table(pbx, index_calldate=False)  # stock FreePBX: no calldate index
            insert_rows(pbx, [dict(zip(names, row, strict=True)) for row in rows])
        finally:
            pbx.dispose()
        form = AdminForm(Workplace(db, user_with_role(db, Role.ADMIN)))
        qtbot.addWidget(form)
        page = form.pbx
        url = make_url(mariadb_server.url(name))
        page.password.setText(str(url.password))
        page.cdr_url.setText(url._replace(password=None).render_as_string(hide_password=False))
        with clock.using(clock.FixedClock(NOW)):
            page.test_connection()
            qtbot.waitUntil(lambda: page.test_button.isEnabled(), timeout=20_000)
        text = page.test_result.text()
        assert "3 records read (0 not usable): the newest 2 calls below." in text, text
        assert "no index on calldate" in text
        table = page.preview_table
        assert table.rowCount() == 2
        cells = [[table.item(r, c) for c in range(table.columnCount())] for r in (0, 1)]
        newest, older = ([c.text() if c else "" for c in row] for row in cells)
        assert newest[1] == "Incoming" and newest[4] == "Lost" and newest[7] == "1 / 0"
        assert older[4] == "Accepted" and older[3] == a and older[7] == "2 / 1"
        assert older[6] == "80"
        with db.transaction() as s:
            assert s.scalar(select(func.count()).select_from(Call)) == calls_before
    finally:
        mariadb_server.drop_database(name)


def test_test_connection_says_why_it_cannot_read(qtbot: QtBot, db: Database) -> None:
    form = AdminForm(Workplace(db, user_with_role(db, Role.ADMIN)))
    qtbot.addWidget(form)
    page = form.pbx
    page.cdr_url.setText(f"mysql+pymysql://reader@127.0.0.1:{free_port()}/asteriskcdrdb")
    page.password.setText("x")
    page.test_connection()
    qtbot.waitUntil(lambda: page.test_button.isEnabled(), timeout=30_000)
    assert page.test_result.text().startswith("The PBX records cannot be read:")
    assert "127.0.0.1" in page.test_result.text()
    assert page.preview_table.isHidden()
