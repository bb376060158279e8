"""Client import on SQLite and MariaDB: mapping, broken rows, both modes, 10,000 rows."""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook  # type: ignore[import-untyped]
from sqlalchemy import func, select

from app.clients.importing import (
    CONTACT,
    EMAIL,
    KIND,
    NAME,
    PHONE,
    ImportProblem,
    check_rows,
    guess_mapping,
    import_rows,
    read_table,
)
from app.database import Database
from app.staff.permissions import PermissionDenied
from models import Client, ClientField, ClientHistory, ContactPerson, Phone, Role
from tests.support.ui_support import user_with_role, with_every_field

BROKEN_CSV = """Наименование;Вид;Телефон;E-mail;Контакт;ИНН
ООО «Альфа»;юр. лицо;8 (903) 100-00-01;alfa@example.ru;Петров Пётр;7701
ИП Бета;физ. лицо;+7 903 100-00-02, +7 903 100-00-03;;;7702
Гамма;;12345678;;;7703
;;+7 903 100-00-04;;;7704
Дельта;;+7 903 100-00-01;;;7705
Эпсилон;;{taken};;;7706
Дзета;;+7 903 100-00-07;;;
"""


pytestmark = pytest.mark.seed(calls=20, clients=10, days=1, seed=5)


@pytest.fixture
def db(db: Database) -> Database:
    """The seeded database with a required text field."""
    with db.transaction() as s:
        s.add(ClientField(title="ИНН", field_type="text", required=True))
    return db


def _counts(db: Database) -> tuple[int, int, int, int]:
    with db.engine.connect() as conn:
        return tuple(  # type: ignore[return-value]
            conn.scalar(select(func.count()).select_from(t))
            for t in (Client, Phone, ContactPerson, ClientHistory)
        )


def test_broken_rows_are_reported_and_modes_do_what_they_say(db: Database, tmp_path: Path) -> None:
    me = user_with_role(db, Role.ADMIN)
    with db.engine.connect() as conn:
        taken = conn.scalar(select(Phone.number).limit(1))
        inn = conn.scalar(select(ClientField.id))
    path = tmp_path / "clients.csv"
    path.write_bytes(BROKEN_CSV.format(taken=taken).encode("cp1251", errors="replace"))
    table = read_table(path)
    assert len(table.rows) == 7
    mapping = guess_mapping(table.headers, {inn: "ИНН"})  # type: ignore[dict-item]
    assert mapping == [NAME, KIND, PHONE, EMAIL, CONTACT, f"field:{inn}"]
    with db.engine.connect() as conn:
        check = check_rows(conn, table, mapping, me)
    errors = {r.line: r.errors for r in check.rows}
    assert errors[2] == [] and errors[3] == []
    assert "not a valid phone number" in errors[4][0]
    assert errors[5] == ["The client's name is empty."]
    assert errors[6] == ["The number +79031000001 is also on line 2."]
    assert errors[7][0].startswith(f"The number {taken} already belongs to the client «")
    assert errors[8] == ["The required field «ИНН» is empty."]
    assert check.rows[1].kind == "person" and len(check.rows[1].numbers) == 2
    before = _counts(db)
    with db.transaction() as s, pytest.raises(ImportProblem, match="5 rows have errors"):
        import_rows(s, check, me, only_valid=False)
    assert _counts(db) == before
    seen: list[tuple[str, int, int]] = []
    with db.transaction() as s:
        result = import_rows(s, check, me, only_valid=True, progress=lambda *a: seen.append(a))
    assert (result.created, result.skipped, result.numbers) == (2, 5, 3)
    assert seen[-1] == ("import", 2, 2)
    clients, phones, contacts, history = _counts(db)
    assert (clients, phones, contacts, history) == (
        before[0] + 2,
        before[1] + 3,
        before[2] + 1,
        before[3] + 2,
    )
    with db.transaction() as s:
        alfa = s.scalars(select(Client).where(Client.display_name == "ООО «Альфа»")).one()
        assert alfa.custom_fields == {str(inn): "7701"} and alfa.email == "alfa@example.ru"


def test_hidden_or_view_only_fields_cannot_be_imported(db: Database, tmp_path: Path) -> None:
    from app.staff import admin
    from models import FieldAccess

    me = user_with_role(db, Role.ADMIN)
    operator = user_with_role(db, Role.OPERATOR)
    with db.transaction() as s:
        inn = s.scalar(select(ClientField.id))
        assert inn is not None
        group = admin.save_group(s, me, None, "Ops", {inn: FieldAccess.VIEW})
        info = next(u for u in admin.list_users(s, me) if u.id == operator.id)
        admin.update_user(
            s, me, operator.id, admin.UserEdit(info.login, info.full_name, group_ids=(group,))
        )
    path = tmp_path / "c.csv"
    path.write_text("name,inn\nA,1\n", encoding="utf-8")
    with db.engine.connect() as conn, pytest.raises(PermissionDenied):
        check_rows(conn, read_table(path), [NAME, f"field:{inn}"], operator)


def test_ten_thousand_rows_from_xlsx_in_seconds(db: Database, tmp_path: Path) -> None:
    me = user_with_role(db, Role.ADMIN)
    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(["Клиент", "Телефон", "Контакт", "ИНН"])
    for i in range(10_000):
        sheet.append(
            [f"Клиент {i:05}", f"+7916{5000000 + i:07}", f"Контакт {i}" if i % 2 else "", str(i)]
        )
    path = tmp_path / "big.xlsx"
    book.save(path)
    started = time.perf_counter()
    table = read_table(path)
    read_s = time.perf_counter() - started
    with db.engine.connect() as conn:
        inn = conn.scalar(select(ClientField.id))
        check = check_rows(conn, table, [NAME, PHONE, CONTACT, f"field:{inn}"], me)
    check_s = time.perf_counter() - started - read_s
    assert check.valid_count == 10_000
    with db.transaction() as s:
        result = import_rows(s, check, me, only_valid=False)
    total_s = time.perf_counter() - started
    print(
        f"\nimport 10k rows [{db.dialect}]: read {read_s:.2f}s, check {check_s:.2f}s, "
        f"write {total_s - read_s - check_s:.2f}s, total {total_s:.2f}s"
    )
    assert result.created == 10_000 and result.numbers == 10_000
    assert total_s < 60  # "in seconds"; generous for a shared 2-core machine


def test_a_legacy_xls_workbook_is_imported_like_an_xlsx(db: Database, tmp_path: Path) -> None:
    """Excel 97-2003 (.xls, as the CRM's manual promises): text, a phone typed as a number,
    a date; written by xlwt, read by xlrd, then checked and imported as any table."""
    import xlwt

    book = xlwt.Workbook()
    sheet = book.add_sheet("Клиенты")
    dates = xlwt.easyxf(num_format_str="DD.MM.YYYY")
    for col, title in enumerate(["Наименование", "Телефон", "ИНН", "Договор от"]):
        sheet.write(0, col, title)
    sheet.write(1, 0, "ООО «Старый формат»")
    sheet.write(1, 1, 79031112233)  # a number cell, as people type phones in Excel
    sheet.write(1, 2, "7701123456")
    sheet.write(1, 3, datetime(2024, 3, 15), dates)
    sheet.write(2, 0, "ИП Архив")
    sheet.write(2, 1, "+7 903 111-22-44")
    sheet.write(2, 2, 7702)
    path = tmp_path / "clients.xls"
    book.save(str(path))

    table = read_table(path)
    assert table.headers == ["Наименование", "Телефон", "ИНН", "Договор от"]
    assert table.rows == [
        ["ООО «Старый формат»", "79031112233", "7701123456", "2024-03-15"],
        ["ИП Архив", "+7 903 111-22-44", "7702", ""],
    ]
    me = user_with_role(db, Role.ADMIN)
    with db.engine.connect() as conn:
        inn = conn.scalar(select(ClientField.id))
        check = check_rows(conn, table, [NAME, PHONE, f"field:{inn}", ""], me)
    assert check.valid_count == 2
    with db.transaction() as s:
        result = import_rows(s, check, me, only_valid=True)
    assert result.created == 2
    with db.engine.connect() as conn:
        wanted = ["+79031112233", "+79031112244"]
        numbers = set(conn.scalars(select(Phone.number).where(Phone.number.in_(wanted))))
    assert numbers == set(wanted)


def test_a_broken_xls_is_refused_with_its_name(tmp_path: Path) -> None:
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0 not really an OLE2 workbook")
    with pytest.raises(ImportProblem, match=r"old\.xls is not a readable Excel file"):
        read_table(path)


def test_importing_is_an_administrators_right(db: Database, tmp_path: Path) -> None:
    """An operator may check a file (and create clients one by one) but not import."""
    path = tmp_path / "c.csv"
    path.write_text("name,phone,inn\nA,+7 903 555-00-01,7701\n", encoding="utf-8")
    operator = user_with_role(db, Role.OPERATOR)
    with_every_field(db, operator)
    before = _counts(db)
    with db.engine.connect() as conn:
        inn = conn.scalar(select(ClientField.id))
        check = check_rows(conn, read_table(path), [NAME, PHONE, f"field:{inn}"], operator)
    assert check.valid_count == 1
    with db.transaction() as s, pytest.raises(PermissionDenied, match="administrator"):
        import_rows(s, check, operator, only_valid=True)
    assert _counts(db) == before
