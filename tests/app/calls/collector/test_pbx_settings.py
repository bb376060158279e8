"""Administration -> PBX settings: stored once for the company, validated, password in the
keyring of this machine, never in the database."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from app.calls.collector.pbx_settings import (
    PbxSettings,
    PbxSettingsError,
    load_pbx_settings,
    save_pbx_settings,
)
from app.config import database_secret_key, get_secret
from app.database import Database
from app.staff.permissions import PermissionDenied
from models import CompanySetting, Role
from tests.conftest import MemoryKeyring
from tests.support.ui_support import user_with_role

pytestmark = pytest.mark.seed(calls=10, clients=3, days=1, seed=5)


def test_settings_round_trip_and_password_goes_to_the_keyring(
    db: Database, memory_keyring: MemoryKeyring
) -> None:
    admin = user_with_role(db, Role.ADMIN)
    with db.transaction() as s:
        assert load_pbx_settings(s) == PbxSettings()
        assert not load_pbx_settings(s).configured
        saved = save_pbx_settings(
            s,
            admin,
            PbxSettings(
                cdr_url=" mysql+pymysql://reader:s3cret@pbx.local/asteriskcdrdb ",
                queue_log_url="file:///var/log/asterisk/queue_log",
                cel=True,
                trunk_patterns=("^PJSIP/trunk-", " ", "^SIP/beeline"),
                timezone="Europe/Moscow",
                recordings="/mnt/pbx/monitor",
            ),
        )
    assert saved.cdr_url == "mysql+pymysql://reader@pbx.local/asteriskcdrdb"
    with db.transaction() as s:
        loaded = load_pbx_settings(s)
        stored = s.scalar(select(CompanySetting.value).where(CompanySetting.key == "pbx"))
    assert loaded == saved
    assert loaded.trunk_patterns == ("^PJSIP/trunk-", "^SIP/beeline")
    assert loaded.configured and loaded.cel and loaded.timezone == "Europe/Moscow"
    assert "s3cret" not in repr(stored)
    key = database_secret_key(make_url(saved.cdr_url))
    assert get_secret(key) == "s3cret"


@pytest.mark.parametrize(
    ("settings", "words"),
    [
        (PbxSettings(cdr_url="not a url"), "cdr address"),
        (PbxSettings(cdr_url="file:///x", queue_log_url="::"), "queue_log address"),
        (PbxSettings(cdr_url="file:///x", trunk_patterns=("([",)), "trunk pattern (["),
        (PbxSettings(cdr_url="file:///x", timezone="Mars/Olympus"), "Unknown time zone"),
    ],
)
def test_bad_values_are_refused_and_nothing_is_written(
    db: Database, settings: PbxSettings, words: str
) -> None:
    admin = user_with_role(db, Role.ADMIN)
    with pytest.raises(PbxSettingsError, match=re.escape(words)), db.transaction() as s:
        save_pbx_settings(s, admin, settings)
    with db.transaction() as s:
        assert load_pbx_settings(s) == PbxSettings()


def test_only_an_administrator_sets_up_the_pbx(db: Database) -> None:
    for role in (Role.OPERATOR, Role.SUPERVISOR, Role.ACCOUNTANT):
        with pytest.raises(PermissionDenied), db.transaction() as s:
            save_pbx_settings(s, user_with_role(db, role), PbxSettings(cdr_url="file:///x"))
    with db.transaction() as s:
        assert not load_pbx_settings(s).configured
