"""Who acts and where, and the helpers every order-changing service shares."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Select, and_, bindparam, select
from sqlalchemy.orm import Session, joinedload

from app.db.changes import Entity, record_change
from app.db.engine import Database
from app.db.numbering import hold
from app.db.tail import add_tail, new_row
from app.db.versioned import save_versioned
from app.domain.enums import OrderState
from app.domain.errors import ChangeNote, ConflictError, NotFound
from app.domain.journal import OrderAction
from app.domain.models import (
    DEFAULT_BRANCH_ID,
    OrderEvent,
    Payment,
    Settlement,
    StatusChange,
    WorkOrder,
)
from app.domain.types import utcnow

if TYPE_CHECKING:
    from app.domain.models import User
    from app.domain.permissions import Permission

T = TypeVar("T")

#: ``session.info`` key: state moves of this transaction not yet journalled, per order id
_MOVES_KEY = "workbay_moves"


def order_subject(order_id: int) -> str:
    """What a manager's approval of an action on an order names (``ApprovalGrant.subject``)."""
    return f"order:{order_id}"


@dataclass(frozen=True)
class Actor:
    """Who acts (the signed-in user), at which station, for which branch (shop)."""

    user_id: int
    station_id: int
    branch_id: int = DEFAULT_BRANCH_ID


@dataclass(frozen=True)
class ServiceContext:
    db: Database
    actor: Actor


#: the order-locking statements, per dialect and kind, built once (building a statement
#: and its cache key costs more than running it); bind parameter ``wb_order``
_STATEMENTS: dict[tuple[str, str], Select[Any]] = {}


def _statement(session: Session, kind: str) -> Select[Any]:
    dialect = session.get_bind().dialect.name
    held = _STATEMENTS.get((dialect, kind))
    if held is not None:
        return held
    oid: Any = bindparam("wb_order")
    stmt: Select[Any]
    if kind == "money":
        stmt = (
            select(WorkOrder, Settlement, Payment)  # type: ignore[assignment]
            .outerjoin(
                Settlement,
                and_(Settlement.order_id == WorkOrder.id, Settlement.voided_at.is_(None)),
            )
            .outerjoin(Payment, Payment.order_id == WorkOrder.id)
            .where(WorkOrder.id == oid)
            .order_by(Payment.id)
        )
    else:
        stmt = select(WorkOrder).where(WorkOrder.id == oid)
        if kind == "lock_lines":
            stmt = stmt.options(joinedload(WorkOrder.lines), joinedload(WorkOrder.asset))
    if dialect == "postgresql":
        stmt = stmt.with_for_update(of=WorkOrder)
    _STATEMENTS[(dialect, kind)] = stmt
    return stmt


def order_for_update(
    session: Session, order_id: int, version: int | None = None, *, with_lines: bool = False
) -> WorkOrder:
    """Load and lock an order; with ``version``, refuse if someone else saved since. With
    ``with_lines``, its lines and asset come in the same statement (only the order's row is
    locked)."""
    stmt = _statement(session, "lock_lines" if with_lines else "lock")
    order = session.execute(stmt, {"wb_order": order_id}).unique().scalar_one_or_none()
    if order is None:
        raise NotFound("order", order_id)
    if version is not None and order.version != version:
        raise ConflictError(
            "order", order.id, version, order.version, changes_since(session, order.id, version)
        )
    return order


def order_with_money(
    session: Session, order_id: int, version: int | None = None
) -> tuple[WorkOrder, Settlement | None, list[Payment]]:
    """:func:`order_for_update` with its current statement (not voided) and its payments,
    in the same statement (the order's row locked on PostgreSQL)."""
    rows = session.execute(_statement(session, "money"), {"wb_order": order_id}).all()
    if not rows:
        raise NotFound("order", order_id)
    order, settlement = rows[0][0], rows[0][1]
    if version is not None and order.version != version:
        raise ConflictError(
            "order", order.id, version, order.version, changes_since(session, order.id, version)
        )
    payments = list({p.id: p for _o, _s, p in rows if p is not None}.values())
    return order, settlement, payments


def locked(session: Session, model: type[T], entity_id: int, options: list[Any] | None = None) -> T:
    """Load a row for update (a row lock on PostgreSQL; SQLite's writer already holds the
    database lock), so a version check and the write that follows cannot interleave."""
    obj = session.get(
        model,
        entity_id,
        options=options or [],
        with_for_update=session.get_bind().dialect.name == "postgresql",
    )
    if obj is None:
        raise NotFound(model.__name__.lower(), entity_id)
    return obj


def changes_since(session: Session, order_id: int, version: int) -> list[ChangeNote]:
    rows = session.scalars(
        select(OrderEvent)
        .where(OrderEvent.order_id == order_id, OrderEvent.version > version)
        .order_by(OrderEvent.version)
    ).all()
    return [
        ChangeNote(e.version, e.action, e.summary, e.user.name, e.station.name, e.at) for e in rows
    ]


#: ``session.info`` key: the orders this transaction opened, not journalled yet
_OPENED_KEY = "workbay_opened_orders"


def opened(session: Session, order: WorkOrder) -> None:
    """``order`` was just written (flushed) as new: its first :func:`touch` journals it at
    the version of its INSERT instead of writing it again to bump the version."""
    session.info.setdefault(_OPENED_KEY, set()).add(order.id)


def touch(
    session: Session,
    ctx: ServiceContext,
    order: WorkOrder,
    action: str,
    summary: str,
    *,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    approver: User | None = None,
    approval: Permission | None = None,
) -> None:
    """Mark the order changed: its version goes up by one, journalled with who/where/what,
    and the audit log gets ``order.<action>`` in the same transaction: the state it moved
    from and to (if :func:`move` moved it), the money or fields in ``before``/``after``, and
    the manager who approved it (``approver``, for the right ``approval``)."""
    from app.services.audit import audit  # audit -> access -> this module

    if order.id not in session.info.get(_OPENED_KEY, set()):
        order.updated_at = utcnow()
        save_versioned(session, order)  # one UPDATE, ``version`` bumped and checked
        if session.new or session.deleted or session.dirty:
            session.flush()  # the call's other writes, as before its journal
    else:  # its first entry: the order's INSERT wrote version 1 a moment ago
        session.info[_OPENED_KEY].discard(order.id)
    event = new_row(
        OrderEvent,
        order_id=order.id,
        version=order.version,
        action=action,
        summary=summary[:500],
        user_id=ctx.actor.user_id,
        station_id=ctx.actor.station_id,
    )
    if not hold(session, event, event.summary):  # else written once the number is known
        add_tail(session, event)
    record_change(
        session,
        Entity.ORDER,
        order.id,
        OrderAction(action),
        order.version,
        ctx.actor.station_id,
        order.branch_id,
    )
    moved = session.info.get(_MOVES_KEY, {}).pop(order.id, None)
    if moved is not None:
        before = {"state": moved[0], **(before or {})}
        after = {"state": moved[1], **(after or {})}
    audit(
        session,
        ctx,
        f"order.{action}",
        "order",
        order.id,
        summary=f"{order.number}: {summary}",
        before=before,
        after=after,
        order_id=order.id,
        customer_id=order.customer_id,
        approver=approver,
        approval=approval,
    )


def move(
    session: Session,
    ctx: ServiceContext,
    order: WorkOrder,
    to: OrderState,
    reason: str | None = None,
) -> None:
    """Record a state change in the history (the caller checked it is allowed); the next
    :func:`touch` of the order puts the move in the audit log."""
    change = new_row(
        StatusChange,
        order_id=order.id,
        from_state=order.state,
        to_state=to,
        reason=reason,
        user_id=ctx.actor.user_id,
        station_id=ctx.actor.station_id,
    )
    if not hold(session, change, reason):  # else written once the number is known
        add_tail(session, change)
    moves: dict[int, tuple[OrderState | None, OrderState]] = session.info.setdefault(_MOVES_KEY, {})
    first = moves.get(order.id, (order.state, to))[0]
    moves[order.id] = (first, to)
    order.state = to
