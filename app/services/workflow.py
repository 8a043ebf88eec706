"""The workshop's and the desk's state changes: approve, assign, start, pause, resume,
finish, quality check, cancel, reopen for rework.

Rights: the customer's signature is reception's (``INTAKE``), giving the job out
``ASSIGN``, the job itself ``WORK``, the final inspection ``QUALITY_CHECK``, cancelling
``CANCEL`` (once work was done on the order: ``CANCEL_WITH_WORK`` or a manager's
approval), rework and the next-service recommendation ``REOPEN``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session

from app.db.numbering import next_number, provisional, put_number
from app.db.tail import add_tail, new_row
from app.domain.enums import (
    Approval,
    ApprovalMethod,
    AssetKind,
    DocumentKind,
    LineKind,
    OrderState,
    PauseReason,
)
from app.domain.errors import NotFound, RuleViolation, ValidationError, ValidationErrors
from app.domain.legal import check_mileage_out
from app.domain.models import (
    Asset,
    OrderLine,
    QualityCheck,
    StatusChange,
    User,
    WorkOrder,
)
from app.domain.permissions import Permission
from app.domain.types import utcnow
from app.domain.validation import check_text
from app.domain.workflow import target_of
from app.services.access import authorize, require
from app.services.approvals import ApprovalGrant
from app.services.context import ServiceContext, move, order_for_update, order_subject, touch
from app.services.idempotency import claim_request
from app.services.queries import load_order_detail, order_result
from app.services.views import OrderDetail


def _required_reason(reason: str | None, field: str = "reason") -> str:
    return check_text(reason, field, 500, required=True)


#: a user's name (the technician a job is given to), built once
_USER_NAME = select(User.name).where(User.id == bindparam("wb_user"))

#: the customer's approval of an order's proposed lines, built once
_APPROVE_LINES = (
    update(OrderLine)
    .where(OrderLine.order_id == bindparam("wb_order"), OrderLine.approval == Approval.PROPOSED)
    .values(
        approval=Approval.APPROVED,
        approval_method=bindparam("wb_method"),
        approval_by_id=bindparam("wb_user"),
        approval_at=bindparam("wb_now"),
    )
)


def apply_approval(
    session: Session, ctx: ServiceContext, order: WorkOrder, method: ApprovalMethod
) -> None:
    """The customer signs the work order: the estimate lines become approved work (inside
    the caller's transaction)."""
    to = target_of("approve", order.state)
    now = utcnow()
    # one UPDATE of the proposed lines (lines the session holds are updated with it); not a
    # read of the lines and the ORM's write of each
    session.execute(
        _APPROVE_LINES,
        {
            "wb_order": order.id,
            "wb_method": method,
            "wb_user": ctx.actor.user_id,
            "wb_now": now,
        },
        execution_options={"synchronize_session": "evaluate"},
    )
    order.approved_at = now
    order.approval_method = method
    move(session, ctx, order, to, f"customer approval: {method.value}")
    touch(session, ctx, order, "approve", f"customer approved the work order ({method.value})")


def approve_order(
    ctx: ServiceContext,
    order_id: int,
    method: ApprovalMethod = ApprovalMethod.SIGNATURE,
    *,
    version: int | None = None,
    request_id: str | None = None,
) -> OrderDetail:
    """The customer signs the work order (维修委托书); once per ``request_id``."""
    with ctx.db.write() as session:
        done = claim_request(
            session, request_id, "approve", order_id, ctx=ctx
        )  # + the actor's facts
        require(session, ctx, Permission.INTAKE)
        if done is not None:
            return load_order_detail(session, done)
        order = order_for_update(session, order_id, version)
        apply_approval(session, ctx, order, method)
        return order_result(ctx.db, order)


def assign(
    ctx: ServiceContext,
    order_id: int,
    technician_id: int,
    *,
    version: int | None = None,
    request_id: str | None = None,
) -> OrderDetail:
    """Give the job to a technician; reassigning a running job keeps its state. Once per
    ``request_id``."""
    with ctx.db.write() as session:
        done = claim_request(
            session, request_id, "assign", order_id, ctx=ctx
        )  # + the actor's facts
        require(session, ctx, Permission.ASSIGN)
        if done is not None:
            return load_order_detail(session, done)
        order = order_for_update(session, order_id, version)
        name = session.scalar(_USER_NAME, {"wb_user": technician_id})  # (not the user's roles)
        if name is None:
            raise NotFound("user", technician_id)
        before = {"technician_id": order.technician_id}
        after = {"technician_id": technician_id}
        if order.state in (OrderState.ASSIGNED, OrderState.IN_PROGRESS, OrderState.PAUSED):
            order.technician_id = technician_id
            touch(
                session,
                ctx,
                order,
                "reassign",
                f"reassigned to {name}",
                before=before,
                after=after,
            )
        else:
            to = target_of("assign", order.state)
            order.technician_id = technician_id
            move(session, ctx, order, to, f"assigned to {name}")
            touch(
                session,
                ctx,
                order,
                "assign",
                f"assigned to {name}",
                before=before,
                after=after,
            )
        return order_result(ctx.db, order)


#: what :func:`_transition`'s ``apply`` hands back for the audit log: (approver, the right
#: approved, before, after)
Applied = tuple[User | None, Permission | None, dict[str, object] | None, dict[str, object] | None]


def _transition(
    ctx: ServiceContext,
    order_id: int,
    action: str,
    summary: str,
    permission: Permission,
    *,
    version: int | None,
    request_id: str | None = None,
    reason: str | None = None,
    apply: Callable[[Session, WorkOrder], Applied | None] | None = None,
    last: Callable[[Session, WorkOrder], None] | None = None,
) -> OrderDetail:
    """One state change as one transaction: check the actor holds ``permission``, lock and
    version-check the order, refuse an illegal move, ``apply`` the action's own changes
    (and further checks), record history, journal and audit log, then ``last`` (a document
    number taken just before the commit). A ``request_id`` seen before (the same change
    sent again, say from the outbox) applies nothing and returns the order as it is."""
    with ctx.db.write() as session:
        done = claim_request(session, request_id, action, order_id, ctx=ctx)  # + the actor's facts
        require(session, ctx, permission)
        if done is not None:
            return load_order_detail(session, done)
        order = order_for_update(session, order_id, version)
        to = target_of(action, order.state)
        applied = apply(session, order) if apply is not None else None
        approver, approved, before, after = applied or (None, None, None, None)
        move(session, ctx, order, to, reason)
        touch(
            session,
            ctx,
            order,
            action,
            summary,
            before=before,
            after=after,
            approver=approver,
            approval=approved,
        )
        if last is not None:
            last(session, order)
        return order_result(ctx.db, order)


def start_work(
    ctx: ServiceContext,
    order_id: int,
    *,
    version: int | None = None,
    request_id: str | None = None,
) -> OrderDetail:
    def take_job(_session: Session, order: WorkOrder) -> Applied | None:
        if order.technician_id is None:
            order.technician_id = ctx.actor.user_id
            return None, None, None, {"technician_id": order.technician_id}
        return None

    return _transition(
        ctx,
        order_id,
        "start",
        "work started",
        Permission.WORK,
        version=version,
        request_id=request_id,
        apply=take_job,
    )


def pause_work(
    ctx: ServiceContext,
    order_id: int,
    reason: PauseReason,
    note: str | None = None,
    *,
    version: int | None = None,
    request_id: str | None = None,
) -> OrderDetail:
    note = check_text(note, "note", 400) or None
    if reason is PauseReason.OTHER and not note:
        raise ValidationErrors([ValidationError("note", "required", "say why the job pauses")])

    def set_reason(_session: Session, order: WorkOrder) -> Applied:
        order.pause_reason = reason
        return None, None, None, {"pause_reason": reason, "note": note}

    return _transition(
        ctx,
        order_id,
        "pause",
        f"paused: {reason.value}",
        Permission.WORK,
        version=version,
        request_id=request_id,
        reason=reason.value + (f": {note}" if note else ""),
        apply=set_reason,
    )


def resume_work(
    ctx: ServiceContext,
    order_id: int,
    *,
    version: int | None = None,
    request_id: str | None = None,
) -> OrderDetail:
    def clear_reason(_session: Session, order: WorkOrder) -> None:
        order.pause_reason = None

    return _transition(
        ctx,
        order_id,
        "resume",
        "work resumed",
        Permission.WORK,
        version=version,
        request_id=request_id,
        apply=clear_reason,
    )


def finish_work(
    ctx: ServiceContext,
    order_id: int,
    *,
    version: int | None = None,
    request_id: str | None = None,
) -> OrderDetail:
    return _transition(
        ctx,
        order_id,
        "finish",
        "work finished, waiting for quality check",
        Permission.WORK,
        version=version,
        request_id=request_id,
    )


def quality_check(
    ctx: ServiceContext,
    order_id: int,
    passed: bool,
    note: str | None = None,
    *,
    version: int | None = None,
    request_id: str | None = None,
    mileage_out: int | None = None,
) -> OrderDetail:
    """Final inspection (出厂检验): pass makes the order ready; fail sends it back to work.
    A pass may record the mileage out (出厂里程; not below the mileage in)."""
    note = check_text(note, "note", 500) or None
    if not passed and not note:
        raise ValidationErrors([ValidationError("note", "required", "say what failed the check")])

    def record(session: Session, order: WorkOrder) -> Applied:
        if passed and (err := check_mileage_out(mileage_out, order.mileage_in)):
            raise ValidationErrors([err])
        session.add(
            QualityCheck(
                order_id=order.id, passed=passed, note=note, inspector_id=ctx.actor.user_id
            )
        )
        certificate = None
        if passed and order.certificate_number is None:
            asset = session.get(Asset, order.asset_id)
            if asset is not None and asset.kind is AssetKind.VEHICLE:
                # 竣工出厂合格证: issued when the vehicle passes its final inspection. Its
                # number is taken last (:func:`number_certificate`), once the order is
                # written (the day's counter is held from then to the commit); until then
                # the order and its journal carry a stand-in
                certificate = stand_in["certificate"] = provisional(session)
        if passed:
            order.qc_passed_at = utcnow()
            if mileage_out is not None:
                order.mileage_out = mileage_out
            if certificate is not None:
                order.certificate_number = certificate
        after: dict[str, Any] = {"passed": passed, "note": note}
        if passed and mileage_out is not None:
            after["mileage_out"] = mileage_out
        if certificate is not None:
            after["certificate"] = certificate
        return None, None, None, after

    stand_in: dict[str, str] = {}

    def number_certificate(session: Session, order: WorkOrder) -> None:
        if (certificate := stand_in.get("certificate")) is not None:
            number = next_number(session, DocumentKind.CERTIFICATE, branch_id=ctx.actor.branch_id)
            where = [(WorkOrder.certificate_number, order.id)]
            put_number(session, certificate, number, where)

    return _transition(
        ctx,
        order_id,
        "qc_pass" if passed else "qc_fail",
        f"quality check {'passed' if passed else 'failed'}",
        Permission.QUALITY_CHECK,
        version=version,
        request_id=request_id,
        reason=note or ("quality check passed" if passed else None),
        apply=record,
        last=number_certificate,
    )


#: states an order is in only after its work started (there is no way back to ASSIGNED)
WORK_STARTED = frozenset(
    {OrderState.IN_PROGRESS, OrderState.PAUSED, OrderState.WORK_DONE, OrderState.READY}
)


def work_done(session: Session, order: WorkOrder) -> bool:
    """Work was done on the order: it was started (it passed IN_PROGRESS), or an approved
    labor line already names the technician who did it."""
    if order.state in WORK_STARTED:
        return True
    return (
        session.scalar(
            select(OrderLine.id)
            .where(
                OrderLine.order_id == order.id,
                OrderLine.kind == LineKind.LABOR,
                OrderLine.approval == Approval.APPROVED,
                OrderLine.technician_id.is_not(None),
            )
            .limit(1)
        )
        is not None
    )


def cancel(
    ctx: ServiceContext,
    order_id: int,
    reason: str,
    *,
    version: int | None = None,
    request_id: str | None = None,
    approval: ApprovalGrant | None = None,
) -> OrderDetail:
    """Cancel the order. Once work was done on it (:func:`work_done`) that takes
    ``CANCEL_WITH_WORK`` or a manager's ``approval``."""
    reason = _required_reason(reason)

    def note_reason(session: Session, order: WorkOrder) -> Applied:
        approver = None
        if work_done(session, order):
            approver = authorize(
                session,
                ctx,
                Permission.CANCEL_WITH_WORK,
                approval=approval,
                subject=order_subject(order.id),
            )
        order.cancel_reason = reason
        approved = Permission.CANCEL_WITH_WORK if approver else None
        return approver, approved, None, {"reason": reason}

    return _transition(
        ctx,
        order_id,
        "cancel",
        f"cancelled: {reason}",
        Permission.CANCEL,
        version=version,
        request_id=request_id,
        reason=reason,
        apply=note_reason,
    )


def reopen_for_rework(ctx: ServiceContext, order_id: int, reason: str) -> OrderDetail:
    """Rework after delivery (返修): a new order linked to the released original."""
    reason = _required_reason(reason)
    with ctx.db.write() as session:
        require(session, ctx, Permission.REOPEN)
        original = order_for_update(session, order_id)
        if original.state is not OrderState.RELEASED:
            raise RuleViolation(
                "reopen_not_released",
                "only a released order can be reopened for rework",
                state=original.state.value,
            )
        already = session.scalar(
            select(func.count(WorkOrder.id)).where(
                WorkOrder.reopened_from_id == original.id, WorkOrder.state != OrderState.CANCELLED
            )
        )
        if already:
            raise RuleViolation("rework_open", "a rework order for this order already exists")
        # the number is taken last, just before the commit: until then a stand-in
        stand_in = provisional(session)
        order = WorkOrder(
            number=stand_in,
            branch_id=ctx.actor.branch_id,
            state=OrderState.OPEN,
            customer_id=original.customer_id,
            asset_id=original.asset_id,
            advisor_id=ctx.actor.user_id,
            symptom=reason,
            reopened_from_id=original.id,
            mileage_in=original.mileage_in,
        )
        session.add(order)
        session.flush()
        add_tail(
            session,
            new_row(
                StatusChange,
                order_id=order.id,
                from_state=None,
                to_state=OrderState.OPEN,
                reason=f"rework of {original.number}: {reason}",
                user_id=ctx.actor.user_id,
                station_id=ctx.actor.station_id,
            ),
        )
        touch(
            session,
            ctx,
            order,
            "reopen",
            f"rework of {original.number}",
            after={"state": OrderState.OPEN, "reopened_from": original.number, "reason": reason},
        )
        touch(session, ctx, original, "reworked", f"reopened as {order.number}")
        number = next_number(session, DocumentKind.WORK_ORDER, branch_id=ctx.actor.branch_id)
        put_number(
            session,
            stand_in,
            number,
            [
                (WorkOrder.number, order.id),
            ],
        )
        return order_result(ctx.db, order)


def set_next_service(
    ctx: ServiceContext,
    order_id: int,
    next_date: date | None,
    next_km: int | None,
    *,
    version: int | None = None,
) -> OrderDetail:
    """The next service recommended to the customer (printed on the statement)."""
    if next_km is not None and not 0 <= next_km <= 5_000_000:
        raise ValidationErrors(
            [ValidationError("next_service_km", "mileage_range", "mileage out of range")]
        )
    with ctx.db.write() as session:
        require(session, ctx, Permission.REOPEN)
        order = order_for_update(session, order_id, version)
        if order.state in (OrderState.RELEASED, OrderState.CANCELLED):
            raise RuleViolation("order_closed", "the order is closed")
        before = {"next_service_date": order.next_service_date, "km": order.next_service_km}
        order.next_service_date = next_date
        order.next_service_km = next_km
        touch(
            session,
            ctx,
            order,
            "next_service",
            f"next service: {next_date or '-'} / {next_km or '-'} km",
            before=before,
            after={"next_service_date": next_date, "km": next_km},
        )
        return order_result(ctx.db, order)
