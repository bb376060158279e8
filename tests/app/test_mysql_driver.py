"""The optional C driver for MySQL/MariaDB (mysqlclient): chosen by CALLDESK_MYSQL_DRIVER
for PyMySQL URLs, PyMySQL when it is not wanted or cannot be imported, and the journal,
the reports and a write give the same results through both on a real MariaDB."""

from __future__ import annotations

import sys
from datetime import date

import pytest
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from app.database import (
    MYSQL_DRIVER_VARIABLE,
    Database,
    make_engine,
    migrate,
    preferred_mysql_driver,
)
from app.demo.seed import SeedPlan, seed
from app.journal.query import JournalFilter, fetch_page
from app.reports import Breakdown, ReportParams, run_report
from app.staff.auth import CurrentUser
from app.staff.work_sessions import open_session
from models import Employee, Role, WorkSession
from tests.support.clock_support import NOW

PYMYSQL = make_url("mysql+pymysql://u@db/calldesk")


def test_the_c_driver_only_when_wanted_and_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    assert preferred_mysql_driver(PYMYSQL, "") == PYMYSQL
    assert preferred_mysql_driver(PYMYSQL, "mysqlclient").drivername == "mysql+mysqldb"
    sqlite = make_url("sqlite:///x.db")
    assert preferred_mysql_driver(sqlite, "mysqlclient") == sqlite
    direct = make_url("mysql+mysqldb://u@db/calldesk")
    assert preferred_mysql_driver(direct, "") == direct
    monkeypatch.setenv(MYSQL_DRIVER_VARIABLE, "mysqlclient")
    assert preferred_mysql_driver(PYMYSQL).drivername == "mysql+mysqldb"
    # Not importable (a workstation without it): PyMySQL, which always works.
    monkeypatch.setitem(sys.modules, "MySQLdb", None)
    assert preferred_mysql_driver(PYMYSQL) == PYMYSQL


@pytest.mark.mariadb
def test_both_drivers_read_and_write_the_same(mariadb_url: str) -> None:
    slow = make_engine(mariadb_url)
    fast = make_engine(preferred_mysql_driver(make_url(mariadb_url), "mysqlclient"))
    assert (slow.dialect.driver, fast.dialect.driver) == ("pymysql", "mysqldb")
    try:
        migrate(slow)
        seed(slow, SeedPlan(calls=800, clients=60, days=7, seed=3, now=NOW))
        with Session(slow) as s:
            boss = s.query(Employee).filter_by(role=Role.SUPERVISOR.value).first()
            assert boss is not None
            user = CurrentUser(boss.id, boss.login, boss.full_name, "", Role.SUPERVISOR, None)
        flt = JournalFilter(period_start=NOW.replace(day=13, hour=0), period_end=NOW)
        pages = []
        for engine in (slow, fast):
            with engine.connect() as conn:
                pages.append(fetch_page(conn, flt, user, None, 200))
        assert len(pages[0]) == 200 and pages[0] == pages[1]
        params = ReportParams(date(2026, 11, 14), date(2026, 11, 20), breakdown=Breakdown.DAY)
        assert (
            run_report(slow, "call-center", params).rows
            == run_report(fast, "call-center", params).rows
        )
        with Session(fast) as s, s.begin():
            open_session(s, boss.id, "desk", now=NOW)
        # The seeder's bulk path through the C driver too (rows a benchmark adds).
        seed(fast, SeedPlan(calls=100, clients=60, days=1, seed=4, now=NOW))
        with Session(slow) as s:
            assert s.query(WorkSession).filter_by(place="desk").count() == 1
        assert Database(fast).dialect == "mysql"
    finally:
        slow.dispose()
        fast.dispose()
