"""Reception: walk-in intake, the inspection checklist, intake details, old recommendations.

Rights: taking in a car or device, its details, the walk-around inspection and the
customer's signature are ``INTAKE`` (a new customer or asset at the counter also
``EDIT_CUSTOMERS``); reading the checklist and old recommendations ``VIEW``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import and_, bindparam, select
from sqlalchemy.orm import Session

from app.db.numbering import next_number, provisional, put_number
from app.db.tail import add_tail, new_row
from app.domain.enums import Approval, AssetKind, DocumentKind, OrderState, RepairCategory
from app.domain.errors import IllegalTransition, NotFound, ValidationError, ValidationErrors
from app.domain.models import (
    Asset,
    ChecklistItem,
    Customer,
    DamageMark,
    Inspection,
    InspectionItem,
    OrderLine,
    StatusChange,
    WorkOrder,
)
from app.domain.permissions import Permission
from app.domain.types import utcnow
from app.domain.validation import check_text, needs_confirmation
from app.domain.workflow import DETAILS_EDITABLE, INSPECTION_STATES
from app.services.access import require
from app.services.approvals import ApprovalGrant
from app.services.context import ServiceContext, opened, order_for_update, touch
from app.services.customers import (
    Collector,
    add_asset,
    add_customer,
    clean_asset,
    clean_customer,
)
from app.services.idempotency import claim_request, complete_request
from app.services.inputs import DamageMarkInput, InspectionInput, IntakeInput, VisitDetails
from app.services.legal import find_comeback
from app.services.lines import append_lines, authorize_prices, clean_lines, line_values
from app.services.queries import load_order_detail, order_result
from app.services.views import OrderDetail, Recommendation
from app.services.workflow import apply_approval


def clean_details(d: VisitDetails, c: Collector, *, check_promise: bool = True) -> dict[str, Any]:
    """The visit details' column values; every field error goes to ``c``. With
    ``check_promise``, a promised time in the past is refused (:func:`promise_error`)."""
    values: dict[str, Any] = {
        "symptom": c.run(check_text, d.symptom, "symptom", 4000) or "",
        "fault_found": c.run(check_text, d.fault_found, "fault_found", 4000) or None,
        "accessories_left": c.run(check_text, d.accessories_left, "accessories_left", 500) or None,
        "valuables_left": c.run(check_text, d.valuables_left, "valuables_left", 500) or None,
        "notes": c.run(check_text, d.notes, "notes", 4000) or None,
        "mileage_in": d.mileage_in,
        "fuel_level": d.fuel_level,
        "promised_at": d.promised_at,
        "waits_on_site": bool(d.waits_on_site),
        "keep_old_parts": bool(d.keep_old_parts),
        "wash": bool(d.wash),
    }
    if d.mileage_in is not None and not 0 <= d.mileage_in <= 5_000_000:
        c.add(ValidationError("mileage_in", "mileage_range", "mileage out of range", d.mileage_in))
    if d.fuel_level is not None and not 0 <= d.fuel_level <= 100:
        c.add(
            ValidationError("fuel_level", "percent_range", "fuel level is 0 to 100 %", d.fuel_level)
        )
    if d.promised_at is not None and d.promised_at.tzinfo is None:
        c.add(ValidationError("promised_at", "naive_time", "the promised time needs a time zone"))
    elif check_promise and (err := promise_error(d.promised_at, d.typed_at)) is not None:
        c.add(err)
    return values


#: how far a promised time may lie behind the clock (stations' clocks differ a little, and a
#: promise of "now" takes a minute to confirm)
PROMISE_GRACE = timedelta(minutes=5)


def promise_error(
    promised_at: datetime | None, typed_at: datetime | None
) -> ValidationError | None:
    """A promised time in the past is refused. Both are aware times, so the comparison holds
    in any zone (the desk shows and picks shop-local time, the order stores UTC); ``typed_at``
    (when the desk took the details, for an intake sent later from the outbox) is the
    reference when it is earlier than now."""
    if promised_at is None or promised_at.tzinfo is None:
        return None
    now = utcnow()
    if typed_at is not None and typed_at.tzinfo is not None:
        now = min(now, typed_at)
    if promised_at < now - PROMISE_GRACE:
        return ValidationError(
            "promised_at", "promised_past", "the promised time is past", promised_at
        )
    return None


@dataclass(frozen=True)
class MileageReading:
    """The mileage a vehicle last came in with: ``on`` the shop-local day of that visit and
    ``order`` its number; both None when the reading is the vehicle file's own (no visit)."""

    km: int
    on: date | None = None
    order: str | None = None


def _last_mileages(before: bool) -> Any:
    """The statement of :func:`_last_mileage`, built once (bind parameters ``wb_asset``; with
    ``before``, ``wb_before`` and ``wb_before_at``)."""
    stmt = select(WorkOrder.mileage_in, WorkOrder.created_at, WorkOrder.number).where(
        WorkOrder.asset_id == bindparam("wb_asset"),
        WorkOrder.mileage_in.is_not(None),
        WorkOrder.state != OrderState.CANCELLED,
    )
    if before:
        stmt = stmt.where(
            WorkOrder.id != bindparam("wb_before"),
            WorkOrder.created_at <= bindparam("wb_before_at"),
        )
    return stmt.order_by(WorkOrder.created_at.desc(), WorkOrder.id.desc()).limit(1)


_LAST_MILEAGE = {False: _last_mileages(False), True: _last_mileages(True)}


def _last_mileage(
    session: Session, asset_id: int, before: WorkOrder | None = None
) -> MileageReading | None:
    """The last visit's mileage (the latest order with one, not cancelled; with ``before``,
    the latest order opened before that one), else the vehicle file's mileage."""
    params: dict[str, Any] = {"wb_asset": asset_id}
    if before is not None:
        params |= {"wb_before": before.id, "wb_before_at": before.created_at}
    row = session.execute(_LAST_MILEAGE[before is not None], params).first()
    if row is not None:
        return MileageReading(row.mileage_in, row.created_at.astimezone().date(), row.number)
    if before is not None:
        return None
    asset = session.get(Asset, asset_id)  # (the caller's, already read: no statement)
    km = asset.mileage_km if asset is not None else None
    return MileageReading(km) if km is not None else None


def check_mileage(
    km: int | None, last: MileageReading | None, confirmed: bool, field: str = "mileage_in"
) -> ValidationError | None:
    """A mileage lower than the last reading is refused until the advisor confirms it
    (``confirm_mileage``: the odometer was replaced, or the last one was mistyped)."""
    if km is None or last is None or km >= last.km or confirmed:
        return None
    return needs_confirmation(
        field,
        "mileage_lower",
        f"lower than the last visit's {last.km} km",
        km,
        "confirm_mileage",
        last_km=last.km,
        last_on=last.on.isoformat() if last.on else "",
        last_order=last.order or "",
    )


def _mileage_note(km: int | None, last: MileageReading | None) -> dict[str, Any] | None:
    """What the journal keeps of a confirmed lower mileage (None: nothing to keep)."""
    if km is None or last is None or km >= last.km:
        return None
    return {"mileage": km, "last_km": last.km, "last_order": last.order}


def _mileage_summary(note: dict[str, Any] | None) -> str:
    if note is None:
        return ""
    return f"; mileage {note['mileage']} km below the last {note['last_km']} km, confirmed"


def last_mileage(ctx: ServiceContext, asset_id: int) -> MileageReading | None:
    """The mileage of the vehicle's last visit (for the desk's mileage field to show)."""
    with ctx.db.read() as session:
        require(session, ctx, Permission.VIEW)
        if session.get(Asset, asset_id) is None:
            raise NotFound("asset", asset_id)
        return _last_mileage(session, asset_id)


def intake_subject(request_id: str | None) -> str:
    """What a manager's approval at intake names: the order does not exist yet, so the
    request (``ApprovalGrant.subject``)."""
    return f"intake:{request_id or ''}"


def intake(
    ctx: ServiceContext,
    data: IntakeInput,
    *,
    request_id: str | None = None,
    approval: ApprovalGrant | None = None,
) -> OrderDetail:
    """Open a work order for a walk-in: find or create the customer and the asset, record the
    visit details and the estimate lines. All or nothing; with ``request_id``, once only.
    ``approval``: a manager's, for :func:`intake_subject`, when a line is priced below the
    catalog or discounted beyond the limit."""
    c = Collector()
    customer_values = (
        clean_customer(data.customer, c, "customer.")
        if data.customer_id is None and data.customer
        else None
    )
    asset_values = (
        clean_asset(data.asset, c, "asset.") if data.asset_id is None and data.asset else None
    )
    if data.customer_id is None and data.customer is None:
        c.add(ValidationError("customer.name", "required", "choose or enter a customer"))
    if data.asset_id is None and data.asset is None:
        c.add(ValidationError("asset.kind", "required", "choose or enter the vehicle or device"))
    details = clean_details(data.details, c)
    lines = clean_lines(data.lines, c)
    inspection = (
        clean_inspection(data.inspection, c, "inspection.") if data.inspection is not None else None
    )
    c.raise_if_any()

    with ctx.db.write() as session:
        done = claim_request(session, request_id, "intake", ctx=ctx)  # + the actor's facts
        require(session, ctx, Permission.INTAKE)
        if customer_values is not None or asset_values is not None:
            require(session, ctx, Permission.EDIT_CUSTOMERS)
        approver, approved = authorize_prices(
            session, ctx, lines, intake_subject(request_id), approval
        )
        if done is not None:
            return load_order_detail(session, done)
        # a customer and vehicle on file: both read in one statement (the vehicle with its
        # owner; a vehicle of someone else is refused below)
        on_file = (
            session.execute(
                select(Asset, Customer)
                .join(Customer, Customer.id == Asset.customer_id)
                .where(Asset.id == data.asset_id)
            ).first()
            if data.customer_id is not None and data.asset_id is not None
            else None
        )
        if data.customer_id is not None:
            customer = session.get(Customer, data.customer_id)
            if customer is None:
                raise NotFound("customer", data.customer_id)
        else:
            assert customer_values is not None
            customer = add_customer(session, ctx, customer_values)
        if data.asset_id is not None:
            asset = session.get(Asset, data.asset_id)
            if asset is None:
                raise NotFound("asset", data.asset_id)
            if asset.customer_id != customer.id:
                raise ValidationError(
                    "asset", "asset_other_owner", "the asset belongs to another customer"
                )
        else:
            assert asset_values is not None
            reading = details["mileage_in"]
            if reading is not None and (asset_values.get("mileage_km") or 0) < reading:
                asset_values["mileage_km"] = reading  # (written with the new asset's row)
            asset = add_asset(session, ctx, customer.id, asset_values, "asset.")
        del on_file  # (held until both were taken from the session)
        last = _last_mileage(session, asset.id) if data.asset_id is not None else None
        if err := check_mileage(details["mileage_in"], last, data.details.confirm_mileage):
            raise ValidationErrors([err])
        lowered = _mileage_note(details["mileage_in"], last)
        # a lower reading (confirmed) never winds the file back: the next visit is compared
        # with this visit's own reading (``_last_mileage``)
        if details["mileage_in"] is not None and (asset.mileage_km or 0) < details["mileage_in"]:
            asset.mileage_km = details["mileage_in"]
        # 返修: a vehicle on file back within an earlier repair's quality guarantee (a
        # device or e-bike has none: not looked for)
        comeback = (
            find_comeback(session, asset.id, utcnow().astimezone().date(), details["mileage_in"])
            if data.asset_id is not None and asset.kind is AssetKind.VEHICLE
            else None
        )
        # the number is taken last, just before the commit (the day's counter is held from
        # then on): until then the order and its journal carry a stand-in
        stand_in = provisional(session)
        order = WorkOrder(
            number=stand_in,
            branch_id=ctx.actor.branch_id,
            state=OrderState.OPEN,
            customer_id=customer.id,
            asset_id=asset.id,
            advisor_id=data.advisor_id or ctx.actor.user_id,
            repair_category=(
                RepairCategory(data.repair_category)
                if data.repair_category and asset.kind is AssetKind.VEHICLE
                else None
            ),
            comeback_of_id=comeback.order_id if comeback else None,
            **details,
        )
        session.add(order)
        session.flush()
        opened(session, order)
        add_tail(
            session,
            new_row(
                StatusChange,
                order_id=order.id,
                from_state=None,
                to_state=OrderState.OPEN,
                reason="intake",
                user_id=ctx.actor.user_id,
                station_id=ctx.actor.station_id,
            ),
        )
        added = append_lines(session, ctx, order, lines, is_extra=False, first=True)
        if data.appointment_id is not None:  # a booked customer arrived: linked, counted
            from app.services.appointments import mark_arrived

            mark_arrived(session, ctx, data.appointment_id, order, utcnow())
        touch(
            session,
            ctx,
            order,
            "intake",
            f"opened {order.number} for {customer.name}"
            + _mileage_summary(lowered)
            + (f"; comeback within the guarantee of {comeback.number}" if comeback else ""),
            after={
                "state": OrderState.OPEN,
                **({"comeback_of": comeback.number} if comeback else {}),
                "lines": [line_values(l) for l in added],
                **({"mileage_lower_confirmed": lowered} if lowered else {}),
            },
            approver=approver,
            approval=approved,
        )
        if inspection is not None:
            write_inspection(session, ctx, order, inspection, "inspection.")
        if data.approval is not None:
            apply_approval(session, ctx, order, data.approval)
        complete_request(session, request_id, order.id)
        number = next_number(session, DocumentKind.WORK_ORDER, branch_id=ctx.actor.branch_id)
        put_number(
            session,
            stand_in,
            number,
            [
                (WorkOrder.number, order.id),
            ],
        )
        return order_result(ctx.db, order, added_lines=added)


def update_details(
    ctx: ServiceContext, order_id: int, details: VisitDetails, *, version: int
) -> OrderDetail:
    c = Collector()
    values = clean_details(details, c, check_promise=False)
    c.raise_if_any()
    with ctx.db.write() as session:
        require(session, ctx, Permission.INTAKE)
        order = order_for_update(session, order_id, version)
        if order.state not in DETAILS_EDITABLE:
            raise IllegalTransition("edit the order", order.state.value, why="the order is closed")
        changed = [k for k, v in values.items() if getattr(order, k) != v]
        # an overdue promise may stay as it is; a new one must not lie in the past
        if "promised_at" in changed and (
            err := promise_error(values["promised_at"], details.typed_at)
        ):
            raise ValidationErrors([err])
        lowered = None
        if "mileage_in" in changed:
            last = _last_mileage(session, order.asset_id, before=order)
            if err := check_mileage(values["mileage_in"], last, details.confirm_mileage):
                raise ValidationErrors([err])
            lowered = _mileage_note(values["mileage_in"], last)
        before = {k: getattr(order, k) for k in changed}
        for key in changed:
            setattr(order, key, values[key])
        touch(
            session,
            ctx,
            order,
            "details",
            "changed " + (", ".join(changed) or "nothing") + _mileage_summary(lowered),
            before=before,
            after={
                **{k: values[k] for k in changed},
                **({"mileage_lower_confirmed": lowered} if lowered else {}),
            },
        )
        return order_result(ctx.db, order)


def checklist(ctx: ServiceContext, kind: AssetKind) -> list[ChecklistItem]:
    with ctx.db.read() as session:
        require(session, ctx, Permission.VIEW)
        return list(
            session.scalars(
                select(ChecklistItem)
                .where(ChecklistItem.asset_kind == kind, ChecklistItem.active.is_(True))
                .order_by(ChecklistItem.position)
            )
        )


def _fraction(raw: object, field: str, c: Collector) -> Decimal | None:
    try:
        value = Decimal(str(raw))
    except (InvalidOperation, ValueError):
        value = Decimal(-1)
    if not value.is_finite() or not 0 <= value <= 1:
        c.add(ValidationError(field, "mark_position", "a mark lies on the diagram (0..1)", raw))
        return None
    return value.quantize(Decimal("0.0001"))


@dataclass
class _CleanInspection:
    data: InspectionInput
    note: str | None
    item_notes: list[str | None]
    marks: list[tuple[Decimal | None, Decimal | None, DamageMarkInput]]


def clean_inspection(data: InspectionInput, c: Collector, prefix: str = "") -> _CleanInspection:
    note = c.run(check_text, data.note, prefix + "note", 500) or None
    notes = [
        c.run(check_text, i.note, f"{prefix}items.{n}.note", 300) or None
        for n, i in enumerate(data.items)
    ]
    marks = [
        (_fraction(m.x, f"{prefix}marks.{n}.x", c), _fraction(m.y, f"{prefix}marks.{n}.y", c), m)
        for n, m in enumerate(data.marks)
    ]
    if data.fuel_level is not None and not 0 <= data.fuel_level <= 100:
        c.add(
            ValidationError(
                prefix + "fuel_level", "percent_range", "fuel level is 0 to 100 %", data.fuel_level
            )
        )
    if data.mileage is not None and not 0 <= data.mileage <= 5_000_000:
        c.add(
            ValidationError(
                prefix + "mileage", "mileage_range", "mileage out of range", data.mileage
            )
        )
    return _CleanInspection(data, note, notes, marks)


def write_inspection(
    session: Session,
    ctx: ServiceContext,
    order: WorkOrder,
    clean: _CleanInspection,
    prefix: str = "",
) -> None:
    """Store the inspection of ``order`` (replacing an earlier one) inside the caller's
    transaction."""
    data = clean.data
    if order.state not in INSPECTION_STATES:
        raise IllegalTransition(
            "record the inspection",
            order.state.value,
            tuple(s.value for s in INSPECTION_STATES),
        )
    asset = session.get(Asset, order.asset_id)
    assert asset is not None
    template = {
        i.code: i
        for i in session.scalars(
            select(ChecklistItem).where(ChecklistItem.asset_kind == asset.kind)
        )
    }
    existing = session.scalar(select(Inspection).where(Inspection.order_id == order.id))
    if existing is not None:
        session.delete(existing)
        session.flush()
    inspection = Inspection(order_id=order.id, inspector_id=ctx.actor.user_id, note=clean.note)
    for n, (item, item_note) in enumerate(zip(data.items, clean.item_notes, strict=True)):
        t = template.get(item.code)
        if t is None:
            raise ValidationError(
                f"{prefix}items.{n}.code", "unknown_item", "not on this checklist", item.code
            )
        inspection.items.append(
            InspectionItem(
                position=t.position,
                code=t.code,
                label_zh=t.label_zh,
                label_en=t.label_en,
                result=item.result,
                note=item_note,
            )
        )
    inspection.items.sort(key=lambda i: i.position)  # checklist order, as when reloaded
    for x, y, m in clean.marks:
        inspection.marks.append(DamageMark(x=x, y=y, damage=m.damage, note=m.note))
    lowered = None
    if data.mileage is not None and data.mileage != order.mileage_in:
        last = _last_mileage(session, asset.id, before=order)
        if err := check_mileage(data.mileage, last, data.confirm_mileage, prefix + "mileage"):
            raise ValidationErrors([err])
        lowered = _mileage_note(data.mileage, last)
    session.add(inspection)
    if data.fuel_level is not None:
        order.fuel_level = data.fuel_level
    if data.mileage is not None:
        order.mileage_in = data.mileage
        if (asset.mileage_km or 0) < data.mileage:
            asset.mileage_km = data.mileage
    touch(
        session,
        ctx,
        order,
        "inspection",
        f"inspection: {len(data.items)} items, {len(data.marks)} marks" + _mileage_summary(lowered),
        after={
            "items": len(data.items),
            "marks": len(data.marks),
            "fuel_level": data.fuel_level,
            "mileage": data.mileage,
            **({"mileage_lower_confirmed": lowered} if lowered else {}),
        },
    )


def record_inspection(
    ctx: ServiceContext, order_id: int, data: InspectionInput, *, version: int | None = None
) -> OrderDetail:
    """The walk-around inspection (预检单); recording it again replaces the earlier record."""
    c = Collector()
    clean = clean_inspection(data, c)
    c.raise_if_any()
    with ctx.db.write() as session:
        require(session, ctx, Permission.INTAKE)
        order = order_for_update(session, order_id, version)
        write_inspection(session, ctx, order, clean)
        return order_result(ctx.db, order)


def declined_recommendations(
    ctx: ServiceContext, asset_id: int, limit: int = 20
) -> list[Recommendation]:
    """Lines the customer declined on earlier visits of this asset, newest first, leaving out
    those done since (same catalog item or same description approved later)."""
    with ctx.db.read() as session:
        require(session, ctx, Permission.VIEW)
        return _declined(session, asset_id, limit)


def _declined(session: Session, asset_id: int, limit: int) -> list[Recommendation]:
    rows = session.execute(
        select(OrderLine, WorkOrder.number)
        .join(WorkOrder, WorkOrder.id == OrderLine.order_id)
        .where(WorkOrder.asset_id == asset_id, OrderLine.approval == Approval.DECLINED)
        .order_by(OrderLine.approval_at.desc(), OrderLine.id.desc())
        .limit(limit * 3)
    ).all()
    done = session.execute(
        select(OrderLine.catalog_item_id, OrderLine.description, OrderLine.approval_at)
        .join(WorkOrder, WorkOrder.id == OrderLine.order_id)
        .where(
            WorkOrder.asset_id == asset_id,
            and_(OrderLine.approval == Approval.APPROVED, WorkOrder.state != OrderState.CANCELLED),
        )
    ).all()
    result: list[Recommendation] = []
    seen: set[object] = set()
    for line, number in rows:
        key = line.catalog_item_id or line.description
        if key in seen:
            continue
        seen.add(key)
        redone = any(
            (
                d.catalog_item_id == line.catalog_item_id
                if line.catalog_item_id
                else d.description == line.description
            )
            and (
                d.approval_at is None
                or line.approval_at is None
                or d.approval_at > line.approval_at
            )
            for d in done
        )
        if not redone:
            result.append(
                Recommendation(
                    line.id,
                    number,
                    line.approval_at,
                    line.kind.value,
                    line.description,
                    line.quantity,
                    line.unit_price,
                    line.catalog_item_id,
                    line.description_en,
                    line.unit,
                    line.unit_en,
                )
            )
        if len(result) >= limit:
            break
    return result
