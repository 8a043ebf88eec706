"""Engine and session factory; the one place transactions begin and end.

``Database.write()`` opens the single transaction of a service call (on SQLite with
``BEGIN IMMEDIATE``, so concurrent writers queue instead of failing half-way);
``Database.read()`` opens a read-only one. Both hand out a short-lived Session whose
objects stay usable (detached) after it closes.
"""

from __future__ import annotations

import contextvars
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from app.db.changes import ChangeFeed, drop_pending, take_pending
from app.domain.errors import ConflictError, DatabaseUnavailable

_write_tx: contextvars.ContextVar[bool] = contextvars.ContextVar("workbay_write_tx", default=False)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's own is deferred).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        if engine.url.database not in (None, "", ":memory:"):
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if _write_tx.get() else "BEGIN")


def make_engine(url: str, **kwargs: Any) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, **kwargs)
        _configure_sqlite(engine)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    kwargs.setdefault("pool_size", 5)
    kwargs.setdefault("connect_args", {"connect_timeout": 5})
    return create_engine(url, **kwargs)


class Database:
    """A configured database: engine, session factory and this process's change feed."""

    def __init__(self, url: str, *, engine: Engine | None = None) -> None:
        self.url = url
        self.engine = engine or make_engine(url)
        self.feed = ChangeFeed()
        self._sessions = sessionmaker(self.engine, expire_on_commit=False, autoflush=True)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def is_embedded(self) -> bool:
        return self.dialect == "sqlite"

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One service call's transaction: commit on success, roll back on any error."""
        token = _write_tx.set(True)
        try:
            with self._sessions() as session:
                try:
                    with session.begin():
                        yield session
                except StaleDataError as exc:
                    drop_pending(session)
                    raise ConflictError("record", 0, 0, 0) from exc
                except OperationalError as exc:
                    drop_pending(session)
                    if _is_disconnect(exc):
                        raise DatabaseUnavailable(str(exc.orig)) from exc
                    raise
                except BaseException:
                    drop_pending(session)
                    raise
                changes = take_pending(session)
        finally:
            _write_tx.reset(token)
        self.feed.publish(changes)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._sessions() as session:
            try:
                with session.begin():
                    yield session
            except OperationalError as exc:
                if _is_disconnect(exc):
                    raise DatabaseUnavailable(str(exc.orig)) from exc
                raise

    def dispose(self) -> None:
        self.engine.dispose()


def _is_disconnect(exc: DBAPIError) -> bool:
    return bool(getattr(exc, "connection_invalidated", False))
