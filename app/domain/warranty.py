"""Statutory warranty (三包) and manufacturer warranty status of a household car or a phone.

Pure rules, following the documents in DOMAIN.md: counted from the purchase invoice date;
within 60 days / 3,000 km a failure of steering, brakes, body or fuel system allows
replacement or refund; afterwards repair first, with replacement or refund once repairs add
up (35 days in the shop, the same fault more than 5 times); a repair longer than 5 days
entitles the customer to a loaner or transport compensation. Phones: return within 7 days,
exchange within 15 days, repair warranty one year.

Periods of years and months are counted as the Civil Code counts them (民法典 第二百零一、
二百零二条), which is how 三包 periods run "from the invoice date": the invoice day itself
is not counted, and the period ends at the end of the *corresponding day* of the last year or
month; where that month has no such day, at the end of the month's last day. So an invoice of
29 February 2024 with a one-year period is covered up to and including 28 February 2025 (not 1
March), and one of 31 January with one month up to 28/29 February. :func:`add_years` and
:func:`add_months` compute that day; a date is within the period while it is on or before it.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta

from app.domain.enums import AssetKind

SANBAO_YEARS = 2
SANBAO_KM = 50_000


def add_months(start: date, months: int) -> date:
    """The corresponding day ``months`` later (or earlier, when negative): the same day of
    the month, or the month's last day where the month is shorter (31 Jan + 1 = 28/29 Feb)."""
    index = start.year * 12 + (start.month - 1) + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(start.day, last))


def add_years(start: date, years: int) -> date:
    """The corresponding day ``years`` later: 29 February becomes 28 February in a common
    year (the Civil Code's month-end rule), never an error."""
    return add_months(start, 12 * years)


def within_period(start: date, today: date, *, years: int = 0, months: int = 0) -> bool:
    """``today`` lies in the period of ``years`` and ``months`` counted from ``start`` (the
    invoice date): after ``start``'s day is over, up to and including the corresponding day."""
    return today <= add_months(start, 12 * years + months)


@dataclass(frozen=True)
class PastRepair:
    """One earlier visit of the asset, as far as warranty counting needs it."""

    opened: date
    released: date | None
    fault: str  # normalized fault key (e.g. the symptom's category)
    warranty: bool  # any line paid by warranty


@dataclass(frozen=True)
class WarrantyStatus:
    """What the advisor must know at intake; ``flags`` are stable keys the UI translates."""

    invoice_date: date | None
    days_since_invoice: int | None
    flags: list[str] = field(default_factory=list)
    repair_days_total: int = 0
    same_fault_repairs: int = 0

    @property
    def any(self) -> bool:
        return bool(self.flags)


def manufacturer_warranty_active(
    invoice_date: date | None,
    mileage_km: int | None,
    today: date,
    years: int = 3,
    km: int = 100_000,
) -> bool:
    """Manufacturer warranty, e.g. 3 years or 100,000 km, whichever comes first."""
    if invoice_date is None:
        return False
    within_time = within_period(invoice_date, today, years=years)
    within_km = mileage_km is None or mileage_km < km
    return within_time and within_km


def warranty_status(
    kind: AssetKind,
    invoice_date: date | None,
    mileage_km: int | None,
    today: date,
    history: list[PastRepair],
    current_fault: str | None = None,
) -> WarrantyStatus:
    if invoice_date is None:
        return WarrantyStatus(None, None, ["no_invoice"] if kind is not AssetKind.EBIKE else [])
    days = (today - invoice_date).days
    flags: list[str] = []
    repair_days = sum(
        ((r.released or today) - r.opened).days
        for r in history
        if r.warranty and r.opened >= invoice_date
    )
    same_fault = (
        sum(1 for r in history if current_fault and r.fault == current_fault and r.warranty)
        if current_fault
        else 0
    )
    if kind is AssetKind.VEHICLE:
        if days <= 60 and (mileage_km is None or mileage_km <= 3000):
            flags.append("sanbao_60d_3000km")  # steering/brake/body/fuel failure: replace or refund
        # 三包 validity for household cars: at least 2 years or 50,000 km, whichever first
        if within_period(invoice_date, today, years=SANBAO_YEARS) and (
            mileage_km is None or mileage_km <= SANBAO_KM
        ):
            flags.append("sanbao_period")
        if repair_days > 35:
            flags.append("sanbao_repair_days_exceeded")
        if same_fault > 5:
            flags.append("sanbao_same_fault_exceeded")
        if manufacturer_warranty_active(invoice_date, mileage_km, today):
            flags.append("manufacturer_warranty")
    elif kind is AssetKind.DEVICE:
        if days <= 7:
            flags.append("phone_return_7d")
        elif days <= 15:
            flags.append("phone_exchange_15d")
        if within_period(invoice_date, today, years=1):
            flags.append("phone_repair_warranty_1y")
    return WarrantyStatus(invoice_date, days, flags, repair_days, same_fault)


def loaner_due(opened: date, today: date, warranty_repair: bool) -> bool:
    """A warranty repair longer than 5 days entitles the customer to a loaner car or
    transport compensation."""
    return warranty_repair and (today - opened) > timedelta(days=5)


def recommend_next_service(
    kind: AssetKind, mileage_km: int | None, today: date
) -> tuple[date | None, int | None]:
    """The next service to recommend at delivery: cars every 6 months or 5,000 km, e-bikes
    every 3 months; devices have none. Months are calendar months (31 August + 6 months is
    28/29 February)."""
    if kind is AssetKind.VEHICLE:
        return add_months(today, 6), (mileage_km + 5000) if mileage_km is not None else None
    if kind is AssetKind.EBIKE:
        return add_months(today, 3), None
    return None, None
