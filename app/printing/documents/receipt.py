"""Payment receipt (收款收据): every payment and refund taken on the order with its receipt
number, method, amount, cash tendered and change, and what is left to pay: paid, refunded,
net paid and the balance from the order's money summary (:mod:`app.domain.account`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import Flowable

from app.domain.enums import PaymentKind
from app.printing.context import DocContext
from app.printing.documents.common import customer_fields, paid_rows
from app.printing.layout import blocks
from app.printing.layout import formatting as fmt
from app.printing.layout.blocks import Field, Item

if TYPE_CHECKING:
    from app.domain.models import Payment

TITLE = "title.receipt"


def unavailable(d: DocContext) -> tuple[str, str] | None:
    if not d.detail.payments:
        return "no_payment", "no payment has been taken on this order"
    return None


def _method(d: DocContext, p: Payment) -> str:
    text = d.labels.enum(p.method)
    if p.kind is PaymentKind.REFUND:
        text += d.labels.paren(d.labels.enum(p.kind))
    if p.reference:
        text += f" {p.reference}"
    return text


def _amount(p: Payment) -> str:
    return ("-" if p.kind is PaymentKind.REFUND else "") + fmt.money(p.amount)


def build(d: DocContext) -> list[Flowable]:
    L, o = d.labels, d.order
    payments = d.detail.payments
    settlement = d.detail.settlement
    last = payments[-1]
    out = blocks.header(
        d,
        L(TITLE),
        [
            (L("receipt_no"), last.receipt_number or ""),
            (L("order_no"), o.number),
            (L("date"), fmt.when(last.at)),
        ],
    )
    out.append(
        blocks.fields(
            d,
            [
                *customer_fields(d),
                Field(d.word("asset"), d.asset.label),
                Field(L("settlement_no"), settlement.number if settlement else ""),
            ],
        )
    )
    out += blocks.section(d, L("payments"))
    if d.paper.narrow:
        entries = []
        for p in payments:
            left = f"{p.receipt_number or ''} {fmt.when(p.at)} {p.user.name}"
            if p.tendered is not None:
                left += f" · {L('tendered')} {fmt.money(p.tendered)} · {L('change')} {fmt.money(p.change)}"
            if p.reason:
                left += f" · {p.reason}"
            entries.append(Item(_method(d, p), left, _amount(p)))
        out.append(blocks.items(d, entries))
    else:
        heads = (
            "col_receipt",
            "col_when",
            "col_method",
            "col_amount",
            "col_tendered",
            "col_change",
            "col_cashier",
        )
        rows: list[list[blocks.Cell]] = [
            [
                p.receipt_number or "",
                fmt.when(p.at),
                _method(d, p) + (f" · {p.reason}" if p.reason else ""),
                _amount(p),
                fmt.money(p.tendered) if p.tendered is not None else "",
                fmt.money(p.change) if p.tendered is not None else "",
                p.user.name,
            ]
            for p in payments
        ]
        out.append(
            blocks.grid(
                d,
                [L.head(h) for h in heads],
                rows,
                [0.2, 0.17, 0.2, 0.11, 0.1, 0.09, 0.13],
                "lllrrrl",
            )
        )
    money = d.money  # after refunds: "paid in full" only when it is
    rows3 = [(L("amount_due"), fmt.yuan(money.due), True), *paid_rows(d, change=True)]
    out += [blocks.gap(d, 0.3), blocks.totals(d, rows3, (0.57, 0.11))]  # its amount column
    out += [blocks.gap(d, 0.5), blocks.signatures(d, [L("sign_cashier")])]
    return out
