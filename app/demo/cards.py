"""The demo's client cards beyond names and numbers: custom fields in groups, employee groups
with their access to those fields, the cards' values, and the cards created and changed by
managers during the demo's period (so the "Client cards" report and a card's history show
something). Drawn from their own random stream: the calls stay as the seed value makes them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from models import FieldAccess, FieldType, Role

# (id, title, type, group on the card, shown in the directory's table, items)
_FIELDS: list[tuple[int, str, FieldType, str, bool, list[str]]] = [
    (1, "Источник", FieldType.DROPDOWN, "Продажи", True,
     ["Сайт", "Рекомендация", "Выставка", "Холодный звонок", "Реклама"]),
    (2, "Сегмент", FieldType.DROPDOWN, "Продажи", True, ["Розница", "Опт", "Дилер", "VIP"]),
    (3, "Интересы", FieldType.CHECKBOXES, "Продажи", False,
     ["Доставка", "Монтаж", "Сервис", "Рассрочка"]),
    (4, "ИНН", FieldType.TEXT, "Реквизиты", False, []),
    (5, "Адреса доставки", FieldType.LINES, "Реквизиты", False, []),
    (6, "Дата договора", FieldType.DATE, "Договор", False, []),
    (7, "Скидка, %", FieldType.NUMBER, "Договор", True, []),
]  # fmt: skip
SOURCE, SEGMENT, INTERESTS, INN, ADDRESSES, CONTRACT, DISCOUNT = (f[0] for f in _FIELDS)
_CODES = {
    SOURCE: "source",
    SEGMENT: "segment",
    INTERESTS: "interests",
    INN: "inn",
    ADDRESSES: "delivery_addresses",
    CONTRACT: "contract_date",
    DISCOUNT: "discount",
}
# A reusable list (Administration -> Lists) and the card field that picks from it; clients
# whose status hides them are left out of the directory's default view.
STATUS = 8
STATUS_LIST = 1
# (item id, name, hides clients, weight in the demo)
_STATUSES = [
    (1, "Новый", False, 20),
    (2, "В работе", False, 45),
    (3, "Постоянный", False, 25),
    (4, "Закрыт", True, 6),
    (5, "Не наш клиент", True, 4),
]
_ITEMS = {f[0]: f[5] for f in _FIELDS}
SALES, ACCOUNTING, DELIVERY = 1, 2, 3
GROUPS = {SALES: "Отдел продаж", ACCOUNTING: "Бухгалтерия", DELIVERY: "Доставка"}
# No row: full access (edit). Sales works the sales notes and sees the requisites and the
# contract; accounting keeps the requisites and the contract, not the sales notes; delivery
# keeps the addresses. An employee in several groups gets the widest access per field.
_ACCESS = [
    (SALES, INN, FieldAccess.VIEW),
    (SALES, ADDRESSES, FieldAccess.VIEW),
    (SALES, CONTRACT, FieldAccess.VIEW),
    (SALES, DISCOUNT, FieldAccess.VIEW),
    (ACCOUNTING, SOURCE, FieldAccess.HIDDEN),
    (ACCOUNTING, INTERESTS, FieldAccess.HIDDEN),
    (ACCOUNTING, SEGMENT, FieldAccess.VIEW),
    (DELIVERY, SOURCE, FieldAccess.HIDDEN),
    (DELIVERY, SEGMENT, FieldAccess.VIEW),
    (DELIVERY, INTERESTS, FieldAccess.VIEW),
    (DELIVERY, INN, FieldAccess.VIEW),
    (DELIVERY, CONTRACT, FieldAccess.HIDDEN),
    (DELIVERY, DISCOUNT, FieldAccess.HIDDEN),
]
_STREETS = ["ул. Ленина", "ул. Гагарина", "пр. Мира", "ул. Садовая", "Промышленная ул."]
_CITIES = ["Москва", "Санкт-Петербург", "Казань", "Тверь", "Подольск", "Химки"]

# Of the cards: created during the period (their numbers are unknown before), and changed.
NEW_SHARE = 0.05
CHANGED_SHARE = 0.15


def groups_of(role: Role, number: int) -> tuple[int, ...]:
    """The groups of the demo's ``number``-th employee (from 1) of ``role``: supervisors in
    sales and accounting (every field theirs to edit), accountants in accounting, operators
    in sales and every third of them in delivery too; administrators in none (they see
    everything anyway)."""
    if role is Role.SUPERVISOR:
        return (SALES, ACCOUNTING)
    if role is Role.ACCOUNTANT:
        return (ACCOUNTING,)
    if role is Role.OPERATOR:
        return (SALES, DELIVERY) if number % 3 == 0 else (SALES,)
    return ()


def field_rows(with_lists: bool = True) -> list[dict[str, Any]]:
    """The demo's card fields; ``with_lists``: the schema has reusable lists (0018 on)."""
    rows: list[dict[str, Any]] = [
        {
            "id": fid,
            "title": title,
            "field_type": (FieldType.LIST.value if kind is FieldType.LINES else kind.value)
            if not with_lists
            else kind.value,
            "required": False,
            "sort_order": fid,
            "group_title": group,
            "in_table": in_table,
            "items": items,
        }
        for fid, title, kind, group, in_table, items in _FIELDS
    ]
    if not with_lists:
        return rows
    for row in rows:
        row.update(code=_CODES[row["id"]], hint="", tab_title="", shown=True, list_id=None)
    rows[INN - 1]["hint"] = "10 цифр у организации, 12 у предпринимателя"
    rows.append(
        {
            "id": STATUS,
            "title": "Статус",
            "field_type": FieldType.LIST.value,
            "required": False,
            "sort_order": 0,
            "group_title": "Продажи",
            "in_table": True,
            "items": [],
            "code": "status",
            "hint": "Закрытые и «не наши» клиенты скрыты в списке клиентов по умолчанию",
            "tab_title": "",
            "shown": True,
            "list_id": STATUS_LIST,
        }
    )
    return rows


def list_rows() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The demo's reusable list of client statuses and its items."""
    lists = [{"id": STATUS_LIST, "name": "Статусы клиентов", "version": 1}]
    items = [
        {"id": iid, "list_id": STATUS_LIST, "name": name, "sort_order": i, "hides": hides}
        for i, (iid, name, hides, _w) in enumerate(_STATUSES)
    ]
    return lists, items


def status_of(client_id: int, seed: int) -> int:
    """A demo client's status item, from its own random stream (the rest stays as it was)."""
    rng = random.Random(f"{seed}:status:{client_id}")
    return rng.choices([s[0] for s in _STATUSES], weights=[s[3] for s in _STATUSES])[0]


def group_rows() -> list[dict[str, Any]]:
    return [{"id": gid, "name": name} for gid, name in GROUPS.items()]


def access_rows() -> list[dict[str, Any]]:
    return [{"group_id": g, "field_id": f, "access": a.value} for g, f, a in _ACCESS]


def _text(field_id: int, value: Any) -> str:
    """As the card's history says it (app.clients.fields.value_text)."""
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if field_id == CONTRACT:
        return date.fromisoformat(value).strftime("%d.%m.%Y")
    return str(value)


@dataclass
class CardChange:
    """What the seeder needs to know of a client it shaped: from when its numbers are known."""

    known_from: datetime | None  # None: before the period (as every card used to be)


class DemoCards:
    """Values, creation dates and change history of the demo's cards."""

    def __init__(self, seed: int, now: datetime, days: int, statuses: bool = False) -> None:
        self.rng = random.Random(f"{seed}:cards")
        self.seed = seed
        self.statuses = statuses  # the schema has reusable lists: a status per card
        self.now = now
        self.start = now - timedelta(days=days)
        self.history: list[dict[str, Any]] = []

    def _value(self, field_id: int, company: bool) -> Any:
        rng = self.rng
        if field_id in (SOURCE, SEGMENT):
            return rng.choice(_ITEMS[field_id])
        if field_id == INTERESTS:
            chosen = set(rng.sample(_ITEMS[INTERESTS], rng.randint(1, 3)))
            return [item for item in _ITEMS[INTERESTS] if item in chosen]
        if field_id == INN:
            return "".join(str(rng.randrange(10)) for _ in range(10 if company else 12))
        if field_id == ADDRESSES:
            return [
                f"{rng.choice(_CITIES)}, {rng.choice(_STREETS)}, д. {rng.randint(1, 120)}"
                for _ in range(rng.randint(1, 2))
            ]
        if field_id == CONTRACT:
            return (self.start.date() - timedelta(days=rng.randint(0, 700))).isoformat()
        return rng.choice([3, 5, 7, 10, 15])

    def values(self, company: bool) -> dict[str, Any]:
        rng = self.rng
        values: dict[str, Any] = {str(SOURCE): self._value(SOURCE, company)}
        if rng.random() < 0.8:
            values[str(SEGMENT)] = self._value(SEGMENT, company)
        if rng.random() < 0.4:
            values[str(INTERESTS)] = self._value(INTERESTS, company)
        if company:
            values[str(INN)] = self._value(INN, company)
            if rng.random() < 0.3:
                values[str(ADDRESSES)] = self._value(ADDRESSES, company)
            if rng.random() < 0.5:
                values[str(CONTRACT)] = self._value(CONTRACT, company)
                values[str(DISCOUNT)] = self._value(DISCOUNT, company)
        return values

    def shape(self, client: dict[str, Any], company: bool, managers: list[int]) -> CardChange:
        """Fill ``client``'s custom fields; maybe make it new in the period, maybe changed
        there by managers (``client`` gets the last values, its version and updated_at)."""
        rng = self.rng
        client["custom_fields"] = self.values(company)
        if self.statuses:
            client["custom_fields"][str(STATUS)] = status_of(client["id"], self.seed)
        known_from = None
        span = (self.now - self.start).total_seconds()
        if rng.random() < NEW_SHARE:
            created = self.start + timedelta(seconds=int(rng.uniform(0, span * 0.9)))
            created = created.replace(hour=rng.randint(9, 17))
            client["created_at"] = client["updated_at"] = created
            # Its numbers are known from the next day on (calls of its day stay unknown).
            known_from = datetime.combine(created.date() + timedelta(days=1), datetime.min.time())
            name = client["display_name"]
            self._add(client, client["responsible_id"], created, "created", "", name)
        if rng.random() < CHANGED_SHARE:
            first = max(client["created_at"], self.start)
            moments = sorted(self._working_moment(first) for _ in range(rng.randint(1, 3)))
            for moment in moments:
                who = client["responsible_id"] if rng.random() < 0.8 else rng.choice(managers)
                self._change(client, company, who, moment)
                client["version"] += 1
                client["updated_at"] = moment
        return CardChange(known_from)

    def _working_moment(self, after: datetime) -> datetime:
        """A moment of a working day (9:00-19:00) between ``after`` and now, when there is one."""
        rng = self.rng
        days = (self.now.date() - after.date()).days
        day = datetime.combine(
            after.date() + timedelta(days=rng.randint(0, days)), datetime.min.time()
        )
        moment = day + timedelta(seconds=rng.randint(9 * 3600, 19 * 3600))
        if after < moment <= self.now:
            return moment
        span = (self.now - after).total_seconds()
        return after + timedelta(seconds=int(rng.uniform(0, span)))

    def _change(self, client: dict[str, Any], company: bool, who: int, when: datetime) -> None:
        rng = self.rng
        values: dict[str, Any] = client["custom_fields"]
        if company and rng.random() < 0.2:
            old = client["email"]
            new = f"sales{client['id']}@example.ru" if old.startswith("info") else old
            if new != old:
                client["email"] = new
                self._add(client, who, when, "email", old, new)
                return
        choices = [SOURCE, SEGMENT, INTERESTS] + ([ADDRESSES, DISCOUNT] if company else [])
        for field_id in rng.sample(choices, rng.randint(1, 2)):
            key = str(field_id)
            old_value, new_value = values.get(key), self._value(field_id, company)
            if new_value == old_value:
                continue
            values[key] = new_value
            self._add(
                client, who, when, f"field:{field_id}", _text(field_id, old_value),
                _text(field_id, new_value),
            )  # fmt: skip

    def _add(
        self, client: dict[str, Any], who: int, when: datetime, field: str, old: str, new: str
    ) -> None:
        self.history.append(
            {
                "client_id": client["id"],
                "employee_id": who,
                "changed_at": when,
                "field": field,
                "old_value": old or None,
                "new_value": new or None,
                "old_ref": None,
                "new_ref": None,
            }
        )
