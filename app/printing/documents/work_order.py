"""Work order / repair authorization (维修委托书) in two copies.

The customer copy (also the pickup voucher, 取车凭证) carries the estimate, terms, signature
lines and the pickup QR. The workshop copy (job card, 施工单) is for the technician: the same
job WITHOUT prices, with the customer's phone left out, a done-box per line and the
technician's and inspector's signatures.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.domain.enums import Approval, AssetKind, OrderState, Payer
from app.printing.context import DocContext
from app.printing.documents.common import (
    LineGroup,
    amount_column,
    asset_fields,
    billable,
    customer_fields,
    describe,
    priced_lines,
    unit_of,
)
from app.printing.layout import blocks
from app.printing.layout import formatting as fmt
from app.printing.layout.blocks import Field, Item

TITLE = "title.work_order"
JOB_TITLE = "title.job_card"


def unavailable(d: DocContext) -> tuple[str, str] | None:
    return None  # drawn up at intake, signed at approval


def job_card_unavailable(d: DocContext) -> tuple[str, str] | None:
    if d.order.state is OrderState.OPEN:
        return "not_approved", "the customer has not approved the work order yet"
    if d.order.state is OrderState.CANCELLED:
        return "cancelled", "the order was cancelled"
    return None


def _visit_fields(d: DocContext) -> list[Field]:
    L, o = d.labels, d.order
    wash = [Field(L("wash"), L.yes_no(o.wash))] if d.asset.kind is AssetKind.VEHICLE else []
    level = "fuel" if d.asset.kind is AssetKind.VEHICLE else "battery_level"  # e-bike
    fuel = [] if d.asset.kind is AssetKind.DEVICE else [Field(L(level), _fuel(d))]
    return [
        *fuel,
        Field(L("promised_at"), fmt.when(o.promised_at)),
        Field(L("waits_on_site"), L.yes_no(o.waits_on_site)),
        Field(L("keep_old_parts"), L.yes_no(o.keep_old_parts)),
        *wash,
        Field(L("advisor"), o.advisor.name if o.advisor else ""),
        Field(L("technician"), o.technician.name if o.technician else ""),
    ]


def _fuel(d: DocContext) -> str:
    return f"{d.order.fuel_level}%" if d.order.fuel_level is not None else ""


def _symptom(d: DocContext) -> list[Flowable]:
    L, o = d.labels, d.order
    out: list[Flowable] = [
        blocks.fields(
            d,
            [
                Field(L("symptom"), o.symptom or "—", wide=True),
                Field(L("fault_found"), o.fault_found or "", wide=True),
                Field(L("notes"), o.notes or "", wide=True),
            ],
        )
    ]
    return out


def build(d: DocContext) -> list[Flowable]:
    L, o, e = d.labels, d.order, d.detail.totals  # approved lines: pending work apart
    out = blocks.header(
        d,
        L(TITLE),
        [(L("order_no"), o.number), (L("date"), fmt.when(o.created_at))],
    )
    out.append(blocks.fields(d, [*customer_fields(d, address=True), *asset_fields(d)]))
    out.append(blocks.fields(d, _visit_fields(d)))
    out += _symptom(d)
    out += blocks.section(d, L("items_estimate"))
    lines = billable(d, include_proposed=True)
    out.append(priced_lines(d, [LineGroup(lines)], payer_column=True))
    rows = [(L("total_gross"), fmt.money(e.gross), False)]
    if e.discount:
        rows.append((L("total_discount"), "-" + fmt.money(e.discount), False))
    if e.free_total:
        rows.append((L("total_free"), "-" + fmt.money(e.free_total), False))
    rows.append((L("estimate_customer"), fmt.yuan(e.customer_total), True))
    if d.money.pending:  # proposed extra work the customer has not answered: not in the total
        rows.append((L("pending_extra"), fmt.money(d.money.pending), False))
    column = amount_column(d, payer_column=True)
    out += [blocks.gap(d, 0.3), blocks.totals(d, rows, column)]
    out += blocks.section(d, L("terms"))
    out += blocks.notes(
        d,
        [
            L("term_estimate"),
            L("term_extra_work"),
            L("term_old_parts"),
            d.word("term_valuables"),
            d.word("term_pickup"),
        ],
    )
    qr = blocks.qr_block(d, d.data.token, [d.word("qr_pickup"), o.number])
    sign = blocks.signatures(d, [L("sign_customer"), L("sign_advisor")])
    out += [blocks.gap(d, 0.5), *blocks.closing(d, [qr, blocks.gap(d, 0.5), sign])]
    return out


def build_job_card(d: DocContext) -> list[Flowable]:
    L, o = d.labels, d.order
    out = blocks.header(
        d,
        L(JOB_TITLE),
        [(L("order_no"), o.number), (L("date"), fmt.when(o.created_at))],
    )
    out.append(blocks.fields(d, [*customer_fields(d, phone=False), *asset_fields(d)]))
    out.append(blocks.fields(d, _visit_fields(d)))
    out += _symptom(d)
    out += blocks.section(d, L("items_work"))
    lines = [l for l in d.detail.lines if l.approval is not Approval.DECLINED]

    def status(approval: Approval) -> blocks.Cell:
        if approval is Approval.APPROVED:
            return blocks.CheckBox(d.paper.font_size, "right" if d.paper.narrow else "center")
        return L.enum(approval)

    def who(payer: Payer) -> str:
        return "" if payer is Payer.CUSTOMER else L.enum(payer)

    if d.paper.narrow:
        entries = [
            Item(
                f"{i}. {describe(d, l)}",
                " ".join(
                    x
                    for x in (
                        fmt.quantity(l.quantity),
                        unit_of(d, l),
                        who(l.payer),
                        l.technician.name if l.technician else "",
                    )
                    if x
                ),
                status(l.approval),
            )
            for i, l in enumerate(lines, 1)
        ]
        out.append(blocks.items(d, entries))
    else:
        headers = [
            L.head(k)
            for k in (
                "col_no",
                "col_kind",
                "col_item",
                "col_qty",
                "col_payer",
                "col_technician",
                "col_done",
            )
        ]
        rows: list[list[blocks.Cell]] = [
            [
                str(i),
                L.enum(l.kind),
                describe(d, l) + (L.paren(L("extra")) if l.is_extra else ""),
                f"{fmt.quantity(l.quantity)} {unit_of(d, l)}".strip(),
                who(l.payer),
                l.technician.name if l.technician else "",
                status(l.approval),
            ]
            for i, l in enumerate(lines, 1)
        ]
        kind_w = 0.1 if L.bilingual else 0.07
        widths = [0.05, kind_w, 0.53 - kind_w, 0.09, 0.12, 0.13, 0.08]
        out.append(blocks.grid(d, headers, rows, widths, "clllllc"))
    tail = blocks.section(d, L("workshop_notes"))
    tail += blocks.notes(
        d,
        [
            L("job_note_findings"),
            d.word("job_note_old_parts") if o.keep_old_parts else d.word("job_note_clean"),
        ],
    )
    tail += [blocks.gap(d, 0.5), blocks.signatures(d, [L("sign_technician"), L("sign_inspector")])]
    out += blocks.closing(d, tail)
    return out
