"""Pieces several documents share: customer and asset fields, line amounts, line tables."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable

from app.domain.enums import Approval, AssetKind, Payer
from app.domain.money import ZERO, line_amounts
from app.domain.units import line_text, line_unit
from app.printing.context import DocContext
from app.printing.layout import blocks
from app.printing.layout import formatting as fmt
from app.printing.layout.blocks import Field, Item

if TYPE_CHECKING:
    from app.domain.models import OrderLine

PAYER_ORDER = (Payer.CUSTOMER, Payer.WARRANTY, Payer.GOODWILL, Payer.INSURANCE, Payer.INTERNAL)


def customer_fields(d: DocContext, *, address: bool = False, phone: bool = True) -> list[Field]:
    L, c = d.labels, d.customer
    out = [Field(L("customer"), c.name)]
    if phone:
        out.append(Field(L("phone"), d.customer_phone))
    if c.contact_person:
        out.append(Field(L("contact_person"), c.contact_person))
    if address and c.address:
        out.append(Field(L("address"), c.address, wide=True))
    return out


def asset_fields(d: DocContext, *, mileage: bool = True) -> list[Field]:
    L, a = d.labels, d.asset
    desc = " ".join(x for x in (a.make, a.model, str(a.year) if a.year else None) if x)
    if a.kind is AssetKind.VEHICLE:
        out = [
            Field(L("plate"), a.plate or ""),
            Field(L("make_model"), desc),
            Field(L("vin"), a.vin or ""),
            Field(L("engine_no"), a.engine_no or ""),
            Field(L("colour"), a.colour or ""),
        ]
        if mileage:
            out.append(Field(L("mileage_in"), fmt.km(d.order.mileage_in)))
        return out
    if a.kind is AssetKind.DEVICE:
        return [
            Field(L("device"), desc),
            Field(L("imei"), a.imei or ""),
            Field(L("serial"), a.serial or ""),
            Field(L("colour"), a.colour or ""),
        ]
    out = [
        Field(L("ebike"), desc),
        Field(L("plate"), a.plate or ""),
        Field(L("frame_no"), a.frame_no or ""),
        Field(L("motor_no"), a.motor_no or ""),
        Field(L("battery_serial"), a.battery_serial or ""),
    ]
    if mileage:
        out.append(Field(L("mileage_in"), fmt.km(d.order.mileage_in)))
    return out


def asset_title(d: DocContext) -> str:
    return d.asset.label


def line_net(line: OrderLine) -> Decimal:
    return line_amounts(line.quantity, line.unit_price, line.discount_percent).net


def line_name(d: DocContext, line: OrderLine) -> str:
    """The line's name in the document's language (both when bilingual): a catalog line's
    own name in that language, whichever station added it; a hand-typed line as typed."""
    return d.labels.pick(line_text(line, "zh_CN"), line_text(line, "en"))


def unit_of(d: DocContext, line: OrderLine) -> str:
    """The line's unit in the document's language (:func:`app.domain.units.unit_text`)."""
    return d.labels.pick(line_unit(line, "zh_CN"), line_unit(line, "en"), "/")


def describe(d: DocContext, line: OrderLine) -> str:
    name = line_name(d, line)
    return f"{name} [{line.code}]" if line.code else name


def payment_status(d: DocContext) -> str:
    """ "Paid in full" only when it is (a final statement, nothing owing after refunds);
    else what is still to pay, or what is due back to the customer."""
    m, L = d.money, d.labels
    if m.settled and not m.credit:
        return L("paid_in_full")
    if m.credit:
        return f"{L('paid_in_full')} · {L('credit_due')} {fmt.money(m.credit)}"
    return f"{L('not_settled')} · {L('balance_owing')} {fmt.money(m.owing)}"


def paid_rows(d: DocContext, *, change: bool = False) -> list[tuple[str, str, bool]]:
    """The rows under the amount due, from the order's money summary: paid, refunded, net
    paid (only when something was refunded), change given (receipts), and the balance:
    "paid in full" only when it is true."""
    L, m = d.labels, d.money
    rows: list[tuple[str, str, bool]] = []
    if m.paid:
        rows.append((L("paid"), fmt.money(m.paid), False))
    if m.refunded:
        rows.append((L("refunded"), "-" + fmt.money(m.refunded), False))
        rows.append((L("net_paid"), fmt.money(m.net_paid), False))
    if m.returned:  # given back after release: what the customer pays in the end
        rows.append((L("due_after_refunds"), fmt.money(m.charged), False))
    if change and m.change:
        rows.append((L("change_given"), fmt.money(m.change), False))
    if m.credit:
        rows.append((L("credit_due"), fmt.money(m.credit), False))
    elif m.balance:
        rows.append((L("balance_owing"), fmt.money(m.balance), False))
    elif m.final:
        rows.append((L("paid_in_full"), "✓", False))
    return rows


def billable(d: DocContext, *, include_proposed: bool) -> list[OrderLine]:
    wanted = {Approval.APPROVED} | ({Approval.PROPOSED} if include_proposed else set())
    return [l for l in d.detail.lines if l.approval in wanted]


@dataclass(frozen=True)
class LineGroup:
    """Lines under an optional heading, with optional (label, amount) rows after them."""

    lines: Sequence[OrderLine]
    heading: str = ""
    footer: Sequence[tuple[str, str]] = ()


def _widths(d: DocContext, payer_column: bool) -> list[float]:
    kind_w = 0.1 if d.labels.bilingual else 0.07
    if payer_column:
        return [0.065, kind_w, 0.405 - kind_w, 0.08, 0.11, 0.08, 0.13, 0.13]
    return [0.065, kind_w, 0.485 - kind_w, 0.09, 0.12, 0.09, 0.15]


def amount_column(d: DocContext, *, payer_column: bool) -> tuple[float, float]:
    """Where :func:`priced_lines` puts its amount column (start, width; shares of the
    frame): the totals under the table line up with it."""
    widths = _widths(d, payer_column)
    return sum(widths[:6]), widths[6]


def priced_lines(d: DocContext, groups: Sequence[LineGroup], *, payer_column: bool) -> Flowable:
    """Lines with quantity, unit price, discount and amount: one table on A4/A5 (group
    headings and subtotals inside it), stacked items on a roll."""
    L = d.labels
    if d.paper.narrow:
        entries = []
        for g in groups:
            if g.heading:
                entries.append(Item(g.heading, heading=True))
            for i, line in enumerate(g.lines, 1):
                left = f"{fmt.quantity(line.quantity)} × {fmt.money(line.unit_price)}"
                if line.discount_percent:
                    left += f" -{fmt.percent(line.discount_percent)}"
                amount = fmt.money(line_net(line))
                if line.payer is not Payer.CUSTOMER:
                    # free to the customer: reads 0.00, and who pays the list amount
                    covered = L("covered_by").format(payer=L.enum(line.payer), amount=amount)
                    left += L.paren(covered)
                    amount = fmt.money(ZERO)
                name = f"{i}. {describe(d, line)}"
                if line.approval is Approval.PROPOSED:
                    name += L.paren(L("pending_mark"))
                entries.append(Item(name, left, amount))
            entries += [Item(label, "", value) for label, value in g.footer]
        return blocks.items(d, entries)
    headers = [L.head(k) for k in ("col_no", "col_kind", "col_item", "col_qty", "col_price")]
    headers += [L.head("col_discount"), L.head("col_amount")]
    widths = _widths(d, payer_column)
    align = "cllrrrr"
    if payer_column:
        headers.append(L.head("col_payer"))
        align += "l"
    rows: list[list[blocks.Cell]] = []
    headings, subtotals = [], []
    blank = [""] * len(align)
    for g in groups:
        if g.heading:
            headings.append(len(rows))
            rows.append([g.heading, *blank[1:]])
        for i, line in enumerate(g.lines, 1):
            pending = L.paren(L("pending_mark")) if line.approval is Approval.PROPOSED else ""
            row: list[blocks.Cell] = [
                str(i),
                L.enum(line.kind),
                describe(d, line) + pending,
                _qty(d, line),
                fmt.money(line.unit_price),
                fmt.percent(line.discount_percent),
                fmt.money(line_net(line)),
            ]
            if payer_column:
                # blank = the customer pays; only free lines name who pays them
                row.append("" if line.payer is Payer.CUSTOMER else L.enum(line.payer))
            rows.append(row)
        for n, (label, value) in enumerate(g.footer):
            if n == 0:
                subtotals.append(len(rows))
            rows.append(["", "", label, "", "", "", value] + ([""] if payer_column else []))
    return blocks.grid(
        d, headers, rows, widths, align, heading_rows=headings, subtotal_rows=subtotals
    )


def _qty(d: DocContext, line: OrderLine) -> str:
    q = fmt.quantity(line.quantity)
    unit = unit_of(d, line)
    return f"{q} {unit}" if unit else q
