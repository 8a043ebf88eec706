"""三包修理记录 (household car 三包 repair record; 家用汽车产品修理、更换、退货责任规定): per
repair, when it was brought in and at what mileage, the problem, the findings, the repairs,
the parts (name and number), materials and labor (hours and fee), towing, the courtesy car or
transport compensation, when it was handed over, and both signatures."""

from __future__ import annotations

from decimal import Decimal

from reportlab.platypus import Flowable, KeepTogether

from app.domain.enums import AssetKind, LineKind, Payer
from app.domain.legal import under_sanbao as legal_under_sanbao
from app.domain.money import ZERO
from app.printing.context import DocContext
from app.printing.documents import legal_blocks
from app.printing.documents.common import (
    asset_fields,
    billable,
    customer_fields,
    line_name,
    line_net,
)
from app.printing.layout import blocks
from app.printing.layout import formatting as fmt
from app.printing.layout.blocks import Field

TITLE = "title.sanbao_record"


def under_sanbao(d: DocContext) -> bool:
    """The repair falls under 三包 (:func:`app.domain.legal.under_sanbao`)."""
    a = d.asset
    return legal_under_sanbao(
        a.kind,
        a.invoice_date or a.purchase_date,
        d.order.mileage_in,
        d.order.created_at.astimezone().date(),
        any(l.payer is Payer.WARRANTY for l in d.detail.lines),
    )


def unavailable(d: DocContext) -> tuple[str, str] | None:
    if d.asset_kind is not AssetKind.VEHICLE:
        return "not_vehicle", "a 三包 repair record is for household cars"
    if not under_sanbao(d):
        return "not_sanbao", "the car is not under 三包 and no line is paid by the warranty"
    return None


def build(d: DocContext) -> list[Flowable]:
    L, o = d.labels, d.order
    lines = billable(d, include_proposed=False)
    labor = [l for l in lines if l.kind is LineKind.LABOR]
    parts = [l for l in lines if l.kind is not LineKind.LABOR]
    hours = sum(((l.hours if l.hours is not None else l.quantity) for l in labor), Decimal(0))
    labor_fee = sum((line_net(l) for l in labor), ZERO)
    materials = sum((line_net(l) for l in parts), ZERO)
    numbers = [(L("order_no"), o.number)]
    if d.detail.settlement is not None:
        numbers.append((L("settlement_no"), d.detail.settlement.number))
    out = blocks.header(d, L(TITLE), numbers)
    asset = [*asset_fields(d, mileage=False)]
    if d.asset.invoice_date or d.asset.purchase_date:
        asset.append(
            Field(L("invoice_date"), fmt.day(d.asset.invoice_date or d.asset.purchase_date))
        )
    out.append(blocks.fields(d, [*customer_fields(d), *asset]))
    qc = legal_blocks.passed_check(d)
    findings = o.fault_found or (qc.note if qc is not None and qc.note else "") or "—"
    parts_text = "；".join(line_name(d, l) + (f"（{l.code}）" if l.code else "") for l in parts)
    car = o.courtesy_car or ""
    out += blocks.section(d, L("sanbao_repair"))
    out.append(
        blocks.fields(
            d,
            [
                Field(L("sent_at"), fmt.when(o.created_at)),
                Field(L("sent_mileage"), fmt.km(o.mileage_in)),
                Field(L("sent_problem"), o.symptom or "—", wide=True),
                Field(L("check_result"), findings, wide=True),
                Field(
                    L("repair_items"), "；".join(line_name(d, l) for l in labor) or "—", wide=True
                ),
                Field(L("parts_used"), parts_text or "—", wide=True),
                Field(L("materials_fee"), fmt.money(materials)),
                Field(
                    L("labor_hours_fee"),
                    f"{fmt.quantity(hours)} {L('hours_unit')} / {fmt.money(labor_fee)}",
                ),
                Field(L("towing_fee"), fmt.money(o.towing_fee or ZERO)),
                Field(L("courtesy_car"), car or "—"),
                Field(L("transport_compensation"), fmt.money(o.transport_compensation or ZERO)),
                Field(L("handed_over_at"), fmt.when(o.released_at) or "—"),
            ],
        )
    )
    note = blocks.notes(d, [L("sanbao_note")], numbered=False)
    sign = blocks.signatures(d, [L("sign_repairer"), L("sign_consumer")])
    # kept together on its own (blocks.closing's block is wrapped again by page.keep_ending,
    # and a KeepTogether inside another always breaks the page before it)
    ending = [*note, blocks.gap(d, 0.6), sign]
    out += [blocks.gap(d, 0.6), *(ending if d.paper.roll else [KeepTogether(ending)])]
    return out
