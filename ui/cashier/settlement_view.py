"""One order at the cashier, laid out: who and what, the statement grouped by who pays with
subtotals, the totals, payments made, and the cashier's actions with their keys.

A view only: :class:`ui.cashier.workspace.CashierWorkspace` fills it and reacts to the
buttons. Keys are F-keys so they work while the focus stays in the scan field.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import AssetKind, OrderState
from app.domain.permissions import Permission
from app.domain.workflow import LINES_EDITABLE
from app.services.views import OrderDetail
from ui.auth.rights import Gate
from ui.cashier import labels
from ui.common.keys import show_key
from ui.common.typed_numbers import WholeNumberValidator
from ui.common.widgets import fit_columns
from ui.models.cashier_payments import COLUMNS as PAYMENT_COLUMNS
from ui.models.cashier_payments import PaymentsModel
from ui.models.cashier_settlement import SettlementModel

TOTAL_KEYS = ("gross", "discount", "free", "customer", "rounding", "due", "paid", "balance")


def _bold(label: QLabel, scale: float = 1.0) -> QLabel:
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


class SettlementView(QWidget):
    """Statement, totals, payments and the buttons Settle / Pay / Refund / Void / Release."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: OrderDetail | None = None

        self.title = _bold(QLabel(self.tr("Scan a pickup code")), 1.4)
        self.status = QLabel()
        self.who = QLabel()
        self.who.setWordWrap(True)
        self.statement = QLabel()

        self.lines_model = SettlementModel(labels, self)
        self.lines = QTreeView()
        self.lines.setModel(self.lines_model)
        self.lines.setRootIsDecorated(False)
        self.lines.setItemsExpandable(False)
        self.lines.setUniformRowHeights(True)
        self.lines.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        fit_columns(self.lines, [0])  # item names whole, elided only when really narrow

        self.totals: dict[str, QLabel] = {}
        names = {
            "gross": self.tr("Gross:"),
            "discount": self.tr("Discount:"),
            "free": self.tr("Paid by others:"),
            "customer": self.tr("Customer's total:"),
            "rounding": self.tr("Rounding:"),
            "due": self.tr("Customer pays:"),
            "paid": self.tr("Paid:"),
            "balance": self.tr("Balance:"),
        }
        totals = QFormLayout()
        totals.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        for key in TOTAL_KEYS:
            value = QLabel()
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.totals[key] = value
            name = QLabel(names[key])
            if key == "free":
                name.setToolTip(self.tr("Warranty, goodwill, insurance and internal lines"))
            if key in ("due", "balance"):
                _bold(value, 1.3)
                _bold(name, 1.1)
            totals.addRow(name, value)

        self.payments_model = PaymentsModel(labels, self)
        self.payments = QTableView()
        self.payments.setModel(self.payments_model)
        self.payments.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.payments.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.payments.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.payments.setTabKeyNavigation(False)  # Tab leaves the table (arrows move in it)
        self.payments.verticalHeader().hide()
        # the reason gives way; who took it leaves first when the statement is narrow
        fit_columns(self.payments, [PAYMENT_COLUMNS.index("note")], [PAYMENT_COLUMNS.index("user")])
        self.payments.setWordWrap(False)
        self.payments.setMinimumHeight(90)

        self.settle = QPushButton()
        show_key(self.settle, self.tr("Settle"), "F4", self.tr("Issue the settlement statement"))
        self.pay_cash = QPushButton()
        show_key(
            self.pay_cash,
            self.tr("Cash in full"),
            "F5",
            self.tr("The customer pays the whole balance in cash"),
        )
        self.pay = QPushButton()
        show_key(
            self.pay,
            self.tr("Payment…"),
            "F6",
            self.tr("Cash with change, card, WeChat Pay, Alipay, stored value, split"),
        )
        self.refund = QPushButton()
        show_key(self.refund, self.tr("Refund…"), "F7", self.tr("Pay back the chosen payment"))
        self.void = QPushButton()
        show_key(self.void, self.tr("Void statement…"), "F8", self.tr("Take the statement back"))
        self.release = QPushButton()
        show_key(self.release, self.tr("Release"), "F9", self.tr("Paid: issue the gate pass"))
        self.adjust = QPushButton()
        show_key(
            self.adjust,
            self.tr("Payer / discount…"),
            "F2",
            self.tr("Before settling: who pays a line (warranty, goodwill, ...) and its discount"),
        )
        self.print_release = QPushButton()
        show_key(self.print_release, self.tr("Print release slip"), "Ctrl+P")
        self.print_statement = QPushButton()
        show_key(self.print_statement, self.tr("Print statement"), "Ctrl+Shift+P")

        actions = QGridLayout()
        for i, button in enumerate(
            (self.settle, self.pay_cash, self.pay, self.release, self.refund, self.void)
        ):
            actions.addWidget(button, i // 3, i % 3)
        #: 出厂里程 of a vehicle, recorded with the release when the QC did not
        self.mileage_out = QLineEdit()
        self.mileage_out.setObjectName("mileageOut")
        self.mileage_out.setValidator(WholeNumberValidator(0, 9_999_999, self.mileage_out))
        self.mileage_out.setPlaceholderText(self.tr("Mileage out (km)"))
        self.mileage_out.setAccessibleName(self.tr("Mileage out (km)"))
        self.mileage_out.setMaximumWidth(150)
        printing = QHBoxLayout()
        printing.addWidget(self.adjust)
        printing.addWidget(self.mileage_out)
        printing.addStretch(1)
        printing.addWidget(self.print_release)
        printing.addWidget(self.print_statement)
        printing.addStretch(1)

        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.status)
        head.addStretch(1)
        head.addWidget(self.statement)
        layout.addLayout(head)
        layout.addWidget(self.who)
        middle = QHBoxLayout()
        middle.addWidget(self.lines, 1)
        middle.addLayout(totals)
        layout.addLayout(middle, 3)
        layout.addWidget(QLabel(self.tr("Payments and refunds")))
        layout.addWidget(self.payments, 1)
        layout.addLayout(actions)
        layout.addLayout(printing)
        #: what the signed-in user may do (set by the desk); buttons beyond it stay grey
        self.gate = Gate()
        for button, permission in (
            (self.settle, Permission.SETTLE),
            (self.pay_cash, Permission.PAY),
            (self.pay, Permission.PAY),
            (self.refund, Permission.REFUND),
            (self.void, Permission.VOID_SETTLEMENT),
            (self.release, Permission.RELEASE),
            (self.adjust, Permission.DISCOUNT),
        ):
            self.gate.need(button, permission)
        self.show_detail(None)

    def action_buttons(self) -> list[QPushButton]:
        return [
            self.settle, self.pay_cash, self.pay, self.refund, self.void, self.release,
            self.adjust,
        ]  # fmt: skip

    def show_detail(self, detail: OrderDetail | None) -> None:
        self.detail = detail
        if detail is None:
            self.title.setText(self.tr("Scan a pickup code"))
            for label in (self.status, self.who, self.statement, *self.totals.values()):
                label.clear()
            self.lines_model.set_lines([], {})
            self.payments_model.set_payments([])
            for button in self.action_buttons():
                button.setEnabled(False)
            self.mileage_out.clear()
            self.mileage_out.setEnabled(False)
            self.gate.apply()
            return
        order, settlement, totals = detail.order, detail.settlement, detail.totals
        self.title.setText(order.number)
        self.status.setText(labels.state(order.state))
        phone = detail.customer.primary_phone or ""
        self.who.setText(f"{detail.customer.name}  {phone}  ·  {detail.asset.label}")
        if settlement is not None:
            self.statement.setText(self.tr("Statement %1").replace("%1", settlement.number))
        elif order.state is OrderState.READY:
            self.statement.setText(self.tr("Not settled yet: preview"))
        else:
            self.statement.clear()
        self.lines_model.set_lines(detail.lines, totals.by_payer)
        self.lines.expandAll()
        self.payments_model.set_payments(detail.payments)
        values = {
            "gross": totals.gross,
            "discount": totals.discount,
            "free": totals.free_total,
            "customer": settlement.customer_total if settlement else totals.customer_total,
            "rounding": settlement.rounding if settlement else totals.rounding,
            "due": settlement.customer_due if settlement else totals.customer_due,
            "paid": detail.paid,
            "balance": detail.balance,
        }
        for key, value in values.items():
            self.totals[key].setText(labels.money(value))
        state = order.state
        settled = state is OrderState.SETTLED
        self.settle.setEnabled(state is OrderState.READY)
        self.adjust.setEnabled(state in LINES_EDITABLE)
        self.pay_cash.setEnabled(settled and detail.balance > 0)
        self.pay.setEnabled(settled and detail.balance > 0)
        self.release.setEnabled(settled)
        vehicle = detail.asset.kind is AssetKind.VEHICLE
        self.mileage_out.setVisible(vehicle)
        self.mileage_out.setEnabled(settled and vehicle)
        self.mileage_out.setText("" if order.mileage_out is None else str(order.mileage_out))
        self.void.setEnabled(settled)
        self.refund.setEnabled(
            state in (OrderState.SETTLED, OrderState.RELEASED) and bool(detail.payments)
        )
        self.gate.apply()
