"""A CallDesk database and a PBX ``cdr`` database side by side on the suite's MariaDB, and
ways to run the collector on them and read back what it wrote."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from app.calls.collector.run import Collector, CollectorConfig, Summary
from app.calls.collector.sources import CdrTable
from app.database import make_engine, migrate
from models import Call, CallPart, CallParticipant
from tests.support.clock_support import NOW
from tests.support.collector_fixtures import Cdr, create_cdr_table, insert_rows, seed_directory
from tests.support.mariadb_server import MariaDBServer


@dataclass
class Pbx:
    """CallDesk's database (``engine``) and the PBX's (``cdr_engine``) for one test."""

    engine: Engine
    cdr_engine: Engine
    url: str
    cdr_url: str
    ids: dict[str, int]
    cdr: Cdr = field(default_factory=Cdr)

    def flush(self) -> None:
        """Insert the rows built so far into the PBX's cdr table."""
        insert_rows(self.cdr_engine, self.cdr.rows)
        self.cdr.rows.clear()

    def collect(self, **options: Any) -> Summary:
        table_options = {
            k: options.pop(k) for k in ("since", "max_rows", "lookback") if k in options
        }
        if "lookback" in table_options:
            options["lookback"] = table_options["lookback"]
        source = CdrTable(self.cdr_engine, **table_options)
        return Collector(self.engine, source, CollectorConfig(**options)).run()

    def calls(self) -> list[Call]:
        with Session(self.engine) as session:
            calls = list(session.scalars(select(Call).order_by(Call.started_at, Call.id)))
            for call in calls:
                _ = call.parts  # loaded while the session is open
            session.expunge_all()
            return calls

    def call(self, linkedid: str, pbx: str = "main") -> Call:
        with Session(self.engine) as session:
            call = session.scalars(select(Call).where(Call.pbx_id == f"{pbx}:{linkedid}")).one()
            _ = call.parts
            session.expunge_all()
            return call

    def participants(self, call_id: int) -> set[int]:
        with Session(self.engine) as session:
            return set(
                session.scalars(
                    select(CallParticipant.employee_id).where(CallParticipant.call_id == call_id)
                )
            )

    def part_count(self) -> int:
        with Session(self.engine) as session:
            return len(list(session.scalars(select(CallPart.id))))


@contextmanager
def pbx_databases(server: MariaDBServer, *, index_calldate: bool = True) -> Iterator[Pbx]:
    token = secrets.token_hex(4)
    names = (f"calldesk_col_{token}", f"asteriskcdrdb_{token}")
    url, cdr_url = (server.create_database(n) for n in names)
    engine, cdr_engine = make_engine(url), make_engine(cdr_url)
    try:
        migrate(engine)
        create_cdr_table(cdr_engine, index_calldate=index_calldate)
        ids = seed_directory(engine, NOW - timedelta(days=30))
        yield Pbx(engine, cdr_engine, url, cdr_url, ids)
    finally:
        engine.dispose()
        cdr_engine.dispose()
        for name in names:
            server.drop_database(name)
