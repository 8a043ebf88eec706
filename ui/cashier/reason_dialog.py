"""Refunds and voiding a settlement: both need a reason (and a refund an amount).

The dialog calls ``submit(amount, reason, approval, done, failed)``, which sends off the GUI
thread and answers with ``done()`` or ``failed(refusal)``; an empty reason is refused by the
service and shown next to the field, the dialog stays open, and nothing is recorded. When
the service answers that a manager must approve, ``ask(refusal, resend)`` opens the approval
on top of this dialog and ``resend(grant)`` sends the same amount and reason again.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.approvals import ApprovalGrant
from ui.auth.approval_dialog import Ask, needs_approval
from ui.cashier.messages import describe
from ui.common.errors import access_text
from ui.common.field_errors import FieldErrors, MessageLabel


class ReasonDialog(QDialog):
    """A reason (required) and, for a refund, the amount (defaults to what is refundable)."""

    def __init__(
        self,
        title: str,
        explanation: str,
        ok_text: str,
        submit: Callable[
            [str, str, ApprovalGrant | None, Callable[[], None], Callable[[Exception], None]],
            None,
        ],
        *,
        amount: Decimal | None = None,
        ask: Ask | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self._ask = ask
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(explanation)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.errors = FieldErrors(self)
        self.amount = QLineEdit()
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        if amount is not None:
            self.amount.setText(f"{amount:.2f}")
            form.addRow(self.tr("Amount:"), self.errors.wrap("amount", self.amount))
        else:
            self.amount.hide()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why? (required)"))
        form.addRow(self.tr("Reason:"), self.errors.wrap("reason", self.reason))
        layout.addLayout(form)
        self.message = MessageLabel()
        layout.addWidget(self.message)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        box.accepted.connect(self._on_ok)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.reason.setFocus()

    def _on_ok(self) -> None:
        self.submit_with(None)

    def submit_with(self, approval: ApprovalGrant | None) -> None:
        """Submit what is typed (with a manager's ``approval`` once given)."""
        self.message.say("")
        self._submit(
            self.amount.text(),
            self.reason.text(),
            approval,
            self.accept,
            lambda exc: self._refused(exc, approval),
        )

    def _refused(self, exc: Exception, approval: ApprovalGrant | None) -> None:
        """Shown in the dialog; nothing was recorded (or a manager's approval is asked)."""
        denied = needs_approval(exc)
        if denied is not None and approval is None and self._ask is not None:
            self.message.say(access_text(denied))
            self._ask(denied, self.submit_with)
            return
        self.errors.show_refusal(exc, self.message, describe)
