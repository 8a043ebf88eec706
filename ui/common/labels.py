"""Translated names and colours of the domain's vocabularies (states, kinds, payers, ...).

Every desk shows the same words and the same state colours; they live here once. The
journal's actions (an order's and the audit log's, :mod:`app.domain.journal`) are named here
too; roles are named in :mod:`ui.common.errors` (``role_text``), which the access messages
share. tests/ui/test_labels_complete.py checks that every member has a name in both
languages.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from app.domain import journal
from app.domain.enums import (
    Approval,
    ApprovalMethod,
    AssetKind,
    AssetStatus,
    AssetUse,
    DamageType,
    InspectionResult,
    LineKind,
    OrderState,
    PauseReason,
    Payer,
)
from app.domain.journal import AuditAction, OrderAction

_CTX = "Labels"

_NAMES: dict[object, str] = {
    OrderState.OPEN: QT_TRANSLATE_NOOP("Labels", "Open"),
    OrderState.APPROVED: QT_TRANSLATE_NOOP("Labels", "Approved"),
    OrderState.ASSIGNED: QT_TRANSLATE_NOOP("Labels", "Assigned"),
    OrderState.IN_PROGRESS: QT_TRANSLATE_NOOP("Labels", "In progress"),
    OrderState.PAUSED: QT_TRANSLATE_NOOP("Labels", "Paused"),
    OrderState.WORK_DONE: QT_TRANSLATE_NOOP("Labels", "Work done"),
    OrderState.READY: QT_TRANSLATE_NOOP("Labels", "Ready"),
    OrderState.SETTLED: QT_TRANSLATE_NOOP("Labels", "Settled"),
    OrderState.RELEASED: QT_TRANSLATE_NOOP("Labels", "Released"),
    OrderState.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Cancelled"),
    AssetKind.VEHICLE: QT_TRANSLATE_NOOP("Labels", "Vehicle"),
    AssetKind.DEVICE: QT_TRANSLATE_NOOP("Labels", "Device"),
    AssetKind.EBIKE: QT_TRANSLATE_NOOP("Labels", "E-bike"),
    AssetStatus.IN_USE: QT_TRANSLATE_NOOP("Labels", "In use"),
    AssetStatus.SOLD: QT_TRANSLATE_NOOP("Labels", "Sold"),
    AssetStatus.STOLEN: QT_TRANSLATE_NOOP("Labels", "Stolen"),
    AssetStatus.SCRAPPED: QT_TRANSLATE_NOOP("Labels", "Scrapped"),
    AssetUse.PRIVATE: QT_TRANSLATE_NOOP("Labels", "Private"),
    AssetUse.COMPANY: QT_TRANSLATE_NOOP("Labels", "Company vehicle"),
    AssetUse.STAFF: QT_TRANSLATE_NOOP("Labels", "Staff vehicle"),
    InspectionResult.OK: QT_TRANSLATE_NOOP("Labels", "OK"),
    InspectionResult.ATTENTION: QT_TRANSLATE_NOOP("Labels", "Attention"),
    InspectionResult.DAMAGED: QT_TRANSLATE_NOOP("Labels", "Damaged"),
    InspectionResult.MISSING: QT_TRANSLATE_NOOP("Labels", "Missing"),
    DamageType.SCRATCH: QT_TRANSLATE_NOOP("Labels", "Scratch"),
    DamageType.DENT: QT_TRANSLATE_NOOP("Labels", "Dent"),
    DamageType.CRACK: QT_TRANSLATE_NOOP("Labels", "Crack"),
    DamageType.CHIP: QT_TRANSLATE_NOOP("Labels", "Chip"),
    DamageType.RUST: QT_TRANSLATE_NOOP("Labels", "Rust"),
    DamageType.MISSING: QT_TRANSLATE_NOOP("Labels", "Missing part"),
    DamageType.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
    LineKind.LABOR: QT_TRANSLATE_NOOP("Labels", "Labor"),
    LineKind.PART: QT_TRANSLATE_NOOP("Labels", "Part"),
    LineKind.SUNDRY: QT_TRANSLATE_NOOP("Labels", "Sundry"),
    Payer.CUSTOMER: QT_TRANSLATE_NOOP("Labels", "Customer pays"),
    Payer.WARRANTY: QT_TRANSLATE_NOOP("Labels", "Warranty"),
    Payer.GOODWILL: QT_TRANSLATE_NOOP("Labels", "Goodwill"),
    Payer.INSURANCE: QT_TRANSLATE_NOOP("Labels", "Insurance"),
    Payer.INTERNAL: QT_TRANSLATE_NOOP("Labels", "Internal"),
    Approval.PROPOSED: QT_TRANSLATE_NOOP("Labels", "Awaiting customer"),
    Approval.APPROVED: QT_TRANSLATE_NOOP("Labels", "Approved"),
    Approval.DECLINED: QT_TRANSLATE_NOOP("Labels", "Declined"),
    ApprovalMethod.IN_PERSON: QT_TRANSLATE_NOOP("Labels", "In person"),
    ApprovalMethod.PHONE: QT_TRANSLATE_NOOP("Labels", "By phone"),
    ApprovalMethod.SIGNATURE: QT_TRANSLATE_NOOP("Labels", "Signature"),
    PauseReason.WAITING_PARTS: QT_TRANSLATE_NOOP("Labels", "Waiting for parts"),
    PauseReason.WAITING_APPROVAL: QT_TRANSLATE_NOOP("Labels", "Waiting for customer approval"),
    PauseReason.WAITING_CUSTOMER: QT_TRANSLATE_NOOP("Labels", "Waiting for customer"),
    PauseReason.OTHER: QT_TRANSLATE_NOOP("Labels", "Other reason"),
}

#: what was done to an order, as its journal and the audit log name it
ORDER_ACTIONS: dict[OrderAction, str] = {
    OrderAction.INTAKE: QT_TRANSLATE_NOOP("Labels", "Taken in"),
    OrderAction.ESTIMATE: QT_TRANSLATE_NOOP("Labels", "Estimate lines added"),
    OrderAction.INSPECTION: QT_TRANSLATE_NOOP("Labels", "Walk-around inspection"),
    OrderAction.DETAILS: QT_TRANSLATE_NOOP("Labels", "Order details changed"),
    OrderAction.APPROVE: QT_TRANSLATE_NOOP("Labels", "Work order signed"),
    OrderAction.ASSIGN: QT_TRANSLATE_NOOP("Labels", "Technician assigned"),
    OrderAction.REASSIGN: QT_TRANSLATE_NOOP("Labels", "Job reassigned"),
    OrderAction.START: QT_TRANSLATE_NOOP("Labels", "Work started"),
    OrderAction.PAUSE: QT_TRANSLATE_NOOP("Labels", "Work paused"),
    OrderAction.RESUME: QT_TRANSLATE_NOOP("Labels", "Work resumed"),
    OrderAction.FINISH: QT_TRANSLATE_NOOP("Labels", "Work finished"),
    OrderAction.QC_PASS: QT_TRANSLATE_NOOP("Labels", "Quality check passed"),
    OrderAction.QC_FAIL: QT_TRANSLATE_NOOP("Labels", "Quality check failed"),
    OrderAction.EXTRA_WORK: QT_TRANSLATE_NOOP("Labels", "Extra work proposed"),
    OrderAction.EXTRA_WORK_APPROVED: QT_TRANSLATE_NOOP("Labels", "Extra work approved"),
    OrderAction.EXTRA_WORK_DECLINED: QT_TRANSLATE_NOOP("Labels", "Extra work declined"),
    OrderAction.LINE_UPDATE: QT_TRANSLATE_NOOP("Labels", "Line changed"),
    OrderAction.LINE_REMOVE: QT_TRANSLATE_NOOP("Labels", "Line removed"),
    OrderAction.CANCEL: QT_TRANSLATE_NOOP("Labels", "Order cancelled"),
    OrderAction.SETTLE: QT_TRANSLATE_NOOP("Labels", "Settlement made"),
    OrderAction.VOID_SETTLEMENT: QT_TRANSLATE_NOOP("Labels", "Settlement voided"),
    OrderAction.PAY: QT_TRANSLATE_NOOP("Labels", "Payment taken"),
    OrderAction.REFUND: QT_TRANSLATE_NOOP("Labels", "Refund made"),
    OrderAction.RELEASE: QT_TRANSLATE_NOOP("Labels", "Released to the customer"),
    OrderAction.REOPEN: QT_TRANSLATE_NOOP("Labels", "Opened as a rework"),
    OrderAction.REWORKED: QT_TRANSLATE_NOOP("Labels", "Reopened for rework"),
    OrderAction.NEXT_SERVICE: QT_TRANSLATE_NOOP("Labels", "Next service set"),
    OrderAction.LEGAL_FACTS: QT_TRANSLATE_NOOP(
        "Labels", "Repair category, mileage out, old parts recorded"
    ),
    OrderAction.CERTIFICATE: QT_TRANSLATE_NOOP("Labels", "Completion certificate issued"),
}

#: the audit log's other actions
AUDIT_ACTIONS: dict[AuditAction, str] = {
    AuditAction.SIGN_IN: QT_TRANSLATE_NOOP("Labels", "Signed in"),
    AuditAction.SIGN_IN_FAILED: QT_TRANSLATE_NOOP("Labels", "Sign-in refused"),
    AuditAction.SIGN_IN_SWITCH: QT_TRANSLATE_NOOP("Labels", "User switched"),
    AuditAction.SIGN_IN_UNLOCK: QT_TRANSLATE_NOOP("Labels", "Station unlocked"),
    AuditAction.USER_CREATE: QT_TRANSLATE_NOOP("Labels", "Staff member added"),
    AuditAction.USER_UPDATE: QT_TRANSLATE_NOOP("Labels", "Staff member changed"),
    AuditAction.USER_PASSWORD: QT_TRANSLATE_NOOP("Labels", "Password changed"),
    AuditAction.USER_PIN: QT_TRANSLATE_NOOP("Labels", "PIN changed"),
    AuditAction.USER_CARD: QT_TRANSLATE_NOOP("Labels", "Staff card changed"),
    AuditAction.USER_UNLOCK: QT_TRANSLATE_NOOP("Labels", "Account unlocked"),
    AuditAction.APPROVAL_GRANTED: QT_TRANSLATE_NOOP("Labels", "Manager's approval given"),
    AuditAction.APPROVAL_REFUSED: QT_TRANSLATE_NOOP("Labels", "Manager's approval refused"),
    AuditAction.CUSTOMER_CREATE: QT_TRANSLATE_NOOP("Labels", "Customer added"),
    AuditAction.CUSTOMER_UPDATE: QT_TRANSLATE_NOOP("Labels", "Customer changed"),
    AuditAction.ASSET_CREATE: QT_TRANSLATE_NOOP("Labels", "Vehicle or device added"),
    AuditAction.ASSET_UPDATE: QT_TRANSLATE_NOOP("Labels", "Vehicle or device changed"),
    AuditAction.ASSET_TRANSFER: QT_TRANSLATE_NOOP("Labels", "Vehicle or device transferred"),
    AuditAction.CATALOG_CREATE: QT_TRANSLATE_NOOP("Labels", "Catalog item added"),
    AuditAction.CATALOG_UPDATE: QT_TRANSLATE_NOOP("Labels", "Catalog item changed"),
    AuditAction.CATALOG_ACTIVATE: QT_TRANSLATE_NOOP("Labels", "Catalog item switched on"),
    AuditAction.CATALOG_DEACTIVATE: QT_TRANSLATE_NOOP("Labels", "Catalog item switched off"),
    AuditAction.CATALOG_IMPORT: QT_TRANSLATE_NOOP("Labels", "Catalog imported"),
    AuditAction.SETTINGS_UPDATE: QT_TRANSLATE_NOOP("Labels", "Settings changed"),
    AuditAction.CHECKLIST_UPDATE: QT_TRANSLATE_NOOP("Labels", "Checklist changed"),
    AuditAction.COMPLAINT_RECORD: QT_TRANSLATE_NOOP("Labels", "Complaint recorded"),
    AuditAction.COMPLAINT_NOTE: QT_TRANSLATE_NOOP("Labels", "Complaint note"),
    AuditAction.COMPLAINT_STEP: QT_TRANSLATE_NOOP("Labels", "Complaint moved to its next step"),
    AuditAction.COMPLAINT_HANDOVER: QT_TRANSLATE_NOOP("Labels", "Complaint handed over"),
    AuditAction.COMPLAINT_WAIT: QT_TRANSLATE_NOOP("Labels", "Complaint waiting"),
    AuditAction.COMPLAINT_RESUME: QT_TRANSLATE_NOOP("Labels", "Complaint resumed"),
    AuditAction.COMPLAINT_REOPEN: QT_TRANSLATE_NOOP("Labels", "Complaint reopened"),
    AuditAction.COMPLAINT_ESCALATE: QT_TRANSLATE_NOOP("Labels", "Complaint escalated"),
    AuditAction.MESSAGE_TEMPLATE: QT_TRANSLATE_NOOP("Labels", "Message template changed"),
    AuditAction.MESSAGE_QUEUE: QT_TRANSLATE_NOOP("Labels", "Message queued"),
    AuditAction.MESSAGE_SEND: QT_TRANSLATE_NOOP("Labels", "Message sent"),
    AuditAction.CUSTOMER_CONSENT: QT_TRANSLATE_NOOP("Labels", "Consent recorded"),
    AuditAction.CUSTOMER_EXPORT: QT_TRANSLATE_NOOP("Labels", "Customer's data exported"),
    AuditAction.CUSTOMER_ANONYMISE: QT_TRANSLATE_NOOP("Labels", "Customer anonymised"),
    AuditAction.APPOINTMENT_BOOK: QT_TRANSLATE_NOOP("Labels", "Appointment booked"),
    AuditAction.APPOINTMENT_CANCEL: QT_TRANSLATE_NOOP("Labels", "Appointment cancelled"),
    AuditAction.APPOINTMENT_MOVE: QT_TRANSLATE_NOOP("Labels", "Appointment moved"),
    AuditAction.APPOINTMENT_CONFIRM: QT_TRANSLATE_NOOP("Labels", "Appointment reminder answered"),
    AuditAction.APPOINTMENT_NO_SHOW: QT_TRANSLATE_NOOP("Labels", "Appointment not kept"),
    AuditAction.APPOINTMENT_ARRIVE: QT_TRANSLATE_NOOP("Labels", "Booked customer arrived"),
}

_LOOKUP_KINDS = {
    "order": QT_TRANSLATE_NOOP("Labels", "Order"),
    "customer": QT_TRANSLATE_NOOP("Labels", "Customer"),
    "asset": QT_TRANSLATE_NOOP("Labels", "Vehicle / device"),
}

_MATCHED_BY = {
    "order_number": QT_TRANSLATE_NOOP("Labels", "order number"),
    "plate": QT_TRANSLATE_NOOP("Labels", "plate"),
    "plate_body": QT_TRANSLATE_NOOP("Labels", "plate"),
    "plate_tail": QT_TRANSLATE_NOOP("Labels", "plate digits"),
    "vin": QT_TRANSLATE_NOOP("Labels", "VIN"),
    "vin_tail": QT_TRANSLATE_NOOP("Labels", "last 6 of VIN"),
    "ident": QT_TRANSLATE_NOOP("Labels", "IMEI / serial / frame no."),
    "phone": QT_TRANSLATE_NOOP("Labels", "phone"),
    "phone_tail": QT_TRANSLATE_NOOP("Labels", "last 4 of phone"),
    "name": QT_TRANSLATE_NOOP("Labels", "name"),
}

#: (background tint, strong colour) per order state: calm tints for rows, strong for chips
STATE_COLOURS: dict[OrderState, tuple[str, str]] = {
    OrderState.OPEN: ("#eceff1", "#546e7a"),
    OrderState.APPROVED: ("#e3f2fd", "#1e88e5"),
    OrderState.ASSIGNED: ("#e1f5fe", "#0288d1"),
    OrderState.IN_PROGRESS: ("#fff3e0", "#ef6c00"),
    OrderState.PAUSED: ("#ffebee", "#c62828"),
    OrderState.WORK_DONE: ("#f3e5f5", "#8e24aa"),
    OrderState.READY: ("#e8f5e9", "#2e7d32"),
    OrderState.SETTLED: ("#e0f2f1", "#00796b"),
    OrderState.RELEASED: ("#f5f5f5", "#757575"),
    OrderState.CANCELLED: ("#fafafa", "#9e9e9e"),
}

RESULT_COLOURS: dict[InspectionResult, str] = {
    InspectionResult.OK: "#e8f5e9",
    InspectionResult.ATTENTION: "#fff8e1",
    InspectionResult.DAMAGED: "#ffebee",
    InspectionResult.MISSING: "#f3e5f5",
}

APPROVAL_COLOURS: dict[Approval, str] = {
    Approval.PROPOSED: "#fff8e1",
    Approval.APPROVED: "#ffffff",
    Approval.DECLINED: "#f5f5f5",
}


def name(value: object) -> str:
    """The translated name of an enum member (state, kind, payer, ...)."""
    source = _NAMES.get(value)
    if source is None:
        return str(getattr(value, "value", value))
    return QCoreApplication.translate(_CTX, source)


def order_action(action: OrderAction | str) -> str:
    """What was done to an order, by its journal's action ("Work paused")."""
    try:
        source = ORDER_ACTIONS[OrderAction(action)]
    except ValueError:
        return str(action)  # not one this Workbay writes (an old entry): as stored
    return QCoreApplication.translate(_CTX, source)


def audit_action(action: str) -> str:
    """An audit log entry's action in the user's language (``order.pause``: "Work paused")."""
    done = journal.order_action(action)
    if done is not None:
        return order_action(done)
    try:
        source = AUDIT_ACTIONS[AuditAction(action)]
    except ValueError:
        return action  # not one this Workbay writes (an old entry): as stored
    return QCoreApplication.translate(_CTX, source)


#: audit log fields (before -> after) whose values are a vocabulary's codes
_AUDIT_VALUES: dict[str, type] = {"state": OrderState, "payer": Payer, "approval": Approval}


def audit_value(key: str, value: object) -> object:
    """A before/after value of the audit log in the user's language where it is a code of
    a vocabulary (an order state, a payer, a decision, roles); any other value as stored."""
    if key in ("role", "roles") and isinstance(value, str | list):
        from ui.common.errors import role_text  # errors -> labels: imported when used

        return ", ".join(role_text(r) for r in ([value] if isinstance(value, str) else value))
    vocabulary = _AUDIT_VALUES.get(key)
    if vocabulary is not None and isinstance(value, str):
        try:
            return name(vocabulary(value))
        except ValueError:
            return value
    return value


def lookup_kind(kind: str) -> str:
    return QCoreApplication.translate(_CTX, _LOOKUP_KINDS.get(kind, kind))


def matched_by(how: str) -> str:
    return QCoreApplication.translate(_CTX, _MATCHED_BY.get(how, how))


def state_background(state: OrderState) -> QColor:
    return QColor(STATE_COLOURS[state][0])


def state_colour(state: OrderState) -> QColor:
    return QColor(STATE_COLOURS[state][1])
