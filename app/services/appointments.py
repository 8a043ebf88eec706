"""Appointments (预约): booking into the workshop's capacity, reminders, no-shows, arrivals.

Capacity (``appointments.capacity``, per asset kind: bays and technicians on duty) is
counted in labor hours per slot (``appointments.slot_minutes``, 30 by default): a slot takes
in ``min(bays, technicians) x slot length`` hours of booked work. The slots of a day are the
shop's opening hours (``hours.week``, holidays, 调休 days) cut in slot lengths on the local
wall clock, so a slot is 09:00 local on both sides of a change of daylight-saving time, and
a wall-clock time that does not exist that day is refused.

A booking uses up the standard hours of its catalog items (or hours the advisor estimates
for work typed by hand) in the one slot the customer arrives in. Its hours go into the
slot's row (``appointment_slots``) with one conditional UPDATE: two advisors booking the
last hours of a slot at the same instant take turns on the row, and the second is refused
with the slot as it is now (:class:`SlotFull`). A full slot takes more only with a
manager's approval (``OVERBOOK``). Cancelling, moving and a no-show give the hours back.

Every call is one transaction; an appointment carries a version (two desks moving the same
booking: the second is refused, naming who changed it).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, selectinload

from app.db.changes import Entity, RecordAction, record_change
from app.domain.enums import (
    AppointmentSource,
    AppointmentState,
    AssetKind,
    AssetStatus,
    ConfirmationOutcome,
    ContactChannel,
    MessageEvent,
    Role,
)
from app.domain.errors import ChangeNote, ConflictError, NotFound, RuleViolation, ValidationError
from app.domain.models import (
    Appointment,
    AppointmentItem,
    AppointmentSlot,
    Asset,
    CatalogItem,
    Customer,
    User,
    UserRole,
    WorkOrder,
)
from app.domain.permissions import Permission
from app.domain.types import utcnow
from app.domain.validation import check_text
from app.domain.working_time import ShopHours
from app.services import shop_time
from app.services.access import authorize, require
from app.services.approvals import ApprovalGrant
from app.services.audit import audit
from app.services.context import ServiceContext, locked
from app.services.settings import setting, settings_of
from app.settings.values import Capacity

#: a customer not come this long after the slot's start is a no-show to call
NO_SHOW_AFTER = timedelta(minutes=30)
#: arriving within this of the slot's start is on time
PUNCTUAL_WITHIN = timedelta(minutes=15)
#: the reminder call is due this long before the slot
CALL_BEFORE = timedelta(hours=1)
#: how far ahead the desk looks for slots to offer
OFFER_DAYS = 21
_HOURS_MAX = Decimal("99")
_Q = Decimal("0.01")


# -- results ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Slot:
    """One slot of one asset kind: labor hours it takes in, booked and still free."""

    starts_at: datetime  # UTC
    ends_at: datetime
    local: str  # shop-local "YYYY-MM-DD HH:MM"
    capacity: Decimal
    booked: Decimal

    @property
    def free(self) -> Decimal:
        return max(self.capacity - self.booked, Decimal(0))

    def plain(self) -> dict[str, Any]:
        return {
            "starts_at": self.starts_at.isoformat(),
            "ends_at": self.ends_at.isoformat(),
            "local": self.local,
            "capacity_hours": str(self.capacity),
            "booked_hours": str(self.booked),
            "free_hours": str(self.free),
        }


class SlotFull(RuleViolation):
    """The slot has not the hours the booking needs (a manager may let it in)."""

    code = "slot_full"

    def __init__(self, slot: Slot, wanted: Decimal) -> None:
        super().__init__(
            "slot_full",
            f"the {slot.local} slot has {slot.free} of {slot.capacity} h free, {wanted} h wanted",
            slot=slot.local,
            capacity=str(slot.capacity),
            booked=str(slot.booked),
            free=str(slot.free),
            wanted=str(wanted),
        )
        self.slot = slot
        self.wanted = wanted


@dataclass(frozen=True)
class BookedItem:
    """A catalog operation (its standard hours) or work typed by hand with estimated hours."""

    catalog_item_id: int | None = None
    description: str | None = None
    hours: Decimal | None = None


@dataclass(frozen=True)
class BookingInput:
    customer_id: int
    asset_id: int
    starts_at: datetime  # UTC, the start of one of the day's slots
    items: Sequence[BookedItem]
    source: AppointmentSource = AppointmentSource.INBOUND
    waiting: bool = False
    notes: str | None = None
    technician_id: int | None = None


@dataclass(frozen=True)
class ItemRow:
    catalog_item_id: int | None
    description: str
    hours: Decimal


@dataclass(frozen=True)
class AppointmentRow:
    id: int
    version: int
    state: AppointmentState
    starts_at: datetime
    local: str
    slot_minutes: int
    hours: Decimal
    asset_kind: AssetKind
    customer_id: int
    customer: str
    phone: str | None
    asset_id: int
    asset: str
    source: AppointmentSource
    waiting: bool
    notes: str | None
    advisor: str
    technician_id: int | None
    overbooked: bool
    confirmation: ConfirmationOutcome | None
    reminded_at: datetime | None
    arrived_at: datetime | None
    order_id: int | None
    no_show_reason: str | None
    cancel_reason: str | None
    moved_to_id: int | None
    items: list[ItemRow] = field(default_factory=list)
    #: set by :func:`book`: the confirmation SMS went to the outbox, or why not
    sms: str | None = None
    #: the technician's name when the booking names one (the calendar's per-technician bars)
    technician: str | None = None

    def plain(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in self.__dict__.items():
            if key == "items":
                value = [
                    {"catalog_item_id": i.catalog_item_id, "description": i.description,
                     "hours": str(i.hours)}
                    for i in value
                ]  # fmt: skip
            elif isinstance(value, datetime):
                value = value.isoformat()
            elif isinstance(value, Decimal):
                value = str(value)
            elif hasattr(value, "value"):
                value = value.value
            out[key] = value
        return out


@dataclass(frozen=True)
class IntakePrefill:
    """What an arrival brings to the intake: who, which asset, the booked work, notes."""

    appointment_id: int
    appointment_version: int
    customer_id: int
    asset_id: int
    catalog_item_ids: list[int]
    hand_items: list[ItemRow]
    notes: str | None
    waiting: bool


@dataclass(frozen=True)
class WeekFigures:
    """Appointment share, no-show rate and punctuality of one ISO week (shop-local)."""

    week: str  # "2026-W49"
    intakes: int
    booked_arrivals: int
    due: int  # bookings whose slot fell in the week (arrived, no-show, still booked)
    no_shows: int
    on_time: int

    @property
    def share(self) -> Decimal | None:
        return _rate(self.booked_arrivals, self.intakes)

    @property
    def no_show_rate(self) -> Decimal | None:
        return _rate(self.no_shows, self.due)

    @property
    def punctuality(self) -> Decimal | None:
        return _rate(self.on_time, self.booked_arrivals)

    def plain(self) -> dict[str, Any]:
        return {
            "week": self.week, "intakes": self.intakes, "booked_arrivals": self.booked_arrivals,
            "due": self.due, "no_shows": self.no_shows, "on_time": self.on_time,
            "share": _s(self.share), "no_show_rate": _s(self.no_show_rate),
            "punctuality": _s(self.punctuality),
        }  # fmt: skip


def _rate(part: int, whole: int) -> Decimal | None:
    return (Decimal(part) / Decimal(whole)).quantize(Decimal("0.001")) if whole else None


def _s(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


# -- the shop's slots ------------------------------------------------------------------------


def shop_hours(session: Session, branch_id: int) -> ShopHours:
    return shop_time.shop_hours(session, branch_id)


def slot_minutes(session: Session, branch_id: int) -> int:
    return int(setting(session, "appointments.slot_minutes", branch_id))


def capacity_of(session: Session, branch_id: int, kind: AssetKind) -> Capacity:
    capacity: dict[AssetKind, Capacity] = setting(session, "appointments.capacity", branch_id)
    return capacity.get(kind, Capacity(0, 0))


_BOOK_KEYS = (*shop_time.HOURS_KEYS, "appointments.slot_minutes", "appointments.capacity")


def _book_settings(
    session: Session, branch_id: int
) -> tuple[ShopHours, int, dict[AssetKind, Capacity]]:
    """The shop's hours, slot length and capacity, read with one statement."""
    values = settings_of(session, _BOOK_KEYS, branch_id)
    return (
        shop_time.hours_from(values),
        int(values["appointments.slot_minutes"]),
        values["appointments.capacity"],
    )


def local_instant(zone: tzinfo, day: date, at: time) -> datetime | None:
    """``day`` ``at`` on the shop's wall clock as a UTC instant; None when that wall-clock
    time does not exist that day (the hour skipped when daylight-saving time starts)."""
    naive = datetime.combine(day, at)
    moment = naive.replace(tzinfo=zone).astimezone(UTC)
    if moment.astimezone(zone).replace(tzinfo=None) != naive:
        return None
    return moment


def slot_starts(hours: ShopHours, day: date, minutes: int) -> list[datetime]:
    """The UTC starts of ``day``'s slots: opening to closing on the wall clock, each slot
    ending by closing time (none on a closed day or a holiday)."""
    opening = hours.hours_on(day)
    if opening is None:
        return []
    starts: list[datetime] = []
    wall = datetime.combine(day, opening.opens)
    closes = datetime.combine(day, opening.closes)
    step = timedelta(minutes=minutes)
    while wall + step <= closes:
        moment = local_instant(hours.zone, day, wall.time())
        if moment is not None and (not starts or moment > starts[-1]):
            starts.append(moment)
        wall += step
    return starts


def _local(hours: ShopHours, moment: datetime) -> str:
    return moment.astimezone(hours.zone).strftime("%Y-%m-%d %H:%M")


def _booked(
    session: Session, branch_id: int, kind: AssetKind, start: datetime, end: datetime
) -> dict[datetime, Decimal]:
    rows = session.execute(
        select(AppointmentSlot.starts_at, AppointmentSlot.booked_hours).where(
            AppointmentSlot.branch_id == branch_id,
            AppointmentSlot.asset_kind == kind,
            AppointmentSlot.starts_at >= start,
            AppointmentSlot.starts_at < end,
        )
    )
    return {at.astimezone(UTC): Decimal(hours).quantize(_Q) for at, hours in rows}


def allocation(starts_at: datetime, hours: Decimal, minutes: int) -> list[tuple[datetime, Decimal]]:
    """How a booked job takes the workshop's time: one technician on it from its slot on, a
    slot's length of each slot in turn, the rest in the last (a long job fills the slots
    after its arrival; one running past closing time is work left for overnight or the
    next morning, still counted in the slots after closing). Fixed by the booking alone, so
    a cancellation gives back exactly what the booking took."""
    per = (Decimal(minutes) / 60).quantize(Decimal("0.001"))
    parts: list[tuple[datetime, Decimal]] = []
    left, at = Decimal(hours), starts_at
    while left > 0:
        part = min(left, per)
        parts.append((at, part))
        left -= part
        at += timedelta(minutes=minutes)
    return parts


def _day_slots(
    session: Session,
    branch_id: int,
    kind: AssetKind,
    day: date,
    config: tuple[ShopHours, int, dict[AssetKind, Capacity]],
    reach: Decimal = Decimal(0),
) -> tuple[list[Slot], dict[datetime, Decimal]]:
    """The day's slots, and the booked hours of every slot from the first to ``reach``
    hours after the last (where a long job booked late in the day still takes time)."""
    hours, minutes, capacity = config
    starts = slot_starts(hours, day, minutes)
    if not starts:
        return [], {}
    per_slot = capacity.get(kind, Capacity(0, 0)).hours_per_slot(minutes)
    step = timedelta(minutes=minutes)
    end = starts[-1] + step + timedelta(hours=float(reach))
    booked = _booked(session, branch_id, kind, starts[0], end)
    slots = [
        Slot(s, s + step, _local(hours, s), per_slot, booked.get(s, Decimal(0))) for s in starts
    ]
    return slots, booked


def _room(slot: Slot, hours: Decimal, minutes: int, booked: dict[datetime, Decimal]) -> bool:
    """Whether a job of ``hours`` arriving in ``slot`` fits every slot it takes time from."""
    return all(
        slot.capacity - booked.get(at, Decimal(0)) >= part
        for at, part in allocation(slot.starts_at, hours, minutes)
    )


def _hours_value(value: Any, name: str) -> Decimal:
    try:
        hours = Decimal(str(value)).quantize(_Q)
    except ArithmeticError:
        raise ValidationError(name, "not_a_number", "hours must be a number", value) from None
    if not Decimal(0) < hours <= _HOURS_MAX:
        raise ValidationError(
            name, "out_of_range", f"hours must be more than 0 and at most {_HOURS_MAX}", value,
            min="0.01", max=str(_HOURS_MAX),
        )  # fmt: skip
    return hours


def _kind(value: AssetKind | str) -> AssetKind:
    try:
        return AssetKind(value)
    except ValueError:
        raise ValidationError(
            "kind", "not_a_choice", "vehicle, device or ebike", value,
            choices=", ".join(k.value for k in AssetKind),
        ) from None  # fmt: skip


def free_slots(
    ctx: ServiceContext,
    day: date,
    hours: Decimal | str | float | int,
    kind: AssetKind | str,
    *,
    now: datetime | None = None,
) -> list[Slot]:
    """The day's slots of ``kind`` with at least ``hours`` free, not begun yet."""
    wanted = _hours_value(hours, "hours")
    asset_kind = _kind(kind)
    now = now or utcnow()
    with ctx.db.read() as session:
        require(session, ctx, Permission.VIEW)
        config = _book_settings(session, ctx.actor.branch_id)
        slots, booked = _day_slots(session, ctx.actor.branch_id, asset_kind, day, config, wanted)
    return [s for s in slots if s.starts_at > now and _room(s, wanted, config[1], booked)]


def day_slots(ctx: ServiceContext, day: date, kind: AssetKind | str) -> list[Slot]:
    """Every slot of the day with its capacity and what is booked (the calendar's bars)."""
    asset_kind = _kind(kind)
    with ctx.db.read() as session:
        require(session, ctx, Permission.VIEW)
        config = _book_settings(session, ctx.actor.branch_id)
        return _day_slots(session, ctx.actor.branch_id, asset_kind, day, config)[0]


def offer_slots(
    ctx: ServiceContext,
    wanted_at: datetime,
    hours: Decimal | str | float | int,
    kind: AssetKind | str,
    *,
    count: int = 3,
    now: datetime | None = None,
) -> list[Slot]:
    """The ``count`` slots nearest to ``wanted_at`` (before or after, not begun yet) with
    enough free hours, looking up to :data:`OFFER_DAYS` days ahead."""
    need = _hours_value(hours, "hours")
    asset_kind = _kind(kind)
    now = now or utcnow()
    with ctx.db.read() as session:
        require(session, ctx, Permission.VIEW)
        config = _book_settings(session, ctx.actor.branch_id)
        shop = config[0]
        first = max(shop.local_day(wanted_at) - timedelta(days=1), shop.local_day(now))
        found: list[Slot] = []
        for n in range(OFFER_DAYS + 1):
            day = first + timedelta(days=n)
            slots, booked = _day_slots(session, ctx.actor.branch_id, asset_kind, day, config, need)
            found += [s for s in slots if s.starts_at > now and _room(s, need, config[1], booked)]
            after = [s for s in found if s.starts_at >= wanted_at]
            if len(after) >= count:
                break
    found.sort(key=lambda s: (abs((s.starts_at - wanted_at).total_seconds()), s.starts_at))
    return sorted(found[:count], key=lambda s: s.starts_at)


# -- booking --------------------------------------------------------------------------------


def _check_items(session: Session, items: Sequence[BookedItem]) -> list[ItemRow]:
    if not items:
        raise ValidationError("items", "required", "book at least one item", None)
    rows: list[ItemRow] = []
    for n, item in enumerate(items):
        where = f"items.{n}"
        if item.catalog_item_id is not None:
            c = session.get(CatalogItem, item.catalog_item_id)
            if c is None or not c.active:
                raise ValidationError(
                    where, "not_found", "no such catalog item", item.catalog_item_id
                )
            hours = item.hours if item.hours is not None else c.standard_hours
            if hours is None or Decimal(hours) <= 0:
                raise ValidationError(
                    f"{where}.hours", "no_standard_hours",
                    f"{c.code} has no standard hours: type the hours it takes", c.code,
                    item=c.name_zh,
                )  # fmt: skip
            text = check_text(item.description, f"{where}.description", 200) or c.name_zh
            rows.append(ItemRow(c.id, text, _hours_value(hours, f"{where}.hours")))
            continue
        text = check_text(item.description, f"{where}.description", 200, required=True)
        if item.hours is None:
            raise ValidationError(
                f"{where}.hours", "no_standard_hours",
                "work typed by hand needs the hours it takes", text, item=text,
            )  # fmt: skip
        rows.append(ItemRow(None, text, _hours_value(item.hours, f"{where}.hours")))
    return rows


def _check_slot(
    session: Session, branch_id: int, shop: ShopHours, starts_at: datetime, now: datetime
) -> int:
    """The slot length, or why ``starts_at`` is not a slot one may book."""
    if starts_at.tzinfo is None:
        raise ValidationError("starts_at", "naive_time", "a time with its zone", starts_at)
    starts_at = starts_at.astimezone(UTC)
    minutes = slot_minutes(session, branch_id)
    day = shop.local_day(starts_at)
    local = _local(shop, starts_at)
    if starts_at <= now:
        raise ValidationError("starts_at", "slot_in_past", "the slot has begun", local)
    if day in shop.holidays:
        raise ValidationError("starts_at", "holiday", "the shop is closed: a holiday", local)
    if shop.hours_on(day) is None:
        raise ValidationError("starts_at", "closed_day", "the shop is closed that day", local)
    if starts_at not in slot_starts(shop, day, minutes):
        opening = shop.hours_on(day)
        assert opening is not None
        raise ValidationError(
            "starts_at", "outside_hours",
            f"not a slot start within the opening hours "
            f"({opening.opens:%H:%M}–{opening.closes:%H:%M}, {minutes} min slots)", local,
            opens=f"{opening.opens:%H:%M}", closes=f"{opening.closes:%H:%M}", minutes=minutes,
        )  # fmt: skip
    return minutes


def slot_at(ctx: ServiceContext, day: date, at: time) -> datetime:
    """The UTC start of the slot at ``at`` on the shop's wall clock on ``day`` (for a time
    typed at a desk or a command line), or why there is none: a wall-clock time skipped by
    a change of daylight-saving time is refused (``dst_gap``)."""
    with ctx.db.read() as session:
        require(session, ctx, Permission.VIEW)
        shop = shop_hours(session, ctx.actor.branch_id)
    moment = local_instant(shop.zone, day, at)
    if moment is None:
        raise ValidationError(
            "starts_at", "dst_gap",
            "that time does not exist on that day (the clocks go forward)",
            f"{day.isoformat()} {at:%H:%M}",
        )  # fmt: skip
    return moment


def _take_hours(
    session: Session,
    branch_id: int,
    kind: AssetKind,
    slot: Slot,
    hours: Decimal,
    minutes: int,
    *,
    over: bool,
) -> None:
    """Add the job's time to each slot it takes (:func:`allocation`; rows created as
    needed, in time order so that stations never wait on each other in a circle); refused
    with the first slot that has not the room, unless ``over``."""
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    for at, part in allocation(slot.starts_at, hours, minutes):
        session.execute(
            insert(AppointmentSlot)
            .values(branch_id=branch_id, asset_kind=kind, starts_at=at,
                    booked_hours=Decimal(0))
            .on_conflict_do_nothing()
        )  # fmt: skip
        where = and_(
            AppointmentSlot.branch_id == branch_id,
            AppointmentSlot.asset_kind == kind,
            AppointmentSlot.starts_at == at,
        )
        if not over:
            where = and_(where, AppointmentSlot.booked_hours + part <= slot.capacity)
        after = session.execute(
            update(AppointmentSlot)
            .where(where)
            .values(booked_hours=AppointmentSlot.booked_hours + part)
            .returning(AppointmentSlot.booked_hours)
        ).scalar_one_or_none()
        if after is None:
            booked = session.scalar(
                select(AppointmentSlot.booked_hours).where(
                    AppointmentSlot.branch_id == branch_id,
                    AppointmentSlot.asset_kind == kind,
                    AppointmentSlot.starts_at == at,
                )
            )
            step = timedelta(minutes=minutes)
            local = slot.local if at == slot.starts_at else _local_of(session, branch_id, at)
            full = Slot(at, at + step, local, slot.capacity, Decimal(booked or 0).quantize(_Q))
            raise SlotFull(full, part)


def _local_of(session: Session, branch_id: int, at: datetime) -> str:
    return _local(shop_hours(session, branch_id), at)


def _give_back(session: Session, a: Appointment) -> None:
    """Take the booking's time out of the slots it took (exactly what :func:`_take_hours`
    put there)."""
    floor = func.max if session.get_bind().dialect.name == "sqlite" else func.greatest
    for at, part in allocation(a.starts_at, a.hours, a.slot_minutes):
        session.execute(
            update(AppointmentSlot)
            .where(
                AppointmentSlot.branch_id == a.branch_id,
                AppointmentSlot.asset_kind == a.asset_kind,
                AppointmentSlot.starts_at == at,
            )
            .values(booked_hours=floor(AppointmentSlot.booked_hours - part, 0))
        )


def _book(
    session: Session,
    ctx: ServiceContext,
    data: BookingInput,
    approval: ApprovalGrant | None,
    now: datetime,
) -> Appointment:
    branch_id = ctx.actor.branch_id
    items = _check_items(session, data.items)
    notes = check_text(data.notes, "notes", 1000) or None
    customer = session.get(Customer, data.customer_id)
    if customer is None:
        raise NotFound("customer", data.customer_id)
    if customer.merged_into_id is not None or customer.anonymised_at is not None:
        raise ValidationError(
            "customer_id", "merged" if customer.merged_into_id else "anonymised",
            "the customer's file was merged or anonymised", customer.id,
        )  # fmt: skip
    asset = session.get(Asset, data.asset_id)
    if asset is None:
        raise NotFound("asset", data.asset_id)
    if asset.customer_id != customer.id:
        raise ValidationError(
            "asset_id", "not_the_owner", "the asset belongs to another customer", asset.id
        )
    if asset.status is not AssetStatus.IN_USE:
        raise ValidationError(
            "asset_id", "asset_not_in_use", f"the asset is {asset.status.value}", asset.id,
            status=asset.status.value,
        )  # fmt: skip
    shop = shop_hours(session, branch_id)
    starts_at = data.starts_at.astimezone(UTC) if data.starts_at.tzinfo else data.starts_at
    minutes = _check_slot(session, branch_id, shop, starts_at, now)
    day_start, day_end = _day_range(shop, shop.local_day(starts_at))
    same_day = session.scalar(
        select(Appointment.starts_at).where(
            Appointment.asset_id == asset.id,
            Appointment.state == AppointmentState.BOOKED,
            Appointment.starts_at >= day_start,
            Appointment.starts_at < day_end,
        )
    )
    if same_day is not None:
        raise ValidationError(
            "asset_id", "already_booked", "the asset is already booked that day",
            _local(shop, same_day), at=_local(shop, same_day),
        )  # fmt: skip
    if data.technician_id is not None and session.get(User, data.technician_id) is None:
        raise ValidationError("technician_id", "not_found", "no such technician", None)
    total = sum((i.hours for i in items), Decimal(0)).quantize(_Q)
    capacity = capacity_of(session, branch_id, asset.kind).hours_per_slot(minutes)
    slot = Slot(starts_at, starts_at + timedelta(minutes=minutes), _local(shop, starts_at),
                capacity, Decimal(0))  # fmt: skip
    approver: User | None = None
    try:
        _take_hours(session, branch_id, asset.kind, slot, total, minutes, over=False)
    except SlotFull:
        if approval is None:
            raise
        approver = authorize(
            session, ctx, Permission.OVERBOOK, approval=approval, subject=overbook_subject(slot)
        )
        _take_hours(session, branch_id, asset.kind, slot, total, minutes, over=True)
        if approver is None:  # a manager let it in on their own right
            approver = session.get(User, ctx.actor.user_id)
    a = Appointment(
        branch_id=branch_id, customer_id=customer.id, asset_id=asset.id, asset_kind=asset.kind,
        starts_at=starts_at, slot_minutes=minutes, hours=total,
        state=AppointmentState.BOOKED, source=AppointmentSource(data.source),
        waiting=bool(data.waiting), notes=notes, advisor_id=ctx.actor.user_id,
        technician_id=data.technician_id,
        overbooked_by_id=approver.id if approver is not None else None,
        updated_by_id=ctx.actor.user_id,
        items=[AppointmentItem(catalog_item_id=i.catalog_item_id, description=i.description,
                               hours=i.hours) for i in items],
    )  # fmt: skip
    session.add(a)
    session.flush()
    record_change(
        session,
        Entity.APPOINTMENT,
        a.id,
        RecordAction.BOOK,
        a.version,
        ctx.actor.station_id,
        branch_id,
    )
    audit(
        session, ctx, "appointment.book", "appointment", a.id,
        summary=f"{slot.local} {total} h" + (" (overbooked)" if approver else ""),
        after={"starts_at": starts_at, "hours": total, "asset_id": asset.id},
        customer_id=customer.id, approver=approver,
    )  # fmt: skip
    return a


def overbook_subject(slot: Slot) -> str:
    """What a manager's approval to overbook names (the slot)."""
    return f"slot:{slot.starts_at.isoformat()}"


def _confirmation_sms(
    session: Session, ctx: ServiceContext, a: Appointment, event: MessageEvent
) -> str:
    """Queue the confirmation (or reminder) SMS: "queued", or the reason it was not (no
    consent, no phone...; the booking stands without it)."""
    from app.services.messages import _queue, check_contactable

    customer = session.get(Customer, a.customer_id)
    asset = session.get(Asset, a.asset_id)
    assert customer is not None and asset is not None
    try:
        phone = check_contactable(session, customer, ContactChannel.SMS)
    except ValidationError as err:
        return err.code
    shop = shop_hours(session, a.branch_id)
    values = {"asset": _asset_label(asset), "time": _local(shop, a.starts_at)}
    _queue(session, ctx, customer, phone, event, values, "zh_CN")
    return "queued"


def book(
    ctx: ServiceContext,
    data: BookingInput,
    *,
    approval: ApprovalGrant | None = None,
    send_confirmation: bool = True,
    now: datetime | None = None,
) -> AppointmentRow:
    """Book ``data`` (one transaction): the slot's hours are taken or the booking refused;
    the confirmation SMS goes to the outbox when the customer agreed to SMS."""
    now = now or utcnow()
    with ctx.db.write() as session:
        require(session, ctx, Permission.APPOINTMENTS)
        a = _book(session, ctx, data, approval, now)
        sms = None
        if send_confirmation:
            sms = _confirmation_sms(session, ctx, a, MessageEvent.APPOINTMENT_CONFIRMATION)
        return _row(session, a, sms=sms)


def _for_update(
    session: Session, ctx: ServiceContext, appointment_id: int, version: int
) -> Appointment:
    a = locked(session, Appointment, appointment_id)
    if a.branch_id != ctx.actor.branch_id:
        raise NotFound("appointment", appointment_id)
    if a.version != version:
        user = session.get(User, a.updated_by_id) if a.updated_by_id else None
        note = ChangeNote(
            a.version, "appointment", f"appointment {a.state.value}",
            user.name if user else "?", "", a.updated_at,
        )  # fmt: skip
        raise ConflictError("appointment", a.id, version, a.version, [note])
    return a


def _must_be_booked(a: Appointment) -> None:
    """Refuse an action that needs a booking still standing, naming its state."""
    when = a.starts_at.isoformat(timespec="minutes")
    if a.state is AppointmentState.CANCELLED:
        raise RuleViolation(
            "appointment_cancelled", "the appointment was cancelled", reason=a.cancel_reason or ""
        )
    if a.state is AppointmentState.ARRIVED:
        raise RuleViolation("appointment_arrived", "the customer has arrived", at=when)
    if a.state is AppointmentState.NO_SHOW:
        raise RuleViolation(
            "appointment_no_show", "the customer did not come", reason=a.no_show_reason or ""
        )


def _reason(value: str | None, name: str) -> str:
    return check_text(value, name, 200, required=True)


def cancel(ctx: ServiceContext, appointment_id: int, version: int, reason: str) -> AppointmentRow:
    """Cancel a booking with the reason; its hours go back to the slot."""
    why = _reason(reason, "reason")
    with ctx.db.write() as session:
        require(session, ctx, Permission.APPOINTMENTS)
        a = _for_update(session, ctx, appointment_id, version)
        _must_be_booked(a)
        _give_back(session, a)
        a.state = AppointmentState.CANCELLED
        a.cancel_reason = why
        a.updated_by_id = ctx.actor.user_id
        session.flush()
        _journal(session, ctx, a, RecordAction.CANCEL, "appointment.cancel", why)
        return _row(session, a)


def move(
    ctx: ServiceContext,
    appointment_id: int,
    version: int,
    starts_at: datetime,
    *,
    reason: str = "",
    approval: ApprovalGrant | None = None,
    now: datetime | None = None,
) -> AppointmentRow:
    """Move a booking (or rebook a no-show) to another slot: the old one is cancelled and
    points to the new one, in one transaction; refused as a whole if the new slot is full."""
    now = now or utcnow()
    with ctx.db.write() as session:
        require(session, ctx, Permission.APPOINTMENTS)
        old = _for_update(session, ctx, appointment_id, version)
        if old.state not in (AppointmentState.BOOKED, AppointmentState.NO_SHOW):
            _must_be_booked(old)
        if old.state is AppointmentState.BOOKED:
            _give_back(session, old)
            old.state = AppointmentState.CANCELLED
            old.cancel_reason = check_text(reason, "reason", 200) or "moved"
        session.flush()
        data = BookingInput(
            customer_id=old.customer_id, asset_id=old.asset_id, starts_at=starts_at,
            items=[BookedItem(i.catalog_item_id, i.description, i.hours) for i in old.items],
            source=old.source, waiting=old.waiting, notes=old.notes,
            technician_id=old.technician_id,
        )  # fmt: skip
        new = _book(session, ctx, data, approval, now)
        old.moved_to_id = new.id
        old.updated_by_id = ctx.actor.user_id
        session.flush()
        _journal(session, ctx, old, RecordAction.MOVE, "appointment.move", f"-> #{new.id}")
        return _row(session, new)


def record_confirmation(
    ctx: ServiceContext,
    appointment_id: int,
    version: int,
    outcome: ConfirmationOutcome | str,
    *,
    now: datetime | None = None,
) -> AppointmentRow:
    """The outcome of the reminder call (the day before or an hour before)."""
    try:
        result = ConfirmationOutcome(outcome)
    except ValueError:
        raise ValidationError(
            "outcome", "not_a_choice", "an outcome of the call", outcome,
            choices=", ".join(o.value for o in ConfirmationOutcome),
        ) from None  # fmt: skip
    with ctx.db.write() as session:
        require(session, ctx, Permission.APPOINTMENTS)
        a = _for_update(session, ctx, appointment_id, version)
        _must_be_booked(a)
        a.confirmation = result
        a.confirmed_at = now or utcnow()
        a.updated_by_id = ctx.actor.user_id
        session.flush()
        _journal(session, ctx, a, RecordAction.CONFIRM, "appointment.confirm", result.value)
        return _row(session, a)


def no_show(
    ctx: ServiceContext,
    appointment_id: int,
    version: int,
    reason: str,
    *,
    now: datetime | None = None,
) -> AppointmentRow:
    """The customer did not come (listed 30 minutes after the slot): the reason is
    recorded and the hours go back; rebook with :func:`move`."""
    why = _reason(reason, "reason")
    now = now or utcnow()
    with ctx.db.write() as session:
        require(session, ctx, Permission.APPOINTMENTS)
        a = _for_update(session, ctx, appointment_id, version)
        _must_be_booked(a)
        if now < a.starts_at + NO_SHOW_AFTER:
            raise RuleViolation(
                "not_late_yet", "a no-show only 30 minutes after the slot",
                at=a.starts_at.isoformat(),
            )  # fmt: skip
        _give_back(session, a)
        a.state = AppointmentState.NO_SHOW
        a.no_show_reason = why
        a.updated_by_id = ctx.actor.user_id
        session.flush()
        _journal(session, ctx, a, RecordAction.NO_SHOW, "appointment.no_show", why)
        return _row(session, a)


def intake_prefill(ctx: ServiceContext, appointment_id: int) -> IntakePrefill:
    """What the intake of an arriving booking starts from; a cancelled (or already arrived)
    booking is refused with its state."""
    with ctx.db.read() as session:
        require(session, ctx, Permission.INTAKE)
        a = session.get(Appointment, appointment_id, options=[selectinload(Appointment.items)])
        if a is None or a.branch_id != ctx.actor.branch_id:
            raise NotFound("appointment", appointment_id)
        if a.state is not AppointmentState.BOOKED and a.state is not AppointmentState.NO_SHOW:
            _must_be_booked(a)
        return IntakePrefill(
            a.id, a.version, a.customer_id, a.asset_id,
            [i.catalog_item_id for i in a.items if i.catalog_item_id is not None],
            [ItemRow(None, i.description, i.hours) for i in a.items if i.catalog_item_id is None],
            a.notes, a.waiting,
        )  # fmt: skip


def mark_arrived(
    session: Session, ctx: ServiceContext, appointment_id: int, order: WorkOrder, now: datetime
) -> Appointment:
    """Link the booking to the intake's work order (in the intake's transaction)."""
    a = locked(session, Appointment, appointment_id)
    if a.state is not AppointmentState.BOOKED and a.state is not AppointmentState.NO_SHOW:
        _must_be_booked(a)
    if a.asset_id != order.asset_id:
        raise ValidationError(
            "appointment_id", "other_asset", "the booking is for another asset", a.id
        )
    if a.state is AppointmentState.NO_SHOW:  # came late after all: the hours are taken again
        a.no_show_reason = f"{a.no_show_reason} (came at {now.isoformat(timespec='minutes')})"
    a.state = AppointmentState.ARRIVED
    a.arrived_at = now
    a.order_id = order.id
    a.updated_by_id = ctx.actor.user_id
    session.flush()
    _journal(session, ctx, a, RecordAction.ARRIVE, "appointment.arrive", f"order {order.id}")
    return a


def _journal(
    session: Session, ctx: ServiceContext, a: Appointment, action: RecordAction, audit_action: str,
    note: str,
) -> None:  # fmt: skip
    record_change(session, Entity.APPOINTMENT, a.id, action, a.version, ctx.actor.station_id,
                  a.branch_id)  # fmt: skip
    audit(session, ctx, audit_action, "appointment", a.id, summary=f"#{a.id} {note}",
          customer_id=a.customer_id, order_id=a.order_id)  # fmt: skip


# -- lists ----------------------------------------------------------------------------------


def _asset_label(asset: Asset) -> str:
    ident = asset.plate or asset.serial or asset.imei or asset.vin or ""
    desc = " ".join(p for p in (asset.make, asset.model) if p)
    return f"{ident} {desc}".strip()


def _row(session: Session, a: Appointment, sms: str | None = None) -> AppointmentRow:
    customer = session.get(Customer, a.customer_id)
    asset = session.get(Asset, a.asset_id)
    advisor = session.get(User, a.advisor_id)
    tech = session.get(User, a.technician_id) if a.technician_id is not None else None
    assert customer is not None and asset is not None
    shop = shop_hours(session, a.branch_id)
    return AppointmentRow(
        a.id, a.version, a.state, a.starts_at, _local(shop, a.starts_at), a.slot_minutes,
        a.hours.quantize(_Q), a.asset_kind, customer.id, customer.name, customer.primary_phone, asset.id,
        _asset_label(asset), a.source, a.waiting, a.notes,
        advisor.name if advisor else "?", a.technician_id, a.overbooked_by_id is not None,
        a.confirmation, a.reminded_at, a.arrived_at, a.order_id, a.no_show_reason,
        a.cancel_reason, a.moved_to_id,
        [ItemRow(i.catalog_item_id, i.description, i.hours.quantize(_Q)) for i in a.items], sms,
        tech.name if tech is not None else None,
    )  # fmt: skip


def _rows(session: Session, stmt: Any) -> list[AppointmentRow]:
    found = session.scalars(stmt.options(selectinload(Appointment.items))).all()
    return [_row(session, a) for a in found]


def _day_range(shop: ShopHours, day: date) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time(0), tzinfo=shop.zone).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=shop.zone).astimezone(UTC)
    return start, end


def day_list(
    ctx: ServiceContext,
    day: date,
    *,
    states: Sequence[AppointmentState] | None = None,
    ids: Iterable[int] | None = None,
) -> list[AppointmentRow]:
    """The day's bookings in time order (every state unless ``states``; only those of
    ``ids`` with it)."""
    with ctx.db.read() as session:
        require(session, ctx, Permission.VIEW)
        shop = shop_hours(session, ctx.actor.branch_id)
        start, end = _day_range(shop, day)
        stmt = (
            select(Appointment)
            .where(
                Appointment.branch_id == ctx.actor.branch_id,
                Appointment.starts_at >= start,
                Appointment.starts_at < end,
            )
            .order_by(Appointment.starts_at, Appointment.id)
        )
        if states:
            stmt = stmt.where(Appointment.state.in_(list(states)))
        if ids is not None:
            stmt = stmt.where(Appointment.id.in_(sorted(set(ids))))
        return _rows(session, stmt)


@dataclass(frozen=True)
class TechnicianRow:
    id: int
    name: str


def technicians(ctx: ServiceContext) -> list[TechnicianRow]:
    """The active technicians and team leads (main or extra role), by name: whom a booking
    may name (the calendar's bar per technician)."""
    working = [Role.TECHNICIAN, Role.TEAM_LEAD]
    with ctx.db.read() as session:
        require(session, ctx, Permission.VIEW)
        extra = select(UserRole.user_id).where(UserRole.role.in_(working))
        rows = session.execute(
            select(User.id, User.name)
            .where(User.active.is_(True), or_(User.role.in_(working), User.id.in_(extra)))
            .order_by(User.name, User.id)
        ).all()
        return [TechnicianRow(i, n) for i, n in rows]


def get_appointment(ctx: ServiceContext, appointment_id: int) -> AppointmentRow:
    with ctx.db.read() as session:
        require(session, ctx, Permission.VIEW)
        a = session.get(Appointment, appointment_id)
        if a is None or a.branch_id != ctx.actor.branch_id:
            raise NotFound("appointment", appointment_id)
        return _row(session, a)


def appointment_rows(ctx: ServiceContext, ids: Iterable[int]) -> list[AppointmentRow]:
    """The branch's bookings of ``ids`` in one read (an unknown or other branch's id is
    absent): what a desk patching the bookings a change names asks for."""
    wanted = sorted(set(ids))
    if not wanted:
        return []
    with ctx.db.read() as session:
        require(session, ctx, Permission.VIEW)
        stmt = (
            select(Appointment)
            .where(Appointment.branch_id == ctx.actor.branch_id, Appointment.id.in_(wanted))
            .order_by(Appointment.starts_at, Appointment.id)
        )
        return _rows(session, stmt)


def calls_due(
    ctx: ServiceContext, *, now: datetime | None = None
) -> dict[str, list[AppointmentRow]]:
    """The call list: ``hour_before`` (booked, starting within the hour, not confirmed by a
    call yet) and ``no_show`` (booked, not come 30 minutes after the slot)."""
    now = now or utcnow()
    with ctx.db.read() as session:
        require(session, ctx, Permission.VIEW)
        base = select(Appointment).where(
            Appointment.branch_id == ctx.actor.branch_id,
            Appointment.state == AppointmentState.BOOKED,
        )
        soon = base.where(
            Appointment.starts_at > now,
            Appointment.starts_at <= now + CALL_BEFORE,
            (Appointment.confirmation.is_(None))
            | (Appointment.confirmation == ConfirmationOutcome.SMS_QUEUED),
        ).order_by(Appointment.starts_at)
        late = base.where(Appointment.starts_at <= now - NO_SHOW_AFTER).order_by(
            Appointment.starts_at
        )
        return {"hour_before": _rows(session, soon), "no_show": _rows(session, late)}


def send_day_before(ctx: ServiceContext, *, now: datetime | None = None) -> dict[str, int]:
    """Queue the reminder SMS of tomorrow's bookings not reminded yet (one transaction);
    those without SMS consent go on the printable list (``listed``)."""
    now = now or utcnow()
    with ctx.db.write() as session:
        require(session, ctx, Permission.APPOINTMENTS)
        shop = shop_hours(session, ctx.actor.branch_id)
        start, end = _day_range(shop, shop.local_day(now) + timedelta(days=1))
        due = session.scalars(
            select(Appointment).where(
                Appointment.branch_id == ctx.actor.branch_id,
                Appointment.state == AppointmentState.BOOKED,
                Appointment.starts_at >= start,
                Appointment.starts_at < end,
                Appointment.reminded_at.is_(None),
            )
        ).all()
        counts = {"queued": 0, "listed": 0}
        for a in due:
            result = _confirmation_sms(session, ctx, a, MessageEvent.APPOINTMENT_REMINDER)
            a.reminded_at = now
            a.updated_by_id = ctx.actor.user_id
            if result == "queued":
                counts["queued"] += 1
                if a.confirmation is None:
                    a.confirmation = ConfirmationOutcome.SMS_QUEUED
            else:
                counts["listed"] += 1
            session.flush()
            record_change(session, Entity.APPOINTMENT, a.id, RecordAction.REMIND, a.version,
                          ctx.actor.station_id, a.branch_id)  # fmt: skip
        return counts


def reminder_list(
    ctx: ServiceContext, day: date, *, ids: Iterable[int] | None = None
) -> list[AppointmentRow]:
    """The day's bookings to remind by phone (printable): those with no SMS sent. With
    ``ids``, only those of them on the list (a desk patching the bookings a change names)."""
    return [
        r
        for r in day_list(ctx, day, states=[AppointmentState.BOOKED], ids=ids)
        if r.confirmation in (None, ConfirmationOutcome.UNREACHABLE)
    ]


def week_figures(ctx: ServiceContext, first_day: date, weeks: int = 1) -> list[WeekFigures]:
    """Appointment share (intakes that came from a booking / all intakes of the week),
    no-show rate (no-shows / bookings whose slot fell in the week) and punctuality (those
    booked arrivals within 15 minutes of their slot), per ISO week from the week of
    ``first_day`` (shop-local)."""
    with ctx.db.read() as session:
        require(session, ctx, Permission.VIEW)
        shop = shop_hours(session, ctx.actor.branch_id)
        monday = first_day - timedelta(days=first_day.weekday())
        out: list[WeekFigures] = []
        for w in range(weeks):
            start, _ = _day_range(shop, monday + timedelta(weeks=w))
            end, _ = _day_range(shop, monday + timedelta(weeks=w + 1))
            branch = ctx.actor.branch_id
            intakes = session.scalar(
                select(func.count()).select_from(WorkOrder).where(
                    WorkOrder.branch_id == branch,
                    WorkOrder.created_at >= start, WorkOrder.created_at < end,
                )
            ) or 0  # fmt: skip
            rows = session.execute(
                select(Appointment.state, Appointment.starts_at, Appointment.arrived_at).where(
                    Appointment.branch_id == branch,
                    Appointment.starts_at >= start, Appointment.starts_at < end,
                    Appointment.state.in_([AppointmentState.ARRIVED, AppointmentState.NO_SHOW,
                                           AppointmentState.BOOKED]),
                )
            ).all()  # fmt: skip
            # booked arrivals: bookings whose intake (the linked order) falls in the week, so
            # the share is of the week's own intakes
            arrived = session.execute(
                select(Appointment.starts_at, Appointment.arrived_at)
                .join(WorkOrder, WorkOrder.id == Appointment.order_id)
                .where(
                    Appointment.branch_id == branch,
                    Appointment.state == AppointmentState.ARRIVED,
                    WorkOrder.created_at >= start, WorkOrder.created_at < end,
                )
            ).all()  # fmt: skip
            on_time = sum(
                1 for r in arrived
                if r.arrived_at is not None
                and abs(r.arrived_at - r.starts_at) <= PUNCTUAL_WITHIN
            )  # fmt: skip
            iso = (monday + timedelta(weeks=w)).isocalendar()
            out.append(
                WeekFigures(
                    f"{iso.year}-W{iso.week:02d}", int(intakes), len(arrived), len(rows),
                    sum(1 for r in rows if r.state is AppointmentState.NO_SHOW), on_time,
                )
            )  # fmt: skip
        return out


__all__ = [
    "AppointmentRow",
    "BookedItem",
    "BookingInput",
    "IntakePrefill",
    "Slot",
    "SlotFull",
    "TechnicianRow",
    "WeekFigures",
    "book",
    "calls_due",
    "cancel",
    "day_list",
    "day_slots",
    "free_slots",
    "get_appointment",
    "intake_prefill",
    "mark_arrived",
    "move",
    "no_show",
    "offer_slots",
    "record_confirmation",
    "reminder_list",
    "send_day_before",
    "slot_at",
    "technicians",
    "week_figures",
]
