"""The collector reads the PBX through mysqlclient when it is installed; PyMySQL when it is
not there or when the administrator asks for it (it always works)."""

from __future__ import annotations

import sys

import pytest
from sqlalchemy.engine import make_url

from app.calls.collector.sources import reading_driver
from app.database import MYSQL_DRIVER_VARIABLE

PYMYSQL = make_url("mysql+pymysql://pbx@pbx.example/asteriskcdrdb")


def test_the_pbx_is_read_through_mysqlclient_when_it_is_there(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(MYSQL_DRIVER_VARIABLE, raising=False)
    assert reading_driver(PYMYSQL).drivername == "mysql+mysqldb"
    sqlite = make_url("sqlite:///cdr.db")
    assert reading_driver(sqlite) == sqlite
    monkeypatch.setenv(MYSQL_DRIVER_VARIABLE, "pymysql")  # the administrator's choice
    assert reading_driver(PYMYSQL) == PYMYSQL
    monkeypatch.delenv(MYSQL_DRIVER_VARIABLE)
    monkeypatch.setitem(sys.modules, "MySQLdb", None)  # not installed: PyMySQL, always there
    assert reading_driver(PYMYSQL) == PYMYSQL
