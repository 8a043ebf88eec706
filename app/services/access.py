"""The permission check every service makes first, inside its own transaction.

``authorize(session, ctx, Permission.REFUND, approval=grant, subject=f"order:{id}")`` reads
the acting user's roles from the database (so a user deactivated a minute ago, or an
action kept offline and replayed later, is checked against the rights as they are now) and
either returns, returns the approving manager, or raises :class:`AccessDenied` naming the
missing right. Nothing has been written when it raises.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, bindparam, func, select, union_all
from sqlalchemy.orm import Session

from app.db import lean
from app.domain.enums import Role
from app.domain.errors import AccessDenied
from app.domain.models import Station, User, UserRole
from app.domain.permissions import Permission, may, may_with_approval
from app.services.approvals import ApprovalGrant, check_grant
from app.services.context import ServiceContext

_ROLES_KEY = "workbay_actor_roles"
_ACTOR_KEY = "workbay_actor_facts"
#: where :func:`actor_facts` leaves the value of the column asked for with the facts
WITH_KEY = "workbay_actor_with"


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


@dataclass(frozen=True)
class ActorFacts:
    """Who acts, as the database has it now: the user's name and roles (none when inactive
    or unknown) and the station's name (None when unknown)."""

    user_name: str | None
    roles: frozenset[Role]
    station_name: str | None


def facts_known(session: Session, ctx: ServiceContext) -> bool:
    """Whether this transaction has read the actor's facts already."""
    cache: dict[tuple[int, int], ActorFacts] = session.info.get(_ACTOR_KEY) or {}
    return (ctx.actor.user_id, ctx.actor.station_id) in cache


def actor_facts(
    session: Session,
    ctx: ServiceContext,
    with_column: ColumnElement[Any] | None = None,
    params: dict[str, Any] | None = None,
) -> ActorFacts:
    """The acting user's roles and name and the station's name in one statement, read once
    per transaction (the permission check and the audit log's entries share it). With
    ``with_column`` (read only if the facts are not known yet; see
    :func:`app.services.idempotency.claim_request`), that column comes with them, its value
    in ``session.info[WITH_KEY]`` (None when the user is unknown); ``params`` are the values
    of its bind parameters. ``with_column`` is built once (a module's constant): the
    statement is built once per column and kept (:func:`_facts_statement`)."""
    cache: dict[tuple[int, int], ActorFacts] = session.info.setdefault(_ACTOR_KEY, {})
    key = (ctx.actor.user_id, ctx.actor.station_id)
    if key in cache:
        return cache[key]
    binds = {"wb_user": ctx.actor.user_id, "wb_station": ctx.actor.station_id, **(params or {})}
    stmt = _facts_statement(with_column)
    rows: Sequence[Any] | None = lean.rows(session, stmt, binds, everywhere=True)
    if rows is None:
        rows = session.execute(stmt, binds).all()
    if with_column is not None:
        session.info[WITH_KEY] = rows[0][5] if rows else None
    name: str | None
    station_name: str | None
    if rows:
        name, _main, active, station_name = rows[0][:4]
        roles = (
            frozenset(Role(r) for row in rows for r in (row[1], row[4]) if r is not None)
            if active
            else frozenset()
        )
    else:  # an unknown user: the station is read on its own
        name, roles = None, frozenset()
        station_name = session.scalar(
            select(Station.name).where(Station.id == ctx.actor.station_id)
        )
    facts = ActorFacts(name, roles, station_name)
    cache[key] = facts
    session.info.setdefault(_ROLES_KEY, {})[ctx.actor.user_id] = roles
    return facts


#: the facts' statement per ``with_column`` (by identity; the column is kept with it)
_FACTS: dict[int, tuple[ColumnElement[Any] | None, Select[Any]]] = {}


def _facts_statement(with_column: ColumnElement[Any] | None) -> Select[Any]:
    """The facts' SELECT, of the tables' own columns (no ORM entity to set up), built once:
    building a statement and its cache key costs more than running it."""
    held = _FACTS.get(id(with_column))
    if held is not None and held[0] is with_column:
        return held[1]
    users, stations, roles = User.__table__, Station.__table__, UserRole.__table__
    columns: list[Any] = [users.c.name, users.c.role, users.c.active, stations.c.name]
    columns.append(roles.c.role)
    if with_column is not None:
        columns.append(with_column)
    stmt = (
        select(*columns)
        .select_from(users)
        .outerjoin(stations, stations.c.id == bindparam("wb_station"))
        .outerjoin(roles, roles.c.user_id == users.c.id)
        .where(users.c.id == bindparam("wb_user"))
    )
    _FACTS[id(with_column)] = (with_column, stmt)
    return stmt


#: the facts as five columns any read can carry (uncorrelated subqueries: each is worked
#: out once per statement), bind parameters ``wb_user`` and ``wb_station``; built once
_FACT_COLUMNS: list[Any] = []


def fact_columns() -> list[Any]:
    """The actor's name, main role, active flag, station name and extra roles (joined by
    commas) as columns to add to a read: the rights ride on it (one round trip less), see
    :func:`facts_from`."""
    if not _FACT_COLUMNS:
        users, stations, roles = User.__table__, Station.__table__, UserRole.__table__
        user = users.c.id == bindparam("wb_user")
        _FACT_COLUMNS.extend(
            [
                select(users.c.name).where(user).scalar_subquery().label("wb_fact_name"),
                select(users.c.role).where(user).scalar_subquery().label("wb_fact_role"),
                select(users.c.active).where(user).scalar_subquery().label("wb_fact_active"),
                select(stations.c.name)
                .where(stations.c.id == bindparam("wb_station"))
                .scalar_subquery()
                .label("wb_fact_station"),
                select(func.aggregate_strings(roles.c.role, ","))
                .where(roles.c.user_id == bindparam("wb_user"))
                .scalar_subquery()
                .label("wb_fact_roles"),
            ]
        )
    return _FACT_COLUMNS


def fact_params(ctx: ServiceContext) -> dict[str, Any]:
    return {"wb_user": ctx.actor.user_id, "wb_station": ctx.actor.station_id}


def facts_from(session: Session, ctx: ServiceContext, values: Sequence[Any]) -> ActorFacts:
    """The facts read with another read (the five values of :func:`fact_columns`),
    remembered for the transaction as :func:`actor_facts` would."""
    name, main, active, station_name, extra = values
    roles: frozenset[Role] = frozenset()
    if name is not None and active:
        roles = frozenset(Role(r) for r in [main, *(extra.split(",") if extra else [])] if r)
    facts = ActorFacts(name, roles, station_name)
    session.info.setdefault(_ACTOR_KEY, {})[(ctx.actor.user_id, ctx.actor.station_id)] = facts
    session.info.setdefault(_ROLES_KEY, {})[ctx.actor.user_id] = roles
    return facts


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
    roles = actor_facts(session, ctx).roles
    if may(roles, permission):
        return None
    if may_with_approval(roles, permission):
        if approval is None:
            raise AccessDenied(permission.value, _names(roles), approvable=True)
        return check_grant(session, ctx, approval, permission, subject)
    raise AccessDenied(permission.value, _names(roles))


def require(session: Session, ctx: ServiceContext, *permissions: Permission) -> None:
    """Refuse unless the actor holds every one of ``permissions`` (no approval possible)."""
    roles = actor_facts(session, ctx).roles
    for permission in permissions:
        if not may(roles, permission):
            raise AccessDenied(permission.value, _names(roles))


def holds(session: Session, ctx: ServiceContext, permission: Permission) -> bool:
    return may(actor_facts(session, ctx).roles, permission)


def _names(roles: frozenset[Role]) -> tuple[str, ...]:
    return tuple(sorted(r.value for r in roles))
