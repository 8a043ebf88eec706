"""The permission check every service makes first, inside its own transaction.

``authorize(session, ctx, Permission.REFUND, approval=grant, subject=f"order:{id}")`` reads
the acting user's roles from the database (so a user deactivated a minute ago, or an
action kept offline and replayed later, is checked against the rights as they are now) and
either returns, returns the approving manager, or raises :class:`AccessDenied` naming the
missing right. Nothing has been written when it raises.
"""

from __future__ import annotations

from sqlalchemy import select, union_all
from sqlalchemy.orm import Session

from app.domain.enums import Role
from app.domain.errors import AccessDenied
from app.domain.models import User, UserRole
from app.domain.permissions import Permission, may, may_with_approval
from app.services.approvals import ApprovalGrant, check_grant
from app.services.context import ServiceContext

_ROLES_KEY = "workbay_actor_roles"


def roles_of(session: Session, user_id: int) -> frozenset[Role]:
    """The roles of an active user (none for an inactive or unknown one): one statement,
    remembered for the rest of the transaction."""
    cache: dict[int, frozenset[Role]] = session.info.setdefault(_ROLES_KEY, {})
    if user_id in cache:
        return cache[user_id]
    main = select(User.role.label("role")).where(User.id == user_id, User.active.is_(True))
    extra = (
        select(UserRole.role.label("role"))
        .join(User, User.id == UserRole.user_id)
        .where(UserRole.user_id == user_id, User.active.is_(True))
    )
    roles = frozenset(Role(r) for r in session.scalars(union_all(main, extra)))
    cache[user_id] = roles
    return roles


def authorize(
    session: Session,
    ctx: ServiceContext,
    permission: Permission,
    *,
    approval: ApprovalGrant | None = None,
    subject: str = "",
) -> User | None:
    """Refuse unless the actor holds ``permission``; for an approvable right, a valid
    ``approval`` for this ``subject`` from a holder lets the actor through. Returns the
    approver (to be stored with the action) or ``None``."""
    roles = roles_of(session, ctx.actor.user_id)
    if may(roles, permission):
        return None
    if may_with_approval(roles, permission):
        if approval is None:
            raise AccessDenied(permission.value, _names(roles), approvable=True)
        return check_grant(session, ctx, approval, permission, subject)
    raise AccessDenied(permission.value, _names(roles))


def require(session: Session, ctx: ServiceContext, *permissions: Permission) -> None:
    """Refuse unless the actor holds every one of ``permissions`` (no approval possible)."""
    roles = roles_of(session, ctx.actor.user_id)
    for permission in permissions:
        if not may(roles, permission):
            raise AccessDenied(permission.value, _names(roles))


def holds(session: Session, ctx: ServiceContext, permission: Permission) -> bool:
    return may(roles_of(session, ctx.actor.user_id), permission)


def _names(roles: frozenset[Role]) -> tuple[str, ...]:
    return tuple(sorted(r.value for r in roles))
