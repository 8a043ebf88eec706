"""Bodies of the multi-process tests, importable by spawned processes (no pytest needed).

Each worker is one station: its own process, its own engine, its own sign-in. Results go
back through a queue as plain data; an exception is sent back as text so the test can show
it instead of hanging.
"""

from __future__ import annotations

import os
import signal
import time
import traceback
import uuid
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from app.bootstrap import open_database
from app.db.engine import Database
from app.domain.enums import (
    ApprovalMethod,
    AssetKind,
    LineKind,
    PaymentMethod,
    Role,
)
from app.domain.errors import (
    ConflictError,
    DatabaseBusy,
    DatabaseUnavailable,
    NotFound,
    ValidationErrors,
)
from app.services import cashier, customers, intake, lines, queries, workflow
from app.services.inputs import (
    AssetInput,
    CustomerInput,
    IntakeInput,
    LineInput,
    PaymentInput,
    VisitDetails,
)
from app.services.people import as_user, sign_in


def _run(out: Any, station: str, body: Callable[[], Any]) -> None:
    try:
        out.put((station, body(), None))
    except BaseException:
        out.put((station, None, traceback.format_exc()))


def intake_many(url: str, station: int, n: int, settle_first: int, barrier: Any, out: Any) -> None:
    """``n`` walk-ins at one desk; every fourth one first fails after drawing its number
    (unknown catalog item), which must leave no gap; the first ``settle_first`` orders are
    taken through to settlement and payment (statement and receipt numbers)."""

    def body() -> dict[str, list[str]]:
        db = Database(url)
        ctx = sign_in(db, f"Desk {station}", f"Advisor {station}", Role.ADVISOR)
        tech = as_user(ctx, f"Tech {station}", Role.TECHNICIAN)
        inspector = as_user(ctx, f"Inspector {station}", Role.INSPECTOR)
        till = as_user(ctx, f"Cashier {station}", Role.CASHIER)
        barrier.wait()
        orders, failed = [], 0
        for j in range(n):
            data = IntakeInput(
                details=VisitDetails(symptom=f"异响 {station}-{j}"),
                customer=CustomerInput(f"客户 {station}-{j}", [f"139{station:02d}{j:06d}"]),
                asset=AssetInput(kind=AssetKind.VEHICLE, plate=f"粤B{station}{j:04d}"),
                lines=[LineInput(LineKind.LABOR, "检查", "1", "100.00")],
            )
            if j % 4 == 3:
                bad = LineInput(LineKind.PART, "?", "1", "1.00", catalog_item_id=10**9)
                try:
                    retry_busy(intake.intake, ctx, IntakeInput(**{**data.__dict__, "lines": [bad]}))
                except NotFound:
                    failed += 1
            orders.append(retry_busy(intake.intake, ctx, data, request_id=uuid.uuid4().hex))
        for d in orders[:settle_first]:
            retry_busy(workflow.approve_order, ctx, d.id, ApprovalMethod.SIGNATURE)
            retry_busy(workflow.assign, ctx, d.id, tech.actor.user_id)
            retry_busy(workflow.start_work, tech, d.id)
            retry_busy(workflow.finish_work, tech, d.id)
            retry_busy(workflow.quality_check, inspector, d.id, True)
            retry_busy(cashier.settle, till, d.id)
            retry_busy(
                cashier.pay,
                till,
                d.id,
                [
                    PaymentInput(PaymentMethod.WECHAT, "40.00"),
                    PaymentInput(PaymentMethod.CASH, "100.00"),
                ],
                request_id=uuid.uuid4().hex,
            )
        db.dispose()
        return {"orders": [d.order.number for d in orders], "failed": [str(failed)]}

    _run(out, f"Desk {station}", body)


def edit_in_rounds(url: str, station: int, order_id: int, rounds: int, barrier: Any, out: Any):
    """All stations read the order, then all write with the version they read: per round one
    write is accepted, the others get a ConflictError."""

    def body() -> dict[str, Any]:
        db = Database(url)
        ctx = sign_in(db, f"Desk {station}", f"Advisor {station}", Role.ADVISOR)
        accepted, refused = [], []
        barrier.wait()
        for r in range(rounds):
            version = queries.get_order(ctx, order_id).version
            barrier.wait()  # everybody has read
            desc = f"round {r} desk {station}"
            try:
                lines.add_lines(
                    ctx, order_id, [LineInput(LineKind.PART, desc, "1", "1.00")], version=version
                )
                accepted.append(desc)
            except ConflictError as err:
                refused.append(
                    {
                        "desc": desc,
                        "expected": err.expected_version,
                        "actual": err.actual_version,
                        "by": [c.station for c in err.changes],
                    }
                )
            barrier.wait()  # everybody has written
        db.dispose()
        return {"accepted": accepted, "refused": refused}

    _run(out, f"Desk {station}", body)


def edit_until_done(url: str, station: int, order_id: int, writes: int, barrier: Any, out: Any):
    """Free for all: read, write with that version, on conflict read again and retry, until
    ``writes`` writes of this station are in."""

    def body() -> dict[str, Any]:
        db = Database(url)
        ctx = sign_in(db, f"Desk {station}", f"Advisor {station}", Role.ADVISOR)
        accepted, conflicts = [], 0
        barrier.wait()
        while len(accepted) < writes:
            d = queries.get_order(ctx, order_id)
            desc = f"free desk {station} #{len(accepted)}"
            try:
                lines.add_lines(
                    ctx,
                    order_id,
                    [LineInput(LineKind.PART, desc, "1", str(Decimal(station)))],
                    version=d.version,
                )
                accepted.append(desc)
            except ConflictError:
                conflicts += 1
        db.dispose()
        return {"accepted": accepted, "conflicts": conflicts}

    _run(out, f"Desk {station}", body)


def start_station(url: str, station: int, barrier: Any, out: Any) -> None:
    """A station starting up: migrate (or find the schema current), load reference data,
    sign in as the shop's common ``admin`` user."""

    def body() -> int:
        barrier.wait()
        db = open_database(url)
        ctx = sign_in(db, f"Station {station}", "admin", Role.ADVISOR)
        db.dispose()
        return ctx.actor.user_id

    _run(out, f"Station {station}", body)


def retry_busy(fn: Callable[..., Any], *args: Any, attempts: int = 20, **kwargs: Any) -> Any:
    """Call ``fn``, sending it again (with the same ``request_id``, if given) while another
    station holds it up (``DatabaseBusy``: nothing was written), as the outbox does."""
    for attempt in range(attempts):
        try:
            return fn(*args, **kwargs)
        except DatabaseBusy:
            if attempt == attempts - 1:
                raise
    raise AssertionError("unreachable")


def register_plates(url: str, station: int, rounds: int, barrier: Any, out: Any) -> None:
    """Per round, every station takes in a new customer with the same new plate at the same
    instant (a barrier). Returns per round ``("won", asset_id, raced)`` or ``("lost",
    asset_id named by asset_exists, raced)``; ``raced`` says the check found nothing and the
    unique index decided (the second look after the refused INSERT)."""

    def body() -> list[tuple[str, int, bool]]:
        db = Database(url)
        ctx = sign_in(db, f"Desk {station}", f"Advisor {station}", Role.ADVISOR)
        checks = [0]
        check = customers._check_asset_unique

        def counted(*args: Any, **kwargs: Any) -> None:
            checks[0] += 1
            check(*args, **kwargs)

        customers._check_asset_unique = counted  # type: ignore[assignment]
        results = []
        for r in range(rounds):
            data = IntakeInput(
                details=VisitDetails(symptom=f"保养 {station}-{r}"),
                customer=CustomerInput(f"客户 {station}-{r}", [f"1390{station:02d}{r:05d}"]),
                asset=AssetInput(kind=AssetKind.VEHICLE, plate=f"粤A{r:05d}"),
                lines=[LineInput(LineKind.LABOR, "检查", "1", "100.00")],
            )
            checks[0] = 0
            barrier.wait()
            try:
                d = retry_busy(intake.intake, ctx, data, request_id=uuid.uuid4().hex)
                results.append(("won", d.asset.id, checks[0] > 1))
            except ValidationErrors as err:
                exists = err.for_field("asset.plate")
                if exists is None or exists.code != "asset_exists":
                    raise
                results.append(("lost", int(exists.params["asset_id"]), checks[0] > 1))
        db.dispose()
        return results

    _run(out, f"Desk {station}", body)


def frozen_payment(url: str, order_id: int, amount: str, holding: Any, out: Any) -> None:
    """A cashier's station that stops (SIGSTOP) in the middle of a payment, right after it
    took the day's receipt counter, until the test lets it go on (SIGCONT). Then it finds
    out what became of the payment and sends it again with the same request id, twice."""

    def body() -> dict[str, Any]:
        db = Database(url)
        till = sign_in(db, "Cashier 9", "Cashier 9", Role.CASHIER)
        rid = uuid.uuid4().hex
        parts = [PaymentInput(PaymentMethod.CASH, amount)]
        take_numbers = cashier.number_last

        def numbers_then_freeze(*args: Any, **kwargs: Any) -> list[str]:
            numbers = take_numbers(*args, **kwargs)
            cashier.number_last = take_numbers  # type: ignore[attr-defined]
            holding.set()
            os.kill(os.getpid(), signal.SIGSTOP)  # frozen here, the counter's row locked
            return numbers

        cashier.number_last = numbers_then_freeze  # type: ignore[attr-defined]
        try:
            cashier.pay(till, order_id, parts, request_id=rid)
            first = "applied"
        except DatabaseUnavailable as err:
            first = f"{type(err).__name__}: {err}"
        for _ in range(20):  # the connection is gone; the pool finds a new one
            try:
                d = cashier.pay(till, order_id, parts, request_id=rid)
                break
            except DatabaseUnavailable:
                time.sleep(0.25)
        again = cashier.pay(till, order_id, parts, request_id=rid)
        db.dispose()
        return {
            "first": first,
            "receipts": [p.receipt_number for p in d.payments],
            "again": [p.receipt_number for p in again.payments],
        }

    _run(out, "Cashier 9", body)


def pay_beside_frozen(
    url: str, station: int, orders: list[tuple[int, str]], holding: Any, out: Any
) -> None:
    """A cashier paying ``orders`` (id, balance) once the frozen station holds the receipt
    counter, sending a payment again (same request id) while it is told ``DatabaseBusy``.
    Returns, per payment, how long each attempt took and how long the payment took."""

    def body() -> list[dict[str, Any]]:
        db = Database(url)
        till = sign_in(db, f"Cashier {station}", f"Cashier {station}", Role.CASHIER)
        queries.get_order(till, orders[0][0])  # connected and signed in before the race
        if not holding.wait(60):
            raise AssertionError("the frozen station never took the counter")
        done = []
        for order_id, balance in orders:
            rid = uuid.uuid4().hex
            attempts: list[float] = []
            started = time.monotonic()
            while True:
                t = time.monotonic()
                try:
                    d = cashier.pay(
                        till, order_id, [PaymentInput(PaymentMethod.CASH, balance)], request_id=rid
                    )
                except DatabaseBusy:
                    attempts.append(time.monotonic() - t)
                    if len(attempts) > 30:
                        raise
                    continue
                attempts.append(time.monotonic() - t)
                break
            done.append(
                {
                    "attempts": attempts,
                    "total": time.monotonic() - started,
                    "receipts": [p.receipt_number for p in d.payments],
                }
            )
        db.dispose()
        return done

    _run(out, f"Cashier {station}", body)
