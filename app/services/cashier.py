"""The cashier: settlement, payments (split, change), refunds, release.

Rights: settling, taking money and releasing are the cashier's (``SETTLE``, ``PAY``,
``RELEASE``); a refund, voiding a statement and releasing with a balance owing ("on
account") take a manager's approval (``REFUND``, ``VOID_SETTLEMENT``,
``RELEASE_ON_ACCOUNT``) for the order, passed as ``approval``.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Table, func, insert, select

from app.db.numbering import hold, next_number, number_last, provisional, put_number
from app.db.tail import new_row
from app.domain.enums import Approval, DocumentKind, PaymentKind, PaymentMethod
from app.domain.errors import (
    AccessDenied,
    NotFound,
    RuleViolation,
    ValidationError,
    ValidationErrors,
)
from app.domain.legal import check_mileage_out
from app.domain.models import Payment, ReleaseSlip, Settlement
from app.domain.money import ZERO, compute_totals
from app.domain.permissions import Permission
from app.domain.types import utcnow
from app.domain.validation import MONEY_MAX, check_money, check_text
from app.domain.warranty import recommend_next_service
from app.domain.workflow import target_of
from app.services.access import authorize, require
from app.services.approvals import ApprovalGrant
from app.services.context import (
    ServiceContext,
    move,
    order_for_update,
    order_subject,
    order_with_money,
    touch,
)
from app.services.customers import Collector
from app.services.health_records import RECORD_SETTINGS, draft_record, withdraw_record
from app.services.idempotency import claim_request
from app.services.inputs import PaymentInput
from app.services.queries import (
    load_order_detail,
    net_paid,
    order_result,
    priced,
)
from app.services.settings import ROUNDING_KEY, rounding_mode, stored_texts
from app.services.views import OrderDetail


def settle(ctx: ServiceContext, order_id: int, *, version: int | None = None) -> OrderDetail:
    """Issue the settlement statement: totals per payer frozen, lines frozen from now on."""
    with ctx.db.write() as session:
        require(session, ctx, Permission.SETTLE)
        order = order_for_update(session, order_id, version, with_lines=True)
        to = target_of("settle", order.state)
        # the statement's and the record's order
        lines = sorted(order.lines, key=lambda l: (l.position, l.id))
        pending = [l.description for l in lines if l.approval is Approval.PROPOSED]
        if pending:
            raise RuleViolation(
                "extra_work_undecided",
                "the customer has not decided on: " + ", ".join(pending),
                lines=pending,
            )
        # the order's shop's settings (rounding, its name on the record), in one read
        stored_texts(session, (ROUNDING_KEY, *RECORD_SETTINGS), order.branch_id)
        totals = compute_totals(priced(lines), rounding_mode(session, order.branch_id))
        if totals.gross > MONEY_MAX:
            raise RuleViolation(
                "amount_too_large",
                f"{totals.gross} is more than a statement can hold",
                total=totals.gross,
            )
        next_service = None
        if order.next_service_date is None and order.next_service_km is None:
            asset = order.asset
            next_service = recommend_next_service(
                asset.kind, order.mileage_in or asset.mileage_km, utcnow().astimezone().date()
            )
        # The statement's number is taken last, once the order's row is written: the day's
        # counter is held from then to the commit (the tail's statement). Until then the
        # statement, its history and journal carry a stand-in; the electronic health record
        # (JT/T 1132) is made with it too and written with the number, with the journal.
        draft = draft_record(session, order, order.asset, lines, order.branch_id)
        stand_in = provisional(session)
        statement = Settlement(
            number=stand_in,
            order_id=order.id,
            gross=totals.gross,
            discount=totals.discount,
            customer_total=totals.customer_total,
            rounding=totals.rounding,
            customer_due=totals.customer_due,
            free_total=totals.free_total,
            user_id=ctx.actor.user_id,
            station_id=ctx.actor.station_id,
        )
        hold(session, statement, stand_in)  # (nothing reads it back: written with the journal)
        if next_service is not None:
            order.next_service_date, order.next_service_km = next_service
        move(session, ctx, order, to, stand_in)
        touch(
            session,
            ctx,
            order,
            "settle",
            f"settled {stand_in}: customer pays {totals.customer_due}",
            after={
                "settlement": stand_in,
                "gross": totals.gross,
                "discount": totals.discount,
                "rounding": totals.rounding,
                "customer_due": totals.customer_due,
                "free_total": totals.free_total,
            },
        )
        number = next_number(session, DocumentKind.SETTLEMENT, branch_id=ctx.actor.branch_id)
        put_number(session, stand_in, number, [])
        missing = draft.queue(session, number) if draft is not None else None
        return order_result(ctx.db, order, health_missing=missing, due=totals.customer_due)


def void_settlement(
    ctx: ServiceContext,
    order_id: int,
    reason: str,
    *,
    version: int | None = None,
    approval: ApprovalGrant | None = None,
) -> OrderDetail:
    """Take a statement back (its number stays, marked void); only with nothing paid on it,
    and by a holder of ``VOID_SETTLEMENT`` or with a manager's ``approval``."""
    reason = check_text(reason, "reason", 300, required=True)
    with ctx.db.write() as session:
        approver = authorize(
            session,
            ctx,
            Permission.VOID_SETTLEMENT,
            approval=approval,
            subject=order_subject(order_id),
        )
        order = order_for_update(session, order_id, version)
        to = target_of("void_settlement", order.state)
        paid = net_paid(list(session.scalars(select(Payment).where(Payment.order_id == order.id))))
        if paid != ZERO:
            raise RuleViolation(
                "settlement_paid", f"{paid} is paid on this statement; refund it first", paid=paid
            )
        settlement = session.scalars(
            select(Settlement).where(
                Settlement.order_id == order.id, Settlement.voided_at.is_(None)
            )
        ).one()
        settlement.voided_at = utcnow()
        settlement.void_reason = reason
        withdraw_record(session, order.id)
        move(session, ctx, order, to, f"void {settlement.number}: {reason}")
        touch(
            session,
            ctx,
            order,
            "void_settlement",
            f"voided {settlement.number}: {reason}",
            before={"settlement": settlement.number, "customer_due": settlement.customer_due},
            after={"settlement": None, "reason": reason},
            approver=approver,
            approval=Permission.VOID_SETTLEMENT if approver else None,
        )
        return order_result(ctx.db, order)


def pay(
    ctx: ServiceContext,
    order_id: int,
    parts: list[PaymentInput],
    *,
    version: int | None = None,
    request_id: str | None = None,
) -> OrderDetail:
    """Record a payment, possibly split across methods.

    Non-cash parts may not exceed the balance. Cash is applied last; cash handed over beyond
    the balance is change due (recorded on the cash payment). With ``request_id``, a retry
    of an applied payment returns the order as it is instead of paying again.
    """
    c = Collector()
    amounts = [
        c.run(check_money, p.amount, f"payments.{i}.amount", allow_zero=False)
        for i, p in enumerate(parts)
    ]
    refs = [
        c.run(check_text, p.reference, f"payments.{i}.reference", 80) or None
        for i, p in enumerate(parts)
    ]
    if not parts:
        c.add(ValidationError("payments.0.amount", "required", "enter an amount"))
    c.raise_if_any()
    with ctx.db.write() as session:
        done = claim_request(session, request_id, "pay", order_id, ctx=ctx)  # + the actor's facts
        require(session, ctx, Permission.PAY)
        if done is not None:
            return load_order_detail(session, done)
        order, settlement, earlier = order_with_money(session, order_id, version)
        if order.state.value != "settled" or settlement is None:
            raise RuleViolation(
                "pay_not_settled", "payments are taken on a settled order", state=order.state.value
            )
        balance = settlement.customer_due - net_paid(earlier)
        order_of_parts = sorted(
            range(len(parts)), key=lambda i: parts[i].method is PaymentMethod.CASH
        )
        recorded = []
        rows: list[dict[str, Any]] = []
        now = utcnow()
        balance_before = balance
        for i in order_of_parts:
            part, amount = parts[i], amounts[i]
            assert amount is not None
            if balance <= ZERO:
                raise RuleViolation(
                    "overpayment", "the order is already paid in full", field=f"payments.{i}.amount"
                )
            change = ZERO
            tendered = None
            if part.method is PaymentMethod.CASH:
                tendered = amount
                applied = min(amount, balance)
                change = amount - applied
            else:
                if amount > balance:
                    raise RuleViolation(
                        "overpayment",
                        f"{amount} is more than the balance {balance}",
                        field=f"payments.{i}.amount",
                        balance=balance,
                    )
                applied = amount
            rows.append(
                {
                    "order_id": order.id,
                    "kind": PaymentKind.PAYMENT,
                    "method": part.method,
                    "amount": applied,
                    "tendered": tendered,
                    "change": change,
                    "reference": refs[i],
                    "user_id": ctx.actor.user_id,
                    "station_id": ctx.actor.station_id,
                    "at": now,
                }
            )  # numbered last (below): the day's receipt counter is held until the commit
            recorded.append((part.method.value, applied, change))
            balance -= applied
        # one INSERT of all the payments with their ids back (not the ORM's unit of work)
        ids = session.execute(_PAYMENTS, rows).scalars().all()
        payments = [new_row(Payment, id=i, **row) for i, row in zip(ids, rows, strict=True)]
        touch(
            session,
            ctx,
            order,
            "pay",
            "paid " + ", ".join(f"{m} {a}" for m, a, _ in recorded),
            before={"balance": balance_before},
            after={
                "balance": balance,
                "payments": [{"method": m, "amount": a, "change": c} for m, a, c in recorded],
            },
        )
        number_last(
            session, DocumentKind.RECEIPT, Payment.receipt_number, payments, ctx.actor.branch_id
        )
        return order_result(ctx.db, order)


#: new payments' INSERT, their ids back in the rows' order; built once
_PAYMENTS = insert(cast(Table, Payment.__table__)).returning(
    cast(Table, Payment.__table__).c.id, sort_by_parameter_order=True
)


def refund(
    ctx: ServiceContext,
    payment_id: int,
    amount: Decimal | str,
    reason: str,
    *,
    version: int | None = None,
    request_id: str | None = None,
    approval: ApprovalGrant | None = None,
) -> OrderDetail:
    """Pay money back against an earlier payment, by the same method, with a reason (once per
    ``request_id``); by a holder of ``REFUND`` or with a manager's ``approval``."""
    c = Collector()
    value = c.run(check_money, amount, "amount", allow_zero=False)
    reason = c.run(check_text, reason, "reason", 300, required=True)
    c.raise_if_any()
    with ctx.db.write() as session:
        original = session.get(Payment, payment_id)
        if original is None or original.kind is not PaymentKind.PAYMENT:
            raise NotFound("payment", payment_id)
        approver = authorize(
            session,
            ctx,
            Permission.REFUND,
            approval=approval,
            subject=order_subject(original.order_id),
        )
        if (done := claim_request(session, request_id, "refund", original.order_id)) is not None:
            return load_order_detail(session, done)
        order = order_for_update(session, original.order_id, version)
        if order.state.value not in ("settled", "released"):
            raise RuleViolation("refund_state", "refunds are made on settled or released orders")
        refunded = session.scalar(
            select(func.coalesce(func.sum(Payment.amount), 0)).where(
                Payment.refund_of_id == original.id
            )
        )
        left = original.amount - Decimal(str(refunded)).quantize(Decimal("0.01"))
        if value > left:
            raise ValidationErrors(
                [
                    ValidationError(
                        "amount",
                        "refund_too_large",
                        f"at most {left} can be refunded",
                        value,
                        left=left,
                    )
                ]
            )
        payment = Payment(
            order_id=order.id,
            kind=PaymentKind.REFUND,
            method=original.method,
            amount=value,
            reason=reason,
            refund_of_id=original.id,
            user_id=ctx.actor.user_id,
            station_id=ctx.actor.station_id,
        )  # numbered last (below): the day's receipt counter is held until the commit
        session.add(payment)
        touch(
            session,
            ctx,
            order,
            "refund",
            f"refunded {value} ({original.method.value}): {reason}",
            before={"refunded": Decimal(str(refunded)).quantize(Decimal("0.01"))},
            after={
                "refund": value,
                "method": original.method,
                "payment": original.receipt_number,
                "reason": reason,
            },
            approver=approver,
            approval=Permission.REFUND if approver else None,
        )
        number_last(
            session, DocumentKind.RECEIPT, Payment.receipt_number, [payment], ctx.actor.branch_id
        )
        return order_result(ctx.db, order)


def release(
    ctx: ServiceContext,
    order_id: int,
    *,
    version: int | None = None,
    approval: ApprovalGrant | None = None,
    mileage_out: int | None = None,
) -> OrderDetail:
    """Hand over a settled, quality-checked order and issue the gate pass. With a balance
    still owing the order goes out "on account": that takes ``RELEASE_ON_ACCOUNT`` or a
    manager's ``approval``, and the journal and audit log name the amount owing. The
    mileage out (出厂里程) may be recorded here (not below the mileage in)."""
    with ctx.db.write() as session:
        require(session, ctx, Permission.RELEASE)
        order, settlement, payments = order_with_money(session, order_id, version)
        to = target_of("release", order.state)
        if order.qc_passed_at is None:
            raise RuleViolation("release_no_qc", "the quality check has not passed")
        if wrong := check_mileage_out(mileage_out, order.mileage_in):
            raise ValidationErrors([wrong])
        if settlement is None:  # (a settled order has its statement)
            raise NotFound("settlement", order.id)
        paid = net_paid(payments)
        owing = settlement.customer_due - paid
        approver = None
        if owing > ZERO:
            try:
                approver = authorize(
                    session,
                    ctx,
                    Permission.RELEASE_ON_ACCOUNT,
                    approval=approval,
                    subject=order_subject(order.id),
                )
            except AccessDenied as err:
                err.params["balance"] = owing  # the desk says how much is owing
                raise
        # last: from the number to the commit the day's release counter is held
        number = next_number(session, DocumentKind.RELEASE, branch_id=ctx.actor.branch_id)
        session.add(
            ReleaseSlip(
                number=number,
                order_id=order.id,
                user_id=ctx.actor.user_id,
                station_id=ctx.actor.station_id,
            )
        )
        order.released_at = utcnow()
        if mileage_out is not None:
            order.mileage_out = mileage_out
        on_account = f", on account: {owing} owing" if owing > ZERO else ""
        move(session, ctx, order, to, number + on_account)
        touch(
            session,
            ctx,
            order,
            "release",
            f"released, gate pass {number}{on_account}",
            after={
                "release_slip": number,
                "owing": max(owing, ZERO),
                "on_account": owing > ZERO,
                **({"mileage_out": mileage_out} if mileage_out is not None else {}),
            },
            approver=approver,
            approval=Permission.RELEASE_ON_ACCOUNT if approver else None,
        )
        return order_result(ctx.db, order)
