"""How long a document counter's row lock is held: the time from the counter's UPDATE to
the COMMIT of the same transaction (from when the UPDATE returned: its wait for another
station's lock is not counted), per service (intake, settle, pay, refund, release).

    WORKBAY_TEST_DATABASE_URL=postgresql+psycopg://postgres@127.0.0.1:5432/test \\
        python3 -m tests.app._counter_hold [N] [STATIONS]

Every other station's document of the same kind waits that long (issue 9, point 11). Runs
``N`` orders (default 40) through the real services in a scratch PostgreSQL database (or a
SQLite file without the variable) at each of ``STATIONS`` processes at once (default 1)
and prints p50 / p95 / max in milliseconds, over all stations.
"""

from __future__ import annotations

import multiprocessing
import os
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from decimal import Decimal
from typing import Any

from sqlalchemy import event

from app.bootstrap import open_database
from app.domain.enums import DocumentKind, OrderState, PaymentMethod, Role
from app.services import cashier
from app.services.inputs import PaymentInput
from app.services.people import as_user, sign_in
from tests.factories import order_in_state, vehicle

KINDS = {"WO": "intake", "ST": "settle", "RC": "receipt", "RL": "release", "CC": "certificate"}
CODES = {k.value for k in DocumentKind}


def measure(url: str, n: int, station: int = 1) -> dict[str, list[float]]:
    db = open_database(url)
    held: dict[str, list[float]] = defaultdict(list)
    taken: dict[int, float] = {}
    current = {"action": "?"}

    # from the moment the UPDATE has the row (after it ran: a wait for another station's
    # lock is not holding it) to the commit
    @event.listens_for(db.engine, "after_cursor_execute")
    def _on_execute(conn: Any, cursor: Any, statement: str, params: Any, *args: Any) -> None:
        if statement.lstrip().upper().startswith("UPDATE DOCUMENT_COUNTERS"):
            taken.setdefault(id(conn), time.perf_counter())
            values = params.values() if isinstance(params, dict) else params
            kind = next((v for v in values if v in CODES), "?")
            current["action"] = current["action"].split("/")[0] + "/" + KINDS.get(kind, kind)

    @event.listens_for(db.engine, "commit")
    def _on_commit(conn: Any) -> None:
        start = taken.pop(id(conn), None)
        if start is not None:
            held[current["action"]].append((time.perf_counter() - start) * 1000)

    @event.listens_for(db.engine, "rollback")
    def _on_rollback(conn: Any) -> None:
        taken.pop(id(conn), None)

    ctx = sign_in(db, f"Counter {station}", f"Li Na {station}", Role.ADVISOR)
    tech = as_user(ctx, f"Wang Wei {station}", Role.TECHNICIAN)
    till = as_user(ctx, f"Zhao Min {station}", Role.CASHIER)
    boss = as_user(ctx, f"Qian Hong {station}", Role.MANAGER)
    for i in range(n):
        current["action"] = "order"
        plate = f"粤B{station:02d}{i:03d}"  # (unique per station up to 99 stations)
        d = order_in_state(ctx, tech, OrderState.SETTLED, asset=vehicle(plate, vin=None))
        current["action"] = "pay"
        d = cashier.pay(
            till,
            d.id,
            [PaymentInput(PaymentMethod.WECHAT, "10.00"), PaymentInput(PaymentMethod.CASH, "1e6")],
        )
        current["action"] = "refund"
        cashier.refund(boss, d.payments[0].id, Decimal("1.00"), "test")
        current["action"] = "pay"
        cashier.pay(till, d.id, [PaymentInput(PaymentMethod.CASH, "1.00")])
        current["action"] = "release"
        cashier.release(till, d.id)
    db.dispose()
    return dict(held)


def _station(url: str, n: int, station: int, out: Any) -> None:
    out.put(measure(url, n, station))


def measure_stations(url: str, n: int, stations: int) -> dict[str, list[float]]:
    """``measure`` at ``stations`` processes at once on one database; all the hold times."""
    if stations == 1:
        return measure(url, n)
    open_database(url).dispose()  # migrated once, before the stations start
    spawn = multiprocessing.get_context("spawn")
    out = spawn.Queue()
    procs = [spawn.Process(target=_station, args=(url, n, k, out)) for k in range(1, stations + 1)]
    for p in procs:
        p.start()
    held: dict[str, list[float]] = defaultdict(list)
    for _ in procs:
        for action, ms in out.get(timeout=600).items():
            held[action] += ms
    for p in procs:
        p.join()
    return held


def main(argv: list[str]) -> int:
    n = int(argv[0]) if argv else 40
    stations = int(argv[1]) if len(argv) > 1 else 1
    pg = os.environ.get("WORKBAY_TEST_DATABASE_URL")
    if pg:
        from tests.conftest import create_pg_database, drop_pg_database

        name = f"wb_counter_hold_{os.getpid()}"
        url = create_pg_database(name)
    else:
        url = f"sqlite:///{tempfile.mkdtemp()}/hold.sqlite3"
    try:
        for action, ms in sorted(measure_stations(url, n, stations).items()):
            ms.sort()
            p95 = ms[min(len(ms) - 1, int(len(ms) * 0.95))]
            print(
                f"{action:<14} n={len(ms):<4} p50={statistics.median(ms):6.2f} ms  "
                f"p95={p95:6.2f} ms  max={ms[-1]:6.2f} ms"
            )
    finally:
        if pg:
            drop_pg_database(name)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
