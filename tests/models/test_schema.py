"""The schema on both databases: migration, ORM round trip, revision checks, clear errors."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.database import (
    DatabaseProblem,
    SchemaState,
    check_schema,
    connect_check,
    head_revision,
    make_engine,
    migrate,
    require_current,
)
from models import (
    Base,
    Call,
    CallPart,
    CallParticipant,
    Client,
    ClientHistory,
    ContactPerson,
    Employee,
    Phone,
    UserSettings,
)
from tests.support.mariadb_server import free_port

EXPECTED_TABLES = {
    "employees",
    "clients",
    "contacts",
    "phones",
    "calls",
    "call_parts",
    "call_participants",
    "user_settings",
    "client_history",
}

# The journal's access paths (DESIGN.md §6): each index ends in (started_at, id).
JOURNAL_INDEXES = {
    "ix_calls_period": ["started_at", "id"],
    "ix_calls_employee_period": ["employee_id", "started_at", "id"],
    "ix_calls_number_period": ["external_number", "started_at", "id"],
    "ix_calls_status_period": ["status", "started_at", "id"],
    "ix_calls_direction_status_period": ["direction", "status", "started_at", "id"],
    "ix_calls_client_period": ["client_id", "started_at", "id"],
    "ix_calls_number_reversed": ["number_reversed", "external_number"],
}


# -- migration --------------------------------------------------------------------------


def test_migration_from_empty_creates_every_table(empty_engine: Engine) -> None:
    assert not EXPECTED_TABLES & set(inspect(empty_engine).get_table_names())
    check = migrate(empty_engine)
    assert check.state is SchemaState.CURRENT
    tables = set(inspect(empty_engine).get_table_names())
    assert tables >= EXPECTED_TABLES | {"alembic_version"}
    # The migration and the models describe the same tables.
    assert tables - {"alembic_version"} == set(Base.metadata.tables)


def test_migration_creates_the_journal_indexes(engine: Engine) -> None:
    indexes = {ix["name"]: ix for ix in inspect(engine).get_indexes("calls")}
    for name, columns in JOURNAL_INDEXES.items():
        assert name in indexes, f"missing index {name}"
        assert indexes[name]["column_names"] == columns
        assert not indexes[name]["unique"]


def test_migration_makes_pbx_id_unique(engine: Engine) -> None:
    insp = inspect(engine)
    unique_sets: list[list[str | None]] = [
        list(uc["column_names"]) for uc in insp.get_unique_constraints("calls")
    ]
    unique_sets += [ix["column_names"] for ix in insp.get_indexes("calls") if ix["unique"]]
    assert ["pbx_id"] in unique_sets

    started = datetime(2026, 11, 20, 10, 0, 0)
    row = {
        "started_at": started,
        "direction": "in",
        "disposition": "answered",
        "status": "accepted",
        "pbx_id": "1700000000.42",
    }
    with Session(engine) as s:
        s.add(Call(**row))
        s.commit()
        s.add(Call(**row))
        with pytest.raises(IntegrityError):
            s.commit()


def test_migration_is_idempotent(engine: Engine) -> None:
    assert migrate(engine).state is SchemaState.CURRENT
    with engine.connect() as conn:
        versions = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    assert versions == [head_revision()]


# -- ORM round trip ---------------------------------------------------------------------

RUSSIAN_NAME = "Иванова Анна Сергеевна"
COMPANY = "ООО «Ромашка» ☎ 📞"  # the emoji needs 4 bytes: utf8mb3 would refuse it
COMMENT = "Перезвонить завтра после 15:00, спросить про счёт №42 😊"


def test_orm_round_trip(engine: Engine) -> None:
    t0 = datetime(2026, 11, 21, 9, 15, 42)
    t1 = datetime(2026, 11, 21, 9, 15, 57)
    t2 = datetime(2026, 11, 21, 9, 19, 3)
    columns = {
        "journal": {"visible": ["started_at", "status", "client"], "widths": {"client": 240}},
        "filters": [{"name": "Пропущенные сегодня", "missed": True}],
    }
    with Session(engine) as s:
        boss = Employee(
            login="ivanova",
            full_name=RUSSIAN_NAME,
            position="Руководитель отдела продаж",
            role="supervisor",
            extension="301",
            password_hash="$argon2id$v=19$m=65536,t=3,p=4$x$y",
            active=True,
            created_at=t0,
        )
        client = Client(
            display_name=COMPANY,
            kind="company",
            responsible=boss,
            email="info@romashka.ru",
            custom_fields={"ИНН": "7701234567", "VIP": True, "теги": ["опт", "Москва"]},
            created_at=t0,
            updated_at=t0,
        )
        contact = ContactPerson(full_name="Петров Пётр Петрович", position="Главный бухгалтер")
        client.contacts.append(contact)
        s.add_all([boss, client])
        s.flush()
        client.phones.append(
            Phone(
                number="+74951234567",
                digits_reversed="76543215947",
                contact_id=contact.id,
                created_at=t0,
                created_by_id=boss.id,
            )
        )
        call = Call(
            started_at=t0,
            answered_at=t1,
            ended_at=t2,
            direction="out",
            disposition="answered",
            status="reached",
            external_number="+74951234567",
            number_reversed="76543215947",
            client_id=client.id,
            contact_id=contact.id,
            number_known=True,
            employee_id=boss.id,
            responsible_id=boss.id,
            wait_seconds=15,
            talk_seconds=186,
            hangup_by="client",
            transfer_count=1,
            cost=Decimal("4.50"),
            comment=COMMENT,
            comment_by_id=boss.id,
            comment_at=t2,
            comment_version=1,
            source="pbx",
            pbx_id="1732180542.1234",
        )
        call.parts.append(
            CallPart(
                seq=1,
                employee_id=boss.id,
                extension="301",
                started_at=t0,
                answered_at=t1,
                ended_at=t2,
                disposition="answered",
                talk_seconds=186,
                recording_ref="2026/11/21/out-301-1732180542.wav",
            )
        )
        call.parts.append(CallPart(seq=2, extension="302", started_at=t2, disposition="no_answer"))
        s.add(call)
        s.flush()
        s.add(CallParticipant(employee_id=boss.id, started_at=t0, call_id=call.id))
        s.add(UserSettings(employee_id=boss.id, key="journal", value=columns, updated_at=t2))
        s.add(
            ClientHistory(
                client_id=client.id,
                employee_id=boss.id,
                changed_at=t2,
                field="display_name",
                old_value="Ромашка",
                new_value=COMPANY,
            )
        )
        s.commit()
        ids = (boss.id, client.id, call.id)

    # A new engine: nothing can come from an identity map or a pooled connection's cache.
    fresh = make_engine(engine.url)
    try:
        with Session(fresh) as s:
            boss_id, client_id, call_id = ids
            boss = s.get_one(Employee, boss_id)
            assert (boss.login, boss.full_name, boss.role) == (
                "ivanova",
                RUSSIAN_NAME,
                "supervisor",
            )
            assert boss.active is True
            assert boss.created_at == t0

            client = s.get_one(Client, client_id)
            assert client.display_name == COMPANY
            assert client.custom_fields == {
                "ИНН": "7701234567",
                "VIP": True,
                "теги": ["опт", "Москва"],
            }
            assert client.version == 1
            assert client.responsible is not None and client.responsible.id == boss_id
            assert [c.full_name for c in client.contacts] == ["Петров Пётр Петрович"]
            assert [(p.number, p.contact_id) for p in client.phones] == [
                ("+74951234567", client.contacts[0].id)
            ]

            call = s.get_one(Call, call_id)
            assert (call.started_at, call.answered_at, call.ended_at) == (t0, t1, t2)
            assert call.cost == Decimal("4.50")
            assert isinstance(call.cost, Decimal)
            assert call.comment == COMMENT
            assert call.number_known is True
            assert call.resolved_at is None and call.dismissed_at is None
            assert [(p.seq, p.extension, p.disposition) for p in call.parts] == [
                (1, "301", "answered"),
                (2, "302", "no_answer"),
            ]
            assert call.parts[0].recording_ref == "2026/11/21/out-301-1732180542.wav"
            assert call.parts[1].answered_at is None and call.parts[1].employee_id is None

            participants = s.execute(select(CallParticipant)).scalars().all()
            assert [(p.employee_id, p.started_at, p.call_id) for p in participants] == [
                (boss_id, t0, call_id)
            ]
            setting = s.execute(select(UserSettings)).scalar_one()
            assert setting.value == columns
            history = s.execute(select(ClientHistory)).scalar_one()
            assert (history.old_value, history.new_value) == ("Ромашка", COMPANY)
            assert history.changed_at == t2
    finally:
        fresh.dispose()


def test_client_version_is_an_optimistic_lock(engine: Engine) -> None:
    now = datetime(2026, 11, 21, 12, 0, 0)
    with Session(engine) as s:
        client = Client(display_name="ИП Сидоров", created_at=now, updated_at=now)
        s.add(client)
        s.commit()
        client_id = client.id
    with Session(engine) as first, Session(engine) as second:
        a = first.get_one(Client, client_id)
        b = second.get_one(Client, client_id)
        a.display_name = "ИП Сидоров А. А."
        first.commit()
        b.display_name = "ИП Сидоров Алексей"
        with pytest.raises(Exception, match="expected to update 1 row"):
            second.commit()


# -- revision checks --------------------------------------------------------------------


def test_empty_database_is_reported_empty(empty_engine: Engine) -> None:
    check = check_schema(empty_engine)
    assert check.state is SchemaState.EMPTY
    assert check.database_revision is None
    with pytest.raises(DatabaseProblem, match="empty"):
        require_current(empty_engine)


def test_migrated_database_is_current(engine: Engine) -> None:
    check = check_schema(engine)
    assert check.state is SchemaState.CURRENT
    assert check.database_revision == check.app_revision == head_revision()
    require_current(engine)


def test_unknown_revision_is_refused(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff'"))
    check = check_schema(engine)
    assert check.state is SchemaState.UNKNOWN
    assert check.database_revision == "ffff"
    with pytest.raises(DatabaseProblem, match="ffff"):
        migrate(engine)
    with pytest.raises(DatabaseProblem, match="unknown"):
        require_current(engine)
    # Refusing means not touching it.
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "ffff"


# -- clear messages for bad input -------------------------------------------------------


def _connect_problem(url: str) -> str:
    eng = make_engine(url)
    try:
        with pytest.raises(DatabaseProblem) as caught:
            connect_check(eng)
        with pytest.raises(DatabaseProblem):
            check_schema(eng)
    finally:
        eng.dispose()
    return str(caught.value)


@pytest.mark.parametrize("url", ["not a url", "mysql+pymysql://root@:xx:yy/db", ""])
def test_malformed_url_is_a_clear_problem(url: str) -> None:
    with pytest.raises(DatabaseProblem, match="not a database address"):
        make_engine(url)


@pytest.mark.parametrize("url", ["postgresql://u@db.example/calldesk", "oracle://u@h/x"])
def test_unsupported_backend_is_a_clear_problem(url: str) -> None:
    with pytest.raises(DatabaseProblem, match="not supported"):
        make_engine(url)


@pytest.mark.mariadb
def test_wrong_password(mariadb_url: str) -> None:
    url = make_url(mariadb_url).set(password="definitely-wrong")
    message = _connect_problem(url.render_as_string(hide_password=False))
    assert "password" in message.lower()
    assert "access denied" in message.lower()
    assert "definitely-wrong" not in message


@pytest.mark.mariadb
def test_unknown_database(mariadb_url: str) -> None:
    url = make_url(mariadb_url).set(database="no_such_calldesk_db")
    message = _connect_problem(url.render_as_string(hide_password=False))
    assert "no_such_calldesk_db" in message
    assert "does not exist" in message


def test_unreachable_server() -> None:
    port = free_port()  # nothing listens there any more
    message = _connect_problem(f"mysql+pymysql://calldesk:secret@127.0.0.1:{port}/calldesk")
    assert "Cannot reach" in message
    assert f"127.0.0.1:{port}" in message


def test_unknown_host() -> None:
    message = _connect_problem("mysql+pymysql://calldesk:secret@calldesk-db.invalid/calldesk")
    assert "Unknown database host" in message
    assert "calldesk-db.invalid" in message


def test_sqlite_file_in_missing_folder(tmp_path: Path) -> None:
    message = _connect_problem(f"sqlite:///{tmp_path / 'no-such-dir' / 'calldesk.db'}")
    assert "Cannot open the SQLite database file" in message


def test_sqlite_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "calls.db"
    path.write_bytes(b"This is a spreadsheet, not a database. " * 100)
    message = _connect_problem(f"sqlite:///{path}")
    assert "not a SQLite database" in message
