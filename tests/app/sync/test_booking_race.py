"""Two advisors book the last hours of a slot at the same instant, each in a process of its
own on one database (SQLite file, PostgreSQL): exactly one gets the slot, the other is
refused with the slot as it is now (full), and the slot's booked hours equal the bookings'.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from app.db.engine import Database
from app.domain.enums import LineKind, Role
from app.domain.models import Appointment, AppointmentSlot
from app.services import appointments as ap
from app.services import catalog
from app.services.people import as_user, sign_in
from app.services.settings import write_settings
from tests.app.sync._stations import run_stations
from tests.factories import customer, new_order, vehicle

pytestmark = pytest.mark.slow

DAY = date(2027, 2, 1)
SLOT = datetime.combine(DAY, time(10, 0), tzinfo=UTC)
NOW = datetime(2027, 1, 31, 0, 0, tzinfo=UTC)


def _advisor_books(barrier: Any, url: str, station: str, customer_id: int, asset_id: int,
                   item_id: int) -> tuple[str, Any]:  # fmt: skip
    db = Database(url)
    ctx = sign_in(db, station, f"{station} advisor", Role.ADVISOR)
    data = ap.BookingInput(customer_id, asset_id, SLOT, [ap.BookedItem(item_id)])
    barrier.wait(30)
    try:
        row = ap.book(ctx, data, send_confirmation=False, now=NOW)
    except ap.SlotFull as full:
        return ("full", (str(full.slot.booked), str(full.slot.free)))
    finally:
        db.dispose()
    return ("booked", row.id)


def test_two_advisors_booking_the_last_hours_of_a_slot_one_is_refused(shared_url: str) -> None:
    db = Database(shared_url)
    ctx = sign_in(db, "Counter 1", "Li Na", Role.ADVISOR)
    boss = as_user(ctx, "Qian Hong", Role.MANAGER)
    write_settings(
        boss,
        {
            "hours.timezone": "UTC",
            "appointments.capacity": {"vehicle": {"bays": 2, "technicians": 2}},
        },
    )
    # a slot takes in 1 labor hour; 0.5 h is booked already, 0.5 h is left
    item = catalog.add_catalog_item(boss, LineKind.LABOR, "RACE-1", "检查", "Check", "60.00",
                                    standard_hours="0.5")  # fmt: skip
    cars = []
    for n in range(3):
        d = new_order(ctx, customer=customer(f"客户{n}", f"1370000000{n}"),
                      asset=vehicle(f"粤B3000{n}", None))  # fmt: skip
        cars.append((d.customer.id, d.asset.id))
    ap.book(ctx, ap.BookingInput(*cars[0], SLOT, [ap.BookedItem(item.id)]),
            send_confirmation=False, now=NOW)  # fmt: skip
    results = run_stations(
        _advisor_books,
        [
            (shared_url, "Counter 2", *cars[1], item.id),
            (shared_url, "Counter 3", *cars[2], item.id),
        ],
    )
    outcomes = sorted(r[0] for r in results)
    assert outcomes == ["booked", "full"], results
    refused = next(r[1] for r in results if r[0] == "full")
    assert tuple(Decimal(v) for v in refused) == (Decimal(1), Decimal(0))  # the slot as it is now
    with db.read() as s:
        booked = s.scalar(select(AppointmentSlot.booked_hours))
        kept = s.scalars(select(Appointment.hours)).all()
    assert booked == sum(kept, Decimal(0)) == Decimal("1.00")
    free = [s.starts_at for s in ap.free_slots(ctx, DAY, "0.5", "vehicle", now=NOW)]
    assert SLOT not in free and SLOT + timedelta(minutes=30) in free
    db.dispose()
