"""Due lists (DOMAIN.md, "Keeping customers"): whom to call today and why.

Each list is one query on an index:

- ``maintenance``: the asset's latest order set a next service date in the window
  (``ix_work_orders_next_service_date``), or its next service mileage is reached in the
  window at the asset's own pace (km per day from its first and last mileage readings);
- ``first_service``: a vehicle invoiced about three months ago that never came back;
- ``warranty``: the manufacturer warranty ends in the window (``assets.warranty_until``,
  else the invoice date plus the kind's ``warranty.defaults`` months);
- ``inspection`` (年检) and ``insurance``: the asset's dates in the window;
- ``birthday``: the customer's birthday (month and day) in the window;
- ``inactive`` (no visit for 5 to 6 months) and ``lost`` (over 6 months): from the value
  classes' daily figures (``customer_values.last_visit_at``), so run
  :func:`app.services.value_classes.compute_classes` first (the daily start does).

Left out everywhere: merged or anonymised customers, company and staff vehicles, sold,
stolen and scrapped assets. The window runs from ``OVERDUE`` days ago to ``days`` ahead
(shop-local dates). A call on a row is logged with :func:`log_call`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from sqlalchemy import Integer, and_, any_, bindparam, exists, func, or_, select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session, aliased

from app.domain.enums import AssetKind, FollowUpOutcome, OrderState
from app.domain.errors import NotFound, ValidationError
from app.domain.models import Asset, CareCall, Customer, CustomerValue, Phone, WorkOrder
from app.domain.permissions import Permission
from app.domain.types import utcnow
from app.services.access import require
from app.services.context import ServiceContext
from app.services.followups import callable_asset, local_zone
from app.services.settings import setting
from app.services.value_classes import INACTIVE_AFTER, LOST_AFTER

KINDS = (
    "maintenance",
    "first_service",
    "warranty",
    "inspection",
    "insurance",
    "birthday",
    "inactive",
    "lost",
)
OVERDUE = 30  # days behind today a row stays on the list
FIRST_SERVICE_DAYS = 90  # the first service, days after the invoice
CALL_OUTCOMES = ("reached", "booked", "declined", "unreachable", "wrong_number")
ROW_LIMIT = 500


@dataclass(frozen=True)
class DueRow:
    kind: str
    customer_id: int
    customer: str
    phone: str | None
    asset_id: int | None
    asset: str | None
    due: date | None  # the date that makes the row (service, expiry, birthday, last visit)
    detail: str  # e.g. "next service 2026-12-10" or "projected 15200 km of 15000"
    due_km: int | None = None  # maintenance: the next service mileage set on the last visit
    km_per_day: int | None = None  # maintenance by mileage: the asset's own pace
    last_visit: datetime | None = None  # the last released visit (as last classified)
    last_call_at: datetime | None = None  # the last call logged on this list's row
    last_call_outcome: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "customer_id": self.customer_id,
            "customer": self.customer,
            "phone": self.phone,
            "asset_id": self.asset_id,
            "asset": self.asset,
            "due": self.due.isoformat() if self.due else None,
            "detail": self.detail,
        }


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise AssertionError


def _person() -> Any:
    return and_(Customer.merged_into_id.is_(None), Customer.anonymised_at.is_(None))


def _phone() -> Any:
    """The customer's first phone number (a correlated scalar)."""
    return (
        select(Phone.number)
        .where(Phone.customer_id == Customer.id)
        .order_by(Phone.position, Phone.id)
        .limit(1)
        .scalar_subquery()
    )


def _asset_rows(session: Session, kind: str, stmt: Any, detail: Any) -> list[DueRow]:
    rows = []
    for r in session.execute(stmt.limit(ROW_LIMIT)):
        rows.append(
            DueRow(kind, r.customer_id, r.customer, r.phone, r.asset_id, _label(r), r.due,
                   detail(r), getattr(r, "next_service_km", None))
        )  # fmt: skip
    return rows


def _label(r: Any) -> str:
    ident = r.plate or r.serial or r.vin or ""
    desc = " ".join(p for p in (r.make, r.model) if p)
    return f"{ident} {desc}".strip()


def _asset_columns() -> list[Any]:
    return [
        Customer.id.label("customer_id"),
        Customer.name.label("customer"),
        _phone().label("phone"),
        Asset.id.label("asset_id"),
        Asset.plate,
        Asset.serial,
        Asset.vin,
        Asset.make,
        Asset.model,
    ]


def _on_asset(column: Any, start: date, end: date) -> Any:
    return (
        select(*_asset_columns(), column.label("due"))
        .join(Customer, Customer.id == Asset.customer_id)
        .where(column >= start, column <= end, callable_asset(), _person())
        .order_by(column, Asset.id)
    )


def due_list(
    ctx: ServiceContext,
    kind: str,
    *,
    days: int = 30,
    today: date | None = None,
    now: datetime | None = None,
    zone: tzinfo | None = None,
) -> list[DueRow]:
    """The rows of one due list, soonest first (at most ``ROW_LIMIT``)."""
    if kind not in KINDS:
        raise ValidationError("kind", "invalid_choice", f"no due list {kind!r}", kind,
                              choices=KINDS)  # fmt: skip
    if not 0 <= days <= 366:
        raise ValidationError("days", "out_of_range", "0 to 366 days", days, low=0, high=366)
    now = now or utcnow()
    today = today or now.astimezone(zone or local_zone()).date()
    with ctx.db.read() as session:
        require(session, ctx, Permission.FOLLOW_UP)
        rows = _LISTS[kind](session, ctx, today, days, now)
        return _with_last_calls(session, kind, _with_last_visits(session, rows))


def _among(session: Session, column: Any, ids: set[int]) -> Any:
    """``column`` is one of ``ids``: on PostgreSQL one array parameter (``= ANY``), about
    four times faster than 500 separate ``IN`` parameters (41 ms against 10 ms measured)."""
    if session.get_bind().dialect.name == "postgresql":
        return column == any_(bindparam("ids", sorted(ids), type_=ARRAY(Integer)))
    return column.in_(ids)


def _with_last_calls(session: Session, kind: str, rows: list[DueRow]) -> list[DueRow]:
    """The last call logged on each row (this list, the customer and asset): so a second
    agent sees it was called (one query on the listed customers)."""
    ids = {r.customer_id for r in rows}
    if not ids:
        return rows
    found = session.execute(
        select(CareCall.customer_id, CareCall.asset_id, CareCall.at, CareCall.outcome)
        .where(CareCall.due_kind == kind, _among(session, CareCall.customer_id, ids))
        .order_by(CareCall.at, CareCall.id)
    ).all()
    last = {(cid, aid): (at, outcome) for cid, aid, at, outcome in found}
    out = []
    for r in rows:
        at, outcome = last.get((r.customer_id, r.asset_id), (None, None))
        out.append(replace(r, last_call_at=at, last_call_outcome=outcome) if at else r)
    return out


def _with_last_visits(session: Session, rows: list[DueRow]) -> list[DueRow]:
    """The customers' last visits as of the last classification (``customer_values``, the
    daily run and every run on demand; by key), as the inactive and lost lists read them."""
    ids = {r.customer_id for r in rows}
    if not ids:
        return rows
    found = session.execute(
        select(CustomerValue.customer_id, CustomerValue.last_visit_at).where(
            _among(session, CustomerValue.customer_id, ids)
        )
    ).all()
    last = {cid: at for cid, at in found}
    return [replace(r, last_visit=last.get(r.customer_id)) for r in rows]


def _maintenance(
    session: Session, ctx: ServiceContext, today: date, days: int, now: datetime
) -> list[DueRow]:
    start, end = today - timedelta(days=OVERDUE), today + timedelta(days=days)
    later = aliased(WorkOrder)
    newer = exists().where(
        later.asset_id == WorkOrder.asset_id,
        later.created_at > WorkOrder.created_at,
        later.state != OrderState.CANCELLED,
    )
    by_date = (
        select(
            *_asset_columns(), WorkOrder.next_service_date.label("due"), WorkOrder.next_service_km
        )
        .select_from(WorkOrder)
        .join(Asset, Asset.id == WorkOrder.asset_id)
        .join(Customer, Customer.id == WorkOrder.customer_id)
        .where(
            WorkOrder.next_service_date >= start,
            WorkOrder.next_service_date <= end,
            WorkOrder.state == OrderState.RELEASED,
            ~newer,
            callable_asset(),
            _person(),
        )
        .order_by(WorkOrder.next_service_date, Asset.id)
    )
    rows = _asset_rows(session, "maintenance", by_date, lambda r: f"next service {r.due}")
    seen = {r.asset_id for r in rows}
    rows += [r for r in _by_mileage(session, today, days, newer) if r.asset_id not in seen]
    rows.sort(key=lambda r: (r.due or today, r.asset_id or 0))
    return rows[:ROW_LIMIT]


def _by_mileage(session: Session, today: date, days: int, newer: Any) -> list[DueRow]:
    """Latest released orders with a next service mileage and a reading of their own; the
    asset's first reading comes from its earliest order (``ix_work_orders_asset_created``,
    one index probe per candidate); the projection (km per day) is done per row."""
    reading = aliased(WorkOrder)
    odo = func.coalesce(reading.mileage_out, reading.mileage_in)
    own = func.coalesce(WorkOrder.mileage_out, WorkOrder.mileage_in)

    def first(column: Any) -> Any:
        return (
            select(column)
            .where(
                reading.asset_id == WorkOrder.asset_id,
                odo.is_not(None),
                reading.state != OrderState.CANCELLED,
            )
            .order_by(reading.created_at, reading.id)
            .limit(1)
            .scalar_subquery()
        )

    stmt = (
        select(
            *_asset_columns(),
            WorkOrder.next_service_km,
            first(reading.created_at).label("first_at"),
            WorkOrder.created_at.label("last_at"),
            first(odo).label("first_km"),
            own.label("last_km"),
        )
        .select_from(WorkOrder)
        .join(Asset, Asset.id == WorkOrder.asset_id)
        .join(Customer, Customer.id == WorkOrder.customer_id)
        .where(
            WorkOrder.next_service_km.is_not(None),
            own.is_not(None),
            WorkOrder.state == OrderState.RELEASED,
            ~newer,
            callable_asset(),
            _person(),
        )
    )
    rows = []
    for r in session.execute(stmt):
        if r.first_at is None or r.first_km is None:
            continue
        span = (r.last_at - r.first_at).total_seconds() / 86400
        if span < 1 or r.last_km <= r.first_km:
            continue  # one reading (or none moving): no pace to project from
        per_day = (r.last_km - r.first_km) / span
        left = r.next_service_km - r.last_km
        ahead = max(0.0, left / per_day)
        if ahead > (today - r.last_at.date()).days + days:
            continue  # a car that hardly moves reaches its service km after the window
        reach = r.last_at.date() + timedelta(days=ahead)
        if today - timedelta(days=OVERDUE) <= reach <= today + timedelta(days=days):
            detail = f"{r.next_service_km} km at {per_day:.0f} km/day"
            rows.append(
                DueRow("maintenance", r.customer_id, r.customer, r.phone, r.asset_id, _label(r),
                       reach, detail, r.next_service_km, round(per_day))
            )  # fmt: skip
    return rows


def _first_service(
    session: Session, ctx: ServiceContext, today: date, days: int, now: datetime
) -> list[DueRow]:
    start = today - timedelta(days=OVERDUE + FIRST_SERVICE_DAYS)
    end = today + timedelta(days=days - FIRST_SERVICE_DAYS)
    stmt = _on_asset(Asset.invoice_date, start, end).where(
        Asset.kind == AssetKind.VEHICLE,
        ~exists().where(WorkOrder.asset_id == Asset.id, WorkOrder.state != OrderState.CANCELLED),
    )
    return [
        DueRow(r.kind, r.customer_id, r.customer, r.phone, r.asset_id, r.asset,
               r.due + timedelta(days=FIRST_SERVICE_DAYS) if r.due else None,
               f"invoiced {r.due}")
        for r in _asset_rows(session, "first_service", stmt, lambda r: "")
    ]  # fmt: skip


def _warranty(
    session: Session, ctx: ServiceContext, today: date, days: int, now: datetime
) -> list[DueRow]:
    start, end = today - timedelta(days=OVERDUE), today + timedelta(days=days)
    terms = setting(session, "warranty.defaults", ctx.actor.branch_id)
    by_invoice = [
        and_(
            Asset.kind == kind,
            Asset.invoice_date >= _add_months(start, -term.months),
            Asset.invoice_date <= _add_months(end, -term.months),
        )
        for kind, term in terms.items()
    ]
    stmt = (
        select(*_asset_columns(), Asset.warranty_until, Asset.invoice_date, Asset.kind)
        .join(Customer, Customer.id == Asset.customer_id)
        .where(
            or_(
                and_(Asset.warranty_until >= start, Asset.warranty_until <= end),
                and_(Asset.warranty_until.is_(None), or_(*by_invoice)),
            ),
            callable_asset(),
            _person(),
        )
        .limit(ROW_LIMIT)
    )
    rows = []
    for r in session.execute(stmt):
        ends = r.warranty_until or _add_months(r.invoice_date, terms[r.kind].months)
        rows.append(
            DueRow("warranty", r.customer_id, r.customer, r.phone, r.asset_id, _label(r), ends,
                   f"warranty ends {ends}")
        )  # fmt: skip
    rows.sort(key=lambda r: (r.due, r.asset_id))
    return rows


def _dated(column_name: str, label: str) -> Any:
    def run(
        session: Session, ctx: ServiceContext, today: date, days: int, now: datetime
    ) -> list[DueRow]:
        column = getattr(Asset, column_name)
        start, end = today - timedelta(days=OVERDUE), today + timedelta(days=days)
        stmt = _on_asset(column, start, end)
        return _asset_rows(session, column_name.split("_")[0], stmt, lambda r: f"{label} {r.due}")

    return run


def _birthday(
    session: Session, ctx: ServiceContext, today: date, days: int, now: datetime
) -> list[DueRow]:
    end = today + timedelta(days=days)
    first, last = today.strftime("%m-%d"), end.strftime("%m-%d")
    if end.year == today.year:
        window = and_(Customer.birthday_md >= first, Customer.birthday_md <= last)
    else:  # across the new year
        window = or_(Customer.birthday_md >= first, Customer.birthday_md <= last)
    has_asset = exists().where(Asset.customer_id == Customer.id, callable_asset())
    stmt = (
        select(Customer.id, Customer.name, _phone().label("phone"), Customer.birthday_md)
        .where(window, _person(), has_asset)
        .limit(ROW_LIMIT)
    )
    rows = []
    for cid, name, phone, md in session.execute(stmt):
        month, day = int(md[:2]), int(md[3:])
        when = _next_on(today, month, day)
        rows.append(DueRow("birthday", cid, name, phone, None, None, when, f"birthday {md}"))
    rows.sort(key=lambda r: (r.due, r.customer_id))
    return rows


def _next_on(today: date, month: int, day: int) -> date:
    for year in (today.year, today.year + 1):
        try:
            when = date(year, month, day)
        except ValueError:  # 29 February in a common year: the 28th
            when = date(year, month, 28)
        if when >= today:
            return when
    return when


def _since_visit(kind: str) -> Any:
    def run(
        session: Session, ctx: ServiceContext, today: date, days: int, now: datetime
    ) -> list[DueRow]:
        if kind == "inactive":
            window = and_(
                CustomerValue.last_visit_at < now - INACTIVE_AFTER,
                CustomerValue.last_visit_at >= now - LOST_AFTER,
            )
        else:
            window = CustomerValue.last_visit_at < now - LOST_AFTER
        has_asset = exists().where(Asset.customer_id == Customer.id, callable_asset())
        stmt = (
            select(Customer.id, Customer.name, _phone().label("phone"),
                   CustomerValue.last_visit_at)
            .join(Customer, Customer.id == CustomerValue.customer_id)
            .where(window, _person(), has_asset)
            .order_by(CustomerValue.last_visit_at.desc(), Customer.id)
            .limit(ROW_LIMIT)
        )  # fmt: skip
        return [
            DueRow(kind, cid, name, phone, None, None, last.date(), f"last visit {last.date()}")
            for cid, name, phone, last in session.execute(stmt)
        ]

    return run


_LISTS = {
    "maintenance": _maintenance,
    "first_service": _first_service,
    "warranty": _warranty,
    "inspection": _dated("inspection_due", "inspection due"),
    "insurance": _dated("insurance_due", "insurance renewal"),
    "birthday": _birthday,
    "inactive": _since_visit("inactive"),
    "lost": _since_visit("lost"),
}


def log_call(
    ctx: ServiceContext,
    kind: str,
    customer_id: int,
    *,
    outcome: str,
    asset_id: int | None = None,
    note: str | None = None,
    duration_s: int = 0,
    now: datetime | None = None,
) -> int:
    """Log a call made from a due-list row (its outcome, length and note)."""
    if kind not in KINDS:
        raise ValidationError("kind", "invalid_choice", f"no due list {kind!r}", kind,
                              choices=KINDS)  # fmt: skip
    if outcome not in CALL_OUTCOMES and outcome not in set(FollowUpOutcome):
        raise ValidationError("outcome", "invalid_choice", f"no outcome {outcome!r}", outcome,
                              choices=CALL_OUTCOMES)  # fmt: skip
    if isinstance(duration_s, bool) or not 0 <= duration_s <= 4 * 3600:
        raise ValidationError("duration_s", "out_of_range", "0 to 4 hours", duration_s,
                              low=0, high=4 * 3600)  # fmt: skip
    note = (note or "").strip() or None
    if note is not None and len(note) > 500:
        raise ValidationError("note", "too_long", "at most 500 characters", max_len=500)
    with ctx.db.write() as session:
        require(session, ctx, Permission.FOLLOW_UP)
        if session.get(Customer, customer_id) is None:
            raise NotFound("customer", customer_id)
        call = CareCall(
            due_kind=kind, customer_id=customer_id, asset_id=asset_id, at=now or utcnow(),
            outcome=outcome, duration_s=duration_s, note=note, user_id=ctx.actor.user_id,
        )  # fmt: skip
        session.add(call)
        session.flush()
        return call.id
