"""The clients section, client card, import wizard and administration, on real databases."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QAbstractItemModelTester, QTest
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox, QTableWidgetItem
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.clients.card import load_card, save_card
from app.clients.column_filters import KIND
from app.clients.directory import ClientFilter
from app.clients.history import card_history
from app.company_settings import (
    AUTO_CREATE_CLIENTS,
    CALL_SOURCE,
    CALL_SOURCE_SOFTPHONE,
    get_setting,
)
from app.database import Database
from app.staff import admin
from app.staff.permissions import visible_fields
from app.table_export import ExportResult
from app.workplace import Workplace
from models import Client, ClientField, FieldAccess, FieldType, Role
from tests.support.ui_support import user_with_role, with_every_field
from ui.admin.form import AdminForm
from ui.clients import model as client_model
from ui.clients.card import ClientCardForm
from ui.clients.export import ClientExport
from ui.clients.form import ClientsForm
from ui.clients.import_dialog import ImportDialog
from ui.clients.model import ClientLoaderThread, ClientTableModel
from ui.main_window import MainWindow
from ui.value_filter import FilterChoice

ARTIFACTS = Path(__file__).resolve().parents[3] / "artifacts" / "screenshots"


pytestmark = pytest.mark.seed(calls=800, clients=120, qt_settings=True)


@pytest.fixture
def db(db: Database) -> Database:
    """The seeded database with three card fields shown in the table."""
    database = db
    me = user_with_role(database, Role.ADMIN)
    with database.transaction() as s:
        admin.save_field(
            s, me, None, admin.FieldEdit("Город", FieldType.TEXT, in_table=True, sort_order=1)
        )
        admin.save_field(
            s,
            me,
            None,
            admin.FieldEdit(
                "Сегмент",
                FieldType.DROPDOWN,
                in_table=True,
                sort_order=2,
                group_title="Продажи",
                items=["Крупный", "Средний", "Малый"],
            ),
        )
        admin.save_field(
            s, me, None, admin.FieldEdit("Дата договора", FieldType.DATE, group_title="Продажи")
        )
        admin.save_field(
            s,
            me,
            None,
            admin.FieldEdit(
                "Интересы", FieldType.CHECKBOXES, items=["Доставка", "Монтаж", "Сервис"]
            ),
        )
        admin.save_field(s, me, None, admin.FieldEdit("Маржа", FieldType.NUMBER, in_table=True))
    # In no group an employee sees no custom field: the supervisor and the operator edit all.
    with_every_field(
        database, user_with_role(database, Role.SUPERVISOR), user_with_role(database, Role.OPERATOR)
    )
    return database


def make_form(qtbot: QtBot, db: Database, role: Role = Role.SUPERVISOR) -> ClientsForm:
    form = ClientsForm(Workplace(db, user_with_role(db, role)))
    qtbot.addWidget(form)
    form.resize(1300, 650)
    form.show()
    qtbot.waitUntil(lambda: form.model.rowCount() > 0, timeout=10_000)
    return form


def test_model_passes_qabstractitemmodeltester(qtbot: QtBot, db: Database) -> None:
    user = user_with_role(db, Role.SUPERVISOR)
    worker = ClientLoaderThread(db.engine, user)
    model = ClientTableModel(worker.loader, page_size=30)
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    try:
        from app.clients.directory import ClientFilter

        model.set_query(ClientFilter(), [])
        qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10_000)
        while not model.at_end:
            before = model.rowCount()
            model.fetchMore()

            def grown(b: int = before) -> bool:
                return model.rowCount() > b or model.at_end

            qtbot.waitUntil(grown, timeout=10_000)
        with db.engine.connect() as conn:
            assert model.rowCount() == conn.scalar(select(func.count()).select_from(Client))
        assert tester is not None
    finally:
        worker.stop()


def test_table_search_and_field_columns_respect_access(qtbot: QtBot, db: Database) -> None:
    me = user_with_role(db, Role.ADMIN)
    operator = user_with_role(db, Role.OPERATOR)
    with db.transaction() as s:
        margin = s.scalar(select(ClientField.id).where(ClientField.title == "Маржа"))
        assert margin is not None
        group = admin.save_group(s, me, None, "Операторы", {margin: FieldAccess.HIDDEN})
        info = next(u for u in admin.list_users(s, me) if u.id == operator.id)
        admin.update_user(
            s, me, operator.id, admin.UserEdit(info.login, info.full_name, group_ids=(group,))
        )
    form = make_form(qtbot, db, Role.OPERATOR)
    headers = [
        form.model.headerData(c, Qt.Orientation.Horizontal) for c in range(form.model.columnCount())
    ]
    assert headers[-2:] == ["Город", "Сегмент"] and "Маржа" not in headers
    assert not form.delete_action.isEnabled()
    assert not form.import_action.isEnabled()  # importing is an administrator's right
    assert "administrator" in form.import_action.toolTip()
    assert make_form(qtbot, db, Role.ADMIN).import_action.isEnabled()
    with db.engine.connect() as conn:
        name = conn.scalar(select(Client.display_name).order_by(Client.id.desc()).limit(1))
    assert name is not None
    form.search.setText(name[1:8].upper())
    qtbot.waitUntil(
        lambda: (
            form.model.rowCount() > 0
            and all(
                name[1:8].casefold() in (form.model.row_at(r).display_name.casefold())  # type: ignore[union-attr]
                or form.model.row_at(r).contacts  # type: ignore[union-attr]
                for r in range(form.model.rowCount())
            )
        ),
        timeout=10_000,
    )
    form.search.setText("zzzz-nothing")
    qtbot.waitUntil(lambda: form.model.rowCount() == 0, timeout=10_000)
    qtbot.waitUntil(lambda: form.count_label.text().endswith(" 0"), timeout=10_000)


def test_card_edit_save_history_and_screenshots(qtbot: QtBot, db: Database) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    form = make_form(qtbot, db)
    qtbot.wait(300)
    assert form.grab().save(str(ARTIFACTS / f"clients-table-{db.dialect}.png"))
    form.view.selectRow(0)
    card = form.open_current()
    assert isinstance(card, ClientCardForm)
    qtbot.addWidget(card)
    card.resize(1000, 640)
    original = card.original
    assert original is not None and original.id is not None
    card.name.setText(original.display_name + " (VIP)")
    card.add_phone("8 903 444-55-66")
    card.add_contact("Орлова Мария", "директор")
    contact = card.contacts.item(card.contacts.rowCount() - 1, 0)
    assert contact is not None
    contact.setText("Орлова Мария Ивановна")
    editors = {e.field.title: e for e in card._editors.values()}
    editors["Город"].set_value("Казань")
    editors["Сегмент"].set_value("Крупный")
    editors["Дата договора"].set_value("2026-03-15")
    editors["Интересы"].set_value(["Монтаж", "Сервис"])
    assert card.save(), card.message.text()
    with db.engine.connect() as conn:
        saved = load_card(conn, original.id, card.user)
        history = card_history(conn, original.id, card.user)
    assert saved.display_name.endswith("(VIP)")
    assert "+79034445566" in {p.number for p in saved.phones}
    assert [c.name for c in saved.contacts][-1] == "Орлова Мария Ивановна"
    assert sorted(saved.custom.values(), key=str) == sorted(
        ["Казань", "Крупный", "2026-03-15", ["Монтаж", "Сервис"]], key=str
    )
    assert {h.field for h in history} >= {"name", "phone", "contact"}
    card.tabs.setCurrentIndex(0)
    card.show()
    qtbot.wait(200)
    assert card.grab().save(str(ARTIFACTS / f"client-card-{db.dialect}.png"))
    card.tabs.setCurrentIndex(1)
    qtbot.wait(100)
    assert card.grab().save(str(ARTIFACTS / f"client-card-fields-{db.dialect}.png"))
    card.tabs.setCurrentIndex(2)
    assert card.history_table.rowCount() == len(history)
    assert card.grab().save(str(ARTIFACTS / f"client-card-history-{db.dialect}.png"))
    card.tabs.setCurrentIndex(3)
    assert card.calls_totals.text().startswith("Made:")
    assert card.grab().save(str(ARTIFACTS / f"client-card-calls-{db.dialect}.png"))


def test_required_field_message_and_bad_number(qtbot: QtBot, db: Database) -> None:
    me = user_with_role(db, Role.ADMIN)
    with db.transaction() as s:
        admin.save_field(s, me, None, admin.FieldEdit("ИНН", FieldType.TEXT, required=True))
    form = make_form(qtbot, db)
    card = form.create_client()
    assert card is not None
    qtbot.addWidget(card)
    card.name.setText("ООО «Новый»")
    assert not card.save()
    assert card.message.text() == "Fill in the required field «ИНН»."
    next(e for e in card._editors.values() if e.field.title == "ИНН").set_value("7701")
    card.add_phone("12")
    assert not card.save()
    assert "internal extension" in card.message.text()
    phone = card.phones.item(0, 0)
    assert phone is not None
    phone.setText("+7 903 123-00-99")
    assert card.save(), card.message.text()
    assert card.original is not None and card.original.id is not None


def test_concurrent_edit_in_the_card_merges(qtbot: QtBot, db: Database) -> None:
    form = make_form(qtbot, db)
    form.view.selectRow(1)
    card = form.open_current()
    assert card is not None and card.original is not None and card.original.id is not None
    qtbot.addWidget(card)
    client_id = card.original.id
    other = user_with_role(db, Role.OPERATOR)
    with db.transaction() as s:  # someone else saves first
        theirs = load_card(s, client_id, other)
        from dataclasses import replace

        save_card(s, theirs, replace(theirs, email="other@example.ru"), other)
    card.name.setText("Новое имя клиента")
    seen: list[str] = []

    def click_merge() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, click_merge)
            return
        seen.append(box.text())
        next(b for b in box.buttons() if b.text() == "Merge and save").click()

    QTimer.singleShot(50, click_merge)
    assert card.save()
    assert "They changed:" in seen[0] and "other@example.ru" in seen[0]
    assert "Новое имя клиента" in seen[0]
    with db.engine.connect() as conn:
        final = load_card(conn, client_id, other)
    assert (final.display_name, final.email) == ("Новое имя клиента", "other@example.ru")


def test_delete_keeps_calls(qtbot: QtBot, db: Database) -> None:
    form = make_form(qtbot, db, Role.SUPERVISOR)
    assert form.delete_action.isEnabled()
    form.view.selectRow(0)
    client_id = form.current_client()
    assert form.delete(confirm=False)
    with db.engine.connect() as conn:
        assert conn.scalar(select(func.count()).where(Client.id == client_id)) == 0


def test_import_wizard_reports_broken_rows(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    path = tmp_path / "clients.csv"
    path.write_text(
        "Клиент;Телефон;Город\nАльфа;+7 903 000-11-22;Омск\n;+7 903 000-11-23;Псков\n"
        "Бета;123;Уфа\nГамма;+7 903 000-11-22;Тула\n",
        encoding="utf-8",
    )
    user = user_with_role(db, Role.ADMIN)  # importing is an administrator's right
    dialog = ImportDialog(db, user)
    qtbot.addWidget(dialog)
    dialog.load_file(path)
    assert dialog.current_mapping()[:2] == ["name", "phone"]
    assert dialog.current_mapping()[2].startswith("field:")
    dialog.run_check()
    assert dialog.report.rowCount() == 3
    assert dialog.summary.text() == "Valid rows: 1. Rows with problems: 3."
    dialog.show()
    assert dialog.grab().save(str(ARTIFACTS / f"import-{db.dialect}.png"))
    dialog.run_import()
    assert dialog.outcome is not None and dialog.outcome.created == 1
    with db.engine.connect() as conn:
        assert conn.scalar(select(func.count()).where(Client.display_name == "Альфа")) == 1


def test_admin_section_only_for_admins_and_screenshot(qtbot: QtBot, db: Database) -> None:
    boss = user_with_role(db, Role.SUPERVISOR)
    window = MainWindow(db, boss)
    qtbot.addWidget(window)
    assert MainWindow.SECTION_ADMIN not in window.section_actions
    assert isinstance(window.open_section(MainWindow.SECTION_CLIENTS), ClientsForm)
    me = user_with_role(db, Role.ADMIN)
    form = AdminForm(Workplace(db, me))
    qtbot.addWidget(form)
    form.resize(1100, 600)
    form.show()
    assert form.users_table.rowCount() == len(form.users) > 5
    assert form.fields_table.rowCount() == 5
    assert form.grab().save(str(ARTIFACTS / f"admin-users-{db.dialect}.png"))
    form.new_group()
    form.group_name.setText("Бухгалтерия")
    for row, access in ((0, 0), (1, 1)):
        choice = form.access_table.cellWidget(row, 1)
        assert isinstance(choice, QComboBox)
        choice.setCurrentIndex(access)
    form.save_group()
    assert [g.name for g in form.groups] == ["All fields", "Бухгалтерия"]
    assert form.group_list.currentItem().text() == "Бухгалтерия (0)"  # the saved one shown
    form.tabs.setCurrentIndex(1)
    assert form.grab().save(str(ARTIFACTS / f"admin-groups-{db.dialect}.png"))
    form.tabs.setCurrentIndex(2)
    assert form.grab().save(str(ARTIFACTS / f"admin-fields-{db.dialect}.png"))
    form.auto_create.setChecked(True)
    form.call_source.setCurrentIndex(form.call_source.findData(CALL_SOURCE_SOFTPHONE))
    with db.engine.connect() as conn:
        assert get_setting(conn, AUTO_CREATE_CLIENTS) is True
        assert get_setting(conn, CALL_SOURCE) == CALL_SOURCE_SOFTPHONE
    form.reload()
    assert form.call_source.currentData() == CALL_SOURCE_SOFTPHONE
    # A non-admin's AdminForm shows the refusal, never the data.
    denied = AdminForm(Workplace(db, boss))
    qtbot.addWidget(denied)
    assert denied.users == [] and "Only an administrator" in denied.message.text()
    with db.engine.connect() as conn:
        hidden = {v.field.title for v in visible_fields(conn, boss)}
    assert "Город" in hidden
    _ = QTableWidgetItem


def test_far_pages_are_evicted_and_read_again(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(client_model, "MAX_CACHED_PAGES", 3)
    user = user_with_role(db, Role.SUPERVISOR)
    worker = ClientLoaderThread(db.engine, user)
    model = ClientTableModel(worker.loader, page_size=10)
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    try:
        model.set_query(ClientFilter(), [])
        qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10_000)
        while not model.at_end:
            before = model.rowCount()
            model.fetchMore()

            def grown(b: int = before) -> bool:
                return model.rowCount() > b or model.at_end

            qtbot.waitUntil(grown, timeout=10_000)
        with db.engine.connect() as conn:
            expected = list(
                conn.execute(
                    select(Client.id, Client.display_name).order_by(Client.display_name, Client.id)
                )
            )
        assert model.rowCount() == len(expected) > 30
        assert model.cached_pages == 3  # early pages are gone
        # A row of an evicted page shows a placeholder and its page is read again (the
        # tester keeps reading row 0, so page 0 stays recent: look at page 1).
        with qtbot.waitSignal(model.dataChanged, timeout=10_000):
            assert model.data(model.index(15, 0)) == client_model.LOADING_TEXT
        for row in (15, 10, 19, 25, 0, len(expected) - 1):

            def loaded(r: int = row) -> bool:
                return model.row_at(r) is not None

            qtbot.waitUntil(loaded, timeout=10_000)
            found = model.row_at(row)
            assert found is not None and (found.id, found.display_name) == tuple(expected[row])
            assert model.cached_pages <= 3
        assert tester is not None
    finally:
        worker.stop()


def test_export_writes_the_table_view_and_cancel_leaves_nothing(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    tmp_path = tmp_path / "exports"  # the SQLite database lives in tmp_path itself
    tmp_path.mkdir()
    form = make_form(qtbot, db, Role.SUPERVISOR)
    form._column_applied(KIND, FilterChoice(("company",)))  # the Kind column's filter
    qtbot.waitUntil(
        lambda: (
            form.model.filter is not None and form.model.filter.values == ((KIND, ("company",)),)
        )
    )
    qtbot.waitUntil(lambda: form.model.rowCount() > 0, timeout=10_000)
    target = tmp_path / "clients.csv"
    run = form.export(target, "csv")
    assert run is not None
    with qtbot.waitSignal(run.finished, timeout=20_000) as done:
        pass
    assert isinstance(done.args[0], ExportResult) and not done.args[0].cancelled
    with target.open(encoding="utf-8-sig", newline="") as f:
        table = list(csv.reader(f, delimiter=";"))
    headers = [
        form.model.headerData(c, Qt.Orientation.Horizontal) for c in range(form.model.columnCount())
    ]
    assert table[0] == headers
    with db.engine.connect() as conn:
        names = list(
            conn.scalars(
                select(Client.display_name)
                .where(Client.kind == "company")
                .order_by(Client.display_name, Client.id)
            )
        )
    assert [r[0] for r in table[1:]] == names

    cancelled = tmp_path / "cancelled.xlsx"
    run = ClientExport(form, db, form.user, ClientFilter(), {}, quiet=True)
    run.dialog.canceled.emit()  # the progress dialog's Cancel
    with qtbot.waitSignal(run.finished, timeout=20_000) as done:
        run.start(cancelled, "xlsx")
    assert done.args[0].cancelled and sorted(p.name for p in tmp_path.iterdir()) == [target.name]


def test_end_jumps_to_the_last_clients_and_home_back(qtbot: QtBot, db: Database) -> None:
    form = make_form(qtbot, db)
    model = form.model
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.page_size = 30  # 120 clients: four pages
    model.refresh()
    qtbot.waitUntil(lambda: model.rowCount() == 30, timeout=10_000)
    with db.engine.connect() as conn:
        expected = list(conn.scalars(select(Client.id).order_by(Client.display_name, Client.id)))
    form.view.setFocus()
    QTest.keyClick(form.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)

    def at_last_client() -> bool:
        row = form.view.currentIndex().row()
        return model.from_end and row == model.rowCount() - 1 >= 0 and not model.loading

    # The view is taller than a page's 30 rows: the page above is read at once as well.
    qtbot.waitUntil(at_last_client, timeout=10_000)
    shown = [model.index(r, 0).data(client_model.ROW_ROLE).id for r in range(model.rowCount())]
    assert len(shown) in (30, 60) and shown == expected[-len(shown) :]
    QTest.keyClick(form.view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not model.from_end and form.view.currentIndex().row() == 0)
    assert model.index(0, 0).data(client_model.ROW_ROLE).id == expected[0]


def test_saved_note_does_not_move_the_tabs_and_goes_away(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.clients import card as card_module

    monkeypatch.setattr(card_module, "SAVED_NOTE_MS", 200)
    form = make_form(qtbot, db)
    form.view.selectRow(0)
    card = form.open_current()
    assert isinstance(card, ClientCardForm)
    qtbot.addWidget(card)
    card.resize(1000, 640)
    card.show()
    qtbot.waitExposed(card)
    top = card.tabs.geometry().top()
    card.name.setText(card.name.text() + " (VIP)")
    assert card.save()
    assert card.saved_note.text() == "Saved." and card.saved_note.isVisible()
    assert not card.message.isVisible()
    qtbot.wait(50)
    assert card.tabs.geometry().top() == top  # the note is in the tool bar
    qtbot.waitUntil(lambda: card.saved_note.text() == "", timeout=5000)
    card.name.setText("")
    assert not card.save()  # an error stays above the tabs, and the note is not shown
    assert card.message.isVisible() and card.saved_note.text() == ""
