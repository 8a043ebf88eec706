"""Intake slip / pickup voucher (接车单 / 取车凭证): what the customer takes home at intake.

Order number, customer, asset, symptom, promised time, shop contact and the pickup QR (the
voucher's code: it stops working once the order is released).

A phone's (收机单 / 取机凭证) also records what the counter checked with the customer: the
device's condition from the walk-around checklist (screen, body, water damage …), whether
the IMEI inside matches the one outside (the ``imei_match`` checklist item), the
accessories left, when the diagnosis will be ready (the promised time) and that the
customer backs up their data (the repair may need a reset).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import Flowable

from app.domain.enums import AssetKind, InspectionResult
from app.printing.context import DocContext
from app.printing.documents.common import asset_fields, customer_fields
from app.printing.layout import blocks
from app.printing.layout import formatting as fmt
from app.printing.layout.blocks import Field

if TYPE_CHECKING:
    from app.domain.models import InspectionItem

TITLE = "title.intake_slip"


def unavailable(d: DocContext) -> tuple[str, str] | None:
    return None  # exists from intake on


def build(d: DocContext) -> list[Flowable]:
    L, o, s = d.labels, d.order, d.styles
    if d.paper.roll:  # the number large, where the customer sees it first
        out = blocks.header(d, d.word(TITLE), [(d.word("intake_time"), fmt.when(o.created_at))])
        out.insert(-2, blocks.para(d, o.number, s.number))
    else:
        out = blocks.header(
            d,
            d.word(TITLE),
            [(L("order_no"), o.number), (d.word("intake_time"), fmt.when(o.created_at))],
        )
    kind = d.asset.kind
    level = f"{o.fuel_level}%" if o.fuel_level is not None else ""
    visit: list[Field] = []
    if kind is not AssetKind.DEVICE:
        visit.append(Field(L("fuel" if kind is AssetKind.VEHICLE else "battery_level"), level))
    promised = L("diagnosis_ready" if kind is AssetKind.DEVICE else "promised_at")
    visit.append(Field(promised, fmt.when(o.promised_at)))
    out.append(
        blocks.fields(
            d,
            [
                *customer_fields(d),
                *asset_fields(d),
                *visit,
                Field(L("waits_on_site"), L.yes_no(o.waits_on_site) if o.waits_on_site else ""),
                Field(L("advisor"), o.advisor.name if o.advisor else ""),
            ],
        )
    )
    out += blocks.section(d, L("symptom"))
    out.append(blocks.para(d, o.symptom or "—"))
    if kind is AssetKind.DEVICE:
        out += _device_checks(d)
    left = [Field(d.word("accessories_left"), o.accessories_left or "", wide=True)]
    if kind is not AssetKind.DEVICE:
        left.append(Field(L("valuables_left"), o.valuables_left or "", wide=True))
    if o.accessories_left or (o.valuables_left and kind is not AssetKind.DEVICE):
        out += [blocks.gap(d, 0.4), blocks.fields(d, left)]
    elif kind is AssetKind.DEVICE:  # a phone's slip says "none" rather than leave it out
        out += [blocks.gap(d, 0.4), blocks.fields(d, [Field(left[0].label, L("none"))])]
    out += [blocks.rule(d, dashed=True)]
    out.append(blocks.qr_block(d, d.data.token, [d.word("qr_pickup"), o.number]))
    out += [blocks.gap(d, 0.4)]
    notes = [d.word("note_keep_voucher"), L("note_diagnosis_call")]
    if kind is AssetKind.DEVICE:
        notes.insert(0, L("data_backup_notice"))
    out += blocks.notes(d, notes)
    if d.paper.roll and d.data.shop.phone:
        out += [blocks.rule(d, dashed=True)]
        out.append(blocks.para(d, L.kv(L("shop_phone"), d.data.shop.phone), s.center))
    return out


IMEI_ITEM = "imei_match"  # the device checklist's "IMEI inside matches outside" (app.reference)


def _result(d: DocContext, item: InspectionItem) -> str:
    text = d.labels.enum(item.result)
    return f"{text}{d.labels.paren(item.note)}" if item.note else text


def imei_check(d: DocContext) -> str:
    """What the counter found comparing the IMEI inside with the one outside."""
    L = d.labels
    item = next((i for i in d.detail.checklist if i.code == IMEI_ITEM), None)
    if item is None:
        return L("imei_not_checked")
    text = L("imei_matches") if item.result is InspectionResult.OK else L("imei_mismatch")
    return f"{text}{L.paren(item.note)}" if item.note else text


def _device_checks(d: DocContext) -> list[Flowable]:
    """The device's condition (each checklist item but the IMEI's) and the IMEI check."""
    L = d.labels
    items = [i for i in d.detail.checklist if i.code != IMEI_ITEM]
    fields = [Field(L.pick(i.label_zh, i.label_en), _result(d, i)) for i in items]
    out = blocks.section(d, L("device_condition"))
    if not fields:
        fields = [Field(L("device_condition"), L("imei_not_checked"))]
    fields.append(Field(L("imei_check"), imei_check(d), wide=True))
    out.append(blocks.fields(d, fields))
    return out
