"""Benchmark of the journal's query layer against the FreePBX CDR report's query pattern.

    python -m tests.benchmarks.journal --start-mariadb --calls 1000000
    python -m tests.benchmarks.journal --db URL [--calls N] [--repeats 20]

Seeds the database up to N calls if it has fewer, then times each interaction of an
operator or supervisor twice on the same data: through CallDesk's query layer (app.journal.query:
keyset pages, capped counts, key lookups) and with the query pattern of FreePBX's CDR report
(``ORDER BY calldate DESC LIMIT offset, n``, ``LIKE '%x%'`` through joins, ``COUNT(*)`` for
the pager). Prints JSON: per interaction p50/p95 in ms for both and the p95 ratio.
Figures, not assertions: this is a script, not a timed test.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, func, select, text

from app.database import make_engine, migrate
from app.demo.seed import SeedPlan, bulk_insert, seed
from app.journal.query import (
    JournalFilter,
    count_capped,
    fetch_newer,
    fetch_page,
    newest_call_id,
    prepare,
)
from app.staff.auth import CurrentUser
from models import Call, CallParticipant, Client, Employee, Role
from tests.benchmarks.harness import (
    benchmark_database,
    benchmark_parser,
    emit,
    percentile,
    summary,
    timed,
)
from ui.journal.columns import COLUMNS, needs

PAGE = 200
SCROLL_ROW = 50_000
# What the GUI's rows read with the default columns shown (hidden columns' parts are not
# read); every part ("all columns", what an export reads) is measured beside it.
SHOWN = needs(col for col, spec in COLUMNS.items() if spec.visible)


# -- the FreePBX CDR report's pattern ---------------------------------------------------------

_FROM = (
    "FROM calls c LEFT JOIN clients cl ON cl.id = c.client_id "
    "LEFT JOIN employees e ON e.id = c.employee_id"
)


def freepbx(conn: Connection, where: str, params: dict[str, Any], offset: int = 0) -> None:
    """One page and the pager's count, as the CDR report runs them."""
    sql_where = "WHERE c.started_at >= :s AND c.started_at < :e" + (
        f" AND {where}" if where else ""
    )
    conn.execute(
        text(
            f"SELECT c.*, cl.display_name, e.full_name {_FROM} {sql_where} "
            f"ORDER BY c.started_at DESC LIMIT {offset}, {PAGE}"
        ),
        params,
    ).all()
    conn.execute(text(f"SELECT COUNT(*) {_FROM} {sql_where}"), params).scalar()


# -- set-up -------------------------------------------------------------------------------------


def ensure_calls(engine: Engine, calls: int) -> dict[str, Any]:
    migrate(engine)
    with engine.connect() as conn:
        have = int(conn.scalar(select(func.count()).select_from(Call)) or 0)
    info: dict[str, Any] = {"calls_before": have}
    if have < calls:
        start = time.perf_counter()
        report = seed(
            engine,
            SeedPlan(
                calls=calls - have, clients=max(3000, calls // 33), employees=60, days=180, seed=7
            ),
        )
        info["seed_seconds"] = round(time.perf_counter() - start, 1)
        info["seeded_calls"] = report.calls
    if engine.dialect.name in ("mysql", "mariadb"):
        with engine.connect() as conn:
            for table in ("calls", "call_participants", "phones", "clients", "employees"):
                conn.exec_driver_sql(f"ANALYZE TABLE {table}").all()
    return info


def viewer(conn: Connection, role: Role) -> CurrentUser:
    emp = conn.execute(
        select(Employee).where(Employee.role == role.value).order_by(Employee.id)
    ).first()
    assert emp is not None, f"no {role.value} in the database"
    return CurrentUser(emp.id, emp.login, emp.full_name, emp.position, role, emp.extension)


def add_new_calls(conn: Connection, count: int) -> None:
    """Calls that 'just ended': copies of the newest ones, a second later."""
    newest = conn.execute(
        select(Call.__table__)
        .where(Call.direction != "internal")  # the default view shows them
        .order_by(Call.id.desc())
        .limit(count)
    ).all()
    next_id = int(conn.scalar(select(func.max(Call.id))) or 0) + 1  # internal ones too
    top = max(r.started_at for r in newest)
    rows, people = [], []
    for i, r in enumerate(newest):
        row = dict(r._mapping, id=next_id + i, started_at=top + timedelta(seconds=i + 1))
        row["pbx_id"] = None
        rows.append(row)
        if row["employee_id"]:
            people.append(
                {
                    "employee_id": row["employee_id"],
                    "started_at": row["started_at"],
                    "call_id": row["id"],
                }
            )
    bulk_insert(conn, Call.__table__, rows)
    bulk_insert(conn, CallParticipant.__table__, people)
    conn.commit()


# -- the run ------------------------------------------------------------------------------------


def run(engine: Engine, repeats: int, baseline_repeats: int) -> dict[str, Any]:
    results: dict[str, Any] = {}
    with engine.connect() as conn:
        newest = conn.scalar(select(func.max(Call.started_at)))
        assert newest is not None
        end = datetime.combine(newest.date() + timedelta(days=1), datetime.min.time())
        base = JournalFilter(period_start=end - timedelta(days=30), period_end=end)
        sup = viewer(conn, Role.SUPERVISOR)
        op = viewer(conn, Role.OPERATOR)
        number = conn.scalar(
            select(Call.external_number)
            .where(Call.direction == "in", Call.started_at >= base.period_start)
            .limit(1)
        )
        client = conn.scalar(select(Client.display_name).where(Client.id == 77))
        assert number and client
        client_word = client.split("«")[-1].strip("»") if "«" in client else client.split()[0]
        surname = op.full_name.split()[0]
        p: dict[str, Any] = {"s": base.period_start, "e": base.period_end}
        shapes: dict[str, tuple[JournalFilter, CurrentUser, str, dict[str, Any]]] = {
            "open": (base, sup, "c.direction IN ('in', 'out')", p),
            "incoming": (replace(base, incoming=True), sup, "c.direction = 'in'", p),
            "outgoing": (replace(base, outgoing=True), sup, "c.direction = 'out'", p),
            "missed": (
                replace(base, missed=True),
                sup,
                "c.direction = 'in' AND c.disposition <> 'answered'",
                p,
            ),
            "lost": (replace(base, lost=True), sup, "c.status = 'lost'", p),
            "first_contacts": (
                replace(base, first_contacts=True),
                sup,
                "c.direction IN ('in', 'out') AND c.number_known = 0",
                p,
            ),
            "unregistered": (
                replace(base, unregistered=True),
                sup,
                "c.direction IN ('in', 'out') AND c.external_number NOT IN "
                "(SELECT number FROM phones)",
                p,
            ),
            "show_internal": (replace(base, show_internal=True), sup, "", p),
            "my_calls": (
                replace(base, my_calls=True),
                sup,
                "c.direction IN ('in', 'out') AND EXISTS (SELECT 1 FROM call_participants cp "
                "WHERE cp.call_id = c.id AND cp.employee_id = :me)",
                {**p, "me": sup.id},
            ),
            "operator_view": (
                base,
                op,
                "c.direction IN ('in', 'out') AND EXISTS (SELECT 1 FROM call_participants cp "
                "WHERE cp.call_id = c.id AND cp.employee_id = :me)",
                {**p, "me": op.id},
            ),
            "phone_suffix": (
                replace(base, search=number[-4:]),
                sup,
                "c.external_number LIKE :x",
                {**p, "x": f"%{number[-4:]}%"},
            ),
            "client_name": (
                replace(base, search=client_word),
                sup,
                "cl.display_name LIKE :x",
                {**p, "x": f"%{client_word}%"},
            ),
            "employee_name": (
                replace(base, search=surname),
                sup,
                "e.full_name LIKE :x",
                {**p, "x": f"%{surname}%"},
            ),
        }
        for name, (flt, user, where, params) in shapes.items():
            # What the GUI does on a filter change: prepare it (search resolved), the first page.
            def first_page(flt: JournalFilter = flt, user: CurrentUser = user) -> None:
                prepare(conn, flt, user).page(conn, None, PAGE, SHOWN)

            def all_columns(flt: JournalFilter = flt, user: CurrentUser = user) -> None:
                fetch_page(conn, flt, user, None, PAGE)

            def count(flt: JournalFilter = flt, user: CurrentUser = user) -> None:
                count_capped(conn, flt, user)

            def baseline(where: str = where, params: dict[str, Any] = params) -> None:
                freepbx(conn, where, params)

            first_page()  # warm the buffer pool the same way for both patterns
            baseline()
            cd = timed(first_page, repeats)
            cd_all = timed(all_columns, repeats)
            cd_count = timed(count, repeats)
            fp = timed(baseline, baseline_repeats)
            results[name] = _compare(cd, fp, cd_count)
            results[name]["calldesk_all_columns"] = summary(cd_all)
            results[name]["rows_found_capped"] = count_capped(conn, flt, user)[0]
            print(name, json.dumps(results[name]), file=sys.stderr, flush=True)

        # Scroll to row 50,000: the GUI walks keyset pages; FreePBX jumps with an offset.
        walks: list[float] = []
        total = []
        for _ in range(max(1, repeats // 10)):
            after = None
            start = time.perf_counter()
            rows = 0
            while rows < SCROLL_ROW:
                t = time.perf_counter()
                page = fetch_page(conn, base, sup, after, PAGE)
                walks.append((time.perf_counter() - t) * 1000)
                if not page:
                    break
                rows += len(page)
                after = page[-1].key
            total.append((time.perf_counter() - start) * 1000)
        fp = timed(
            lambda: freepbx(conn, "c.direction IN ('in', 'out')", p, SCROLL_ROW - PAGE),
            baseline_repeats,
        )
        results["scroll_to_50000"] = _compare(walks, fp, None)
        results["scroll_to_50000"]["calldesk_note"] = (
            "calldesk figures are per keyset page while walking to row 50,000; "
            "freepbx is one LIMIT 49800,200 page plus COUNT(*)"
        )
        results["scroll_to_50000"]["calldesk_whole_walk_ms"] = round(statistics.median(total), 1)

        # Refresh with new calls: poll by id above the watermark vs. reloading page + count.
        refresh: list[float] = []
        for _ in range(repeats):
            mark = newest_call_id(conn)
            add_new_calls(conn, 5)
            t = time.perf_counter()
            new = fetch_newer(conn, base, sup, mark)
            refresh.append((time.perf_counter() - t) * 1000)
            assert len(new.rows) == 5, len(new.rows)
        fp = timed(lambda: freepbx(conn, "c.direction IN ('in', 'out')", p), baseline_repeats)
        results["refresh_new_calls"] = _compare(refresh, fp, None)
    return results


def _compare(cd: list[float], fp: list[float], cd_count: list[float] | None) -> dict[str, Any]:
    out: dict[str, Any] = {"calldesk": summary(cd), "freepbx": summary(fp)}
    if cd_count is not None:
        out["calldesk_count_capped"] = summary(cd_count)
    out["ratio_p95"] = round(percentile(fp, 0.95) / max(percentile(cd, 0.95), 0.01), 1)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = benchmark_parser(__doc__)
    parser.add_argument("--calls", type=int, default=1_000_000)
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument("--baseline-repeats", type=int, default=5)
    parser.add_argument(
        "--page", type=int, default=PAGE, help="rows per page (the journal's model reads 100)"
    )
    args = parser.parse_args(argv)
    globals()["PAGE"] = args.page
    with benchmark_database(args, "calldesk_bench") as url:
        engine = make_engine(url)
        info = ensure_calls(engine, args.calls)
        with engine.connect() as conn:
            info["calls"] = int(conn.scalar(select(func.count()).select_from(Call)) or 0)
        info["dialect"] = engine.dialect.name
        info["repeats"] = args.repeats
        info["baseline_repeats"] = args.baseline_repeats
        info["page_rows"] = PAGE
        figures = run(engine, args.repeats, args.baseline_repeats)
        worst = max(v["calldesk"]["p95_ms"] for v in figures.values())
        emit({"setup": info, "interactions": figures, "calldesk_worst_p95_ms": worst}, args.out)
        engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
