"""Importing clients from xlsx and csv: column mapping, a per-row check, one transaction.

The file is read once into text cells; :func:`check_rows` validates every row (bad numbers,
missing required fields, duplicate numbers within the file and against the database) and
:func:`import_rows` writes either all rows or only the valid ones, in bulk statements
inside the caller's single transaction, reporting progress as it goes.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, cast

from openpyxl import load_workbook  # type: ignore[import-untyped]
from sqlalchemy import Connection, Table, insert, select
from sqlalchemy.orm import Session

from app import clock
from app.clients import field_index
from app.clients.fields import FieldValueError, clean_value
from app.messages import QT_TRANSLATE_NOOP, Message, UserFacingError, message
from app.phones import DEFAULT_REGION, InvalidNumber, normalize, reversed_digits
from app.staff.auth import CurrentUser
from app.staff.permissions import (
    PermissionDenied,
    VisibleField,
    require_import,
    visible_fields,
)
from models import Client, ClientHistory, ClientKind, ContactPerson, Phone

Progress = Callable[[str, int, int], None]
CHUNK = 1000
MAX_ROWS = 200_000
MAX_COLUMNS = 200  # beyond them a sheet is not a client list (cells stray to column XFD)
MAX_EMAIL = 255

# Targets a column can be mapped to; custom fields are "field:<id>".
NAME, KIND, EMAIL, PHONE, CONTACT, POSITION = (
    "name",
    "kind",
    "email",
    "phone",
    "contact",
    "position",
)
BUILT_IN = (NAME, KIND, EMAIL, PHONE, CONTACT, POSITION)
_GUESS = {
    NAME: ("name", "client", "company", "наименование", "название", "клиент", "контрагент"),
    KIND: ("kind", "type", "вид", "тип"),
    EMAIL: ("email", "e-mail", "mail", "почта"),
    PHONE: ("phone", "number", "tel", "телефон", "номер"),
    CONTACT: ("contact", "контакт", "фио"),
    POSITION: ("position", "должность"),
}

_clients = cast(Table, Client.__table__)
_contacts = cast(Table, ContactPerson.__table__)
_phones = cast(Table, Phone.__table__)
_history = cast(Table, ClientHistory.__table__)


class ImportProblem(UserFacingError, ValueError):
    """The file cannot be imported as asked; the message says why."""


@dataclass(frozen=True)
class SourceTable:
    headers: list[str]
    rows: list[list[str]]


def read_table(path: Path) -> SourceTable:
    """The first sheet of an xlsx or a legacy xls (Excel 97-2003), or a csv (';' or ','
    separated, UTF-8 or Windows-1251)."""
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        rows = _xlsx_rows(path)
    elif suffix == ".xls":
        rows = _xls_rows(path)
    elif suffix in (".csv", ".txt"):
        rows = _csv_rows(path)
    else:
        raise ImportProblem(
            QT_TRANSLATE_NOOP("app", "{file}: only .xlsx, .xls and .csv files can be imported."),
            file=path.name,
        )
    rows = [r for r in rows if any(c.strip() for c in r)]
    if not rows:
        raise ImportProblem(
            QT_TRANSLATE_NOOP("app", "{file} has no rows."),
            file=path.name,
        )
    if len(rows) == 1:
        raise ImportProblem(
            QT_TRANSLATE_NOOP(
                "app",
                "{file} has a header but no rows of clients (cells with formulas Excel never "
                "calculated are empty: open the file in Excel and save it again).",
            ),
            file=path.name,
        )
    if len(rows) > MAX_ROWS + 1:
        raise ImportProblem(
            QT_TRANSLATE_NOOP("app", "{file} has more than {limit} rows: split it."),
            file=path.name,
            limit=MAX_ROWS,
        )
    # Columns empty in every row (a stray space far to the right) are not columns.
    width = max(max((i + 1 for i, c in enumerate(r) if c.strip()), default=0) for r in rows)
    if width > MAX_COLUMNS:
        raise ImportProblem(
            QT_TRANSLATE_NOOP(
                "app", "{file} has {count} columns; a client list has at most {limit}."
            ),
            file=path.name,
            count=width,
            limit=MAX_COLUMNS,
        )
    rows = [r[:width] for r in rows]
    padded = [r + [""] * (width - len(r)) for r in rows]
    headers = [h.strip() or f"#{i + 1}" for i, h in enumerate(padded[0])]
    return SourceTable(headers, padded[1:])


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _xlsx_rows(path: Path) -> list[list[str]]:
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as e:  # openpyxl raises many kinds for a broken file
        raise ImportProblem(
            QT_TRANSLATE_NOOP("app", "{file} is not a readable Excel file ({error})."),
            file=path.name,
            error=e,
        ) from e
    try:
        sheet = book.worksheets[0]
        rows: list[list[str]] = []
        # One column past the limit is enough to refuse a sheet that is too wide; empty rows
        # (a sheet formatted down to row 1,048,576) are skipped as they are read.
        for values in sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS + 1):
            if values.count(None) == len(values):  # counted in C: 1M empty rows take ~1 s
                continue
            row = [_cell(v) for v in values]
            if any(row):
                rows.append(row)
                if len(rows) > MAX_ROWS + 1:
                    break
        return rows
    finally:
        book.close()


def _xls_rows(path: Path) -> list[list[str]]:
    """A legacy Excel 97-2003 workbook's first sheet; dates as dates, whole numbers without
    ".0" (a phone typed as a number stays its digits)."""
    import xlrd

    try:
        book = xlrd.open_workbook(str(path), on_demand=True)
    except Exception as e:  # xlrd raises its own XLRDError and struct/Compdoc errors
        raise ImportProblem(
            QT_TRANSLATE_NOOP("app", "{file} is not a readable Excel file ({error})."),
            file=path.name,
            error=e,
        ) from e
    try:
        sheet = book.sheet_by_index(0)
        rows = []
        for r in range(sheet.nrows):
            row = []
            for c in range(sheet.ncols):
                cell = sheet.cell(r, c)
                value: Any = cell.value
                if cell.ctype == xlrd.XL_CELL_DATE:
                    value = xlrd.xldate_as_datetime(value, book.datemode)
                elif cell.ctype == xlrd.XL_CELL_BOOLEAN:
                    value = bool(value)
                row.append(_cell(value))
            rows.append(row)
        return rows
    finally:
        book.release_resources()


def _csv_rows(path: Path) -> list[list[str]]:
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "cp1251"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1251 decodes any byte string
        raise ImportProblem(
            QT_TRANSLATE_NOOP("app", "{file}: unknown text encoding."),
            file=path.name,
        )
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") >= first.count(",") and ";" in first else ","
    if "\t" in first and delimiter not in first:
        delimiter = "\t"
    if "\x00" in text:  # UTF-16, or not a text file at all
        raise ImportProblem(
            QT_TRANSLATE_NOOP(
                "app", "{file} is not a text table: save it as CSV (UTF-8 or Windows-1251)."
            ),
            file=path.name,
        )
    try:
        reader = csv.reader(io.StringIO(text), delimiter=delimiter)
        return [[c.strip() for c in row] for row in reader]
    except csv.Error as e:  # a cell beyond the csv module's limit (128 KiB), a broken quote
        raise ImportProblem(
            QT_TRANSLATE_NOOP("app", "{file} cannot be read as CSV ({error})."),
            file=path.name,
            error=e,
        ) from e


def guess_mapping(
    headers: Sequence[str],
    field_titles: dict[int, str],
    field_codes: dict[int, str] | None = None,
) -> list[str]:
    """A first guess of each column's target from its header ("" = not imported): a
    field's title or its Latin key (``inn``, ``status``), else words of the built-ins."""
    result: list[str] = []
    codes = field_codes or {}
    for header in headers:
        h = header.strip().casefold()
        target = ""
        for fid, title in field_titles.items():
            if h and h in (title.casefold(), codes.get(fid, title).casefold()):
                target = f"field:{fid}"
        if not target:
            for key, words in _GUESS.items():
                if any(w in h for w in words) and (key == PHONE or key not in result):
                    target = key
                    break
        result.append(target)
    return result


@dataclass
class RowCheck:
    line: int  # line in the file (header is line 1)
    name: str = ""
    kind: str = ClientKind.COMPANY.value
    email: str = ""
    numbers: list[str] = field(default_factory=list)
    contact: str = ""
    position: str = ""
    custom: dict[str, Any] = field(default_factory=dict)
    problems: list[Message] = field(default_factory=list)

    @property
    def errors(self) -> list[str]:
        """The problems in English (logs, tests); the UI translates ``problems``."""
        return [str(p) for p in self.problems]

    @property
    def valid(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class ImportCheck:
    rows: list[RowCheck]

    @property
    def valid_count(self) -> int:
        return sum(r.valid for r in self.rows)

    @property
    def invalid(self) -> list[RowCheck]:
        return [r for r in self.rows if not r.valid]


@dataclass(frozen=True)
class ImportResult:
    created: int
    skipped: int
    numbers: int


def _kind(text: str) -> str:
    t = text.strip().casefold()
    if t.startswith(("person", "физ", "чел", "частн", "individual")):
        return ClientKind.PERSON.value
    return ClientKind.COMPANY.value


def check_rows(
    conn: Connection | Session,
    table: SourceTable,
    mapping: Sequence[str],
    who: CurrentUser,
    region: str = DEFAULT_REGION,
    progress: Progress | None = None,
) -> ImportCheck:
    """Validate every row; nothing is written."""
    fields = _mapped_fields(conn, mapping, who)
    required = [v for v in fields.values() if v.editable and v.field.required]
    checks: list[RowCheck] = []
    first_line: dict[str, int] = {}
    total = len(table.rows)
    for index, cells in enumerate(table.rows):
        row = RowCheck(line=index + 2)
        for target, raw in zip(mapping, cells, strict=False):
            value = raw.strip()
            if target and value:
                _read_cell(row, target, value, fields, region, first_line)
        _check_complete(row, required)
        checks.append(row)
        if progress is not None and index % CHUNK == 0:
            progress("check", index, total)
    _check_against_database(conn, checks)
    if progress is not None:
        progress("check", total, total)
    return ImportCheck(checks)


def _mapped_fields(
    conn: Connection | Session, mapping: Sequence[str], who: CurrentUser
) -> dict[int, VisibleField]:
    """The card fields ``who`` sees, once the mapping is known to be allowed."""
    if NAME not in mapping:
        raise ImportProblem(
            QT_TRANSLATE_NOOP("app", "Choose the column with the client's name."),
        )
    fields = {v.field.id: v for v in visible_fields(conn, who)}
    for target in mapping:
        if target.startswith("field:"):
            fid = int(target.split(":", 1)[1])
            if fid not in fields or not fields[fid].editable:
                raise PermissionDenied(
                    QT_TRANSLATE_NOOP("app", "You may not fill in one of the mapped fields."),
                )
    return fields


def _read_cell(
    row: RowCheck,
    target: str,
    value: str,
    fields: dict[int, VisibleField],
    region: str,
    first_line: dict[str, int],
) -> None:
    if target == NAME:
        row.name = " ".join(value.split())[:255]
    elif target == KIND:
        row.kind = _kind(value)
    elif target == EMAIL:
        if len(value) > MAX_EMAIL:
            row.problems.append(
                message(
                    QT_TRANSLATE_NOOP("app", "The e-mail is longer than {limit} characters."),
                    limit=MAX_EMAIL,
                )
            )
        row.email = value[:MAX_EMAIL]
    elif target == CONTACT:
        row.contact = " ".join(value.split())[:200]
    elif target == POSITION:
        row.position = " ".join(value.split())[:200]
    elif target == PHONE:
        _read_phones(row, value, region, first_line)
    else:
        v = fields[int(target.split(":", 1)[1])]
        try:
            row.custom[v.field.key] = clean_value(v.field, value)
        except FieldValueError as e:
            row.problems.append(e.message)


def _read_phones(row: RowCheck, value: str, region: str, first_line: dict[str, int]) -> None:
    """The numbers of one cell; a number already on an earlier line is a problem of this one."""
    for part in value.replace(";", ",").split(","):
        if not part.strip():
            continue
        try:
            number = normalize(part, region)
        except InvalidNumber as e:
            row.problems.append(e.message)
            continue
        if number in first_line:
            row.problems.append(
                message(
                    QT_TRANSLATE_NOOP("app", "The number {number} is also on line {line}."),
                    number=number,
                    line=first_line[number],
                )
            )
        else:
            first_line[number] = row.line
            row.numbers.append(number)


def _check_complete(row: RowCheck, required: Sequence[VisibleField]) -> None:
    if not row.name:
        row.problems.append(Message(QT_TRANSLATE_NOOP("app", "The client's name is empty.")))
    for v in required:
        if row.custom.get(v.field.key) is None:
            row.problems.append(
                message(
                    QT_TRANSLATE_NOOP("app", "The required field «{field}» is empty."),
                    field=v.field.title,
                )
            )


def _check_against_database(conn: Connection | Session, checks: list[RowCheck]) -> None:
    by_number = {n: r for r in checks for n in r.numbers}
    numbers = list(by_number)
    for start in range(0, len(numbers), CHUNK):
        chunk = numbers[start : start + CHUNK]
        for number, owner in conn.execute(
            select(_phones.c.number, _clients.c.display_name)
            .join(_clients, _clients.c.id == _phones.c.client_id)
            .where(_phones.c.number.in_(chunk))
        ):
            by_number[number].problems.append(
                message(
                    QT_TRANSLATE_NOOP(
                        "app", "The number {number} already belongs to the client «{client}»."
                    ),
                    number=number,
                    client=owner,
                )
            )


def _chunks(items: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def import_rows(
    session: Session,
    check: ImportCheck,
    who: CurrentUser,
    only_valid: bool,
    progress: Progress | None = None,
    now: datetime | None = None,
) -> ImportResult:
    """Write the checked rows in the caller's transaction (all of them, or the valid ones);
    an administrator's right."""
    require_import(session, who)
    if not only_valid and check.invalid:
        raise ImportProblem(
            QT_TRANSLATE_NOOP(
                "app", "{count} rows have errors: fix them, or import only the valid rows."
            ),
            count=len(check.invalid),
        )
    rows = [r for r in check.rows if r.valid]
    when = (now or clock.now()).replace(microsecond=0)
    total = len(rows)
    numbers = 0
    for done, chunk in enumerate(_chunks(rows)):
        ids = list(
            session.scalars(
                insert(_clients).returning(_clients.c.id, sort_by_parameter_order=True),
                [
                    {
                        "display_name": r.name,
                        "kind": r.kind,
                        "responsible_id": who.id,
                        "email": r.email,
                        "custom_fields": {k: v for k, v in r.custom.items() if v is not None},
                        "version": 1,
                        "created_at": when,
                        "updated_at": when,
                    }
                    for r in chunk
                ],
            )
        )
        field_index.refresh(session, ids)
        with_contact = [(cid, r) for cid, r in zip(ids, chunk, strict=True) if r.contact]
        contact_ids: dict[int, int] = {}
        if with_contact:
            new_ids = session.scalars(
                insert(_contacts).returning(_contacts.c.id, sort_by_parameter_order=True),
                [
                    {"client_id": cid, "full_name": r.contact, "position": r.position}
                    for cid, r in with_contact
                ],
            )
            contact_ids = {
                cid: contact for (cid, _r), contact in zip(with_contact, new_ids, strict=True)
            }
        phone_rows = [
            {
                "number": n,
                "digits_reversed": reversed_digits(n),
                "client_id": cid,
                "contact_id": contact_ids.get(cid),
                "created_at": when,
                "created_by_id": who.id,
            }
            for cid, r in zip(ids, chunk, strict=True)
            for n in r.numbers
        ]
        if phone_rows:
            session.execute(insert(_phones), phone_rows)
        numbers += len(phone_rows)
        session.execute(
            insert(_history),
            [
                {
                    "client_id": cid,
                    "employee_id": who.id,
                    "changed_at": when,
                    "field": "imported",
                    "old_value": None,
                    "new_value": r.name,
                }
                for cid, r in zip(ids, chunk, strict=True)
            ],
        )
        if progress is not None:
            progress("import", min((done + 1) * CHUNK, total), total)
    return ImportResult(created=total, skipped=len(check.rows) - total, numbers=numbers)
