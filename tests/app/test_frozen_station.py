"""A frozen station must not stop the shop (PostgreSQL, one process per station).

A cashier's station stops dead (SIGSTOP) in the middle of a payment, right after it took
the day's receipt counter, and stays stopped while three other cashiers take payments.
None of their attempts waits much longer than the lock timeout (about 2 s; the bound is
generous, the point is "not until the frozen station dies"), every payment goes through
(sent again with its request id while it is told ``DatabaseBusy``, as the outbox does), and
receipt numbers stay gapless: the server ends the frozen session after
``IDLE_IN_TRANSACTION_MS`` and rolls its payment and its number back. When the station
wakes up its payment fails cleanly, and sent again with the same request id it is applied
exactly once.

And on both backends: a payment held up by another station's lock is refused after the lock
timeout with ``DatabaseBusy`` (nothing written), the outbox keeps it, and its resend by
request id applies it once."""

from __future__ import annotations

import os
import queue
import signal
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal

import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import make_url

from app.db.engine import (
    IDLE_IN_TRANSACTION_MS,
    LOCK_TIMEOUT_MS,
    SQLITE_BUSY_TIMEOUT_MS,
    Database,
    patient,
)
from app.domain.enums import OrderState, PaymentKind, PaymentMethod
from app.domain.errors import DatabaseBusy
from app.domain.models import Payment
from app.services import cashier
from app.services.inputs import PaymentInput
from app.services.outbox import Outbox
from tests.app import _workers
from tests.app._support import order_in
from tests.app.test_numbering_concurrency import SPAWN, TIMEOUT, assert_gapless
from tests.factories import cashier_of

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
    totals = sorted(p["total"] for p in payments)
    print(  # the figures, for the record (pytest -s); the bounds below are generous
        f"\nfrozen station: {len(payments)} payments by {CASHIERS} other cashiers; longest "
        f"attempt {max(attempts):.2f} s, longest payment {totals[-1]:.2f} s, median payment "
        f"{totals[len(totals) // 2]:.3f} s, {len(attempts) - len(payments)} retried after busy"
    )
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


@contextmanager
def _held(db: Database, order_id: int) -> Iterator[None]:
    """Another station holding what a payment on ``order_id`` needs: the order's row lock
    (PostgreSQL, a session the server lets idle), SQLite's one write lock."""
    if db.dialect == "postgresql":
        with db.engine.connect() as conn:
            with patient():  # only the holder's transaction: the payment's is a desk's
                held = conn.begin()
                conn.execute(
                    text("SELECT id FROM work_orders WHERE id = :i FOR UPDATE"), {"i": order_id}
                )
            yield
            held.rollback()
        return
    holder = sqlite3.connect(make_url(db.url).database or "", isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        yield
        holder.execute("ROLLBACK")
    finally:
        holder.close()


def test_a_held_lock_is_busy_and_the_outbox_keeps_the_payment(db, ctx, tech, tmp_path):
    d = order_in(ctx, tech, OrderState.SETTLED)
    box = Outbox(tmp_path / "outbox.sqlite3")
    till = cashier_of(ctx)
    parts = [PaymentInput(PaymentMethod.CASH, str(d.balance))]
    with _held(db, d.id):
        started = time.monotonic()
        with pytest.raises(DatabaseBusy) as refused:
            cashier.pay(till, d.id, parts, request_id="rq-busy-1")
        waited = time.monotonic() - started
        assert refused.value.code == "db_busy"
        sent = box.submit(till, "pay", request_id="rq-busy-2", order_id=d.id, parts=parts)
    limit = (LOCK_TIMEOUT_MS if db.dialect == "postgresql" else SQLITE_BUSY_TIMEOUT_MS) / 1000
    assert limit * 0.8 < waited < limit + 4.0
    assert sent.result is None and sent.queued is not None, "kept, not lost"
    assert box.pending_count(db) == 1

    report = box.replay(db)
    assert (len(report.applied), report.failed, report.remaining) == (1, [], 0)
    again = cashier.pay(till, d.id, parts, request_id="rq-busy-2")  # a late resend
    assert [p.receipt_number for p in again.payments] == [
        p.receipt_number for p in report.applied[0][1].payments
    ]
    with db.read() as s:
        paid = s.scalars(select(Payment.amount).where(Payment.order_id == d.id)).all()
    assert paid == [d.balance], "applied exactly once"


def test_the_outbox_sends_a_held_up_action_once_more_before_keeping_it(db, ctx, tech, tmp_path):
    d = order_in(ctx, tech, OrderState.SETTLED)
    till = cashier_of(ctx)
    box = Outbox(tmp_path / "outbox.sqlite3")
    limit = (LOCK_TIMEOUT_MS if db.dialect == "postgresql" else SQLITE_BUSY_TIMEOUT_MS) / 1000
    ready, done = threading.Event(), threading.Event()

    def hold() -> None:  # another station lets go a little after the first try gave up
        with _held(db, d.id):
            ready.set()
            done.wait(limit + 1.0)

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        assert ready.wait(10)
        parts = [PaymentInput(PaymentMethod.CASH, str(d.balance))]
        sent = box.submit(till, "pay", order_id=d.id, parts=parts)
    finally:
        done.set()
        holder.join()
    assert sent.queued is None and sent.result is not None
    assert [p.amount for p in sent.result.payments] == [d.balance]
    assert box.pending_count(db) == 0
