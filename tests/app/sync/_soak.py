"""The soak: many station processes move the same orders through the workflow at once.

:func:`station` is one process: it reads the board as a station's screen does and acts on
a random order with the version it saw; the server refuses stale saves (conflicts). Each
station reports what it got accepted. :func:`check_books` then proves from the database
that nothing was lost or doubled: every accepted action is in the journal exactly once, the
status history is an unbroken chain, document numbers have no gaps or doubles, and every
released order is paid exactly its settlement.
"""

from __future__ import annotations

import random
import time
from collections import Counter, defaultdict
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from app.db.engine import Database
from app.domain.enums import (
    ApprovalMethod,
    OrderState,
    PauseReason,
    PaymentKind,
    PaymentMethod,
    Role,
)
from app.domain.errors import ConflictError, DatabaseBusy, IllegalTransition, RuleViolation
from app.domain.models import (
    DocumentCounter,
    OrderEvent,
    Payment,
    ReleaseSlip,
    Settlement,
    StatusChange,
    WorkOrder,
)
from app.services import cashier, workflow
from app.services.inputs import PaymentInput
from app.services.outbox import new_request_id
from app.services.people import as_user, sign_in
from app.services.queries import board, get_order, ready
from tests.factories import customer, new_order, vehicle

S = OrderState
#: accepted action -> does it move the order to another state?
MOVES = {
    "approve": True, "assign": True, "start": True, "pause": True, "resume": True,
    "finish": True, "qc_pass": True, "settle": True, "pay": False, "release": True,
    "cancel": True, "intake": True,
}  # fmt: skip


def station(barrier: Any, url: str, index: int, seconds: float, pool: int) -> dict[str, Any]:
    db = Database(url)
    # the service manager holds every desk right: the soak is about concurrency, not roles
    ctx = sign_in(db, f"Soak {index:02d}", f"Manager {index:02d}", Role.MANAGER)
    tech = as_user(ctx, f"Tech {index:02d}", Role.TECHNICIAN)
    rng = random.Random(index)
    accepted: list[tuple[int, str, int]] = []
    pay_requests: list[str] = []
    refused: Counter[str] = Counter()
    barrier.wait(60)
    end = time.monotonic() + seconds
    k = 0  # intakes by this station
    while time.monotonic() < end:
        rows = board(ctx, limit=200)
        if len(rows) < pool and rng.random() < 0.3:
            k += 1
            try:
                d = new_order(
                    ctx,
                    customer=customer(f"客户{index}-{k}", f"13{index:02d}{k:07d}"),
                    asset=vehicle(f"粤S{index:02d}{k:03d}", None),
                )
            except DatabaseBusy:  # held up beyond the lock timeout: nothing was written
                refused["busy"] += 1
                continue
            accepted.append((d.id, "intake", d.version))
            continue
        if not rows:
            continue
        row = rng.choice(rows)
        try:
            result = _act(ctx, tech, rng, row.order_id, row.state, row.version, pay_requests)
        except ConflictError:
            refused["conflict"] += 1
        except DatabaseBusy:  # held up beyond the lock timeout: nothing was written
            refused["busy"] += 1
        except (IllegalTransition, RuleViolation) as err:
            refused[type(err).__name__] += 1
        else:
            if result is not None:
                accepted.append(result)
    db.dispose()
    return {"accepted": accepted, "refused": dict(refused), "pay_requests": pay_requests}


def _act(
    ctx: Any, tech: Any, rng: random.Random, oid: int, state: S, v: int, pays: list[str]
) -> tuple[int, str, int] | None:
    if state is S.OPEN and rng.random() < 0.05:
        return (oid, "cancel", workflow.cancel(ctx, oid, "customer left", version=v).version)
    if state is S.OPEN:
        return (
            oid,
            "approve",
            workflow.approve_order(ctx, oid, ApprovalMethod.SIGNATURE, version=v).version,
        )
    if state is S.APPROVED:
        return (oid, "assign", workflow.assign(ctx, oid, tech.actor.user_id, version=v).version)
    if state is S.ASSIGNED:
        return (oid, "start", workflow.start_work(tech, oid, version=v).version)
    if state is S.IN_PROGRESS and rng.random() < 0.2:
        return (
            oid,
            "pause",
            workflow.pause_work(tech, oid, PauseReason.WAITING_PARTS, version=v).version,
        )
    if state is S.IN_PROGRESS:
        return (oid, "finish", workflow.finish_work(tech, oid, version=v).version)
    if state is S.PAUSED:
        return (oid, "resume", workflow.resume_work(tech, oid, version=v).version)
    if state is S.WORK_DONE:
        return (oid, "qc_pass", workflow.quality_check(ctx, oid, True, version=v).version)
    if state is S.READY:
        return (oid, "settle", cashier.settle(ctx, oid, version=v).version)
    if state is S.SETTLED:
        d = get_order(ctx, oid)
        if d.balance <= 0:
            return (oid, "release", cashier.release(ctx, oid, version=v).version)
        amount = d.balance if rng.random() < 0.5 else (d.balance / 2).quantize(Decimal("0.01"))
        method = rng.choice([PaymentMethod.CASH, PaymentMethod.WECHAT, PaymentMethod.BANK_CARD])
        rid = new_request_id()
        parts = [PaymentInput(method, amount)]
        # loaded at once, as a desk's worker thread does (the order as the payment left it)
        paid = ready(cashier.pay(ctx, oid, parts, version=v, request_id=rid))
        pays.append(rid)
        if rng.random() < 0.15:  # the answer was "lost": the station sends it again
            try:
                again = cashier.pay(ctx, oid, parts, version=v, request_id=rid)
            except DatabaseBusy:  # the resend was held up; the payment stands
                return (oid, "pay", paid.version)
            # the retry answers with the order as it is now (another station may have moved
            # it on), never with a second payment: check_books counts payments per request
            assert again.version >= paid.version and again.paid >= paid.paid
        return (oid, "pay", paid.version)
    return None


def check_books(
    db: Database, reports: list[dict[str, Any]], seeded: list[tuple[int, str, int]]
) -> dict[str, int]:
    """Assert the database agrees with what the stations were told; returns totals."""
    accepted = [op for r in reports for op in r["accepted"]] + seeded
    with db.read() as s:
        events = s.execute(select(OrderEvent.order_id, OrderEvent.version, OrderEvent.action)).all()
        orders = {o.id: o for o in s.scalars(select(WorkOrder))}
        history: dict[int, list[StatusChange]] = defaultdict(list)
        for sc in s.scalars(select(StatusChange).order_by(StatusChange.id)):
            history[sc.order_id].append(sc)
        settlements = list(s.scalars(select(Settlement)))
        payments = list(s.scalars(select(Payment)))
        slips = list(s.scalars(select(ReleaseSlip)))
        counters = {(c.kind, c.period): c.last_value for c in s.scalars(select(DocumentCounter))}

    # No lost update: no two saves produced the same version of an order, and every save a
    # station was told succeeded is in the journal exactly once (and nothing else is).
    keys = Counter((e.order_id, e.version) for e in events)
    assert max(keys.values()) == 1, [k for k, n in keys.items() if n > 1]
    assert Counter((o, a, v) for o, a, v in accepted) == Counter(
        (e.order_id, e.action, e.version) for e in events
    )
    for oid, order in orders.items():
        assert order.version == max(v for (o, v) in keys if o == oid)

    # Every accepted transition is in the status history once, as an unbroken chain.
    moves = Counter(o for o, a, _ in accepted if MOVES[a])
    for oid, order in orders.items():
        chain = history[oid]
        assert len(chain) == moves[oid], (oid, len(chain), moves[oid])
        assert chain[0].from_state is None
        for before, after in zip(chain, chain[1:], strict=False):
            assert after.from_state is before.to_state, oid
        assert chain[-1].to_state is order.state

    # Document numbers: unique and gapless per kind and day, the counter at the last one.
    numbers = {
        "WO": [o.number for o in orders.values()],
        "ST": [x.number for x in settlements],
        "RL": [x.number for x in slips],
        "RC": [p.receipt_number for p in payments if p.receipt_number],
    }
    for kind, issued in numbers.items():
        by_day: dict[str, list[int]] = defaultdict(list)
        for number in issued:
            prefix, day, seq = number.split("-")
            assert prefix == kind
            by_day[day].append(int(seq))
        for day, seqs in by_day.items():
            assert sorted(seqs) == list(range(1, len(seqs) + 1)), (kind, day)
            assert counters[(kind, day)] == len(seqs)

    # Money: a released order is paid exactly its statement; none is paid more.
    paid: dict[int, Decimal] = defaultdict(Decimal)
    for p in payments:
        paid[p.order_id] += p.amount if p.kind is PaymentKind.PAYMENT else -p.amount
    due = {x.order_id: x.customer_due for x in settlements if x.voided_at is None}
    for oid, order in orders.items():
        if order.state is S.RELEASED:
            assert paid[oid] == due[oid], (oid, paid[oid], due[oid])
        elif oid in due:
            assert paid[oid] <= due[oid]
    pay_requests = [rid for r in reports for rid in r["pay_requests"]]
    assert (
        len(pay_requests)
        == len(set(pay_requests))
        == sum(1 for p in payments if p.kind is PaymentKind.PAYMENT)
    )
    return {
        "accepted": len(accepted) - len(seeded),
        "transitions": sum(1 for _, a, _ in accepted if MOVES[a]) - len(seeded),
        "released": sum(1 for o in orders.values() if o.state is S.RELEASED),
        "conflicts": sum(r["refused"].get("conflict", 0) for r in reports),
    }
