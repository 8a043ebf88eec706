"""Order lines: the estimate, extra work (增项) and the customer's decisions on it."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.enums import Approval, ApprovalMethod, OrderState, PauseReason, Payer
from app.domain.errors import IllegalTransition, NotFound, ValidationError, ValidationErrors
from app.domain.models import CatalogItem, OrderLine, WorkOrder
from app.domain.money import line_amounts
from app.domain.types import utcnow
from app.domain.validation import (
    MONEY_MAX,
    check_money,
    check_percent,
    check_quantity,
    check_text,
)
from app.domain.workflow import EXTRA_WORK_STATES, LINES_EDITABLE
from app.services.context import ServiceContext, move, order_for_update, touch
from app.services.customers import Collector
from app.services.idempotency import claim_request
from app.services.inputs import LineInput
from app.services.queries import load_order_detail
from app.services.views import OrderDetail


def check_payer(raw: Payer | str, field: str = "payer") -> Payer:
    try:
        return Payer(raw)
    except ValueError:
        raise ValidationError(field, "payer_unknown", "unknown payer", raw) from None


def clean_line(data: LineInput, c: Collector, prefix: str = "") -> dict[str, Any]:
    values = {
        "kind": data.kind,
        "description": c.run(
            check_text, data.description, prefix + "description", 300, required=True
        ),
        "quantity": c.run(check_quantity, data.quantity, prefix + "quantity"),
        "unit_price": c.run(check_money, data.unit_price, prefix + "unit_price"),
        "discount_percent": c.run(
            check_percent, data.discount_percent, prefix + "discount_percent"
        ),
        "payer": c.run(check_payer, data.payer, prefix + "payer"),
        "unit": c.run(check_text, data.unit, prefix + "unit", 10) or None,
        "code": c.run(check_text, data.code, prefix + "code", 40) or None,
        "catalog_item_id": data.catalog_item_id,
        "technician_id": data.technician_id,
    }
    quantity, price = values["quantity"], values["unit_price"]
    if quantity is not None and price is not None and quantity * price > MONEY_MAX:
        # a typo like 1000000 x 99999.00: no statement could hold the amount
        c.add(
            ValidationError(
                prefix + "unit_price", "line_too_large", "the line amount is too large", price
            )
        )
    return values


def clean_lines(
    lines: list[LineInput], c: Collector, prefix: str = "lines"
) -> list[dict[str, Any]]:
    return [clean_line(line, c, f"{prefix}.{i}.") for i, line in enumerate(lines)]


def append_lines(
    session: Session,
    ctx: ServiceContext,
    order: WorkOrder,
    values: list[dict[str, Any]],
    *,
    is_extra: bool,
) -> list[OrderLine]:
    position = (
        session.scalar(select(func.max(OrderLine.position)).where(OrderLine.order_id == order.id))
        or 0
    )
    added = []
    for v in values:
        if (
            v["catalog_item_id"] is not None
            and session.get(CatalogItem, v["catalog_item_id"]) is None
        ):
            raise NotFound("catalog item", v["catalog_item_id"])
        position += 1
        line = OrderLine(
            order_id=order.id,
            position=position,
            approval=Approval.PROPOSED,
            is_extra=is_extra,
            created_by_id=ctx.actor.user_id,
            **v,
        )
        session.add(line)
        added.append(line)
    session.flush()
    return added


def add_lines(
    ctx: ServiceContext,
    order_id: int,
    lines: list[LineInput],
    *,
    version: int | None,
    request_id: str | None = None,
) -> OrderDetail:
    """Add estimate lines (before approval) or, after approval, extra work needing consent;
    once per ``request_id``."""
    c = Collector()
    values = clean_lines(lines, c)
    c.raise_if_any()
    with ctx.db.write() as session:
        if (done := claim_request(session, request_id, "add_lines", order_id)) is not None:
            return load_order_detail(session, done)
        order = order_for_update(session, order_id, version)
        if order.state not in LINES_EDITABLE:
            raise IllegalTransition(
                "add lines", order.state.value, why="the order's lines are frozen"
            )
        extra = order.state is not OrderState.OPEN
        added = append_lines(session, ctx, order, values, is_extra=extra)
        names = ", ".join(l.description for l in added)
        touch(session, ctx, order, "extra_work" if extra else "estimate", f"added {names}")
        return load_order_detail(session, order.id)


def propose_extra_work(
    ctx: ServiceContext,
    order_id: int,
    lines: list[LineInput],
    *,
    finding: str | None = None,
    pause: bool = False,
    version: int | None = None,
    request_id: str | None = None,
) -> OrderDetail:
    """A technician's finding: lines proposed as extra work, sent to the advisor; optionally
    the job pauses until the customer decides. Once per ``request_id``."""
    c = Collector()
    values = clean_lines(lines, c)
    finding = c.run(check_text, finding, "finding", 2000) or None
    if not lines:
        c.add(ValidationError("lines", "required", "at least one line of extra work"))
    c.raise_if_any()
    with ctx.db.write() as session:
        if (done := claim_request(session, request_id, "extra_work", order_id)) is not None:
            return load_order_detail(session, done)
        order = order_for_update(session, order_id, version)
        if order.state not in EXTRA_WORK_STATES:
            raise IllegalTransition(
                "propose extra work", order.state.value, tuple(s.value for s in EXTRA_WORK_STATES)
            )
        added = append_lines(session, ctx, order, values, is_extra=True)
        if finding:
            order.fault_found = f"{order.fault_found}\n{finding}" if order.fault_found else finding
        if pause and order.state is OrderState.IN_PROGRESS:
            move(session, ctx, order, OrderState.PAUSED, PauseReason.WAITING_APPROVAL.value)
            order.pause_reason = PauseReason.WAITING_APPROVAL
        touch(
            session,
            ctx,
            order,
            "extra_work",
            "extra work proposed: " + ", ".join(l.description for l in added),
        )
        return load_order_detail(session, order.id)


def decide_extra_work(
    ctx: ServiceContext,
    order_id: int,
    line_ids: list[int],
    *,
    approve: bool,
    method: ApprovalMethod,
    note: str | None = None,
    version: int | None = None,
) -> OrderDetail:
    """Record the customer's consent (or refusal) to proposed lines: how and when.

    When the job was paused waiting for this decision and nothing is left undecided, it
    resumes by itself.
    """
    note = check_text(note, "note", 300) or None
    if not line_ids:
        raise ValidationErrors([ValidationError("lines", "required", "choose at least one line")])
    with ctx.db.write() as session:
        order = order_for_update(session, order_id, version)
        if order.state in (OrderState.SETTLED, OrderState.RELEASED, OrderState.CANCELLED):
            raise IllegalTransition(
                "decide extra work", order.state.value, why="the order's lines are frozen"
            )
        lines = session.scalars(
            select(OrderLine).where(OrderLine.order_id == order.id, OrderLine.id.in_(line_ids))
        ).all()
        if len(lines) != len(set(line_ids)):
            raise NotFound("line", sorted(set(line_ids) - {l.id for l in lines}))
        now = utcnow()
        for line in lines:
            if line.approval is not Approval.PROPOSED:
                raise ValidationErrors(
                    [
                        ValidationError(
                            "lines",
                            "already_decided",
                            "this line was already decided",
                            line.description,
                        )
                    ]
                )
            line.approval = Approval.APPROVED if approve else Approval.DECLINED
            line.approval_method = method
            line.approval_by_id = ctx.actor.user_id
            line.approval_at = now
            line.approval_note = note
        session.flush()
        pending = session.scalar(
            select(func.count(OrderLine.id)).where(
                OrderLine.order_id == order.id, OrderLine.approval == Approval.PROPOSED
            )
        )
        if (
            order.state is OrderState.PAUSED
            and order.pause_reason is PauseReason.WAITING_APPROVAL
            and not pending
        ):
            move(session, ctx, order, OrderState.IN_PROGRESS, "customer decided extra work")
            order.pause_reason = None
        verb = "approved" if approve else "declined"
        touch(
            session,
            ctx,
            order,
            "extra_work_" + verb,
            f"{verb} ({method.value}): " + ", ".join(l.description for l in lines),
        )
        return load_order_detail(session, order.id)


def update_line(
    ctx: ServiceContext, order_id: int, line_id: int, data: LineInput, *, version: int
) -> OrderDetail:
    """Change a line still awaiting the customer's decision (before that, it is a proposal)."""
    c = Collector()
    values = clean_line(data, c)
    c.raise_if_any()
    with ctx.db.write() as session:
        order = order_for_update(session, order_id, version)
        line = _line_for_edit(session, order, line_id)
        for key, value in values.items():
            setattr(line, key, value)
        touch(session, ctx, order, "line_update", f"changed {line.description}")
        return load_order_detail(session, order.id)


def remove_line(ctx: ServiceContext, order_id: int, line_id: int, *, version: int) -> OrderDetail:
    with ctx.db.write() as session:
        order = order_for_update(session, order_id, version)
        line = _line_for_edit(session, order, line_id)
        session.delete(line)
        touch(session, ctx, order, "line_remove", f"removed {line.description}")
        return load_order_detail(session, order.id)


def set_line_payer_and_discount(
    ctx: ServiceContext,
    order_id: int,
    line_id: int,
    *,
    payer: Payer | str,
    discount_percent: Decimal | str,
    version: int,
) -> OrderDetail:
    """Who pays a line (warranty, goodwill, ...) and its discount may change until settlement."""
    payer = check_payer(payer)
    pct = check_percent(discount_percent)
    with ctx.db.write() as session:
        order = order_for_update(session, order_id, version)
        if order.state not in LINES_EDITABLE:
            raise IllegalTransition(
                "change a line", order.state.value, why="the order's lines are frozen"
            )
        line = session.get(OrderLine, line_id)
        if line is None or line.order_id != order.id:
            raise NotFound("line", line_id)
        line.payer = payer
        line.discount_percent = pct
        amount = line_amounts(line.quantity, line.unit_price, pct).net
        touch(
            session,
            ctx,
            order,
            "line_update",
            f"{line.description}: {payer.value}, -{pct}% = {amount}",
        )
        return load_order_detail(session, order.id)


def _line_for_edit(session: Session, order: WorkOrder, line_id: int) -> OrderLine:
    if order.state not in LINES_EDITABLE:
        raise IllegalTransition(
            "change a line", order.state.value, why="the order's lines are frozen"
        )
    line = session.get(OrderLine, line_id)
    if line is None or line.order_id != order.id:
        raise NotFound("line", line_id)
    if line.approval is not Approval.PROPOSED:
        raise IllegalTransition(
            "change a line", order.state.value, why="the customer already decided this line"
        )
    return line
