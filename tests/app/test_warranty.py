"""Statutory warranty (三包) rules and the asset warranty service."""

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.enums import AssetKind
from app.domain.warranty import (
    PastRepair,
    add_months,
    add_years,
    loaner_due,
    manufacturer_warranty_active,
    recommend_next_service,
    warranty_status,
    within_period,
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
    # the period ends with the corresponding day (民法典 第二百零二条): 10 January 2027
    assert manufacturer_warranty_active(inv, 10_000, date(2027, 1, 10))
    assert not manufacturer_warranty_active(inv, 10_000, date(2027, 1, 11))


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


def _every_day(year: int) -> list[date]:
    start = date(year, 1, 1)
    return [start + timedelta(days=n) for n in range(366 if calendar.isleap(year) else 365)]


@pytest.mark.parametrize("year", [2024, 2025, 2028, 2100])  # leap, common, leap, common
@pytest.mark.parametrize("years", [1, 2, 3, 4])
def test_adding_years_to_every_day_of_a_year_never_fails(year: int, years: int):
    for day in _every_day(year):
        end = add_years(day, years)
        assert end.year == day.year + years and end.month == day.month
        if (day.month, day.day) == (2, 29) and not calendar.isleap(end.year):
            assert end == date(end.year, 2, 28)  # the month's last day, never 1 March
        else:
            assert end.day == day.day
        assert within_period(day, end, years=years)
        assert not within_period(day, end + timedelta(days=1), years=years)


@pytest.mark.parametrize("year", [2024, 2026])
def test_every_rule_answers_for_an_invoice_on_every_day_of_a_year(year: int):
    for day in _every_day(year):
        for today in (day, add_years(day, 1), add_years(day, 2), add_years(day, 3)):
            for kind in AssetKind:
                status = warranty_status(kind, day, 1000, today, [])
                assert status.days_since_invoice == (today - day).days
            assert manufacturer_warranty_active(day, 1000, today)
        assert not manufacturer_warranty_active(day, 1000, add_years(day, 3) + timedelta(days=1))
        assert recommend_next_service(AssetKind.VEHICLE, 1000, day)[0] == add_months(day, 6)


def test_an_invoice_of_29_february():
    inv = date(2024, 2, 29)
    assert add_years(inv, 1) == date(2025, 2, 28)
    assert add_years(inv, 4) == date(2028, 2, 29)
    # phone: one year's repair warranty up to and including 28 February 2025
    assert (
        "phone_repair_warranty_1y"
        in warranty_status(AssetKind.DEVICE, inv, None, date(2025, 2, 28), []).flags
    )
    assert (
        "phone_repair_warranty_1y"
        not in warranty_status(AssetKind.DEVICE, inv, None, date(2025, 3, 1), []).flags
    )
    # car: 三包 two years (to 28 Feb 2026), manufacturer three (to 28 Feb 2027)
    on_last_day = warranty_status(AssetKind.VEHICLE, inv, 1000, date(2026, 2, 28), []).flags
    assert {"sanbao_period", "manufacturer_warranty"} <= set(on_last_day)
    day_after = warranty_status(AssetKind.VEHICLE, inv, 1000, date(2026, 3, 1), []).flags
    assert "sanbao_period" not in day_after and "manufacturer_warranty" in day_after
    assert not manufacturer_warranty_active(inv, 1000, date(2027, 3, 1))
    assert manufacturer_warranty_active(inv, 1000, date(2027, 2, 28))


def test_months_end_at_the_months_last_day():
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)
    assert add_months(date(2026, 12, 15), 3) == date(2027, 3, 15)
    assert add_months(date(2026, 3, 31), -1) == date(2026, 2, 28)


@given(st.dates(min_value=date(1901, 1, 1), max_value=date(9000, 12, 31)), st.integers(0, 600))
def test_adding_months_keeps_the_day_or_takes_the_months_last(start: date, months: int):
    end = add_months(start, months)
    assert (end.year * 12 + end.month) - (start.year * 12 + start.month) == months
    last = calendar.monthrange(end.year, end.month)[1]
    assert end.day == min(start.day, last)


def test_service_reads_a_29_february_invoice(ctx):
    asset = vehicle()
    asset.invoice_date = date(2024, 2, 29)
    d = new_order(ctx, asset=asset)
    status = asset_warranty(ctx, d.asset.id)
    assert status.invoice_date == date(2024, 2, 29)
    assert status.days_since_invoice is not None and status.days_since_invoice > 365
