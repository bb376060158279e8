"""A call's details for the side panel, on both databases."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import insert, select

from app.database import Database
from app.journal.details import CallNotFound, load_call_details
from models import Call, CallPart, CallParticipant, Client, Phone, Role
from tests.support.ui_support import NOW, user_with_role

pytestmark = pytest.mark.seed(calls=300, clients=40, days=5, seed=11)


def test_details_of_a_call_with_parts_and_names(db: Database) -> None:
    supervisor = user_with_role(db, Role.SUPERVISOR)
    with db.engine.connect() as conn:
        call_id = conn.scalar(
            select(Call.id).where(Call.transfer_count > 0, Call.client_id.is_not(None)).limit(1)
        )
        assert call_id is not None
        parts_count = len(
            conn.scalars(select(CallPart.id).where(CallPart.call_id == call_id)).all()
        )
        details = load_call_details(conn, call_id, supervisor)
    assert details.id == call_id
    assert len(details.parts) == parts_count >= 2
    assert [p.seq for p in details.parts] == sorted(p.seq for p in details.parts)
    assert details.client_name and details.shown_client_name == details.client_name
    assert details.employee_name and details.participant_names[0] == details.employee_name
    assert all(p.employee_name for p in details.parts if p.employee_id)
    assert "→" in str(details.status_explanation)
    assert all(p.recording_ref for p in details.recordings)
    assert not details.can_register_number


def test_unknown_number_shows_its_owner_now_and_number_known_stays(db: Database) -> None:
    supervisor = user_with_role(db, Role.SUPERVISOR)
    with db.engine.connect() as conn:
        call = conn.execute(
            select(Call.id, Call.external_number).where(
                Call.number_known.is_(False), Call.direction == "in"
            )
        ).first()
        assert call is not None
        details = load_call_details(conn, call.id, supervisor)
    assert details.owner_now is None and details.can_register_number
    with db.transaction() as s:
        client_id = s.scalar(select(Client.id).limit(1))
        s.execute(
            insert(Phone).values(
                number=call.external_number,
                digits_reversed=call.external_number[::-1],
                client_id=client_id,
                created_at=NOW,
            )
        )
    with db.engine.connect() as conn:
        again = load_call_details(conn, call.id, supervisor)
    assert again.owner_now is not None and again.owner_now.client_id == client_id
    assert again.shown_client_id == client_id and not again.number_known
    assert not again.can_register_number


def test_operator_gets_only_own_calls(db: Database) -> None:
    operator = user_with_role(db, Role.OPERATOR)
    with db.engine.connect() as conn:
        mine = conn.scalar(
            select(CallParticipant.call_id).where(CallParticipant.employee_id == operator.id)
        )
        other = conn.scalar(
            select(Call.id).where(
                ~select(CallParticipant.call_id)
                .where(
                    CallParticipant.call_id == Call.id,
                    CallParticipant.employee_id == operator.id,
                )
                .exists()
            )
        )
        assert mine is not None and other is not None
        assert load_call_details(conn, mine, operator).id == mine
        with pytest.raises(CallNotFound):
            load_call_details(conn, other, operator)
        with pytest.raises(CallNotFound):
            load_call_details(conn, 10**9, operator)


def test_internal_call_is_never_offered_for_registration(db: Database) -> None:
    supervisor = user_with_role(db, Role.SUPERVISOR)
    with db.engine.connect() as conn:
        call_id = conn.scalar(select(Call.id).where(Call.direction == "internal").limit(1))
        if call_id is None:
            pytest.skip("the seed made no internal call")
        details = load_call_details(conn, call_id, supervisor)
    assert not details.can_register_number
    assert details.started_at <= NOW + timedelta(days=1)
