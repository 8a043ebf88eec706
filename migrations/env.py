"""Alembic environment: metadata from the app's Base, batch mode for SQLite.

The URL comes from the connection handed in by ``app.db.migrate`` or, when run from the
``alembic`` command, from ``WORKBAY_DATABASE_URL`` / the embedded default.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from app.config import database_url
from app.db.engine import make_engine
from app.domain.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = make_engine(config.get_main_option("sqlalchemy.url") or database_url())
    with engine.connect() as conn:
        _run(conn)
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("offline SQL generation is not supported; run against a database")
run_migrations_online()
