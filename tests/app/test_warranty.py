"""Statutory warranty (三包) rules and the asset warranty service."""

from datetime import date, timedelta

from app.domain.enums import AssetKind
from app.domain.warranty import (
    PastRepair,
    loaner_due,
    manufacturer_warranty_active,
    warranty_status,
)
from app.services.warranty import asset_warranty
from tests.factories import new_order, vehicle

TODAY = date(2026, 11, 23)


def test_new_car_within_60_days_and_3000_km_may_be_replaced_or_refunded():
    s = warranty_status(AssetKind.VEHICLE, TODAY - timedelta(days=30), 1200, TODAY, [])
    assert "sanbao_60d_3000km" in s.flags
    assert "sanbao_period" in s.flags
    assert "manufacturer_warranty" in s.flags


def test_over_3000_km_loses_the_60_day_right_but_keeps_the_period():
    s = warranty_status(AssetKind.VEHICLE, TODAY - timedelta(days=30), 3500, TODAY, [])
    assert "sanbao_60d_3000km" not in s.flags
    assert "sanbao_period" in s.flags


def test_repair_days_and_same_fault_counts_trigger_replacement_rights():
    inv = TODAY - timedelta(days=300)
    history = [
        PastRepair(
            inv + timedelta(days=10 * i), inv + timedelta(days=10 * i + 6), "abs fault", True
        )
        for i in range(7)
    ]
    s = warranty_status(AssetKind.VEHICLE, inv, 20000, TODAY, history, "abs fault")
    assert s.repair_days_total == 42
    assert s.same_fault_repairs == 7
    assert {"sanbao_repair_days_exceeded", "sanbao_same_fault_exceeded"} <= set(s.flags)


def test_non_warranty_visits_do_not_count():
    inv = TODAY - timedelta(days=300)
    history = [PastRepair(inv + timedelta(days=5), inv + timedelta(days=45), "x", False)]
    s = warranty_status(AssetKind.VEHICLE, inv, 20000, TODAY, history, "x")
    assert s.repair_days_total == 0 and s.same_fault_repairs == 0


def test_phone_return_exchange_and_repair_windows():
    assert warranty_status(AssetKind.DEVICE, TODAY - timedelta(days=5), None, TODAY, []).flags == [
        "phone_return_7d",
        "phone_repair_warranty_1y",
    ]
    assert (
        "phone_exchange_15d"
        in warranty_status(AssetKind.DEVICE, TODAY - timedelta(days=12), None, TODAY, []).flags
    )
    assert (
        warranty_status(AssetKind.DEVICE, TODAY - timedelta(days=400), None, TODAY, []).flags == []
    )


def test_missing_invoice_is_flagged():
    assert warranty_status(AssetKind.VEHICLE, None, 100, TODAY, []).flags == ["no_invoice"]


def test_manufacturer_warranty_whichever_comes_first():
    inv = date(2024, 1, 10)
    assert manufacturer_warranty_active(inv, 90_000, date(2026, 11, 23))
    assert not manufacturer_warranty_active(inv, 100_000, date(2026, 11, 23))
    assert not manufacturer_warranty_active(inv, 10_000, date(2027, 1, 10))


def test_loaner_after_five_days_of_warranty_repair():
    assert loaner_due(TODAY - timedelta(days=6), TODAY, True)
    assert not loaner_due(TODAY - timedelta(days=5), TODAY, True)
    assert not loaner_due(TODAY - timedelta(days=9), TODAY, False)


def test_service_reads_the_asset_file(ctx):
    asset = vehicle()
    asset.invoice_date = date.today() - timedelta(days=20)
    d = new_order(ctx, asset=asset)
    status = asset_warranty(ctx, d.asset.id, "刹车有异响")
    assert status.days_since_invoice is not None and 19 <= status.days_since_invoice <= 21
    assert "sanbao_period" in status.flags
