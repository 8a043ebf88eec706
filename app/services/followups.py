"""Follow-up calls (回访): the list fills itself from releases, the agent records each call.

When a follow-up is owed (DOMAIN.md, "Follow-up"):

- a vehicle: the next working day, at the hour it left (kept within opening hours);
- an e-bike: 3 working hours after it left, and again 3 working days after;
- a device: ``care.device_followup_hours`` after it left (next opening if the shop is shut).

**How the list fills itself.** :func:`generate` is run on demand (every time the list is
read, :func:`due_followups`) and by the daily start (``python -m app followups``); it is one
INSERT ... SELECT per rule, idempotent through the unique key (order, kind, seq), so running
it twice or from two stations adds nothing. It is not done inside the cashier's release:
the release stays as fast and as narrow as it is (no new failure mode at the gate), the
rules read settings that may change between release and call, and a consent given or
withdrawn after the release is honoured when the list is read.

Left out: customers without a phone consent in force (the latest ``contact_consents`` row
for the phone channel says granted), merged or anonymised customers, company and staff
vehicles, sold / stolen / scrapped assets.

**A call** (:func:`record_call`) is refused for a merged or anonymised customer and when
another agent saved the follow-up since it was read (the refusal names who). Up to three
attempts: an unanswered one proposes the next slot in another part of the day; the third
unanswered one closes the follow-up and owes an SMS, queued in the same transaction
(``app.services.messages.queue_followup_sms``; without the customer's SMS consent nothing
is queued and ``sms_due`` stays for the desk to say). A dissatisfied answer schedules
another follow-up the next working day, until the customer is satisfied, and can open a
complaint in the same call (``app.services.complaints.open_complaint`` when it exists).

Times are stored in UTC; the working-time counting happens in the shop's zone.
"""

from __future__ import annotations

import importlib
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta, tzinfo
from typing import Any

from sqlalchemy import and_, exists, func, insert, select
from sqlalchemy.orm import Session, aliased

from app.db.changes import Entity, RecordAction, record_change
from app.domain.enums import (
    AssetKind,
    AssetStatus,
    AssetUse,
    ContactChannel,
    FollowUpKind,
    FollowUpOutcome,
    FollowUpState,
    OrderState,
)
from app.domain.errors import ChangeNote, ConflictError, NotFound, RuleViolation, ValidationError
from app.domain.models import (
    Asset,
    CareCall,
    ContactConsent,
    Customer,
    FollowUp,
    User,
    WorkOrder,
)
from app.domain.permissions import Permission
from app.domain.types import utcnow
from app.domain.working_time import (
    ShopHours,
    add_working_days,
    add_working_minutes,
    next_opening,
)
from app.services import messages, shop_time
from app.services.access import require
from app.services.audit import audit
from app.services.context import ServiceContext
from app.services.settings import setting

#: how far back the generator looks for releases without their follow-ups
LOOKBACK = timedelta(days=14)
MAX_ATTEMPTS = 3
SCORE_FIELDS = ("service", "quality", "on_time", "price", "clean")

#: the call script per kind: (answer key, zh_CN, en); the answers are scored 1..5
_RELEASE_SCRIPT = (
    ("service", "您对我们这次的服务满意吗？", "Were you satisfied with our service this time?"),
    ("quality", "维修质量怎么样，问题解决了吗？", "How is the repair: is the problem solved?"),
    ("on_time", "我们是否按约定时间交车？", "Did we hand it back at the promised time?"),
    ("price", "费用是否给您解释清楚了？", "Were the charges explained to you?"),
    ("clean", "交车时车辆/设备是否干净？", "Was it clean when you got it back?"),
)
SCRIPTS: dict[FollowUpKind, tuple[tuple[str, str, str], ...]] = {
    FollowUpKind.RELEASE: _RELEASE_SCRIPT,
    FollowUpKind.AGAIN: (
        (
            "service",
            "上次您提到不满意，现在问题处理好了吗？",
            "Last time you were not satisfied: has it been put right now?",
        ),
        *_RELEASE_SCRIPT[1:],
    ),
    FollowUpKind.COMPLAINT: (
        (
            "service",
            "您对投诉的处理结果满意吗？",
            "Are you satisfied with how your complaint was handled?",
        ),
        ("quality", "问题是否彻底解决？", "Is the problem solved for good?"),
        ("on_time", "处理是否及时？", "Was it handled in good time?"),
        ("price", "补偿/费用是否解释清楚？", "Was the compensation or cost explained?"),
        ("clean", "还有什么需要我们改进的？", "Is there anything else we should improve?"),
    ),
}

#: parts of the day the attempts are spread over (shop-local start of each part)
DAY_PARTS = (time(0, 0), time(12, 0), time(15, 0))


# -- the shop's hours --------------------------------------------------------------------


def local_zone() -> tzinfo:
    """This computer's zone (with its daylight-saving rules): :mod:`app.services.shop_time`."""
    return shop_time.local_zone()


def shop_hours(session: Session, branch_id: int, zone: tzinfo | None = None) -> ShopHours:
    """The branch's opening hours, holidays and 调休 days, in ``zone`` (else the shop's
    ``hours.timezone`` setting, else this computer's zone); one statement."""
    return shop_time.shop_hours(session, branch_id, zone)


def _setting_zone(session: Session, branch_id: int) -> tzinfo | None:
    """The zone ``hours.timezone`` names, None when it is empty or unknown."""
    name = setting(session, "hours.timezone", branch_id)
    zone = shop_time.zone_of(name)
    return None if zone is shop_time.local_zone() else zone


def due_times(
    kind: AssetKind, released_at: datetime, hours: ShopHours, device_hours: int
) -> list[datetime]:
    """When the follow-ups of a release are due (one per call, in order)."""
    if kind is AssetKind.VEHICLE:
        return [add_working_days(hours, released_at, 1)]
    if kind is AssetKind.EBIKE:
        return [
            add_working_minutes(hours, released_at, 180),
            add_working_days(hours, released_at, 3),
        ]
    return [next_opening(hours, released_at + timedelta(hours=device_hours))]


def propose_slot(hours: ShopHours, now: datetime, tried: list[datetime]) -> datetime:
    """The next attempt's slot: the first start of a part of the day (opening, noon, 15:00
    local; within opening hours) at least an hour from ``now`` whose part of the day has
    not been tried yet (else one other than the last tried)."""
    tried_parts = {_part(hours, t) for t in tried}
    last = _part(hours, tried[-1]) if tried else None
    earliest = now + timedelta(hours=1)
    fallback: datetime | None = None
    day = hours.local_day(now)
    for _ in range(60):
        span = hours.span(day)
        if span is not None:
            opens, closes = span
            for part in range(len(DAY_PARTS)):
                start = max(opens, hours._utc(day, DAY_PARTS[part]))
                ends = hours._utc(day, DAY_PARTS[part + 1]) if part + 1 < len(DAY_PARTS) else closes
                start = max(start, earliest)
                if start >= min(ends, closes):
                    continue
                if part not in tried_parts:
                    return start
                if fallback is None and part != last:
                    fallback = start
            if fallback is not None and day > hours.local_day(now):
                return fallback
        day += timedelta(days=1)
    return fallback or next_opening(hours, earliest)


def _part(hours: ShopHours, moment: datetime) -> int:
    local = moment.astimezone(hours.zone).time()
    return max(i for i, start in enumerate(DAY_PARTS) if local >= start)


# -- who may be called ---------------------------------------------------------------------


def consent_in_force(customer_id: Any, channel: ContactChannel) -> Any:
    """SQL: the customer's latest consent row for ``channel`` says granted."""
    c, later = aliased(ContactConsent), aliased(ContactConsent)
    return exists().where(
        c.customer_id == customer_id,
        c.channel == channel,
        c.granted.is_(True),
        ~exists().where(
            later.customer_id == c.customer_id,
            later.channel == c.channel,
            later.at > c.at,
        ),
    )


def reachable_customer() -> Any:
    """SQL: the customer may be called (not merged, not anonymised, phone consent)."""
    return and_(
        Customer.merged_into_id.is_(None),
        Customer.anonymised_at.is_(None),
        consent_in_force(Customer.id, ContactChannel.PHONE),
    )


def callable_asset() -> Any:
    return and_(Asset.status == AssetStatus.IN_USE, Asset.use == AssetUse.PRIVATE)


def record_consent(
    ctx: ServiceContext,
    customer_id: int,
    channel: ContactChannel,
    granted: bool,
    source: str,
    *,
    at: datetime | None = None,
) -> None:
    """Record a consent (or its withdrawal) with its date and source (PIPL)."""
    source = (source or "").strip()
    if not source:
        raise ValidationError("source", "required", "where the consent was given is required")
    if len(source) > 60:
        raise ValidationError("source", "too_long", "at most 60 characters", max_len=60)
    with ctx.db.write() as session:
        require(session, ctx, Permission.EDIT_CUSTOMERS)
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise NotFound("customer", customer_id)
        when = at or utcnow()
        session.add(
            ContactConsent(
                customer_id=customer_id,
                channel=channel,
                granted=granted,
                at=when,
                source=source,
                recorded_by_id=ctx.actor.user_id,
            )
        )
        # every station's consent tab and the outbox see it live; the audit log keeps who
        record_change(session, Entity.CUSTOMER, customer_id, RecordAction.CONSENT, customer.version,
                      ctx.actor.station_id, ctx.actor.branch_id)  # fmt: skip
        audit(
            session, ctx, "customer.consent", "customer", customer_id,
            summary=f"{channel.value}: {'granted' if granted else 'withdrawn'} ({source})",
            after={"channel": channel, "granted": granted, "at": when, "source": source},
            customer_id=customer_id,
        )  # fmt: skip


# -- the generator -------------------------------------------------------------------------


def generate(
    ctx: ServiceContext, *, now: datetime | None = None, zone: tzinfo | None = None
) -> int:
    """Add the follow-ups owed by the releases of the last two weeks; returns how many
    were added (0 when run again)."""
    now = now or utcnow()
    with ctx.db.write() as session:
        require(session, ctx, Permission.FOLLOW_UP)
        return _generate(session, ctx.actor.branch_id, now, zone)


def _generate(session: Session, branch_id: int, now: datetime, zone: tzinfo | None) -> int:
    hours = shop_hours(session, branch_id, zone)
    device_hours = int(setting(session, "care.device_followup_hours", branch_id))
    owed = (
        select(WorkOrder.id, WorkOrder.customer_id, WorkOrder.asset_id, Asset.kind,
               WorkOrder.released_at, WorkOrder.branch_id)
        .join(Asset, Asset.id == WorkOrder.asset_id)
        .join(Customer, Customer.id == WorkOrder.customer_id)
        .where(
            WorkOrder.state == OrderState.RELEASED,
            WorkOrder.released_at >= now - LOOKBACK,
            WorkOrder.released_at <= now,
            WorkOrder.branch_id == branch_id,
            callable_asset(),
            reachable_customer(),
            ~exists().where(
                FollowUp.order_id == WorkOrder.id, FollowUp.kind == FollowUpKind.RELEASE
            ),
        )
    )  # fmt: skip
    rows = []
    for order_id, customer_id, asset_id, kind, released_at, order_branch in session.execute(owed):
        assert released_at is not None  # a released order has its release time
        for seq, due in enumerate(due_times(kind, released_at, hours, device_hours), 1):
            rows.append(
                {
                    "branch_id": order_branch,
                    "order_id": order_id,
                    "customer_id": customer_id,
                    "asset_id": asset_id,
                    "kind": FollowUpKind.RELEASE,
                    "seq": seq,
                    "due_at": due,
                    "state": FollowUpState.OPEN,
                    "attempts": 0,
                    "sms_due": False,
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                }
            )
    if rows:
        session.execute(insert(FollowUp), rows)
        # one change for the batch (the rows' ids are not read back): the lists reload
        record_change(session, Entity.FOLLOW_UP, 0, RecordAction.GENERATE, None, None, branch_id)
    return len(rows)


# -- the list ------------------------------------------------------------------------------


@dataclass(frozen=True)
class FollowUpRow:
    id: int
    version: int
    kind: FollowUpKind
    seq: int
    due_at: datetime
    next_try_at: datetime | None
    attempts: int
    state: FollowUpState
    outcome: FollowUpOutcome | None
    sms_due: bool
    order_id: int
    order_number: str
    customer_id: int
    customer: str
    phone: str | None
    asset_id: int
    asset: str
    released_at: datetime | None
    asset_kind: AssetKind | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "version": self.version,
            "kind": self.kind.value,
            "seq": self.seq,
            "due_at": self.due_at.isoformat(),
            "next_try_at": self.next_try_at.isoformat() if self.next_try_at else None,
            "attempts": self.attempts,
            "state": self.state.value,
            "outcome": self.outcome.value if self.outcome else None,
            "sms_due": self.sms_due,
            "order": self.order_number,
            "customer_id": self.customer_id,
            "customer": self.customer,
            "phone": self.phone,
            "asset": self.asset,
            "released_at": self.released_at.isoformat() if self.released_at else None,
        }


def due_followups(
    ctx: ServiceContext,
    *,
    now: datetime | None = None,
    zone: tzinfo | None = None,
    include_closed: bool = False,
    ids: Collection[int] | None = None,
) -> list[FollowUpRow]:
    """The day's list: fills itself first (:func:`generate`), then every open follow-up due
    by the end of today (shop-local), earliest slot first. ``include_closed``: every
    follow-up of the last two weeks whatever its state. With ``ids``, only those of the
    list (a desk patching its rows with the follow-ups a change names; nothing is filled)."""
    now = now or utcnow()
    with ctx.db.write() if ids is None else ctx.db.read() as session:
        require(session, ctx, Permission.FOLLOW_UP)
        if ids is None:
            _generate(session, ctx.actor.branch_id, now, zone)
        hours = shop_hours(session, ctx.actor.branch_id, zone)
        end_of_day = datetime.combine(
            hours.local_day(now) + timedelta(days=1), time(0), tzinfo=hours.zone
        ).astimezone(UTC)
        slot = func.coalesce(FollowUp.next_try_at, FollowUp.due_at)
        stmt = (
            select(FollowUp, WorkOrder.number, WorkOrder.released_at, Customer, Asset)
            .join(WorkOrder, WorkOrder.id == FollowUp.order_id)
            .join(Customer, Customer.id == FollowUp.customer_id)
            .join(Asset, Asset.id == FollowUp.asset_id)
            .where(FollowUp.branch_id == ctx.actor.branch_id)
            .order_by(slot, FollowUp.id)
        )
        if ids is not None:
            stmt = stmt.where(FollowUp.id.in_(list(ids)))
        if include_closed:
            stmt = stmt.where(FollowUp.due_at >= now - LOOKBACK)
        else:
            stmt = stmt.where(FollowUp.state == FollowUpState.OPEN, FollowUp.due_at < end_of_day)
        return [
            FollowUpRow(
                f.id, f.version, f.kind, f.seq, f.due_at, f.next_try_at, f.attempts, f.state,
                f.outcome, f.sms_due, f.order_id, number, f.customer_id, c.name,
                c.primary_phone, a.id, a.label, released, a.kind,
            )
            for f, number, released, c, a in session.execute(stmt)
        ]  # fmt: skip


# -- recording a call ----------------------------------------------------------------------


@dataclass(frozen=True)
class CallResult:
    follow_up_id: int
    version: int
    state: FollowUpState
    attempts: int
    next_try_at: datetime | None
    sms_due: bool
    again_id: int | None  # the follow-up scheduled after a dissatisfied answer
    complaint_id: int | None
    #: the SMS queued after the third unanswered attempt (None: none queued, see sms_due)
    sms_id: int | None = None


def _check_call(
    outcome: FollowUpOutcome | str | None, scores: dict[str, int] | None, duration_s: int,
    note: str | None,
) -> tuple[FollowUpOutcome, dict[str, int], str | None]:  # fmt: skip
    if outcome is None or outcome == "":
        raise ValidationError("outcome", "required", "the call's outcome is required")
    try:
        outcome = FollowUpOutcome(outcome)
    except ValueError:
        raise ValidationError(
            "outcome", "invalid_choice", f"no outcome {outcome!r}", outcome
        ) from None
    clean: dict[str, int] = {}
    for key, value in (scores or {}).items():
        if key not in SCORE_FIELDS:
            raise ValidationError(f"score_{key}", "unknown_field", f"no score {key!r}", key)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
            raise ValidationError(
                f"score_{key}", "out_of_range", "a score is 1 to 5", value, low=1, high=5
            )
        clean[key] = value
    if (
        isinstance(duration_s, bool)
        or not isinstance(duration_s, int)
        or not (0 <= duration_s <= 4 * 3600)
    ):
        raise ValidationError(
            "duration_s", "out_of_range", "a call lasts 0 to 4 hours", duration_s,
            low=0, high=4 * 3600,
        )  # fmt: skip
    note = (note or "").strip() or None
    if note is not None and len(note) > 500:
        raise ValidationError("note", "too_long", "at most 500 characters", max_len=500)
    return outcome, clean, note


def record_call(
    ctx: ServiceContext,
    follow_up_id: int,
    version: int,
    *,
    outcome: FollowUpOutcome | str | None,
    scores: dict[str, int] | None = None,
    note: str | None = None,
    duration_s: int = 0,
    open_complaint: bool = False,
    now: datetime | None = None,
    zone: tzinfo | None = None,
) -> CallResult:
    """Record one call attempt of a follow-up (one transaction; nothing written if refused)."""
    checked_outcome, clean, note = _check_call(outcome, scores, duration_s, note)
    now = now or utcnow()
    with ctx.db.write() as session:
        require(session, ctx, Permission.FOLLOW_UP)
        stmt = select(FollowUp).where(FollowUp.id == follow_up_id)
        if session.get_bind().dialect.name == "postgresql":
            stmt = stmt.with_for_update()
        fu = session.execute(stmt).scalar_one_or_none()
        if fu is None:
            raise NotFound("follow_up", follow_up_id)
        if fu.version != version:
            raise _conflict(session, fu, version)
        customer = session.get(Customer, fu.customer_id)
        assert customer is not None
        if customer.merged_into_id is not None or customer.anonymised_at is not None:
            raise RuleViolation(
                "customer_gone",
                f"customer {customer.id} was merged or anonymised: no follow-up calls",
                customer_id=customer.id,
            )
        if fu.state is not FollowUpState.OPEN:
            raise RuleViolation("followup_closed", f"follow-up {fu.id} is {fu.state.value}")
        hours = shop_hours(session, fu.branch_id, zone)
        tried = [c.at for c in fu.calls]
        session.add(
            CareCall(
                follow_up_id=fu.id, customer_id=fu.customer_id, asset_id=fu.asset_id, at=now,
                outcome=checked_outcome.value, duration_s=duration_s, note=note,
                user_id=ctx.actor.user_id,
            )
        )  # fmt: skip
        fu.attempts += 1
        fu.updated_by_id = ctx.actor.user_id
        if note:
            fu.note = f"{fu.note}\n{note}" if fu.note else note
        for key, value in clean.items():
            setattr(fu, f"score_{key}", value)
        again_id: int | None = None
        complaint_id: int | None = None
        sms_id: int | None = None
        if checked_outcome is FollowUpOutcome.UNREACHABLE:
            if fu.attempts < MAX_ATTEMPTS:
                fu.next_try_at = propose_slot(hours, now, [*tried, now])
            else:
                _close(fu, checked_outcome, now)
                fu.sms_due = True
                sms_id = messages.queue_followup_sms(session, ctx, fu)
        else:
            _close(fu, checked_outcome, now)
            if checked_outcome in (FollowUpOutcome.DISSATISFIED, FollowUpOutcome.COMPLAINT):
                again_id = _schedule_again(session, fu, hours, now)
            if open_complaint or checked_outcome is FollowUpOutcome.COMPLAINT:
                made = _hook("app.services.complaints", "open_from_followup", session, ctx, fu)
                if isinstance(made, int):
                    complaint_id = fu.complaint_id = made
        session.flush()
        record_change(
            session,
            Entity.FOLLOW_UP,
            fu.id,
            RecordAction.CALL,
            fu.version,
            ctx.actor.station_id,
            fu.branch_id,
        )
        if again_id is not None:
            record_change(
                session,
                Entity.FOLLOW_UP,
                again_id,
                RecordAction.CREATE,
                None,
                ctx.actor.station_id,
                fu.branch_id,
            )
        return CallResult(
            fu.id, fu.version, fu.state, fu.attempts, fu.next_try_at, fu.sms_due, again_id,
            complaint_id, sms_id,
        )  # fmt: skip


def _close(fu: FollowUp, outcome: FollowUpOutcome, now: datetime) -> None:
    fu.state = FollowUpState.DONE
    fu.outcome = outcome
    fu.done_at = now
    fu.next_try_at = None


def _schedule_again(session: Session, fu: FollowUp, hours: ShopHours, now: datetime) -> int:
    """Another follow-up the next working day (a dissatisfied customer is called until
    satisfied)."""
    seq = (
        session.scalar(
            select(func.max(FollowUp.seq)).where(
                FollowUp.order_id == fu.order_id, FollowUp.kind == FollowUpKind.AGAIN
            )
        )
        or 0
    ) + 1
    again = FollowUp(
        branch_id=fu.branch_id, order_id=fu.order_id, customer_id=fu.customer_id,
        asset_id=fu.asset_id, kind=FollowUpKind.AGAIN, seq=seq,
        due_at=add_working_days(hours, now, 1), state=FollowUpState.OPEN, attempts=0,
        sms_due=False, updated_by_id=fu.updated_by_id,
    )  # fmt: skip
    session.add(again)
    session.flush()
    return again.id


def _hook(module: str, name: str, session: Session, ctx: ServiceContext, fu: FollowUp) -> Any:
    """Call another desk's function in this transaction when it exists (the message outbox,
    the complaints book); without it the follow-up keeps the mark (``sms_due``) and the
    desk opens the complaint by hand."""
    try:
        mod = importlib.import_module(module)
    except ImportError:
        return None
    fn = getattr(mod, name, None)
    if fn is None:
        return None
    return fn(session, ctx, fu)


def _conflict(session: Session, fu: FollowUp, expected: int) -> ConflictError:
    """Name who saved the follow-up since the caller read it."""
    user = session.get(User, fu.updated_by_id) if fu.updated_by_id else None
    who = user.name if user is not None else "?"
    last = session.scalars(
        select(CareCall).where(CareCall.follow_up_id == fu.id).order_by(CareCall.id.desc())
    ).first()
    # action "call" with the outcome as its summary (the desk names it in the user's
    # language), else "follow_up" (changed otherwise)
    if last is not None:
        note = ChangeNote(fu.version, "call", last.outcome, who, "", last.at)
    else:
        note = ChangeNote(fu.version, "follow_up", "follow-up changed", who, "", fu.updated_at)
    return ConflictError("follow_up", fu.id, expected, fu.version, [note])


def cancel_for_customer(session: Session, customer_id: int) -> int:
    """Close a merged or anonymised customer's open follow-ups (for the customer services
    to call in their transaction)."""
    stmt = select(FollowUp).where(
        FollowUp.customer_id == customer_id, FollowUp.state == FollowUpState.OPEN
    )
    count = 0
    for fu in session.scalars(stmt):
        fu.state = FollowUpState.CANCELLED
        count += 1
    return count


__all__ = [
    "SCRIPTS",
    "CallResult",
    "FollowUpRow",
    "cancel_for_customer",
    "due_followups",
    "due_times",
    "generate",
    "propose_slot",
    "record_call",
    "record_consent",
    "shop_hours",
]
