"""Property tests over client import files built in the test: CSV in wrong encodings, with
NULs, broken quotes and huge cells; xlsx with merged cells, formulas, a million empty rows,
huge cells and a stray cell at column XFD. Each file is read into a table or refused with an
:class:`ImportProblem`; a checked import either writes every row it said was valid or, when
refused, nothing at all (counted in the database, on SQLite and MariaDB)."""

from __future__ import annotations

import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from openpyxl import Workbook  # type: ignore[import-untyped]
from sqlalchemy import func, select

from app.clients.importing import (
    MAX_COLUMNS,
    NAME,
    ImportProblem,
    SourceTable,
    check_rows,
    guess_mapping,
    import_rows,
    read_table,
)
from app.database import Database
from models import Client, ClientField, ClientHistory, ContactPerson, Employee, Phone, Role
from tests.app.bad_input.support import BOUNDED, FEW, PASTED, tried
from tests.conftest import BACKENDS, migrated_database
from tests.support.clock_support import NOW
from tests.support.ui_support import user_with_role

HEADER = ["Наименование", "Телефон", "E-mail", "Контакт", "Число", "Дата"]
CELLS = st.one_of(
    PASTED,
    st.sampled_from(
        [
            "ООО «Ромашка»",
            "+7 903 100-00-01",
            "8 (903) 100 00 02",
            "a@b.ru",
            "12,5",
            "31.12.2026",
            "=1+1",
            '=HYPERLINK("http://x";"y")',
            "@SUM(A1)",
        ]
    ),
    st.integers(min_value=1, max_value=3).map(lambda n: "я" * (70_000 * n)),  # huge cells
)
ROWS = st.lists(st.lists(CELLS, min_size=0, max_size=8), min_size=0, max_size=6)
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "cp1251", "utf-16", "latin-1", "koi8-r"])


def _csv_bytes(rows: list[list[str]], delimiter: str, encoding: str) -> bytes:
    def quote(cell: str) -> str:
        return (
            cell
            if delimiter not in cell and '"' not in cell
            else '"' + cell.replace('"', '""') + '"'
        )

    text = "\n".join(delimiter.join(quote(c) for c in row) for row in [HEADER, *rows])
    return text.encode(encoding, errors="replace")


def _read(path: Path) -> SourceTable | None:
    started = time.monotonic()
    try:
        table = read_table(path)
    except ImportProblem as e:
        assert path.name in str(e.message)
        return None
    finally:
        assert time.monotonic() - started < 60, "reading a file must not hang"
    assert table.headers and all(h for h in table.headers)
    assert len(table.headers) <= MAX_COLUMNS
    assert all(len(r) == len(table.headers) for r in table.rows)
    assert all(isinstance(c, str) for r in table.rows for c in r)
    return table


@BOUNDED
@given(
    rows=ROWS,
    delimiter=st.sampled_from([";", ",", "\t"]),
    encoding=ENCODINGS,
    junk=st.one_of(st.none(), st.binary(max_size=200)),
)
@example(rows=[["a\x00b"]], delimiter=";", encoding="utf-8", junk=None)
@example(rows=[["x" * 200_000]], delimiter=";", encoding="utf-8", junk=None)
@example(rows=[["ООО «Ромашка»"]], delimiter=";", encoding="utf-16", junk=None)
@example(rows=[], delimiter=";", encoding="utf-8", junk=b"\x98\xff\xfe\x00")
@example(rows=[["x"] + [""] * 300 + ["y"]], delimiter=";", encoding="utf-8", junk=None)
def test_a_csv_file_is_a_table_or_refused(
    rows: list[list[str]],
    delimiter: str,
    encoding: str,
    junk: bytes | None,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    tried("import file (csv)")
    path = tmp_path_factory.mktemp("csv") / "clients.csv"
    path.write_bytes(junk if junk is not None else _csv_bytes(rows, delimiter, encoding))
    _read(path)


def _xlsx(build: Callable[[object], None]) -> Callable[[Path], None]:
    def write(path: Path) -> None:
        book = Workbook()
        sheet = book.active
        sheet.append(HEADER)
        build(sheet)
        book.save(path)

    return write


def _merged(ws: object) -> None:
    ws.append(["ООО «Альфа»", "+7 903 200-00-01"])  # type: ignore[attr-defined]
    ws.merge_cells("A2:C4")  # type: ignore[attr-defined]
    ws.append(["ООО «Бета»", "+7 903 200-00-02"])  # type: ignore[attr-defined]


def _formulas(ws: object) -> None:
    ws.append(['=CONCATENATE("ООО ";"Гамма")', "=1+1"])  # type: ignore[attr-defined]


def _million_empty_rows(ws: object) -> None:
    ws.append(["ООО «Дельта»", "+7 903 200-00-03"])  # type: ignore[attr-defined]
    ws.cell(row=1_000_000, column=1, value=" ")  # type: ignore[attr-defined]


def _huge_cells(ws: object) -> None:
    ws.append(["Я" * 32_767, "9" * 32_767, "@" * 32_767])  # type: ignore[attr-defined]


def _far_right(ws: object) -> None:
    ws.append(["ООО «Эпсилон»", "+7 903 200-00-04"])  # type: ignore[attr-defined]
    ws.cell(row=2, column=16_384, value="x")  # type: ignore[attr-defined]
    ws.cell(row=3, column=250, value="y")  # type: ignore[attr-defined]


def _not_a_zip(path: Path) -> None:
    path.write_bytes(b"PK\x03\x04 not really a zip" * 10)


def _zip_without_a_workbook(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "hi")


FILES: dict[str, Callable[[Path], None]] = {
    "merged": _xlsx(_merged),
    "formulas": _xlsx(_formulas),
    "million-empty-rows": _xlsx(_million_empty_rows),
    "huge-cells": _xlsx(_huge_cells),
    "far-right": _xlsx(_far_right),
    "not-a-zip": _not_a_zip,
    "zip-without-a-workbook": _zip_without_a_workbook,
}


def _counts(db: Database) -> tuple[int, ...]:
    with db.engine.connect() as conn:
        return tuple(
            int(conn.scalar(select(func.count()).select_from(t)) or 0)
            for t in (Client, Phone, ContactPerson, ClientHistory)
        )


def _import_all_or_nothing(db: Database, table: SourceTable) -> None:
    """Import every row: written whole when every row is valid, else refused with nothing
    written; then the valid ones only."""
    admin = user_with_role(db, Role.ADMIN)
    with db.engine.connect() as conn:
        fields = {
            int(i): str(t) for i, t in conn.execute(select(ClientField.id, ClientField.title))
        }
    mapping = guess_mapping(table.headers, fields)
    if NAME not in mapping:
        mapping = [NAME, *mapping[1:]]
    with db.engine.connect() as conn:
        check = check_rows(conn, table, mapping, admin)
    before = _counts(db)
    if check.invalid:
        with pytest.raises(ImportProblem):
            db.write(lambda s: import_rows(s, check, admin, only_valid=False))
        assert _counts(db) == before  # nothing written
    valid = [r for r in check.rows if r.valid]
    result = db.write(lambda s: import_rows(s, check, admin, only_valid=True))
    assert result.created == len(valid)
    assert _counts(db)[0] == before[0] + len(valid)
    assert _counts(db)[1] == before[1] + sum(len(r.numbers) for r in valid)


@pytest.fixture(scope="module", params=BACKENDS)
def db(request: pytest.FixtureRequest) -> Iterator[Database]:
    """One migrated database per backend for the module: an administrator, a number and a
    date field on the card (each test counts rows before and after, so they may share it)."""
    with migrated_database(request, request.param) as engine:
        database = Database(engine)
        with database.transaction() as s:
            s.add(ClientField(title="Число", field_type="number"))
            s.add(ClientField(title="Дата", field_type="date"))
            s.add(
                Employee(
                    login="admin",
                    full_name="Администратор",
                    role=Role.ADMIN.value,
                    password_hash="x",
                    created_at=NOW,
                )
            )
        yield database


@pytest.mark.parametrize("kind", list(FILES))
def test_an_excel_file_is_a_table_or_refused(kind: str, tmp_path: Path) -> None:
    tried("import file (xlsx)")
    path = tmp_path / f"{kind}.xlsx"
    FILES[kind](path)
    table = _read(path)
    if kind in ("not-a-zip", "zip-without-a-workbook", "formulas"):
        assert table is None  # refused with a message naming the file
        return
    assert table is not None
    if kind == "merged":
        assert [r[0] for r in table.rows] == ["ООО «Альфа»", "ООО «Бета»"]
    if kind in ("million-empty-rows", "far-right"):
        assert len(table.rows) == 1


def test_excel_files_are_imported_whole_or_not_at_all(db: Database, tmp_path: Path) -> None:
    for kind in ("merged", "huge-cells", "far-right", "million-empty-rows"):
        path = tmp_path / f"{kind}.xlsx"
        FILES[kind](path)
        table = _read(path)
        assert table is not None
        _import_all_or_nothing(db, table)


@FEW
@given(rows=ROWS.filter(bool), encoding=st.sampled_from(["utf-8", "cp1251"]))
@example(
    rows=[["ООО «Ромашка»", "+7 903 100-00-01", "a" * 300 + "@b.ru", "", "1e400", "1.1.²"]],
    encoding="utf-8",
)
def test_a_csv_import_writes_its_valid_rows_or_nothing(
    rows: list[list[str]], encoding: str, db: Database, tmp_path_factory: pytest.TempPathFactory
) -> None:
    tried("import file (csv, into the database)")
    path = tmp_path_factory.mktemp("csv") / "clients.csv"
    path.write_bytes(_csv_bytes(rows, ";", encoding))
    table = _read(path)
    if table is not None:
        _import_all_or_nothing(db, table)


def test_text_like_a_formula_stays_text_in_every_excel_export(tmp_path: Path) -> None:
    """A client imported as '=HYPERLINK(…)' must not become a live formula in an export."""
    from openpyxl import load_workbook

    from app.messages import Message
    from app.reports import Breakdown, ReportParams
    from app.reports.export import write_xlsx
    from app.reports.result import Column, ColumnKind, ReportHeader, ReportResult
    from app.table_export import write_table

    evil = '=HYPERLINK("http://evil.example";"click")'
    target = tmp_path / "table.xlsx"
    write_table(
        target,
        "xlsx",
        ["Name"],
        [[[evil], ["plain"]]],
        sheet_title="Clients",
        too_many_rows=Message("too many"),
    )
    params = ReportParams(NOW.date(), NOW.date(), breakdown=Breakdown.NONE)
    result = ReportResult(
        "detail",
        params,
        ReportHeader(NOW.date(), NOW.date(), "UTC", 20, 5),
        [Column("client", "Client", ColumnKind.TEXT)],
        [{"key": 1, "client": evil}],
    )
    report = write_xlsx(result, tmp_path / "report.xlsx")
    for path in (target, report):
        book = load_workbook(path)
        cells = [c for row in book.active.iter_rows() for c in row if c.value == evil]
        book.close()
        assert cells and all(c.data_type == "s" for c in cells), path.name
