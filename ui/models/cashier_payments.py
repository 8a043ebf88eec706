"""Money taken and paid back on an order: receipt, method, amount, cash handed over and
change, reference or refund reason, who took it."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from app.domain.enums import PaymentKind, PaymentMethod
from app.domain.models import Payment
from ui.common.row_model import ALIGN_RIGHT, RowModel

PAYMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("receipt", "at", "kind", "method", "amount", "tendered", "change", "note", "user")
REFUND_FOREGROUND = QColor("#8a1c17")
MONEY_COLUMNS = frozenset({"amount", "tendered", "change"})


class PaymentLabels(Protocol):
    def header(self, key: str) -> str: ...
    def method(self, value: PaymentMethod) -> str: ...
    def payment_kind(self, value: PaymentKind) -> str: ...
    def money(self, value: Decimal | None) -> str: ...
    def local_time(self, value: Any) -> str: ...


def refundable(payment: Payment, payments: Sequence[Payment]) -> Decimal:
    """What is left to refund of ``payment`` after the refunds made against it."""
    refunded = sum(
        (p.amount for p in payments if p.refund_of_id == payment.id), start=Decimal("0.00")
    )
    return payment.amount - refunded


class PaymentsModel(RowModel[Payment, str]):
    """Payments and refunds of one order, oldest first; refunds in red with a minus sign."""

    def __init__(self, labels: PaymentLabels, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, parent)
        self._labels = labels

    def set_payments(self, payments: Sequence[Payment]) -> None:
        self.set_rows(payments)

    def payment(self, row: int) -> Payment:
        return self._rows[row]

    def header(self, key: str) -> str:
        return self._labels.header(key)

    def cell(self, payment: Payment, key: str, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(payment, key)
        if role == Qt.ItemDataRole.ForegroundRole and payment.kind is PaymentKind.REFUND:
            return QBrush(REFUND_FOREGROUND)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in MONEY_COLUMNS:
            return ALIGN_RIGHT
        if role == PAYMENT_ID_ROLE:
            return payment.id
        return None

    def _text(self, p: Payment, key: str) -> str:
        labels = self._labels
        if key == "receipt":
            return p.receipt_number or ""
        if key == "at":
            return labels.local_time(p.at)
        if key == "kind":
            return labels.payment_kind(p.kind)
        if key == "method":
            return labels.method(p.method)
        if key == "amount":
            text = labels.money(p.amount)
            return f"−{text}" if p.kind is PaymentKind.REFUND else text
        if key == "tendered":
            return labels.money(p.tendered) if p.tendered is not None else ""
        if key == "change":
            return labels.money(p.change) if p.change else ""
        if key == "note":
            return p.reason or p.reference or ""
        if key == "user":
            return p.user.name
        raise KeyError(key)
