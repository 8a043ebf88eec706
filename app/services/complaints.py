"""Complaints (投诉): recorded by whoever takes them (首问负责制: the recorder owns the case
until handing it over with a note), worked through the eight steps, with deadlines in the
shop's working time, escalated to the service manager when one is missed.

The eight steps (DOMAIN.md) are the states: recorded → judged (kind and merit) → assigned
(an owner) → investigating (the cause) → proposed (a resolution) → notified (the customer)
→ accounted (accountability) → closed (improvement recorded). A closed case can be
reopened (back to investigating).

Deadlines (:func:`deadlines`), computed from ``received_at`` in working time
(:mod:`app.domain.working_time`): respond to the customer within 2 working hours; first
feedback within 1 working day (24 hours); close a general case within 2 working days
(48 hours), the others within 5 working days. Waiting for parts or a technical verdict
pauses the close clock (the paused working minutes are added on resuming) but asks for an
update every 2 working days (48 hours).

A missed deadline is escalated once (``ComplaintEscalation``, unique per complaint,
deadline and due instant): by any write to the complaint that notices it, and by
:func:`escalate_due`, which a manager's station runs periodically. Each escalation goes on
the change feed (entity ``complaint``, action ``escalate``) so every manager's screen hears
it live, and into the audit log.

Rights: recording and working a case, ``COMPLAINTS``; reading the lists and escalating
(what any desk's periodic check does), ``VIEW``.

Every write takes the version the agent saw: a second agent saving an older version is
refused with :class:`ConflictError` naming who changed what since.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.changes import Entity, RecordAction, record_change
from app.domain.enums import (
    ComplaintChannel,
    ComplaintDeadline,
    ComplaintKind,
    ComplaintSeverity,
    ComplaintState,
    ComplaintWait,
    Role,
)
from app.domain.errors import ChangeNote, ConflictError, NotFound, RuleViolation, ValidationError
from app.domain.models import (
    DEFAULT_BRANCH_ID,
    Asset,
    Complaint,
    ComplaintEscalation,
    ComplaintEvent,
    Customer,
    Station,
    User,
    WorkOrder,
)
from app.domain.permissions import Permission, may
from app.domain.types import utcnow
from app.domain.validation import check_money
from app.domain.working_time import (
    ShopHours,
    add_working_days,
    add_working_minutes,
    working_minutes_between,
)
from app.services import shop_time
from app.services.access import require, roles_of
from app.services.audit import audit
from app.services.context import ServiceContext, locked

RESPOND_MINUTES = 120
FEEDBACK_DAYS = 1
CLOSE_DAYS_GENERAL = 2
CLOSE_DAYS_OTHER = 5
UPDATE_DAYS = 2
#: who a missed deadline goes to
ESCALATE_TO = Role.MANAGER

STEPS: tuple[ComplaintState, ...] = tuple(ComplaintState)
#: the field a step needs before it can be reached
STEP_NEEDS: dict[ComplaintState, str] = {
    ComplaintState.PROPOSED: "resolution",
    ComplaintState.ACCOUNTED: "accountability",
    ComplaintState.CLOSED: "improvement",
}
_MAX_TEXT = 4000


# -- the shop's working time ---------------------------------------------------------------


def _local_zone() -> Any:
    return shop_time.local_zone()


def shop_hours(session: Session, branch_id: int = DEFAULT_BRANCH_ID) -> ShopHours:
    """The branch's working time from its settings (``hours.*``, one statement)."""
    return shop_time.shop_hours(session, branch_id)


def deadlines(
    hours: ShopHours, received_at: datetime, severity: ComplaintSeverity, paused_minutes: int = 0
) -> tuple[datetime, datetime, datetime]:
    """(respond by, first feedback by, close by) for a complaint received at ``received_at``."""
    respond = add_working_minutes(hours, received_at, RESPOND_MINUTES)
    feedback = add_working_days(hours, received_at, FEEDBACK_DAYS)
    days = CLOSE_DAYS_GENERAL if severity is ComplaintSeverity.GENERAL else CLOSE_DAYS_OTHER
    close = add_working_days(hours, received_at, days)
    if paused_minutes:
        close = add_working_minutes(hours, close, paused_minutes)
    return respond, feedback, close


def missed(c: Complaint, at: datetime) -> list[tuple[ComplaintDeadline, datetime]]:
    """The deadlines ``c`` has missed at ``at`` and still owes (with their due instants)."""
    found: list[tuple[ComplaintDeadline, datetime]] = []
    if c.state is ComplaintState.CLOSED:
        return found
    if c.responded_at is None and at > c.respond_by:
        found.append((ComplaintDeadline.RESPOND, c.respond_by))
    if c.feedback_at is None and at > c.feedback_by:
        found.append((ComplaintDeadline.FEEDBACK, c.feedback_by))
    if c.waiting is None and at > c.close_by:
        found.append((ComplaintDeadline.CLOSE, c.close_by))
    if c.waiting is not None and c.update_by is not None and at > c.update_by:
        found.append((ComplaintDeadline.UPDATE, c.update_by))
    return found


# -- input and rows ------------------------------------------------------------------------


@dataclass(frozen=True)
class ComplaintInput:
    channel: ComplaintChannel
    kind: ComplaintKind
    severity: ComplaintSeverity
    description: str
    request: str = ""
    customer_id: int | None = None  # None: an unknown caller (an anonymous hotline call)
    caller_name: str = ""
    caller_phone: str = ""
    asset_id: int | None = None
    order_id: int | None = None
    against_user_id: int | None = None
    against_department: str = ""
    received_at: datetime | None = None  # None: now


@dataclass(frozen=True)
class HistoryRow:
    version: int
    action: str
    note: str
    user: str
    station: str
    at: datetime
    from_user: str | None = None
    to_user: str | None = None


@dataclass(frozen=True)
class EscalationRow:
    complaint_id: int
    deadline: ComplaintDeadline
    due_at: datetime
    escalated_at: datetime
    to_role: str


@dataclass(frozen=True)
class ComplaintRow:
    id: int
    version: int
    state: ComplaintState
    channel: ComplaintChannel
    kind: ComplaintKind
    severity: ComplaintSeverity
    received_at: datetime
    customer_id: int | None
    customer_name: str | None
    caller_name: str | None
    caller_phone: str | None
    asset_id: int | None
    order_id: int | None
    against_user_id: int | None
    against_department: str | None
    description: str
    request: str | None
    owner_id: int
    owner: str
    respond_by: datetime
    feedback_by: datetime
    close_by: datetime
    update_by: datetime | None
    responded_at: datetime | None
    feedback_at: datetime | None
    closed_at: datetime | None
    waiting: ComplaintWait | None
    paused_minutes: int
    resolution: str | None
    compensation: Decimal | None
    accountability: str | None
    improvement: str | None
    reopened: int
    overdue: tuple[ComplaintDeadline, ...] = ()
    #: closed by its deadline (None while open): the desk figure "closed on time"
    closed_on_time: bool | None = None
    history: tuple[HistoryRow, ...] = field(default=())
    #: what the desk shows of the links: the vehicle's plate (or the device's model and
    #: serial), the order's number, the staff member complained about
    asset_label: str | None = None
    order_number: str | None = None
    against_user: str | None = None
    #: the earliest deadline still owed (None once closed), when it falls due, and the
    #: working minutes left until then (negative: missed that long ago, in working time)
    next_deadline: ComplaintDeadline | None = None
    next_due: datetime | None = None
    minutes_left: int | None = None

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, value in self.__dict__.items():
            if name == "history":
                out[name] = [_plain(h.__dict__) for h in value]
            else:
                out[name] = _plain(value)
        return out


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if hasattr(value, "value"):
        return value.value
    return value


def _names(session: Session, ids: set[int]) -> dict[int, str]:
    ids = {i for i in ids if i is not None}
    if not ids:
        return {}
    return {
        uid: name
        for uid, name in session.execute(select(User.id, User.name).where(User.id.in_(ids)))
    }


def owed(c: Complaint) -> list[tuple[ComplaintDeadline, datetime]]:
    """The deadlines ``c`` still owes (met or not yet), with their due instants."""
    if c.state is ComplaintState.CLOSED:
        return []
    found: list[tuple[ComplaintDeadline, datetime]] = []
    if c.responded_at is None:
        found.append((ComplaintDeadline.RESPOND, c.respond_by))
    if c.feedback_at is None:
        found.append((ComplaintDeadline.FEEDBACK, c.feedback_by))
    if c.waiting is None:
        found.append((ComplaintDeadline.CLOSE, c.close_by))
    elif c.update_by is not None:
        found.append((ComplaintDeadline.UPDATE, c.update_by))
    return found


def time_left(hours: ShopHours, at: datetime, due: datetime) -> int:
    """Working minutes from ``at`` to ``due``; negative when ``due`` has passed."""
    if due >= at:
        return working_minutes_between(hours, at, due)
    return -working_minutes_between(hours, due, at)


def _row(
    session: Session,
    c: Complaint,
    at: datetime,
    history: bool = False,
    hours: ShopHours | None = None,
) -> ComplaintRow:
    customer = session.get(Customer, c.customer_id) if c.customer_id else None
    owner = session.get(User, c.owner_id)
    asset = session.get(Asset, c.asset_id) if c.asset_id else None
    order = session.get(WorkOrder, c.order_id) if c.order_id else None
    against = session.get(User, c.against_user_id) if c.against_user_id else None
    due = min(owed(c), key=lambda d: d[1], default=None)
    left: int | None = None
    if due is not None:
        left = time_left(hours or shop_hours(session, c.branch_id), at, due[1])
    hist: tuple[HistoryRow, ...] = ()
    if history:
        events = session.scalars(
            select(ComplaintEvent)
            .where(ComplaintEvent.complaint_id == c.id)
            .order_by(ComplaintEvent.version)
        ).all()
        names = _names(
            session,
            {e.user_id for e in events}
            | {e.from_user_id for e in events if e.from_user_id}
            | {e.to_user_id for e in events if e.to_user_id},
        )
        stations = {sid: name for sid, name in session.execute(select(Station.id, Station.name))}
        hist = tuple(
            HistoryRow(
                e.version,
                e.action,
                e.note or "",
                names.get(e.user_id, ""),
                stations.get(e.station_id, "") if e.station_id else "",
                e.at,
                names.get(e.from_user_id) if e.from_user_id else None,
                names.get(e.to_user_id) if e.to_user_id else None,
            )
            for e in events
        )
    return ComplaintRow(
        id=c.id,
        version=c.version,
        state=c.state,
        channel=c.channel,
        kind=c.kind,
        severity=c.severity,
        received_at=c.received_at,
        customer_id=c.customer_id,
        customer_name=customer.name if customer else None,
        caller_name=c.caller_name,
        caller_phone=c.caller_phone,
        asset_id=c.asset_id,
        order_id=c.order_id,
        against_user_id=c.against_user_id,
        against_department=c.against_department,
        description=c.description,
        request=c.request,
        owner_id=c.owner_id,
        owner=owner.name if owner else "",
        respond_by=c.respond_by,
        feedback_by=c.feedback_by,
        close_by=c.close_by,
        update_by=c.update_by,
        responded_at=c.responded_at,
        feedback_at=c.feedback_at,
        closed_at=c.closed_at,
        waiting=c.waiting,
        paused_minutes=c.paused_minutes,
        resolution=c.resolution,
        compensation=c.compensation,
        accountability=c.accountability,
        improvement=c.improvement,
        reopened=c.reopened,
        overdue=tuple(d for d, _ in missed(c, at)),
        closed_on_time=None if c.closed_at is None else c.closed_at <= c.close_by,
        history=hist,
        asset_label=asset.label if asset else None,
        order_number=order.number if order else None,
        against_user=against.name if against else None,
        next_deadline=due[0] if due else None,
        next_due=due[1] if due else None,
        minutes_left=left,
    )


# -- helpers -------------------------------------------------------------------------------


def _text(name: str, value: str | None, *, required: bool = False, limit: int = _MAX_TEXT) -> str:
    text = (value or "").strip()
    if required and not text:
        raise ValidationError(name, "required", f"{name} is required")
    if len(text) > limit:
        raise ValidationError(
            name, "too_long", f"{name}: at most {limit} characters", text, max_len=limit
        )
    return text


def _when(name: str, value: datetime | None, now: datetime) -> datetime:
    if value is None:
        return now
    if value.tzinfo is None:
        raise ValidationError(name, "bad_time", f"{name}: a time with its zone is needed", value)
    value = value.astimezone(UTC)
    if value > now:
        raise ValidationError(name, "in_future", f"{name} is in the future", value.isoformat())
    return value


def changes_since(session: Session, complaint_id: int, version: int) -> list[ChangeNote]:
    events = session.scalars(
        select(ComplaintEvent)
        .where(ComplaintEvent.complaint_id == complaint_id, ComplaintEvent.version > version)
        .order_by(ComplaintEvent.version)
    ).all()
    names = _names(session, {e.user_id for e in events})
    notes = []
    for e in events:
        station = session.get(Station, e.station_id) if e.station_id else None
        summary = e.action + (f": {e.note}" if e.note else "")
        notes.append(
            ChangeNote(
                e.version,
                e.action,
                summary[:200],
                names.get(e.user_id, ""),
                station.name if station else "",
                e.at,
            )
        )
    return notes


def _for_update(session: Session, complaint_id: int, version: int) -> Complaint:
    try:
        c = locked(session, Complaint, complaint_id)
    except NotFound:
        raise NotFound("complaint", complaint_id) from None
    if c.version != version:
        raise ConflictError(
            "complaint", c.id, version, c.version, changes_since(session, c.id, version)
        )
    return c


def _journal(
    session: Session,
    ctx: ServiceContext,
    c: Complaint,
    action: str,
    audit_action: str,
    note: str = "",
    *,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    from_user_id: int | None = None,
    to_user_id: int | None = None,
) -> None:
    c.updated_at = utcnow()
    session.flush()  # bumps the version
    session.add(
        ComplaintEvent(
            complaint_id=c.id,
            version=c.version,
            action=action,
            note=note or None,
            from_user_id=from_user_id,
            to_user_id=to_user_id,
            user_id=ctx.actor.user_id,
            station_id=ctx.actor.station_id,
        )
    )
    heard = RecordAction(audit_action.removeprefix("complaint."))  # note, step, handover, ...
    record_change(session, Entity.COMPLAINT, c.id, heard, c.version, ctx.actor.station_id,
                  c.branch_id)  # fmt: skip
    audit(
        session,
        ctx,
        audit_action,
        "complaint",
        c.id,
        summary=f"#{c.id} {action}" + (f": {note}" if note else ""),
        before=before,
        after=after,
        order_id=c.order_id,
        customer_id=c.customer_id,
    )


def _escalate(
    session: Session, ctx: ServiceContext, c: Complaint, at: datetime
) -> list[EscalationRow]:
    """Escalate each deadline ``c`` has missed at ``at`` that is not escalated yet."""
    new: list[EscalationRow] = []
    for deadline, due in missed(c, at):
        known = session.scalar(
            select(ComplaintEscalation.id).where(
                ComplaintEscalation.complaint_id == c.id,
                ComplaintEscalation.deadline == deadline,
                ComplaintEscalation.due_at == due,
            )
        )
        if known is not None:
            continue
        row = ComplaintEscalation(
            complaint_id=c.id, deadline=deadline, due_at=due, escalated_at=at,
            to_role=ESCALATE_TO.value,
        )  # fmt: skip
        session.add(row)
        session.flush()
        record_change(
            session,
            Entity.COMPLAINT,
            c.id,
            RecordAction.ESCALATE,
            c.version,
            ctx.actor.station_id,
            c.branch_id,
        )
        audit(
            session,
            ctx,
            "complaint.escalate",
            "complaint",
            c.id,
            summary=f"#{c.id} missed {deadline.value} (due {due.isoformat()})",
            after={"deadline": deadline, "due_at": due, "to_role": ESCALATE_TO},
            order_id=c.order_id,
            customer_id=c.customer_id,
        )
        new.append(EscalationRow(c.id, deadline, due, at, ESCALATE_TO.value))
    return new


# -- services ------------------------------------------------------------------------------


def record_complaint(ctx: ServiceContext, data: ComplaintInput) -> ComplaintRow:
    """Record a complaint; the recorder owns it. Deadlines are set from ``received_at``."""
    now = utcnow()
    with ctx.db.write() as session:
        require(session, ctx, Permission.COMPLAINTS)
        received = _when("received_at", data.received_at, now)
        c = _record(session, ctx, data, received)
        _escalate(session, ctx, c, now)
        return _row(session, c, now)


def _record(
    session: Session, ctx: ServiceContext, data: ComplaintInput, received: datetime
) -> Complaint:
    """Write a new complaint in ``session`` (checked; the caller checked the right)."""
    description = _text("description", data.description, required=True)
    request = _text("request", data.request)
    caller_name = _text("caller_name", data.caller_name, limit=100)
    caller_phone = _text("caller_phone", data.caller_phone, limit=20)
    department = _text("against_department", data.against_department, limit=60)
    customer_id = data.customer_id
    if customer_id is not None:
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise ValidationError("customer_id", "not_found", "no such customer", customer_id)
        if customer.anonymised_at is not None:
            raise ValidationError(
                "customer_id", "anonymised", "the customer was anonymised", customer_id
            )
        if customer.merged_into_id is not None:
            raise ValidationError(
                "customer_id", "merged", "the customer's file was merged", customer_id
            )
    asset_id, order_id = data.asset_id, data.order_id
    if asset_id is not None and session.get(Asset, asset_id) is None:
        raise ValidationError("asset_id", "not_found", "no such vehicle or device", asset_id)
    if order_id is not None:
        order = session.get(WorkOrder, order_id)
        if order is None:
            raise ValidationError("order_id", "not_found", "no such order", order_id)
        asset_id = asset_id or order.asset_id
        customer_id = customer_id or order.customer_id
    if data.against_user_id is not None and session.get(User, data.against_user_id) is None:
        raise ValidationError(
            "against_user_id", "not_found", "no such staff member", data.against_user_id
        )
    hours = shop_hours(session, ctx.actor.branch_id)
    respond, feedback, close = deadlines(hours, received, data.severity)
    c = Complaint(
        branch_id=ctx.actor.branch_id,
        customer_id=customer_id,
        asset_id=asset_id,
        order_id=order_id,
        caller_name=caller_name or None,
        caller_phone=caller_phone or None,
        received_at=received,
        channel=data.channel,
        kind=data.kind,
        severity=data.severity,
        state=ComplaintState.RECORDED,
        against_user_id=data.against_user_id,
        against_department=department or None,
        description=description,
        request=request or None,
        owner_id=ctx.actor.user_id,
        recorded_by_id=ctx.actor.user_id,
        respond_by=respond,
        feedback_by=feedback,
        close_by=close,
    )
    session.add(c)
    session.flush()
    session.add(
        ComplaintEvent(
            complaint_id=c.id, version=c.version, action="record", note=description[:500],
            to_user_id=ctx.actor.user_id, user_id=ctx.actor.user_id,
            station_id=ctx.actor.station_id,
        )
    )  # fmt: skip
    record_change(
        session,
        Entity.COMPLAINT,
        c.id,
        RecordAction.RECORD,
        c.version,
        ctx.actor.station_id,
        c.branch_id,
    )
    audit(
        session,
        ctx,
        "complaint.record",
        "complaint",
        c.id,
        summary=f"#{c.id} {data.kind.value}/{data.severity.value}: {description[:200]}",
        after={"kind": data.kind, "severity": data.severity, "channel": data.channel},
        order_id=order_id,
        customer_id=customer_id,
    )
    return c


def open_from_followup(session: Session, ctx: ServiceContext, fu: Any) -> int:
    """A complaint opened from a dissatisfied follow-up call, in the call's own transaction
    (``app.services.followups.record_call(..., open_complaint=True)``): linked to the
    follow-up's customer, vehicle or device and order; by phone, a service complaint of
    general severity, owned by the agent who made the call. Returns its id."""
    require(session, ctx, Permission.COMPLAINTS)
    received = fu.done_at or utcnow()
    scores = {
        key: getattr(fu, f"score_{key}", None)
        for key in ("service", "quality", "on_time", "price", "clean")
    }
    low = ", ".join(f"{k} {v}/5" for k, v in scores.items() if v is not None and v <= 3)
    parts = [f"follow-up #{fu.id}: {fu.outcome.value if fu.outcome else 'dissatisfied'}"]
    if low:
        parts.append(low)
    if fu.note:
        parts.append(fu.note)
    data = ComplaintInput(
        channel=ComplaintChannel.PHONE,
        kind=ComplaintKind.SERVICE,
        severity=ComplaintSeverity.GENERAL,
        description="; ".join(parts)[:_MAX_TEXT],
        customer_id=fu.customer_id,
        asset_id=fu.asset_id,
        order_id=fu.order_id,
    )
    c = _record(session, ctx, data, received)
    _escalate(session, ctx, c, max(utcnow(), received))
    return c.id


NOTE_KINDS = ("response", "feedback", "update")


def add_note(
    ctx: ServiceContext,
    complaint_id: int,
    version: int,
    note: str,
    *,
    kind: str = "update",
    at: datetime | None = None,
) -> ComplaintRow:
    """A note on the case: ``response`` (what the customer was told: the first one meets the
    2-hour deadline), ``feedback`` (the first one meets the 24-hour deadline) or ``update``
    (while waiting, each resets the 48-hour update clock; every note does)."""
    now = utcnow()
    with ctx.db.write() as session:
        require(session, ctx, Permission.COMPLAINTS)
        if kind not in NOTE_KINDS:
            raise ValidationError("kind", "not_a_choice", "response, feedback or update", kind)
        text = _text("note", note, required=True)
        when = _when("at", at, now)
        c = _for_update(session, complaint_id, version)
        if c.state is ComplaintState.CLOSED:
            raise RuleViolation("complaint_closed", "the complaint is closed: reopen it first")
        if kind == "response" and c.responded_at is None:
            c.responded_at = when
        if kind == "feedback" and c.feedback_at is None:
            c.feedback_at = when
        c.last_update_at = when
        if c.waiting is not None:
            c.update_by = add_working_days(shop_hours(session, c.branch_id), when, UPDATE_DAYS)
        _journal(session, ctx, c, kind, "complaint.note", text)
        _escalate(session, ctx, c, now)
        return _row(session, c, now)


def advance(
    ctx: ServiceContext,
    complaint_id: int,
    version: int,
    note: str = "",
    *,
    kind: ComplaintKind | None = None,
    severity: ComplaintSeverity | None = None,
    resolution: str | None = None,
    compensation: Decimal | str | None = None,
    accountability: str | None = None,
    improvement: str | None = None,
) -> ComplaintRow:
    """Move the case to its next step, with what that step records: judging may change the
    kind and severity (the close deadline follows the severity); proposing needs the
    resolution (and any compensation, money); accountability and improvement (closing)
    need their notes."""
    now = utcnow()
    with ctx.db.write() as session:
        require(session, ctx, Permission.COMPLAINTS)
        text = _text("note", note)
        c = _for_update(session, complaint_id, version)
        if c.state is ComplaintState.CLOSED:
            raise RuleViolation("complaint_closed", "the complaint is closed: reopen it first")
        if c.waiting is not None:
            raise RuleViolation(
                "complaint_waiting", "the complaint waits for parts or a verdict: resume it first"
            )
        to = STEPS[STEPS.index(c.state) + 1]
        before: dict[str, Any] = {"state": c.state}
        after: dict[str, Any] = {"state": to}
        if to is ComplaintState.JUDGED:
            if kind is not None:
                c.kind = kind
            if severity is not None and severity is not c.severity:
                before["severity"], after["severity"] = c.severity, severity
                c.severity = severity
                hours = shop_hours(session, c.branch_id)
                c.close_by = deadlines(hours, c.received_at, severity, c.paused_minutes)[2]
        if to is ComplaintState.PROPOSED:
            c.resolution = _text("resolution", resolution, required=True)
            if compensation not in (None, ""):
                amount = check_money(compensation, "compensation")
                c.compensation = amount.quantize(Decimal("0.01"))
                after["compensation"] = amount
        if to is ComplaintState.ACCOUNTED:
            c.accountability = _text("accountability", accountability, required=True)
        if to is ComplaintState.CLOSED:
            c.improvement = _text("improvement", improvement, required=True)
            c.closed_at = now
        c.state = to
        _journal(session, ctx, c, to.value, "complaint.step", text, before=before, after=after)
        _escalate(session, ctx, c, now)
        return _row(session, c, now)


def hand_over(
    ctx: ServiceContext, complaint_id: int, version: int, to_user_id: int, note: str
) -> ComplaintRow:
    """Give the case to another staff member, with a note (the handover history keeps it)."""
    now = utcnow()
    with ctx.db.write() as session:
        require(session, ctx, Permission.COMPLAINTS)
        text = _text("note", note, required=True)
        c = _for_update(session, complaint_id, version)
        target = session.get(User, to_user_id)
        if target is None or not target.active:
            raise ValidationError("to_user_id", "not_found", "no such active staff member",
                                  to_user_id)  # fmt: skip
        if not may(roles_of(session, target.id), Permission.COMPLAINTS):
            raise ValidationError(
                "to_user_id", "cannot_handle", f"{target.name} cannot handle complaints",
                to_user_id, name=target.name,
            )  # fmt: skip
        if target.id == c.owner_id:
            raise ValidationError("to_user_id", "same_owner", "already owns the complaint",
                                  to_user_id)  # fmt: skip
        before = c.owner_id
        c.owner_id = target.id
        _journal(
            session, ctx, c, "handover", "complaint.handover", text,
            before={"owner_id": before}, after={"owner_id": target.id},
            from_user_id=before, to_user_id=target.id,
        )  # fmt: skip
        _escalate(session, ctx, c, now)
        return _row(session, c, now)


def wait(
    ctx: ServiceContext,
    complaint_id: int,
    version: int,
    reason: ComplaintWait,
    note: str,
    *,
    at: datetime | None = None,
) -> ComplaintRow:
    """Pause the close clock while waiting for parts or a technical verdict; an update is
    owed every 2 working days from now on."""
    now = utcnow()
    with ctx.db.write() as session:
        require(session, ctx, Permission.COMPLAINTS)
        text = _text("note", note, required=True)
        when = _when("at", at, now)
        c = _for_update(session, complaint_id, version)
        if c.state is ComplaintState.CLOSED or c.waiting is not None:
            raise RuleViolation("complaint_not_waitable", "the complaint is closed or waits")
        c.waiting = reason
        c.waiting_since = when
        c.last_update_at = when
        c.update_by = add_working_days(shop_hours(session, c.branch_id), when, UPDATE_DAYS)
        _journal(session, ctx, c, "wait", "complaint.wait", text, after={"waiting": reason})
        _escalate(session, ctx, c, now)
        return _row(session, c, now)


def resume(
    ctx: ServiceContext, complaint_id: int, version: int, note: str, *, at: datetime | None = None
) -> ComplaintRow:
    """End the wait: the close deadline moves by the working minutes the clock stood."""
    now = utcnow()
    with ctx.db.write() as session:
        require(session, ctx, Permission.COMPLAINTS)
        text = _text("note", note, required=True)
        when = _when("at", at, now)
        c = _for_update(session, complaint_id, version)
        if c.waiting is None or c.waiting_since is None:
            raise RuleViolation("complaint_not_waiting", "the complaint is not waiting")
        if when < c.waiting_since:
            raise ValidationError("at", "before_wait", "before the wait began", when.isoformat())
        hours = shop_hours(session, c.branch_id)
        paused = working_minutes_between(hours, c.waiting_since, when)
        before = {"close_by": c.close_by, "waiting": c.waiting}
        c.paused_minutes += paused
        c.close_by = add_working_minutes(hours, c.close_by, paused)
        c.waiting = None
        c.waiting_since = None
        c.update_by = None
        c.last_update_at = when
        _journal(
            session, ctx, c, "resume", "complaint.resume", text,
            before=before, after={"close_by": c.close_by, "paused_minutes": paused},
        )  # fmt: skip
        _escalate(session, ctx, c, now)
        return _row(session, c, now)


def reopen(ctx: ServiceContext, complaint_id: int, version: int, note: str) -> ComplaintRow:
    """Reopen a closed case (back to investigating); it must close again within its
    severity's term counted from now."""
    now = utcnow()
    with ctx.db.write() as session:
        require(session, ctx, Permission.COMPLAINTS)
        text = _text("note", note, required=True)
        c = _for_update(session, complaint_id, version)
        if c.state is not ComplaintState.CLOSED:
            raise RuleViolation("complaint_not_closed", "only a closed complaint is reopened")
        hours = shop_hours(session, c.branch_id)
        c.state = ComplaintState.INVESTIGATING
        c.closed_at = None
        c.reopened += 1
        c.close_by = deadlines(hours, now, c.severity)[2]
        _journal(
            session, ctx, c, "reopen", "complaint.reopen", text,
            before={"state": ComplaintState.CLOSED},
            after={"state": ComplaintState.INVESTIGATING, "close_by": c.close_by},
        )  # fmt: skip
        return _row(session, c, now)


def get_complaint(ctx: ServiceContext, complaint_id: int) -> ComplaintRow:
    """One complaint with its history (steps, notes, handovers)."""
    now = utcnow()
    with ctx.db.read() as session:
        require(session, ctx, Permission.VIEW)
        c = session.get(Complaint, complaint_id)
        if c is None or c.branch_id != ctx.actor.branch_id:
            raise NotFound("complaint", complaint_id)
        return _row(session, c, now, history=True)


def list_complaints(
    ctx: ServiceContext,
    *,
    open_only: bool = True,
    at: datetime | None = None,
    ids: Collection[int] | None = None,
) -> list[ComplaintRow]:
    """The branch's complaints (open ones by default), the earliest close deadline first;
    with ``ids``, only those of them (a desk patching its list with what a change names)."""
    now = at or utcnow()
    with ctx.db.read() as session:
        require(session, ctx, Permission.VIEW)
        stmt = select(Complaint).where(Complaint.branch_id == ctx.actor.branch_id)
        if ids is not None:
            stmt = stmt.where(Complaint.id.in_(list(ids)))
        if open_only:
            stmt = stmt.where(Complaint.state != ComplaintState.CLOSED)
        rows = session.scalars(stmt.order_by(Complaint.close_by, Complaint.id)).all()
        hours = shop_hours(session, ctx.actor.branch_id)
        return [_row(session, c, now, hours=hours) for c in rows]


def overdue_complaints(
    ctx: ServiceContext, *, at: datetime | None = None, ids: Collection[int] | None = None
) -> list[ComplaintRow]:
    """Open complaints with a missed deadline at ``at`` (now), the longest overdue first;
    with ``ids``, only those of them."""
    now = at or utcnow()
    with ctx.db.read() as session:
        require(session, ctx, Permission.VIEW)
        only = [Complaint.id.in_(list(ids))] if ids is not None else []
        rows = session.scalars(
            select(Complaint)
            .where(
                Complaint.branch_id == ctx.actor.branch_id,
                Complaint.state != ComplaintState.CLOSED,
                *only,
            )
            .order_by(Complaint.received_at, Complaint.id)
        ).all()
        hours = shop_hours(session, ctx.actor.branch_id)
        return [_row(session, c, now, hours=hours) for c in rows if missed(c, now)]


def escalate_due(ctx: ServiceContext, *, at: datetime | None = None) -> list[EscalationRow]:
    """Escalate every missed deadline not escalated yet (run periodically; idempotent)."""
    now = at or utcnow()
    with ctx.db.write() as session:
        require(session, ctx, Permission.VIEW)
        rows = session.scalars(
            select(Complaint)
            .where(
                Complaint.branch_id == ctx.actor.branch_id,
                Complaint.state != ComplaintState.CLOSED,
            )
            .order_by(Complaint.id)
        ).all()
        new: list[EscalationRow] = []
        for c in rows:
            new += _escalate(session, ctx, c, now)
        return new


@dataclass(frozen=True)
class Handler:
    id: int
    name: str


def complaint_handlers(ctx: ServiceContext) -> list[Handler]:
    """The active staff who may handle complaints (a handover goes to one of them), by name."""
    with ctx.db.read() as session:
        require(session, ctx, Permission.VIEW)
        users = session.scalars(
            select(User).where(User.active.is_(True)).order_by(User.name, User.id)
        ).all()
        return [
            Handler(u.id, u.name)
            for u in users
            if u.login != "system" and may(roles_of(session, u.id), Permission.COMPLAINTS)
        ]


def escalations(ctx: ServiceContext, complaint_id: int | None = None) -> list[EscalationRow]:
    """The escalations (of one complaint, or all of the branch), the latest first."""
    with ctx.db.read() as session:
        require(session, ctx, Permission.VIEW)
        stmt = (
            select(ComplaintEscalation)
            .join(Complaint, Complaint.id == ComplaintEscalation.complaint_id)
            .where(Complaint.branch_id == ctx.actor.branch_id)
        )
        if complaint_id is not None:
            stmt = stmt.where(ComplaintEscalation.complaint_id == complaint_id)
        rows = session.scalars(
            stmt.order_by(ComplaintEscalation.escalated_at.desc(), ComplaintEscalation.id.desc())
        ).all()
        return [
            EscalationRow(e.complaint_id, e.deadline, e.due_at, e.escalated_at, e.to_role)
            for e in rows
        ]
