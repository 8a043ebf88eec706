"""Order lines: the estimate, extra work (增项) and the customer's decisions on it.

Rights: lines are ``EDIT_LINES`` (the advisor), a technician's finding is
``PROPOSE_EXTRA_WORK``, the customer's answer ``DECIDE_EXTRA_WORK``, who pays and the
discount ``DISCOUNT``. A line priced below its catalog item takes ``PRICE_BELOW_CATALOG``
and a discount beyond the shop's limit (setting ``discount.limit_percent``) takes
``DISCOUNT_OVER_LIMIT``: both a manager may approve for the order (``approval``).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from app.domain.enums import Approval, ApprovalMethod, LineKind, OrderState, PauseReason, Payer
from app.domain.errors import IllegalTransition, NotFound, ValidationError, ValidationErrors
from app.domain.models import DEFAULT_BRANCH_ID, CatalogItem, OrderLine, User, WorkOrder
from app.domain.money import line_amounts
from app.domain.permissions import Permission
from app.domain.types import utcnow
from app.domain.validation import (
    MONEY_MAX,
    check_money,
    check_percent,
    check_quantity,
    check_text,
)
from app.domain.workflow import EXTRA_WORK_STATES, LINES_EDITABLE
from app.services.access import authorize, require
from app.services.approvals import ApprovalGrant
from app.services.context import ServiceContext, move, order_for_update, order_subject, touch
from app.services.customers import Collector
from app.services.idempotency import claim_request
from app.services.inputs import LineInput
from app.services.queries import load_order_detail, order_result
from app.services.settings import get_setting
from app.services.views import OrderDetail

#: the setting that says how far a discount may go without a manager, in percent
DISCOUNT_LIMIT_KEY = "discount.limit_percent"
DEFAULT_DISCOUNT_LIMIT = Decimal("10")
#: what a line records in the audit log
_AUDITED = ("description", "quantity", "unit_price", "discount_percent", "payer")

Approved = tuple[User | None, Permission | None]


def check_payer(raw: Payer | str, field: str = "payer") -> Payer:
    try:
        return Payer(raw)
    except ValueError:
        raise ValidationError(field, "payer_unknown", "unknown payer", raw) from None


def clean_line(data: LineInput, c: Collector, prefix: str = "") -> dict[str, Any]:
    values = {
        "kind": data.kind,
        # a catalog line may come without its name: it takes the item's (catalog_words)
        "description": c.run(
            check_text,
            data.description,
            prefix + "description",
            300,
            required=data.catalog_item_id is None,
        ),
        "description_en": c.run(check_text, data.description_en, prefix + "description", 300)
        or None,
        "quantity": c.run(check_quantity, data.quantity, prefix + "quantity"),
        "unit_price": c.run(check_money, data.unit_price, prefix + "unit_price"),
        "discount_percent": c.run(
            check_percent, data.discount_percent, prefix + "discount_percent"
        ),
        "payer": c.run(check_payer, data.payer, prefix + "payer"),
        "unit": c.run(check_text, data.unit, prefix + "unit", 10) or None,
        "unit_en": c.run(check_text, data.unit_en, prefix + "unit", 10) or None,
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


def discount_limit(session: Session, branch_id: int = DEFAULT_BRANCH_ID) -> Decimal:
    """The highest discount (percent) a holder of ``DISCOUNT`` gives without a manager."""
    raw = get_setting(session, DISCOUNT_LIMIT_KEY, branch_id=branch_id)
    try:
        value = Decimal(str(raw)) if raw not in (None, "") else DEFAULT_DISCOUNT_LIMIT
    except InvalidOperation:
        return DEFAULT_DISCOUNT_LIMIT
    return value if value.is_finite() and 0 <= value <= 100 else DEFAULT_DISCOUNT_LIMIT


def authorize_discount(
    session: Session,
    ctx: ServiceContext,
    percent: Decimal,
    subject: str,
    approval: ApprovalGrant | None,
) -> Approved:
    """A discount of ``percent`` takes ``DISCOUNT``; beyond the shop's limit also
    ``DISCOUNT_OVER_LIMIT`` (or a manager's ``approval``). Returns who approved what."""
    if percent <= 0:
        return None, None
    require(session, ctx, Permission.DISCOUNT)
    if percent <= discount_limit(session, ctx.actor.branch_id):
        return None, None
    p = Permission.DISCOUNT_OVER_LIMIT
    approver = authorize(session, ctx, p, approval=approval, subject=subject)
    return approver, p if approver else None


#: ``session.info`` key: the catalog items this call read, held (the session's identity map
#: keeps only what something else holds: an item read to check a price was read again to
#: write its line)
_ITEMS_KEY = "workbay_catalog_items"


#: statements every call of the kind runs, built once (building costs more than running)
_ITEMS = select(CatalogItem).where(CatalogItem.id.in_(bindparam("wb_ids", expanding=True)))
_LAST_POSITION = select(func.max(OrderLine.position)).where(
    OrderLine.order_id == bindparam("wb_order")
)


def catalog_items(session: Session, ids: list[int | None]) -> dict[int, CatalogItem]:
    """The catalog items of ``ids`` (None skipped), those not read yet in this call in one
    statement; an unknown id is absent from the answer."""
    known: dict[int, CatalogItem] = session.info.setdefault(_ITEMS_KEY, {})
    missing = {i for i in ids if i is not None and i not in known}
    if missing:
        for item in session.scalars(_ITEMS, {"wb_ids": sorted(missing)}):
            known[item.id] = item
    return known


def authorize_prices(
    session: Session,
    ctx: ServiceContext,
    values: list[dict[str, Any]],
    subject: str,
    approval: ApprovalGrant | None,
) -> Approved:
    """The rights new or changed lines need beyond editing: a price below the line's
    catalog item (``PRICE_BELOW_CATALOG``) and a discount (:func:`authorize_discount`).
    Refuses an unknown catalog item. Returns who approved what."""
    approved: Approved = (None, None)
    below = False
    items = catalog_items(session, [v["catalog_item_id"] for v in values])
    for v in values:
        item_id = v["catalog_item_id"]
        if item_id is None:
            continue
        item = items.get(item_id)
        if item is None:
            raise NotFound("catalog item", item_id)
        below = below or v["unit_price"] < item.unit_price
    if below:
        p = Permission.PRICE_BELOW_CATALOG
        approver = authorize(session, ctx, p, approval=approval, subject=subject)
        approved = (approver, p) if approver else approved
    top = max((v["discount_percent"] for v in values), default=Decimal(0))
    discount = authorize_discount(session, ctx, top, subject, approval)
    return discount if discount[0] else approved


def catalog_words(
    values: dict[str, Any], item: CatalogItem | None, line: OrderLine | None = None
) -> None:
    """Complete a line's names and units in ``values`` (from :func:`clean_line`) before it
    is stored, so that a catalog line carries both languages whatever the station's.

    A name given in one language only (a station that sent only what it showed, a draft or
    an outbox entry kept from before both were sent) is recognised as the catalog item's
    (or, for a changed line, the line's own pair) and completed; a blank name takes the
    item's. A name matching neither was typed over the catalog's: it is kept as typed and
    has no English twin. Units the same way, each on its own."""
    pairs: list[tuple[str, str | None]] = []
    units: list[tuple[str | None, str | None]] = []
    if line is not None and line.description_en:
        pairs.append((line.description, line.description_en))
    if line is not None and line.unit_en:
        units.append((line.unit, line.unit_en))
    if item is not None:
        pairs.append((item.name_zh, item.name_en))
        units.append((item.unit, item.unit_en))
    if values["description_en"] is None:
        typed = values["description"]
        for zh, en in pairs:
            if not typed or typed in (zh, en):
                values["description"], values["description_en"] = zh, en
                break
    if values["unit_en"] is None:
        typed_unit = values["unit"]
        for unit, unit_en in units:
            if unit_en and (not typed_unit or typed_unit in (unit, unit_en)):
                values["unit"], values["unit_en"] = unit or typed_unit, unit_en
                break
    if not values["description"]:
        values["description"] = values["description_en"] or ""


def settled_facts(
    values: dict[str, Any], item: CatalogItem | None, line: OrderLine | None = None
) -> None:
    """What the settlement list (JT/T 1133) prints of a line besides its words: a labor
    line's settled hours (an hourly job: its quantity; a flat-priced catalog job: the
    catalog's standard hours) and a part's brand / specification (the catalog item's, else
    what the line had)."""
    hours = None
    labor = LineKind(values["kind"]) is LineKind.LABOR
    if labor:
        if item is not None and item.flat:
            hours = item.standard_hours
        else:
            hours = values["quantity"]
    values["hours"] = hours
    brand = item.brand_spec if item is not None else None
    if brand is None and line is not None and line.catalog_item_id == values["catalog_item_id"]:
        brand = line.brand_spec
    values["brand_spec"] = None if labor else brand


def line_values(line: OrderLine) -> dict[str, Any]:
    return {k: getattr(line, k) for k in _AUDITED}


def append_lines(
    session: Session,
    ctx: ServiceContext,
    order: WorkOrder,
    values: list[dict[str, Any]],
    *,
    is_extra: bool,
    first: bool = False,
) -> list[OrderLine]:
    """Add lines after the order's last (``first``: the order is new, it has none)."""
    position = 0 if first else session.scalar(_LAST_POSITION, {"wb_order": order.id}) or 0
    added = []
    items = catalog_items(session, [v["catalog_item_id"] for v in values])
    for v in values:
        item = None
        if v["catalog_item_id"] is not None:
            item = items.get(v["catalog_item_id"])
            if item is None:
                raise NotFound("catalog item", v["catalog_item_id"])
        catalog_words(v, item)
        settled_facts(v, item)
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
    approval: ApprovalGrant | None = None,
) -> OrderDetail:
    """Add estimate lines (before approval) or, after approval, extra work needing consent;
    once per ``request_id``. ``approval``: a manager's, for a price below the catalog or a
    discount beyond the limit."""
    c = Collector()
    values = clean_lines(lines, c)
    c.raise_if_any()
    with ctx.db.write() as session:
        done = claim_request(session, request_id, "add_lines", order_id, ctx=ctx)  # + facts
        require(session, ctx, Permission.EDIT_LINES)
        approver, approved = authorize_prices(
            session, ctx, values, order_subject(order_id), approval
        )
        if done is not None:
            return load_order_detail(session, done)
        order = order_for_update(session, order_id, version)
        if order.state not in LINES_EDITABLE:
            raise IllegalTransition(
                "add lines", order.state.value, why="the order's lines are frozen"
            )
        extra = order.state is not OrderState.OPEN
        added = append_lines(session, ctx, order, values, is_extra=extra)
        names = ", ".join(l.description for l in added)
        touch(
            session,
            ctx,
            order,
            "extra_work" if extra else "estimate",
            f"added {names}",
            after={"lines": [line_values(l) for l in added]},
            approver=approver,
            approval=approved,
        )
        return order_result(ctx.db, order, added_lines=added)


def propose_extra_work(
    ctx: ServiceContext,
    order_id: int,
    lines: list[LineInput],
    *,
    finding: str | None = None,
    pause: bool = False,
    version: int | None = None,
    request_id: str | None = None,
    approval: ApprovalGrant | None = None,
) -> OrderDetail:
    """A technician's finding: lines proposed as extra work, sent to the advisor; optionally
    the job pauses until the customer decides. Once per ``request_id``. ``approval``: a
    manager's, for a price below the catalog or a discount beyond the limit."""
    c = Collector()
    values = clean_lines(lines, c)
    finding = c.run(check_text, finding, "finding", 2000) or None
    if not lines:
        c.add(ValidationError("lines", "required", "at least one line of extra work"))
    c.raise_if_any()
    with ctx.db.write() as session:
        done = claim_request(session, request_id, "extra_work", order_id, ctx=ctx)  # + facts
        require(session, ctx, Permission.PROPOSE_EXTRA_WORK)
        approver, approved = authorize_prices(
            session, ctx, values, order_subject(order_id), approval
        )
        if done is not None:
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
            after={"lines": [line_values(l) for l in added], "finding": finding},
            approver=approver,
            approval=approved,
        )
        return order_result(ctx.db, order, added_lines=added)


def decide_extra_work(
    ctx: ServiceContext,
    order_id: int,
    line_ids: list[int],
    *,
    approve: bool,
    method: ApprovalMethod,
    note: str | None = None,
    version: int | None = None,
    request_id: str | None = None,
) -> OrderDetail:
    """Record the customer's consent (or refusal) to proposed lines: how and when; once per
    ``request_id``.

    When the job was paused waiting for this decision and nothing is left undecided, it
    resumes by itself.
    """
    note = check_text(note, "note", 300) or None
    if not line_ids:
        raise ValidationErrors([ValidationError("lines", "required", "choose at least one line")])
    with ctx.db.write() as session:
        action = "extra_work_approved" if approve else "extra_work_declined"
        done = claim_request(session, request_id, action, order_id, ctx=ctx)  # + actor's facts
        require(session, ctx, Permission.DECIDE_EXTRA_WORK)
        if done is not None:
            return load_order_detail(session, done)
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
            before={"approval": Approval.PROPOSED},
            after={
                "approval": Approval.APPROVED if approve else Approval.DECLINED,
                "method": method,
                "lines": [line_values(l) for l in lines],
            },
        )
        return order_result(ctx.db, order)


def update_line(
    ctx: ServiceContext,
    order_id: int,
    line_id: int,
    data: LineInput,
    *,
    version: int,
    approval: ApprovalGrant | None = None,
) -> OrderDetail:
    """Change a line still awaiting the customer's decision (before that, it is a proposal).
    A new price below the catalog or a larger discount beyond the limit takes a manager's
    ``approval``."""
    c = Collector()
    values = clean_line(data, c)
    c.raise_if_any()
    with ctx.db.write() as session:
        require(session, ctx, Permission.EDIT_LINES)
        order = order_for_update(session, order_id, version)
        line = _line_for_edit(session, order, line_id)
        approver: User | None = None
        approved: Permission | None = None
        if (
            values["unit_price"] != line.unit_price
            or values["catalog_item_id"] != line.catalog_item_id
        ):
            approver, approved = authorize_prices(
                session,
                ctx,
                [{**values, "discount_percent": Decimal(0)}],
                order_subject(order.id),
                approval,
            )
        if values["discount_percent"] > line.discount_percent:
            discount = authorize_discount(
                session, ctx, values["discount_percent"], order_subject(order.id), approval
            )
            approver, approved = discount if discount[0] else (approver, approved)
        item = None
        if values["catalog_item_id"] is not None:
            item = session.get(CatalogItem, values["catalog_item_id"])
            if item is None:
                raise NotFound("catalog item", values["catalog_item_id"])
        catalog_words(values, item, line)
        settled_facts(values, item, line)
        before = line_values(line)
        for key, value in values.items():
            setattr(line, key, value)
        after = line_values(line)
        changed = [k for k in _AUDITED if before[k] != after[k]]
        touch(
            session,
            ctx,
            order,
            "line_update",
            f"changed {line.description}",
            before={"line": line.id, **{k: before[k] for k in changed}},
            after={"line": line.id, **{k: after[k] for k in changed}},
            approver=approver,
            approval=approved,
        )
        return order_result(ctx.db, order)


def remove_line(ctx: ServiceContext, order_id: int, line_id: int, *, version: int) -> OrderDetail:
    with ctx.db.write() as session:
        require(session, ctx, Permission.EDIT_LINES)
        order = order_for_update(session, order_id, version)
        line = _line_for_edit(session, order, line_id)
        session.delete(line)
        touch(
            session,
            ctx,
            order,
            "line_remove",
            f"removed {line.description}",
            before={"line": line.id, **line_values(line)},
        )
        return order_result(ctx.db, order)


def set_line_payer_and_discount(
    ctx: ServiceContext,
    order_id: int,
    line_id: int,
    *,
    payer: Payer | str,
    discount_percent: Decimal | str,
    version: int,
    approval: ApprovalGrant | None = None,
) -> OrderDetail:
    """Who pays a line (warranty, goodwill, ...) and its discount may change until settlement.
    Raising a discount beyond the shop's limit, or making a line goodwill (a 100% discount),
    takes ``DISCOUNT_OVER_LIMIT`` or a manager's ``approval``."""
    payer = check_payer(payer)
    pct = check_percent(discount_percent)
    with ctx.db.write() as session:
        require(session, ctx, Permission.DISCOUNT)
        order = order_for_update(session, order_id, version)
        if order.state not in LINES_EDITABLE:
            raise IllegalTransition(
                "change a line", order.state.value, why="the order's lines are frozen"
            )
        line = session.get(OrderLine, line_id)
        if line is None or line.order_id != order.id:
            raise NotFound("line", line_id)
        # goodwill (善意/商誉) is the shop giving the line away: a 100% discount as far as
        # the advisor's limit goes (warranty and insurance lines are paid by someone else)
        given = payer is Payer.GOODWILL and line.payer is not Payer.GOODWILL
        effective = Decimal(100) if given else pct
        approver, approved = (
            authorize_discount(session, ctx, effective, order_subject(order.id), approval)
            if given or pct > line.discount_percent
            else (None, None)
        )
        before = {
            "line": line.id,
            "payer": line.payer,
            "discount_percent": line.discount_percent,
            "amount": line_amounts(line.quantity, line.unit_price, line.discount_percent).net,
        }
        line.payer = payer
        line.discount_percent = pct
        amount = line_amounts(line.quantity, line.unit_price, pct).net
        touch(
            session,
            ctx,
            order,
            "line_update",
            f"{line.description}: {payer.value}, -{pct}% = {amount}",
            before=before,
            after={"line": line.id, "payer": payer, "discount_percent": pct, "amount": amount},
            approver=approver,
            approval=approved,
        )
        return order_result(ctx.db, order)


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
