"""The cashier's actions on the order shown: who pays a line and its discount (before the
statement), settle, take money (cash in full, or split with change), refund and void with a
reason, release, print. Each collects the input, calls one service with the version the
cashier saw, and shows the result or why it was refused."""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING
from uuid import uuid4

from PySide6.QtCore import QObject

from app.domain.enums import OrderState, PaymentKind, PaymentMethod
from app.domain.errors import ConflictError
from app.domain.models import Payment
from app.domain.workflow import LINES_EDITABLE
from app.services import cashier
from app.services.approvals import ApprovalGrant
from app.services.inputs import PaymentInput
from app.services.views import OrderDetail
from ui.auth.approval_dialog import ask_approval, order_subject, run_approved
from ui.cashier import labels
from ui.cashier.messages import describe
from ui.cashier.payment_dialog import PaymentDialog
from ui.cashier.reason_dialog import ReasonDialog
from ui.common.line_payer_dialog import LinePayerDialog
from ui.models.cashier_payments import PAYMENT_ID_ROLE, refundable

if TYPE_CHECKING:
    from ui.cashier.workspace import CashierWorkspace

PRINTING_MODULE = "ui.printing"


def printing_available() -> bool:
    return importlib.util.find_spec(PRINTING_MODULE) is not None


class PickupActions(QObject):
    """The cashier desk's controller for the shown order."""

    def __init__(self, desk: CashierWorkspace) -> None:
        super().__init__(desk)
        self.desk = desk
        self._printing = printing_available()

    def _current(self) -> OrderDetail | None:
        if self.desk.view.detail is None:
            self.desk.say(self.tr("Scan a pickup code or choose an order first."))
        return self.desk.view.detail

    def _apply(self, action: Callable[[OrderDetail], OrderDetail]) -> OrderDetail:
        """Run ``action`` on the shown order and show the result; errors propagate (after a
        conflict the order is reloaded first, so the cashier sees what changed)."""
        detail = self.desk.view.detail
        assert detail is not None
        try:
            result = action(detail)
        except ConflictError:
            self.desk.reload_order(detail.id)
            raise
        self.desk.show_order(result)
        return result

    def _act(self, action: Callable[[OrderDetail], OrderDetail]) -> OrderDetail | None:
        if self._current() is None:
            return None
        try:
            result = self._apply(action)
        except Exception as exc:  # refused: say why
            self.desk.say(describe(exc))
            return None
        self.desk.say(self.desk.next_step(result), error=False)
        return result

    # --- actions -------------------------------------------------------------------------

    def adjust_line(self) -> None:
        """F2 before settling: a line under warranty, goodwill, insurance ... or discounted."""
        detail = self._current()
        if detail is None:
            return
        if detail.order.state not in LINES_EDITABLE:
            self.desk.say(
                self.tr("The statement is issued: void it (F8) to change who pays a line.")
                if detail.order.state is OrderState.SETTLED
                else self.desk.next_step(detail)
            )
            return

        def saved(result: OrderDetail) -> None:
            self.desk.show_order(result)
            self.desk.say(self.desk.next_step(result), error=False)

        dialog = LinePayerDialog(self.desk.ctx, detail, parent=self.desk)
        dialog.saved.connect(saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _result: self.desk.focus_primary())
        dialog.open()

    def settle(self) -> None:
        self._act(lambda d: cashier.settle(self.desk.ctx, d.id, version=d.version))

    def _payable(self) -> OrderDetail | None:
        """The shown order if money can be taken on it; otherwise say what comes next."""
        detail = self._current()
        if detail is None:
            return None
        if detail.order.state is not OrderState.SETTLED or detail.balance <= 0:
            self.desk.say(self.desk.next_step(detail))
            return None
        return detail

    def pay_cash(self) -> None:
        """F5: the whole balance in cash (the customer hands over the exact amount)."""
        if self._payable() is None:
            return
        request_id = uuid4().hex
        self._act(
            lambda d: cashier.pay(
                self.desk.ctx,
                d.id,
                [PaymentInput(PaymentMethod.CASH, d.balance)],
                version=d.version,
                request_id=request_id,
            )
        )

    def pay(self) -> None:
        detail = self._payable()
        if detail is None:
            return
        request_id = uuid4().hex  # one payment, recorded once even if sent again

        def submit(parts: list[PaymentInput]) -> None:
            self._apply(
                lambda d: cashier.pay(
                    self.desk.ctx, d.id, parts, version=d.version, request_id=request_id
                )
            )
            self.desk.say(self._paid_text(), error=False)

        dialog = PaymentDialog(detail.order.number, detail.balance, submit, self.desk)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _result: self.desk.focus_primary())
        dialog.open()

    def _paid_text(self) -> str:
        """What happens next, led by the change to hand back (cash is recorded last)."""
        detail = self.desk.view.detail
        assert detail is not None
        text = self.desk.next_step(detail)
        payments = [p for p in detail.payments if p.kind is PaymentKind.PAYMENT]
        if payments and payments[-1].change:
            change = self.tr("Change due: %1.").replace("%1", labels.money(payments[-1].change))
            text = f"{change} {text}"
        return text

    def refund(self) -> None:
        detail = self._current()
        if detail is None:
            return
        payment = self._payment_to_refund(detail)
        if payment is None:
            return
        left = refundable(payment, detail.payments)
        request_id = uuid4().hex

        def submit(amount: str, reason: str, approval: ApprovalGrant | None) -> None:
            self._apply(
                lambda d: cashier.refund(
                    self.desk.ctx,
                    payment.id,
                    amount,
                    reason,
                    version=d.version,
                    request_id=request_id,
                    approval=approval,
                )
            )
            self.desk.say(self.tr("Refunded. Give the money back by the same method."), error=False)

        def what() -> str:
            try:
                amount = labels.money(Decimal(dialog.amount.text().strip()))
            except ArithmeticError:  # the service already said what is wrong with it
                amount = labels.money(left)
            return (
                self.tr("Refund %1 on %2").replace("%1", amount).replace("%2", detail.order.number)
            )

        dialog = ReasonDialog(
            self.tr("Refund on %1").replace("%1", detail.order.number),
            self.tr("Refund of receipt %1 (%2), at most %3.")
            .replace("%1", payment.receipt_number or "")
            .replace("%2", labels.method(payment.method))
            .replace("%3", labels.money(left)),
            self.tr("Refund"),
            submit,
            amount=left,
            ask=lambda denied, resend: ask_approval(
                dialog, self.desk.ctx, denied, order_subject(detail.id), what(), resend
            ),
            parent=self.desk,
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _payment_to_refund(self, detail: OrderDetail) -> Payment | None:
        """The payment chosen in the list, or the only one that can still be refunded."""
        index = self.desk.view.payments.currentIndex()
        if index.isValid():
            payment_id = index.siblingAtColumn(0).data(PAYMENT_ID_ROLE)
            chosen = next((p for p in detail.payments if p.id == payment_id), None)
            if chosen is not None and chosen.kind is PaymentKind.PAYMENT:
                return chosen
        open_ones = [
            p
            for p in detail.payments
            if p.kind is PaymentKind.PAYMENT and refundable(p, detail.payments) > 0
        ]
        if len(open_ones) == 1:
            return open_ones[0]
        self.desk.say(
            self.tr("Nothing to refund on this order.")
            if not open_ones
            else self.tr("Choose the payment to refund in the payments list.")
        )
        return None

    def void(self) -> None:
        detail = self._current()
        if detail is None:
            return

        def submit(_amount: str, reason: str, approval: ApprovalGrant | None) -> None:
            self._apply(
                lambda d: cashier.void_settlement(
                    self.desk.ctx, d.id, reason, version=d.version, approval=approval
                )
            )
            self.desk.say(
                self.tr("Statement voided; the order is ready to settle again."), error=False
            )

        number = detail.settlement.number if detail.settlement else detail.order.number
        dialog = ReasonDialog(
            self.tr("Void statement %1").replace("%1", number),
            self.tr(
                "The statement keeps its number and is marked void. Only possible while "
                "nothing is paid on it."
            ),
            self.tr("Void"),
            submit,
            ask=lambda denied, resend: ask_approval(
                dialog,
                self.desk.ctx,
                denied,
                order_subject(detail.id),
                self.tr("Void statement %1 of %2")
                .replace("%1", number)
                .replace("%2", labels.money(detail.settlement.customer_due))
                if detail.settlement
                else number,
                resend,
            ),
            parent=self.desk,
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def release(self) -> None:
        """F9: the gate pass. With a balance still owing the order leaves on account, which
        a manager approves on the spot."""
        detail = self._current()
        if detail is None:
            return
        ctx = self.desk.ctx
        run_approved(
            self.desk,
            ctx,
            lambda grant: self._apply(
                lambda d: cashier.release(ctx, d.id, version=d.version, approval=grant)
            ),
            subject=order_subject(detail.id),
            what=lambda: (
                self.tr("Release %1 with %2 owing (on account)")
                .replace("%1", detail.order.number)
                .replace("%2", labels.money(detail.balance))
            ),
            on_done=self._on_released,
            on_error=lambda exc: self.desk.say(describe(exc)),
            on_cancel=lambda: self.desk.say(self.tr("Not released: the balance is still owing.")),
        )

    def _on_released(self, result: OrderDetail) -> None:
        slip = result.release.number if result.release else ""
        text = self.tr("Released: gate pass %1.").replace("%1", slip)
        if self._printing:
            text += " " + self.tr(
                "Print the release slip (Ctrl+P) and the statement (Ctrl+Shift+P) for the envelope."
            )
        self.desk.say(text, error=False)
        self.desk.focus_primary()

    # --- printing ------------------------------------------------------------------------

    def enable_printing(self) -> None:
        detail = self.desk.view.detail
        state = detail.order.state if detail is not None else None
        for button, states in (
            (self.desk.view.print_release, (OrderState.RELEASED,)),
            (self.desk.view.print_statement, (OrderState.SETTLED, OrderState.RELEASED)),
        ):
            button.setEnabled(self._printing and state in states)
            if not self._printing:
                button.setToolTip(self.tr("Printing is not installed on this station."))

    def _print(self, kind: str) -> None:
        detail = self._current()
        if detail is None:
            return
        if not self._printing:
            self.desk.say(self.tr("Printing is not installed on this station."))
            return
        printing = importlib.import_module(PRINTING_MODULE)
        try:
            printing.preview_and_print(self.desk, self.desk.ctx, kind, detail.id)
        except Exception as exc:  # e.g. no statement before settlement: say why
            self.desk.say(describe(exc))

    def print_release(self) -> None:
        self._print("release-slip")

    def print_statement(self) -> None:
        self._print("settlement")
