"""How long a document counter's row lock is held: the time from the counter's UPDATE to
the COMMIT of the same transaction, per service (intake, settle, pay, refund, release).

    WORKBAY_TEST_DATABASE_URL=postgresql+psycopg://postgres@127.0.0.1:5432/test \\
        python3 -m tests.app._counter_hold [N]

Every other station's document of the same kind waits that long (issue 9, point 11). Runs
``N`` orders (default 40) through the real services in a scratch PostgreSQL database (or a
SQLite file without the variable) and prints p50 / p95 / max in milliseconds.
"""

from __future__ import annotations

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

KINDS = {"WO": "intake", "ST": "settle", "RC": "receipt", "RL": "release"}
CODES = {k.value for k in DocumentKind}


def measure(url: str, n: int) -> dict[str, list[float]]:
    db = open_database(url)
    held: dict[str, list[float]] = defaultdict(list)
    taken: dict[int, float] = {}
    current = {"action": "?"}

    @event.listens_for(db.engine, "before_cursor_execute")
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

    ctx = sign_in(db, "Counter 1", "Li Na", Role.ADVISOR)
    tech = as_user(ctx, "Wang Wei", Role.TECHNICIAN)
    till = as_user(ctx, "Zhao Min", Role.CASHIER)
    boss = as_user(ctx, "Qian Hong", Role.MANAGER)
    for i in range(n):
        current["action"] = "order"
        d = order_in_state(ctx, tech, OrderState.SETTLED, asset=vehicle(f"粤B{i:05d}", vin=None))
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
    return held


def main(argv: list[str]) -> int:
    n = int(argv[0]) if argv else 40
    pg = os.environ.get("WORKBAY_TEST_DATABASE_URL")
    if pg:
        from tests.conftest import create_pg_database, drop_pg_database

        name = f"wb_counter_hold_{os.getpid()}"
        url = create_pg_database(name)
    else:
        url = f"sqlite:///{tempfile.mkdtemp()}/hold.sqlite3"
    try:
        for action, ms in measure(url, n).items():
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
