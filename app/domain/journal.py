"""The names of what Workbay journals: every action an order's journal (``OrderEvent``)
records, and every action the audit log records (an order's as ``order.<action>``).

These are the one list the screens name in the user's language (``ui.common.labels``):
a test reads every ``touch(...)`` and ``audit(...)`` call in ``app/`` and fails on an action
not listed here, and another fails on a listed action without a name in both languages.
A new action is added here first.
"""

from __future__ import annotations

from enum import StrEnum


class OrderAction(StrEnum):
    """What was done to an order (``OrderEvent.action``; the state machine's actions too)."""

    INTAKE = "intake"
    ESTIMATE = "estimate"
    INSPECTION = "inspection"
    DETAILS = "details"
    APPROVE = "approve"
    ASSIGN = "assign"
    REASSIGN = "reassign"
    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    FINISH = "finish"
    QC_PASS = "qc_pass"
    QC_FAIL = "qc_fail"
    EXTRA_WORK = "extra_work"
    EXTRA_WORK_APPROVED = "extra_work_approved"
    EXTRA_WORK_DECLINED = "extra_work_declined"
    LINE_UPDATE = "line_update"
    LINE_REMOVE = "line_remove"
    CANCEL = "cancel"
    SETTLE = "settle"
    VOID_SETTLEMENT = "void_settlement"
    PAY = "pay"
    REFUND = "refund"
    RELEASE = "release"
    REOPEN = "reopen"
    REWORKED = "reworked"
    NEXT_SERVICE = "next_service"
    LEGAL_FACTS = "legal_facts"
    CERTIFICATE = "certificate"


class AuditAction(StrEnum):
    """What the audit log records besides an order's actions."""

    SIGN_IN = "sign_in"
    SIGN_IN_FAILED = "sign_in.failed"
    SIGN_IN_SWITCH = "sign_in.switch"
    SIGN_IN_UNLOCK = "sign_in.unlock"
    USER_CREATE = "user.create"
    USER_UPDATE = "user.update"
    USER_PASSWORD = "user.password"
    USER_PIN = "user.pin"
    USER_CARD = "user.card"
    USER_UNLOCK = "user.unlock"
    APPROVAL_GRANTED = "approval.granted"
    APPROVAL_REFUSED = "approval.refused"
    CUSTOMER_CREATE = "customer.create"
    CUSTOMER_UPDATE = "customer.update"
    ASSET_CREATE = "asset.create"
    ASSET_UPDATE = "asset.update"
    ASSET_TRANSFER = "asset.transfer"
    CATALOG_CREATE = "catalog.create"
    CATALOG_UPDATE = "catalog.update"
    CATALOG_ACTIVATE = "catalog.activate"
    CATALOG_DEACTIVATE = "catalog.deactivate"
    CATALOG_IMPORT = "catalog.import"
    SETTINGS_UPDATE = "settings.update"
    CHECKLIST_UPDATE = "checklist.update"
    COMPLAINT_RECORD = "complaint.record"
    COMPLAINT_NOTE = "complaint.note"
    COMPLAINT_STEP = "complaint.step"
    COMPLAINT_HANDOVER = "complaint.handover"
    COMPLAINT_WAIT = "complaint.wait"
    COMPLAINT_RESUME = "complaint.resume"
    COMPLAINT_REOPEN = "complaint.reopen"
    COMPLAINT_ESCALATE = "complaint.escalate"
    APPOINTMENT_BOOK = "appointment.book"
    APPOINTMENT_CANCEL = "appointment.cancel"
    APPOINTMENT_MOVE = "appointment.move"
    APPOINTMENT_CONFIRM = "appointment.confirm"
    APPOINTMENT_NO_SHOW = "appointment.no_show"
    APPOINTMENT_ARRIVE = "appointment.arrive"
    MESSAGE_TEMPLATE = "message.template"
    MESSAGE_QUEUE = "message.queue"
    MESSAGE_SEND = "message.send"
    CUSTOMER_CONSENT = "customer.consent"
    CUSTOMER_EXPORT = "customer.export"
    CUSTOMER_ANONYMISE = "customer.anonymise"


#: an order's actions in the audit log: ``order.`` + :class:`OrderAction`
ORDER_PREFIX = "order."


def audit_actions() -> frozenset[str]:
    """Every action the audit log can hold."""
    return frozenset({ORDER_PREFIX + a for a in OrderAction} | set(AuditAction))


def order_action(audit_action: str) -> OrderAction | None:
    """The order's action an audit action records (``order.pause`` -> PAUSE), else None."""
    if not audit_action.startswith(ORDER_PREFIX):
        return None
    try:
        return OrderAction(audit_action.removeprefix(ORDER_PREFIX))
    except ValueError:
        return None
