"""The cashier desk against a real database: scan → statement grouped by payer, the pickup
key sequence, split payments with change, release when paid (on account only with a
manager's approval), refunds and voids need a reason and a manager's approval on the same
screen, forged pickup codes refused, the desk greyed out for users without the rights."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from app.domain.enums import OrderState, PaymentKind, PaymentMethod, Role
from app.services import cashier as desk
from app.services import queries
from app.services.inputs import PaymentInput
from app.services.people import sign_in
from tests.ui.conftest import approve_here
from tests.ui.desk_support import cashier_orders, save_shot, settle_tasks
from ui.auth.approval_dialog import ApprovalDialog
from ui.auth.who import Who
from ui.cashier import CashierWorkspace
from ui.cashier.payment_dialog import PaymentDialog
from ui.cashier.reason_dialog import ReasonDialog
from ui.cashier.scan import token_verifier
from ui.models.cashier_settlement import GROUP_ROLE, SUBTOTAL_ROLE

#: the offscreen test platform says so whenever a top-level window (a dialog) is shown
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def closed(dialog) -> bool:
    """The dialog closed (after a send it is also deleted)."""
    return not isValid(dialog) or not dialog.isVisible()


@pytest.fixture
def orders(ctx, tech):
    return cashier_orders(ctx, tech)


def number(ctx, order_id: int) -> str:
    return queries.get_order(ctx, order_id).order.number


def open_cashier(qtbot, who, adapter, show: bool = False) -> CashierWorkspace:
    w = CashierWorkspace(who, adapter)
    qtbot.addWidget(w)
    w.resize(1400, 820)
    if show:
        w.show()
        w.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
        w.activate()
    qtbot.waitUntil(lambda: w.ready_model.rowCount() == 3)
    settle_tasks(qtbot)
    return w


def scan(qtbot, w: CashierWorkspace, text: str) -> None:
    w.scan.setText(text)
    qtbot.keyClick(w.scan, Qt.Key.Key_Return)
    settle_tasks(qtbot)


def test_scan_shows_statement_grouped_by_payer(qtbot, ctx, cashier, orders, adapter):
    w = open_cashier(qtbot, cashier, adapter)
    scan(qtbot, w, number(ctx, orders["mixed"]).lower())  # a scanner may type lower case
    view = w.view
    assert view.detail is not None and view.detail.id == orders["mixed"]
    assert w.scan.text() == ""
    assert "F4" in w.message.text()  # ready: settle first
    model = view.lines_model
    groups = [model.index(r, 0).data(GROUP_ROLE) for r in range(model.rowCount())]
    assert groups == ["customer", "warranty", "goodwill", "insurance"]
    subtotals = [model.index(r, 0).data(SUBTOTAL_ROLE) for r in range(model.rowCount())]
    assert subtotals == [Decimal("611.00"), Decimal("68.00"), Decimal("120.00"), Decimal("850.00")]
    totals = {key: label.text() for key, label in view.totals.items()}
    assert totals == {
        "gross": "¥1,676.00",
        "discount": "¥27.00",
        "free": "¥1,038.00",
        "customer": "¥611.00",
        "rounding": "¥0.00",
        "due": "¥611.00",
        "paid": "¥0.00",
        "balance": "¥611.00",
    }
    assert view.settle.isEnabled() and not view.pay_cash.isEnabled()


def test_scan_by_last_digits_and_unknown(qtbot, ctx, cashier, orders, adapter):
    w = open_cashier(qtbot, cashier, adapter)
    tail = number(ctx, orders["ready"]).rsplit("-", 1)[1].lstrip("0")
    scan(qtbot, w, tail)
    assert w.view.detail is not None and w.view.detail.id == orders["ready"]
    scan(qtbot, w, "WO-19990101-0001")
    assert "No order WO-19990101-0001" in w.message.text()
    assert w.scan.selectedText() == "WO-19990101-0001"  # the next scan replaces it
    assert w.view.detail.id == orders["ready"]
    statement = queries.get_order(ctx, orders["settled"]).settlement
    scan(qtbot, w, statement.number)  # the number on the customer's statement works too
    assert w.view.detail.id == orders["settled"]
    scan(qtbot, w, number(ctx, orders["in_progress"]))
    assert "not ready for pickup" in w.message.text()
    assert not w.view.pay_cash.isEnabled() and not w.view.settle.isEnabled()


def test_pickup_in_three_keys(qtbot, ctx, cashier, orders, adapter):
    """A scanner user: scan + Enter, F5 (cash in full), F9 (release)."""
    w = open_cashier(qtbot, cashier, adapter, show=True)
    assert w.scan.hasFocus()  # the desk opens ready for the scanner
    qtbot.keyClicks(w.scan, number(ctx, orders["settled"]))
    qtbot.keyClick(w.scan, Qt.Key.Key_Return)  # 1
    settle_tasks(qtbot)
    assert w.view.detail.id == orders["settled"]
    qtbot.keyClick(w.scan, Qt.Key.Key_F5)  # 2
    settle_tasks(qtbot)
    d = queries.get_order(ctx, orders["settled"])
    assert d.balance == Decimal("0.00")
    assert [(p.method, p.amount) for p in d.payments] == [(PaymentMethod.CASH, Decimal("270.00"))]
    qtbot.keyClick(w.scan, Qt.Key.Key_F9)  # 3
    settle_tasks(qtbot)
    d = queries.get_order(ctx, orders["settled"])
    assert d.order.state is OrderState.RELEASED
    assert d.release is not None and d.release.number in w.message.text()
    assert w.scan.hasFocus()  # ready for the next customer
    settle_tasks(qtbot)


def test_pickup_of_an_unsettled_order_in_four_keys(qtbot, ctx, cashier, orders, adapter):
    w = open_cashier(qtbot, cashier, adapter, show=True)
    qtbot.keyClicks(w.scan, number(ctx, orders["mixed"]))
    qtbot.keyClick(w.scan, Qt.Key.Key_Return)
    settle_tasks(qtbot)
    for key in (Qt.Key.Key_F4, Qt.Key.Key_F5, Qt.Key.Key_F9):
        qtbot.keyClick(w.scan, key)
        settle_tasks(qtbot)
    d = queries.get_order(ctx, orders["mixed"])
    assert d.order.state is OrderState.RELEASED
    assert d.settlement is not None and d.paid == Decimal("611.00")
    settle_tasks(qtbot)


def test_split_payment_with_cash_change(qtbot, ctx, cashier, orders, adapter):
    w = open_cashier(qtbot, cashier, adapter)
    w.open_order(orders["settled"])
    settle_tasks(qtbot)
    w.view.pay.click()
    settle_tasks(qtbot)
    dialog = w.findChild(PaymentDialog)
    assert dialog is not None
    assert dialog.rows[0].amount.text() == "270.00"  # defaults to the balance, in cash
    assert dialog.summary.text() == "Paid in full"
    dialog.add.click()
    settle_tasks(qtbot)
    assert dialog.rows[1].amount.text() == "0.00"
    dialog.rows[1].method.setCurrentIndex(dialog.rows[1].method.findData("bank_card"))
    dialog.rows[1].amount.setText("100")
    assert dialog.summary.text() == "Change due: ¥100.00"  # live
    dialog.rows[0].amount.setText("200")
    assert dialog.summary.text() == "Change due: ¥30.00"
    dialog.rows[1].reference.setText("POS 889123")
    dialog.ok.click()
    settle_tasks(qtbot)
    assert closed(dialog)
    d = queries.get_order(ctx, orders["settled"])
    assert d.balance == Decimal("0.00")
    got = [(p.method, p.amount, p.tendered, p.change, p.reference) for p in d.payments]
    assert got == [
        (PaymentMethod.BANK_CARD, Decimal("100.00"), None, Decimal("0.00"), "POS 889123"),
        (PaymentMethod.CASH, Decimal("170.00"), Decimal("200.00"), Decimal("30.00"), None),
    ]
    assert w.message.text().startswith("Change due: ¥30.00.")


def test_payment_dialog_refuses_bad_amounts_in_place(qtbot, ctx, cashier, orders, adapter):
    w = open_cashier(qtbot, cashier, adapter)
    w.open_order(orders["settled"])
    settle_tasks(qtbot)
    w.view.pay.click()
    settle_tasks(qtbot)
    dialog = w.findChild(PaymentDialog)
    dialog.rows[0].method.setCurrentIndex(dialog.rows[0].method.findData("wechat"))
    dialog.rows[0].amount.setText("300")  # more than the balance, not cash
    dialog.ok.click()
    settle_tasks(qtbot)
    assert dialog.isVisible()
    assert dialog.rows[0].error.text() == "That is more than the balance."
    dialog.rows[0].amount.setText("abc")
    dialog.ok.click()
    settle_tasks(qtbot)
    assert dialog.rows[0].error.text() == "This is not an amount."
    assert queries.get_order(ctx, orders["settled"]).payments == []
    dialog.reject()


def test_release_with_a_balance_needs_a_managers_approval(qtbot, ctx, cashier, orders, adapter):
    w = open_cashier(qtbot, cashier, adapter)
    w.open_order(orders["settled"])
    settle_tasks(qtbot)
    w.view.release.click()
    settle_tasks(qtbot)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ApprovalDialog))
    dialog = QApplication.activeModalWidget()
    wo = number(ctx, orders["settled"])
    assert dialog.what.text() == f"Release {wo} with ¥270.00 owing (on account)"
    assert dialog.who_may.text() == "May approve: Service manager"
    dialog.reject()
    assert w.message.text() == "Not released: the balance is still owing."
    assert queries.get_order(ctx, orders["settled"]).order.state is OrderState.SETTLED
    desk.pay(cashier, orders["settled"], [PaymentInput(PaymentMethod.WECHAT, "270.00")])
    qtbot.waitUntil(lambda: w.view.detail.balance == Decimal("0.00"))
    w.view.release.click()
    settle_tasks(qtbot)
    assert queries.get_order(ctx, orders["settled"]).order.state is OrderState.RELEASED


def test_manager_releases_on_account_at_the_cashiers_desk(
    qtbot, ctx, cashier, orders, adapter, owner
):
    w = open_cashier(qtbot, cashier, adapter)
    w.open_order(orders["settled"])
    settle_tasks(qtbot)
    w.view.release.click()
    settle_tasks(qtbot)
    dialog = approve_here(qtbot)
    settle_tasks(qtbot)
    assert dialog.grant is not None and dialog.grant.permission == "release_on_account"
    d = queries.get_order(ctx, orders["settled"])
    assert d.order.state is OrderState.RELEASED and d.balance == Decimal("270.00")
    assert w.message.text().startswith("Released: gate pass")


def test_refund_needs_a_reason_and_a_managers_approval(qtbot, ctx, cashier, orders, adapter, owner):
    desk.pay(cashier, orders["settled"], [PaymentInput(PaymentMethod.CASH, "270.00")])
    w = open_cashier(qtbot, cashier, adapter)
    w.open_order(orders["settled"])
    settle_tasks(qtbot)
    w.view.refund.click()
    settle_tasks(qtbot)
    dialog = w.findChild(ReasonDialog)
    assert dialog is not None and dialog.amount.text() == "270.00"
    dialog.amount.setText("50")
    dialog.ok_button.click()
    settle_tasks(qtbot)
    assert dialog.isVisible()
    assert dialog.errors.text_of("reason") == "This field is required."
    assert len(queries.get_order(ctx, orders["settled"]).payments) == 1
    dialog.reason.setText("洗车未做，退还洗车费")
    dialog.ok_button.click()
    settle_tasks(qtbot)
    # a cashier takes money; paying it back is the manager's to approve, right here
    assert dialog.message.text() == "A manager's approval is needed to make a refund."
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ApprovalDialog))
    asking = QApplication.activeModalWidget()
    assert asking.what.text() == f"Refund ¥50.00 on {number(ctx, orders['settled'])}"
    approve_here(qtbot, pin="0000", refused=True)  # a wrong PIN: refused, the dialog stays
    settle_tasks(qtbot)
    assert asking.isVisible() and asking.message.text() == (
        "Wrong login or PIN, or a staff card not valid here."
    )
    assert len(queries.get_order(ctx, orders["settled"]).payments) == 1
    approve_here(qtbot)
    settle_tasks(qtbot)
    qtbot.waitUntil(lambda: closed(dialog))
    d = queries.get_order(ctx, orders["settled"])
    refund = d.payments[-1]
    assert refund.kind is PaymentKind.REFUND and refund.amount == Decimal("50.00")
    assert refund.reason == "洗车未做，退还洗车费"
    assert d.balance == Decimal("50.00")


def test_void_needs_a_reason_and_a_managers_approval(qtbot, ctx, cashier, orders, adapter, owner):
    w = open_cashier(qtbot, cashier, adapter)
    w.open_order(orders["settled"])
    settle_tasks(qtbot)
    w.view.void.click()
    settle_tasks(qtbot)
    dialog = w.findChild(ReasonDialog)
    assert dialog is not None and dialog.amount.isHidden()
    dialog.ok_button.click()
    settle_tasks(qtbot)
    assert dialog.isVisible() and dialog.errors.text_of("reason")
    assert queries.get_order(ctx, orders["settled"]).order.state is OrderState.SETTLED
    dialog.reason.setText("结算单打印有误")
    dialog.ok_button.click()
    settle_tasks(qtbot)
    approve_here(qtbot)
    settle_tasks(qtbot)
    qtbot.waitUntil(lambda: closed(dialog))
    d = queries.get_order(ctx, orders["settled"])
    assert d.order.state is OrderState.READY and d.settlement is None
    assert w.view.settle.isEnabled()


def test_a_receptionists_refund_is_refused_with_the_reason(qtbot, ctx, cashier, orders, adapter):
    """An advisor at the cashier desk: settling, taking money and refunds are greyed out
    with the missing right; pressing F7 anyway is refused by the service, in words."""
    desk.pay(cashier, orders["settled"], [PaymentInput(PaymentMethod.CASH, "270.00")])
    w = open_cashier(qtbot, ctx, adapter)
    w.apply_rights(Who("Li Na", role=Role.ADVISOR, roles=frozenset({Role.ADVISOR})))
    w.open_order(orders["settled"])
    settle_tasks(qtbot)
    view = w.view
    assert not view.refund.isEnabled()
    assert view.refund.toolTip() == (
        "You may not make a refund: your roles (Service advisor) do not include it."
    )
    assert not view.release.isEnabled() and not view.pay_cash.isEnabled()
    assert "release a vehicle or device" in view.release.toolTip()
    w.actions.refund()
    dialog = w.findChild(ReasonDialog)
    dialog.reason.setText("客户要求")
    dialog.ok_button.click()
    settle_tasks(qtbot)
    assert dialog.message.text() == (
        "You may not make a refund: your roles (Service advisor) do not include it."
    )
    assert QApplication.activeModalWidget() is not None
    assert not isinstance(QApplication.activeModalWidget(), ApprovalDialog)
    assert len(queries.get_order(ctx, orders["settled"]).payments) == 1
    dialog.reject()


def test_a_cashier_sees_what_needs_approval(qtbot, ctx, cashier, orders, adapter):
    desk.pay(cashier, orders["settled"], [PaymentInput(PaymentMethod.CASH, "100.00")])
    w = open_cashier(qtbot, cashier, adapter)
    w.apply_rights(Who("Zhao Min", role=Role.CASHIER, roles=frozenset({Role.CASHIER})))
    w.open_order(orders["settled"])
    settle_tasks(qtbot)
    assert w.view.refund.isEnabled() and w.view.pay_cash.isEnabled()
    assert "Needs a manager's approval to make a refund." in w.view.refund.toolTip()


def test_conflict_says_who_paid_meanwhile(qtbot, ctx, cashier, orders, adapter):
    w = open_cashier(qtbot, cashier, adapter)
    w.open_order(orders["settled"])
    settle_tasks(qtbot)
    other = sign_in(ctx.db, "Cashier 2", "Qian Li", Role.CASHIER)
    desk.pay(other, orders["settled"], [PaymentInput(PaymentMethod.ALIPAY, "100.00")])
    w.view.pay_cash.click()  # still the old version on screen
    settle_tasks(qtbot)
    assert "Qian Li at Cashier 2" in w.message.text()
    assert "took a payment" in w.message.text()
    qtbot.waitUntil(lambda: w.view.detail.balance == Decimal("170.00"))
    assert len(queries.get_order(ctx, orders["settled"]).payments) == 1


@pytest.mark.skipif(token_verifier() is None, reason="app.printing.token is not installed")
def test_pickup_codes_verified_and_forgeries_refused(qtbot, ctx, cashier, orders, adapter):
    from app.printing.token import make_token
    from app.services.settings import installation_secret

    with ctx.db.read() as session:
        secret = installation_secret(session)
    token = make_token(number(ctx, orders["settled"]), secret)
    w = open_cashier(qtbot, cashier, adapter)
    scan(qtbot, w, token)
    assert w.view.detail is not None and w.view.detail.id == orders["settled"]

    # the same number, another order's signature; then a code signed with a foreign secret
    other = make_token(number(ctx, orders["mixed"]), secret)
    forged = token.rsplit(":", 1)[0] + ":" + other.rsplit(":", 1)[1]
    w.view.show_detail(None)
    scan(qtbot, w, forged)
    assert w.view.detail is None
    assert "altered or forged" in w.message.text()
    scan(qtbot, w, make_token(number(ctx, orders["settled"]), b"not this shop"))
    assert w.view.detail is None and "altered or forged" in w.message.text()
    scan(qtbot, w, "WB1:nonsense")
    assert w.view.detail is None and w.message.text()


def test_screen_lays_out_every_action(qtbot, ctx, cashier, orders, adapter):
    """Every action button shows its whole text and key; a screenshot for a look."""
    w = open_cashier(qtbot, cashier, adapter, show=True)
    w.open_order(orders["mixed"])
    settle_tasks(qtbot)
    for button in w.view.action_buttons() + [w.view.print_release, w.view.print_statement]:
        assert button.width() >= button.sizeHint().width(), button.text()
        assert "[F" in button.text() or "[Ctrl" in button.text()
    save_shot(w, "cashier")


def test_desk_opens_with_focus_in_the_scan_field(qtbot, ctx, cashier, orders, adapter):
    w = open_cashier(qtbot, cashier, adapter, show=True)
    w.open_order(orders["mixed"])
    settle_tasks(qtbot)
    w.view.lines.setFocus()
    qtbot.keyClick(w.view.lines, Qt.Key.Key_Escape)  # Esc: back to the scanner
    assert w.scan.hasFocus()
    assert w.title() == "Cashier"


def test_before_settling_f2_changes_who_pays_a_line(qtbot, ctx, cashier, owner, orders, adapter):
    from app.domain.enums import Payer
    from ui.common.line_payer_dialog import LinePayerDialog

    w = open_cashier(qtbot, cashier, adapter, show=True)
    scan(qtbot, w, number(ctx, orders["mixed"]))
    assert w.view.adjust.isEnabled() and "F2" in w.view.adjust.text()
    qtbot.keyClick(w.scan, Qt.Key.Key_F2)
    settle_tasks(qtbot)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), LinePayerDialog))
    dialog = QApplication.activeModalWidget()
    # the engine oil (customer pays) goes under goodwill with no discount
    dialog.choice.setCurrentIndex(
        dialog.choice.findText("机油 5W-30 4L", Qt.MatchFlag.MatchStartsWith)
    )
    assert dialog.line.description == "机油 5W-30 4L" and dialog.payer.currentData() == "customer"
    dialog.payer.setCurrentIndex(dialog.payer.findData(Payer.GOODWILL.value))
    with qtbot.waitSignal(dialog.saved):
        dialog.buttons.accepted.emit()
        approve_here(qtbot)  # goodwill gives the line away: the manager approves it here
        settle_tasks(qtbot)
    qtbot.waitUntil(lambda: w.view.totals["due"].text() == "¥243.00")  # 611 - 368
    oil = next(
        l
        for l in queries.get_order(ctx, orders["mixed"]).lines
        if l.code is None and l.description.startswith("机油")
    )
    assert oil.payer is Payer.GOODWILL

    # once the statement is issued the lines are frozen: the desk says how to go back
    # (the offscreen platform does not hand activation back after a dialog by itself)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    qtbot.keyClick(w.scan, Qt.Key.Key_F4)
    settle_tasks(qtbot)
    assert queries.get_order(ctx, orders["mixed"]).order.state is OrderState.SETTLED
    assert not w.view.adjust.isEnabled()
    qtbot.keyClick(w.scan, Qt.Key.Key_F2)
    settle_tasks(qtbot)
    assert "void it (F8)" in w.message.text()
