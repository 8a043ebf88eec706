"""Signing in: the owner's first start, a password at the station, switching user at a
shared counter (PIN or staff card) and unlocking a station that locked itself when idle.

No right is needed for any of these (they are how one gets rights). Each is one
transaction that also registers the station, counts a wrong secret towards the account's
lock (``approvals.check_secret``) and writes the audit log; a refusal is raised only after
that count and the ``sign_in.failed`` entry are committed. A login that does not exist
costs the same argon2 verification as a wrong password, so the time of an answer does not
tell which logins exist.

There is no built-in account or default password: while no one who can sign in holds the
admin or manager role (:func:`needs_first_start`), the station guides the owner through
:func:`create_first_admin`.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any, TypeVar

from sqlalchemy import exists, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.domain.credentials import hash_secret, is_card_code, needs_rehash, verify_secret
from app.domain.enums import Role
from app.domain.errors import (
    NotFound,
    RuleViolation,
    SignInRefused,
    ValidationError,
    ValidationErrors,
)
from app.domain.models import DEFAULT_BRANCH_ID, Station, User, UserRole
from app.domain.types import utcnow
from app.domain.validation import check_text
from app.services.approvals import check_secret, find_by_card
from app.services.audit import audit
from app.services.context import Actor, ServiceContext
from app.services.people import SYSTEM_LOGIN, register_station
from app.services.settings import get_setting, installation_secret
from app.services.staff import (
    StaffView,
    check_language,
    check_login,
    check_name,
    check_password,
    check_pin,
    check_unique,
    find_login,
    serialize_staff_changes,
    staff_view,
)

T = TypeVar("T")
IDLE_LOCK_KEY = "security.idle_lock_minutes"
IDLE_LOCK_MINUTES = 10
#: the longest idle time a shop may set (a day); 0 means the station never locks
IDLE_LOCK_MAX = 24 * 60
#: the roles that can run the setup desk; first start ends once someone holding one can
#: sign in
OWNER_ROLES = (Role.ADMIN, Role.MANAGER)


@dataclass(frozen=True)
class SignedIn:
    """Who is now signed in at the station: the context for service calls, and the user."""

    ctx: ServiceContext
    user: StaffView


@cache
def _dummy_hash() -> str:
    """A hash of a random secret nobody knows: verified against when the login is unknown
    (or has no secret), so that refusal takes as long as a wrong password."""
    return hash_secret(secrets.token_urlsafe(24))


def _bad_credentials(what: str = "login or password") -> SignInRefused:
    return SignInRefused("bad_credentials", f"wrong {what}")


def _context(db: Database, user: User, station: Station) -> ServiceContext:
    return ServiceContext(db, Actor(user.id, station.id, user.branch_id or DEFAULT_BRANCH_ID))


def _station_context(db: Database, station: Station) -> ServiceContext:
    """Who acts when nobody is signed in yet (the audit entry of a failed try names the
    account that was tried, or no one)."""
    return ServiceContext(db, Actor(0, station.id, station.branch_id or DEFAULT_BRANCH_ID))


def _owner_can_sign_in(session: Session) -> bool:
    extra = exists().where(UserRole.user_id == User.id, UserRole.role.in_(OWNER_ROLES))
    return (
        session.scalar(
            select(User.id)
            .where(
                User.active.is_(True),
                User.password_hash.is_not(None),
                User.login != SYSTEM_LOGIN,
                or_(User.role.in_(OWNER_ROLES), extra),
            )
            .limit(1)
        )
        is not None
    )


def needs_first_start(db: Database) -> bool:
    """True while nobody who can sign in (active, with a password) is an admin or manager:
    the station then asks for the owner's account instead of a sign-in."""
    with db.read() as session:
        return not _owner_can_sign_in(session)


def _collect(errors: list[ValidationError], check: Callable[[Any], T], value: Any) -> T:
    try:
        return check(value)
    except ValidationError as err:
        errors.append(err)
        return value


def _check_station(raw: str) -> str:
    return check_text(raw, "station", 60, required=True)


def _check_desk(raw: str | None) -> str | None:
    return check_text(raw, "desk", 20) or None


def create_first_admin(
    db: Database,
    station_name: str,
    *,
    login: str,
    name: str,
    password: str,
    pin: str | None = None,
    language: str | None = None,
) -> SignedIn:
    """The owner's account on a new installation (roles admin and manager), signed in at
    this station. Only while :func:`needs_first_start`: when two stations try at once one
    wins and the other is refused (``RuleViolation("already_set_up")``), writing nothing."""
    errors: list[ValidationError] = []
    station_name = _collect(errors, _check_station, station_name)
    login = _collect(errors, check_login, login)
    name = _collect(errors, check_name, name)
    _collect(errors, check_password, password)
    pin = _collect(errors, check_pin, pin) if pin is not None else None
    language = _collect(errors, check_language, language)
    if errors:
        raise ValidationErrors(errors)
    password_hash = hash_secret(password)
    pin_hash = hash_secret(pin) if pin is not None else None
    for attempt in (1, 2):
        try:
            with db.write() as session:
                serialize_staff_changes(session)
                if _owner_can_sign_in(session):
                    raise RuleViolation(
                        "already_set_up",
                        "Workbay already has an administrator: sign in with that account",
                    )
                taken: list[ValidationError] = []
                check_unique(session, taken, login=login, name=name)
                if taken:
                    raise ValidationErrors(taken)
                installation_secret(session)
                station = register_station(session, station_name)
                user = User(
                    login=login,
                    name=name,
                    role=Role.ADMIN,
                    language=language,
                    password_hash=password_hash,
                    pin_hash=pin_hash,
                    branch_id=station.branch_id or DEFAULT_BRANCH_ID,
                    active=True,
                    version=1,
                )
                user.extra_roles = [UserRole(role=Role.MANAGER)]
                session.add(user)
                session.flush()
                ctx = _context(db, user, station)
                audit(
                    session,
                    ctx,
                    "user.create",
                    "user",
                    user.id,
                    summary=f"first start: owner {name} ({login})",
                    after={
                        "login": login,
                        "name": name,
                        "roles": [Role.ADMIN.value, Role.MANAGER.value],
                        "has_password": True,
                        "has_pin": pin_hash is not None,
                    },
                )
                audit(session, ctx, "sign_in", "user", user.id, summary="first start")
                return SignedIn(ctx, staff_view(user))
        except IntegrityError:
            # the station's row was added by another station at the same moment
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


def sign_in_with_password(
    db: Database, station_name: str, login: str, password: str, desk: str | None = None
) -> SignedIn:
    """Sign in at ``station_name`` (registered if new, noting the ``desk`` it opens at).
    Refused with :class:`SignInRefused`: ``bad_credentials`` (unknown login or wrong
    password, not told apart), ``locked`` (``until``) or ``inactive``."""
    errors: list[ValidationError] = []
    station_name = _collect(errors, _check_station, station_name)
    desk = _collect(errors, _check_desk, desk)
    if not (login or "").strip():
        errors.append(ValidationError("login", "required", "this field is required"))
    if not password:
        errors.append(ValidationError("password", "required", "this field is required"))
    if errors:
        raise ValidationErrors(errors)
    for attempt in (1, 2):
        try:
            refusal, signed_in = _try_password(db, station_name, login, password, desk)
            break
        except IntegrityError:
            if attempt == 2:
                raise
    if refusal is not None:
        raise refusal
    assert signed_in is not None
    return signed_in


def _try_password(
    db: Database, station_name: str, login: str, password: str, desk: str | None
) -> tuple[SignInRefused | None, SignedIn | None]:
    """One attempt's transaction: commits the try's count and audit entry either way."""
    with db.write() as session:
        installation_secret(session)
        station = register_station(session, station_name, desk)
        user = find_login(session, login)
        if user is not None and user.login == SYSTEM_LOGIN:
            user = None  # the command lines' account never signs in at a desk
        refusal: SignInRefused | None = None
        if user is None:
            verify_secret(_dummy_hash(), password)
            refusal = _bad_credentials()
        elif not user.active:
            # only someone who knows the password learns the account is switched off
            matched = verify_secret(user.password_hash or _dummy_hash(), password)
            refusal = (
                SignInRefused("inactive", "this account is switched off")
                if matched
                else _bad_credentials()
            )
        else:
            try:
                if not check_secret(session, user, password, user.password_hash or _dummy_hash()):
                    refusal = _bad_credentials()
            except SignInRefused as err:
                verify_secret(_dummy_hash(), password)
                refusal = err
        if refusal is not None:
            audit(
                session,
                _station_context(db, station),
                "sign_in.failed",
                "user",
                user.id if user else None,
                summary=f"password for {login.strip()[:40]!r}: {refusal.code}",
                user_id=user.id if user else 0,
            )
            return refusal, None
        assert user is not None and user.password_hash is not None
        if needs_rehash(user.password_hash):
            user.password_hash = hash_secret(password)
        ctx = _context(db, user, station)
        audit(session, ctx, "sign_in", "user", user.id, summary=f"password at {station.name}")
        return None, SignedIn(ctx, staff_view(user))


def switch_user(ctx: ServiceContext, who: str, pin: str = "") -> SignedIn:
    """Another member of staff takes over this station: ``who`` is their login (with their
    ``pin``) or their scanned staff card. Refused like a sign-in (``no_pin`` when the login
    has no PIN yet: a manager sets one at the setup desk)."""
    who = (who or "").strip()
    if not who:
        raise ValidationErrors([ValidationError("who", "required", "this field is required")])
    with ctx.db.write() as session:
        refusal: SignInRefused | None = None
        card = is_card_code(who)
        user = find_by_card(session, who) if card else find_login(session, who)
        if user is not None and user.login == SYSTEM_LOGIN:
            user = None
        if card:
            refusal = _card_refusal(user)
        elif user is None:
            verify_secret(_dummy_hash(), pin)
            refusal = _bad_credentials("login or PIN")
        elif not user.active:
            matched = verify_secret(user.pin_hash or _dummy_hash(), pin)
            refusal = (
                SignInRefused("inactive", "this account is switched off")
                if matched
                else _bad_credentials("login or PIN")
            )
        elif user.pin_hash is None:
            verify_secret(_dummy_hash(), pin)
            refusal = SignInRefused("no_pin", "this account has no PIN yet")
        else:
            try:
                if not check_secret(session, user, pin, user.pin_hash):
                    refusal = _bad_credentials("login or PIN")
            except SignInRefused as err:
                refusal = err
        station = session.get(Station, ctx.actor.station_id)
        if station is None:
            raise NotFound("station", ctx.actor.station_id)
        signed_in: SignedIn | None = None
        if refusal is None and user is not None:
            station.last_seen_at = utcnow()
            previous = session.get(User, ctx.actor.user_id) if ctx.actor.user_id else None
            new_ctx = _context(ctx.db, user, station)
            audit(
                session,
                new_ctx,
                "sign_in.switch",
                "user",
                user.id,
                summary=f"{'card' if card else 'PIN'}, after "
                f"{previous.name if previous else 'nobody'}",
            )
            signed_in = SignedIn(new_ctx, staff_view(user))
        else:
            assert refusal is not None
            audit(
                session,
                ctx,
                "sign_in.failed",
                "user",
                user.id if user else None,
                summary=f"switch by {'card' if card else 'PIN'}: {refusal.code}",
                user_id=user.id if user else 0,
            )
    if refusal is not None:
        raise refusal
    assert signed_in is not None
    return signed_in


def _card_refusal(user: User | None) -> SignInRefused | None:
    if user is None:
        return SignInRefused("bad_credentials", "this staff card is not valid (replaced?)")
    if not user.active:
        return SignInRefused("inactive", "this account is switched off")
    if user.locked_until is not None and user.locked_until > utcnow():
        return SignInRefused(
            "locked", "too many wrong tries: the account is locked", until=user.locked_until
        )
    return None


def unlock_station(ctx: ServiceContext, secret: str) -> None:
    """The signed-in user comes back to a station that locked itself: their password or
    PIN (a wrong one counts as a try). Someone else takes over with :func:`switch_user`."""
    if not secret:
        raise ValidationErrors([ValidationError("secret", "required", "this field is required")])
    refusal: SignInRefused | None = None
    with ctx.db.write() as session:
        user = session.get(User, ctx.actor.user_id)
        if user is None:
            raise NotFound("user", ctx.actor.user_id)
        # which of the two it is, then one counted comparison against that one
        is_pin = user.pin_hash is not None and verify_secret(user.pin_hash, secret)
        stored = user.pin_hash if is_pin else (user.password_hash or _dummy_hash())
        try:
            if not check_secret(session, user, secret, stored):
                refusal = _bad_credentials("password or PIN")
        except SignInRefused as err:
            refusal = err
        audit(
            session,
            ctx,
            "sign_in.unlock" if refusal is None else "sign_in.failed",
            "user",
            user.id,
            summary="station unlocked" if refusal is None else f"unlock: {refusal.code}",
        )
    if refusal is not None:
        raise refusal


def idle_lock_minutes(ctx: ServiceContext) -> int:
    """Minutes without input after which the station locks (0: never); the shop's setting
    ``security.idle_lock_minutes``, else 10."""
    with ctx.db.read() as session:
        raw = get_setting(session, IDLE_LOCK_KEY, branch_id=ctx.actor.branch_id)
    try:
        minutes = int(str(raw).strip()) if raw is not None else IDLE_LOCK_MINUTES
    except ValueError:
        return IDLE_LOCK_MINUTES
    return min(max(minutes, 0), IDLE_LOCK_MAX)
