"""A handful of demo tasks per operator, so the demo opens on a populated task board: given
by the supervisor or taken by the operator, in every column, some overdue, some with clients
and comments, with their history. Deterministic from the seed on a stream of its own (the
calls, cards and events stay as they are); reminders already past were seen, the others are
ahead, so no pop-up greets the demo.
"""

from __future__ import annotations

import random
from datetime import datetime, time, timedelta
from typing import Any, cast

from sqlalchemy import Connection, Table, inspect, select

from models import (
    Client,
    Employee,
    Role,
    Task,
    TaskClient,
    TaskComment,
    TaskHistory,
    TaskPriority,
    TaskStatus,
)

# (title, description, with a client)
_TASKS = (
    ("Подготовить коммерческое предложение", "По итогам звонка: цены на весь ассортимент.", True),
    ("Перезвонить по рекламации", "Клиент недоволен сроками доставки, выяснить причину.", True),
    (
        "Согласовать договор поставки",
        "Юристы клиента прислали правки, ответить до конца недели.",
        True,
    ),
    ("Выставить счёт", "Счёт на предоплату по заявке.", True),
    ("Обновить контакты в карточке", "Сменился главный бухгалтер.", True),
    ("Отправить акт сверки", "За прошлый квартал.", True),
    ("Собрать отзывы клиентов", "Пять отзывов для сайта.", False),
    ("Разобрать пропущенные за выходные", "Перезвонить всем, кто не дозвонился.", False),
    ("Подготовить отчёт по звонкам за неделю", "Для планёрки в понедельник.", False),
    ("Пройти обучение по новому прайсу", "", False),
)
_COMMENTS = (
    "Позвонил, просят перезвонить завтра после обеда.",
    "Отправил письмо, жду ответа.",
    "Клиент согласен, готовлю документы.",
    "Нужна помощь юриста.",
    "Сделано частично, остальное завтра.",
)
TASKS_PER_OPERATOR = 5
MOST_OPERATORS = 8
# The columns a demo operator's tasks are in (one of each at least, then at random).
_STATUSES = (TaskStatus.NEW, TaskStatus.IN_PROGRESS, TaskStatus.READY, TaskStatus.CLOSED)


def add_demo_tasks(conn: Connection, now: datetime, seed: int) -> int:
    """Write the demo's tasks; returns how many (0 on a database without the table)."""
    if "tasks" not in inspect(conn).get_table_names():
        return 0
    rng = random.Random(f"{seed}:tasks")  # its own stream: nothing else changes
    operators = list(
        conn.scalars(
            select(Employee.id)
            .where(Employee.active, Employee.role == Role.OPERATOR.value)
            .order_by(Employee.id)
            .limit(MOST_OPERATORS)
        )
    )
    boss = conn.scalar(
        select(Employee.id)
        .where(Employee.active, Employee.role.in_([Role.SUPERVISOR.value, Role.ADMIN.value]))
        .order_by(Employee.role.desc(), Employee.id)
        .limit(1)
    )
    clients = list(conn.scalars(select(Client.id).order_by(Client.id).limit(60)))
    if not operators:
        return 0
    tasks = cast(Table, Task.__table__)
    moment = now.replace(second=0, microsecond=0)
    links: list[dict[str, Any]] = []
    comments: list[dict[str, Any]] = []
    history: list[dict[str, Any]] = []
    written = 0
    for operator in operators:
        picks = rng.sample(range(len(_TASKS)), TASKS_PER_OPERATOR)
        for index, pick in enumerate(picks):
            title, description, with_client = _TASKS[pick]
            status = _STATUSES[index] if index < len(_STATUSES) else rng.choice(_STATUSES[:2])
            author = boss if boss is not None and rng.random() < 0.6 else operator
            created = moment - timedelta(days=rng.randint(1, 12), hours=rng.randint(0, 6))
            due_day = moment.date() + timedelta(days=rng.randint(-4, 7))
            due = datetime.combine(due_day, time(rng.randint(10, 18), rng.choice((0, 30))))
            if index == 0:  # every operator has one overdue new task
                due = moment - timedelta(days=1, hours=rng.randint(0, 5))
            due = max(due, created + timedelta(hours=2))
            remind = None
            if rng.random() < 0.5:
                remind = due - timedelta(hours=rng.choice((1, 2, 24)))
            done = status in (TaskStatus.READY, TaskStatus.CLOSED)
            closed = min(moment, due + timedelta(hours=rng.randint(-20, 4)))
            closed = max(closed, created + timedelta(hours=1))
            result = conn.execute(
                tasks.insert().values(
                    title=title,
                    description=description,
                    status=status.value,
                    priority=rng.choice(
                        (
                            TaskPriority.NORMAL,
                            TaskPriority.NORMAL,
                            TaskPriority.HIGH,
                            TaskPriority.LOW,
                        )
                    ).value,
                    due_at=due,
                    remind_at=remind,
                    # reminders already past were seen; a closed task reminds no more
                    reminder_done_at=moment if remind is not None and remind <= moment else None,
                    assignee_id=operator,
                    author_id=author,
                    hours_spent=round(rng.choice((0.5, 1.0, 1.5, 2.0, 3.0, 4.5)), 2)
                    if done
                    else None,
                    client_filter=None,
                    created_at=created,
                    updated_at=closed if done else created,
                    closed_at=closed if status is TaskStatus.CLOSED else None,
                    version=2 if status is not TaskStatus.NEW else 1,
                )
            )
            task_id = int(result.inserted_primary_key[0])  # type: ignore[index]
            written += 1
            history.append(_change(task_id, author, created, "created", None, title))
            if status is not TaskStatus.NEW:
                history.append(
                    _change(
                        task_id,
                        operator,
                        closed if done else created + timedelta(hours=1),
                        "status",
                        TaskStatus.NEW.value,
                        status.value,
                    )
                )
            if with_client and clients:
                for client in rng.sample(clients, 1 if rng.random() < 0.8 else 2):
                    links.append({"task_id": task_id, "client_id": client})
            if rng.random() < 0.5:
                for n in range(rng.randint(1, 2)):
                    comments.append(
                        {
                            "task_id": task_id,
                            "employee_id": operator if n == 0 else author,
                            "created_at": created + timedelta(hours=3 + n * 5),
                            "text": rng.choice(_COMMENTS),
                        }
                    )
    if links:
        conn.execute(cast(Table, TaskClient.__table__).insert(), links)
    if comments:
        conn.execute(cast(Table, TaskComment.__table__).insert(), comments)
    conn.execute(cast(Table, TaskHistory.__table__).insert(), history)
    return written


def _change(
    task_id: int, who: int, at: datetime, field: str, old: str | None, new: str | None
) -> dict[str, Any]:
    return {
        "task_id": task_id,
        "employee_id": who,
        "changed_at": at,
        "field": field,
        "old_value": old,
        "new_value": new,
    }
