"""``python -m app bench --only appointments``: finding free slots in a busy shop's book.

``free_slots``: :func:`app.services.appointments.free_slots` for a day (p50/p95 over the
samples, days picked across the book), beside ``free_slots_raw``: the one range read of the
day's booked slots written by hand, on the same connection pool in the same run. Target:
p95 <= 20 ms with two years of appointments of a busy shop (120 a day).

On a database with fewer appointments than that the group first writes them (bulk, 5,000
rows a transaction): two years back and two weeks ahead, 120 bookings a day spread over the
day's car slots, each slot's booked hours kept in ``appointment_slots`` as the service keeps
them; a few hundred customers and cars to book are added when the database has none.
"""

from __future__ import annotations

import random
import time as clock
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, insert, select, text

from app.bench import care
from app.bench.metrics import summary
from app.db.engine import Database, patient
from app.domain.enums import AssetKind, AssetStatus, Role
from app.domain.models import Appointment, AppointmentSlot, Asset
from app.services import appointments as ap
from app.services.people import as_user, system_context

FREE_SLOTS_TARGET_MS = 20.0
PER_DAY = 120
DAYS_BACK = 730
DAYS_AHEAD = 14
_CHUNK = 5000


def _cars(db: Database, rng: random.Random) -> list[tuple[int, int]]:
    with db.read() as s:
        cars = [
            (c, a)
            for c, a in s.execute(
                select(Asset.customer_id, Asset.id)
                .where(Asset.kind == AssetKind.VEHICLE, Asset.status == AssetStatus.IN_USE)
                .limit(5000)
            )
        ]
    if cars:
        return cars
    agent = as_user(system_context(db), "bench-advisor", Role.ADVISOR)
    care._seed_small_shop(db, 500, rng, agent.actor.user_id, agent.actor.station_id)
    return _cars(db, rng)


def _seed(db: Database, user_id: int, rng: random.Random) -> None:
    """Two years of a busy shop's book, written directly (the service's rows, in bulk)."""
    agent = as_user(system_context(db), "bench-advisor", Role.ADVISOR)
    with db.read() as s:
        shop = ap.shop_hours(s, agent.actor.branch_id)
        minutes = ap.slot_minutes(s, agent.actor.branch_id)
    cars = _cars(db, rng)
    today = datetime.now(UTC).date()
    rows: list[dict[str, Any]] = []
    slots: dict[datetime, Decimal] = {}
    for offset in range(-DAYS_BACK, DAYS_AHEAD):
        day = today + timedelta(days=offset)
        starts = ap.slot_starts(shop, day, minutes)
        if not starts:
            continue
        for n in range(PER_DAY):
            at = starts[min(len(starts) - 1, int(rng.triangular(0, len(starts), 2)))]
            hours = Decimal(rng.choice(("0.50", "1.00", "1.00", "1.50", "2.00")))
            customer_id, asset_id = cars[(offset * PER_DAY + n) % len(cars)]
            past = day < today
            state = "booked"
            if past:
                state = rng.choices(("arrived", "no_show", "cancelled"), (85, 8, 7))[0]
            rows.append({
                "branch_id": 1, "customer_id": customer_id, "asset_id": asset_id,
                "asset_kind": "vehicle", "starts_at": at, "slot_minutes": minutes,
                "hours": hours, "state": state, "source": "inbound", "waiting": False,
                "advisor_id": user_id, "version": 1, "created_at": at - timedelta(days=2),
                "updated_at": at, "arrived_at": at if state == "arrived" else None,
            })  # fmt: skip
            if state in ("booked", "arrived"):
                for when, part in ap.allocation(at, hours, minutes):
                    slots[when] = slots.get(when, Decimal(0)) + part
    with patient():
        for i in range(0, len(rows), _CHUNK):
            with db.write() as s:
                s.execute(insert(Appointment), rows[i : i + _CHUNK])
        slot_rows = [
            {"branch_id": 1, "asset_kind": "vehicle", "starts_at": at, "booked_hours": h}
            for at, h in slots.items()
        ]
        for i in range(0, len(slot_rows), _CHUNK):
            with db.write() as s:
                s.execute(insert(AppointmentSlot), slot_rows[i : i + _CHUNK])
        if db.dialect == "postgresql":
            with db.write() as s:
                s.execute(text("ANALYZE appointments"))
                s.execute(text("ANALYZE appointment_slots"))


def _raw(db: Database, start: datetime, end: datetime) -> float:
    started = clock.perf_counter()
    with db.engine.connect() as conn:
        conn.execute(
            text(
                "SELECT starts_at, booked_hours FROM appointment_slots WHERE branch_id = 1 "
                "AND asset_kind = 'vehicle' AND starts_at >= :s AND starts_at < :e"
            ),
            {"s": start, "e": end},
        ).all()
    return (clock.perf_counter() - started) * 1000


def measure(db: Database, samples: int) -> tuple[dict[str, dict], dict[str, Any]]:
    rng = random.Random(20261201)
    agent = as_user(system_context(db), "bench-advisor", Role.ADVISOR)
    with db.read() as s:
        count = s.scalar(select(func.count()).select_from(Appointment)) or 0
    if count < PER_DAY * DAYS_BACK // 2:
        _seed(db, agent.actor.user_id, rng)
    with db.read() as s:
        count = s.scalar(select(func.count()).select_from(Appointment)) or 0
        shop = ap.shop_hours(s, agent.actor.branch_id)
    today = datetime.now(UTC).date()
    days: list[date] = [today + timedelta(days=rng.randint(-DAYS_BACK, DAYS_AHEAD - 1))
                        for _ in range(max(samples, 5))]  # fmt: skip
    past = datetime(2000, 1, 1, tzinfo=UTC)  # every slot counts as not begun: the full work
    for day in days[:3]:
        ap.free_slots(agent, day, "1", "vehicle", now=past)
    took, raw = [], []
    found = 0
    for day in days:
        started = clock.perf_counter()
        found += len(ap.free_slots(agent, day, "1", "vehicle", now=past))
        took.append((clock.perf_counter() - started) * 1000)
        start = datetime.combine(day, datetime.min.time(), tzinfo=shop.zone).astimezone(UTC)
        raw.append(_raw(db, start, start + timedelta(days=1)))
    metrics = {
        "free_slots": {**summary(took), "appointments": count},
        "free_slots_raw": summary(raw),
    }
    checks = {
        "appointments": count,
        "free_slots_found": found,
        "targets_met": {"free_slots": metrics["free_slots"]["p95_ms"] <= FREE_SLOTS_TARGET_MS},
    }
    return metrics, checks
