"""``python -m app appointments slots | list``: free slots and a day's bookings on the
command line, on both backends. The flags and JSON keys are a contract for scripts."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from app.cli import main
from app.domain.enums import LineKind
from app.services import appointments as ap
from app.services import catalog
from app.services.settings import write_settings
from tests.factories import customer, manager_of, new_order, vehicle

SLOT_KEYS = ["starts_at", "ends_at", "local", "capacity_hours", "booked_hours", "free_hours"]
LIST_KEYS = [
    "id", "version", "state", "starts_at", "local", "slot_minutes", "hours", "asset_kind",
    "customer_id", "customer", "phone", "asset_id", "asset", "source", "waiting", "notes",
    "advisor", "technician_id", "overbooked", "confirmation", "reminded_at", "arrived_at",
    "order_id", "no_show_reason", "cancel_reason", "moved_to_id", "items", "sms", "technician",
]  # fmt: skip


@pytest.fixture
def booked(ctx, db_url, tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBAY_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("WORKBAY_STATION", "Back office")
    monkeypatch.setenv("WORKBAY_DATABASE_URL", db_url)
    boss = manager_of(ctx)
    write_settings(
        boss,
        {
            "hours.timezone": "UTC",
            "appointments.capacity": {"vehicle": {"bays": 1, "technicians": 1}},
        },
    )
    item = catalog.add_catalog_item(boss, LineKind.LABOR, "CLI-1", "保养", "Service", "100",
                                    standard_hours="1.0")  # fmt: skip
    d = new_order(ctx, customer=customer("周敏", "13600001111"), asset=vehicle("粤B55555", None))
    day = (datetime.now(UTC) + timedelta(days=2)).date()
    slot = datetime.combine(day, datetime.min.time(), tzinfo=UTC) + timedelta(hours=10)
    row = ap.book(ctx, ap.BookingInput(d.customer.id, d.asset.id, slot, [ap.BookedItem(item.id)]))
    return day, row


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_slots_json_lists_the_slots_with_room(booked, capsys):
    day, _row = booked
    code, out, _ = run(capsys, "appointments", "slots", "--date", day.isoformat(), "--hours",
                       "1", "--kind", "vehicle", "--json")  # fmt: skip
    slots = json.loads(out)
    assert code == 0 and slots and all(list(s) == SLOT_KEYS for s in slots)
    # the 1-hour job at 10:00 takes 10:00 and 10:30 (half an hour of one technician each)
    starts = [s["local"][-5:] for s in slots]
    assert "10:00" not in starts and "10:30" not in starts and "09:30" not in starts
    assert slots[0]["local"] == f"{day.isoformat()} 08:30" and slots[0]["free_hours"] == "0.50"
    code, out, err = run(capsys, "appointments", "slots", "--date", day.isoformat(), "--hours",
                         "0", "--kind", "vehicle", "--json")  # fmt: skip
    assert code == 2 and "hours" in err and out == ""


def test_list_json_gives_the_days_bookings(booked, capsys):
    day, row = booked
    code, out, _ = run(capsys, "appointments", "list", "--date", day.isoformat(), "--json")
    rows = json.loads(out)
    assert code == 0 and [list(r) for r in rows] == [LIST_KEYS]
    assert (rows[0]["id"], rows[0]["state"], rows[0]["local"], rows[0]["hours"]) == (
        row.id, "booked", f"{day.isoformat()} 10:00", "1.00",
    )  # fmt: skip
    assert rows[0]["items"] == [{"catalog_item_id": row.items[0].catalog_item_id,
                                 "description": "保养", "hours": "1.00"}]  # fmt: skip
    code, out, _ = run(capsys, "appointments", "list", "--date", "2020-01-01", "--json")
    assert (code, json.loads(out)) == (0, [])
