"""Administration -> Lists and the field editor on SQLite and MariaDB, as an administrator
uses them: a status list with a hiding item, a card field picking from it (with its preview),
the card's own tab and hint, the client table's "Show hidden (N)", and the question with
the number of cards before an item in use is removed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.clients.card import load_card
from app.database import Database
from app.staff import lists
from app.workplace import Workplace
from models import Client, ClientField, FieldType, Role, ValueListItem
from tests.support.ui_support import user_with_role
from ui.admin.form import AdminForm
from ui.admin.lists_page import COL_HIDES, COL_NAME
from ui.clients.card import ClientCardForm
from ui.clients.form import ClientsForm

ARTIFACTS = Path(__file__).resolve().parents[3] / "artifacts" / "screenshots"

pytestmark = pytest.mark.seed(calls=60, clients=25, days=2, qt_settings=True)


def make_admin(qtbot: QtBot, db: Database) -> AdminForm:
    form = AdminForm(Workplace(db, user_with_role(db, Role.ADMIN)))
    qtbot.addWidget(form)
    form.resize(1280, 760)
    return form


def build_status_list(form: AdminForm) -> int:
    page = form.lists_page
    page.new_list()
    page.name.setText("Статусы клиентов")
    for name in ("Новый", "В работе", "Закрыт"):
        page.add_item(name)
    closed = page.items.item(2, COL_HIDES)
    assert closed is not None
    closed.setCheckState(Qt.CheckState.Checked)
    assert page.save(), page.message.text()
    assert page.message.text() == "The list was saved."
    assert page.current is not None
    return page.current.id


def test_lists_page_field_editor_preview_card_and_table(qtbot: QtBot, db: Database) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    form = make_admin(qtbot, db)
    assert [form.tabs.tabText(i) for i in range(form.tabs.count())].count("Lists") == 1
    list_id = build_status_list(form)
    page = form.lists_page
    assert [page.list_view.item(i).text() for i in range(page.list_view.count())] == [
        "Статусы клиентов"
    ]
    assert page.used_by.text() == "No card field uses this list yet."
    # A duplicate item is refused with the app's message; nothing changes.
    page.add_item("закрыт")
    assert not page.save()
    assert "twice" in page.message.text()
    page.items.setCurrentCell(3, COL_NAME)
    page.remove_item()

    add_status_field(qtbot, form, list_id, db.dialect)
    assert page.used_by.text() == "Used by the fields: Статус"
    first, second, field_id, items = fill_statuses_on_cards(qtbot, db)
    check_client_table(qtbot, db, first, second)
    remove_closed(db, form, list_id, (first, second), field_id, items)

    # The lists page as the administrator sees it.
    form.tabs.setCurrentWidget(page)
    form.show()
    qtbot.waitExposed(form)
    page.reload(list_id)
    assert form.grab().save(str(ARTIFACTS / f"admin-lists-{db.dialect}.png"))


def add_status_field(qtbot: QtBot, form: AdminForm, list_id: int, dialect: str) -> None:
    """The field editor: type "One item of a list", the list, a hint and a tab of its own."""
    dialog = form.field_dialog(None)
    qtbot.addWidget(dialog)
    dialog.title.setText("Статус")
    dialog.field_type.setCurrentIndex(dialog.field_type.findData(FieldType.LIST.value))
    dialog.value_list.setCurrentIndex(dialog.value_list.findData(list_id))
    dialog.hint.setText("Закрытые скрыты в списке клиентов")
    dialog.tab.setText("Работа")
    dialog.group.setText("Продажи")
    assert dialog.value_list.isEnabled() and not dialog.items.isEnabled()
    preview = dialog.preview_tabs
    assert preview.tabText(0) == "Работа"
    preview_page = preview.widget(0)
    assert preview_page is not None
    picker = preview_page.findChild(QComboBox, "list_picker")
    assert picker is not None
    assert [picker.itemText(i) for i in range(picker.count())] == [
        "",
        "Новый",
        "В работе",
        "Закрыт",
    ]
    labels = [lbl.text() for lbl in preview_page.findChildren(QLabel)]
    assert "Статус:" in labels
    dialog.resize(1000, 560)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.grab().save(str(ARTIFACTS / f"admin-field-editor-{dialect}.png"))
    dialog.shown.setChecked(False)
    hidden_page = preview.widget(0)
    assert hidden_page is not None and hidden_page.findChild(QComboBox, "list_picker") is None
    assert "does not show" in dialog.preview_note.text()
    dialog.shown.setChecked(True)
    edit = dialog.edit()
    assert edit.list_id == list_id and edit.field_type is FieldType.LIST
    assert form.save_field(None, edit), form.message.text()
    row = next(i for i, f in enumerate(form.fields) if f.title == "Статус")
    texts = [form.fields_table.item(row, c).text() for c in range(form.fields_table.columnCount())]  # type: ignore[union-attr]
    assert texts[1] == "status" and "Статусы клиентов" in texts and "Работа / Продажи" in texts


def fill_statuses_on_cards(qtbot: QtBot, db: Database) -> tuple[int, int, int, dict[str, int]]:
    """The card: its own tab, the hint as tooltip, the picker storing the item's id."""
    with db.engine.connect() as conn:
        first, second = conn.scalars(select(Client.id).order_by(Client.id).limit(2))
        field_id = conn.scalar(select(ClientField.id).where(ClientField.title == "Статус"))
        assert field_id is not None
        items: dict[str, int] = dict(
            conn.execute(select(ValueListItem.name, ValueListItem.id)).all()
        )
    workplace = Workplace(db, user_with_role(db, Role.ADMIN))
    for client_id, status in ((first, "Закрыт"), (second, "В работе")):
        card = ClientCardForm(workplace, client_id)
        qtbot.addWidget(card)
        qtbot.waitUntil(lambda c=card: c.original is not None, timeout=10_000)  # type: ignore[misc]
        tabs = [card.tabs.tabText(i) for i in range(card.tabs.count())]
        assert "Работа" in tabs
        assert not card.tabs.isTabVisible(tabs.index("Additional fields"))
        editor = card._editors[field_id]
        assert editor.toolTip() == "Закрытые скрыты в списке клиентов"
        combo = editor.widget
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findText(status))
        assert card.save(), card.message.text()
    with db.engine.connect() as conn:
        assert load_card(conn, first, workplace.user).custom[field_id] == items["Закрыт"]
    return first, second, field_id, items


def check_client_table(qtbot: QtBot, db: Database, first: int, second: int) -> None:
    """The client table hides the closed client until "Show hidden (1)" is on."""
    clients = ClientsForm(Workplace(db, user_with_role(db, Role.OPERATOR)))
    qtbot.addWidget(clients)
    clients.resize(1280, 700)
    clients.show()
    qtbot.waitUntil(lambda: clients.show_hidden.text() == "Show hidden (1)", timeout=10_000)
    assert clients.show_hidden.isVisible() and not clients.show_hidden.isChecked()

    def shown_ids() -> set[int]:
        return {
            r.id for r in (clients.model.row_at(i) for i in range(clients.model.rowCount())) if r
        }

    qtbot.waitUntil(lambda: clients.model.rowCount() == 24, timeout=10_000)
    assert first not in shown_ids() and second in shown_ids()
    # Searching for the closed client alone: the empty table says why.
    with db.engine.connect() as conn:
        name = conn.scalar(select(Client.display_name).where(Client.id == first))
        assert name is not None
        others = conn.scalar(
            select(func.count()).where(Client.display_name.contains(name), Client.id != first)
        )
    if others == 0:  # demo names may contain one another ("АО «Бриз»", "АО «Бриз М»")
        clients.search.setText(name)
        clients.apply_filter()
        qtbot.waitUntil(lambda: "hidden by their status" in clients.empty.text(), timeout=10_000)
        assert clients.model.rowCount() == 0
        clients.search.clear()
    clients.show_hidden.setChecked(True)
    qtbot.waitUntil(lambda: clients.model.rowCount() == 25, timeout=10_000)
    assert first in shown_ids()
    clients.close()


def remove_closed(
    db: Database,
    form: AdminForm,
    list_id: int,
    cards: tuple[int, int],
    field_id: int,
    items: dict[str, int],
) -> None:
    """Removing "Закрыт", which one card holds: asked with the number; "no" keeps it all."""
    page = form.lists_page
    first, second = cards
    user = user_with_role(db, Role.ADMIN)
    asked: list[int] = []
    page.confirm_drop = lambda cards: asked.append(cards) or False  # type: ignore[func-returns-value]
    page.reload(list_id)
    page.items.setCurrentCell(2, COL_NAME)
    page.remove_item()
    assert not page.save()
    assert asked == [1] and page.message.text() == "Nothing was changed."
    with db.engine.connect() as conn:
        assert load_card(conn, first, user).custom[field_id] == items["Закрыт"]
    page.confirm_drop = lambda cards: asked.append(cards) or True  # type: ignore[func-returns-value]
    page.items.setCurrentCell(2, COL_NAME)
    page.remove_item()
    assert page.save(), page.message.text()
    assert asked == [1, 1]
    with db.engine.connect() as conn:
        assert field_id not in load_card(conn, first, user).custom
        assert load_card(conn, second, user).custom[field_id] == items["В работе"]


def test_deleting_a_field_in_use_asks_with_the_number_of_cards(qtbot: QtBot, db: Database) -> None:
    form = make_admin(qtbot, db)
    with db.transaction() as s:
        me = user_with_role(db, Role.ADMIN)
        list_id = lists.save_list(s, me, None, "Источники", [lists.ItemEdit("Сайт")])
    form.lists_page.reload(list_id)
    dialog = form.field_dialog(None)
    qtbot.addWidget(dialog)
    dialog.title.setText("Источник")
    dialog.field_type.setCurrentIndex(dialog.field_type.findData(FieldType.LIST.value))
    assert form.save_field(None, dialog.edit())
    with db.engine.connect() as conn:
        field_id = conn.scalar(select(ClientField.id).where(ClientField.title == "Источник"))
        site = conn.scalar(select(ValueListItem.id))
        client_id = conn.scalar(select(Client.id).limit(1))
    with db.transaction() as s:
        client = s.get(Client, client_id)
        assert client is not None
        client.custom_fields = {**client.custom_fields, str(field_id): site}
    asked: list[int] = []
    form.lists_page.confirm_drop = lambda cards: asked.append(cards) or False  # type: ignore[func-returns-value]
    form.fields_table.selectRow(next(i for i, f in enumerate(form.fields) if f.id == field_id))
    assert not form.delete_field()
    assert asked == [1] and any(f.id == field_id for f in form.fields)
    # The list is in use: it cannot go first.
    assert not form.lists_page.delete_list()
    assert "used by the fields «Источник»" in form.lists_page.message.text()
    form.lists_page.confirm_drop = lambda cards: True
    form.fields_table.selectRow(next(i for i, f in enumerate(form.fields) if f.id == field_id))
    assert form.delete_field()
    assert all(f.id != field_id for f in form.fields)
    assert form.lists_page.delete_list()
    assert form.lists_page.lists == []
    assert form.findChild(QLineEdit, "list_name") is not None
