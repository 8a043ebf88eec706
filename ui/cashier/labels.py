"""The cashier's words: payment methods, column titles, statement groups, money.

Item models in ``ui/models`` hold no user-visible text; the cashier hands them this module.
Names shared by every desk (states, payers, line kinds) come from :mod:`ui.common.labels`.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.enums import Approval, LineKind, OrderState, Payer, PaymentKind, PaymentMethod
from ui.common import format as fmt
from ui.common import labels as common

_CTX = "CashierLabels"

_METHODS = {
    PaymentMethod.CASH: QT_TRANSLATE_NOOP("CashierLabels", "Cash"),
    PaymentMethod.BANK_CARD: QT_TRANSLATE_NOOP("CashierLabels", "Bank card"),
    PaymentMethod.WECHAT: QT_TRANSLATE_NOOP("CashierLabels", "WeChat Pay"),
    PaymentMethod.ALIPAY: QT_TRANSLATE_NOOP("CashierLabels", "Alipay"),
    PaymentMethod.STORED_VALUE: QT_TRANSLATE_NOOP("CashierLabels", "Stored value card"),
    PaymentMethod.OTHER: QT_TRANSLATE_NOOP("CashierLabels", "Other"),
}

_KINDS = {
    PaymentKind.PAYMENT: QT_TRANSLATE_NOOP("CashierLabels", "Payment"),
    PaymentKind.REFUND: QT_TRANSLATE_NOOP("CashierLabels", "Refund"),
}

_HEADERS = {
    # ready-for-pickup list
    "number": QT_TRANSLATE_NOOP("CashierLabels", "Order"),
    "state": QT_TRANSLATE_NOOP("CashierLabels", "Status"),
    "asset": QT_TRANSLATE_NOOP("CashierLabels", "Vehicle / device"),
    "customer": QT_TRANSLATE_NOOP("CashierLabels", "Customer"),
    "promised": QT_TRANSLATE_NOOP("CashierLabels", "Promised"),
    # statement lines
    "description": QT_TRANSLATE_NOOP("CashierLabels", "Item"),
    "quantity": QT_TRANSLATE_NOOP("CashierLabels", "Qty"),
    "unit_price": QT_TRANSLATE_NOOP("CashierLabels", "Unit price"),
    "discount": QT_TRANSLATE_NOOP("CashierLabels", "Discount"),
    "amount": QT_TRANSLATE_NOOP("CashierLabels", "Amount"),
    # payments
    "receipt": QT_TRANSLATE_NOOP("CashierLabels", "Receipt"),
    "at": QT_TRANSLATE_NOOP("CashierLabels", "Time"),
    "kind": QT_TRANSLATE_NOOP("CashierLabels", "Kind"),
    "method": QT_TRANSLATE_NOOP("CashierLabels", "Method"),
    "tendered": QT_TRANSLATE_NOOP("CashierLabels", "Handed over"),
    "change": QT_TRANSLATE_NOOP("CashierLabels", "Change"),
    "note": QT_TRANSLATE_NOOP("CashierLabels", "Reference / reason"),
    "user": QT_TRANSLATE_NOOP("CashierLabels", "By"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def method(value: PaymentMethod) -> str:
    return _tr(_METHODS[value])


def payment_kind(value: PaymentKind) -> str:
    return _tr(_KINDS[value])


def header(key: str) -> str:
    return _tr(_HEADERS[key])


def state(value: OrderState) -> str:
    return common.name(value)


def line_kind(value: LineKind) -> str:
    return common.name(value)


def group(key: Payer | Approval) -> str:
    """A statement group: who pays, or lines not billed (undecided, declined)."""
    if key is Approval.PROPOSED:
        return QCoreApplication.translate("CashierLabels", "Awaiting the customer's decision")
    if key is Approval.DECLINED:
        return QCoreApplication.translate("CashierLabels", "Declined: not billed")
    return common.name(key)


def money(value: Decimal | None) -> str:
    return fmt.money(value)


def quantity(value: Decimal) -> str:
    return fmt.quantity(value)


def percent(value: Decimal) -> str:
    return f"{value.normalize():f} %" if value else ""


#: "14:30" today, "11-24 14:30" otherwise
local_time = fmt.short_time
