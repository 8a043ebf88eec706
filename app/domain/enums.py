"""The closed vocabularies of the domain, stored as their string values."""

from __future__ import annotations

from enum import StrEnum


class CustomerKind(StrEnum):
    PERSON = "person"
    COMPANY = "company"


class AssetKind(StrEnum):
    VEHICLE = "vehicle"
    DEVICE = "device"
    EBIKE = "ebike"


class OrderState(StrEnum):
    OPEN = "open"  # intake done, inspection and estimate under way at the desk
    APPROVED = "approved"  # customer signed the work order (repair authorization)
    ASSIGNED = "assigned"  # a technician has the job
    IN_PROGRESS = "in_progress"
    PAUSED = "paused"  # waiting for parts / the customer's approval of extra work / other
    WORK_DONE = "work_done"  # technician finished; waiting for the quality check
    READY = "ready"  # quality check passed; ready to settle and hand over
    SETTLED = "settled"  # statement issued, lines frozen; waiting for payment / pickup
    RELEASED = "released"  # paid and released (gate pass issued)
    CANCELLED = "cancelled"


OPEN_STATES = frozenset(
    {
        OrderState.OPEN,
        OrderState.APPROVED,
        OrderState.ASSIGNED,
        OrderState.IN_PROGRESS,
        OrderState.PAUSED,
        OrderState.WORK_DONE,
        OrderState.READY,
        OrderState.SETTLED,
    }
)


class PauseReason(StrEnum):
    WAITING_PARTS = "waiting_parts"
    WAITING_APPROVAL = "waiting_approval"  # customer has not yet approved extra work
    WAITING_CUSTOMER = "waiting_customer"
    OTHER = "other"


class LineKind(StrEnum):
    LABOR = "labor"
    PART = "part"
    SUNDRY = "sundry"


class Payer(StrEnum):
    CUSTOMER = "customer"
    WARRANTY = "warranty"
    GOODWILL = "goodwill"
    INSURANCE = "insurance"
    INTERNAL = "internal"


class Approval(StrEnum):
    PROPOSED = "proposed"
    APPROVED = "approved"
    DECLINED = "declined"


class ApprovalMethod(StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    SIGNATURE = "signature"


class InspectionResult(StrEnum):
    OK = "ok"
    ATTENTION = "attention"
    DAMAGED = "damaged"
    MISSING = "missing"


class DamageType(StrEnum):
    SCRATCH = "scratch"
    DENT = "dent"
    CRACK = "crack"
    CHIP = "chip"
    RUST = "rust"
    MISSING = "missing"
    OTHER = "other"


class PaymentMethod(StrEnum):
    CASH = "cash"
    BANK_CARD = "bank_card"
    WECHAT = "wechat"
    ALIPAY = "alipay"
    STORED_VALUE = "stored_value"
    OTHER = "other"


class PaymentKind(StrEnum):
    PAYMENT = "payment"
    REFUND = "refund"


class Role(StrEnum):
    """The desks' roles (DOMAIN.md, "Who sits at which desk"); what each may do is declared
    once, in :mod:`app.domain.permissions`."""

    ADVISOR = "advisor"  # service advisor / receptionist 服务顾问 / 前台接待
    TECHNICIAN = "technician"  # 技师
    TEAM_LEAD = "team_lead"  # 班组长
    INSPECTOR = "inspector"  # 质检员
    CASHIER = "cashier"  # 收银员
    PARTS = "parts"  # parts clerk 备件
    FOLLOW_UP = "follow_up"  # follow-up agent 回访专员 / 客服
    MANAGER = "manager"  # service manager 服务经理
    ADMIN = "admin"  # 系统管理员: setup and staff, no desk work of its own


class DocumentKind(StrEnum):
    """Numbered documents; the prefix is printed on the document."""

    WORK_ORDER = "WO"
    SETTLEMENT = "ST"
    RELEASE = "RL"
    RECEIPT = "RC"
    CERTIFICATE = "CC"  # 竣工出厂合格证


class RepairCategory(StrEnum):
    """维修类别 of a vehicle repair (机动车维修管理规定; JT/T 1133 结算清单): it sets the
    quality guarantee period (质量保证期) from release, whichever of km or days comes first."""

    WHOLE = "whole"  # 整车修理
    ASSEMBLY = "assembly"  # 总成修理
    LEVEL2 = "level2"  # 二级维护
    MINOR = "minor"  # 小修
    SPECIAL = "special"  # 专项修理


class OldParts(StrEnum):
    """What happens to the replaced parts (旧件处理)."""

    CUSTOMER = "customer"  # 客户带走
    RECYCLED = "recycled"  # 回收
    NONE = "none"  # 无


class HealthRecordStatus(StrEnum):
    """A settled repair's electronic health record (汽车维修电子健康档案, JT/T 1132) on its way
    to the authority's endpoint."""

    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"


class SettlementRounding(StrEnum):
    """How the customer's amount due is rounded at settlement (抹零)."""

    NONE = "none"
    DOWN_TO_JIAO = "down_0.10"
    DOWN_TO_YUAN = "down_1.00"


# -- customer care (follow-ups, due lists, value classes) -----------------------------------


class AssetStatus(StrEnum):
    """Whether the shop still sees the asset; due lists leave out the ones gone."""

    IN_USE = "in_use"
    SOLD = "sold"
    STOLEN = "stolen"
    SCRAPPED = "scrapped"


class AssetUse(StrEnum):
    """Who drives it: company and staff vehicles get no follow-up calls or reminders."""

    PRIVATE = "private"
    COMPANY = "company"  # 公司车 / fleet
    STAFF = "staff"  # 员工车


class ContactChannel(StrEnum):
    PHONE = "phone"
    SMS = "sms"


class FollowUpKind(StrEnum):
    RELEASE = "release"  # after a release (cars next working day, e-bikes 3 h and 3 days)
    AGAIN = "again"  # after a dissatisfied answer, until the customer is satisfied
    COMPLAINT = "complaint"  # after a complaint was closed


class FollowUpState(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class FollowUpOutcome(StrEnum):
    SATISFIED = "satisfied"
    DISSATISFIED = "dissatisfied"
    COMPLAINT = "complaint"
    UNREACHABLE = "unreachable"
    REFUSED = "refused"


class ValueClass(StrEnum):
    A = "A"  # top 20% of the year's spend (no insurance work), 3+ visits, no debts
    B = "B"
    C = "C"  # only warranty or free work, or visits more than 6 months apart
    D = "D"  # lost: no visit for over 6 months


class ComplaintChannel(StrEnum):
    PHONE = "phone"
    IN_PERSON = "in_person"
    HOTLINE_12315 = "12315"
    MANUFACTURER = "manufacturer"
    MEDIA = "media"


class ComplaintKind(StrEnum):
    SERVICE = "service"  # attitude, promise not kept, delivery late
    REPAIR_QUALITY = "repair_quality"
    PRODUCT = "product"
    PARTS = "parts"  # supply, price, quality
    WARRANTY = "warranty"
    SALES = "sales"


class ComplaintSeverity(StrEnum):
    GENERAL = "general"  # handled in the shop
    SERIOUS = "serious"  # reached the manufacturer, 12315 or the operator
    CRITICAL = "critical"  # media, government


class ComplaintState(StrEnum):
    """The eight steps of a complaint (DOMAIN.md): the step reached last."""

    RECORDED = "recorded"  # 1 record: who, when, against whom, what they ask
    JUDGED = "judged"  # 2 judge the kind and merit
    ASSIGNED = "assigned"  # 3 assign an owner
    INVESTIGATING = "investigating"  # 4 investigate the cause
    PROPOSED = "proposed"  # 5 propose a resolution
    NOTIFIED = "notified"  # 6 notify the customer
    ACCOUNTED = "accounted"  # 7 accountability
    CLOSED = "closed"  # 8 improvement recorded: the case is closed


class ComplaintWait(StrEnum):
    """Why a complaint's clock is paused."""

    PARTS = "parts"
    VERDICT = "verdict"  # a technical verdict (manufacturer, expert)


class ComplaintDeadline(StrEnum):
    RESPOND = "respond"  # answer the customer within 2 working hours
    FEEDBACK = "feedback"  # first feedback within 24 hours
    CLOSE = "close"  # general 48 hours, others 5 working days
    UPDATE = "update"  # while waiting: an update every 48 hours


class MessageEvent(StrEnum):
    FOLLOW_UP = "follow_up"
    SERVICE_REMINDER = "service_reminder"
    APPOINTMENT_CONFIRMATION = "appointment_confirmation"
    APPOINTMENT_REMINDER = "appointment_reminder"
    READY_FOR_PICKUP = "ready_for_pickup"
    EXTRA_WORK = "extra_work"  # extra work waiting for the customer's answer


class MessageStatus(StrEnum):
    QUEUED = "queued"
    SENT = "sent"
    FAILED = "failed"


class AppointmentState(StrEnum):
    """An appointment (预约) from booking to arrival, no-show or cancellation."""

    BOOKED = "booked"
    ARRIVED = "arrived"  # turned into an intake (its work order is linked)
    NO_SHOW = "no_show"  # not come 30 minutes after the slot; reason recorded
    CANCELLED = "cancelled"  # cancelled or moved (a moved one points to its new booking)


class AppointmentSource(StrEnum):
    INBOUND = "inbound"  # the customer called
    OUTBOUND = "outbound"  # the shop called, from a due list


class ConfirmationOutcome(StrEnum):
    """What the reminder call or SMS brought back."""

    CONFIRMED = "confirmed"
    UNREACHABLE = "unreachable"
    WILL_BE_LATE = "late"
    WANTS_TO_MOVE = "move"
    CANCELS = "cancels"
    SMS_QUEUED = "sms"  # the day-before SMS went to the outbox
