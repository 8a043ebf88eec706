"""Everything typed so far in one walk-in intake, as plain JSON-able data.

The intake steps read and write this; the draft file is this object as JSON; on confirm it
becomes one service input (``IntakeInput`` with its ``InspectionInput`` and the approval).
Typed values are kept as text until then, so a refused value stays visible for correcting.
The ``request_id``, made when the intake starts and kept in the draft, makes the intake
count once however often it is sent (again after an error, or from the offline outbox).
"""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from app.domain.enums import (
    ApprovalMethod,
    AssetKind,
    CustomerKind,
    DamageType,
    InspectionResult,
    LineKind,
    Payer,
    RepairCategory,
)
from app.domain.text import number_text, parse_int
from app.services.inputs import (
    AssetInput,
    CustomerInput,
    DamageMarkInput,
    InspectionInput,
    InspectionItemInput,
    IntakeInput,
    LineInput,
    VisitDetails,
)

(
    STEP_CUSTOMER,
    STEP_ASSET,
    STEP_VISIT,
    STEP_INSPECTION,
    STEP_ESTIMATE,
    STEP_PROMISE,
    STEP_CONFIRM,
) = range(7)
STEP_COUNT = 7

ASSET_FIELDS = (
    "plate",
    "vin",
    "make",
    "model",
    "year",
    "colour",
    "mileage_km",
    "imei",
    "serial",
    "frame_no",
    "motor_no",
    "battery_serial",
    "purchase_date",
    "invoice_date",
)


def typed_int(text: str | None) -> int | None:
    """A whole number typed in a field (None if empty, -1 if not a number: out of every
    range, so the service names the field)."""
    if not number_text(text):
        return None
    value = parse_int(text)  # full-width digits from a Chinese input method too
    return -1 if value is None else value  # out of every range: the service names the field


@dataclass
class IntakeState:
    step: int = STEP_CUSTOMER
    # customer: an existing one (id) or a new one (fields)
    customer_id: int | None = None
    customer_label: str = ""
    customer_name: str = ""
    customer_phone: str = ""
    customer_company: bool = False
    customer_email: str = ""
    customer_address: str = ""
    # asset: an existing one (id) or a new one (fields of its kind)
    asset_id: int | None = None
    asset_label: str = ""
    asset_kind: str = AssetKind.VEHICLE.value
    asset: dict[str, str] = field(default_factory=dict)
    #: the advisor compared a VIN without check digit with the papers (a warning confirmed)
    confirm_vin: bool = False
    returning: bool = False  # started from a found asset: steps 1-2 are skipped
    # the visit
    symptom: str = ""
    mileage_in: str = ""
    #: the advisor confirmed a mileage below the vehicle's last visit
    confirm_mileage: bool = False
    fuel_level: int | None = None
    accessories_left: str = ""
    valuables_left: str = ""
    #: 维修类别 of a vehicle repair ("" not chosen yet: it may be set before settlement)
    repair_category: str = ""
    #: 返修: the earlier order whose guarantee this visit falls in, as the desk was told
    #: (shown before confirming; the core links it on saving)
    comeback_of: str = ""
    # inspection
    checklist: dict[str, str] = field(default_factory=dict)
    checklist_notes: dict[str, str] = field(default_factory=dict)
    marks: list[dict[str, Any]] = field(default_factory=list)
    # estimate
    lines: list[dict[str, Any]] = field(default_factory=list)
    # promise
    promised_at: str | None = None  # ISO, UTC
    waits_on_site: bool = False
    keep_old_parts: bool = False
    wash: bool = False
    notes: str = ""
    # the appointment this customer arrives for (marked arrived with the order)
    appointment_id: int | None = None
    appointment_label: str = ""
    # confirm
    approval_method: str = ApprovalMethod.SIGNATURE.value
    request_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    saved_at: str = ""

    # --- JSON ---
    def to_json(self) -> dict[str, Any]:
        self.saved_at = datetime.now(UTC).isoformat()
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> IntakeState:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)

    # --- conversions to service inputs ---
    @property
    def kind(self) -> AssetKind:
        return AssetKind(self.asset_kind)

    def customer_input(self) -> CustomerInput | None:
        if self.customer_id is not None:
            return None
        return CustomerInput(
            name=self.customer_name,
            phones=[self.customer_phone],
            kind=CustomerKind.COMPANY if self.customer_company else CustomerKind.PERSON,
            email=self.customer_email or None,
            address=self.customer_address or None,
        )

    def asset_input(self) -> AssetInput | None:
        if self.asset_id is not None:
            return None
        a = self.asset
        text = {k: (a.get(k) or "").strip() or None for k in ASSET_FIELDS}
        return AssetInput(
            kind=self.kind,
            make=text["make"],
            model=text["model"],
            year=typed_int(a.get("year")),
            colour=text["colour"],
            plate=text["plate"],
            vin=text["vin"],
            mileage_km=typed_int(a.get("mileage_km")) or typed_int(self.mileage_in),
            imei=text["imei"],
            serial=text["serial"],
            frame_no=text["frame_no"],
            motor_no=text["motor_no"],
            battery_serial=text["battery_serial"],
            purchase_date=text["purchase_date"],  # as typed: the core reads the date
            invoice_date=text["invoice_date"],
            confirm_vin=self.confirm_vin and bool(text["vin"]),
        )

    def promised(self) -> datetime | None:
        return datetime.fromisoformat(self.promised_at) if self.promised_at else None

    def details(self, typed_at: datetime | None = None) -> VisitDetails:
        """The visit details; ``typed_at``: when the desk sends them (an intake kept offline
        is judged as of then)."""
        return VisitDetails(
            symptom=self.symptom,
            mileage_in=typed_int(self.mileage_in),
            fuel_level=self.fuel_level,
            accessories_left=self.accessories_left or None,
            valuables_left=self.valuables_left or None,
            promised_at=self.promised(),
            waits_on_site=self.waits_on_site,
            keep_old_parts=self.keep_old_parts,
            wash=self.wash,
            notes=self.notes or None,
            confirm_mileage=self.confirm_mileage,
            typed_at=typed_at,
        )

    def line_inputs(self) -> list[LineInput]:
        return [line_from_json(d) for d in self.lines]

    def intake_input(self) -> IntakeInput:
        """The whole intake: order, inspection (if anything was checked or marked) and the
        customer's approval, saved in one transaction."""
        return IntakeInput(
            details=self.details(typed_at=datetime.now(UTC)),
            customer_id=self.customer_id,
            customer=self.customer_input(),
            asset_id=self.asset_id,
            asset=self.asset_input(),
            lines=self.line_inputs(),
            inspection=self.inspection_input() if self.has_inspection() else None,
            approval=self.method(),
            repair_category=(
                RepairCategory(self.repair_category)
                if self.repair_category and self.kind is AssetKind.VEHICLE
                else None
            ),
            appointment_id=self.appointment_id,
        )

    def inspection_input(self) -> InspectionInput:
        return InspectionInput(
            items=[
                InspectionItemInput(code, InspectionResult(result), self.checklist_notes.get(code))
                for code, result in self.checklist.items()
            ],
            marks=[
                DamageMarkInput(Decimal(str(m["x"])), Decimal(str(m["y"])), DamageType(m["damage"]))
                for m in self.marks
            ],
        )

    def has_inspection(self) -> bool:
        return bool(self.checklist or self.marks)

    def method(self) -> ApprovalMethod:
        return ApprovalMethod(self.approval_method)


def line_to_json(line: LineInput) -> dict[str, Any]:
    return {
        "kind": line.kind.value,
        "description": line.description,
        "description_en": line.description_en,
        "quantity": str(line.quantity),
        "unit_price": str(line.unit_price),
        "discount_percent": str(line.discount_percent),
        "payer": line.payer.value,
        "unit": line.unit,
        "unit_en": line.unit_en,
        "code": line.code,
        "catalog_item_id": line.catalog_item_id,
    }


def line_from_json(d: dict[str, Any]) -> LineInput:
    return LineInput(
        kind=LineKind(d["kind"]),
        description=d.get("description", ""),
        description_en=d.get("description_en"),
        quantity=d.get("quantity", "1"),
        unit_price=d.get("unit_price", "0"),
        discount_percent=d.get("discount_percent", "0"),
        payer=Payer(d.get("payer", Payer.CUSTOMER.value)),
        unit=d.get("unit"),
        unit_en=d.get("unit_en"),
        code=d.get("code"),
        catalog_item_id=d.get("catalog_item_id"),
    )


#: which step shows a service field (for a refused confirm: go back there)
def step_of_field(name: str) -> int:
    if name.startswith("customer"):
        return STEP_CUSTOMER
    if name.startswith("asset"):
        return STEP_ASSET
    if name.startswith("inspection."):
        return STEP_INSPECTION
    if name.startswith("lines"):
        return STEP_ESTIMATE
    if name in ("promised_at", "notes", "waits_on_site", "keep_old_parts", "wash"):
        return STEP_PROMISE
    return STEP_VISIT
