"""The setup desk's staff page: who works here, with which roles, and how they sign in.

Every call needs :attr:`Permission.MANAGE_STAFF` (managers and admins), except what anyone
may do to their own account: change their password (typing the current one), their PIN and
their interface language. Secrets are stored only as argon2 hashes (passwords, PINs) or a
SHA-256 of the staff card's random code; the audit log records that they changed, never
what they are.

Two rules keep the shop from locking itself out: the last active admin who can sign in
cannot be switched off or lose the admin role, and nobody switches themselves off.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import exists, func, or_, select, text, true
from sqlalchemy.orm import Session

from app.domain.credentials import card_hash, hash_secret, new_card_secret
from app.domain.enums import Role
from app.domain.errors import (
    ChangeNote,
    ConflictError,
    NotFound,
    RuleViolation,
    ValidationError,
    ValidationErrors,
)
from app.domain.models import DEFAULT_BRANCH_ID, AuditEntry, User, UserRole
from app.domain.permissions import Permission
from app.domain.types import utcnow
from app.services import access
from app.services.approvals import check_secret
from app.services.audit import audit
from app.services.context import ServiceContext, locked
from app.services.people import SYSTEM_LOGIN
from app.services.staff_rules import (
    check_extra_roles,
    check_language,
    check_login,
    check_name,
    check_password,
    check_pin,
    check_role,
    checked,
    raise_if,
    role_order,
    valid,
)

#: PostgreSQL advisory lock held by every change to who is staff, with which roles: two
#: managers switching off the last two admins at once, or two stations creating the first
#: admin, queue instead of both passing their check (SQLite writers queue anyway)
_STAFF_LOCK = 0x5742_5354
#: the audit actions that bump a user's version (named in a conflict)
_EDIT_ACTIONS = (
    "user.create",
    "user.update",
    "user.password",
    "user.pin",
    "user.card",
    "user.unlock",
)


@dataclass(frozen=True)
class StaffView:
    """A member of staff as the setup desk shows them (no secrets, only whether set)."""

    id: int
    login: str
    name: str
    role: Role
    roles: tuple[Role, ...]  # the main role first
    language: str | None
    active: bool
    has_password: bool
    has_pin: bool
    has_card: bool
    #: when a lock for wrong tries ends; None when the account is not locked now
    locked_until: datetime | None
    version: int


def staff_view(user: User) -> StaffView:
    now = utcnow()
    return StaffView(
        id=user.id,
        login=user.login,
        name=user.name,
        role=Role(user.role),
        roles=(Role(user.role), *sorted(user.roles - {user.role}, key=role_order)),
        language=user.language,
        active=bool(user.active),
        has_password=user.password_hash is not None,
        has_pin=user.pin_hash is not None,
        has_card=user.card_hash is not None,
        locked_until=user.locked_until if user.locked_until and user.locked_until > now else None,
        version=user.version,
    )


# -- database helpers -------------------------------------------------------------------


def serialize_staff_changes(session: Session) -> None:
    """Hold the staff lock until the transaction ends (PostgreSQL; SQLite writers queue)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _STAFF_LOCK})


def find_login(session: Session, login: str) -> User | None:
    """The user with this login, exact first, else ignoring case."""
    login = login.strip()
    if not login:
        return None
    user = session.scalar(select(User).where(User.login == login))
    if user is None:
        user = session.scalars(
            select(User).where(func.lower(User.login) == login.lower()).order_by(User.id)
        ).first()
    return user


def check_unique(
    session: Session,
    errors: list[ValidationError],
    *,
    login: str | None = None,
    name: str | None = None,
    exclude_id: int | None = None,
) -> None:
    """Logins and names are unique regardless of case (``Li.Na`` and ``li.na`` would be
    the same person on the audit log)."""
    others = User.id != exclude_id if exclude_id is not None else true()
    if login is not None and session.scalar(
        select(User.id).where(func.lower(User.login) == login.lower(), others).limit(1)
    ):
        errors.append(ValidationError("login", "taken", f"the login {login!r} is taken", login))
    if name is not None and session.scalar(
        select(User.id).where(func.lower(User.name) == name.lower(), others).limit(1)
    ):
        errors.append(ValidationError("name", "taken", f"{name!r} is already on staff", name))


def _signs_in_as_admin(user: User) -> bool:
    return (
        bool(user.active)
        and user.password_hash is not None
        and user.login != SYSTEM_LOGIN
        and Role.ADMIN in user.roles
    )


def _other_admins(session: Session, user_id: int) -> int:
    """Active admins other than ``user_id`` who can sign in."""
    extra_admin = exists().where(UserRole.user_id == User.id, UserRole.role == Role.ADMIN)
    return int(
        session.scalar(
            select(func.count(User.id)).where(
                User.id != user_id,
                User.active.is_(True),
                User.password_hash.is_not(None),
                User.login != SYSTEM_LOGIN,
                or_(User.role == Role.ADMIN, extra_admin),
            )
        )
        or 0
    )


def _load(session: Session, user_id: int, *, for_update: bool = False) -> User:
    user = locked(session, User, user_id) if for_update else session.get(User, user_id)
    if user is None or user.login == SYSTEM_LOGIN:
        raise NotFound("user", user_id)
    return user


def _changes_since(session: Session, user_id: int, version: int, actual: int) -> list[ChangeNote]:
    """The setup desk's edits of the user since ``version`` (each one bumped it by one)."""
    count = max(actual - version, 0)
    if not count:
        return []
    rows = session.scalars(
        select(AuditEntry)
        .where(
            AuditEntry.entity == "user",
            AuditEntry.entity_id == user_id,
            AuditEntry.action.in_(_EDIT_ACTIONS),
        )
        .order_by(AuditEntry.id.desc())
        .limit(count)
    ).all()
    return [
        ChangeNote(actual - i, e.action, e.summary, e.user_name, e.station_name, e.at)
        for i, e in enumerate(rows)
    ][::-1]


def _bump(user: User) -> None:
    user.version = (user.version or 0) + 1


def _set_extra_roles(user: User, roles: Iterable[Role]) -> None:
    """Keep the rows of roles that stay (a same-key delete + insert would collide)."""
    wanted = {r for r in roles if r != user.role}
    for row in list(user.extra_roles):
        if row.role not in wanted:
            user.extra_roles.remove(row)
    have = {row.role for row in user.extra_roles}
    for role in sorted(wanted - have, key=role_order):
        user.extra_roles.append(UserRole(role=role))


def _record(user: User) -> dict[str, Any]:
    return {
        "login": user.login,
        "name": user.name,
        "role": user.role,
        "roles": sorted(r.value for r in user.roles),
        "language": user.language,
        "active": bool(user.active),
    }


# -- the staff page ---------------------------------------------------------------------


def list_staff(ctx: ServiceContext, include_inactive: bool = True) -> list[StaffView]:
    with ctx.db.read() as session:
        access.require(session, ctx, Permission.MANAGE_STAFF)
        stmt = select(User).where(User.login != SYSTEM_LOGIN).order_by(User.name)
        if not include_inactive:
            stmt = stmt.where(User.active.is_(True))
        return [staff_view(u) for u in session.scalars(stmt)]


def get_staff(ctx: ServiceContext, user_id: int) -> StaffView:
    """One member of staff (anyone may see their own account)."""
    with ctx.db.read() as session:
        if user_id != ctx.actor.user_id:
            access.require(session, ctx, Permission.MANAGE_STAFF)
        return staff_view(_load(session, user_id))


def add_user(
    ctx: ServiceContext,
    login: str,
    name: str,
    role: Role | str,
    *,
    extra_roles: Iterable[Role | str] = (),
    language: str | None = None,
    password: str | None = None,
    pin: str | None = None,
) -> StaffView:
    """A new member of staff; without a password they cannot sign in yet (set it later)."""
    errors: list[ValidationError] = []
    login = checked(errors, check_login, login)
    name = checked(errors, check_name, name)
    main = checked(errors, check_role, role)
    extras = check_extra_roles(errors, extra_roles, main)
    language = checked(errors, check_language, language)
    if password is not None:
        checked(errors, check_password, password)
    if pin is not None:
        pin = checked(errors, check_pin, pin)
    raise_if(errors)
    # argon2 takes a while: hash before the transaction, not while holding the staff lock
    password_hash = hash_secret(password) if password else None
    pin_hash = hash_secret(pin) if pin else None
    with ctx.db.write() as session:
        access.require(session, ctx, Permission.MANAGE_STAFF)
        serialize_staff_changes(session)
        check_unique(session, errors, login=login, name=name)
        raise_if(errors)
        user = User(
            login=login,
            name=name,
            role=main,
            language=language,
            password_hash=password_hash,
            pin_hash=pin_hash,
            branch_id=ctx.actor.branch_id or DEFAULT_BRANCH_ID,
            active=True,
            version=1,
        )
        user.extra_roles = [UserRole(role=r) for r in extras]
        session.add(user)
        session.flush()
        audit(
            session,
            ctx,
            "user.create",
            "user",
            user.id,
            summary=f"added {name} ({login})",
            after={**_record(user), "has_password": bool(password_hash), "has_pin": bool(pin)},
        )
        return staff_view(user)


def update_user(
    ctx: ServiceContext,
    user_id: int,
    version: int,
    *,
    name: str | None = None,
    role: Role | str | None = None,
    extra_roles: Iterable[Role | str] | None = None,
    language: str | None = None,
    active: bool | None = None,
) -> StaffView:
    """Change what is given (``None`` leaves a field; ``language=""`` clears it, so the
    station's language applies). Refused with :class:`ConflictError` when someone saved
    the user since ``version``. Anyone may change their own language."""
    own_language_only = (
        user_id == ctx.actor.user_id
        and language is not None
        and name is None
        and role is None
        and extra_roles is None
        and active is None
    )
    errors: list[ValidationError] = []
    if name is not None:
        name = checked(errors, check_name, name)
    main = checked(errors, check_role, role) if role is not None else None
    new_language = checked(errors, check_language, language) if language is not None else None
    with ctx.db.write() as session:
        if not own_language_only:
            access.require(session, ctx, Permission.MANAGE_STAFF)
        serialize_staff_changes(session)
        user = _load(session, user_id, for_update=True)
        if user.version != version:
            raise ConflictError(
                "user",
                user.id,
                version,
                user.version,
                _changes_since(session, user.id, version, user.version),
            )
        new_main = main or user.role
        extras = (
            check_extra_roles(errors, extra_roles, new_main)
            if extra_roles is not None
            else tuple(r.role for r in user.extra_roles if r.role != new_main)
        )
        if name is not None:
            check_unique(session, errors, name=name, exclude_id=user.id)
        raise_if(errors)
        if active is False and user.id == ctx.actor.user_id:
            raise RuleViolation("deactivate_self", "you cannot switch off your own account")
        before = _record(user)
        was_admin = _signs_in_as_admin(user)
        if name is not None:
            user.name = name
        if main is not None:
            user.role = main
        if main is not None or extra_roles is not None:
            _set_extra_roles(user, extras)
        if language is not None:
            user.language = new_language
        if active is not None:
            user.active = active
        session.flush()
        if was_admin and not _signs_in_as_admin(user) and _other_admins(session, user.id) == 0:
            raise RuleViolation(
                "last_admin",
                f"{before['name']} is the last active admin: give another member of staff "
                "the admin role first",
                user=before["name"],
            )
        after = _record(user)
        changed = [k for k in after if after[k] != before[k]]
        if changed:
            _bump(user)
            audit(
                session,
                ctx,
                "user.update",
                "user",
                user.id,
                summary=f"{user.name}: {', '.join(changed)}",
                before={k: before[k] for k in changed},
                after={k: after[k] for k in changed},
            )
        return staff_view(user)


def set_password(
    ctx: ServiceContext, user_id: int, password: str, *, current: str | None = None
) -> None:
    """A new password. One's own needs the ``current`` one (a wrong one counts as a failed
    try, like at sign-in); someone else's needs the right to manage staff."""
    own = user_id == ctx.actor.user_id
    password = valid(check_password, password)
    new_hash = hash_secret(password)
    wrong_current = False
    with ctx.db.write() as session:
        if not own:
            access.require(session, ctx, Permission.MANAGE_STAFF)
        user = _load(session, user_id, for_update=True)
        wrong_current = own and not _current_password_ok(session, ctx, user, current, "password")
        if not wrong_current:
            before = user.password_hash is not None
            user.password_hash = new_hash
            _bump(user)
            audit(
                session,
                ctx,
                "user.password",
                "user",
                user.id,
                summary=f"{user.name}: password {'changed' if before else 'set'}",
                before={"has_password": before},
                after={"has_password": True},
            )
    if wrong_current:
        # the failed try above is committed; the new password is not
        raise ValidationErrors(
            [ValidationError("current", "wrong_password", "the current password is wrong")]
        )


def _current_password_ok(
    session: Session, ctx: ServiceContext, user: User, current: str | None, what: str
) -> bool:
    """Changing one's own password or PIN takes the current password (someone at a station
    left signed in must not make the PIN, a manager's approval, theirs). A wrong one counts
    as a failed try; the caller commits that and refuses."""
    if user.password_hash is None:
        return True
    if not current:
        raise ValidationErrors([ValidationError("current", "required", "this field is required")])
    if check_secret(session, user, current, user.password_hash):
        return True
    audit(
        session,
        ctx,
        "sign_in.failed",
        "user",
        user.id,
        summary=f"wrong current password when changing the {what}",
    )
    return False


def set_pin(ctx: ServiceContext, user_id: int, pin: str, *, current: str | None = None) -> None:
    """A new PIN (switching user at a shared counter, a manager's approval). One's own needs
    the ``current`` password; someone else's needs the right to manage staff."""
    own = user_id == ctx.actor.user_id
    pin = valid(check_pin, pin)
    new_hash = hash_secret(pin)
    with ctx.db.write() as session:
        if not own:
            access.require(session, ctx, Permission.MANAGE_STAFF)
        user = _load(session, user_id, for_update=True)
        wrong_current = own and not _current_password_ok(session, ctx, user, current, "PIN")
        if not wrong_current:
            _store_pin(session, ctx, user, new_hash)
    if wrong_current:
        raise ValidationErrors(
            [ValidationError("current", "wrong_password", "the current password is wrong")]
        )


def _store_pin(session: Session, ctx: ServiceContext, user: User, new_hash: str) -> None:
    before = user.pin_hash is not None
    user.pin_hash = new_hash
    _bump(user)
    audit(
        session,
        ctx,
        "user.pin",
        "user",
        user.id,
        summary=f"{user.name}: PIN {'changed' if before else 'set'}",
        before={"has_pin": before},
        after={"has_pin": True},
    )


def issue_card(ctx: ServiceContext, user_id: int) -> str:
    """A new staff card: returns the code its QR carries (print it now: only its hash is
    kept). The previous card stops working."""
    code = new_card_secret()
    with ctx.db.write() as session:
        access.require(session, ctx, Permission.MANAGE_STAFF)
        user = _load(session, user_id, for_update=True)
        before = user.card_hash is not None
        user.card_hash = card_hash(code)
        _bump(user)
        audit(
            session,
            ctx,
            "user.card",
            "user",
            user.id,
            summary=f"{user.name}: {'new' if before else 'first'} staff card issued",
            before={"has_card": before},
            after={"has_card": True},
        )
    return code


def unlock_account(ctx: ServiceContext, user_id: int) -> None:
    """Lift a lock for wrong tries now (and forget the tries so far)."""
    with ctx.db.write() as session:
        access.require(session, ctx, Permission.MANAGE_STAFF)
        user = _load(session, user_id, for_update=True)
        was_locked = user.locked_until is not None and user.locked_until > utcnow()
        user.locked_until = None
        user.failed_attempts = 0
        _bump(user)
        audit(
            session,
            ctx,
            "user.unlock",
            "user",
            user.id,
            summary=f"{user.name}: account unlocked",
            before={"locked": was_locked},
            after={"locked": False},
        )
