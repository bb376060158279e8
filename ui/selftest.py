"""``calldesk --selftest``: checks the installation (also inside the bundle); 0 = all good.

Each check either returns a line saying what it found or raises with a message saying what
is missing; one failed check makes the exit code 1. Nothing here needs a display, a sound
card, a network or a keyring daemon.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

Check = Callable[[Path], str]

PLAY_SECONDS = 1.0  # how long the player check listens at most
PLAY_TIMEOUT = 10.0  # a player that has not started by then is broken
SIP_TIMEOUT = 10.0  # the softphone's call to itself


class CheckFailed(Exception):
    """A check found a problem; the message says what to install or fix."""


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
        raise CheckFailed(result.message())
    return f"schema revision {result.database_revision}"


def _platform_keyring_backend() -> str:
    if sys.platform.startswith("win"):
        return "keyring.backends.Windows"
    if sys.platform == "darwin":
        return "keyring.backends.macOS"
    return "keyring.backends.SecretService"


def check_keyring(_tmp: Path) -> str:
    """The OS keyring backend must be installed; a session without a keyring daemon is
    only a warning (passwords are then asked at start)."""
    import importlib

    import keyring
    import keyring.errors

    module = _platform_keyring_backend()
    try:
        importlib.import_module(module)
    except ImportError as e:
        raise CheckFailed(f"the keyring backend {module} is missing: {e}") from e
    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    try:
        keyring.get_password("CallDesk", "selftest")
    except keyring.errors.KeyringError as e:
        reason = str(e).split(". ")[0]
        return f"WARNING: no usable system keyring here ({name}: {reason}); passwords are asked"
    return f"read through {name}"


def _bundled_wav() -> Path:
    from ui import resources

    wav = resources.path("sounds", "selftest.wav")
    if not wav.is_file():
        raise CheckFailed(f"the bundled sound {wav} is missing")
    return wav


def check_player(_tmp: Path) -> str:
    """libVLC really plays the bundled WAV (to a dummy audio output) and its clock runs."""
    import vlc

    wav = _bundled_wav()
    instance = vlc.Instance(["--aout=adummy", "--no-video", "--quiet", "--no-xlib"])
    if instance is None:
        raise CheckFailed("libVLC could not start (are libvlc and its plugins installed?)")
    player = instance.media_player_new()
    media = instance.media_new_path(str(wav))
    player.set_media(media)
    media.release()
    try:
        if player.play() != 0:
            raise CheckFailed(f"libVLC refused to play {wav.name}")
        deadline = time.monotonic() + PLAY_TIMEOUT
        first_ms: int | None = None
        started = 0.0
        last_ms = -1
        state = player.get_state()
        while time.monotonic() < deadline:
            state = player.get_state()
            if state == vlc.State.Error:
                raise CheckFailed(f"libVLC could not decode {wav.name} (codec plugins missing?)")
            now_ms = player.get_time()
            if now_ms >= 0 and first_ms is None and state == vlc.State.Playing:
                first_ms, started = now_ms, time.monotonic()
            last_ms = max(last_ms, now_ms)
            if state == vlc.State.Ended:
                break
            if first_ms is not None and time.monotonic() - started >= PLAY_SECONDS:
                break
            time.sleep(0.05)
        length = player.get_length()
        origin = _vlc_origin()  # while the plugins are still loaded
    finally:
        player.stop()
        player.release()
        instance.release()
    version = vlc.libvlc_get_version().decode()
    if first_ms is None or last_ms <= first_ms:  # the clock never ran: nothing was played
        raise CheckFailed(
            f"libVLC {version} did not play {wav.name}: state {state}, position {last_ms} ms"
        )
    how = "to its end" if state == vlc.State.Ended else f"up to {last_ms} ms"
    return (
        f"libVLC {version} played {wav.name} ({length} ms) {how} on the dummy audio output" + origin
    )


def _vlc_origin() -> str:
    """Inside the bundle, libVLC and every plugin it loaded must come from the bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    maps = Path("/proc/self/maps")
    if bundle is None or not maps.exists():
        return ""
    loaded = {
        line.split()[-1]
        for line in maps.read_text().splitlines()
        if "/libvlc" in line or "_plugin." in line
    }
    outside = sorted(p for p in loaded if not p.startswith(bundle))
    if outside:
        raise CheckFailed("libVLC was loaded from outside the bundle: " + ", ".join(outside))
    plugins = sum(1 for p in loaded if "_plugin." in p)
    return f" (bundled libVLC, {plugins} plugins loaded)"


def _flush_c_stdio() -> None:
    """Flush the C library's stdout buffer, or pjlib's lines come out at exit after all."""
    import ctypes

    with contextlib.suppress(OSError, AttributeError, TypeError):
        libc = ctypes.CDLL(None) if os.name == "posix" else ctypes.cdll.msvcrt
        libc.fflush(None)


@contextlib.contextmanager
def _quiet_fds() -> Iterator[None]:
    """pjlib logs to the process's stdout before its log level can be set: hide it."""
    sys.stdout.flush()
    sys.stderr.flush()
    saved = [os.dup(1), os.dup(2)]
    with open(os.devnull, "wb") as null:
        os.dup2(null.fileno(), 1)
        os.dup2(null.fileno(), 2)
    try:
        yield
    finally:
        _flush_c_stdio()
        os.dup2(saved[0], 1)
        os.dup2(saved[1], 2)
        for fd in saved:
            os.close(fd)


def check_sip(_tmp: Path) -> str:
    """The softphone as the app runs it (pjsua2 on this thread, the audio bridge on an
    in-memory device): it calls itself on 127.0.0.1, answers, talks, hangs up, shuts down.
    The sound cards are only reported: a machine without one still places calls."""
    from PySide6.QtCore import QCoreApplication

    from softphone.audio import AudioBridge, AudioUnavailable, MemoryAudioDevice, SoundDeviceAudio
    from softphone.engine import Softphone
    from softphone.state import AccountConfig, CallState

    app = QCoreApplication.instance() or QCoreApplication([])
    device = MemoryAudioDevice()
    problems: list[str] = []
    phone = Softphone(AudioBridge(device, problems.append))

    def pump_until(condition: Callable[[], bool], what: str) -> None:
        deadline = time.monotonic() + SIP_TIMEOUT
        while not condition():
            if time.monotonic() > deadline:
                raise CheckFailed(f"the softphone's call to itself: no {what}")
            phone.pump(10)
            app.processEvents()

    try:
        with _quiet_fds():
            phone.start(
                AccountConfig(
                    registrar="127.0.0.1", user="selftest", bind_address="127.0.0.1", register=False
                )
            )
        address = phone.local_address()
        rings: list[int] = []
        phone.incoming_call.connect(lambda view: rings.append(view.id))
        caller = phone.dial(f"sip:selftest@{address}")
        pump_until(lambda: bool(rings), "incoming call")
        phone.answer(rings[0])
        pump_until(
            lambda: (
                all(v.state is CallState.CONNECTED and v.has_audio for v in phone.calls())
                and len(phone.calls()) == 2
            ),
            "audio on both ends",
        )
        phone.hangup(caller)
        pump_until(lambda: not phone.calls(), "hang-up")
    finally:
        with _quiet_fds():
            phone.shutdown()
        device.close()
    if problems:
        raise CheckFailed(f"the audio bridge reported: {problems[0]}")
    try:
        cards = SoundDeviceAudio().devices()
    except AudioUnavailable as e:
        cards, reason = [], str(e)
    else:
        reason = "PortAudio finds none"
    if cards:
        sound = f"{len(cards)} sound device(s) through PortAudio"
    else:
        sound = f"WARNING: no audio device ({reason}); calls work without sound"
    return f"SIP call to itself on {address} answered and hung up; {sound}"


def check_resources(_tmp: Path) -> str:
    """Translations load; the style sheet, the icons and every page of the user guide are
    there (a bundle can miss them)."""
    from PySide6.QtCore import QTranslator

    from ui import resources, style
    from ui.application import QT_CATALOGUE, SUPPORTED_LANGUAGES, qt_translations_dir
    from ui.help import TOPICS, topic_path

    for language in SUPPORTED_LANGUAGES:
        if language == "en":
            continue  # the source strings
        qm = resources.path("translations", f"calldesk_{language}.qm")
        if not QTranslator().load(str(qm)):
            raise CheckFailed(f"the {language} translation {qm} is missing or broken")
        # Qt's own dialogs (file dialogs, message box buttons) stay English without it.
        if not QTranslator().load(f"{QT_CATALOGUE}_{language}", qt_translations_dir()):
            raise CheckFailed(
                f"Qt's {language} translation {QT_CATALOGUE}_{language}.qm is missing "
                f"from {qt_translations_dir()}"
            )
    missing = [t for t in TOPICS if not topic_path(t, "ru").is_file()]
    if missing:
        raise CheckFailed(f"user guide pages missing: {', '.join(missing)}")
    sheet = resources.path(*style.SHEET)
    if not sheet.is_file():
        raise CheckFailed(f"the style sheet {sheet} is missing")
    style.render(sheet.read_text(encoding="utf-8"), dark=False)
    drawn = check_icons()
    languages = ", ".join(SUPPORTED_LANGUAGES)
    return (
        f"translations {languages} (and Qt's); style sheet; {drawn}; "
        f"user guide: {len(TOPICS)} pages"
    )


def check_icons() -> str:
    """The icon set is bundled and QtSvg draws it (an icon that does not load is an empty
    button): every icon parses, one is drawn and must cover some pixels."""
    from ui import icons, resources

    names = icons.names()
    if len(names) < 30:
        raise CheckFailed(f"the icon set is missing from {resources.path(icons.FOLDER)}")
    try:
        for name in names:
            icons.image(name, 16, "#000000")
        drawn = icons.image("call", 32, "#000000")
    except (KeyError, ValueError) as e:
        raise CheckFailed(f"an icon does not load: {e}") from e
    covered = sum(
        drawn.pixelColor(x, y).alpha() > 0 for y in range(drawn.height()) for x in range(32)
    )
    if covered < 32:
        raise CheckFailed("the icons load but draw nothing (QtSvg missing from the bundle?)")
    return f"{len(names)} icons"


def check_window(tmp: Path) -> str:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QThreadPool

    from app import clock
    from app.database import Database, make_engine, migrate
    from app.staff.auth import current_user
    from models import Employee, Role
    from ui.application import create_application
    from ui.main_window import MainWindow

    app = create_application("en")
    engine = make_engine(f"sqlite:///{tmp / 'window.db'}")
    migrate(engine)
    db = Database(engine)
    try:
        with db.transaction() as session:
            # A real employee: the window saves its layout for this user when it closes.
            employee = Employee(
                login="selftest",
                full_name="Self Test",
                role=Role.ADMIN.value,
                password_hash="-",
                created_at=clock.now(),
            )
            session.add(employee)
            session.flush()
            user = current_user(employee)
        window = MainWindow(db, user, "selftest")
        try:
            window.show()
            app.processEvents()
            image = window.grab().toImage()
        finally:
            window.close()
            QThreadPool.globalInstance().waitForDone(10_000)
            app.processEvents()
    finally:
        db.dispose()
    if image.isNull() or image.width() < 100:
        raise CheckFailed("the main window did not render")
    return f"main window rendered {image.width()}x{image.height()} ({app.platformName()})"


def check_demo_line(tmp: Path) -> str:
    """The demo's SIP line starts as ``calldesk demo`` starts it (in the bundle: this
    executable's hidden ``demo-line`` command), says where it listens and quits."""
    import json
    import subprocess

    from ui.softphone.demo_line import demo_line_command, demo_line_pythonpath

    program, arguments = demo_line_command(["--recordings", str(tmp / "demo-line")])
    env = dict(os.environ)
    if demo_line_pythonpath():
        env["PYTHONPATH"] = demo_line_pythonpath()
    done = subprocess.run(
        [program, *arguments],
        input='{"quit": null}\n',
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    said = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    address = next((m["address"] for m in said if "address" in m), None)
    if done.returncode != 0 or address is None:
        raise CheckFailed(
            f"the demo line did not start (exit {done.returncode}): {done.stderr.strip()[-300:]}"
        )
    return f"listened on {address} and quit"


CHECKS: list[tuple[str, Check]] = [
    ("database drivers", check_drivers),
    ("migration on a temporary SQLite", check_migration),
    ("keyring", check_keyring),
    ("recording player (libVLC)", check_player),
    ("translations and user guide", check_resources),
    ("main window", check_window),
    ("softphone (pjsua2, audio bridge)", check_sip),  # after the window: its QApplication
    ("demo line (a second pjsua2 process)", check_demo_line),
]


def run_selftest(checks: list[tuple[str, Check]] | None = None) -> int:
    failed: list[str] = []
    logging.getLogger("alembic").setLevel(logging.WARNING)
    frozen = "bundle" if getattr(sys, "frozen", False) else "source"
    from app import __version__

    print(f"CallDesk {__version__} selftest ({frozen}, Python {sys.version.split()[0]})")
    with tempfile.TemporaryDirectory(prefix="calldesk-selftest-") as tmp:
        for name, check in checks if checks is not None else CHECKS:
            try:
                detail = check(Path(tmp))
            except Exception as e:
                failed.append(name)
                print(f"FAIL  {name}: {type(e).__name__}: {e}")
            else:
                print(f"ok    {name}: {detail}")
            sys.stdout.flush()
    if failed:
        print(f"selftest: FAILED: {len(failed)} check(s): {', '.join(failed)}")
    else:
        print("selftest: all checks passed")
    sys.stdout.flush()
    return 1 if failed else 0
