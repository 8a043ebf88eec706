"""An action sent twice with the same request id is applied once; the second answer is the
order as it stands. This is what makes resending after a lost connection safe."""

from __future__ import annotations

import threading
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.db.engine import Database
from app.domain.enums import ApprovalMethod, LineKind, OrderState, PauseReason, PaymentMethod, Role
from app.domain.errors import RuleViolation
from app.domain.models import (
    AppliedRequest,
    OrderLine,
    Payment,
    QualityCheck,
    StatusChange,
    WorkOrder,
)
from app.services import cashier, lines, workflow
from app.services.context import ServiceContext
from app.services.inputs import IntakeInput, LineInput, PaymentInput, VisitDetails
from app.services.intake import intake
from app.services.people import as_user, sign_in
from tests.app.sync.conftest import needs_pg
from tests.factories import customer, order_in_state, vehicle


@pytest.fixture
def cashier_desk(cashier: ServiceContext) -> ServiceContext:
    return cashier


def _count(db: Database, model: type, *where: object) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model).where(*where)) or 0)  # type: ignore[arg-type]


def _walk_in() -> IntakeInput:
    return IntakeInput(
        details=VisitDetails(symptom="空调不凉", mileage_in=30500),
        customer=customer("周杰", "13700001234"),
        asset=vehicle("粤A88888", None),
        lines=[LineInput(LineKind.LABOR, "空调检测", "1", "120.00")],
    )


def test_an_intake_sent_twice_opens_one_order(ctx: ServiceContext) -> None:
    first = intake(ctx, _walk_in(), request_id="rq-intake-1")
    again = intake(ctx, _walk_in(), request_id="rq-intake-1")
    assert again.id == first.id and again.order.number == first.order.number
    assert _count(ctx.db, WorkOrder) == 1
    with ctx.db.read() as s:
        row = s.get(AppliedRequest, "rq-intake-1")
        assert row is not None and (row.action, row.entity_id) == ("intake", first.id)
    # A new request id is a new walk-in (the plate is known now: the same asset).
    other = intake(
        ctx,
        IntakeInput(
            VisitDetails(symptom="复查"), customer_id=first.customer.id, asset_id=first.asset.id
        ),
    )
    assert other.id != first.id


def test_a_payment_sent_twice_is_taken_once(
    ctx: ServiceContext, tech: ServiceContext, cashier_desk: ServiceContext
) -> None:
    d = order_in_state(ctx, tech, OrderState.SETTLED)
    part = [PaymentInput(PaymentMethod.WECHAT, Decimal("100.00"), "wx-1")]
    paid = cashier.pay(cashier_desk, d.id, part, version=d.version, request_id="rq-pay-1")
    again = cashier.pay(cashier_desk, d.id, part, version=d.version, request_id="rq-pay-1")
    assert again.paid == paid.paid == Decimal("100.00")
    assert again.version == paid.version
    assert _count(ctx.db, Payment, Payment.order_id == d.id) == 1


def test_a_refund_sent_twice_is_paid_back_once(
    ctx: ServiceContext, tech: ServiceContext, manager: ServiceContext
) -> None:
    d = order_in_state(ctx, tech, OrderState.RELEASED)
    payment = d.payments[0]
    once = cashier.refund(manager, payment.id, "20.00", "goodwill", request_id="rq-refund-1")
    twice = cashier.refund(manager, payment.id, "20.00", "goodwill", request_id="rq-refund-1")
    assert once.paid == twice.paid == d.paid - Decimal("20.00")
    assert _count(ctx.db, Payment, Payment.refund_of_id == payment.id) == 1


def test_lines_and_extra_work_sent_twice_are_added_once(
    ctx: ServiceContext, tech: ServiceContext
) -> None:
    d = order_in_state(ctx, tech, OrderState.OPEN)
    new = [LineInput(LineKind.PART, "雨刮片", "2", "45.00")]
    lines.add_lines(ctx, d.id, new, version=d.version, request_id="rq-lines-1")
    lines.add_lines(ctx, d.id, new, version=d.version, request_id="rq-lines-1")
    assert _count(ctx.db, OrderLine, OrderLine.order_id == d.id) == len(d.lines) + 1

    w = order_in_state(ctx, tech, OrderState.IN_PROGRESS, asset=vehicle("粤B54321", None))
    extra = [LineInput(LineKind.PART, "刹车片", "1", "380.00")]
    one = lines.propose_extra_work(tech, w.id, extra, finding="刹车片磨损", request_id="rq-extra-1")
    two = lines.propose_extra_work(tech, w.id, extra, finding="刹车片磨损", request_id="rq-extra-1")
    assert one.version == two.version
    assert _count(ctx.db, OrderLine, OrderLine.order_id == w.id, OrderLine.is_extra) == 1


def test_status_changes_sent_twice_move_the_order_once(
    ctx: ServiceContext, tech: ServiceContext, inspector: ServiceContext
) -> None:
    d = order_in_state(ctx, tech, OrderState.OPEN)
    steps = [
        (ctx, lambda c, v, r: workflow.approve_order(c, d.id, version=v, request_id=r)),
        (
            ctx,
            lambda c, v, r: workflow.assign(c, d.id, tech.actor.user_id, version=v, request_id=r),
        ),
        (tech, lambda c, v, r: workflow.start_work(c, d.id, version=v, request_id=r)),
        (
            tech,
            lambda c, v, r: workflow.pause_work(
                c, d.id, PauseReason.WAITING_PARTS, version=v, request_id=r
            ),
        ),
        (tech, lambda c, v, r: workflow.resume_work(c, d.id, version=v, request_id=r)),
        (tech, lambda c, v, r: workflow.finish_work(c, d.id, version=v, request_id=r)),
        (
            inspector,
            lambda c, v, r: workflow.quality_check(c, d.id, False, "漏油", version=v, request_id=r),
        ),
    ]
    version = d.version
    for n, (who, step) in enumerate(steps):
        once = step(who, version, f"rq-step-{n}")
        # the same change again, with the version the station had then: no second move and
        # no conflict, the order as it is now
        twice = step(who, version, f"rq-step-{n}")
        assert (twice.version, twice.order.state) == (once.version, once.order.state)
        version = once.version
    assert once.order.state is OrderState.IN_PROGRESS  # the failed check sent it back
    with ctx.db.read() as s:
        moves = s.scalar(
            select(func.count()).select_from(StatusChange).where(StatusChange.order_id == d.id)
        )
        checks = s.scalar(
            select(func.count()).select_from(QualityCheck).where(QualityCheck.order_id == d.id)
        )
    assert moves == 1 + len(steps) and checks == 1  # OPEN, then one move per step


def test_an_extra_work_answer_sent_twice_is_recorded_once(
    ctx: ServiceContext, tech: ServiceContext
) -> None:
    w = order_in_state(ctx, tech, OrderState.IN_PROGRESS)
    proposed = lines.propose_extra_work(
        tech, w.id, [LineInput(LineKind.PART, "刹车片", "1", "380.00")], pause=True
    )
    line = next(l for l in proposed.lines if l.is_extra)
    answer = {"approve": True, "method": ApprovalMethod.PHONE, "version": proposed.version}
    once = lines.decide_extra_work(ctx, w.id, [line.id], request_id="rq-decide", **answer)
    twice = lines.decide_extra_work(ctx, w.id, [line.id], request_id="rq-decide", **answer)
    assert twice.version == once.version and once.order.state is OrderState.IN_PROGRESS
    # without the id the same answer is refused: the line is decided already
    with pytest.raises(Exception, match="already"):
        lines.decide_extra_work(ctx, w.id, [line.id], **{**answer, "version": None})


def test_a_request_id_is_not_reused_for_another_action(
    ctx: ServiceContext, tech: ServiceContext
) -> None:
    d = intake(ctx, _walk_in(), request_id="rq-shared")
    with pytest.raises(RuleViolation) as refused:
        lines.add_lines(
            ctx,
            d.id,
            [LineInput(LineKind.LABOR, "洗车", "1", "30")],
            version=None,
            request_id="rq-shared",
        )
    assert refused.value.code == "request_reused"


def test_a_refused_action_leaves_its_request_id_free(
    ctx: ServiceContext, tech: ServiceContext, cashier_desk: ServiceContext
) -> None:
    d = order_in_state(ctx, tech, OrderState.SETTLED)
    too_much = [PaymentInput(PaymentMethod.BANK_CARD, d.balance + Decimal("1.00"))]
    with pytest.raises(RuleViolation):
        cashier.pay(cashier_desk, d.id, too_much, request_id="rq-pay-2")
    assert _count(ctx.db, AppliedRequest) == 0
    fixed = cashier.pay(
        cashier_desk,
        d.id,
        [PaymentInput(PaymentMethod.BANK_CARD, d.balance)],
        request_id="rq-pay-2",
    )
    assert fixed.balance == Decimal("0.00")


@needs_pg
def test_two_attempts_in_flight_at_once_apply_once(pg_url: str) -> None:
    db = Database(pg_url)
    advisor = sign_in(db, "Counter 1", "Li Na", Role.ADVISOR)
    ctx = sign_in(db, "Cashier", "Zhao Min", Role.CASHIER)
    d = order_in_state(advisor, as_user(advisor, "Wang Wei", Role.TECHNICIAN), OrderState.SETTLED)
    barrier = threading.Barrier(4)
    results: list[object] = []

    def attempt() -> None:
        barrier.wait(10)
        try:
            results.append(
                cashier.pay(
                    ctx, d.id, [PaymentInput(PaymentMethod.ALIPAY, "50.00")], request_id="rq-race"
                )
            )
        except Exception as exc:  # reported below
            results.append(exc)

    threads = [threading.Thread(target=attempt) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    try:
        assert all(not isinstance(r, Exception) for r in results), results
        assert _count(db, Payment, Payment.order_id == d.id) == 1
        assert {r.paid for r in results} == {Decimal("50.00")}  # type: ignore[attr-defined]
    finally:
        db.dispose()
