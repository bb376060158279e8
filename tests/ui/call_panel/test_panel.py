"""The call side panel on real databases: details, comment, registration, player settings."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from app.clients.numbers import NewClient, create_client
from app.database import Database
from app.journal.comments import save_comment
from app.journal.details import CallDetails
from app.journal.query import JournalRow
from app.staff.auth import CurrentUser
from app.workplace import Workplace
from models import Call, CallPart, Client, ClientHistory, ClientKind, ContactPerson, Phone, Role
from tests.support.ui_support import NOW, user_with_role
from tests.ui.test_player import VLC_TEST_ARGS
from ui.call_panel.comment import ConflictDialog
from ui.call_panel.panel import CallPanel
from ui.call_panel.registration import AssignNumberDialog, CreateClientDialog
from ui.journal.form import JournalForm
from ui.journal.model import ROW_ROLE

ARTIFACTS = Path(__file__).resolve().parents[3] / "artifacts" / "screenshots"


@pytest.fixture
def recordings(tmp_path: Path) -> Path:
    return tmp_path / "recordings"


pytestmark = pytest.mark.seed(
    calls=300, clients=40, days=5, seed=21, recordings=True, qt_settings=True
)


@pytest.fixture
def make_panel(
    qtbot: QtBot, db: Database, recordings: Path
) -> Iterator[Callable[[CurrentUser], CallPanel]]:
    made: list[CallPanel] = []

    def make(user: CurrentUser) -> CallPanel:
        panel = CallPanel(Workplace(db, user, str(recordings), "RU"), VLC_TEST_ARGS)
        qtbot.addWidget(panel)
        panel.resize(430, 900)
        panel.show()
        made.append(panel)
        return panel

    yield make
    for panel in made:
        panel.release()


def shown(qtbot: QtBot, panel: CallPanel, call_id: int) -> CallDetails:
    with qtbot.waitSignal(panel.details_shown, timeout=10_000) as blocker:
        panel.show_call(call_id)
    details = blocker.args[0]
    assert isinstance(details, CallDetails) and details.id == call_id
    return details


def when_dialog(
    qtbot: QtBot, find: Callable[[], QWidget | None], act: Callable[[QWidget], None]
) -> None:
    """Act on a modal dialog once it is open (exec() blocks the test otherwise)."""

    def poll() -> None:
        dialog = find()
        if dialog is not None and dialog.isVisible():
            act(dialog)
        else:
            QTimer.singleShot(30, poll)

    QTimer.singleShot(30, poll)


def _call(db: Database, *conditions: object) -> int:
    with db.engine.connect() as conn:
        call_id = conn.scalar(select(Call.id).where(*conditions).order_by(Call.id).limit(1))  # type: ignore[arg-type]
    assert call_id is not None
    return int(call_id)


def test_details_are_shown_quickly_and_fully(
    qtbot: QtBot, db: Database, make_panel: Callable[[CurrentUser], CallPanel]
) -> None:
    panel = make_panel(user_with_role(db, Role.SUPERVISOR))
    assert panel.placeholder.isVisible() and not panel.details_box.isVisible()
    call_id = _call(
        db, Call.transfer_count > 0, Call.client_id.is_not(None), Call.cost.is_not(None)
    )
    started = time.perf_counter()
    details = shown(qtbot, panel, call_id)
    elapsed = time.perf_counter() - started
    print(f"\ntime to show details: {elapsed * 1000:.0f} ms ({db.dialect})")
    assert elapsed < 2
    assert details.client_name is not None
    assert details.client_name in panel.fields["client"].text()
    assert panel.fields["employee"].text() == details.employee_name
    assert panel.fields["transfers"].text() == str(details.transfer_count)
    assert panel.fields["cost"].text() != "—"
    assert panel.explanation.text() == str(details.status_explanation)
    assert panel.player.part_list.topLevelItemCount() == len(details.parts)
    assert not panel.register_row.isVisible()
    assert panel.comment.counter.text().endswith("/200")
    # A newer selection wins over a slower older one.
    other = _call(db, Call.id != call_id)
    panel.show_call(call_id + 0)
    with qtbot.waitSignal(panel.details_shown, timeout=10_000) as blocker:
        panel.show_call(other)
    assert blocker.args[0].id == other
    qtbot.wait(200)
    assert panel.details is not None and panel.details.id == other


def test_queue_and_line_are_shown_for_a_queued_call_only(
    qtbot: QtBot, db: Database, make_panel: Callable[[CurrentUser], CallPanel]
) -> None:
    panel = make_panel(user_with_role(db, Role.SUPERVISOR))
    queued = _call(db, Call.direction == "in", Call.disposition == "no_answer")
    with db.engine.begin() as conn:
        conn.execute(
            update(Call)
            .where(Call.id == queued)
            .values(
                queue="400",
                queue_outcome="abandoned",
                hold_seconds=31,
                queue_position=3,
                did="+74950000000",
            )
        )
    shown(qtbot, panel, queued)
    assert panel.form.isRowVisible(panel.fields["queue"])
    assert panel.fields["queue"].text() == "400 — Caller left, 0:31 in the queue (position 3)"
    assert panel.fields["line"].text() == "+7 495 000-00-00"
    shown(qtbot, panel, _call(db, Call.direction == "out"))
    assert not panel.form.isRowVisible(panel.fields["queue"])
    assert not panel.form.isRowVisible(panel.fields["line"])


def test_comment_counter_refuses_over_long_and_saves(
    qtbot: QtBot, db: Database, make_panel: Callable[[CurrentUser], CallPanel]
) -> None:
    me = user_with_role(db, Role.OPERATOR)
    panel = make_panel(me)
    with db.engine.connect() as conn:
        call_id = conn.scalar(
            select(Call.id)
            .join(CallPart, CallPart.call_id == Call.id)
            .where(CallPart.employee_id == me.id, Call.comment.is_(None))
            .limit(1)
        )
    assert call_id is not None
    shown(qtbot, panel, call_id)
    editor = panel.comment
    editor.edit.setPlainText("ж" * 201)
    assert editor.counter.text() == "201/200"
    assert not editor.save_button.isEnabled()
    assert editor.error.isVisible() and "1 character" in editor.error.text()
    editor.save()
    qtbot.wait(100)
    with db.engine.connect() as conn:
        assert conn.scalar(select(Call.comment).where(Call.id == call_id)) is None
    assert editor.text == "ж" * 201  # nothing cut
    editor.edit.setPlainText("Просил перезвонить в пятницу")
    assert editor.counter.text() == "28/200" and editor.save_button.isEnabled()
    with qtbot.waitSignal(panel.comment_saved, timeout=10_000) as blocker:
        editor.save_button.click()
    assert blocker.args[0] == call_id and blocker.args[1].text == "Просил перезвонить в пятницу"
    with db.engine.connect() as conn:
        row = conn.execute(select(Call.comment, Call.comment_by_id).where(Call.id == call_id)).one()
    assert row == ("Просил перезвонить в пятницу", me.id)
    assert me.full_name.split()[0] in editor.author.text()
    with qtbot.waitSignal(panel.comment_saved, timeout=10_000):
        editor.delete_button.click()
    with db.engine.connect() as conn:
        assert conn.scalar(select(Call.comment).where(Call.id == call_id)) is None


@pytest.mark.parametrize("choice", ["mine", "theirs"])
def test_comment_conflict_lets_the_user_choose(
    qtbot: QtBot, db: Database, make_panel: Callable[[CurrentUser], CallPanel], choice: str
) -> None:
    me = user_with_role(db, Role.SUPERVISOR)
    other = user_with_role(db, Role.OPERATOR)
    panel = make_panel(me)
    call_id = _call(db, Call.comment.is_(None))
    details = shown(qtbot, panel, call_id)
    panel.comment.edit.setPlainText("Моя версия")
    with db.transaction() as s:  # someone else saves first
        save_comment(s, call_id, "Их версия", details.comment_version, other)

    def pick(dialog: QWidget) -> None:
        assert isinstance(dialog, ConflictDialog)
        assert dialog.theirs_view.toPlainText() == "Их версия"
        assert dialog.yours_view.toPlainText() == "Моя версия"
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(ARTIFACTS / f"panel-comment-conflict-{db.dialect}.png"))
        (dialog.mine_button if choice == "mine" else dialog.keep_button).click()

    when_dialog(qtbot, lambda: panel.comment.conflict_dialog, pick)
    with qtbot.waitSignal(panel.comment_saved, timeout=10_000) as blocker:
        panel.comment.save()
    expected = "Моя версия" if choice == "mine" else "Их версия"
    assert blocker.args[1].text == expected
    with db.engine.connect() as conn:
        assert conn.scalar(select(Call.comment).where(Call.id == call_id)) == expected
    assert panel.comment.text == expected


def _unknown_call(db: Database) -> tuple[int, str]:
    with db.engine.connect() as conn:
        row = conn.execute(
            select(Call.id, Call.external_number)
            .where(
                Call.number_known.is_(False),
                Call.direction == "in",
                ~select(Phone.id).where(Phone.number == Call.external_number).exists(),
            )
            .order_by(Call.id)
            .limit(1)
        ).one()
    return int(row[0]), str(row[1])


def test_create_client_from_the_panel(
    qtbot: QtBot, db: Database, make_panel: Callable[[CurrentUser], CallPanel]
) -> None:
    me = user_with_role(db, Role.SUPERVISOR)
    panel = make_panel(me)
    call_id, number = _unknown_call(db)
    shown(qtbot, panel, call_id)
    assert panel.register_row.isVisible() and panel.can_register()
    registered: list[object] = []
    panel.number_registered.connect(registered.append)

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, CreateClientDialog)
        dialog.accept()  # empty name: refused, the dialog stays
        assert "name" in dialog.error.text()
        dialog.name.setText("ООО «Вектор»")
        dialog.contact_name.setText("Петров Петр Петрович")
        dialog.contact_position.setText("снабженец")
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(ARTIFACTS / f"panel-create-client-{db.dialect}.png"))
        dialog.accept()

    when_dialog(qtbot, lambda: panel.open_dialog, fill)
    with qtbot.waitSignal(panel.details_shown, timeout=10_000):
        result = panel.create_client()
    assert result is not None and registered == [result]
    assert result.client_name == "ООО «Вектор»"
    qtbot.waitUntil(lambda: "Вектор" in panel.fields["client"].text(), timeout=5000)
    assert not panel.register_row.isVisible()
    with db.engine.connect() as conn:
        assert (
            conn.scalar(select(Phone.client_id).where(Phone.number == number)) == result.client_id
        )
        assert conn.scalar(select(Call.number_known).where(Call.id == call_id)) is False
        fields = set(
            conn.scalars(
                select(ClientHistory.field).where(ClientHistory.client_id == result.client_id)
            )
        )
    assert fields == {"created", "contact", "phone"}


def test_assign_number_to_a_contact_person_and_a_taken_number(
    qtbot: QtBot, db: Database, make_panel: Callable[[CurrentUser], CallPanel]
) -> None:
    me = user_with_role(db, Role.OPERATOR)
    boss = user_with_role(db, Role.SUPERVISOR)
    panel = make_panel(boss)
    call_id, number = _unknown_call(db)
    with db.engine.connect() as conn:
        contact = conn.execute(
            select(ContactPerson.id, ContactPerson.full_name, Client.id, Client.display_name)
            .join(Client, Client.id == ContactPerson.client_id)
            .order_by(ContactPerson.id)
            .limit(1)
        ).one()
    shown(qtbot, panel, call_id)
    word = contact[3].replace("«", " ").replace("»", " ").split()[-1][:4].lower()

    def assign(dialog: QWidget) -> None:
        assert isinstance(dialog, AssignNumberDialog)
        dialog.search.setText(word)
        qtbot.waitUntil(lambda: dialog.results.count() > 0, timeout=5000)
        for i in range(dialog.results.count()):
            choice = dialog.results.item(i).data(256)
            if choice.id == contact[2]:
                dialog.results.setCurrentRow(i)
        assert dialog.chosen() is not None and dialog.chosen().id == contact[2]  # type: ignore[union-attr]
        assert dialog.to_contact.isEnabled()
        dialog.to_contact.setChecked(True)
        dialog.contact.setCurrentIndex(dialog.contact.findData(contact[0]))
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(ARTIFACTS / f"panel-assign-number-{db.dialect}.png"))
        dialog.accept()

    when_dialog(qtbot, lambda: panel.open_dialog, assign)
    result = panel.assign_number()
    assert result is not None and result.client_id == contact[2] and result.contact_id == contact[0]
    with db.engine.connect() as conn:
        stored = conn.execute(
            select(Phone.client_id, Phone.contact_id).where(Phone.number == number)
        ).one()
    assert tuple(stored) == (contact[2], contact[0])

    # Another operator, whose panel still shows the number as free, gets told who owns it.
    call2, number2 = _unknown_call(db)
    late = make_panel(me)
    with db.engine.connect() as conn:
        conn.execute(update(Call).where(Call.id == call2).values(employee_id=me.id))
        conn.commit()
    late.user = boss  # sees every call
    shown(qtbot, late, call2)
    with db.transaction() as s:
        create_client(s, number2, NewClient("Ромашка"), boss, now=NOW)
    messages: list[str] = []

    def try_create(dialog: QWidget) -> None:
        assert isinstance(dialog, CreateClientDialog)
        dialog.name.setText("Лютик")
        dialog.accept()
        messages.append(dialog.error.text())
        dialog.reject()

    when_dialog(qtbot, lambda: late.open_dialog, try_create)
    assert late.create_client() is None
    assert "«Ромашка»" in messages[0] and boss.full_name in messages[0]
    with db.engine.connect() as conn:
        assert conn.scalar(select(Client.id).where(Client.display_name == "Лютик")) is None


def test_speed_is_remembered_per_user(
    qtbot: QtBot, db: Database, make_panel: Callable[[CurrentUser], CallPanel]
) -> None:
    me = user_with_role(db, Role.OPERATOR)
    panel = make_panel(me)
    qtbot.wait(200)
    panel.player.speed.setCurrentIndex(panel.player.speed.findData(1.5))
    panel.player.speed.activated.emit(panel.player.speed.currentIndex())
    qtbot.wait(500)
    again = make_panel(me)
    qtbot.waitUntil(lambda: again.player.speed_value() == 1.5, timeout=5000)
    someone_else = make_panel(user_with_role(db, Role.SUPERVISOR))
    qtbot.wait(300)
    assert someone_else.player.speed_value() == 1.0


def test_screenshots_details_and_playing(
    qtbot: QtBot, db: Database, make_panel: Callable[[CurrentUser], CallPanel]
) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    panel = make_panel(user_with_role(db, Role.SUPERVISOR))
    with db.engine.connect() as conn:
        call_id = conn.scalar(
            select(CallPart.call_id)
            .where(CallPart.recording_ref.is_not(None), CallPart.seq == 2)
            .order_by(CallPart.call_id)
            .limit(1)
        )
        conn.execute(update(Call).where(Call.id == call_id).values(comment="Уточнить счет №42"))
        conn.commit()
    assert call_id is not None
    details = shown(qtbot, panel, call_id)
    qtbot.wait(200)
    assert panel.grab().save(str(ARTIFACTS / f"panel-details-{db.dialect}.png"))
    panel.player.play_part(len(details.recordings) - 1)
    qtbot.waitUntil(lambda: panel.player.engine.is_playing, timeout=10_000)
    panel.player.seek(4_000)
    qtbot.wait(700)
    assert panel.player.play_button.property("playing") is True
    assert panel.grab().save(str(ARTIFACTS / f"panel-playing-{db.dialect}.png"))
    panel.player.stop()
    unknown, _ = _unknown_call(db)
    shown(qtbot, panel, unknown)
    qtbot.wait(100)
    assert panel.grab().save(str(ARTIFACTS / f"panel-unregistered-{db.dialect}.png"))
    assert QApplication.instance() is not None
    assert QDialog is not None


# -- in the journal ----------------------------------------------------------------------


def _journal(qtbot: QtBot, db: Database, user: CurrentUser, recordings: Path) -> JournalForm:
    form = JournalForm(
        Workplace(db, user, recordings_base=str(recordings)),
        poll_ms=60_000,
        vlc_args=VLC_TEST_ARGS,
    )
    qtbot.addWidget(form)
    form.resize(1500, 800)
    form.show()
    qtbot.waitUntil(lambda: form.model.rowCount() > 0, timeout=10_000)
    return form


def _rows(form: JournalForm) -> list[JournalRow]:
    rows = [form.model.index(r, 0).data(ROW_ROLE) for r in range(form.model.rowCount())]
    return [r for r in rows if isinstance(r, JournalRow)]


def test_journal_selection_fills_the_panel_and_f7_registers(
    qtbot: QtBot, db: Database, recordings: Path
) -> None:
    me = user_with_role(db, Role.SUPERVISOR)
    form = _journal(qtbot, db, me, recordings)
    try:
        rows = _rows(form)
        unknown = [r for r in rows if r.client_id is None and r.direction == "in" and r.number]
        assert unknown, "no unregistered call in the first page"
        target = unknown[0]
        same_number = [r.id for r in rows if r.number == target.number]
        with qtbot.waitSignal(form.panel.details_shown, timeout=10_000):
            form.table.selectRow(rows.index(target))
        assert form.panel.details is not None and form.panel.details.id == target.id
        assert form.create_client_action.isEnabled() and form.assign_number_action.isEnabled()

        def fill(dialog: QWidget) -> None:
            assert isinstance(dialog, CreateClientDialog)
            dialog.name.setText("ИП Соколов Андрей Викторович")
            dialog.kind.setCurrentIndex(dialog.kind.findData(ClientKind.PERSON))
            form.grab().save(str(ARTIFACTS / f"journal-with-panel-registering-{db.dialect}.png"))
            dialog.accept()

        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        when_dialog(qtbot, lambda: form.panel.open_dialog, fill)
        form.table.setFocus()
        qtbot.keyClick(form.table, Qt.Key.Key_F7)
        after = {r.id: r for r in _rows(form)}
        for call_id in same_number:
            assert after[call_id].client_name == "ИП Соколов Андрей Викторович"
            assert not after[call_id].number_known  # a fact at call time: unchanged
        qtbot.waitUntil(lambda: not form.create_client_action.isEnabled(), timeout=5000)

        # A comment saved in the panel shows in the journal row at once.
        form.panel.comment.edit.setPlainText("Новый клиент, выслать прайс")
        with qtbot.waitSignal(form.panel.comment_saved, timeout=10_000):
            form.panel.comment.save()
        changed = next(r for r in _rows(form) if r.id == target.id)
        assert changed.comment == "Новый клиент, выслать прайс" and changed.has_comment
        qtbot.wait(200)
        form.grab().save(str(ARTIFACTS / f"journal-with-panel-{db.dialect}.png"))
    finally:
        form.close()


def test_panel_width_and_collapse_follow_the_user(
    qtbot: QtBot, db: Database, recordings: Path
) -> None:
    me = user_with_role(db, Role.OPERATOR)
    form = _journal(qtbot, db, me, recordings)
    total = sum(form.splitter.sizes())
    form.splitter.setSizes([total - 520, 520])
    form.splitter.splitterMoved.emit(total - 520, 1)
    form.panel_state.save_now()
    qtbot.wait(500)
    form.close()
    again = _journal(qtbot, db, me, recordings)
    qtbot.waitUntil(lambda: abs(again.splitter.sizes()[1] - 520) <= 2, timeout=5000)
    again.panel_action.trigger()  # F8 collapses
    assert again.splitter.sizes()[1] == 0
    again.panel_state.save_now()
    qtbot.wait(500)
    again.close()
    third = _journal(qtbot, db, me, recordings)
    qtbot.waitUntil(lambda: third.splitter.sizes()[1] == 0, timeout=5000)
    third.panel_action.trigger()
    assert abs(third.splitter.sizes()[1] - 520) <= 2
    third.close()
