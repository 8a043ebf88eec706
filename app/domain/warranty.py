"""Statutory warranty (三包) and manufacturer warranty status of a household car or a phone.

Pure rules, following the documents in DOMAIN.md: counted from the purchase invoice date;
within 60 days / 3,000 km a failure of steering, brakes, body or fuel system allows
replacement or refund; afterwards repair first, with replacement or refund once repairs add
up (35 days in the shop, the same fault more than 5 times); a repair longer than 5 days
entitles the customer to a loaner or transport compensation. Phones: return within 7 days,
exchange within 15 days, repair warranty one year.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from app.domain.enums import AssetKind

SANBAO_DAYS = 365 * 2
SANBAO_KM = 50_000


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
    within_time = today < invoice_date.replace(year=invoice_date.year + years)
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
        if days <= SANBAO_DAYS and (mileage_km is None or mileage_km <= SANBAO_KM):
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
        if days <= 365:
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
    every 3 months; devices have none."""
    if kind is AssetKind.VEHICLE:
        return today + timedelta(days=182), (mileage_km + 5000) if mileage_km is not None else None
    if kind is AssetKind.EBIKE:
        return today + timedelta(days=91), None
    return None, None
