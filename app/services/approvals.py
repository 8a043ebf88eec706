"""A manager's approval on the same screen (a discount beyond the limit, a refund, a void...).

The manager types a PIN (or scans the staff card) at the advisor's or cashier's desk:
:func:`grant_approval` checks it and answers an :class:`ApprovalGrant`, a small token signed
with the installation's secret that names the approver, the right and the subject (say
``order:42``). The desk hands the grant to the service call it approves; the service checks
it (:func:`check_grant`, via ``access.authorize``) inside its own transaction and stores the
approver with the action in the audit log. A grant is good for one subject and right, for
:data:`GRANT_LIFETIME` (an action kept offline and sent later still carries its approval),
and only while the approver still holds the right.

Wrong PINs count towards the account's lock like wrong passwords (:func:`check_secret`).
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.credentials import card_hash, is_card_code, verify_secret
from app.domain.enums import Role
from app.domain.errors import AccessDenied, SignInRefused
from app.domain.models import User
from app.domain.permissions import Permission, approvers, permissions_of
from app.domain.types import utcnow
from app.services.context import ServiceContext
from app.services.settings import installation_secret

GRANT_LIFETIME = timedelta(hours=24)
#: wrong secrets in a row that lock an account, and for how long (defaults of the settings
#: ``security.lockout_attempts`` / ``security.lockout_minutes``)
LOCKOUT_ATTEMPTS = 5
LOCKOUT_MINUTES = 15


@dataclass(frozen=True)
class ApprovalGrant:
    approver_id: int
    permission: str
    subject: str
    issued_at: str  # ISO 8601, UTC
    signature: str

    def payload(self) -> bytes:
        return f"{self.approver_id}|{self.permission}|{self.subject}|{self.issued_at}".encode()


def _sign(secret: bytes, payload: bytes) -> str:
    return hmac.new(secret, payload, hashlib.sha256).hexdigest()


def lockout_policy(session: Session) -> tuple[int, int]:
    """(attempts, minutes) from the settings, else the defaults."""
    from app.services.settings import get_setting

    try:
        attempts = int(get_setting(session, "security.lockout_attempts") or LOCKOUT_ATTEMPTS)
        minutes = int(get_setting(session, "security.lockout_minutes") or LOCKOUT_MINUTES)
    except ValueError:
        return LOCKOUT_ATTEMPTS, LOCKOUT_MINUTES
    return max(attempts, 1), max(minutes, 1)


def check_secret(session: Session, user: User, secret: str, stored: str | None) -> bool:
    """Compare ``secret`` with the user's ``stored`` hash, counting failures: after the
    policy's number of wrong tries in a row the account locks for a while. Returns whether
    it matched; raises :class:`SignInRefused` (``locked``/``inactive``) without comparing
    when the account cannot be used. The caller commits the count even on a mismatch."""
    now = utcnow()
    if not user.active:
        raise SignInRefused("inactive", "this account is switched off")
    if user.locked_until is not None and user.locked_until > now:
        raise SignInRefused(
            "locked", "too many wrong tries: the account is locked", until=user.locked_until
        )
    if verify_secret(stored, secret):
        user.failed_attempts = 0
        user.locked_until = None
        return True
    attempts, minutes = lockout_policy(session)
    user.failed_attempts = (user.failed_attempts or 0) + 1
    if user.failed_attempts >= attempts:
        user.locked_until = now + timedelta(minutes=minutes)
        user.failed_attempts = 0
    return False


def find_by_card(session: Session, scanned: str) -> User | None:
    return session.scalar(select(User).where(User.card_hash == card_hash(scanned)))


def grant_approval(
    ctx: ServiceContext,
    permission: Permission,
    subject: str,
    *,
    who: str,
    pin: str = "",
) -> ApprovalGrant:
    """A manager approves ``permission`` on ``subject`` at this desk: ``who`` is the
    manager's login (with ``pin``) or the scanned staff card (no PIN needed). Refused
    (``SignInRefused`` / ``AccessDenied``) unless the approver holds the right; nothing but
    the failed-try count and the audit entry is written."""
    from app.services.access import roles_of
    from app.services.audit import audit

    refusal: Exception | None = None
    grant: ApprovalGrant | None = None
    with ctx.db.write() as session:
        if is_card_code(who):
            user = find_by_card(session, who)
            ok = user is not None and user.active
            if user is not None and not user.active:
                refusal = SignInRefused("inactive", "this account is switched off")
        else:
            user = session.scalar(select(User).where(User.login == who.strip()))
            ok = False
            if user is not None:
                try:
                    ok = check_secret(session, user, pin, user.pin_hash)
                except SignInRefused as err:
                    refusal = err
        if refusal is None and (user is None or not ok):
            refusal = SignInRefused("bad_credentials", "wrong login, PIN or card")
        if refusal is None and user is not None:
            roles = roles_of(session, user.id)
            if permission not in permissions_of(roles):
                refusal = AccessDenied(permission.value, tuple(sorted(r.value for r in roles)))
        if refusal is None and user is not None:
            issued = utcnow().isoformat()
            unsigned = ApprovalGrant(user.id, permission.value, subject, issued, "")
            grant = ApprovalGrant(
                user.id,
                permission.value,
                subject,
                issued,
                _sign(installation_secret(session), unsigned.payload()),
            )
        audit(
            session,
            ctx,
            "approval.granted" if grant else "approval.refused",
            "user",
            user.id if user else None,
            summary=f"{permission.value} on {subject}",
            approver=user if grant else None,
            approval=permission if grant else None,
        )
    if refusal is not None:
        raise refusal
    assert grant is not None
    return grant


def check_grant(
    session: Session,
    ctx: ServiceContext,
    grant: ApprovalGrant,
    permission: Permission,
    subject: str,
) -> User:
    """The approver of a valid ``grant`` for ``permission`` on ``subject``; else
    :class:`AccessDenied` (forged, for another action, expired, approver without the right)."""
    from app.services.access import roles_of

    denied = AccessDenied(permission.value, (), approvable=True)
    expected = _sign(installation_secret(session), grant.payload())
    if not hmac.compare_digest(expected, grant.signature):
        raise denied
    if grant.permission != permission.value or grant.subject != subject:
        raise denied
    try:
        issued = datetime.fromisoformat(grant.issued_at)
    except ValueError:
        raise denied from None
    if not (issued <= utcnow() + timedelta(minutes=5) and utcnow() - issued <= GRANT_LIFETIME):
        raise denied
    approver = session.get(User, grant.approver_id)
    if approver is None or permission not in permissions_of(roles_of(session, approver.id)):
        raise denied
    return approver


def approver_roles(permission: Permission) -> list[Role]:
    """Roles whose holders may approve ``permission`` (the desk names them when asking)."""
    return approvers(permission)
