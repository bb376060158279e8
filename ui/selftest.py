"""``calldesk --selftest``: checks the installation (also inside the bundle); 0 = all good."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

Check = Callable[[Path], str]


def check_drivers(_tmp: Path) -> str:
    import sqlite3

    import pymysql

    return f"PyMySQL {pymysql.__version__}, SQLite {sqlite3.sqlite_version}"


def check_migration(tmp: Path) -> str:
    from app.database import SchemaState, make_engine, migrate

    engine = make_engine(f"sqlite:///{tmp / 'selftest.db'}")
    try:
        result = migrate(engine)
    finally:
        engine.dispose()
    if result.state is not SchemaState.CURRENT:
        raise RuntimeError(result.message())
    return f"schema revision {result.database_revision}"


def check_keyring(_tmp: Path) -> str:
    import keyring
    import keyring.errors

    backend = keyring.get_keyring()
    try:
        keyring.get_password("CallDesk", "selftest")
    except keyring.errors.NoKeyringError:
        return f"WARNING: no system keyring ({type(backend).__name__}); passwords will be asked"
    return f"backend {type(backend).__module__}.{type(backend).__name__}"


def check_player(_tmp: Path) -> str:
    import vlc

    instance = vlc.Instance(["--aout=adummy", "--vout=dummy", "--quiet"])
    if instance is None:
        raise RuntimeError("libVLC could not start (is libvlc / vlc-plugin-base installed?)")
    version = vlc.libvlc_get_version().decode()
    instance.release()
    return f"libVLC {version}"


def check_window(tmp: Path) -> str:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.auth import CurrentUser
    from app.database import Database, make_engine, migrate
    from models import Role
    from ui.application import create_application
    from ui.main_window import MainWindow

    app = create_application("en")
    engine = make_engine(f"sqlite:///{tmp / 'window.db'}")
    migrate(engine)
    db = Database(engine)
    user = CurrentUser(1, "selftest", "Self Test", "", Role.ADMIN, None)
    window = MainWindow(db, user, "selftest")
    window.show()
    app.processEvents()
    image = window.grab().toImage()
    window.close()
    db.dispose()
    if image.isNull() or image.width() < 100:
        raise RuntimeError("the main window did not render")
    return f"main window rendered {image.width()}x{image.height()} ({app.platformName()})"


CHECKS: list[tuple[str, Check]] = [
    ("database drivers", check_drivers),
    ("migration on a temporary SQLite", check_migration),
    ("keyring", check_keyring),
    ("recording player (libVLC)", check_player),
    ("main window", check_window),
]


def run_selftest() -> int:
    failed = 0
    with tempfile.TemporaryDirectory(prefix="calldesk-selftest-") as tmp:
        for name, check in CHECKS:
            try:
                detail = check(Path(tmp))
            except Exception as e:
                failed += 1
                print(f"FAIL  {name}: {type(e).__name__}: {e}")
            else:
                print(f"ok    {name}: {detail}")
    print("selftest: " + ("all checks passed" if not failed else f"{failed} check(s) failed"))
    sys.stdout.flush()
    return 1 if failed else 0
