"""A handful of demo events around "now", so the demo opens on a populated calendar: calls
back and meetings of the demo's operators and supervisor, some done, some overdue, a few
reminders later today (none due at the start, so no pop-up greets the demo)."""

from __future__ import annotations

import random
from datetime import datetime, time, timedelta
from typing import Any, cast

from sqlalchemy import Connection, Table, inspect, select

from models import Client, Employee, Event, Role

_TEXTS = (
    "Перезвонить по коммерческому предложению",
    "Уточнить реквизиты для договора",
    "Напомнить об оплате счёта",
    "Встреча в офисе клиента",
    "Отправить прайс-лист",
    "Согласовать дату поставки",
    "Перезвонить после совещания клиента",
    "Подготовить отчёт по звонкам",
)
EVENTS_PER_EMPLOYEE = 6


def add_demo_events(conn: Connection, now: datetime, seed: int) -> int:
    """Write the demo's events; returns how many (0 on a database without the table)."""
    if "events" not in inspect(conn).get_table_names():
        return 0
    rng = random.Random(f"{seed}:events")  # its own stream: the calls stay as they are
    staff = list(
        conn.execute(
            select(Employee.id, Employee.role)
            .where(Employee.active, Employee.role.in_([Role.OPERATOR.value, Role.SUPERVISOR.value]))
            .order_by(Employee.id)
            .limit(4)
        )
    )
    clients = list(conn.scalars(select(Client.id).order_by(Client.id).limit(40)))
    if not staff:
        return 0
    rows: list[dict[str, Any]] = []
    moment = now.replace(second=0, microsecond=0)
    for employee_id, _role in staff:
        for index in range(EVENTS_PER_EMPLOYEE):
            day = moment.date() + timedelta(days=rng.randint(-10, 14))
            starts = datetime.combine(day, time(rng.randint(9, 17), rng.choice((0, 15, 30, 45))))
            if index == 0:  # one later today, with its reminder still ahead
                starts = moment + timedelta(hours=1, minutes=30)
            creator = employee_id if rng.random() < 0.7 else rng.choice(staff)[0]
            past = starts < moment
            done = past and rng.random() < 0.6
            minutes = rng.choice((None, 10, 15, 30))
            rows.append(
                {
                    "description": rng.choice(_TEXTS),
                    "starts_at": starts,
                    "created_at": min(moment, starts) - timedelta(days=rng.randint(1, 5)),
                    "created_by_id": creator,
                    "assignee_id": employee_id,
                    "client_id": rng.choice(clients) if clients and rng.random() < 0.8 else None,
                    "call_id": None,
                    "remind_minutes": minutes,
                    "remind_at": None if minutes is None else starts - timedelta(minutes=minutes),
                    # past reminders were seen; the overdue ones are still red in the calendar
                    "reminder_done_at": moment if past and minutes is not None else None,
                    "completed_at": starts + timedelta(minutes=20) if done else None,
                    "completed_by_id": employee_id if done else None,
                    "link_root_id": None,
                    "updated_at": moment,
                    "version": 1,
                }
            )
    conn.execute(cast(Table, Event.__table__).insert(), rows)
    return len(rows)
