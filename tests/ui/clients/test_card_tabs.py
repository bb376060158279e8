"""The card's History and Calls tabs and the directory say what they show, or why nothing."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app import clock
from app.clients.numbers import assign_number
from app.database import Database
from app.workplace import Workplace
from models import Call, Client, ClientKind, Role
from tests.support.ui_support import user_with_role
from tests.ui.test_player import VLC_TEST_ARGS
from ui.clients.card import CALL_EMPLOYEE, CALL_RECORDING, CALL_STATUS, ClientCardForm
from ui.clients.form import ClientsForm

pytestmark = pytest.mark.seed(calls=400, clients=40, qt_settings=True)


def _card(
    qtbot: QtBot, db: Database, client_id: int, role: Role = Role.SUPERVISOR
) -> ClientCardForm:
    card = ClientCardForm(
        Workplace(db, user_with_role(db, role)), client_id, vlc_args=VLC_TEST_ARGS
    )
    qtbot.addWidget(card)
    card.resize(1000, 640)
    card.show()
    qtbot.waitUntil(lambda: card.original is not None, timeout=10_000)
    return card


def _open(card: ClientCardForm, title: str) -> None:
    card.tabs.setCurrentIndex(
        next(i for i in range(card.tabs.count()) if card.tabs.tabText(i) == title)
    )


def _new_client(db: Database) -> int:
    """A client nobody has called or edited yet (no history rows, no phones)."""
    with db.transaction() as s:
        client = Client(
            display_name="Тишина",
            kind=ClientKind.COMPANY.value,
            created_at=clock.now(),
            updated_at=clock.now(),
        )
        s.add(client)
        s.flush()
        return client.id


def test_calls_tab_has_a_status_column_fills_the_width_and_drops_its_hint(
    qtbot: QtBot, db: Database
) -> None:
    with db.engine.connect() as conn:
        call_id, client_id = conn.execute(
            select(Call.id, Call.client_id)
            .where(Call.client_id.is_not(None), Call.status == "no_answer")
            .order_by(Call.id)
            .limit(1)
        ).one()
    assert client_id is not None
    card = _card(qtbot, db, client_id)
    _open(card, "Calls")
    table = card.calls_table
    row = next(i for i, c in enumerate(card._call_rows) if c.id == call_id)
    header = table.horizontalHeaderItem(CALL_STATUS)
    assert header is not None and header.text() == "Status"
    status = table.item(row, CALL_STATUS)
    assert status is not None and status.text() == "No answer"
    assert status.background().color().name() == "#fff0c2"  # the journal's badge colour
    sections = table.horizontalHeader()

    def widths() -> list[int]:
        return [sections.sectionSize(i) for i in range(sections.count())]

    qtbot.waitUntil(lambda: sum(widths()) == table.viewport().width(), timeout=5_000)
    # The employee takes the spare width, not the narrow ♪ column at the end.
    assert widths()[CALL_EMPLOYEE] > widths()[CALL_RECORDING]
    assert widths()[CALL_RECORDING] < 120
    assert card.player_note.isVisible()
    table.setCurrentCell(row, 0)
    assert not card.player_note.isVisible()
    assert not card.calls_empty.isVisible()
    card.close()


def test_history_shows_numbers_as_people_read_them(qtbot: QtBot, db: Database) -> None:
    client_id = _new_client(db)
    user = user_with_role(db, Role.SUPERVISOR)
    with db.transaction() as s:
        assign_number(s, "8 925 141 39 46", client_id, user)
    card = _card(qtbot, db, client_id)
    _open(card, "History")
    table = card.history_table
    now_column = [table.item(r, 4) for r in range(table.rowCount())]
    assert "+7 925 141-39-46" in [i.text() for i in now_column if i is not None]
    assert not card.history_empty.isVisible()
    card.close()


@pytest.mark.parametrize(
    ("role", "calls_text"),
    [(Role.SUPERVISOR, "No calls with this client yet."), (Role.OPERATOR, "You have had no calls")],
)
def test_empty_history_and_calls_say_so(
    qtbot: QtBot, db: Database, role: Role, calls_text: str
) -> None:
    card = _card(qtbot, db, _new_client(db), role)
    _open(card, "History")
    assert card.history_table.rowCount() == 0
    assert card.history_empty.isVisible()
    assert card.history_empty.text().startswith("No changes yet.")
    _open(card, "Calls")
    assert card.calls_table.rowCount() == 0
    assert card.calls_empty.isVisible()
    assert card.calls_empty.text().startswith(calls_text)
    card.close()


def test_directory_search_without_hits_says_what_to_do(qtbot: QtBot, db: Database) -> None:
    form = ClientsForm(Workplace(db, user_with_role(db, Role.SUPERVISOR)))
    qtbot.addWidget(form)
    form.resize(1280, 650)
    form.show()
    qtbot.waitUntil(lambda: form.model.rowCount() > 0, timeout=10_000)
    assert not form.empty.isVisible()
    form.search.setText("Щщзъ")  # no seeded name has it
    form.apply_filter()
    qtbot.waitUntil(form.empty.isVisible, timeout=10_000)
    assert form.model.rowCount() == 0
    assert form.empty.text().startswith("No client matches the search and filters.")
    form.search.clear()
    form.apply_filter()
    qtbot.waitUntil(lambda: not form.empty.isVisible(), timeout=10_000)
    assert form.model.rowCount() > 0
    form.close()
