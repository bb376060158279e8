"""Permissions on SQLite and MariaDB (issues 19 and 18): each one refused in the app layer
to a user without it, roles as presets, the editor's conflicts, and "see all calls" off
narrowing every path a call can be seen by: journal (filters, search, details), the card's
calls, the pop-up's last calls, export, reports and recordings."""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any, cast

import pytest
from sqlalchemy import Table, select, update
from sqlalchemy.orm import Session

from app.clients.caller_id import identify
from app.clients.card import delete_client, load_card, new_card, save_card
from app.clients.directory import ClientFilter
from app.clients.export import export_clients
from app.clients.history import client_calls
from app.clients.importing import ImportCheck, import_rows
from app.clients.numbers import NewClient, assign_number, create_client
from app.database import Database
from app.journal.details import CallNotFound, load_call_details
from app.journal.export import export_rows
from app.journal.query import JournalFilter, iter_rows
from app.reports import ReportParams, run_report
from app.staff import admin
from app.staff.auth import CurrentUser, current_user
from app.staff.permissions import (
    PERMISSION_NAMES,
    PermissionDenied,
    Permissions,
    permissions,
    require_recording,
)
from app.staff.rights import RightsConflict, RightsError, list_rights, save_rights
from app.tasks.editing import TaskDraft, create_task
from models import CallPart, CallParticipant, Client, Employee, Role
from tests.support.clock_support import NOW
from tests.support.ui_support import user_with_role

pytestmark = pytest.mark.seed(calls=400, clients=40, days=6, seed=5)

START = NOW - timedelta(days=8)
END = NOW + timedelta(days=1)
_parts = cast(Table, CallPart.__table__)
_participants = cast(Table, CallParticipant.__table__)


def grant(db: Database, who: CurrentUser, allowed: Permissions) -> CurrentUser:
    """Give ``who`` exactly ``allowed`` through the editor; the user as at a new login."""
    admin_user = user_with_role(db, Role.ADMIN)
    with db.transaction() as s:
        row = next(r for r in list_rights(s, admin_user) if r.employee_id == who.id)
    db.write(lambda s: save_rights(s, admin_user, [replace(row, permissions=allowed)]))
    with db.transaction() as s:
        employee = s.get(Employee, who.id)
        assert employee is not None
        return current_user(employee)


def everything_but(name: str) -> Permissions:
    return Permissions(**{n: n != name for n in PERMISSION_NAMES})


def own_call_ids(db: Database, who: CurrentUser) -> set[int]:
    with db.transaction() as s:
        return set(
            s.scalars(select(_participants.c.call_id).where(_participants.c.employee_id == who.id))
        )


def a_recorded_call(db: Database, mine: bool, who: CurrentUser) -> tuple[int, str]:
    """A call of ``who`` (or of nobody's but others') with a recording reference on it."""
    own = own_call_ids(db, who)
    with db.transaction() as s:
        parts = s.execute(select(_parts.c.id, _parts.c.call_id).order_by(_parts.c.id)).all()
        part_id, call_id = next((p, c) for p, c in parts if (c in own) == mine)
        ref = f"perm/{call_id}.wav"
        s.execute(update(_parts).where(_parts.c.id == part_id).values(recording_ref=ref))
    return call_id, ref


# -- presets ------------------------------------------------------------------------------


def test_roles_preset_the_permissions(db: Database) -> None:
    with db.transaction() as s:
        admin_rights = permissions(s, user_with_role(db, Role.ADMIN))
        supervisor = permissions(s, user_with_role(db, Role.SUPERVISOR))
        operator = permissions(s, user_with_role(db, Role.OPERATOR))
    assert admin_rights == Permissions(**dict.fromkeys(PERMISSION_NAMES, True))
    assert supervisor == replace(admin_rights, admin=False, import_clients=False)
    assert operator == Permissions(create_clients=True, tasks=True, listen=True)
    assert user_with_role(db, Role.ADMIN).sees_all_calls
    assert not user_with_role(db, Role.OPERATOR).sees_all_calls


def test_choosing_a_role_in_the_user_dialog_fills_its_preset(db: Database) -> None:
    me = user_with_role(db, Role.ADMIN)
    operator = user_with_role(db, Role.OPERATOR)
    with db.transaction() as s:
        info = next(u for u in admin.list_users(s, me) if u.id == operator.id)
    edit = admin.UserEdit(info.login, info.full_name, role=Role.SUPERVISOR)
    db.write(lambda s: admin.update_user(s, me, operator.id, edit))
    with db.transaction() as s:
        assert permissions(s, operator) == Permissions.preset(Role.SUPERVISOR)
    # A new user gets the preset of the role chosen.
    new_id = db.write(
        lambda s: admin.create_user(
            s, me, admin.UserEdit("acc9", "Acc", role=Role.ACCOUNTANT), "secret1"
        )
    )
    with db.transaction() as s:
        new = current_user(s.get(Employee, new_id))  # type: ignore[arg-type]
        assert permissions(s, new) == Permissions.preset(Role.ACCOUNTANT)


# -- each permission refused in the app layer ---------------------------------------------


def _client_id(db: Database) -> int:
    with db.transaction() as s:
        return int(s.scalars(select(Client.id).order_by(Client.id)).first() or 0)


def _attempts(db: Database, tmp_path: Path) -> dict[str, Callable[[CurrentUser], object]]:
    """For each permission, one thing it allows, done through the app layer."""
    client_id = _client_id(db)
    params = ReportParams(date_from=START.date(), date_to=NOW.date())
    flt = JournalFilter(START, END)

    def in_tx(fn: Callable[[Session, CurrentUser], object]) -> Callable[[CurrentUser], object]:
        def run(who: CurrentUser) -> object:
            with db.transaction() as s:
                return fn(s, who)

        return run

    def edit_card(s: Session, who: CurrentUser) -> object:
        card = load_card(s, client_id, who)
        return save_card(s, card, replace(card, email="x@example.com"), who)

    def recording(download: bool) -> Callable[[CurrentUser], object]:
        def run(who: CurrentUser) -> object:
            call_id, ref = a_recorded_call(db, mine=True, who=who)
            with db.transaction() as s:
                require_recording(s, who, call_id, ref, download=download)
            return ref

        return run

    def journal_export(who: CurrentUser) -> object:
        with db.engine.connect() as conn:
            return export_rows(conn, flt, who, tmp_path / "j.csv", "csv")

    def clients_export(who: CurrentUser) -> object:
        with db.engine.connect() as conn:
            return export_clients(conn, ClientFilter(), who, tmp_path / "c.csv", "csv")

    return {
        "reports": lambda who: run_report(db.engine, "operators", params, viewer=who),
        "create_clients": in_tx(
            lambda s, who: save_card(
                s, new_card(s, who), replace(new_card(s, who), display_name="N"), who
            )
        ),
        "delete_clients": in_tx(lambda s, who: delete_client(s, client_id, who)),
        "import_clients": in_tx(lambda s, who: import_rows(s, ImportCheck([]), who, True)),
        "admin": in_tx(lambda s, who: admin.list_users(s, who)),
        "tasks": in_tx(lambda s, who: create_task(s, who, TaskDraft("T", who.id), NOW)),
        "export": journal_export,
        "listen": recording(download=False),
        "download": recording(download=True),
        # "all_calls" narrows rather than refuses: the tests below.
        "edit_clients": in_tx(edit_card),
        "create_client_from_journal": in_tx(
            lambda s, who: create_client(s, "+74950001122", NewClient("New"), who)
        ),
        "assign_number": in_tx(lambda s, who: assign_number(s, "+74950001133", client_id, who)),
        "clients_export": clients_export,
    }


# The permission each attempt needs.
NEEDS = {
    "reports": "reports",
    "create_clients": "create_clients",
    "delete_clients": "delete_clients",
    "import_clients": "import_clients",
    "admin": "admin",
    "tasks": "tasks",
    "export": "export",
    "listen": "listen",
    "download": "download",
    "edit_clients": "create_clients",
    "create_client_from_journal": "create_clients",
    "assign_number": "create_clients",
    "clients_export": "export",
}


def test_each_permission_is_refused_in_the_app_layer_without_it(
    db: Database, tmp_path: Path
) -> None:
    operator = user_with_role(db, Role.OPERATOR)
    attempts = _attempts(db, tmp_path)
    for attempt, needed in NEEDS.items():
        who = grant(db, operator, everything_but(needed))
        with pytest.raises(PermissionDenied):
            attempts[attempt](who)
    # With every toggle off only viewing is left: the card still opens.
    nobody = grant(db, operator, Permissions())
    with db.transaction() as s:
        assert load_card(s, _client_id(db), nobody).id == _client_id(db)
    for attempt in NEEDS:
        with pytest.raises(PermissionDenied):
            attempts[attempt](nobody)
    # And with them, the same attempts pass the check (the writes are rolled back or real).
    everyone = grant(db, operator, Permissions(**dict.fromkeys(PERMISSION_NAMES, True)))
    for attempt in ("reports", "export", "listen", "download", "clients_export", "edit_clients"):
        attempts[attempt](everyone)


# -- the editor: one write, conflicts, no self-lockout ------------------------------------


def test_the_editor_detects_a_second_administrators_change(db: Database) -> None:
    me = user_with_role(db, Role.ADMIN)
    operator = user_with_role(db, Role.OPERATOR)
    with db.transaction() as s:
        mine = next(r for r in list_rights(s, me) if r.employee_id == operator.id)
        theirs = replace(mine)
    db.write(
        lambda s: save_rights(
            s, me, [replace(theirs, permissions=replace(theirs.permissions, reports=True))]
        )
    )
    with pytest.raises(RightsConflict):
        db.write(
            lambda s: save_rights(
                s, me, [replace(mine, permissions=replace(mine.permissions, export=True))]
            )
        )
    with db.transaction() as s:
        stored = permissions(s, operator)
    assert stored.reports and not stored.export  # the first change kept, not overwritten


def test_an_administrator_cannot_take_administration_from_themselves(db: Database) -> None:
    me = user_with_role(db, Role.ADMIN)
    with db.transaction() as s:
        row = next(r for r in list_rights(s, me) if r.employee_id == me.id)
    with pytest.raises(RightsError):
        db.write(lambda s: save_rights(s, me, [replace(row, permissions=Permissions())]))
    with db.transaction() as s:
        assert permissions(s, me).admin


# -- "see all calls" off: every path ------------------------------------------------------


@pytest.fixture
def own_only(db: Database) -> CurrentUser:
    """A supervisor whose "see all calls" was taken away: the permission, not the role."""
    supervisor = user_with_role(db, Role.SUPERVISOR)
    return grant(db, supervisor, replace(Permissions.preset(Role.SUPERVISOR), all_calls=False))


def _foreign_call(db: Database, who: CurrentUser) -> dict[str, Any]:
    own = own_call_ids(db, who)
    with db.transaction() as s:
        from models import Call

        rows = s.execute(
            select(Call.id, Call.external_number, Call.client_id)
            .where(Call.client_id.is_not(None), Call.started_at >= START)
            .order_by(Call.id)
        ).all()
    call = next(r for r in rows if r.id not in own)
    return {"id": call.id, "number": call.external_number, "client_id": call.client_id}


def test_journal_filters_and_search_show_only_own_calls(
    db: Database, own_only: CurrentUser
) -> None:
    own = own_call_ids(db, own_only)
    foreign = _foreign_call(db, own_only)
    filters = [
        JournalFilter(START, END),
        JournalFilter(START, END, incoming=True, outgoing=True, missed=True, show_internal=True),
        JournalFilter(START, END, lost=True),
        JournalFilter(START, END, first_contacts=True),
        JournalFilter(START, END, search=foreign["number"]),
    ]
    with db.engine.connect() as conn:
        for flt in filters:
            ids = {r.id for page in iter_rows(conn, flt, own_only) for r in page}
            assert ids <= own, flt
        assert foreign["id"] not in {
            r.id for page in iter_rows(conn, filters[-1], own_only) for r in page
        }
        with pytest.raises(CallNotFound):
            load_call_details(conn, foreign["id"], own_only)
    supervisor = grant(db, own_only, Permissions.preset(Role.SUPERVISOR))
    with db.engine.connect() as conn:
        seen = {r.id for page in iter_rows(conn, filters[-1], supervisor) for r in page}
    assert foreign["id"] in seen  # with the permission, the same search finds it


def test_client_card_calls_tab_shows_only_own_calls(db: Database, own_only: CurrentUser) -> None:
    foreign = _foreign_call(db, own_only)
    own = own_call_ids(db, own_only)
    with db.transaction() as s:
        shown = client_calls(s, foreign["client_id"], own_only)
        everything = client_calls(s, foreign["client_id"], user_with_role(db, Role.ADMIN))
    assert {c.id for c in shown.rows} <= own
    assert foreign["id"] in {c.id for c in everything.rows}


def test_popup_last_calls_are_only_own(db: Database, own_only: CurrentUser) -> None:
    own = own_call_ids(db, own_only)
    from models import Call

    with db.transaction() as s:
        # A number whose newest call is someone else's: the pop-up would show it first.
        newest = s.execute(
            select(Call.external_number, Call.id)
            .where(Call.external_number.like("+%"))
            .order_by(Call.started_at.desc(), Call.id.desc())
        ).all()
        seen: set[str] = set()
        number = None
        for n, call_id in newest:
            if n not in seen and call_id not in own:
                number = n
                break
            seen.add(n)
        assert number is not None
        shown = identify(s, number, viewer=own_only)
        everything = identify(s, number, viewer=user_with_role(db, Role.ADMIN))
        assert identify(s, number).recent_calls == everything.recent_calls  # no viewer: all
    assert {c.id for c in shown.recent_calls} <= own
    assert everything.recent_calls[0].id not in own


def test_export_holds_only_own_calls(db: Database, own_only: CurrentUser, tmp_path: Path) -> None:
    flt = JournalFilter(START, END)
    with db.engine.connect() as conn:
        own = [(r.started_at, r.number) for page in iter_rows(conn, flt, own_only) for r in page]
        everyone = user_with_role(db, Role.ADMIN)
        total = sum(len(page) for page in iter_rows(conn, flt, everyone))
        result = export_rows(
            conn, flt, own_only, tmp_path / "calls.csv", "csv", columns=["started_at", "number"]
        )
    with (tmp_path / "calls.csv").open(encoding="utf-8-sig") as f:
        rows = list(csv.reader(f, delimiter=";"))[1:]
    assert 0 < result.rows == len(rows) == len(own) < total


def test_reports_cover_only_own_calls_or_are_refused(db: Database, own_only: CurrentUser) -> None:
    params = ReportParams(date_from=date(2026, 11, 10), date_to=NOW.date())
    detail = run_report(db.engine, "detail", params, viewer=own_only)
    own = own_call_ids(db, own_only)
    ids = {r.get("key") for r in detail.rows}
    assert ids and ids <= own | {None}
    kpi = run_report(db.engine, "operators", params, viewer=own_only)
    assert {r["key"][0] if isinstance(r["key"], tuple) else r["key"] for r in kpi.rows} <= {
        own_only.id
    }
    for name in ("call-center", "lost-calls", "traffic", "waits", "repeat-callers"):
        with pytest.raises(PermissionDenied):
            run_report(db.engine, name, params, viewer=own_only)
    # Without the reports permission at all, no report runs.
    closed = grant(db, own_only, replace(Permissions.preset(Role.OPERATOR)))
    with pytest.raises(PermissionDenied):
        run_report(db.engine, "detail", params, viewer=closed)


def test_recordings_of_others_calls_are_refused_also_by_reference(
    db: Database, own_only: CurrentUser
) -> None:
    mine_id, mine_ref = a_recorded_call(db, mine=True, who=own_only)
    theirs_id, theirs_ref = a_recorded_call(db, mine=False, who=own_only)
    with db.transaction() as s:
        require_recording(s, own_only, mine_id, mine_ref)
        require_recording(s, own_only, mine_id, mine_ref, download=True)
        for download in (False, True):
            with pytest.raises(PermissionDenied):
                require_recording(s, own_only, theirs_id, theirs_ref, download=download)
            # Another call's reference under one's own call id: not a key to it.
            with pytest.raises(PermissionDenied):
                require_recording(s, own_only, mine_id, theirs_ref, download=download)
            with pytest.raises(PermissionDenied):
                require_recording(s, own_only, mine_id, "../" + mine_ref, download=download)
        require_recording(s, user_with_role(db, Role.ADMIN), theirs_id, theirs_ref)
