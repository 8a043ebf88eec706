"""ORM models. Importing this package registers every table on ``Base.metadata``."""

from app.domain.models.appointments import Appointment, AppointmentItem, AppointmentSlot
from app.domain.models.audit import AuditEntry
from app.domain.models.base import Base
from app.domain.models.billing import CatalogItem, Payment, ReleaseSlip, Settlement
from app.domain.models.care import CareCall, ContactConsent, CustomerValue, FollowUp, KmProjection
from app.domain.models.complaints import Complaint, ComplaintEscalation, ComplaintEvent
from app.domain.models.customers import Asset, AssetDuplicate, Customer, Ownership, Phone
from app.domain.models.inspection import ChecklistItem, DamageMark, Inspection, InspectionItem
from app.domain.models.messages import Message, MessageTemplate
from app.domain.models.orders import OrderEvent, OrderLine, QualityCheck, StatusChange, WorkOrder
from app.domain.models.people import DEFAULT_BRANCH_ID, Branch, Station, User, UserRole
from app.domain.models.records import DocumentPrint, HealthRecord
from app.domain.models.requests import AppliedRequest
from app.domain.models.system import INSTALLATION, ChangeLogEntry, DocumentCounter, Setting

__all__ = [
    "Appointment",
    "AppointmentItem",
    "AppointmentSlot",
    "DEFAULT_BRANCH_ID",
    "INSTALLATION",
    "AppliedRequest",
    "AuditEntry",
    "Branch",
    "Asset",
    "AssetDuplicate",
    "Base",
    "CareCall",
    "CatalogItem",
    "ChangeLogEntry",
    "ChecklistItem",
    "Complaint",
    "ComplaintEscalation",
    "ComplaintEvent",
    "ContactConsent",
    "Customer",
    "CustomerValue",
    "DamageMark",
    "DocumentCounter",
    "DocumentPrint",
    "FollowUp",
    "HealthRecord",
    "Inspection",
    "InspectionItem",
    "KmProjection",
    "Message",
    "MessageTemplate",
    "OrderEvent",
    "OrderLine",
    "Ownership",
    "Payment",
    "Phone",
    "QualityCheck",
    "ReleaseSlip",
    "Setting",
    "Settlement",
    "Station",
    "StatusChange",
    "User",
    "UserRole",
    "WorkOrder",
]
