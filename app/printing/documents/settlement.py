"""Settlement statement (维修结算单): the lines grouped by who pays them (the customer, or
free to the customer: warranty, goodwill, insurance, internal), discounts, totals, the
payments taken and change given, declined recommendations, the next service, signatures."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import Flowable

from app.domain.enums import Approval, Payer, PaymentKind
from app.domain.money import ZERO
from app.printing.context import DocContext
from app.printing.data import next_service
from app.printing.documents import legal_blocks
from app.printing.documents.common import (
    PAYER_ORDER,
    LineGroup,
    amount_column,
    asset_fields,
    billable,
    customer_fields,
    describe,
    line_net,
    paid_rows,
    priced_lines,
)
from app.printing.layout import blocks
from app.printing.layout import formatting as fmt
from app.printing.layout.blocks import Field, Item

if TYPE_CHECKING:
    from app.domain.models import Payment

TITLE = "title.settlement"


def unavailable(d: DocContext) -> tuple[str, str] | None:
    if d.detail.settlement is None:
        return "not_settled", "the order has not been settled yet"
    return None


def _groups(d: DocContext) -> list[Flowable]:
    """The billed lines, one group per payer, each with its subtotal."""
    L = d.labels
    lines = billable(d, include_proposed=False)
    groups = []
    for payer in PAYER_ORDER:
        group = [l for l in lines if l.payer is payer]
        if not group:
            continue
        subtotal = sum((line_net(l) for l in group), ZERO)
        heading = L.enum(payer)
        if payer is not Payer.CUSTOMER:
            heading += L.paren(L("free_to_customer"))
        if d.paper.narrow and payer is not Payer.CUSTOMER:
            subtotal = ZERO  # a roll lists free lines at 0.00 (who pays them in the line)
        groups.append(LineGroup(group, heading, [(L("subtotal"), fmt.money(subtotal))]))
    return [*blocks.section(d, L("items_billed")), priced_lines(d, groups, payer_column=False)]


def _totals(d: DocContext, *, short: bool = False) -> Flowable:
    """The totals; ``short`` (the legal list): the customer's total is not repeated when
    nothing (discount, free lines) stands between it and the lines' total."""
    L = d.labels
    st = d.detail.settlement
    assert st is not None
    rows = [(L("total_gross"), fmt.money(st.gross), False)]
    if st.discount:
        rows.append((L("total_discount"), "-" + fmt.money(st.discount), False))
    if st.free_total:
        rows.append((L("total_free"), "-" + fmt.money(st.free_total), False))
    if not short or st.discount or st.free_total:
        rows.append((L("customer_total"), fmt.money(st.customer_total), False))
    if st.rounding:
        rows.append((L("rounding"), "-" + fmt.money(st.rounding), False))
    rows.append((L("amount_due"), fmt.yuan(st.customer_due), True))
    rows += paid_rows(d)  # after refunds: "paid in full" only when it is
    return blocks.totals(d, rows, amount_column(d, payer_column=False))


def _payments(d: DocContext, *, heading: bool = True) -> list[Flowable]:
    L = d.labels
    payments = d.detail.payments
    if not payments:
        return []
    out = blocks.section(d, L("payments")) if heading else [blocks.gap(d, 0.4)]

    def amount(p: Payment) -> str:
        return ("-" if p.kind is PaymentKind.REFUND else "") + fmt.money(p.amount)

    if d.paper.narrow:
        entries = []
        for p in payments:
            left = f"{fmt.when(p.at)} {p.receipt_number or ''}"
            if p.tendered is not None and p.change:
                left += (
                    f" {L('tendered')} {fmt.money(p.tendered)} {L('change')} {fmt.money(p.change)}"
                )
            entries.append(
                Item(
                    L.enum(p.method)
                    + (L.paren(L.enum(p.kind)) if p.kind is PaymentKind.REFUND else ""),
                    left,
                    amount(p),
                )
            )
        out.append(blocks.items(d, entries))
        return out
    heads = ("col_receipt", "col_when", "col_method", "col_amount", "col_tendered", "col_change")
    rows: list[list[blocks.Cell]] = [
        [
            p.receipt_number or "",
            fmt.when(p.at),
            L.enum(p.method) + (L.paren(L.enum(p.kind)) if p.kind is PaymentKind.REFUND else ""),
            amount(p),
            fmt.money(p.tendered) if p.tendered is not None else "",
            fmt.money(p.change) if p.change else "",
        ]
        for p in payments
    ]
    out.append(
        blocks.grid(
            d, [L.head(h) for h in heads], rows, [0.22, 0.2, 0.18, 0.14, 0.13, 0.13], "lllrrr"
        )
    )
    return out


def build(d: DocContext) -> list[Flowable]:
    L, o = d.labels, d.order
    st = d.detail.settlement
    assert st is not None
    legal = legal_blocks.applies(d)  # a vehicle's: the JT/T 1133 settlement list
    out = blocks.header(
        d,
        L("title.settlement@legal") if legal else L(TITLE),
        [
            (L("settlement_no"), st.number),
            (L("order_no"), o.number),
            (L("settled_at"), fmt.when(st.at)),
        ],
    )
    out.append(
        blocks.fields(
            d,
            [
                *customer_fields(d),
                *asset_fields(d),
                Field(L("intake_time"), fmt.when(o.created_at)),
                Field(L("advisor"), o.advisor.name if o.advisor else ""),
                Field(L("technician"), o.technician.name if o.technician else ""),
            ],
        )
    )
    if o.fault_found:
        out.append(blocks.fields(d, [Field(L("fault_found"), o.fault_found, wide=True)]))
    if legal:
        out += [*legal_blocks.parties(d), legal_blocks.repair_facts(d, mileage_in=False)]
    out += legal_blocks.itemised(d) if legal else _groups(d)
    account = blocks.shop_account(d)
    out += [blocks.gap(d, 0.4), _totals(d, short=legal)]
    if legal:
        out.append(legal_blocks.capitals(d))
    out += _payments(d, heading=not legal)  # the list: the table says what it is
    if account and not legal:  # where the customer pays by transfer, next to the amounts
        # (the settlement list has the account in its 承修方 block already)
        out += [blocks.gap(d, 0.4), *account]
    declined = [l for l in d.detail.lines if l.approval is Approval.DECLINED]
    if declined:
        out += blocks.section(d, L("declined_recommendations"))
        out += blocks.notes(d, [f"{describe(d, l)}  {fmt.money(line_net(l))}" for l in declined])
    due = next_service(d.detail, st.at.astimezone().date())
    if (due.due_date or due.due_km) and legal:  # one line: the list keeps to one page
        when = " · ".join(v for v in (fmt.day(due.due_date), fmt.km(due.due_km)) if v)
        label = L("next_service") + (L.paren(L("suggested")) if due.suggested else "")
        out += [blocks.gap(d, 0.4), blocks.fields(d, [Field(label, when, wide=True)])]
    elif due.due_date or due.due_km:
        out += blocks.section(
            d, L("next_service") + (L.paren(L("suggested")) if due.suggested else "")
        )
        out.append(
            blocks.fields(
                d,
                [
                    Field(L("next_service_date"), fmt.day(due.due_date)),
                    Field(L("next_service_km"), fmt.km(due.due_km)),
                ],
            )
        )
    if legal:  # customer and 结算员 sign; the repairer stamps (side by side)
        sign = blocks.signature_columns(d, [L("sign_customer"), L("sign_settler"), L("stamp_area")])
    else:
        sign = blocks.signatures(d, [L("sign_customer"), L("sign_cashier")])
    confirm = blocks.notes(d, [L("settlement_confirm")], numbered=False)
    out += [blocks.gap(d, 0.4), *blocks.closing(d, [*confirm, blocks.gap(d, 0.5), sign])]
    return out
