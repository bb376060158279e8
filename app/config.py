"""Workstation settings (a JSON file in the per-OS config dir) and secrets (the OS keyring).

Passwords never reach the settings file: a database URL is stored without its password,
which goes to the keyring under a key naming the server, user and database.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs

from app.phones import DEFAULT_REGION

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

# keyring and SQLAlchemy are imported where used: the first window of the app reads the
# settings before those (a second and more of imports) are needed.

APP_NAME = "CallDesk"
KEYRING_SERVICE = "CallDesk"
SETTINGS_VERSION = 1


class SecretsUnavailable(Exception):
    """The OS keyring cannot be used; the message says what to do."""


def config_dir() -> Path:
    override = os.environ.get("CALLDESK_CONFIG_DIR")
    return Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, False))


def data_dir() -> Path:
    override = os.environ.get("CALLDESK_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))


@dataclass
class WorkstationSettings:
    """Settings of this computer. Business settings live in the database."""

    database_url: str = ""
    language: str = ""  # empty: the system's language
    theme: str = ""  # empty: as the system (light or dark); "light", "dark"
    phone_region: str = DEFAULT_REGION
    recordings_base: str = ""
    remember_login: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    version: int = SETTINGS_VERSION


def settings_path() -> Path:
    return config_dir() / "settings.json"


def load_settings(path: Path | None = None) -> WorkstationSettings:
    path = path or settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return WorkstationSettings()
    except (OSError, ValueError) as e:
        raise ValueError(f"The settings file {path} cannot be read: {e}") from e
    known = {f.name for f in fields(WorkstationSettings)}
    return WorkstationSettings(**{k: v for k, v in raw.items() if k in known})


def save_settings(settings: WorkstationSettings, path: Path | None = None) -> None:
    """Write atomically; a URL with a password in it is refused rather than written."""
    from app.database import parse_url

    if settings.database_url and parse_url(settings.database_url).password:
        raise ValueError("A database password must go to the keyring, not the settings file.")
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".settings-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(asdict(settings), f, ensure_ascii=False, indent=2)
    os.replace(tmp, path)


def database_secret_key(url: URL) -> str:
    return f"db:{url.username or ''}@{url.host or ''}:{url.port or ''}/{url.database or ''}"


def get_secret(key: str) -> str | None:
    import keyring.errors

    try:
        value: str | None = keyring.get_password(KEYRING_SERVICE, key)
    except keyring.errors.KeyringError as e:
        raise SecretsUnavailable(
            f"The system keyring is not available ({e}); the password must be typed at start."
        ) from e
    return value


def set_secret(key: str, value: str) -> None:
    import keyring.errors

    try:
        keyring.set_password(KEYRING_SERVICE, key, value)
    except keyring.errors.KeyringError as e:
        raise SecretsUnavailable(
            f"The system keyring is not available ({e}); the password cannot be remembered."
        ) from e


def delete_secret(key: str) -> None:
    import keyring.errors

    try:
        keyring.delete_password(KEYRING_SERVICE, key)
    except keyring.errors.PasswordDeleteError:
        pass
    except keyring.errors.KeyringError as e:
        raise SecretsUnavailable(f"The system keyring is not available ({e}).") from e


def split_password(url_text: str) -> tuple[str, str | None]:
    """Separate a password typed inside a URL from the URL that may be stored."""
    from app.database import parse_url

    url = parse_url(url_text)
    password = url.password
    if password is None:
        return url_text, None
    # URL.set(password=None) means "keep the password"; _replace really removes it.
    return url._replace(password=None).render_as_string(hide_password=False), str(password)


def database_password(url_text: str) -> str | None:
    from app.database import parse_url

    url = parse_url(url_text)
    if url.get_backend_name() == "sqlite":
        return None
    return get_secret(database_secret_key(url))


def store_database_connection(
    settings: WorkstationSettings, url_text: str, password: str | None
) -> None:
    """Remember the URL in the settings file and the password in the keyring."""
    from app.database import parse_url

    url_text, inline = split_password(url_text)
    password = password if password else inline
    url = parse_url(url_text)
    if password:
        set_secret(database_secret_key(url), password)
    settings.database_url = url_text
    save_settings(settings)
