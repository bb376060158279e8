"""The worklist's rule, pure: missed calls (attempts) and later contacts -> callback items.

What opens and what closes an item is the journal's own rule (app.calls.writer:
``awaits_callback`` / ``resolves_missed``, DESIGN.md §4), widened as issue 16 asks: an
answered contact with *another* number of the same client or contact person closes the
item too. Repeated attempts from one number collapse into one item until a contact closes
it; an attempt after that opens a new item. An unanswered call back is counted and leaves
the item open.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from app.calls.writer import awaits_callback, resolves_missed
from models import Direction, Disposition


@dataclass(frozen=True)
class Attempt:
    """One missed incoming call."""

    call_id: int
    number: str
    started_at: datetime
    wait_seconds: int
    client_id: int | None = None
    contact_id: int | None = None
    dismissed: bool = False
    direction: str = Direction.INCOMING.value
    disposition: str = Disposition.NO_ANSWER.value


@dataclass(frozen=True)
class Contact:
    """Any later call with a number: answered (either way) closes, unanswered out counts."""

    call_id: int
    number: str
    direction: str
    disposition: str
    started_at: datetime
    answered_at: datetime | None = None
    client_id: int | None = None
    contact_id: int | None = None
    employee_name: str | None = None

    @property
    def closes(self) -> bool:
        return resolves_missed(self.direction, self.disposition) and self.answered_at is not None

    @property
    def is_callback_attempt(self) -> bool:
        return self.direction == Direction.OUTGOING and not self.closes

    @property
    def at(self) -> datetime:
        return self.answered_at or self.started_at


@dataclass(frozen=True)
class ClaimView:
    employee_id: int
    employee_name: str
    expires_at: datetime


@dataclass(frozen=True)
class CallbackItem:
    number: str
    attempts: tuple[Attempt, ...]
    client_id: int | None = None
    contact_id: int | None = None
    client_name: str | None = None
    callback_attempts: tuple[Contact, ...] = ()
    closed_by: Contact | None = None
    deadline: datetime | None = None
    claim: ClaimView | None = None
    rang: tuple[str, ...] = field(default=())

    @property
    def first_at(self) -> datetime:
        return self.attempts[0].started_at

    @property
    def last_at(self) -> datetime:
        return self.attempts[-1].started_at

    @property
    def last_call_id(self) -> int:
        return self.attempts[-1].call_id

    @property
    def attempt_count(self) -> int:
        return len(self.attempts)

    @property
    def total_wait_seconds(self) -> int:
        return sum(a.wait_seconds for a in self.attempts)

    @property
    def is_open(self) -> bool:
        return self.closed_by is None

    @property
    def minutes_to_close(self) -> int | None:
        """From the first attempt to the contact that closed the item, whole minutes."""
        if self.closed_by is None:
            return None
        return int((self.closed_by.at - self.first_at).total_seconds() // 60)

    def remaining(self, now: datetime) -> timedelta | None:
        """Time left to the callback target (negative: overdue); None when closed."""
        if not self.is_open or self.deadline is None:
            return None
        return self.deadline - now

    def overdue(self, now: datetime) -> bool:
        left = self.remaining(now)
        return left is not None and left <= timedelta(0)

    def claimed_at(self, now: datetime) -> ClaimView | None:
        """The claim while it holds."""
        if self.claim is None or self.claim.expires_at <= now or not self.is_open:
            return None
        return self.claim


class _ContactIndex:
    """The contacts by number, by contact person and by client, each in time order: an
    item's contacts are the union of its three buckets (linear, not items x contacts)."""

    def __init__(self, contacts: Iterable[Contact]) -> None:
        self.by_number: dict[str, list[Contact]] = {}
        self.by_person: dict[int, list[Contact]] = {}
        self.by_client: dict[int, list[Contact]] = {}
        for c in sorted(contacts, key=_order):
            if c.number:
                self.by_number.setdefault(c.number, []).append(c)
            if c.contact_id is not None:
                self.by_person.setdefault(c.contact_id, []).append(c)
            if c.client_id is not None:
                self.by_client.setdefault(c.client_id, []).append(c)

    def concerning(self, item: CallbackItem) -> list[Contact]:
        """The contacts with the item's caller: the same number, or the same client/contact."""
        found = {c.call_id: c for c in self.by_number.get(item.number, ())}
        if item.contact_id is not None:
            found.update((c.call_id, c) for c in self.by_person.get(item.contact_id, ()))
        if item.client_id is not None:
            found.update((c.call_id, c) for c in self.by_client.get(item.client_id, ()))
        return sorted(found.values(), key=_order)


def _order(contact: Contact) -> tuple[datetime, int]:
    return contact.at, contact.call_id


def collapse(
    attempts: Iterable[Attempt],
    contacts: Iterable[Contact],
    owners: dict[str, tuple[int, int | None]] | None = None,
) -> list[CallbackItem]:
    """Items, newest last attempt first.

    ``owners`` maps a number to its (client, contact) known today, for numbers registered
    after the call; otherwise an item's client is the one its calls had at call time.
    Dismissed attempts ("no answer" mark removed) open nothing.
    """
    owners = owners or {}
    by_number: dict[str, list[Attempt]] = {}
    for attempt in sorted(attempts, key=lambda a: (a.started_at, a.call_id)):
        if awaits_callback(attempt.direction, attempt.disposition) and not attempt.dismissed:
            by_number.setdefault(attempt.number, []).append(attempt)
    index = _ContactIndex(contacts)
    items: list[CallbackItem] = []
    for number, calls in by_number.items():
        client_id, contact_id = owners.get(number, (None, None))
        for a in calls:
            client_id = a.client_id or client_id
            contact_id = a.contact_id or contact_id
        probe = CallbackItem(number, tuple(calls), client_id=client_id, contact_id=contact_id)
        items.extend(_runs(probe, calls, index.concerning(probe)))
    items.sort(key=lambda i: (i.last_at, i.last_call_id), reverse=True)
    return items


def _runs(probe: CallbackItem, calls: list[Attempt], contacts: list[Contact]) -> list[CallbackItem]:
    """Split one number's attempts at each closing contact."""
    runs: list[CallbackItem] = []
    current: list[Attempt] = []
    tries: list[Contact] = []
    events: list[tuple[datetime, int, Attempt | Contact]] = [
        (a.started_at, 0, a) for a in calls
    ] + [(c.at, 1, c) for c in contacts]
    events.sort(key=lambda e: (e[0], e[1]))
    for _at, _kind, event in events:
        if isinstance(event, Attempt):
            current.append(event)
        elif current and event.call_id not in {a.call_id for a in current}:
            if event.closes:
                runs.append(
                    replace(
                        probe,
                        attempts=tuple(current),
                        callback_attempts=tuple(tries),
                        closed_by=event,
                    )
                )
                current, tries = [], []
            elif event.is_callback_attempt:
                tries.append(event)
    if current:
        runs.append(replace(probe, attempts=tuple(current), callback_attempts=tuple(tries)))
    return runs
