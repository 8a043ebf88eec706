"""Who may do what: every right of the front desk, and which roles hold it, declared once.

Services enforce these (``app.services.access.authorize``); the desktop only greys out what
the signed-in user may not do, which is a convenience, never the check.

Some actions are allowed to a role *with a manager's approval* on the same screen: the
actor holds the action's base right (a cashier takes payments) and a holder of the higher
right (the service manager) approves this one action by PIN or staff card
(``app.services.approvals``). :data:`APPROVABLE` says which; the approval is stored with
the action in the audit log.
"""

from __future__ import annotations

from enum import StrEnum

from app.domain.enums import Role


class Permission(StrEnum):
    # reading: lookup, board, order and customer files, printing what exists
    VIEW = "view"
    # customers and their vehicles / devices
    EDIT_CUSTOMERS = "edit_customers"
    # reception: intake, inspection, details of the visit, the customer's signature
    INTAKE = "intake"
    # estimate and order lines (add, change, remove) before settlement
    EDIT_LINES = "edit_lines"
    # workshop: report extra work (增项) found on the job
    PROPOSE_EXTRA_WORK = "propose_extra_work"
    # record the customer's answer to extra work
    DECIDE_EXTRA_WORK = "decide_extra_work"
    # give a job to a technician
    ASSIGN = "assign"
    # start, pause, resume, finish a job
    WORK = "work"
    # final inspection before delivery (质检)
    QUALITY_CHECK = "quality_check"
    # cancel an order with no work done; reopen for rework; next service
    CANCEL = "cancel"
    REOPEN = "reopen"
    # payer and discount of a line within the role's limit
    DISCOUNT = "discount"
    # cashier
    SETTLE = "settle"
    PAY = "pay"
    RELEASE = "release"
    # rights that others may use only with the approval of a holder
    DISCOUNT_OVER_LIMIT = "discount_over_limit"
    PRICE_BELOW_CATALOG = "price_below_catalog"
    REFUND = "refund"
    VOID_SETTLEMENT = "void_settlement"
    RELEASE_ON_ACCOUNT = "release_on_account"
    CANCEL_WITH_WORK = "cancel_with_work"
    # setup desk
    SETUP = "setup"  # shop profile, settings, checklists, payment methods
    EDIT_CATALOG = "edit_catalog"
    MANAGE_STAFF = "manage_staff"
    VIEW_AUDIT = "view_audit"
    # customer care: follow-up calls, due lists, value classes (回访 / 客服)
    FOLLOW_UP = "follow_up"
    # complaints (投诉): record, work through the steps, hand over; messages to customers
    COMPLAINTS = "complaints"
    MESSAGES = "messages"
    # PIPL requests: export or anonymise a customer
    PRIVACY_REQUESTS = "privacy_requests"
    # appointments (预约): book, move, cancel, record reminders and no-shows
    APPOINTMENTS = "appointments"
    # book into a slot whose capacity is used up (others: with a manager's approval)
    OVERBOOK = "overbook"


P = Permission

#: the higher right -> the base right an actor needs to do it with a manager's approval
APPROVABLE: dict[Permission, Permission] = {
    P.DISCOUNT_OVER_LIMIT: P.DISCOUNT,
    P.PRICE_BELOW_CATALOG: P.EDIT_LINES,
    P.REFUND: P.PAY,
    P.VOID_SETTLEMENT: P.SETTLE,
    P.RELEASE_ON_ACCOUNT: P.RELEASE,
    P.CANCEL_WITH_WORK: P.CANCEL,
    P.OVERBOOK: P.APPOINTMENTS,
}

_DESK = {P.VIEW}
_RECEPTION = {
    P.EDIT_CUSTOMERS,
    P.COMPLAINTS,  # a complaint made at the counter is recorded there (首问负责制)
    P.MESSAGES,  # ready for pickup, extra work waiting for the customer's answer
    P.INTAKE,
    P.EDIT_LINES,
    P.PROPOSE_EXTRA_WORK,
    P.DECIDE_EXTRA_WORK,
    P.ASSIGN,
    P.CANCEL,
    P.REOPEN,
    P.DISCOUNT,
    P.APPOINTMENTS,
}
_WORKSHOP = {P.WORK, P.PROPOSE_EXTRA_WORK}
_CASHIER = {P.SETTLE, P.PAY, P.RELEASE, P.DISCOUNT, P.EDIT_CUSTOMERS}

#: every role's rights. A 一类 shop keeps reception and settlement apart (机动车维修管理规定):
#: the advisor does not settle or take money, the cashier does not take in cars.
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADVISOR: frozenset(_DESK | _RECEPTION),
    Role.TECHNICIAN: frozenset(_DESK | _WORKSHOP),
    Role.TEAM_LEAD: frozenset(_DESK | _WORKSHOP | {P.ASSIGN, P.QUALITY_CHECK}),
    Role.INSPECTOR: frozenset(_DESK | {P.QUALITY_CHECK, P.PROPOSE_EXTRA_WORK, P.REOPEN}),
    Role.CASHIER: frozenset(_DESK | _CASHIER),
    Role.PARTS: frozenset(_DESK | {P.EDIT_CATALOG}),
    Role.FOLLOW_UP: frozenset(
        _DESK | {P.EDIT_CUSTOMERS, P.FOLLOW_UP, P.COMPLAINTS, P.MESSAGES, P.APPOINTMENTS}
    ),
    Role.MANAGER: frozenset(
        _DESK
        | _RECEPTION
        | _WORKSHOP
        | _CASHIER
        | {P.QUALITY_CHECK, *APPROVABLE}
        | {P.SETUP, P.EDIT_CATALOG, P.MANAGE_STAFF, P.VIEW_AUDIT, P.FOLLOW_UP}
        | {P.COMPLAINTS, P.MESSAGES, P.PRIVACY_REQUESTS}
    ),
    Role.ADMIN: frozenset(
        _DESK | {P.SETUP, P.EDIT_CATALOG, P.MANAGE_STAFF, P.VIEW_AUDIT, P.PRIVACY_REQUESTS}
    ),
}


def permissions_of(roles: set[Role] | frozenset[Role]) -> frozenset[Permission]:
    found: set[Permission] = set()
    for role in roles:
        found |= ROLE_PERMISSIONS[role]
    return frozenset(found)


def may(roles: set[Role] | frozenset[Role], permission: Permission) -> bool:
    return any(permission in ROLE_PERMISSIONS[r] for r in roles)


def may_with_approval(roles: set[Role] | frozenset[Role], permission: Permission) -> bool:
    """The roles lack ``permission`` but may use it once a holder approves."""
    base = APPROVABLE.get(permission)
    return base is not None and not may(roles, permission) and may(roles, base)


def approvers(permission: Permission) -> list[Role]:
    """Roles whose holders may approve ``permission`` for someone else."""
    return [r for r, perms in ROLE_PERMISSIONS.items() if permission in perms]
