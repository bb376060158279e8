"""Screenshots for looking at the app as a user: the login, the journal with the softphone dock
(a call selected or not, its messages), the "To call back" worklist, the dock's buttons
disabled and enabled, the incoming pop-up, a client card (its History and Calls tabs), a
directory search with no hits and Qt's file dialog, the Settings dialog and Administration, at
1280x800, with CallDesk's light and dark themes (ui/style.py), on a small seeded demo database.

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/screenshots.py OUT [ru|uk|en]

OUT/softphone-buttons.png puts the dock's four states side by side (docs/ keeps one).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app import clock
from app.database import Database, make_engine, migrate
from models import Role
from softphone.audio_devices import MemoryAudioDevice
from softphone.state import CallState, CallView, Direction
from tests.support.clock_support import NOW
from tests.support.ui_support import seed_small, user_with_role

SIZE = (1280, 800)


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def save(widget: QWidget, out: Path, name: str) -> Path:
    wait(150)
    path = out / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)
    return path


def side_by_side(paths: list[Path], target: Path) -> None:
    images = [QImage(str(p)) for p in paths]
    gap = 10
    canvas = QImage(
        sum(i.width() for i in images) + gap * (len(images) + 1),
        max(i.height() for i in images) + 2 * gap,
        QImage.Format.Format_RGB32,
    )
    canvas.fill(QColor("#ffffff"))
    painter = QPainter(canvas)
    x = gap
    for image in images:
        painter.drawImage(x, gap, image)
        x += image.width() + gap
    painter.end()
    canvas.save(str(target))
    print(target)


def shoot(db: Database, out: Path, theme: str) -> list[Path]:
    from ui.login import LoginDialog
    from ui.main_window import MainWindow
    from ui.softphone.popup import IncomingPopup

    login = LoginDialog(db, demo_hint="Demo logins: supervisor / demo, operator / demo")
    login.show()
    login.login.setText("supervisor")
    login.password.setText("wrong")
    login.accept()  # shows the error under the fields
    save(login, out, f"login-{theme}")
    login.close()

    operator = user_with_role(db, Role.OPERATOR)
    window = MainWindow(db, operator, "demo", audio_device=MemoryAudioDevice())
    window.resize(*SIZE)
    window.show()
    window.softphone_dock.show()
    journal = window.form(MainWindow.SECTION_JOURNAL)
    table = getattr(journal, "table", None)
    for _ in range(100):
        if table is not None and table.model().rowCount() > 0:
            break
        wait(100)
    wait(300)
    save(window, out, f"journal-operator-{theme}")
    if theme == "light":  # the status bar at its fullest: the database away
        from ui.database_runner import connection_monitor

        connection_monitor().lost.emit("screenshot")
        save(window, out, "journal-no-connection")
        connection_monitor().restored.emit()
    if table is not None:
        table.selectRow(0)
        wait(600)
        save(window, out, f"journal-selected-{theme}")
    banner, new_hint = getattr(journal, "banner", None), getattr(journal, "new_hint", None)
    if isinstance(banner, QLabel) and isinstance(new_hint, QPushButton):
        # What the journal shows when the database is away and when new calls came in.
        banner.setText("The database does not answer; retrying… (shown as an example)")
        banner.show()
        new_hint.setText("3 new calls — F5")
        new_hint.show()
        save(window, out, f"journal-messages-{theme}")
        banner.hide()
        new_hint.hide()
    popup = IncomingPopup(
        window.softphone,
        CallView(1, Direction.IN, "+79161234567", "", CallState.INCOMING, clock.now()),
    )
    popup.show()
    save(popup, out, f"popup-{theme}")
    popup.close()
    panel = window.softphone_panel
    shots = [save(panel, out, f"softphone-disabled-{theme}")]
    # As during a call (the dock enables these itself then; here there is no PBX).
    for button in (
        panel.call_button,
        panel.answer_button,
        panel.hangup_button,
        panel.hold_button,
        panel.mute_button,
    ):
        button.setEnabled(True)
    panel.number.setText("+79161234567")
    shots.append(save(panel, out, f"softphone-enabled-{theme}"))
    window.softphone_dock.hide()
    shoot_callbacks(window, out, theme)
    card = window.open_client_card(1)
    wait(300)
    save(window, out, f"client-card-{theme}")
    shoot_card_and_directory(window, card, out, theme)
    window.softphone.shutdown()
    window.close()
    window.deleteLater()
    wait(100)
    shoot_admin_and_settings(db, out, theme)
    return shots


def shoot_admin_and_settings(db: Database, out: Path, theme: str) -> None:
    """An administrator's window: Administration (users) and the Settings dialog."""
    from ui.main_window import MainWindow
    from ui.settings_dialog import SettingsDialog

    admin = user_with_role(db, Role.ADMIN)
    window = MainWindow(db, admin, "demo", audio_device=MemoryAudioDevice())
    window.resize(*SIZE)
    window.show()
    window.open_section(MainWindow.SECTION_ADMIN)
    wait(600)
    save(window, out, f"admin-{theme}")
    shoot_permissions(window, out, theme)
    dialog = SettingsDialog(window)
    dialog.show()
    save(dialog, out, f"settings-{theme}")
    dialog.close()
    window.softphone.shutdown()
    window.close()
    window.deleteLater()
    wait(100)


def shoot_permissions(window: QWidget, out: Path, theme: str) -> None:
    """Administration -> Permissions with an operator's row changed (not yet saved)."""
    from ui.admin.form import AdminForm

    form = window.findChild(AdminForm)
    assert form is not None
    form.tabs.setCurrentWidget(form.permissions)
    page = form.permissions
    row = next(i for i, r in enumerate(page.rows) if r.role is Role.OPERATOR)
    page.set_permission(row, "export", True)
    page.table.selectRow(row)
    save(window, out, f"admin-permissions-{theme}")


def shoot_journal_sizes(db: Database, out: Path) -> None:
    """The journal as a supervisor and as an operator with the softphone dock, each at
    1280x800 and 1920x1080: first as a new user sees it, then with a call selected and the
    side panel open (F8 where it started collapsed, which the user's settings then keep)."""
    from ui.main_window import MainWindow

    for selected in (False, True):
        for role, dock in ((Role.SUPERVISOR, False), (Role.OPERATOR, True)):
            for size in ((1280, 800), (1920, 1080)):
                window = MainWindow(
                    db, user_with_role(db, role), "demo", audio_device=MemoryAudioDevice()
                )
                window.resize(*size)
                window.show()
                window.softphone_dock.setVisible(dock)
                journal = window.form(MainWindow.SECTION_JOURNAL)
                table = getattr(journal, "table", None)
                for _ in range(100):
                    if table is not None and table.model().rowCount() > 0:
                        break
                    wait(100)
                wait(500)
                name = f"journal-{role.value}{'-dock' if dock else ''}-{size[0]}"
                state = getattr(journal, "panel_state", None)
                if selected and table is not None and state is not None:
                    if state.collapsed:
                        state.set_collapsed(False)
                    table.selectRow(0)
                    wait(800)
                    name += "-selected"
                save(window, out, name)
                window.softphone.shutdown()
                window.close()
                window.deleteLater()
                wait(100)


def shoot_board(db: Database, out: Path) -> None:
    """A supervisor's operators board at 1280x800, with a few operators' softphones reporting
    (ringing, talking with a client, ready) and a lunch pause, as a working shift shows it."""
    from datetime import timedelta

    from sqlalchemy import select

    from app.staff.presence import Report, report
    from models import Employee, Pause, PauseReason, PresenceState
    from ui.main_window import MainWindow

    now = clock.now()
    with db.engine.connect() as conn:
        operators = (
            conn.execute(
                select(Employee.id)
                .where(Employee.role == Role.OPERATOR.value)
                .order_by(Employee.id)
            )
            .scalars()
            .all()
        )
        states = [
            Report(
                PresenceState.TALKING,
                now - timedelta(minutes=4, seconds=12),
                "+74951234567",
                "ООО «Ромашка»",
            ),
            Report(PresenceState.RINGING, now - timedelta(seconds=9), "+79161112233"),
            Report(PresenceState.TALKING, now - timedelta(seconds=47), "+78122223344"),
            Report(PresenceState.READY, now - timedelta(minutes=12)),
            Report(PresenceState.READY, now - timedelta(minutes=2, seconds=30)),
        ]
        for emp, state in zip(operators, states, strict=False):
            report(conn, emp, f"desk-{emp:02d}", state, now=now)
        conn.commit()
    with db.transaction() as session:
        if len(operators) > len(states):
            session.add(
                Pause(
                    employee_id=operators[len(states)],
                    reason=PauseReason.LUNCH.value,
                    started_at=now - timedelta(minutes=18),
                )
            )
    window = MainWindow(
        db, user_with_role(db, Role.SUPERVISOR), "demo", audio_device=MemoryAudioDevice()
    )
    window.resize(1280, 800)
    window.show()
    window.open_board()
    wait(2500)
    save(window, out, "operators-board-1280")
    window.softphone.shutdown()
    window.close()
    window.deleteLater()
    wait(100)


def shoot_callbacks(window: QWidget, out: Path, theme: str) -> None:
    """The "To call back" section with its first caller selected (the path on the right)."""
    from ui.callbacks.form import CallbackForm
    from ui.main_window import MainWindow

    form = window.open_section(MainWindow.SECTION_CALLBACKS)  # type: ignore[attr-defined]
    if not isinstance(form, CallbackForm):
        return
    for _ in range(100):
        if form.model.rowCount() > 0:
            break
        wait(100)
    form.table.selectRow(0)
    wait(600)
    save(window, out, f"callbacks-{theme}")


def shoot_card_and_directory(window: QWidget, card: QWidget, out: Path, theme: str) -> None:
    """The card's History and Calls tabs (a call chosen), a directory search with no hits and
    Qt's own file dialog (in the chosen language)."""
    from PySide6.QtWidgets import QFileDialog, QTableWidget, QTabWidget

    from ui.clients.form import ClientsForm
    from ui.main_window import MainWindow

    tabs = getattr(card, "tabs", None)
    if isinstance(tabs, QTabWidget):
        tabs.setCurrentIndex(2)
        wait(300)
        save(window, out, f"client-card-history-{theme}")
        tabs.setCurrentIndex(3)
        calls = getattr(card, "calls_table", None)
        if isinstance(calls, QTableWidget) and calls.rowCount():
            calls.setCurrentCell(0, 0)
        wait(600)
        save(window, out, f"client-card-calls-{theme}")
    directory = window.open_section(MainWindow.SECTION_CLIENTS)  # type: ignore[attr-defined]
    if isinstance(directory, ClientsForm):
        directory.search.setText("Щщзъ")
        directory.apply_filter()
        wait(800)
        save(window, out, f"clients-no-hits-{theme}")
    dialog = QFileDialog(window, "Export")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilters(["Excel (*.xlsx)", "CSV (*.csv)"])
    dialog.show()
    wait(300)
    save(dialog, out, f"file-dialog-{theme}")
    dialog.close()


def main() -> None:
    out = Path(sys.argv[1])
    language = sys.argv[2] if len(sys.argv) > 2 else "ru"
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="calldesk-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")  # the operator's own layout stays
    from ui import style
    from ui.application import create_application

    app = create_application(language, style.THEME_LIGHT)
    engine = make_engine(f"sqlite:///{tmp / 'shots.db'}")
    migrate(engine)
    with clock.using(clock.ShiftedClock(NOW)):
        seed_small(engine, calls=400, clients=50)
        db = Database(engine)
        shoot_journal_sizes(db, out)
        shoot_board(db, out)
        buttons = shoot(db, out, "light")
        style.set_theme(app, style.THEME_DARK)
        buttons += shoot(db, out, "dark")
        db.dispose()
    side_by_side(buttons, out / "softphone-buttons.png")


if __name__ == "__main__":
    main()
