"""Money arithmetic: one rounding function, line amounts, per-payer totals, settlement rounding.

All amounts are ``Decimal`` with two places; nothing here ever touches a float.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from app.domain.enums import Approval, Payer, SettlementRounding
from app.domain.text import parse_decimal

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
HUNDRED = Decimal(100)


def parse_amount(text: object) -> Decimal | None:
    """An amount as a desk types it (``1,280.50``, ``¥1280.5``, ``1280元``, or full-width
    from a Chinese input method: ``１２８０。５``), else None. For live sums and messages;
    what is saved is checked by :func:`app.domain.validation.check_money`."""
    return parse_decimal(text, currency=True)


def round_money(value: Decimal) -> Decimal:
    """The one place money is rounded: half up to the cent (四舍五入)."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class LineAmounts:
    gross: Decimal
    discount: Decimal
    net: Decimal


def line_amounts(quantity: Decimal, unit_price: Decimal, discount_percent: Decimal) -> LineAmounts:
    gross = round_money(quantity * unit_price)
    discount = round_money(gross * discount_percent / HUNDRED)
    return LineAmounts(gross, discount, gross - discount)


@dataclass(frozen=True)
class PricedLine:
    """What totals need to know of a line."""

    quantity: Decimal
    unit_price: Decimal
    discount_percent: Decimal
    payer: Payer
    approval: Approval = Approval.APPROVED


@dataclass(frozen=True)
class Totals:
    gross: Decimal
    discount: Decimal
    net: Decimal
    by_payer: dict[Payer, Decimal] = field(default_factory=dict)
    customer_total: Decimal = ZERO
    free_total: Decimal = ZERO
    rounding: Decimal = ZERO
    customer_due: Decimal = ZERO


def apply_rounding(amount: Decimal, mode: SettlementRounding) -> Decimal:
    """The customer's amount due after the shop's rounding (抹零); never more than ``amount``."""
    if mode is SettlementRounding.DOWN_TO_JIAO:
        return amount.quantize(Decimal("0.1"), rounding=ROUND_DOWN).quantize(CENT)
    if mode is SettlementRounding.DOWN_TO_YUAN:
        return amount.quantize(Decimal("1"), rounding=ROUND_DOWN).quantize(CENT)
    return amount


def compute_totals(
    lines: Iterable[PricedLine],
    rounding: SettlementRounding = SettlementRounding.NONE,
    *,
    include_proposed: bool = False,
) -> Totals:
    """Totals of the billable lines: approved ones (plus proposed, for an estimate).

    Declined lines never count. Per-payer nets add up exactly to ``net``.
    """
    gross = discount = ZERO
    by_payer: dict[Payer, Decimal] = {}
    for line in lines:
        if line.approval is Approval.DECLINED:
            continue
        if line.approval is Approval.PROPOSED and not include_proposed:
            continue
        amounts = line_amounts(line.quantity, line.unit_price, line.discount_percent)
        gross += amounts.gross
        discount += amounts.discount
        by_payer[line.payer] = by_payer.get(line.payer, ZERO) + amounts.net
    net = gross - discount
    customer_total = by_payer.get(Payer.CUSTOMER, ZERO)
    due = apply_rounding(customer_total, rounding)
    return Totals(
        gross=gross,
        discount=discount,
        net=net,
        by_payer=by_payer,
        customer_total=customer_total,
        free_total=net - customer_total,
        rounding=customer_total - due,
        customer_due=due,
    )
