"""What the desks hand to services: plain dataclasses, validated whole by the service."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from app.domain.enums import (
    ApprovalMethod,
    AssetKind,
    AssetStatus,
    AssetUse,
    CustomerKind,
    DamageType,
    InspectionResult,
    LineKind,
    Payer,
    PaymentMethod,
    RepairCategory,
)


@dataclass
class CustomerInput:
    name: str
    phones: list[str] = field(default_factory=list)
    kind: CustomerKind = CustomerKind.PERSON
    contact_person: str | None = None
    email: str | None = None
    address: str | None = None
    notes: str | None = None
    sms_consent: bool = False
    #: the birthday list's date (as typed, like a purchase date): None keeps the one on
    #: file, "" clears it
    birthday: date | str | None = None


@dataclass
class AssetInput:
    kind: AssetKind
    make: str | None = None
    model: str | None = None
    year: int | None = None
    colour: str | None = None
    #: a date, or as typed at a desk ("2026-03-01", "2026/3/1", "20260301", full-width
    #: digits: :func:`app.domain.validation.check_date`); the invoice date starts a
    #: vehicle's 三包 period
    purchase_date: date | str | None = None
    invoice_date: date | str | None = None
    plate: str | None = None
    vin: str | None = None
    engine_no: str | None = None
    mileage_km: int | None = None
    imei: str | None = None
    serial: str | None = None
    frame_no: str | None = None
    motor_no: str | None = None
    battery_serial: str | None = None
    notes: str | None = None
    #: the advisor checked a VIN whose position 9 is not a check digit (a European or other
    #: make where the region does not require one) against the papers
    confirm_vin: bool = False
    #: customer care: still in use, sold, stolen or scrapped; a private, company or staff
    #: vehicle (the due lists and follow-ups leave out those gone and company/staff ones).
    #: None keeps what is on file.
    status: AssetStatus | None = None
    use: AssetUse | None = None
    #: with ``care_dates``, the next 年检 (annual inspection), the insurance renewal and the
    #: manufacturer warranty's end are set as given (as typed; blank clears); without, kept
    inspection_due: date | str | None = None
    insurance_due: date | str | None = None
    warranty_until: date | str | None = None
    care_dates: bool = False


@dataclass
class LineInput:
    kind: LineKind
    description: str
    quantity: Decimal | str | int = Decimal("1")
    unit_price: Decimal | str | int = Decimal("0")
    discount_percent: Decimal | str | int = Decimal("0")
    payer: Payer = Payer.CUSTOMER
    unit: str | None = None
    code: str | None = None
    catalog_item_id: int | None = None
    technician_id: int | None = None
    #: a catalog line's English name and unit beside the Chinese ones (``description`` /
    #: ``unit``); None on a hand-typed line. A catalog line sent without them (or without
    #: a name at all) gets them from its catalog item (:func:`app.services.lines.catalog_words`)
    description_en: str | None = None
    unit_en: str | None = None


@dataclass
class VisitDetails:
    """The intake details of a visit (symptom in the customer's words, what was left, ...)."""

    symptom: str = ""
    mileage_in: int | None = None
    fuel_level: int | None = None  # percent
    accessories_left: str | None = None
    valuables_left: str | None = None
    promised_at: datetime | None = None
    waits_on_site: bool = False
    keep_old_parts: bool = False
    wash: bool = False
    notes: str | None = None
    fault_found: str | None = None
    #: the advisor confirmed a mileage lower than the vehicle's last visit (odometer replaced,
    #: earlier typo); recorded in the order's journal
    confirm_mileage: bool = False
    #: when the desk took these details (an intake kept offline and sent later is judged as
    #: of then, e.g. whether the promised time lies in the past); None: now
    typed_at: datetime | None = None


@dataclass
class IntakeInput:
    """A walk-in: an existing or new customer, an existing or new asset, and the visit."""

    details: VisitDetails
    customer_id: int | None = None
    customer: CustomerInput | None = None
    asset_id: int | None = None
    asset: AssetInput | None = None
    lines: list[LineInput] = field(default_factory=list)
    advisor_id: int | None = None
    #: the walk-around inspection, recorded in the same transaction
    inspection: InspectionInput | None = None
    #: how the customer approved the work order, when they sign at intake
    approval: ApprovalMethod | None = None
    #: 维修类别 of a vehicle repair (sets the quality guarantee on the settlement list)
    repair_category: RepairCategory | None = None
    #: the appointment (预约) this walk-in arrives for: marked arrived with the order
    appointment_id: int | None = None


@dataclass
class InspectionItemInput:
    code: str
    result: InspectionResult
    note: str | None = None


@dataclass
class DamageMarkInput:
    x: Decimal | float | str
    y: Decimal | float | str
    damage: DamageType
    note: str | None = None


@dataclass
class InspectionInput:
    items: list[InspectionItemInput] = field(default_factory=list)
    marks: list[DamageMarkInput] = field(default_factory=list)
    fuel_level: int | None = None
    mileage: int | None = None
    note: str | None = None
    #: the advisor confirmed a mileage lower than the vehicle's last visit
    confirm_mileage: bool = False


@dataclass
class PaymentInput:
    """One part of a (possibly split) payment. For cash, ``amount`` is what was handed over;
    whatever exceeds the balance is change."""

    method: PaymentMethod
    amount: Decimal | str | int
    reference: str | None = None
