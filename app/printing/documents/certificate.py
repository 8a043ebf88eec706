"""竣工出厂合格证 (completion certificate) of a vehicle repair: numbered when the vehicle
passes its final inspection (DocumentKind.CERTIFICATE), with the result, the inspector, the
mileage in and out and the quality guarantee period (质量保证期) by 维修类别."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether

from app.domain.enums import AssetKind
from app.printing.context import DocContext
from app.printing.documents import legal_blocks
from app.printing.documents.common import asset_fields, customer_fields
from app.printing.layout import blocks
from app.printing.layout import formatting as fmt
from app.printing.layout.blocks import Field

TITLE = "title.certificate"


def unavailable(d: DocContext) -> tuple[str, str] | None:
    if d.asset_kind is not AssetKind.VEHICLE:
        return "not_vehicle", "a completion certificate is for vehicles"
    if legal_blocks.passed_check(d) is None or d.order.qc_passed_at is None:
        return "not_checked", "the vehicle has not passed its final inspection yet"
    if not d.order.certificate_number:
        # checked before certificates were numbered: the inspector issues it
        # (app.services.legal.issue_certificate)
        return "not_issued", "the certificate has not been issued yet"
    return None


def build(d: DocContext) -> list[Flowable]:
    L, o, shop = d.labels, d.order, d.data.shop
    qc = legal_blocks.passed_check(d)
    assert qc is not None and o.certificate_number
    out = blocks.header(
        d,
        L(TITLE),
        [(L("certificate_no"), o.certificate_number), (L("order_no"), o.number)],
    )
    out.append(blocks.fields(d, [*customer_fields(d), *asset_fields(d, mileage=False)]))
    out.append(legal_blocks.repair_facts(d))
    out += blocks.section(d, L("qc_result"))
    out.append(
        blocks.fields(
            d,
            [
                Field(L("qc_result"), L("qc_passed")),
                Field(L("qc_time"), fmt.day(qc.at)),
                Field(L("repairer_party"), shop.legal_name or shop.name),
                Field(L("shop_license"), shop.license_no),
                Field(L("party_phone"), shop.phone),
            ],
        )
    )
    note = blocks.notes(d, [L("certificate_note")], numbered=False)
    sign = blocks.signatures(d, [L("sign_inspector"), L("stamp_area")])
    # kept together on its own (blocks.closing's block is wrapped again by page.keep_ending,
    # and a KeepTogether inside another always breaks the page before it)
    ending = [*note, blocks.gap(d, 0.6), sign]
    out += [blocks.gap(d, 0.6), *(ending if d.paper.roll else [KeepTogether(ending)])]
    return out
