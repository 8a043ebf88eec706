"""The cashier's item models: Qt's model checks, the statement grouped by who pays with the
core's subtotals, payments with refunds."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from app.domain.enums import Approval, ApprovalMethod, LineKind, OrderState, Payer, PaymentMethod
from app.services import cashier as desk
from app.services import lines, queries
from app.services.inputs import LineInput, PaymentInput
from tests.factories import order_in_state, vehicle
from tests.ui.desk_support import mixed_lines
from ui.cashier import labels
from ui.models.cashier_payments import PaymentsModel, refundable
from ui.models.cashier_ready import ORDER_ID_ROLE, ReadyOrdersModel
from ui.models.cashier_settlement import GROUP_ROLE, SUBTOTAL_ROLE, SettlementModel

Display = Qt.ItemDataRole.DisplayRole


@pytest.fixture(autouse=True)
def _app(qapp):
    return qapp


def test_ready_orders_model(qtmodeltester, ctx, tech):
    a = order_in_state(ctx, tech, OrderState.READY)
    b = order_in_state(ctx, tech, OrderState.SETTLED, asset=vehicle("粤B6Q781", None))
    model = ReadyOrdersModel(labels)
    model.set_rows(queries.board(ctx, states=(OrderState.READY, OrderState.SETTLED)))
    qtmodeltester.check(model, force_py=True)
    assert {model.index(r, 0).data(ORDER_ID_ROLE) for r in range(model.rowCount())} == {a.id, b.id}
    settled = model.row_of(b.id)
    assert model.index(settled, 1).data(Display) == "Settled"
    assert model.index(settled, 0).data(Qt.ItemDataRole.BackgroundRole) is not None


def test_statement_grouped_by_payer_with_subtotals(qtmodeltester, ctx, tech):
    d = order_in_state(ctx, tech, OrderState.IN_PROGRESS, lines=mixed_lines())
    # extra work: one line declined by the customer, one still undecided
    d = lines.propose_extra_work(
        tech,
        d.id,
        [
            LineInput(LineKind.PART, "雨刮片", "1", "160.00"),
            LineInput(LineKind.PART, "蓄电池", "1", "650.00"),
        ],
    )
    extra = [l for l in d.lines if l.is_extra]
    d = lines.decide_extra_work(
        ctx, d.id, [extra[0].id], approve=False, method=ApprovalMethod.PHONE
    )
    model = SettlementModel(labels)
    model.set_lines(d.lines, d.totals.by_payer)
    qtmodeltester.check(model, force_py=True)

    groups = [model.index(r, 0).data(GROUP_ROLE) for r in range(model.rowCount())]
    assert groups == ["customer", "warranty", "goodwill", "insurance", "proposed", "declined"]

    def subtotal(group: str) -> Decimal | None:
        return model.index(groups.index(group), 0).data(SUBTOTAL_ROLE)

    # 1.5 h x 180 = 270 less 10 % = 243, plus oil 368
    assert subtotal("customer") == Decimal("611.00")
    assert subtotal("warranty") == Decimal("68.00")
    assert subtotal("goodwill") == Decimal("120.00")
    assert subtotal("insurance") == Decimal("850.00")
    assert subtotal("proposed") is None and subtotal("declined") is None
    customer = model.index(0, 0)
    assert model.rowCount(customer) == 2
    assert model.index(0, 0).data(Display) == "Customer pays (2)"
    assert model.index(0, 4).data(Display) == "¥611.00"
    labor = model.index(0, 4, customer)
    assert labor.data(Display) == "¥243.00"
    assert model.index(0, 3, customer).data(Display) == "10 %"
    assert model.parent(labor) == customer
    declined = model.index(groups.index("declined"), 0)
    assert model.index(0, 0, declined).data(Display).startswith("雨刮片")
    assert model.index(0, 0, declined).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert not model.index(0, 0, model.index(0, 1)).isValid()  # only column 0 has children
    assert model.groups()[-1] is Approval.DECLINED
    assert model.subtotal(Payer.CUSTOMER) == d.totals.customer_total


def test_payments_model_with_a_refund(qtmodeltester, ctx, tech, cashier, manager):
    d = order_in_state(ctx, tech, OrderState.SETTLED)
    d = desk.pay(cashier, d.id, [PaymentInput(PaymentMethod.CASH, "300.00")])
    d = desk.refund(manager, d.payments[0].id, "20.00", "客户要求减免洗车费")
    model = PaymentsModel(labels)
    model.set_payments(d.payments)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 2
    assert model.index(0, 4).data(Display) == "¥270.00"
    assert model.index(0, 5).data(Display) == "¥300.00"  # handed over
    assert model.index(0, 6).data(Display) == "¥30.00"  # change
    assert model.index(0, 8).data(Display) == "Zhao Min"
    assert model.index(1, 2).data(Display) == "Refund"
    assert model.index(1, 4).data(Display) == "−¥20.00"
    assert model.index(1, 7).data(Display) == "客户要求减免洗车费"
    assert refundable(model.payment(0), d.payments) == Decimal("250.00")
