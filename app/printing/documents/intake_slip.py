"""Intake slip / pickup voucher (接车单 / 取车凭证): what the customer takes home at intake.

Order number, customer, asset, symptom, promised time, shop contact and the pickup QR.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.printing.context import DocContext
from app.printing.documents.common import asset_fields, customer_fields
from app.printing.layout import blocks
from app.printing.layout import formatting as fmt
from app.printing.layout.blocks import Field

TITLE = "title.intake_slip"


def unavailable(d: DocContext) -> tuple[str, str] | None:
    return None  # exists from intake on


def build(d: DocContext) -> list[Flowable]:
    L, o, s = d.labels, d.order, d.styles
    if d.paper.roll:  # the number large, where the customer sees it first
        out = blocks.header(d, L(TITLE), [(L("intake_time"), fmt.when(o.created_at))])
        out.insert(-2, blocks.para(d, o.number, s.number))
    else:
        out = blocks.header(
            d, L(TITLE), [(L("order_no"), o.number), (L("intake_time"), fmt.when(o.created_at))]
        )
    fuel = f"{o.fuel_level}%" if o.fuel_level is not None else ""
    out.append(
        blocks.fields(
            d,
            [
                *customer_fields(d),
                *asset_fields(d),
                Field(L("fuel"), fuel),
                Field(L("promised_at"), fmt.when(o.promised_at)),
                Field(L("waits_on_site"), L.yes_no(o.waits_on_site) if o.waits_on_site else ""),
                Field(L("advisor"), o.advisor.name if o.advisor else ""),
            ],
        )
    )
    out += blocks.section(d, L("symptom"))
    out.append(blocks.para(d, o.symptom or "—"))
    left = [
        Field(L("accessories_left"), o.accessories_left or "", wide=True),
        Field(L("valuables_left"), o.valuables_left or "", wide=True),
    ]
    if o.accessories_left or o.valuables_left:
        out += [blocks.gap(d, 0.4), blocks.fields(d, left)]
    out += [blocks.rule(d, dashed=True)]
    out.append(blocks.qr_block(d, d.data.token, [L("qr_pickup"), o.number]))
    out += [blocks.gap(d, 0.4)]
    out += blocks.notes(d, [L("note_keep_voucher"), L("note_diagnosis_call")])
    if d.paper.roll and d.data.shop.phone:
        out += [blocks.rule(d, dashed=True)]
        out.append(blocks.para(d, L.kv(L("shop_phone"), d.data.shop.phone), s.center))
    return out
