"""What the law asks of a vehicle repair's papers, as blocks the documents share: the
parties (托修方 / 承修方), 维修类别, dates and mileage in and out, labor and materials
itemised (JT/T 1133 机动车维修费用结算清单), the total in Chinese capitals, the old parts'
fate, the quality guarantee period (质量保证期) and the inspector, signatures and a stamp."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, Table

from app.domain.enums import AssetKind, LineKind, Payer
from app.domain.legal import default_old_parts, money_to_chinese_capitals, order_guarantee
from app.domain.money import ZERO, round_money
from app.printing.context import DocContext
from app.printing.documents.common import amount_column, billable, line_name, line_net, unit_of
from app.printing.layout import blocks
from app.printing.layout import formatting as fmt
from app.printing.layout.blocks import Field

if TYPE_CHECKING:
    from app.domain.models import OrderLine, QualityCheck


def applies(d: DocContext) -> bool:
    """The legal list is a vehicle's, on a sheet (a roll keeps the short statement)."""
    return d.asset_kind is AssetKind.VEHICLE and not d.paper.narrow


def passed_check(d: DocContext) -> QualityCheck | None:
    """The quality check that passed the order (the last one that did)."""
    passed = [q for q in d.detail.quality_checks if q.passed]
    return passed[-1] if passed else None


def inspector_name(d: DocContext) -> str:
    qc = passed_check(d)
    return qc.inspector.name if qc is not None else ""


def parties(d: DocContext) -> list[Flowable]:
    """托修方 (the customer) and 承修方 (the shop: name, address, phone, license, 统一社会信用代码,
    bank): the statement prints no second account block under the totals."""
    L, c, shop = d.labels, d.customer, d.data.shop
    client = " · ".join(x for x in (c.name, c.address or "") if x)
    repairer = " · ".join(x for x in (shop.legal_name or shop.name, shop.address, shop.phone) if x)
    items = [
        Field(L("client_party"), client, wide=True),
        Field(L("repairer_party"), repairer, wide=True),
        Field(L("shop_license"), shop.license_no),
        Field(L("credit_code"), shop.credit_code),
        Field(L("bank_name"), shop.bank_name),
        Field(L("bank_account"), blocks.grouped_account(shop.bank_account)),
    ]
    return [blocks.fields(d, items)]


def guarantee_text(d: DocContext) -> str:
    """质量保证期 by the order's 维修类别: the limits, and once released where they end."""
    L = d.labels
    g = order_guarantee(d.order)
    if g is None:
        return L("guarantee_none")
    text = L("guarantee_text").format(km=f"{g.km:,}", days=g.days)
    if g.until_date is not None:
        text += L.paren(
            L("guarantee_until").format(
                date=fmt.day(g.until_date), km=fmt.km(g.until_km) if g.until_km else "—"
            )
        )
    return text


def repair_facts(d: DocContext, *, mileage_in: bool = True) -> Table:
    """维修类别, in and out (dates and mileage), the old parts, the guarantee, the inspector."""
    L, o = d.labels, d.order
    items = [
        Field(L("repair_category"), L.enum(o.repair_category) if o.repair_category else ""),
        Field(L("comeback_of"), d.detail.comeback_of_number or ""),
        Field(L("date_in"), fmt.day(o.created_at)),
        Field(L("mileage_in"), fmt.km(o.mileage_in) if mileage_in else ""),
        Field(L("date_out"), fmt.day(o.released_at)),
        Field(L("mileage_out"), fmt.km(o.mileage_out)),
        Field(L("old_parts"), L.enum(default_old_parts(o))),
        Field(L("quality_inspector"), inspector_name(d)),
        Field(L("guarantee"), guarantee_text(d), wide=True),
    ]
    return blocks.fields(d, items)


def _name(d: DocContext, line: OrderLine) -> str:
    name = line_name(d, line)  # the part code has its own column
    if line.payer is not Payer.CUSTOMER:
        name += d.labels.paren(d.labels.enum(line.payer))
    return name


def _rate(line: OrderLine) -> Decimal | None:
    """The hourly rate of a labor line: its price per hour, or a flat job's price over its
    settled hours."""
    if line.hours and line.quantity and line.hours != line.quantity:
        return round_money(line.unit_price * line.quantity / line.hours)
    return line.unit_price


def _shares(d: DocContext, rest: Sequence[float]) -> list[float]:
    """Column shares ending in the amount column where the totals below print theirs."""
    start, width = amount_column(d, payer_column=False)  # the last column of the sheet
    scale = start / sum(rest)
    return [w * scale for w in rest] + [width]


def itemised(d: DocContext) -> list[Flowable]:
    """Labor (item, settled hours, rate, amount) and materials (name, part code, brand/spec,
    unit, quantity, unit price, amount) in two tables, each with its subtotal."""
    L = d.labels
    lines = billable(d, include_proposed=False)
    labor = [l for l in lines if l.kind is LineKind.LABOR]
    materials = [l for l in lines if l.kind is not LineKind.LABOR]
    out: list[Flowable] = []
    if labor:
        rows: list[list[blocks.Cell]] = [
            [
                str(i),
                _name(d, l),
                fmt.quantity(l.hours if l.hours is not None else l.quantity),
                fmt.money(_rate(l)),
                fmt.money(line_net(l)),
            ]
            for i, l in enumerate(labor, 1)
        ]
        subtotal = sum((line_net(l) for l in labor), ZERO)
        rows.append(["", L("labor_subtotal"), "", "", fmt.money(subtotal)])
        heads = [L.head(k) for k in ("col_no", "col_item", "col_hours", "col_rate")]
        out += blocks.section(d, L("labor_itemised"))
        out.append(
            blocks.grid(
                d,
                [*heads, L.head("col_line_amount")],
                rows,
                _shares(d, [0.07, 0.5, 0.12, 0.14]),
                "llrrr",
                subtotal_rows=[len(rows) - 1],
            )
        )
    if materials:
        rows = [
            [
                str(i),
                _name(d, l),
                l.code or "",
                l.brand_spec or "",
                unit_of(d, l),
                fmt.quantity(l.quantity),
                fmt.money(l.unit_price),
                fmt.money(line_net(l)),
            ]
            for i, l in enumerate(materials, 1)
        ]
        subtotal = sum((line_net(l) for l in materials), ZERO)
        rows.append(["", L("materials_subtotal"), "", "", "", "", "", fmt.money(subtotal)])
        keys = ("col_no", "col_part_name", "col_part_code", "col_brand_spec", "col_unit")
        heads = [L.head(k) for k in (*keys, "col_qty", "col_unit_price", "col_line_amount")]
        out += blocks.section(d, L("materials_itemised"))
        out.append(
            blocks.grid(
                d,
                heads,
                rows,
                _shares(d, [0.05, 0.27, 0.14, 0.15, 0.06, 0.07, 0.11]),
                "lllllrrr",
                subtotal_rows=[len(rows) - 1],
            )
        )
    return out


def capitals(d: DocContext) -> Flowable:
    """The amount due in Chinese capitals (大写), as the law writes money on the list."""
    st = d.detail.settlement
    due = st.customer_due if st is not None else d.detail.totals.customer_due
    words = "人民币" + money_to_chinese_capitals(due)
    return blocks.fields(d, [Field(d.labels("total_capitals"), words, wide=True)])
