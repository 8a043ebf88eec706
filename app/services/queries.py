"""Read-side use cases: an order whole, the progress board, order lists, pending extra work."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import fields
from datetime import datetime
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import Integer, Subquery, bindparam, func, literal, select, true, union_all
from sqlalchemy.orm import Session, joinedload, selectinload
from sqlalchemy.orm.attributes import set_committed_value

from app.db.engine import Database
from app.domain.enums import (
    Approval,
    OrderState,
    PaymentKind,
    SettlementRounding,
)
from app.domain.errors import NotFound
from app.domain.models import (
    Asset,
    Customer,
    Inspection,
    OrderEvent,
    OrderLine,
    Payment,
    QualityCheck,
    ReleaseSlip,
    Settlement,
    StatusChange,
    User,
    UserRole,
    WorkOrder,
)
from app.domain.money import ZERO, PricedLine, compute_totals, line_amounts
from app.domain.permissions import Permission
from app.domain.types import utcnow
from app.services.access import require
from app.services.context import ServiceContext
from app.services.settings import rounding_mode
from app.services.views import BoardRow, OrderDetail, OrderSummary, PendingExtraWork

T = TypeVar("T")

BOARD_STATES = (
    OrderState.OPEN,
    OrderState.APPROVED,
    OrderState.ASSIGNED,
    OrderState.IN_PROGRESS,
    OrderState.PAUSED,
    OrderState.WORK_DONE,
    OrderState.READY,
    OrderState.SETTLED,
)


def priced(lines: list[OrderLine]) -> list[PricedLine]:
    return [
        PricedLine(l.quantity, l.unit_price, l.discount_percent, l.payer, l.approval) for l in lines
    ]


# The statements of an order's full view are built once: per call only the order id is bound
# (no statement building or cache-key generation on every open of an order). Many-to-one
# rows are joined in; each collection costs one round trip.
_ORDER_ID = bindparam("order_id", type_=Integer)


def _named(path: Any) -> Any:
    """A user an order's detail names: their roles are not loaded with each kind of user
    (about seven statements per order opened) but for all at once (:func:`_roles_of`)."""
    return path.lazyload(User.extra_roles)


def _roles_of(session: Session, users: Iterable[User | None]) -> None:
    """The extra roles of ``users`` in one statement, set on each (read after the session)."""
    by_id = {u.id: u for u in users if u is not None and "extra_roles" not in u.__dict__}
    if not by_id:
        return
    found: dict[int, list[UserRole]] = {}
    rows = session.scalars(
        select(UserRole).where(UserRole.user_id.in_(list(by_id))).order_by(UserRole.role)
    )
    for row in rows:
        found.setdefault(row.user_id, []).append(row)
    for user_id, user in by_id.items():
        set_committed_value(user, "extra_roles", found.get(user_id, []))


_ORDER = (
    select(WorkOrder)
    .where(WorkOrder.id == _ORDER_ID)
    .options(
        joinedload(WorkOrder.customer).joinedload(Customer.phones),
        joinedload(WorkOrder.asset),
        _named(joinedload(WorkOrder.advisor)),
        _named(joinedload(WorkOrder.technician)),
        _named(selectinload(WorkOrder.lines).joinedload(OrderLine.technician)),
        _named(selectinload(WorkOrder.lines).joinedload(OrderLine.approval_by)),
        _named(selectinload(WorkOrder.history).joinedload(StatusChange.user)),
        selectinload(WorkOrder.history).joinedload(StatusChange.station),
    )
)
_INSPECTION = (
    select(Inspection)
    .where(Inspection.order_id == _ORDER_ID)
    .options(joinedload(Inspection.items), joinedload(Inspection.marks))
)
_CHECKS = (
    select(QualityCheck)
    .where(QualityCheck.order_id == _ORDER_ID)
    .options(_named(joinedload(QualityCheck.inspector)))
    .order_by(QualityCheck.id)
)
_SETTLEMENT = (
    select(Settlement)
    .where(Settlement.order_id == _ORDER_ID, Settlement.voided_at.is_(None))
    .options(_named(joinedload(Settlement.user)))
)
_PAYMENTS = (
    select(Payment)
    .where(Payment.order_id == _ORDER_ID)
    .options(_named(joinedload(Payment.user)), joinedload(Payment.station))
    .order_by(Payment.id)
)
_RELEASE = select(ReleaseSlip).where(ReleaseSlip.order_id == _ORDER_ID)
_EVENTS = (
    select(OrderEvent)
    .where(OrderEvent.order_id == _ORDER_ID)
    .options(_named(joinedload(OrderEvent.user)), joinedload(OrderEvent.station))
    .order_by(OrderEvent.version)
)
_NUMBER = select(WorkOrder.number).where(WorkOrder.id == _ORDER_ID)


def load_order_detail(session: Session, order_id: int) -> OrderDetail:
    key = {"order_id": order_id}
    order = session.execute(_ORDER, key).unique().scalar_one_or_none()
    if order is None:
        raise NotFound("order", order_id)
    inspection = session.execute(_INSPECTION, key).unique().scalar_one_or_none()
    checks = list(session.scalars(_CHECKS, key))
    settlement = session.scalars(_SETTLEMENT, key).first()
    payments = list(session.scalars(_PAYMENTS, key))
    release = session.scalars(_RELEASE, key).first()
    events = list(session.scalars(_EVENTS, key))
    mode = rounding_mode(session, order.branch_id)
    lines = list(order.lines)
    reopened_from = None
    if order.reopened_from_id:
        reopened_from = session.scalar(_NUMBER, {"order_id": order.reopened_from_id})
    comeback_of = None
    if order.comeback_of_id:
        comeback_of = session.scalar(_NUMBER, {"order_id": order.comeback_of_id})
    _roles_of(
        session,
        [
            order.advisor,
            order.technician,
            *(u for l in lines for u in (l.technician, l.approval_by)),
            *(h.user for h in order.history),
            *(c.inspector for c in checks),
            settlement.user if settlement is not None else None,
            *(p.user for p in payments),
            *(e.user for e in events),
        ],
    )
    return OrderDetail(
        order=order,
        customer=order.customer,
        asset=order.asset,
        lines=lines,
        inspection=inspection,
        quality_checks=checks,
        settlement=settlement,
        payments=payments,
        release=release,
        events=events,
        totals=compute_totals(priced(lines), mode),
        estimate=compute_totals(priced(lines), SettlementRounding.NONE, include_proposed=True),
        paid=net_paid(payments),
        reopened_from_number=reopened_from,
        comeback_of_number=comeback_of,
    )


class _Later(OrderDetail):
    """An order a service call changed, handed back without reading it again: ``id`` and
    ``version`` (and what the service set, e.g. ``health_missing``) are known at once; the
    rest is loaded, as it is by then, with a short read of its own on the first access
    (:func:`order_result`). :func:`ready` loads it at once (a desk's worker thread does,
    so the window never waits on the database)."""

    def __init__(self, db: Database, order: WorkOrder) -> None:
        self.__dict__["_db"] = db
        self.__dict__["_written"] = order

    def __getattribute__(self, name: str) -> Any:
        if name in _LATER_FIELDS:
            own = object.__getattribute__(self, "__dict__")
            if name not in own:
                object.__getattribute__(self, "_fill")()
        return object.__getattribute__(self, name)

    def _fill(self) -> None:
        own = self.__dict__
        with own["_db"].read() as session:
            full = load_order_detail(session, own["_written"].id)
        for f in fields(OrderDetail):
            own.setdefault(f.name, getattr(full, f.name))

    @property
    def id(self) -> int:
        return int(self.__dict__["_written"].id)

    @property
    def version(self) -> int:
        """The version the call produced (what the station saved), even once the order has
        been loaded as it is now (another station may have moved it on since)."""
        return int(self.__dict__["_written"].version)


_LATER_FIELDS = frozenset(f.name for f in fields(OrderDetail))


def order_result(db: Database, order: WorkOrder, **known: Any) -> OrderDetail:
    """What a service that changed ``order`` returns: the order without a second read inside
    the transaction; the whole of it is loaded when the caller first looks (after the commit)
    at more than ``id``, ``version`` and the fields the call knew (``known``: e.g. the lines
    it added, a statement's amount due)."""
    later = _Later(db, order)
    later.__dict__.update(known)
    return later


def ready(result: T) -> T:
    """``result`` with an order handed back by :func:`order_result` loaded now (also inside
    an outbox's ``Submitted``)."""
    target = getattr(result, "result", result)
    if isinstance(target, _Later):
        target._fill()
    return result


def net_paid(payments: list[Payment]) -> Decimal:
    total = ZERO
    for p in payments:
        total += p.amount if p.kind is PaymentKind.PAYMENT else -p.amount
    return total


def get_order(ctx: ServiceContext, order_id: int) -> OrderDetail:
    with ctx.db.read() as session:
        require(session, ctx, Permission.VIEW)
        return load_order_detail(session, order_id)


def find_order_id(session: Session, number: str) -> int:
    order_id = session.scalar(
        select(WorkOrder.id).where(WorkOrder.number == number.strip().upper())
    )
    if order_id is None:
        raise NotFound("order", number)
    return order_id


def get_order_by_number(ctx: ServiceContext, number: str) -> OrderDetail:
    with ctx.db.read() as session:
        require(session, ctx, Permission.VIEW)
        return load_order_detail(session, find_order_id(session, number))


def board_order(row: BoardRow, states: tuple[OrderState, ...] = BOARD_STATES) -> tuple[Any, ...]:
    """Where a row stands on a board (the order :func:`board` gives): its state in workflow
    order, then the earliest promised first (none promised last), then the oldest order."""
    rank = states.index(row.state) if row.state in states else len(states)
    promised = row.promised_at.timestamp() if row.promised_at is not None else 0.0
    return (rank, row.promised_at is None, promised, row.order_id)


def _board_ids(states: tuple[OrderState, ...], limit: int, ids: Collection[int] | None) -> Subquery:
    """The first ``limit`` orders of each state (its rank in ``states`` with them): one
    range of the (state, promised) index per state, however many orders the database holds,
    instead of sorting every open order by the workflow's rank."""
    parts = []
    for rank, state in enumerate(states):
        first = (
            select(WorkOrder.id.label("id"), literal(rank).label("rank"))
            .where(
                WorkOrder.state == state,
                WorkOrder.id.in_(sorted(ids)) if ids is not None else true(),
            )
            .order_by(WorkOrder.promised_at.asc().nulls_last(), WorkOrder.id)
            .limit(limit)
            .subquery()
        )
        parts.append(select(first.c.id, first.c.rank))
    return union_all(*parts).subquery("board_top")


def board(
    ctx: ServiceContext,
    limit: int = 500,
    states: tuple[OrderState, ...] = BOARD_STATES,
    ids: Collection[int] | None = None,
) -> list[BoardRow]:
    """Open orders for the progress board in :func:`board_order`: workflow order, then most
    urgent (earliest promised) first. With ``ids``, only those orders (those still in
    ``states``): a desk patches the rows a change named instead of reloading the board."""
    now = utcnow()
    top = _board_ids(states, limit, ids)
    with ctx.db.read() as session:
        require(session, ctx, Permission.VIEW)
        rows = session.execute(
            select(
                WorkOrder.id,
                WorkOrder.number,
                WorkOrder.state,
                WorkOrder.pause_reason,
                Asset.plate,
                Asset.imei,
                Asset.serial,
                Asset.frame_no,
                Asset.make,
                Asset.model,
                Customer.name,
                User.name,
                WorkOrder.promised_at,
                WorkOrder.waits_on_site,
                WorkOrder.version,
            )
            .join(top, top.c.id == WorkOrder.id)
            .join(Asset, Asset.id == WorkOrder.asset_id)
            .join(Customer, Customer.id == WorkOrder.customer_id)
            .outerjoin(User, User.id == WorkOrder.technician_id)
            .order_by(top.c.rank, WorkOrder.promised_at.asc().nulls_last(), WorkOrder.id)
            .limit(limit)
        ).all()
    return [
        BoardRow(
            order_id=r[0],
            number=r[1],
            state=r[2],
            pause_reason=r[3],
            asset_label=_label(r[4], r[5], r[6], r[7], r[8], r[9]),
            customer_name=r[10],
            technician=r[11],
            promised_at=r[12],
            waits_on_site=r[13],
            late=_is_late(r[2], r[12], now),
            version=r[14],
        )
        for r in rows
    ]


def _is_late(state: OrderState, promised: datetime | None, now: datetime) -> bool:
    return (
        promised is not None
        and promised < now
        and state
        not in (
            OrderState.SETTLED,
            OrderState.RELEASED,
            OrderState.CANCELLED,
            OrderState.READY,
        )
    )


def _label(*parts: str | None) -> str:
    plate, imei, serial, frame_no, make, model = parts
    ident = plate or imei or serial or frame_no or ""
    desc = " ".join(p for p in (make, model) if p)
    return f"{ident} {desc}".strip()


def list_orders(
    ctx: ServiceContext,
    state: OrderState | None = None,
    limit: int | None = None,
    ids: Collection[int] | None = None,
) -> list[OrderSummary]:
    """Orders newest first; with ``ids``, only those (a desk patching the rows a change
    named)."""
    with ctx.db.read() as session:
        require(session, ctx, Permission.VIEW)
        stmt = (
            select(
                WorkOrder.id,
                WorkOrder.number,
                WorkOrder.state,
                WorkOrder.created_at,
                Asset.plate,
                Asset.imei,
                Asset.serial,
                Asset.frame_no,
                Asset.make,
                Asset.model,
                Customer.name,
                WorkOrder.customer_id,
                WorkOrder.asset_id,
            )
            .join(Asset, Asset.id == WorkOrder.asset_id)
            .join(Customer, Customer.id == WorkOrder.customer_id)
            .order_by(WorkOrder.id.desc())
        )
        if state is not None:
            stmt = stmt.where(WorkOrder.state == state)
        if ids is not None:
            stmt = stmt.where(WorkOrder.id.in_(sorted(ids)))
        if limit:
            stmt = stmt.limit(limit)
        rows = session.execute(stmt).all()
    return [
        OrderSummary(r[0], r[1], r[2], r[3], _label(*r[4:10]), r[10], None, r[11], r[12])
        for r in rows
    ]


def pending_extra_work(
    ctx: ServiceContext, order_ids: Collection[int] | None = None
) -> list[PendingExtraWork]:
    """Extra work waiting for the customer's decision, oldest first, with a phone to call
    and what the technician found (to read to the customer). With ``order_ids``, only
    those orders' (a desk patching its list with the orders a change names)."""
    with ctx.db.read() as session:
        require(session, ctx, Permission.VIEW)
        only = [OrderLine.order_id.in_(list(order_ids))] if order_ids is not None else []
        lines = (
            session.scalars(
                select(OrderLine)
                .join(WorkOrder, WorkOrder.id == OrderLine.order_id)
                .where(
                    OrderLine.approval == Approval.PROPOSED,
                    OrderLine.is_extra.is_(True),
                    WorkOrder.state.notin_((OrderState.CANCELLED, OrderState.RELEASED)),
                    *only,
                )
                .options(
                    joinedload(OrderLine.order)
                    .joinedload(WorkOrder.customer)
                    .selectinload(Customer.phones),
                    joinedload(OrderLine.order).joinedload(WorkOrder.asset),
                    joinedload(OrderLine.order).joinedload(WorkOrder.technician),
                )
                .order_by(OrderLine.created_at, OrderLine.id)
            )
            .unique()
            .all()
        )

        return [
            PendingExtraWork(
                order_id=l.order_id,
                order_number=l.order.number,
                order_version=l.order.version,
                line_id=l.id,
                description=l.description,
                amount=line_amounts(l.quantity, l.unit_price, l.discount_percent).net,
                customer_name=l.order.customer.name,
                customer_phone=l.order.customer.primary_phone,
                asset_label=l.order.asset.label,
                proposed_at=l.created_at,
                description_en=l.description_en,
                finding=l.order.fault_found,
                technician=l.order.technician.name if l.order.technician else None,
                customer_id=l.order.customer_id,
                asset_id=l.order.asset_id,
            )
            for l in lines
        ]


def count_orders(ctx: ServiceContext) -> int:
    with ctx.db.read() as session:
        require(session, ctx, Permission.VIEW)
        return session.scalar(select(func.count(WorkOrder.id))) or 0
