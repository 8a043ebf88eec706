"""Appointments on both backends: slots from the shop's hours and capacity, booking takes
the slot's hours and a full slot refuses (a manager may let one in), cancelling, moving and a
no-show give them back, and each bad input of the issue is refused with nothing written.

The shop: Asia/Shanghai, open 08:30-18:00 every day (the default week), 30-minute slots,
cars: 4 bays and 2 technicians on duty -> 1 labor hour per slot.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select, update

from app.domain.credentials import hash_secret
from app.domain.enums import (
    AppointmentState,
    AssetKind,
    ConfirmationOutcome,
    LineKind,
)
from app.domain.errors import ConflictError, RuleViolation, ValidationError
from app.domain.models import Appointment, AppointmentSlot, AuditEntry, User
from app.domain.permissions import Permission
from app.services import appointments as ap
from app.services import catalog
from app.services.approvals import grant_approval
from app.services.settings import write_settings
from tests.factories import customer, manager_of, new_order, vehicle

MONDAY = date(2027, 1, 4)
#: Sunday evening before, in Shanghai (UTC+8): everything on Monday is in the future
NOW = datetime(2027, 1, 3, 12, 0, tzinfo=UTC)


def at(day: date, hh: int, mm: int = 0) -> datetime:
    """Shanghai wall clock as UTC."""
    return datetime.combine(day, time(hh, mm), tzinfo=UTC) - timedelta(hours=8)


@pytest.fixture
def shop(ctx):
    boss = manager_of(ctx)
    write_settings(
        boss,
        {
            "hours.timezone": "Asia/Shanghai",
            "hours.holidays": [date(2027, 1, 6).isoformat()],
            "appointments.capacity": {"vehicle": {"bays": 4, "technicians": 2}},
        },
    )
    oil = catalog.add_catalog_item(
        boss, LineKind.LABOR, "AP-OIL", "更换机油机滤", "Oil service", "120.00",
        standard_hours="0.5",
    )  # fmt: skip
    brakes = catalog.add_catalog_item(
        boss, LineKind.LABOR, "AP-BRK", "更换前刹车片", "Front brake pads", "180.00",
        standard_hours="1.0",
    )  # fmt: skip
    part = catalog.add_catalog_item(
        boss, LineKind.PART, "AP-FLT", "机油滤清器", "Oil filter", "45.00", unit="个"
    )  # fmt: skip
    return {"oil": oil.id, "brakes": brakes.id, "part": part.id}


def a_car(ctx, plate: str, phone: str):
    order = new_order(ctx, customer=customer(f"客户{plate}", phone), asset=vehicle(plate, None))
    return order.customer.id, order.asset.id


def booking(ids: tuple[int, int], starts_at: datetime, *items: ap.BookedItem, **kw):
    return ap.BookingInput(customer_id=ids[0], asset_id=ids[1], starts_at=starts_at,
                           items=list(items), **kw)  # fmt: skip


def test_slots_follow_the_hours_and_capacity_and_a_booking_takes_its_hours(ctx, shop):
    slots = ap.day_slots(ctx, MONDAY, AssetKind.VEHICLE)
    assert len(slots) == 19  # 08:30 .. 17:30, each ending by 18:00
    assert (slots[0].local, slots[-1].local) == ("2027-01-04 08:30", "2027-01-04 17:30")
    assert {s.capacity for s in slots} == {Decimal("1.00")}
    car = a_car(ctx, "粤B10001", "13800000001")
    row = ap.book(
        ctx,
        booking(car, at(MONDAY, 9), ap.BookedItem(shop["oil"]),
                ap.BookedItem(description="空调异味检查", hours=Decimal("0.25")),
                waiting=True, notes="客户等待"),
        now=NOW,
    )  # fmt: skip
    assert (row.state, row.hours, row.local, row.waiting) == (
        AppointmentState.BOOKED, Decimal("0.75"), "2027-01-04 09:00", True,
    )  # fmt: skip
    assert [i.description for i in row.items] == ["更换机油机滤", "空调异味检查"]
    # one technician on it from 09:00: half an hour of each slot, the rest in the next
    booked = {s.local[-5:]: s.booked for s in ap.day_slots(ctx, MONDAY, "vehicle") if s.booked}
    assert booked == {"09:00": Decimal("0.50"), "09:30": Decimal("0.25")}
    other = a_car(ctx, "粤B10011", "13800000011")
    ap.book(ctx, booking(other, at(MONDAY, 9), ap.BookedItem(shop["brakes"])), now=NOW)
    # 09:00 is full (1 of 1 h), 09:30 has 0.25 h left
    starts = {s.local[-5:] for s in ap.free_slots(ctx, MONDAY, "0.5", "vehicle", now=NOW)}
    assert "09:00" not in starts and "09:30" not in starts and "08:30" in starts
    # a 1-hour job at 08:30 would need 09:00 too: not offered there
    starts = {s.local[-5:] for s in ap.free_slots(ctx, MONDAY, "1", "vehicle", now=NOW)}
    assert "08:30" not in starts and "10:00" in starts
    assert ap.day_list(ctx, MONDAY)[0].id == row.id


def test_a_long_job_takes_the_slots_after_its_arrival_and_gives_them_back(ctx, shop):
    car = a_car(ctx, "粤B10012", "13800000012")
    long_job = ap.BookedItem(description="变速箱大修", hours=Decimal("3"))
    assert at(MONDAY, 8, 30) in [s.starts_at for s in ap.free_slots(ctx, MONDAY, "3", "vehicle",
                                                                     now=NOW)]  # fmt: skip
    row = ap.book(ctx, booking(car, at(MONDAY, 8, 30), long_job), now=NOW)
    booked = [s.booked for s in ap.day_slots(ctx, MONDAY, "vehicle")]
    assert booked[:7] == [Decimal("0.50")] * 6 + [Decimal("0")]  # 08:30 .. 11:00
    ap.cancel(ctx, row.id, row.version, "客户取消")
    assert {s.booked for s in ap.day_slots(ctx, MONDAY, "vehicle")} == {Decimal("0")}
    # late in the day a long job runs past closing: counted in the slots after 18:00
    late = ap.book(ctx, booking(car, at(MONDAY, 17), long_job), now=NOW)
    assert [s.local[-5:] for s in ap.day_slots(ctx, MONDAY, "vehicle") if s.booked] == [
        "17:00", "17:30",
    ]  # fmt: skip
    assert late.state is AppointmentState.BOOKED


def test_a_full_slot_is_refused_with_its_state_and_a_manager_may_let_one_in(ctx, shop, db):
    cars = [a_car(ctx, f"粤B1000{n}", f"1380000000{n}") for n in (2, 3, 7)]
    for car in cars[:2]:  # two brake jobs: 10:00 and 10:30 full (1 of 1 h each)
        ap.book(ctx, booking(car, at(MONDAY, 10), ap.BookedItem(shop["brakes"])), now=NOW)
    second = cars[2]
    with pytest.raises(ap.SlotFull) as full:
        ap.book(ctx, booking(second, at(MONDAY, 10), ap.BookedItem(shop["oil"])), now=NOW)
    assert full.value.code == "slot_full"
    assert (full.value.slot.booked, full.value.slot.free, full.value.wanted) == (
        Decimal("1.00"), Decimal("0"), Decimal("0.5"),
    )  # fmt: skip
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Appointment)) == 2
    boss = manager_of(ctx)
    with db.write() as w:
        w.execute(update(User).where(User.id == boss.actor.user_id)
                  .values(pin_hash=hash_secret("2468")))  # fmt: skip
    subject = ap.overbook_subject(full.value.slot)
    grant = grant_approval(ctx, Permission.OVERBOOK, subject, who="Qian Hong", pin="2468")
    row = ap.book(
        ctx, booking(second, at(MONDAY, 10), ap.BookedItem(shop["oil"])), approval=grant, now=NOW
    )
    assert row.state is AppointmentState.BOOKED and row.overbooked
    with db.read() as s:
        booked = s.scalar(
            select(AppointmentSlot.booked_hours).where(AppointmentSlot.starts_at == at(MONDAY, 10))
        )
        approver = s.scalar(
            select(AuditEntry.approved_by_id).where(AuditEntry.action == "appointment.book")
            .order_by(AuditEntry.id.desc())
        )  # fmt: skip
    assert booked == Decimal("1.500") and approver == boss.actor.user_id


def test_cancel_move_and_no_show_give_the_hours_back(ctx, shop, db):
    car = a_car(ctx, "粤B10004", "13800000004")
    row = ap.book(ctx, booking(car, at(MONDAY, 11), ap.BookedItem(shop["brakes"])), now=NOW)
    moved = ap.move(ctx, row.id, row.version, at(MONDAY, 14), reason="客户改时间", now=NOW)
    assert moved.local == "2027-01-04 14:00" and moved.state is AppointmentState.BOOKED
    old = ap.get_appointment(ctx, row.id)
    assert (old.state, old.moved_to_id) == (AppointmentState.CANCELLED, moved.id)
    slots = {s.starts_at: s for s in ap.day_slots(ctx, MONDAY, "vehicle")}
    assert slots[at(MONDAY, 11)].booked == 0 and slots[at(MONDAY, 14)].booked == Decimal("0.5")
    with pytest.raises(ConflictError):
        ap.cancel(ctx, moved.id, moved.version + 1, "客户取消")
    with pytest.raises(RuleViolation) as early:
        ap.no_show(ctx, moved.id, moved.version, "未接电话", now=at(MONDAY, 14, 20))
    assert early.value.code == "not_late_yet"
    gone = ap.no_show(ctx, moved.id, moved.version, "电话未接通", now=at(MONDAY, 14, 31))
    assert gone.state is AppointmentState.NO_SHOW
    assert {s.starts_at: s for s in ap.day_slots(ctx, MONDAY, "vehicle")}[
        at(MONDAY, 14)
    ].booked == 0
    again = ap.move(ctx, gone.id, gone.version, at(MONDAY + timedelta(days=1), 9),
                    now=at(MONDAY, 15))  # fmt: skip
    assert again.state is AppointmentState.BOOKED
    cancelled = ap.cancel(ctx, again.id, again.version, "车已卖")
    assert cancelled.cancel_reason == "车已卖"
    with pytest.raises(RuleViolation) as arrives:
        ap.intake_prefill(ctx, cancelled.id)
    assert arrives.value.code == "appointment_cancelled"
    with db.read() as s:
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "appointment"))
        assert {"appointment.book", "appointment.move", "appointment.no_show",
                "appointment.cancel"} <= set(actions)  # fmt: skip


@pytest.mark.parametrize(
    ("when", "code"),
    [
        (at(MONDAY, 7), "outside_hours"),  # before opening
        (at(MONDAY, 17, 45), "outside_hours"),  # the slot would end after closing
        (at(MONDAY, 9, 10), "outside_hours"),  # not a slot start
        (at(date(2027, 1, 6), 10), "holiday"),
        (at(date(2027, 1, 3), 10), "slot_in_past"),  # before NOW (12:00 UTC = 20:00 local)
    ],
)
def test_bad_slots_are_refused_and_nothing_is_written(ctx, shop, db, when, code):
    car = a_car(ctx, "粤B10005", "13800000005")
    with pytest.raises(ValidationError) as bad:
        ap.book(ctx, booking(car, when, ap.BookedItem(shop["oil"])), now=NOW)
    assert bad.value.code == code
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Appointment)) == 0
        assert s.scalar(select(func.count()).select_from(AppointmentSlot)) == 0


def test_an_item_without_standard_hours_and_a_second_booking_that_day_are_refused(ctx, shop):
    car = a_car(ctx, "粤B10006", "13800000006")
    with pytest.raises(ValidationError) as part:
        ap.book(ctx, booking(car, at(MONDAY, 9), ap.BookedItem(shop["part"])), now=NOW)
    assert (part.value.code, part.value.field) == ("no_standard_hours", "items.0.hours")
    with pytest.raises(ValidationError) as hand:
        ap.book(ctx, booking(car, at(MONDAY, 9), ap.BookedItem(description="异响")), now=NOW)
    assert hand.value.code == "no_standard_hours"
    ap.book(ctx, booking(car, at(MONDAY, 9), ap.BookedItem(shop["oil"])), now=NOW)
    with pytest.raises(ValidationError) as twice:
        ap.book(ctx, booking(car, at(MONDAY, 16), ap.BookedItem(shop["oil"])), now=NOW)
    assert (twice.value.code, twice.value.params["at"]) == ("already_booked", "2027-01-04 09:00")


def test_slots_keep_the_wall_clock_across_a_change_of_daylight_saving_time(ctx, shop):
    write_settings(manager_of(ctx), {"hours.timezone": "Europe/Berlin"})
    saturday, sunday = date(2027, 3, 27), date(2027, 3, 28)  # clocks go forward on Sunday
    before = ap.day_slots(ctx, saturday, "vehicle")[0].starts_at
    after = ap.day_slots(ctx, sunday, "vehicle")[0].starts_at
    assert before == datetime(2027, 3, 27, 7, 30, tzinfo=UTC)  # 08:30 CET
    assert after == datetime(2027, 3, 28, 6, 30, tzinfo=UTC)  # 08:30 CEST
    with pytest.raises(ValidationError) as gap:
        ap.slot_at(ctx, sunday, time(2, 30))
    assert gap.value.code == "dst_gap"
    assert ap.slot_at(ctx, sunday, time(9, 0)) == datetime(2027, 3, 28, 7, 0, tzinfo=UTC)


def test_offers_are_the_nearest_slots_with_room_and_reminders_and_figures(ctx, shop, db):
    cars = [a_car(ctx, f"粤B2000{n}", f"1390000000{n}") for n in range(3)]
    ap.book(ctx, booking(cars[0], at(MONDAY, 10), ap.BookedItem(shop["brakes"])), now=NOW)
    offers = ap.offer_slots(ctx, at(MONDAY, 10), "1.0", "vehicle", now=NOW)
    assert [o.local[-5:] for o in offers] == ["09:30", "10:00", "10:30"]  # nearest with room
    ap.book(ctx, booking(cars[2], at(MONDAY, 10), ap.BookedItem(shop["brakes"])), now=NOW)
    offers = ap.offer_slots(ctx, at(MONDAY, 10), "1.0", "vehicle", now=NOW)
    assert [o.local[-5:] for o in offers] == ["08:30", "09:00", "11:00"]  # 09:30 needs 10:00
    second = ap.book(ctx, booking(cars[1], at(MONDAY, 11), ap.BookedItem(shop["oil"])), now=NOW)
    counts = ap.send_day_before(ctx, now=NOW)  # Sunday: Monday's bookings
    assert counts == {"queued": 0, "listed": 3}  # no SMS consent given: on the phone list
    assert {r.id for r in ap.reminder_list(ctx, MONDAY)} >= {second.id}
    assert ap.send_day_before(ctx, now=NOW) == {"queued": 0, "listed": 0}  # once
    fresh = ap.get_appointment(ctx, second.id)
    confirmed = ap.record_confirmation(ctx, second.id, fresh.version, ConfirmationOutcome.CONFIRMED)
    assert confirmed.confirmation is ConfirmationOutcome.CONFIRMED
    due = ap.calls_due(ctx, now=at(MONDAY, 9, 45))
    assert [r.local for r in due["hour_before"]] == ["2027-01-04 10:00"] * 2
    late = ap.calls_due(ctx, now=at(MONDAY, 10, 31))
    assert [r.local for r in late["no_show"]] == ["2027-01-04 10:00"] * 2
    week = ap.week_figures(ctx, MONDAY)[0]
    assert (week.week, week.due, week.no_shows, week.booked_arrivals) == ("2027-W01", 3, 0, 0)
    assert week.no_show_rate == Decimal("0.000") and week.share is None
