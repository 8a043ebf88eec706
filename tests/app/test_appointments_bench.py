"""``bench --only appointments``: the group writes a busy shop's book (scaled down here) the way
the service keeps it, and measures free slots beside the raw read; no timing is asserted."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, select

from app.bench import appointments as group
from app.domain.models import Appointment, AppointmentSlot


def test_the_group_writes_a_consistent_book_and_reports_its_metrics(db, monkeypatch):
    monkeypatch.setattr(group, "PER_DAY", 12)
    monkeypatch.setattr(group, "DAYS_BACK", 20)
    monkeypatch.setattr(group, "DAYS_AHEAD", 3)
    metrics, checks = group.measure(db, 5)
    assert set(metrics) == {"free_slots", "free_slots_raw"}
    assert metrics["free_slots"]["n"] == 5 and metrics["free_slots"]["appointments"] > 200
    assert set(checks["targets_met"]) == {"free_slots"}
    with db.read() as s:
        held = s.scalar(
            select(func.sum(Appointment.hours)).where(Appointment.state.in_(["booked", "arrived"]))
        )
        booked = s.scalar(select(func.sum(AppointmentSlot.booked_hours)))
        assert Decimal(held) == Decimal(booked)  # each slot holds what its bookings take
        # a second run finds the book and does not write it again
        count = s.scalar(select(func.count()).select_from(Appointment))
    group.measure(db, 2)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Appointment)) == count
