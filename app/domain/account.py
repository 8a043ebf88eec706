"""What the customer owes and has paid on one order, after refunds and with extra work
still awaiting the customer's answer kept apart: the one summary every printed document
(statement, receipt, release slip, work order) and the cashier's views take their figures
from, so no two of them can disagree.

- ``due``: what the customer has to pay: the settlement statement's amount due once the
  order is settled (``final``), before that the customer's share of the approved lines;
- ``pending``: the customer's share of extra work proposed but not yet answered: NOT in
  ``due`` (the customer has not agreed to it), shown apart as "awaiting your answer";
- ``paid``: money taken (a cash payment counts what was applied, not the cash handed over;
  the change given back is ``change``); ``refunded``: money paid back;
- ``net_paid`` = paid − refunded;
- ``returned``: refunds made after the order was released: money the shop gave back on a
  closed account (a complaint, an overcharge): the customer ends up paying ``charged`` =
  due − returned, and owes nothing for it;
- ``balance`` = charged − net_paid (owing when positive; the shop owes the customer when
  negative);
- ``settled``: a final statement and nothing owing: only then may a document say
  "已结清" ("paid in full").

A refund before release (the customer pays another way, a payment taken by mistake) does
not lower what the statement says is due: that much is owing again and is taken again or
goes out on account, exactly as the cashier's ``pay`` and ``release`` count it. After
release no payment can be taken any more: a refund then is money given back, not a debt.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Protocol

from app.domain.enums import PaymentKind
from app.domain.money import ZERO


class PaymentLike(Protocol):
    @property
    def kind(self) -> PaymentKind: ...
    @property
    def amount(self) -> Decimal: ...
    @property
    def change(self) -> Decimal | None: ...
    @property
    def at(self) -> datetime: ...


@dataclass(frozen=True)
class MoneySummary:
    due: Decimal
    pending: Decimal = ZERO
    paid: Decimal = ZERO
    refunded: Decimal = ZERO
    change: Decimal = ZERO
    final: bool = False  # ``due`` is a settlement statement's (not an estimate)
    returned: Decimal = ZERO  # the part of ``refunded`` given back after release

    @property
    def net_paid(self) -> Decimal:
        return self.paid - self.refunded

    @property
    def charged(self) -> Decimal:
        """What the customer pays in the end: the amount due less money given back after
        release."""
        return self.due - self.returned

    @property
    def balance(self) -> Decimal:
        """Still to pay (positive) or to give back (negative)."""
        return self.charged - self.net_paid

    @property
    def owing(self) -> Decimal:
        return max(self.balance, ZERO)

    @property
    def credit(self) -> Decimal:
        """What the shop owes the customer back (paid more than due)."""
        return max(-self.balance, ZERO)

    @property
    def settled(self) -> bool:
        """Paid in full on a final statement: the only case "已结清" may be printed."""
        return self.final and self.balance <= ZERO


def summarize(
    due: Decimal,
    payments: Iterable[PaymentLike] = (),
    *,
    pending: Decimal = ZERO,
    final: bool = False,
    released_at: datetime | None = None,
) -> MoneySummary:
    """The summary of an order's money: ``due`` from its statement (``final``) or its
    approved lines, ``payments`` and refunds as taken, ``released_at`` when it went out."""
    paid = refunded = change = returned = ZERO
    for p in payments:
        if p.kind is PaymentKind.REFUND:
            refunded += p.amount
            if released_at is not None and p.at >= released_at:
                returned += p.amount
        else:
            paid += p.amount
            change += p.change or ZERO
    return MoneySummary(due, pending, paid, refunded, change, final, returned)
