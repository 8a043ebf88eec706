"""The cashier's actions on the order shown: who pays a line and its discount (before the
statement), settle, take money (cash in full, or split with change), refund and void with a
reason, release, print. Each collects the input and sends one action with the version the
cashier saw through the desk's command path (:mod:`ui.common.commands`: off the GUI thread,
one at a time — a second F5 or Enter while a payment is on its way pays nothing — and kept
on this station during an outage), then shows the result, that it is kept, or why it was
refused. A kept payment or refund is said as such: the amounts shown stay the server's."""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from uuid import uuid4

from PySide6.QtCore import QObject

from app.domain.enums import OrderState, PaymentKind, PaymentMethod
from app.domain.errors import ConflictError
from app.domain.models import Payment
from app.domain.text import parse_int
from app.domain.workflow import LINES_EDITABLE
from app.services.approvals import ApprovalGrant
from app.services.inputs import PaymentInput
from app.services.outbox import OutboxEntry
from app.services.views import OrderDetail
from ui.auth.approval_dialog import ask_approval, needs_approval, order_subject
from ui.cashier import labels
from ui.cashier.messages import describe
from ui.cashier.payment_dialog import PaymentDialog, parse_amount
from ui.cashier.reason_dialog import ReasonDialog
from ui.common.commands import Commands, still_busy
from ui.common.line_payer_dialog import LinePayerDialog
from ui.models.cashier_payments import PAYMENT_ID_ROLE, refundable

if TYPE_CHECKING:
    from ui.cashier.workspace import CashierWorkspace

PRINTING_MODULE = "ui.printing"

Done = Callable[[], None]
Failed = Callable[[Exception], None]


def printing_available() -> bool:
    return importlib.util.find_spec(PRINTING_MODULE) is not None


class PickupActions(QObject):
    """The cashier desk's controller for the shown order."""

    def __init__(self, desk: CashierWorkspace) -> None:
        super().__init__(desk)
        self.desk = desk
        self._printing = printing_available()
        self.commands = Commands(desk.ctx, getattr(desk, "live", None), self)
        self.commands.busy_changed.connect(self._on_busy)

    def _current(self) -> OrderDetail | None:
        if self.desk.view.detail is None:
            self.desk.say(self.tr("Scan a pickup code or choose an order first."))
        return self.desk.view.detail

    def _send(
        self,
        action: str,
        kwargs: dict[str, Any],
        then: Callable[[OrderDetail], None] | None = None,
        done: Done | None = None,
        failed: Failed | None = None,
    ) -> bool:
        """Send ``action`` about the shown order; show the result and ``then(result)`` (by
        default: what comes next), or that it is kept until the connection is back.
        ``done``/``failed`` are a dialog's (it closes, or shows the refusal); without them
        the desk says why. After a conflict the order is reloaded first, so the cashier
        sees what changed."""
        detail = self._current()
        if detail is None:
            return False
        order_id, number = detail.id, detail.order.number

        def applied(result: OrderDetail) -> None:
            shown = self.desk.view.detail
            if shown is None or shown.id == result.id:
                self.desk.show_order(result)
            if then is not None:
                then(result)
            else:
                self.desk.say(self.desk.next_step(result), error=False)
            if done is not None:
                done()

        def refused(exc: Exception) -> None:
            if isinstance(exc, ConflictError):
                self.desk.reload_order(order_id)
            if failed is not None:
                self.desk.say("")  # the dialog says why
                failed(exc)
            else:
                self.desk.say(describe(exc))

        def kept(_entry: OutboxEntry) -> None:
            self.desk.say(
                self.tr(
                    "No connection: this action on %1 is kept on this station and sent once "
                    "the connection is back. The amounts shown are the last saved ones: do "
                    "not take the money again."
                ).replace("%1", number),
                error=False,
            )
            if done is not None:
                done()

        sent = self.commands.run(action, kwargs, applied, refused, subject=number, on_kept=kept)
        if not sent:
            (failed or (lambda exc: self.desk.say(describe(exc))))(still_busy())
        return sent

    def _on_busy(self, busy: bool) -> None:
        if busy:
            self.desk.say(self.tr("Sending…"), error=False)

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
        detail = self._current()
        if detail is not None:
            self._send("settle", {"order_id": detail.id, "version": detail.version}, self._settled)

    def _settled(self, result: OrderDetail) -> None:
        """What comes next; and, before the customer leaves, the data elements the repair's
        electronic health record (JT/T 1132) lacks."""
        missing = result.health_missing
        if not missing:
            self.desk.say(self.desk.next_step(result), error=False)
            return
        names = "、".join(self.element_name(key) for key in missing)
        self.desk.say(
            self.tr(
                "Settled. The health record lacks: %1. Ask the customer before they leave."
            ).replace("%1", names),
            error=True,
        )

    def element_name(self, key: str) -> str:
        """A health-record data element by its key (``vin``, ``parts.2.code``...)."""
        names = {
            "company_name": self.tr("shop name"),
            "company_license": self.tr("repair license number"),
            "vin": self.tr("VIN"),
            "plate": self.tr("plate"),
            "repair_mileage": self.tr("mileage in"),
            "fault": self.tr("fault description"),
            "items": self.tr("repair items"),
        }
        if key in names:
            return names[key]
        head, _, rest = key.partition(".")
        number, _, field = rest.partition(".")
        if head == "parts" and field == "code":
            return self.tr("part code of part %1").replace("%1", number)
        if head == "items" and field == "hours":
            return self.tr("hours of item %1").replace("%1", number)
        return key

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
        if self.commands.busy:  # F5 again while the payment is on its way: nothing twice
            self.desk.say(describe(still_busy()))
            return
        d = self._payable()
        if d is None:
            return
        self._send(
            "pay",
            {
                "order_id": d.id,
                "parts": [PaymentInput(PaymentMethod.CASH, d.balance)],
                "version": d.version,
                "request_id": uuid4().hex,
            },
        )

    def pay(self) -> None:
        detail = self._payable()
        if detail is None:
            return
        request_id = uuid4().hex  # one payment, recorded once even if sent again

        def submit(parts: list[PaymentInput], done: Done, failed: Failed) -> None:
            d = self.desk.view.detail or detail
            self._send(
                "pay",
                {
                    "order_id": d.id,
                    "parts": parts,
                    "version": d.version,
                    "request_id": request_id,
                },
                lambda _result: self.desk.say(self._paid_text(), error=False),
                done,
                failed,
            )

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

        def submit(
            amount: str, reason: str, approval: ApprovalGrant | None, done: Done, failed: Failed
        ) -> None:
            d = self.desk.view.detail or detail
            self._send(
                "refund",
                {
                    "payment_id": payment.id,
                    "amount": amount,
                    "reason": reason,
                    "version": d.version,
                    "request_id": request_id,
                    "approval": approval,
                },
                lambda _result: self.desk.say(
                    self.tr("Refunded. Give the money back by the same method."), error=False
                ),
                done,
                failed,
            )

        def what() -> str:
            typed = parse_amount(dialog.amount.text())
            # not an amount: the service already said what is wrong with it
            amount = labels.money(left if typed is None else typed)
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

        def submit(
            _amount: str, reason: str, approval: ApprovalGrant | None, done: Done, failed: Failed
        ) -> None:
            d = self.desk.view.detail or detail
            self._send(
                "void_settlement",
                {"order_id": d.id, "reason": reason, "version": d.version, "approval": approval},
                lambda _result: self.desk.say(
                    self.tr("Statement voided; the order is ready to settle again."), error=False
                ),
                done,
                failed,
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
        a manager approves on the spot (the release is then sent again with the grant)."""
        self._release(None)

    def _release(self, approval: ApprovalGrant | None) -> None:
        detail = self._current()
        if detail is None:
            return

        def refused(exc: Exception) -> None:
            denied = needs_approval(exc)
            if denied is None or approval is not None:
                self.desk.say(describe(exc))
                return
            ask_approval(
                self.desk,
                self.desk.ctx,
                denied,
                order_subject(detail.id),
                self.tr("Release %1 with %2 owing (on account)")
                .replace("%1", detail.order.number)
                .replace("%2", labels.money(detail.balance)),
                self._release,
                lambda: self.desk.say(self.tr("Not released: the balance is still owing.")),
            )

        args: dict[str, Any] = {
            "order_id": detail.id,
            "version": detail.version,
            "approval": approval,
        }
        typed = parse_int(self.desk.view.mileage_out.text())
        if typed is not None and typed != detail.order.mileage_out:
            args["mileage_out"] = typed  # 出厂里程, when the quality check did not record it
        self._send("release", args, self._on_released, failed=refused)

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
