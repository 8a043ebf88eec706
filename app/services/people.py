"""Users and stations: registration at start-up, last-seen heartbeat, the station list."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db.changes import Entity, RecordAction, record_change
from app.db.engine import Database
from app.domain.enums import Role
from app.domain.models import DEFAULT_BRANCH_ID, Station, User
from app.domain.types import utcnow
from app.domain.validation import check_text
from app.services.context import Actor, ServiceContext
from app.services.settings import installation_secret


def _get_or_create_user(session: Session, name: str, role: Role) -> User:
    user = session.scalar(select(User).where(User.name == name))
    if user is None:
        user = User(name=name, login=name, role=role, branch_id=DEFAULT_BRANCH_ID)
        session.add(user)
        session.flush()
    return user


def register_station(session: Session, station_name: str, desk: str | None = None) -> Station:
    """Find (or add) the station by its (checked) name, note that it is seen now and the desk
    it opens at. The caller retries once on ``IntegrityError`` (two stations adding the same
    name at the same moment)."""
    station = session.scalar(select(Station).where(Station.name == station_name))
    if station is None:
        station = Station(name=station_name)
        session.add(station)
    station.last_seen_at = utcnow()
    if desk is not None:
        station.desk = desk
    session.flush()
    record_change(session, Entity.STATION, station.id, RecordAction.SEEN, None, station.id)
    return station


def sign_in(
    db: Database,
    station_name: str,
    user_name: str,
    role: Role = Role.ADVISOR,
    desk: str | None = None,
) -> ServiceContext:
    """Register (or find) this station and user, noting the desk it opens at (shown in the
    stations list); returns the context for service calls."""
    station_name = check_text(station_name, "station", 60, required=True)
    user_name = check_text(user_name, "user", 60, required=True)
    desk = check_text(desk, "desk", 20) or None
    for attempt in (1, 2):
        try:
            with db.write() as session:
                installation_secret(session)
                user = _get_or_create_user(session, user_name, role)
                station = register_station(session, station_name, desk)
                return ServiceContext(db, Actor(user.id, station.id))
        except IntegrityError:
            # Another station created the same user (or the installation secret) at the
            # same moment; the second attempt finds it.
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


def as_user(ctx: ServiceContext, user_name: str, role: Role) -> ServiceContext:
    """The same station (of the same branch) acting as another (possibly new) user, e.g. a
    technician."""
    user_name = check_text(user_name, "user", 60, required=True)
    with ctx.db.write() as session:
        user = _get_or_create_user(session, user_name, role)
        return ServiceContext(ctx.db, Actor(user.id, ctx.actor.station_id, ctx.actor.branch_id))


def heartbeat(ctx: ServiceContext) -> None:
    with ctx.db.write() as session:
        station = session.get(Station, ctx.actor.station_id)
        if station is not None:
            station.last_seen_at = utcnow()


def list_users(ctx: ServiceContext, role: Role | None = None) -> list[User]:
    with ctx.db.read() as session:
        stmt = select(User).where(User.active.is_(True)).order_by(User.name)
        if role is not None:
            stmt = stmt.where(User.role == role)
        return list(session.scalars(stmt))


def list_stations(ctx: ServiceContext) -> list[Station]:
    with ctx.db.read() as session:
        return list(session.scalars(select(Station).order_by(Station.name)))


def set_station_desk(ctx: ServiceContext, desk: str) -> None:
    with ctx.db.write() as session:
        station = session.get(Station, ctx.actor.station_id)
        if station is not None:
            station.desk = check_text(desk, "desk", 20)
            record_change(session, Entity.STATION, station.id, RecordAction.DESK, None, station.id)


#: the account administrative command lines act as (``python -m app shop set``...): it has
#: no password, so nobody can sign in with it at a desk; the audit log names it
SYSTEM_LOGIN = "system"


def system_context(db: Database, station_name: str | None = None) -> ServiceContext:
    """The context of an administrator's command line on this machine (whoever can run it
    can already read the database): the ``system`` account, an admin, at this host."""
    from app.config import station_identity

    station_name = station_name or station_identity().station
    for attempt in (1, 2):
        try:
            with db.write() as session:
                user = session.scalar(select(User).where(User.login == SYSTEM_LOGIN))
                if user is None:
                    user = User(
                        login=SYSTEM_LOGIN,
                        name=SYSTEM_LOGIN,
                        role=Role.ADMIN,
                        branch_id=DEFAULT_BRANCH_ID,
                    )
                    session.add(user)
                station = session.scalar(select(Station).where(Station.name == station_name))
                if station is None:
                    station = Station(name=station_name)
                    session.add(station)
                session.flush()
                return ServiceContext(db, Actor(user.id, station.id))
        except IntegrityError:
            if attempt == 2:
                raise
    raise AssertionError("unreachable")
