"""Export of the client directory's view on SQLite and MariaDB: contents against an
independent read of the tables, field access (a hidden field never reaches the file),
progress by pages, and a cancelled export that leaves nothing behind."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import openpyxl  # type: ignore[import-untyped]
import pytest
from sqlalchemy import text, update

import app.clients.export
from app.clients.card import load_card, save_card
from app.clients.directory import ClientFilter
from app.clients.export import CLIENT_COLUMNS, export_clients
from app.database import Database
from app.staff.auth import CurrentUser
from models import Employee, Role
from tests.app.clients.test_directory import add_fields, sales_operator
from tests.support.ui_support import NOW, user_with_role

pytestmark = pytest.mark.seed(calls=300, clients=60, days=5, seed=11)  # as the directory tests


def expected_rows(db: Database, kind: str | None, name_part: str) -> list[list[str]]:
    """The view read straight from the tables with plain SQL, filtered in Python."""
    with db.engine.connect() as conn:
        order = [
            r[0] for r in conn.execute(text("SELECT id FROM clients ORDER BY display_name, id"))
        ]
        clients = {
            r[0]: r
            for r in conn.execute(
                text(
                    "SELECT c.id, c.display_name, c.kind, e.full_name, c.email FROM clients c "
                    "LEFT JOIN employees e ON e.id = c.responsible_id"
                )
            )
        }
        numbers: dict[int, list[str]] = {}
        for client_id, number in conn.execute(
            text("SELECT client_id, number FROM phones WHERE client_id IS NOT NULL ORDER BY id")
        ):
            numbers.setdefault(client_id, []).append(number)
        contacts: dict[int, list[str]] = {}
        for client_id, name in conn.execute(
            text("SELECT client_id, full_name FROM contacts ORDER BY id")
        ):
            contacts.setdefault(client_id, []).append(name)
    labels = {"company": "Company", "person": "Person"}
    return [
        [
            clients[i][1],
            labels[clients[i][2]],
            ", ".join(numbers.get(i, [])),
            ", ".join(contacts.get(i, [])),
            clients[i][3] or "",
            clients[i][4] or "",
        ]
        for i in order
        if (kind is None or clients[i][2] == kind) and name_part in clients[i][1].casefold()
    ]


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f, delimiter=";"))


def read_xlsx(path: Path) -> list[list[Any]]:
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        return [
            ["" if v is None else v for v in row] for row in book.active.iter_rows(values_only=True)
        ]
    finally:
        book.close()


def may_export(db: Database, who: CurrentUser) -> CurrentUser:
    """An operator given the Export permission (not in the operator's preset)."""
    with db.transaction() as s:
        s.execute(update(Employee).where(Employee.id == who.id).values(can_export=True))
    return who


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_writes_the_filtered_view_page_by_page(
    db: Database, tmp_path: Path, fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app.clients.export, "EXPORT_BATCH", 7)  # several pages from the demo
    me = may_export(db, user_with_role(db, Role.OPERATOR))
    expected_all = expected_rows(db, None, "")
    tmp_path = tmp_path / "exports"  # the SQLite database lives in tmp_path itself
    tmp_path.mkdir()
    target = tmp_path / f"clients.{fmt}"
    progress: list[int] = []
    with db.engine.connect() as conn:
        result = export_clients(conn, ClientFilter(), me, target, fmt, progress.append)  # type: ignore[arg-type]
    assert not result.cancelled and result.path == target and result.rows == len(expected_all)
    assert progress == [min(n, len(expected_all)) for n in range(7, len(expected_all) + 7, 7)]
    table = read_csv(target) if fmt == "csv" else read_xlsx(target)
    assert table[0] == list(CLIENT_COLUMNS.values())
    assert table[1:] == expected_all
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]

    # A search and a filter: the same view the table shows, with translated headers.
    expected = expected_rows(db, "company", "о")
    assert 0 < len(expected) < len(expected_all)
    with db.engine.connect() as conn:
        result = export_clients(
            conn,
            ClientFilter(kind="company", name="О"),
            me,
            target,
            fmt,  # type: ignore[arg-type]
            headers={"name": "Клиент"},
            kinds={"company": "Company"},
        )
    table = read_csv(target) if fmt == "csv" else read_xlsx(target)
    assert table[0][:2] == ["Клиент", "Kind"]
    assert table[1:] == expected and result.rows == len(expected)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_hidden_field_never_reaches_the_file(db: Database, tmp_path: Path, fmt: str) -> None:
    ids = add_fields(db)
    me = may_export(db, sales_operator(db, ids))  # City editable, Segment view-only, Margin hidden
    admin = user_with_role(db, Role.ADMIN)
    with db.engine.connect() as conn:
        client_id = int(conn.scalar(text("SELECT id FROM clients ORDER BY display_name, id")))
    with db.transaction() as s:
        card = load_card(s, client_id, admin)
        edited = card.__class__(
            **{
                **card.__dict__,
                "custom": {ids["city"]: "Тверь", ids["segment"]: "B", ids["margin"]: "12,5"},
            }
        )
        save_card(s, card, edited, admin, now=NOW)
    tmp_path = tmp_path / "exports"  # the SQLite database lives in tmp_path itself
    tmp_path.mkdir()
    target = tmp_path / f"clients.{fmt}"
    for who, titles, first in (
        (me, ["City", "Segment"], ["Тверь", "B"]),
        (admin, ["City", "Segment", "Margin"], ["Тверь", "B", "12.5"]),
    ):
        with db.engine.connect() as conn:
            export_clients(conn, ClientFilter(), who, target, fmt)  # type: ignore[arg-type]
        table = read_csv(target) if fmt == "csv" else read_xlsx(target)
        assert table[0] == [*CLIENT_COLUMNS.values(), *titles]
        assert [str(v) for v in table[1][len(CLIENT_COLUMNS) :]] == first
        assert all(len(r) == len(table[0]) for r in table)
    # The operator's file holds no trace of the hidden value.
    with db.engine.connect() as conn:
        export_clients(conn, ClientFilter(), me, target, "csv")
    assert "12,5" not in target.read_text("utf-8-sig") and "12.5" not in target.read_text(
        "utf-8-sig"
    )


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_cancelled_export_leaves_no_file(
    db: Database, tmp_path: Path, fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app.clients.export, "EXPORT_BATCH", 10)
    me: CurrentUser = user_with_role(db, Role.SUPERVISOR)
    tmp_path = tmp_path / "exports"  # the SQLite database lives in tmp_path itself
    tmp_path.mkdir()
    target = tmp_path / f"clients.{fmt}"
    progress: list[int] = []
    with db.engine.connect() as conn:
        result = export_clients(
            conn,
            ClientFilter(),
            me,
            target,
            fmt,  # type: ignore[arg-type]
            progress.append,
            lambda: bool(progress),
        )
    assert result.cancelled and result.path is None and progress == [10]
    assert list(tmp_path.iterdir()) == []
    target.write_text("an older export")
    with db.engine.connect() as conn:
        export_clients(conn, ClientFilter(), me, target, fmt, None, lambda: True)  # type: ignore[arg-type]
    assert target.read_text() == "an older export"
    assert list(tmp_path.iterdir()) == [target]
