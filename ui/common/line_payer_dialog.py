"""Who pays one line of an order (the customer, warranty, goodwill, insurance, internal) and
its discount, changed before the order is settled (``lines.set_line_payer_and_discount``).

Used by the reception's order panel (F2 on the chosen line) and the cashier desk (F2, the
line chosen in the dialog). The dialog collects the values and sends them with the order
version the user saw; a refused value is shown next to its field, any other refusal (the
order was settled or changed meanwhile) under the fields. A discount beyond the user's limit
asks for a manager's approval on the spot and, once given, is sent again as typed.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Approval, Payer
from app.domain.models import OrderLine
from app.domain.units import line_text
from app.services.approvals import ApprovalGrant
from app.services.context import ServiceContext
from app.services.views import OrderDetail
from ui.auth.approval_dialog import ask_approval, needs_approval, order_subject
from ui.common import format as fmt
from ui.common import labels, lang
from ui.common.cell_editing import normalise_number
from ui.common.commands import run_command
from ui.common.errors import access_text, error_text, field_text, validation_errors
from ui.common.field_errors import FieldErrors, with_error_label


class LinePayerDialog(QDialog):
    """Emits ``saved(OrderDetail)`` with the order as it is after the change. Without a
    ``line`` the user chooses one of the order's lines in the dialog."""

    saved = Signal(object)

    def __init__(
        self,
        ctx: ServiceContext,
        detail: OrderDetail,
        line: OrderLine | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail = detail
        self.busy = False
        self.approval: QDialog | None = None  # the manager's approval while it is asked
        self.lines = [line] if line is not None else _billable(detail)
        self.setWindowTitle(self.tr("Payer and discount"))
        self.choice = QComboBox()
        self.choice.setObjectName("line")
        for each in self.lines:
            self.choice.addItem(self._describe(each), each.id)
        self.choice.setEnabled(line is None)
        self.payer = QComboBox()
        self.payer.setObjectName("payer")
        for payer in Payer:
            self.payer.addItem(labels.name(payer), payer.value)
        self.discount = QLineEdit()
        self.discount.setObjectName("discount")
        self.errors = FieldErrors(self)
        form = QFormLayout()
        rows = [("line", self.tr("&Line:"), self.choice)]
        rows += [
            ("payer", self.tr("&Paid by:"), self.payer),
            ("discount_percent", self.tr("&Discount %:"), self.discount),
        ]
        for field, caption, widget in rows:
            box, error = with_error_label(widget)
            label = QLabel(caption)
            label.setBuddy(widget)
            form.addRow(label, box)
            self.errors.bind(field, widget, error)
        self.general_error = QLabel()
        self.general_error.setObjectName("formError")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Order %1").replace("%1", detail.order.number)))
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        self.choice.currentIndexChanged.connect(self._on_line)
        self._on_line()
        (self.choice if line is None and len(self.lines) > 1 else self.payer).setFocus()

    @property
    def line(self) -> OrderLine | None:
        index = self.choice.currentIndex()
        return self.lines[index] if 0 <= index < len(self.lines) else None

    def _describe(self, line: OrderLine) -> str:
        return (
            self.tr("%1: %2 × %3 (%4)")
            .replace("%1", line_text(line, lang.active()))
            .replace("%2", fmt.quantity(line.quantity))
            .replace("%3", fmt.money(line.unit_price))
            .replace("%4", labels.name(line.payer))
        )

    def _on_line(self) -> None:
        line = self.line
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(line is not None)
        if line is not None:
            self.payer.setCurrentIndex(self.payer.findData(line.payer.value))
            self.discount.setText(fmt.quantity(line.discount_percent))

    def _on_ok(self) -> None:
        self.submit_with(None)

    def submit_with(self, approval: ApprovalGrant | None) -> None:
        """Save the payer and discount typed (with a manager's ``approval`` once given)."""
        line = self.line
        if self.busy or line is None:
            return
        self.busy = True
        self.buttons.setEnabled(False)
        ctx, order_id, line_id = self.ctx, self.detail.id, line.id
        payer, discount, version = (
            self.payer.currentData(),
            normalise_number(self.discount.text()),  # "１０" from an input method: 10
            self.detail.version,
        )
        run_command(
            self,
            ctx,
            "set_line_payer",
            {
                "order_id": order_id,
                "line_id": line_id,
                "payer": payer,
                "discount_percent": discount,
                "version": version,
                "approval": approval,
            },
            self._on_saved,
            lambda exc: self._on_refused(exc, approval),
        )

    def _on_saved(self, detail: OrderDetail) -> None:
        self.busy = False
        self.saved.emit(detail)
        self.accept()

    def _on_refused(self, exc: Exception, approval: ApprovalGrant | None = None) -> None:
        self.busy = False
        self.buttons.setEnabled(True)
        denied = needs_approval(exc)
        if denied is not None and approval is None:
            self.errors.clear()
            self.general_error.setText(access_text(denied))
            self.general_error.setVisible(True)
            self.approval = ask_approval(
                self,
                self.ctx,
                denied,
                order_subject(self.detail.id),
                self._what(),
                self.submit_with,
            )
            return
        if validation_errors(exc):
            texts = [field_text(e) for e in self.errors.show(exc)]
        else:  # e.g. settled or changed at another desk meanwhile
            self.errors.clear()
            texts = [error_text(exc)]
        self.general_error.setText("\n".join(texts))
        self.general_error.setVisible(bool(texts))

    def _what(self) -> str:
        """ "Discount 25% on Brake pads (WO-…)" — what the manager approves."""
        line = self.line
        return (
            self.tr("Discount %1% on %2 (%3)")
            .replace("%1", self.discount.text().strip())
            .replace("%2", line_text(line, lang.active()) if line is not None else "")
            .replace("%3", self.detail.order.number)
        )


def _billable(detail: OrderDetail) -> list[OrderLine]:
    """The lines a statement bills: those the customer did not decline."""
    return [
        line
        for line in sorted(detail.lines, key=lambda l: l.position)
        if line.approval is not Approval.DECLINED
    ]
