"""Money as it is after refunds and with extra work awaiting the customer's answer.

The summary every document takes its figures from (:mod:`app.domain.account`) against
hand-computed cases (split payments with change, partial refunds before and after release,
pending work, overpayment); then the statement, receipt, release slip and work order as
printed: the refunded amount and the net paid shown, "paid in full" (已结清) only when it is,
pending extra work marked and kept out of the expected total, free lines at 0.00 on rolls.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from app.domain.account import summarize
from app.domain.enums import ApprovalMethod, LineKind, Payer, PaymentKind, PaymentMethod, Role
from app.printing.data import PrintData, load_print_data
from app.printing.render import PrintOptions, render_data
from app.services import cashier as cashier_service
from app.services import lines, workflow
from app.services.context import ServiceContext
from app.services.inputs import LineInput, PaymentInput
from app.services.people import as_user
from app.services.views import OrderDetail
from tests.app.printing.conftest import flat, open_visit, pdf_text, set_up_shop

D = Decimal
T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Pay:
    kind: PaymentKind
    amount: Decimal
    change: Decimal = D("0.00")
    at: datetime = T0


def paid(amount: str, change: str = "0.00", minutes: int = 0) -> Pay:
    return Pay(PaymentKind.PAYMENT, D(amount), D(change), T0 + timedelta(minutes=minutes))


def refund(amount: str, minutes: int) -> Pay:
    return Pay(PaymentKind.REFUND, D(amount), at=T0 + timedelta(minutes=minutes))


# --- the summary, by hand -------------------------------------------------------------


def test_nothing_paid_on_an_estimate_is_not_settled() -> None:
    m = summarize(D("1233.00"), [], pending=D("760.00"))
    assert (m.paid, m.refunded, m.net_paid, m.balance) == (0, 0, 0, D("1233.00"))
    assert m.pending == D("760.00") and m.due == D("1233.00")  # pending is not in the due
    assert not m.settled


def test_split_payment_with_change_is_paid_in_full() -> None:
    # 1233.00 due: WeChat 500.00, cash 753.00 handed over -> 733.00 applied, 20.00 change
    m = summarize(D("1233.00"), [paid("500.00"), paid("733.00", "20.00")], final=True)
    assert (m.paid, m.change, m.net_paid, m.balance) == (
        D("1233.00"),
        D("20.00"),
        D("1233.00"),
        D("0.00"),
    )
    assert m.settled and m.owing == 0 and m.credit == 0


def test_a_partial_refund_before_release_is_owing_again() -> None:
    # 653.00 paid by WeChat, 120.00 of it refunded (to be paid another way): 120.00 owing
    m = summarize(D("653.00"), [paid("653.00"), refund("120.00", 5)], final=True)
    assert (m.refunded, m.net_paid, m.balance, m.owing) == (
        D("120.00"),
        D("533.00"),
        D("120.00"),
        D("120.00"),
    )
    assert not m.settled


def test_a_refund_after_release_is_money_given_back() -> None:
    # paid 1233.00 in two parts, released at +10 min, 20.00 given back at +60 min
    payments = [paid("500.00"), paid("733.00", "20.00", 1), refund("20.00", 60)]
    released = T0 + timedelta(minutes=10)
    m = summarize(D("1233.00"), payments, final=True, released_at=released)
    assert (m.paid, m.refunded, m.net_paid) == (D("1233.00"), D("20.00"), D("1213.00"))
    assert (m.returned, m.charged, m.balance) == (D("20.00"), D("1213.00"), D("0.00"))
    assert m.settled


def test_refunds_before_and_after_release_on_account() -> None:
    # 1233.00 paid; 50.00 refunded before release (owing, released on account); later
    # 30.00 given back: 50.00 still owing, the customer is charged 1203.00 in the end
    payments = [paid("1233.00"), refund("50.00", 5), refund("30.00", 90)]
    m = summarize(D("1233.00"), payments, final=True, released_at=T0 + timedelta(minutes=10))
    assert (m.refunded, m.net_paid, m.returned) == (D("80.00"), D("1153.00"), D("30.00"))
    assert (m.charged, m.balance) == (D("1203.00"), D("50.00"))
    assert not m.settled


def test_more_paid_than_due_is_a_credit() -> None:
    m = summarize(D("100.00"), [paid("80.00"), paid("40.00")], final=True)
    assert (m.balance, m.credit, m.owing) == (D("-20.00"), D("20.00"), 0)
    assert m.settled


def test_paid_in_full_is_never_said_of_an_estimate() -> None:
    m = summarize(D("0.00"), [])  # every line free, not settled yet
    assert m.balance == 0 and not m.settled


# --- as printed -------------------------------------------------------------------------


def _texts(data: PrintData, kinds: tuple[str, ...], lang: str = "zh_CN") -> dict[str, str]:
    papers = {"settlement": "a4", "receipt": "80mm", "release-slip": "80mm"}
    return {k: flat(pdf_text(render_data(data, k, PrintOptions(papers[k], lang)))) for k in kinds}


def test_refund_after_release_shows_refund_and_net_paid(
    released: OrderDetail, ctx: ServiceContext
) -> None:
    """The full visit: 1233.00 due (243.00 + 410.00 + 580.00), WeChat 500.00 and cash
    733.00 (20.00 change), released; then 20.00 of the WeChat payment given back."""
    manager = as_user(ctx, "陈经理", Role.MANAGER)
    assert released.money.due == D("1233.00") and released.money.settled
    wechat = next(p for p in released.payments if p.method is PaymentMethod.WECHAT)
    d = cashier_service.refund(manager, wechat.id, "20.00", "刹车油少收费补偿")
    assert d.balance == D("0.00")  # the cashier desk's figure agrees with the documents
    data = load_print_data(ctx, d.id)
    for kind, text in _texts(data, ("settlement", "receipt", "release-slip")).items():
        if kind != "release-slip":
            assert "已付1,233.00" in text, kind
            assert "已退款-20.00" in text, kind
            assert "实付净额（已付－已退）1,213.00" in text, kind
            assert "退款后应收1,213.00" in text, kind
        assert "已结清" in text, kind  # true: nothing is owing
        assert "尚欠" not in text and "未付余额" not in text, kind
    en = _texts(data, ("settlement",), "en")["settlement"]
    assert "Refunded-20.00" in en and flat("Net paid (paid − refunded)1,213.00") in en


@pytest.fixture
def settled_paid(ctx: ServiceContext, tech: ServiceContext, cashier: ServiceContext) -> OrderDetail:
    """The base lines only: the customer pays 243.00 labor (270.00 less 10%) and 410.00
    oil (1.25 x 328.00); the filter is under warranty, the alignment goodwill."""
    set_up_shop(ctx)
    d = open_visit(ctx)
    workflow.approve_order(ctx, d.id, ApprovalMethod.SIGNATURE)
    workflow.assign(ctx, d.id, tech.actor.user_id)
    workflow.start_work(tech, d.id)
    workflow.finish_work(tech, d.id)
    workflow.quality_check(as_user(ctx, "孙丽", Role.INSPECTOR), d.id, True)
    d = cashier_service.settle(cashier, d.id)
    assert d.money.due == D("653.00")
    return cashier_service.pay(cashier, d.id, [PaymentInput(PaymentMethod.WECHAT, D("653.00"))])


def test_refund_before_release_leaves_a_balance_and_no_paid_in_full(
    settled_paid: OrderDetail, ctx: ServiceContext
) -> None:
    manager = as_user(ctx, "陈经理", Role.MANAGER)
    (payment,) = settled_paid.payments
    d = cashier_service.refund(manager, payment.id, "20.00", "多收")
    assert d.balance == D("20.00")
    text = _texts(load_print_data(ctx, d.id), ("settlement", "receipt"))
    for kind in ("settlement", "receipt"):
        assert "已付653.00" in text[kind] and "已退款-20.00" in text[kind]
        assert "实付净额（已付－已退）633.00" in text[kind]
        assert "尚欠金额20.00" in text[kind]
        assert "已结清" not in text[kind], kind
    d = cashier_service.release(manager, d.id)  # on account, by the manager's right
    slip = _texts(load_print_data(ctx, d.id), ("release-slip",))["release-slip"]
    assert "未结清·尚欠金额20.00" in slip
    assert "尚欠费用20.00元，经批准挂账放行" in slip
    assert "已结清" not in slip
    en = flat(
        pdf_text(render_data(load_print_data(ctx, d.id), "release-slip", PrintOptions(lang="en")))
    )
    assert "Paid in full" not in en and flat("20.00 still to pay; released on account") in en


def test_pending_extra_work_is_kept_out_of_the_expected_total(
    ctx: ServiceContext, tech: ServiceContext
) -> None:
    set_up_shop(ctx)
    d = open_visit(ctx)
    workflow.approve_order(ctx, d.id, ApprovalMethod.SIGNATURE)
    workflow.assign(ctx, d.id, tech.actor.user_id)
    workflow.start_work(tech, d.id)
    d = lines.propose_extra_work(
        tech, d.id, [LineInput(LineKind.PART, "前刹车片（原厂）", "1", "580.00")], finding="磨损"
    )
    assert d.money.due == D("653.00") and d.money.pending == D("580.00")
    data = load_print_data(ctx, d.id)
    a4 = flat(pdf_text(render_data(data, "work-order", PrintOptions("a4"))))
    assert "客户预计支付¥653.00" in a4  # not 1,233.00
    assert "1,233.00" not in a4
    assert "待确认增项（未计入合计）580.00" in a4
    assert "前刹车片（原厂）（待确认）" in a4
    roll = flat(pdf_text(render_data(data, "work-order", PrintOptions("80mm", "en"))))
    assert "¥653.00" in roll and "1,233.00" not in roll
    assert flat("Awaiting your answer (not in the total)580.00") in roll
    assert flat("(awaiting your answer)") in roll


@pytest.mark.parametrize("paper", ["80mm", "58mm"])
def test_free_lines_read_zero_on_rolls(sample: PrintData, paper: str) -> None:
    text = flat(pdf_text(render_data(sample, "settlement", PrintOptions(paper))))
    # the filter (68.00, warranty) and the alignment (260.00, goodwill) are free
    assert "1×68.00（保修承担68.00）0.00" in text
    assert "1×260.00（善意维修承担260.00）0.00" in text
    assert "小计0.00" in text  # the free groups' subtotals
    en = flat(pdf_text(render_data(sample, "settlement", PrintOptions(paper, "en"))))
    assert flat("1 × 68.00 (Warranty pays 68.00)0.00") in en


@pytest.mark.parametrize("paper", ["80mm", "a4"])
def test_free_extra_work_reads_zero_and_stays_out_of_the_totals(
    ctx: ServiceContext, tech: ServiceContext, paper: str
) -> None:
    set_up_shop(ctx)
    d = open_visit(ctx)
    workflow.approve_order(ctx, d.id, ApprovalMethod.SIGNATURE)
    workflow.assign(ctx, d.id, tech.actor.user_id)
    workflow.start_work(tech, d.id)
    d = lines.propose_extra_work(
        tech,
        d.id,
        [
            LineInput(LineKind.PART, "前刹车片（原厂）", "1", "580.00"),
            LineInput(LineKind.PART, "刹车分泵", "1", "320.00", payer=Payer.WARRANTY),
        ],
        finding="磨损",
    )
    extra = [l.id for l in d.lines if l.is_extra]
    lines.decide_extra_work(ctx, d.id, extra, approve=True, method=ApprovalMethod.PHONE)
    text = flat(
        pdf_text(render_data(load_print_data(ctx, d.id), "extra-work", PrintOptions(paper)))
    )
    assert "刹车分泵（保修承担320.00）" in text
    assert "已同意增项金额¥580.00" in text  # the customer pays the pads only
    assert "900.00" not in text
