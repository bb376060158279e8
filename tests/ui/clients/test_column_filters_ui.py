"""The client table's header filters through the form, on real databases: a column's
pop-up lists its values with counts, Apply filters the table (with the search), Reset
clears; the filter is restored at the next start; views are saved, chosen and deleted;
fields hidden from the user are never offered; a client is called from the table."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from app.clients import field_index
from app.clients.column_filters import KIND, RESPONSIBLE, field_column
from app.clients.directory import ClientFilter
from app.clients.views import keep_last_filter
from app.database import Database
from app.staff import admin
from app.workplace import Workplace
from models import Client, ClientField, FieldAccess, FieldType, GroupMembership, Role
from tests.support.ui_support import user_with_role, with_every_field
from ui.clients.form import ClientsForm
from ui.clients.views import filter_summary
from ui.value_filter import FilterChoice, ValueFilterPopup

ARTIFACTS = Path(__file__).resolve().parents[3] / "artifacts" / "screenshots"

pytestmark = pytest.mark.seed(calls=300, clients=80, qt_settings=True)


@pytest.fixture
def db(db: Database) -> Database:
    """Two table fields: a city on the first clients, a margin (hidden from operators)."""
    me = user_with_role(db, Role.ADMIN)
    # The forms' supervisor sees every field: in no group, an employee sees none.
    with_every_field(db, user_with_role(db, Role.SUPERVISOR))
    with db.transaction() as s:
        admin.save_field(
            s, me, None, admin.FieldEdit("Город", FieldType.TEXT, in_table=True, sort_order=1)
        )
        admin.save_field(s, me, None, admin.FieldEdit("Маржа", FieldType.NUMBER, in_table=True))
        city = s.scalar(select(ClientField.id).where(ClientField.title == "Город"))
        ids = list(s.scalars(select(Client.id).order_by(Client.id)))
        for n, client_id in enumerate(ids[:30]):
            s.execute(
                update(Client)
                .where(Client.id == client_id)
                .values(custom_fields={str(city): "Казань" if n % 3 else "Тверь"})
            )
        field_index.refresh(s, ids[:30])
    return db


def make_form(qtbot: QtBot, db: Database, role: Role = Role.SUPERVISOR) -> ClientsForm:
    form = ClientsForm(Workplace(db, user_with_role(db, role)))
    qtbot.addWidget(form)
    form.resize(1280, 700)
    form.show()
    qtbot.waitUntil(lambda: form.model.rowCount() > 0, timeout=10_000)
    return form


def field_id(db: Database, title: str) -> int:
    with db.engine.connect() as conn:
        found = conn.scalar(select(ClientField.id).where(ClientField.title == title))
    assert found is not None
    return found


def open_popup(qtbot: QtBot, form: ClientsForm, column: str) -> ValueFilterPopup:
    popup = form.open_column_filter(form.columns.index(column))
    assert popup is not None
    qtbot.waitUntil(lambda: bool(popup.item_values()), timeout=10_000)
    return popup


def shown_ids(qtbot: QtBot, form: ClientsForm) -> list[int]:
    qtbot.waitUntil(lambda: not form.model.loading, timeout=10_000)
    rows = [form.model.row_at(r) for r in range(form.model.rowCount())]
    return [r.id for r in rows if r is not None]


def test_values_listed_applied_combined_and_reset(qtbot: QtBot, db: Database) -> None:
    form = make_form(qtbot, db)
    city_id = field_id(db, "Город")
    city = field_column(city_id)
    popup = open_popup(qtbot, form, city)
    listed = dict(popup.item_texts())
    assert listed["Казань"] == "20" and listed["Тверь"] == "10"
    assert listed["(empty)"] == str(80 - 30)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    popup.search.setText("каз")
    qtbot.waitUntil(lambda: popup.item_values() == ["Казань"], timeout=10_000)
    popup.tick("Казань")
    popup.apply()
    qtbot.waitUntil(lambda: form.model.filter is not None and bool(form.model.filter.values))
    with db.engine.connect() as conn:
        in_kazan = Client.custom_fields[str(city_id)].as_string() == "Казань"
        kazan = set(conn.scalars(select(Client.id).where(in_kazan)))
    qtbot.waitUntil(lambda: set(shown_ids(qtbot, form)) == kazan, timeout=10_000)
    assert form.columns.index(city) in form.header.filtered
    assert form.views.reset_button.isEnabled()
    # The search narrows further: both hold.
    some = form.model.row_at(0)
    assert some is not None
    form.search.setText(some.display_name)
    form.apply_filter()
    qtbot.waitUntil(lambda: some.id in shown_ids(qtbot, form), timeout=10_000)
    assert set(shown_ids(qtbot, form)) <= kazan
    # A second column: the manager list counts only what the first filter left.
    form.search.clear()
    form.apply_filter()
    managers = open_popup(qtbot, form, RESPONSIBLE)
    assert sum(int(n) for _t, n in managers.item_texts()) == len(kazan)
    managers.close()
    # Reset in the column's pop-up: all clients again.
    popup = open_popup(qtbot, form, city)
    assert popup.chosen() == ("Казань",)
    popup.reset()
    qtbot.waitUntil(lambda: form.model.filter == ClientFilter(), timeout=10_000)
    assert not form.header.filtered
    qtbot.waitUntil(lambda: form.count_label.text() == "Clients: 80", timeout=10_000)


def test_name_column_contains_text_and_z_to_a(qtbot: QtBot, db: Database) -> None:
    form = make_form(qtbot, db)
    popup = open_popup(qtbot, form, "name")
    popup.search.setText("ООО")
    popup.apply()  # nothing ticked: "contains"
    qtbot.waitUntil(lambda: form.model.filter is not None and form.model.filter.name == "ООО")
    qtbot.waitUntil(lambda: form.model.rowCount() > 0 and not form.model.loading)
    first = form.model.row_at(0)
    assert first is not None and "ооо" in first.display_name.casefold()
    popup = open_popup(qtbot, form, "name")
    popup.sort_descending.click()
    qtbot.waitUntil(lambda: form.model.filter is not None and form.model.filter.descending)
    qtbot.waitUntil(lambda: form.model.rowCount() > 1 and not form.model.loading)
    first, second = form.model.row_at(0), form.model.row_at(1)
    assert first is not None and second is not None
    assert (first.display_name, first.id) >= (second.display_name, second.id)


def test_filter_restored_at_next_start_and_views(qtbot: QtBot, db: Database) -> None:
    form = make_form(qtbot, db)
    form._column_applied(KIND, FilterChoice(("person",)))
    form.keep_filter()
    again = make_form(qtbot, db)
    assert again.model.filter is not None and again.model.filter.values == ((KIND, ("person",)),)
    assert again.columns.index(KIND) in again.header.filtered
    # Save it as a view, reset, choose the view back, delete it.
    assert again.views.ask_save("Частные лица")
    assert again.views.view_names() == ["Частные лица"]
    assert again.views.combo.currentText() == "Частные лица"
    again.reset_filters()
    qtbot.waitUntil(lambda: again.model.filter == ClientFilter())
    assert again.views.combo.currentIndex() == 0
    assert again.views.choose("Частные лица")
    qtbot.waitUntil(
        lambda: (
            again.model.filter is not None and again.model.filter.values == ((KIND, ("person",)),)
        )
    )
    third = make_form(qtbot, db)  # the views follow the user
    assert third.views.view_names() == ["Частные лица"]
    assert again.views.delete_current(confirm=False)
    assert again.views.view_names() == []


def test_hidden_fields_never_offered(qtbot: QtBot, db: Database) -> None:
    me = user_with_role(db, Role.ADMIN)
    operator = user_with_role(db, Role.OPERATOR)
    margin = field_id(db, "Маржа")
    with db.transaction() as s:
        group = admin.save_group(s, me, None, "Операторы", {margin: FieldAccess.HIDDEN})
        s.add(GroupMembership(employee_id=operator.id, group_id=group))
        # A filter stored while the field was visible.
        keep_last_filter(
            s,
            operator,
            ClientFilter(values=((field_column(margin), ("12",)), (KIND, ("company",)))),
        )
    form = make_form(qtbot, db, Role.OPERATOR)
    assert field_column(margin) not in form.columns
    assert field_column(field_id(db, "Город")) in form.columns
    assert form.model.filter is not None
    assert form.model.filter.values == ((KIND, ("company",)),)  # the hidden part dropped
    assert form.open_column_filter(len(form.columns)) is None


def test_call_from_the_table(qtbot: QtBot, db: Database) -> None:
    form = make_form(qtbot, db)
    assert not form.call_action.isEnabled()
    form.set_calling_available(False, "The softphone is not registered on the PBX.")
    row = next(
        r
        for r in range(form.model.rowCount())
        if (found := form.model.row_at(r)) is not None and found.numbers
    )
    form.view.selectRow(row)
    assert not form.call_action.isEnabled()
    assert form.call_action.toolTip() == "The softphone is not registered on the PBX."
    assert not form.call_current()
    form.set_calling_available(True)
    assert form.call_action.isEnabled() and "Ctrl+Shift+D" in form.call_action.toolTip()
    client = form.model.row_at(row)
    assert client is not None
    with qtbot.waitSignal(form.call_requested) as called:
        form.call_action.trigger()
    assert called.args == [client.numbers[0]]
    rect = form.view.visualRect(form.model.index(row, 0))
    menu = form._context_menu(rect.center())
    assert menu is not None
    calls = [a for a in menu.actions() if a.text().startswith("Call ")]
    assert len(calls) == len(client.numbers) and all(a.isEnabled() for a in calls)
    with qtbot.waitSignal(form.call_requested) as called:
        calls[-1].trigger()
    assert called.args == [client.numbers[-1]]
    menu.close()


def test_a_tasks_saved_filter_shows_in_the_headers(qtbot: QtBot, db: Database) -> None:
    """A filter saved with a task before the header filters ("kind") opens as the Kind
    column's pick (its funnel shown, Reset clears it); the task form words it."""
    form = make_form(qtbot, db)
    form.show_filter({"kind": "person", "search": "а"})
    assert form.search.text() == "а"
    assert form.current_filter() == ClientFilter(search="а", values=((KIND, ("person",)),))
    assert form.columns.index(KIND) in form.header.filtered
    assert filter_summary(form.current_filter().to_json()) == "а; person"
    form.reset_filters()
    assert form.current_filter() == ClientFilter() and not form.header.filtered


def test_the_popup_keeps_ticks_across_searches_and_applies(qtbot: QtBot) -> None:
    """The shared pop-up alone: ticked values stay ticked (and listed) while the search
    lists others, "Select all shown" ticks what is listed, Enter applies, typed text with
    nothing ticked is a "contains" filter."""
    popup = ValueFilterPopup("Город", contains=True)
    qtbot.addWidget(popup)
    popup.set_chosen(["Тверь"])
    popup.show_values([("", "", 5), ("Казань", "Казань", 20), ("Тверь", "Тверь", 10)], False)
    assert popup.item_texts() == [("(empty)", "5"), ("Казань", "20"), ("Тверь", "10")]
    popup.tick("Казань")
    popup.show_values([("Омск", "Омск", 1)], True)  # another search: the ticks stay listed
    assert popup.item_values() == ["Казань", "Тверь", "Омск"]
    assert "type to narrow" in popup.note.text()
    popup.all_shown.click()
    assert popup.chosen() == ("Казань", "Омск", "Тверь")
    with qtbot.waitSignal(popup.applied) as applied:
        qtbot.keyClick(popup.values, Qt.Key.Key_Return)
    assert applied.args[0] == FilterChoice(("Казань", "Омск", "Тверь"))
    popup = ValueFilterPopup("Клиент", contains=True)
    qtbot.addWidget(popup)
    popup.show_values([("ООО «Альфа»", "ООО «Альфа»", 1)], False)
    popup.search.setText("альф")
    with qtbot.waitSignal(popup.applied) as applied:
        popup.apply_button.click()
    assert applied.args[0] == FilterChoice((), "альф")
