"""A frozen station must not stop the shop (PostgreSQL, one process per station).

A cashier's station stops dead (SIGSTOP) in the middle of a payment, right after it took
the day's receipt counter, and stays stopped while three other cashiers take payments.
None of their attempts waits much longer than the lock timeout (about 2 s; the bound is
generous, the point is "not until the frozen station dies"), every payment goes through
(sent again with its request id while it is told ``DatabaseBusy``, as the outbox does), and
receipt numbers stay gapless: the server ends the frozen session after
``IDLE_IN_TRANSACTION_MS`` and rolls its payment and its number back. When the station
wakes up its payment fails cleanly, and sent again with the same request id it is applied
exactly once."""

from __future__ import annotations

import os
import queue
import signal
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.db.engine import IDLE_IN_TRANSACTION_MS, LOCK_TIMEOUT_MS
from app.domain.enums import OrderState, PaymentKind
from app.domain.models import Payment
from tests.app import _workers
from tests.app._support import order_in
from tests.app.test_numbering_concurrency import SPAWN, TIMEOUT, assert_gapless

pytestmark = pytest.mark.slow

CASHIERS = 3
PAYMENTS_EACH = 2
#: no attempt may wait much beyond the lock timeout (generous: the machine may be loaded)
ATTEMPT_BOUND = 6.0
#: a payment, resends included, is through soon after the server ended the frozen session
PAYMENT_BOUND = IDLE_IN_TRANSACTION_MS / 1000 + 7.0


def test_a_frozen_station_delays_no_other_payment(db, ctx, tech, db_url):
    if db.dialect != "postgresql":
        pytest.skip("the PostgreSQL server ends a frozen session; SQLite has no server")
    frozen_order = order_in(ctx, tech, OrderState.SETTLED)
    others = [order_in(ctx, tech, OrderState.SETTLED) for _ in range(CASHIERS * PAYMENTS_EACH)]

    holding = SPAWN.Event()
    out = SPAWN.Queue()
    frozen = SPAWN.Process(
        target=_workers.frozen_payment,
        args=(db_url, frozen_order.id, str(frozen_order.balance), holding, out),
    )
    cashiers = [
        SPAWN.Process(
            target=_workers.pay_beside_frozen,
            args=(
                db_url,
                n,
                [
                    (d.id, str(d.balance))
                    for d in others[(n - 1) * PAYMENTS_EACH : n * PAYMENTS_EACH]
                ],
                holding,
                out,
            ),
        )
        for n in range(1, CASHIERS + 1)
    ]
    results: dict[str, object] = {}
    errors: list[str] = []
    try:
        for p in cashiers:
            p.start()
        frozen.start()
        try:
            for _ in cashiers:  # all of them finish while the frozen station is stopped
                station, result, error = out.get(timeout=TIMEOUT)
                if error:
                    errors.append(f"{station}:\n{error}")
                results[station] = result
        except queue.Empty:
            errors.append("a cashier did not finish in time")
        assert frozen.is_alive() and "Cashier 9" not in results, "it was frozen throughout"
        os.kill(frozen.pid, signal.SIGCONT)
        try:
            station, result, error = out.get(timeout=TIMEOUT)
            if error:
                errors.append(f"{station}:\n{error}")
            results[station] = result
        except queue.Empty:
            errors.append("the frozen station did not finish after it was let go")
    finally:
        for p in [frozen, *cashiers]:
            if p.is_alive() and p.pid is not None:
                os.kill(p.pid, signal.SIGCONT)
            p.join(timeout=10)
            if p.is_alive():
                p.kill()
                p.join()
    assert not errors, "\n".join(errors)

    payments = [r for n in range(1, CASHIERS + 1) for r in results[f"Cashier {n}"]]  # type: ignore[attr-defined]
    assert len(payments) == CASHIERS * PAYMENTS_EACH, "every payment went through"
    attempts = [a for p in payments for a in p["attempts"]]
    assert max(attempts) < ATTEMPT_BOUND, f"an attempt waited {max(attempts):.1f} s"
    assert max(p["total"] for p in payments) < PAYMENT_BOUND, payments
    # the frozen station did hold the counter: someone waited for it (or was told busy)
    assert len(attempts) > len(payments) or max(attempts) > LOCK_TIMEOUT_MS / 2000, payments

    woken = results["Cashier 9"]
    assert isinstance(woken, dict)
    assert woken["first"].startswith("DatabaseUnavailable"), woken["first"]
    assert len(woken["receipts"]) == 1 and woken["again"] == woken["receipts"]
    with db.read() as s:
        receipts = list(s.scalars(select(Payment.receipt_number)))
        on_frozen = s.scalars(select(Payment).where(Payment.order_id == frozen_order.id)).all()
    assert [(p.kind, p.amount) for p in on_frozen] == [
        (PaymentKind.PAYMENT, Decimal(frozen_order.balance))
    ], "applied exactly once"
    assert on_frozen[0].receipt_number == woken["receipts"][0]
    assert_gapless(receipts, "RC")
    expected = (
        1
        + CASHIERS * PAYMENTS_EACH
        + sum(  # + the setup's own payments, if any
            1 for d in [frozen_order, *others] for _ in d.payments
        )
    )
    assert len(receipts) == expected
