"""Extra-work authorization (增项确认单): work found during the repair, what the customer
approved and declined, and how and when the consent (or refusal) was given."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable

from app.domain.enums import Approval, Payer
from app.domain.money import ZERO
from app.printing.context import DocContext
from app.printing.documents.common import asset_fields, customer_fields, describe, line_net
from app.printing.layout import blocks
from app.printing.layout import formatting as fmt
from app.printing.layout.blocks import Field, Item

if TYPE_CHECKING:
    from app.domain.models import OrderLine

TITLE = "title.extra_work"


def _extra(d: DocContext) -> list[OrderLine]:
    return [l for l in d.detail.lines if l.is_extra]


def unavailable(d: DocContext) -> tuple[str, str] | None:
    if not _extra(d):
        return "no_extra_work", "no extra work was proposed on this order"
    return None


def _consent(d: DocContext, line: OrderLine) -> tuple[str, str, str]:
    """Decision, how (method, by whom) and when."""
    L = d.labels
    if line.approval is Approval.PROPOSED:
        return L("awaiting_decision"), "", ""
    how = L.enum(line.approval_method) if line.approval_method else ""
    if line.approval_by is not None:
        how = f"{how} · {line.approval_by.name}" if how else line.approval_by.name
    return L.enum(line.approval), how, fmt.when(line.approval_at)


def _customer_amount(line: OrderLine) -> Decimal:
    """What the customer pays for the line: nothing for a free (warranty …) one."""
    return line_net(line) if line.payer is Payer.CUSTOMER else ZERO


def _covered(d: DocContext, line: OrderLine) -> str:
    """Who pays a free line, and how much: ``（保修承担 68.00）``."""
    if line.payer is Payer.CUSTOMER:
        return ""
    L = d.labels
    return L.paren(
        L("covered_by").format(payer=L.enum(line.payer), amount=fmt.money(line_net(line)))
    )


def build(d: DocContext) -> list[Flowable]:
    L, o = d.labels, d.order
    lines = _extra(d)
    out = blocks.header(
        d, L(TITLE), [(L("order_no"), o.number), (L("printed_at"), fmt.when(d.data.printed_at))]
    )
    out.append(blocks.fields(d, [*customer_fields(d), *asset_fields(d, mileage=False)]))
    out.append(blocks.fields(d, [Field(L("fault_found"), o.fault_found or "", wide=True)]))
    out += blocks.section(d, L("extra_items"))
    sums: dict[Approval, Decimal] = {a: ZERO for a in Approval}
    for line in lines:  # what the customer is asked to pay: free lines count 0
        sums[line.approval] += _customer_amount(line)
    if d.paper.narrow:
        entries = []
        for i, line in enumerate(lines, 1):
            decision, how, at = _consent(d, line)
            detail = " ".join(x for x in (decision, how, at) if x)
            if line.approval_note:
                detail += L.paren(line.approval_note)
            name = f"{i}. {describe(d, line)}{_covered(d, line)}"
            entries.append(Item(name, detail, fmt.money(_customer_amount(line))))
        out.append(blocks.items(d, entries))
    else:
        heads = (
            "col_no",
            "col_item",
            "col_amount",
            "col_decision",
            "col_how",
            "col_when",
            "col_note",
        )
        rows: list[list[blocks.Cell]] = []
        for i, line in enumerate(lines, 1):
            decision, how, at = _consent(d, line)
            rows.append(
                [
                    str(i),
                    describe(d, line) + _covered(d, line),
                    fmt.money(_customer_amount(line)),
                    decision,
                    how,
                    at,
                    line.approval_note or "",
                ]
            )
        out.append(
            blocks.grid(
                d,
                [L.head(h) for h in heads],
                rows,
                [0.05, 0.3, 0.11, 0.1, 0.16, 0.14, 0.14],
                "clrllll",
            )
        )
    rows3 = [(L("extra_approved_total"), fmt.yuan(sums[Approval.APPROVED]), True)]
    if sums[Approval.DECLINED]:
        rows3.append((L("extra_declined_total"), fmt.money(sums[Approval.DECLINED]), False))
    if any(l.approval is Approval.PROPOSED for l in lines):
        rows3.append((L("extra_pending_total"), fmt.money(sums[Approval.PROPOSED]), False))
    out += [blocks.gap(d, 0.3), blocks.totals(d, rows3, (0.35, 0.11))]  # its amount column
    texts = [L("extra_consent_text")]
    if sums[Approval.DECLINED] or any(l.approval is Approval.DECLINED for l in lines):
        texts.append(L("extra_declined_text"))
    sign = blocks.signatures(d, [L("sign_customer"), L("sign_advisor")])
    out += [blocks.gap(d, 0.4)]
    out += blocks.closing(d, [*blocks.notes(d, texts, numbered=False), blocks.gap(d, 0.5), sign])
    return out
