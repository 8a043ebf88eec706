"""Schema migration at start-up: upgrade to head, refuse a database newer than the app.

Several stations may start at once against one PostgreSQL server; an advisory lock makes
the first one migrate and the others wait and then find the schema current. On SQLite the
migration takes the write lock up front, with the same effect for processes sharing a file.
"""

from __future__ import annotations

from collections.abc import Callable

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text
from sqlalchemy.orm import Session

from app.db.engine import immediate_transactions, patient
from app.domain.errors import SchemaTooNew
from app.locations import migrations_dir

MIGRATIONS_DIR = migrations_dir()
_LOCK_ID = 0x57_4F_52_4B  # "WORK"


def alembic_config(engine: Engine | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_not_newer(engine: Engine) -> None:
    """Raise :class:`SchemaTooNew` when the database was migrated by a newer Workbay."""
    current = current_revision(engine)
    if current is None:
        return
    script = ScriptDirectory.from_config(alembic_config())
    known = {rev.revision for rev in script.walk_revisions()}
    if current not in known:
        raise SchemaTooNew(current, head_revision())


def serialize_setup(session: Session) -> None:
    """PostgreSQL: hold the start-up lock until the caller's transaction ends, so stations
    starting at once load the reference data once (the first one; the others find it)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _LOCK_ID})


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision`` (default head) in one transaction."""
    check_not_newer(engine)
    _run(engine, lambda cfg: command.upgrade(cfg, revision))


def downgrade(engine: Engine, revision: str) -> None:
    """Take the schema back to ``revision`` in one transaction (support and tests)."""
    _run(engine, lambda cfg: command.downgrade(cfg, revision))


def _run(engine: Engine, step: Callable[[Config], None]) -> None:
    cfg = alembic_config(engine)
    with immediate_transactions(), patient(), engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            # A batch migration rebuilds a table (copy, drop, rename): with foreign keys
            # enforced, dropping a table other rows refer to fails, or worse, cascades
            # (ON DELETE CASCADE children go with it). SQLite's own recipe: keys off outside
            # the transaction, checked before commit, on again after.
            _sqlite_pragma(conn, "PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                if conn.dialect.name == "postgresql":
                    conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _LOCK_ID})
                cfg.attributes["connection"] = conn
                step(cfg)
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"migration broke foreign keys: {broken[:5]}")
        finally:
            if sqlite:
                _sqlite_pragma(conn, "PRAGMA foreign_keys=ON")


def _sqlite_pragma(conn: Connection, pragma: str) -> None:
    """Run ``pragma`` on the DBAPI connection outside any transaction (SQLite ignores
    ``foreign_keys`` inside one)."""
    raw = conn.connection.dbapi_connection
    assert raw is not None
    cursor = raw.cursor()
    try:
        cursor.execute(pragma)
    finally:
        cursor.close()
