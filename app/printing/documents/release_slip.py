"""Release slip / gate pass (车辆放行条 / 出门条): the customer shows it at the gate, where the
QR (the signed gate-pass token, not the pickup voucher's) is scanned and checked with
``verify_pickup``. A phone's is a handover slip (设备交付单), an e-bike's a pickup slip: the
words come from the asset kind. What was paid is the order's money summary (after refunds):
"paid in full" only when it is; otherwise what is still owing (released on account)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.printing.context import DocContext
from app.printing.documents.common import asset_fields, customer_fields, payment_status
from app.printing.layout import blocks
from app.printing.layout import formatting as fmt
from app.printing.layout.blocks import Field

TITLE = "title.release_slip"


def unavailable(d: DocContext) -> tuple[str, str] | None:
    if d.detail.release is None:
        return "not_released", "the order has not been released yet"
    return None


def build(d: DocContext) -> list[Flowable]:
    L, o, s = d.labels, d.order, d.styles
    release = d.detail.release
    assert release is not None
    out = blocks.header(
        d,
        d.word(TITLE),
        [
            (d.word("release_no"), release.number),
            (L("order_no"), o.number),
            (d.word("released_at"), fmt.when(release.at)),
        ],
    )
    out.append(
        blocks.para(d, d.asset.plate or d.asset.label, s.number if d.paper.roll else s.title)
    )
    settlement = d.detail.settlement
    out.append(
        blocks.fields(
            d,
            [
                *customer_fields(d),
                *asset_fields(d, mileage=False),
                Field(L("settlement_no"), settlement.number if settlement else ""),
                Field(L("payment_status"), payment_status(d)),
            ],
        )
    )
    qr = blocks.qr_block(d, d.data.gate_token, [d.word("qr_gate"), o.number])
    out += [blocks.rule(d, dashed=True), qr]
    money = d.money
    if money.settled:
        text = d.word("release_note")
    else:
        text = d.word("release_note_owing").format(amount=fmt.money(money.owing))
    note = blocks.notes(d, [text], numbered=False)
    sign = blocks.signatures(d, [L("sign_cashier"), d.word("sign_gate")])
    out += [blocks.gap(d, 0.4), *blocks.closing(d, [*note, blocks.gap(d, 0.5), sign])]
    return out
