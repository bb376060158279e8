"""Workstation settings on disk and secrets in the keyring: no password ever hits a file."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote

import keyring
import keyring.backends.fail
import pytest
from sqlalchemy.engine import make_url

from app.config import (
    KEYRING_SERVICE,
    SecretsUnavailable,
    WorkstationSettings,
    config_dir,
    data_dir,
    database_password,
    database_secret_key,
    delete_secret,
    get_secret,
    load_settings,
    save_settings,
    set_secret,
    settings_path,
    split_password,
    store_database_connection,
)
from tests.conftest import MemoryKeyring

SECRET = "Zq8-пароль:@/%секрет"  # characters that need URL escaping, and Cyrillic
URL_WITHOUT_PASSWORD = "mysql+pymysql://operator@db.office.local:3307/calldesk"
URL_WITH_PASSWORD = (
    f"mysql+pymysql://operator:{quote(SECRET, safe='')}@db.office.local:3307/calldesk"
)


def _all_files_bytes(*roots: Path) -> dict[Path, bytes]:
    return {
        p: p.read_bytes() for root in roots if root.exists() for p in root.rglob("*") if p.is_file()
    }


def _assert_secret_not_on_disk(*roots: Path) -> None:
    forms = {SECRET, quote(SECRET, safe=""), quote(SECRET), SECRET.encode().hex()}
    files = _all_files_bytes(*roots)
    assert files, "expected the settings file to exist"
    for path, content in files.items():
        for form in forms:
            assert form.encode() not in content, f"the password is in {path}"
        assert SECRET.encode("utf-16-le") not in content


def test_dirs_come_from_the_environment() -> None:
    assert config_dir() == Path(os.environ["CALLDESK_CONFIG_DIR"])
    assert data_dir() == Path(os.environ["CALLDESK_DATA_DIR"])
    assert settings_path().parent == config_dir()


def test_missing_file_gives_defaults() -> None:
    assert not settings_path().exists()
    assert load_settings() == WorkstationSettings()


def test_settings_round_trip() -> None:
    settings = WorkstationSettings(
        database_url=URL_WITHOUT_PASSWORD,
        language="uk",
        phone_region="UA",
        recordings_base="https://pbx.office.local/monitor/",
        remember_login="кузнецов",
        extra={"journal": {"columns": ["дата", "статус"], "width": 240}, "volume": 0.8},
    )
    save_settings(settings)
    assert settings_path().is_file()
    loaded = load_settings()
    assert loaded == settings
    assert loaded is not settings
    # Only the settings file, no temp files left behind by the atomic write.
    assert [p.name for p in config_dir().iterdir()] == ["settings.json"]


def test_settings_save_overwrites(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "settings.json"
    save_settings(WorkstationSettings(language="ru"), path)
    save_settings(WorkstationSettings(language="en"), path)
    assert load_settings(path).language == "en"


def test_unknown_keys_from_a_newer_version_are_ignored() -> None:
    settings_path().parent.mkdir(parents=True)
    settings_path().write_text(
        '{"language": "ru", "from_the_future": 42, "version": 1}', encoding="utf-8"
    )
    loaded = load_settings()
    assert loaded.language == "ru"
    assert loaded.database_url == ""


@pytest.mark.parametrize(
    "content", [b"{not json", b"\xff\xfe\x00garbage", b'{"language": "ru"'], ids=str
)
def test_corrupt_settings_file_gives_a_clear_error(content: bytes) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    with pytest.raises(ValueError, match=r"settings file .* cannot be read") as caught:
        load_settings()
    assert str(path) in str(caught.value)


def test_save_refuses_a_url_with_a_password() -> None:
    with pytest.raises(ValueError, match="keyring"):
        save_settings(WorkstationSettings(database_url=URL_WITH_PASSWORD))
    assert not settings_path().exists()


def test_split_password() -> None:
    url, password = split_password(URL_WITH_PASSWORD)
    assert password == SECRET
    assert make_url(url).password is None
    assert make_url(url).host == "db.office.local"
    assert split_password(URL_WITHOUT_PASSWORD) == (URL_WITHOUT_PASSWORD, None)


def test_password_inside_the_url_goes_only_to_the_keyring(
    memory_keyring: MemoryKeyring,
) -> None:
    settings = WorkstationSettings(language="ru")
    store_database_connection(settings, URL_WITH_PASSWORD, None)

    stored_url = make_url(settings.database_url)
    assert stored_url.password is None
    assert (stored_url.username, stored_url.host, stored_url.port, stored_url.database) == (
        "operator",
        "db.office.local",
        3307,
        "calldesk",
    )
    assert list(memory_keyring.secrets.values()) == [SECRET]
    assert load_settings().database_url == settings.database_url
    assert database_password(load_settings().database_url) == SECRET
    _assert_secret_not_on_disk(config_dir(), data_dir())


def test_password_typed_separately_goes_only_to_the_keyring(
    memory_keyring: MemoryKeyring,
) -> None:
    settings = WorkstationSettings()
    store_database_connection(settings, URL_WITHOUT_PASSWORD, SECRET)
    assert database_password(settings.database_url) == SECRET
    assert memory_keyring.secrets == {
        (KEYRING_SERVICE, database_secret_key(make_url(URL_WITHOUT_PASSWORD))): SECRET
    }
    _assert_secret_not_on_disk(config_dir(), data_dir())


def test_each_server_has_its_own_secret() -> None:
    store_database_connection(WorkstationSettings(), URL_WITHOUT_PASSWORD, "first")
    other = "mysql+pymysql://operator@db2.office.local:3307/calldesk"
    store_database_connection(WorkstationSettings(), other, "second")
    assert database_password(URL_WITHOUT_PASSWORD) == "first"
    assert database_password(other) == "second"


def test_sqlite_has_no_password(tmp_path: Path) -> None:
    assert database_password(f"sqlite:///{tmp_path / 'calldesk.db'}") is None


def test_secret_set_get_delete() -> None:
    assert get_secret("sip:301") is None
    set_secret("sip:301", "s1p")
    assert get_secret("sip:301") == "s1p"
    delete_secret("sip:301")
    assert get_secret("sip:301") is None
    delete_secret("sip:301")  # deleting what is not there is fine


def test_no_keyring_is_a_clear_problem() -> None:
    # The autouse fixture restores the in-memory keyring afterwards.
    keyring.set_keyring(keyring.backends.fail.Keyring())
    with pytest.raises(SecretsUnavailable, match="keyring is not available"):
        get_secret("db:x")
    with pytest.raises(SecretsUnavailable, match="cannot be remembered"):
        store_database_connection(WorkstationSettings(), URL_WITH_PASSWORD, None)
    with pytest.raises(SecretsUnavailable):
        delete_secret("db:x")
    # The password was not written anywhere else instead.
    assert not settings_path().exists()
