"""Start-up of the core: connect, migrate to head (refusing a newer schema), load the
reference data, register this station."""

from __future__ import annotations

from app.config import database_url, station_identity
from app.db.engine import Database, patient
from app.db.migrate import serialize_setup, upgrade
from app.domain.enums import Role
from app.reference import ensure_reference_data
from app.services.context import ServiceContext
from app.services.people import sign_in


def open_database(url: str | None = None, *, migrate: bool = True) -> Database:
    db = Database(url or database_url())
    if migrate:
        try:
            upgrade(db.engine)
            with patient(), db.write() as session:  # may wait for a station setting up
                serialize_setup(session)
                ensure_reference_data(session)
        except BaseException:
            db.dispose()  # e.g. SchemaTooNew: leave no connection behind
            raise
    return db


def start(  # the trusted sign-in of tests and scripts; desks sign in with a password
    url: str | None = None,
    station: str | None = None,
    user: str | None = None,
    desk: str | None = None,
) -> ServiceContext:
    ident = station_identity()
    db = open_database(url)
    return sign_in(db, station or ident.station, user or ident.user, Role.ADVISOR, desk)
