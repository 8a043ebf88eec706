"""Take a payment, split across methods if the customer wants (cash, bank card, WeChat Pay,
Alipay, stored value, other).

The first row is cash for the whole balance; more rows split it (each new row proposes what
is still missing). For cash the amount is what was handed over: the change due is shown
live. The dialog calls ``submit(parts, done, failed)``, which sends off the GUI thread and
answers with ``done()`` or ``failed(refusal)``; while it is on its way the dialog takes no
second Ctrl+Enter, and a refused payment keeps it open with the reason next to the row
(nothing is recorded).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import money
from app.domain.enums import PaymentMethod
from app.domain.errors import RuleViolation
from app.services.inputs import PaymentInput
from ui.cashier import labels
from ui.cashier.messages import describe
from ui.common.errors import field_text, validation_errors
from ui.common.field_errors import ErrorLabel, MessageLabel, mark

ZERO = Decimal("0.00")


def parse_amount(text: str) -> Decimal | None:
    """The amount typed (full-width too), for the live summary only (the service validates
    it)."""
    value = money.parse_amount(text)
    return value if value is not None and value >= 0 else None


class PaymentRow:
    """One method and amount (and a reference: card slip, transaction number)."""

    def __init__(self, dialog: PaymentDialog, method: PaymentMethod, amount: Decimal) -> None:
        self.method = QComboBox()
        for m in PaymentMethod:
            self.method.addItem(labels.method(m), m.value)
        self.method.setCurrentIndex(self.method.findData(method.value))
        self.amount = QLineEdit(f"{amount:.2f}")
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(
            QCoreApplication.translate("PaymentDialog", "Reference (optional)")
        )
        self.remove = QPushButton(QCoreApplication.translate("PaymentDialog", "Remove"))
        self.remove.setAutoDefault(False)
        self.error = ErrorLabel()

    def widgets(self) -> list[QWidget]:
        return [self.method, self.amount, self.reference, self.remove, self.error]

    def value(self) -> PaymentInput:
        return PaymentInput(
            PaymentMethod(self.method.currentData()), self.amount.text(), self.reference.text()
        )


class PaymentDialog(QDialog):
    """Split rows, live "still missing / change due", Ctrl+Enter takes the payment."""

    def __init__(
        self,
        number: str,
        balance: Decimal,
        submit: Callable[
            [list[PaymentInput], Callable[[], None], Callable[[Exception], None]], None
        ],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self.busy = False  # a payment is on its way: a second Ctrl+Enter sends nothing
        self.balance = balance
        self.rows: list[PaymentRow] = []
        self.setWindowTitle(self.tr("Payment for %1").replace("%1", number))
        self.setMinimumWidth(640)

        due = QLabel(self.tr("Balance due: %1").replace("%1", labels.money(balance)))
        font = due.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        due.setFont(font)
        self.grid = QGridLayout()
        self.grid.addWidget(QLabel(self.tr("Method")), 0, 0)
        self.grid.addWidget(QLabel(self.tr("Amount")), 0, 1)
        self.grid.addWidget(QLabel(self.tr("Reference")), 0, 2)
        self.add = QPushButton(self.tr("Add a method  [Ctrl+N]"))
        self.add.setShortcut(QKeySequence("Ctrl+N"))
        self.add.setAutoDefault(False)
        self.add.clicked.connect(self._on_add)
        self.summary = QLabel()
        self.summary.setObjectName("paymentSummary")
        self.summary.setFont(font)
        self.message = MessageLabel()
        self.ok = QPushButton(self.tr("Take payment  [Ctrl+Enter]"))
        self.ok.setAutoDefault(False)
        self.ok.clicked.connect(self._on_ok)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self, self._on_ok)
        cancel = QPushButton(self.tr("Cancel  [Esc]"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(due)
        layout.addLayout(self.grid)
        layout.addWidget(self.add, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ok)
        buttons.addWidget(cancel)
        layout.addLayout(buttons)

        self.add_row(PaymentMethod.CASH, balance)
        self.rows[0].amount.selectAll()
        self.rows[0].amount.setFocus()

    # --- rows ----------------------------------------------------------------------------

    def add_row(self, method: PaymentMethod, amount: Decimal) -> PaymentRow:
        row = PaymentRow(self, method, amount)
        at = 1 + 2 * len(self.rows)
        self.grid.addWidget(row.method, at, 0)
        self.grid.addWidget(row.amount, at, 1)
        self.grid.addWidget(row.reference, at, 2)
        self.grid.addWidget(row.remove, at, 3)
        self.grid.addWidget(row.error, at + 1, 0, 1, 4)
        row.amount.textChanged.connect(self._update_summary)
        row.method.currentIndexChanged.connect(self._update_summary)
        row.remove.clicked.connect(lambda: self._remove(row))
        self.rows.append(row)
        self._update_summary()
        return row

    def _on_add(self) -> None:
        missing = max(self.balance - self._entered(), ZERO)
        row = self.add_row(PaymentMethod.WECHAT, missing)
        row.method.setFocus()

    def _remove(self, row: PaymentRow) -> None:
        if len(self.rows) == 1:
            return
        self.rows.remove(row)
        for widget in row.widgets():
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self._update_summary()

    # --- live summary --------------------------------------------------------------------

    def _entered(self) -> Decimal:
        return sum((parse_amount(r.amount.text()) or ZERO for r in self.rows), start=ZERO)

    def change_due(self) -> Decimal:
        """Cash handed over beyond what the other methods leave to pay (never negative)."""
        other = sum(
            (
                parse_amount(r.amount.text()) or ZERO
                for r in self.rows
                if r.method.currentData() != PaymentMethod.CASH.value
            ),
            start=ZERO,
        )
        cash = self._entered() - other
        return max(cash - max(self.balance - other, ZERO), ZERO)

    def _update_summary(self) -> None:
        entered = self._entered()
        change = self.change_due()
        if change > ZERO:
            text = self.tr("Change due: %1").replace("%1", labels.money(change))
        elif entered < self.balance:
            text = self.tr("Still missing: %1").replace("%1", labels.money(self.balance - entered))
        else:
            text = self.tr("Paid in full")
        self.summary.setText(text)

    # --- submit --------------------------------------------------------------------------

    def parts(self) -> list[PaymentInput]:
        return [r.value() for r in self.rows]

    def _clear_errors(self) -> None:
        self.message.say("")
        for row in self.rows:
            row.error.say("")
            mark(row.amount, False)

    def _show_row_error(self, field: str, text: str) -> bool:
        parts = field.split(".")
        if len(parts) >= 2 and parts[0] == "payments" and parts[1].isdigit():
            index = int(parts[1])
            if index < len(self.rows):
                row = self.rows[index]
                row.error.say(text)
                mark(row.amount, True)
                row.amount.setFocus()
                return True
        return False

    def _on_ok(self) -> None:
        if self.busy:
            return
        self._clear_errors()
        self.busy = True
        self.ok.setEnabled(False)
        self.ok.setText(self.tr("Sending…"))
        self._submit(self.parts(), self._on_sent, self._on_refused)

    def _on_sent(self) -> None:
        self.busy = False
        self.accept()

    def _on_refused(self, exc: Exception) -> None:
        """Shown in the dialog; nothing was recorded."""
        self.busy = False
        self.ok.setEnabled(True)
        self.ok.setText(self.tr("Take payment  [Ctrl+Enter]"))
        placed = False
        for err in validation_errors(exc):
            placed = self._show_row_error(err.field, field_text(err)) or placed
        if isinstance(exc, RuleViolation) and "field" in exc.params:
            placed = self._show_row_error(str(exc.params["field"]), describe(exc))
        if not placed:
            self.message.say(describe(exc))
