"""The cashier: settlement statements, split payments, change for cash, no overpayment by
other methods, refunds with a reason, voiding a statement, and release only when the order
is settled, quality-checked and paid in full (else on account, with a manager's approval).

The cashier's desk acts as the cashier (``till``); refunds and voids, which a cashier does
only with a manager's approval (see test_approvals), are made by the manager here."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import update

from app.domain.enums import LineKind, PaymentKind, PaymentMethod, Role, SettlementRounding
from app.domain.enums import OrderState as S
from app.domain.errors import (
    AccessDenied,
    NotFound,
    RuleViolation,
    ValidationError,
    ValidationErrors,
)
from app.domain.models import WorkOrder
from app.services import cashier, queries
from app.services import settings as shop_settings
from app.services.context import ServiceContext
from app.services.inputs import LineInput, PaymentInput
from app.services.people import as_user
from tests.app._support import assert_nothing_written, order_in, snapshot
from tests.factories import cashier_of

CASH, WECHAT, CARD, ALIPAY = (
    PaymentMethod.CASH,
    PaymentMethod.WECHAT,
    PaymentMethod.BANK_CARD,
    PaymentMethod.ALIPAY,
)


@pytest.fixture
def till(ctx: ServiceContext) -> ServiceContext:
    """The cashier, Zhao Min."""
    return cashier_of(ctx)


def _pay(ctx, d, *parts: tuple[PaymentMethod, str]):
    return cashier.pay(ctx, d.id, [PaymentInput(m, a) for m, a in parts])


def test_settlement_freezes_the_totals_per_payer(ctx, tech):
    d = order_in(ctx, tech, S.SETTLED)
    s = d.settlement
    assert s.number.startswith("ST-") and s.user.name == "Zhao Min"
    assert (s.gross, s.discount, s.customer_total, s.free_total) == (
        Decimal("338.00"),
        Decimal("0.00"),
        Decimal("270.00"),
        Decimal("68.00"),
    )
    assert (s.rounding, s.customer_due) == (Decimal("0.00"), Decimal("270.00"))
    assert d.balance == Decimal("270.00") and d.paid == Decimal("0.00")
    assert d.order.history[-1].reason == s.number


def test_split_payment_across_methods(ctx, tech, till):
    d = order_in(ctx, tech, S.SETTLED)
    d = _pay(till, d, (WECHAT, "100.00"), (CARD, "170"))
    assert [(p.method, p.amount, p.tendered, p.change) for p in d.payments] == [
        (WECHAT, Decimal("100.00"), None, Decimal("0.00")),
        (CARD, Decimal("170.00"), None, Decimal("0.00")),
    ]
    numbers = [p.receipt_number for p in d.payments]
    assert len(set(numbers)) == 2 and all(n.startswith("RC-") for n in numbers)
    assert d.paid == Decimal("270.00") and d.balance == Decimal("0.00")
    assert {p.user.name for p in d.payments} == {"Zhao Min"}
    assert d.events[-1].summary == "paid wechat 100.00, bank_card 170.00"


def test_cash_beyond_the_balance_is_change(ctx, tech, till):
    d = order_in(ctx, tech, S.SETTLED)
    d = _pay(till, d, (CASH, "300"))
    (p,) = d.payments
    assert (p.amount, p.tendered, p.change) == (
        Decimal("270.00"),
        Decimal("300.00"),
        Decimal("30.00"),
    )
    assert d.paid == Decimal("270.00") and d.balance == Decimal("0.00")


def test_cash_is_applied_after_the_other_methods(ctx, tech, till):
    d = order_in(ctx, tech, S.SETTLED)
    d = _pay(till, d, (CASH, "100.00"), (WECHAT, "200.00"))
    assert [(p.method, p.amount, p.change) for p in d.payments] == [
        (WECHAT, Decimal("200.00"), Decimal("0.00")),
        (CASH, Decimal("70.00"), Decimal("30.00")),
    ]
    assert d.balance == Decimal("0.00")


def test_other_methods_may_not_overpay(db, ctx, tech, till):
    d = order_in(ctx, tech, S.SETTLED)
    before = snapshot(db)
    for parts, field in (
        ([(WECHAT, "270.01")], "payments.0.amount"),
        ([(CARD, "200.00"), (ALIPAY, "100.00")], "payments.1.amount"),
        ([(CASH, "50.00"), (CARD, "300.00")], "payments.1.amount"),
    ):
        with pytest.raises(RuleViolation) as info:
            _pay(till, d, *parts)
        assert info.value.code == "overpayment" and info.value.params["field"] == field
    assert_nothing_written(db, before)  # the parts before a refused one are not kept either


def test_a_paid_order_takes_no_more_money(db, ctx, tech, till):
    d = order_in(ctx, tech, S.SETTLED)
    d = _pay(till, d, (CASH, "270.00"))
    before = snapshot(db)
    for method in (CASH, WECHAT):
        with pytest.raises(RuleViolation) as info:
            _pay(till, d, (method, "1.00"))
        assert info.value.code == "overpayment"
    with pytest.raises(RuleViolation):
        _pay(till, d, (CASH, "1.00"), (CASH, "0.50"))
    assert_nothing_written(db, before)


def test_bad_amounts_are_refused_per_field(db, ctx, tech, till):
    d = order_in(ctx, tech, S.SETTLED)
    before = snapshot(db)
    with pytest.raises(ValidationErrors) as info:
        cashier.pay(
            till,
            d.id,
            [
                PaymentInput(CASH, "0"),
                PaymentInput(WECHAT, "-5"),
                PaymentInput(CARD, "1.234"),
                PaymentInput(ALIPAY, 1.5),  # type: ignore[arg-type]
                PaymentInput(CARD, "10", reference="x" * 81),
            ],
        )
    assert [(e.field, e.code) for e in info.value.errors] == [
        ("payments.0.amount", "money_zero"),
        ("payments.1.amount", "money_negative"),
        ("payments.2.amount", "money_precision"),
        ("payments.3.amount", "money_float"),
        ("payments.4.reference", "too_long"),
    ]
    with pytest.raises(ValidationErrors) as info:
        cashier.pay(till, d.id, [])
    assert info.value.errors[0].code == "required"
    assert_nothing_written(db, before)


def test_release_only_when_paid_in_full(db, ctx, tech, till):
    """A cashier releases a paid order; with a balance owing the desk is told to get a
    manager's approval (release on account) and how much is owing."""
    d = order_in(ctx, tech, S.SETTLED)
    before = snapshot(db)
    with pytest.raises(AccessDenied) as info:
        cashier.release(till, d.id)
    assert (info.value.code, info.value.permission) == ("approval_required", "release_on_account")
    assert info.value.approvable and info.value.params["balance"] == Decimal("270")
    assert_nothing_written(db, before)

    d = _pay(till, d, (WECHAT, "200.00"))
    before = snapshot(db)
    with pytest.raises(AccessDenied) as info:
        cashier.release(till, d.id)
    assert info.value.params["balance"] == Decimal("70.00")
    assert_nothing_written(db, before)

    d = _pay(till, d, (CASH, "100.00"))
    d = cashier.release(till, d.id)
    assert d.order.state is S.RELEASED and d.order.released_at is not None
    assert d.release.number.startswith("RL-") and d.order.history[-1].reason == d.release.number


def test_a_manager_releases_on_account_and_the_journal_says_what_is_owing(ctx, tech, manager):
    d = order_in(ctx, tech, S.SETTLED)
    d = cashier.release(manager, d.id, version=d.version)
    assert d.order.state is S.RELEASED and d.balance == Decimal("270.00")
    assert d.order.history[-1].reason == f"{d.release.number}, on account: 270.00 owing"
    assert d.events[-1].summary.endswith("on account: 270.00 owing")


def test_release_needs_the_quality_check_even_if_the_state_says_settled(db, ctx, tech, till):
    d = order_in(ctx, tech, S.SETTLED)
    d = _pay(till, d, (CASH, "270.00"))
    with db.write() as session:  # a record damaged outside the services
        session.execute(update(WorkOrder).where(WorkOrder.id == d.id).values(qc_passed_at=None))
    before = snapshot(db)
    with pytest.raises(RuleViolation) as info:
        cashier.release(till, d.id)
    assert info.value.code == "release_no_qc"
    assert_nothing_written(db, before)


def test_an_order_nobody_pays_for_is_released_without_payment(db, ctx, tech, till):
    free = [LineInput(LineKind.LABOR, "召回检查", "1", "200.00", payer="warranty")]  # type: ignore[arg-type]
    d = order_in(ctx, tech, S.SETTLED, lines=free)
    assert d.settlement.customer_due == Decimal("0.00")
    assert d.settlement.free_total == Decimal("200.00")
    before = snapshot(db)
    with pytest.raises(RuleViolation) as info:
        _pay(till, d, (CASH, "1.00"))
    assert info.value.code == "overpayment"
    assert_nothing_written(db, before)
    assert cashier.release(till, d.id).order.state is S.RELEASED


def test_settlement_rounding_takes_off_the_small_change(ctx, tech, till):
    shop_settings.write_settings(
        as_user(ctx, "Qian Hong", Role.MANAGER),
        {shop_settings.ROUNDING_KEY: SettlementRounding.DOWN_TO_YUAN.value},
    )
    odd = [LineInput(LineKind.PART, "火花塞", "3", "33.55")]
    d = order_in(ctx, tech, S.SETTLED, lines=odd)
    assert d.settlement.customer_total == Decimal("100.65")
    assert (d.settlement.rounding, d.settlement.customer_due) == (
        Decimal("0.65"),
        Decimal("100.00"),
    )
    d = _pay(till, d, (WECHAT, "100.00"))
    assert cashier.release(till, d.id).order.state is S.RELEASED


def test_a_branch_settles_with_its_own_rounding(db, ctx, tech):
    """Rounding is a branch's setting: a second shop of the group (numbering with its own
    prefixes) rounds down to the yuan while the first rounds nothing (the statement and the
    order's totals alike)."""
    from dataclasses import replace

    from app.domain.enums import DocumentKind
    from app.domain.models import Branch
    from app.settings.declared import SETTINGS

    with db.write() as s:
        s.add(Branch(id=2, code="B2", name="二店"))
        s.flush()
        shop_settings.put_setting(
            s, shop_settings.ROUNDING_KEY, SettlementRounding.DOWN_TO_YUAN.value, branch_id=2
        )
        prefixes = {DocumentKind(k): "E" + k for k in ("WO", "ST", "RC", "RL", "CC")}
        option = SETTINGS["numbering.prefixes"]
        shop_settings.put_setting(s, option.key, option.to_text(prefixes), branch_id=2)
    second = ServiceContext(db, replace(ctx.actor, branch_id=2))
    second_tech = ServiceContext(db, replace(tech.actor, branch_id=2))
    odd = [LineInput(LineKind.PART, "火花塞", "3", "33.55")]
    here = order_in(ctx, tech, S.SETTLED, lines=odd)
    there = order_in(second, second_tech, S.SETTLED, lines=odd)
    assert there.order.branch_id == 2 and there.order.number.startswith("EWO-")
    assert (here.settlement.rounding, here.settlement.customer_due) == (
        Decimal("0.00"),
        Decimal("100.65"),
    )
    assert (there.settlement.rounding, there.settlement.customer_due) == (
        Decimal("0.65"),
        Decimal("100.00"),
    )
    assert there.totals.customer_due == Decimal("100.00") and there.balance == Decimal("100.00")


def test_unknown_rounding_modes_are_refused(ctx):
    with pytest.raises(ValidationErrors) as info:
        shop_settings.write_settings(
            as_user(ctx, "Qian Hong", Role.MANAGER), {shop_settings.ROUNDING_KEY: "up_to_100"}
        )
    assert info.value.errors[0].field == shop_settings.ROUNDING_KEY


# --- refunds and voiding ---


def test_refund_with_a_reason_up_to_what_was_paid(db, ctx, tech, till, manager):
    d = order_in(ctx, tech, S.SETTLED)
    d = _pay(till, d, (WECHAT, "200.00"), (CASH, "70.00"))
    wechat = d.payments[0]
    before = snapshot(db)
    with pytest.raises(ValidationErrors) as info:
        cashier.refund(manager, wechat.id, "10.00", " ")
    assert [(e.field, e.code) for e in info.value.errors] == [("reason", "required")]
    with pytest.raises(ValidationErrors) as info:
        cashier.refund(manager, wechat.id, "200.01", "重复扣款")
    err = info.value.for_field("amount")
    assert err.code == "refund_too_large" and err.params["left"] == Decimal("200.00")
    assert_nothing_written(db, before)

    d = cashier.refund(manager, wechat.id, "50.00", "重复扣款")
    refund = d.payments[-1]
    assert (refund.kind, refund.method, refund.amount, refund.refund_of_id, refund.reason) == (
        PaymentKind.REFUND,
        WECHAT,
        Decimal("50.00"),
        wechat.id,
        "重复扣款",
    )
    assert refund.receipt_number.startswith("RC-")
    assert d.paid == Decimal("220.00") and d.balance == Decimal("50.00")
    with pytest.raises(ValidationErrors) as info:
        cashier.refund(manager, wechat.id, "150.01", "再退")
    assert info.value.for_field("amount").params["left"] == Decimal("150.00")
    with pytest.raises(NotFound):
        cashier.refund(manager, refund.id, "1.00", "退退款")
    with pytest.raises(AccessDenied):  # 50.00 owing again: on account only with approval
        cashier.release(till, d.id)


def test_refund_after_release(ctx, tech, manager):
    d = order_in(ctx, tech, S.RELEASED)
    d = cashier.refund(manager, d.payments[0].id, "20.00", "优惠补退")
    assert d.order.state is S.RELEASED and d.paid == Decimal("250.00")


def test_void_settlement_only_with_nothing_paid(db, ctx, tech, till, manager):
    d = order_in(ctx, tech, S.SETTLED)
    first = d.settlement.number
    d = _pay(till, d, (CARD, "100.00"))
    before = snapshot(db)
    with pytest.raises(RuleViolation) as info:
        cashier.void_settlement(manager, d.id, "金额错误")
    assert info.value.code == "settlement_paid" and info.value.params["paid"] == Decimal("100")
    with pytest.raises(ValidationError) as bad:
        cashier.void_settlement(manager, d.id, "")
    assert (bad.value.field, bad.value.code) == ("reason", "required")
    assert_nothing_written(db, before)

    d = cashier.refund(manager, d.payments[0].id, "100.00", "金额错误")
    d = cashier.void_settlement(manager, d.id, "金额错误")
    assert d.order.state is S.READY and d.settlement is None
    d = cashier.settle(till, d.id)
    second = d.settlement.number
    assert second != first and second.startswith("ST-")
    assert int(second[-4:]) == int(first[-4:]) + 1  # the voided number is kept, not reused
    full = queries.get_order(ctx, d.id)
    assert full.settlement.number == second


def test_pay_with_a_request_id_applies_once(db, ctx, tech, till):
    d = order_in(ctx, tech, S.SETTLED)
    first = cashier.pay(till, d.id, [PaymentInput(WECHAT, "100.00")], request_id="pos-1")
    again = cashier.pay(till, d.id, [PaymentInput(WECHAT, "100.00")], request_id="pos-1")
    assert len(again.payments) == len(first.payments) == 1
    assert again.paid == Decimal("100.00") and again.version == first.version
