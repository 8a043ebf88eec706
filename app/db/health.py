"""Is the database reachable? A station says so at once and recovers by itself.

:class:`ConnectionMonitor` keeps one state, ``online`` / ``offline`` / ``reconnecting``:
failures reported by service calls (``Database`` tells its health observers about every
lost connection) and by the change listener turn it ``offline`` at once; a background probe
then retries with backoff (``reconnecting``) until the server answers (``online``).
Callbacks hear every change of state, in order, from whichever thread noticed it.

:func:`check_server` is the connection dialog's "test connection": can we log in, which
server, and is the schema empty, current, older (will be upgraded) or newer (refused)?
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

import psycopg
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from app.db.engine import PG_CONNECT_ARGS, Database, is_disconnect, make_engine
from app.db.migrate import alembic_config, current_revision, head_revision
from app.db.sync import psycopg_dsn
from app.domain.errors import DatabaseUnavailable

log = logging.getLogger(__name__)


class ConnectionState(StrEnum):
    ONLINE = "online"
    OFFLINE = "offline"  # just lost
    RECONNECTING = "reconnecting"  # retrying in the background


StateCallback = Callable[[ConnectionState], None]


class ConnectionMonitor:
    """Watches one database's reachability (see the module docstring)."""

    def __init__(
        self,
        db: Database,
        *,
        interval: float = 2.0,
        max_backoff: float = 5.0,
        probe_timeout: int = 3,
    ) -> None:
        self.db = db
        self.interval = interval
        self.max_backoff = max_backoff
        self.probe_timeout = probe_timeout
        self._state = ConnectionState.ONLINE
        self._lock = threading.RLock()
        self._callbacks: list[StateCallback] = []
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._probe_conn: psycopg.Connection | None = None
        self._unobserve = db.observe_health(self._on_db_health)
        self.last_error: str | None = None

    @property
    def state(self) -> ConnectionState:
        return self._state

    def subscribe(self, callback: StateCallback) -> Callable[[], None]:
        with self._lock:
            self._callbacks.append(callback)

        def unsubscribe() -> None:
            with self._lock:
                if callback in self._callbacks:
                    self._callbacks.remove(callback)

        return unsubscribe

    def start(self) -> None:
        if self._thread is None:
            self._stop.clear()
            self._thread = threading.Thread(target=self._run, name="workbay-health", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        self._unobserve()
        self._close_probe()

    def wait_for(self, state: ConnectionState, timeout: float) -> bool:
        """Block until the state is ``state`` (tests, the command line)."""
        reached = threading.Event()
        unsubscribe = self.subscribe(lambda s: reached.set() if s is state else None)
        try:
            return self._state is state or reached.wait(timeout)
        finally:
            unsubscribe()

    # -- reports ---------------------------------------------------------------------------

    def report_failure(self, exc: BaseException | None = None) -> None:
        """A call could not reach the database: offline now, retry in the background."""
        self.last_error = str(exc) if exc is not None else None
        with self._lock:
            if self._state is ConnectionState.ONLINE:
                self._set(ConnectionState.OFFLINE)
        self._wake.set()

    def report_success(self) -> None:
        with self._lock:
            if self._state is not ConnectionState.ONLINE:
                self._set(ConnectionState.ONLINE)

    def report(self, exc: BaseException | None) -> None:
        """Both in one: ``None`` for a success (the change listener's callback)."""
        if exc is None:
            self.report_success()
        else:
            self.report_failure(exc)

    def _on_db_health(self, exc: BaseException | None) -> None:
        self.report(exc)

    def _set(self, state: ConnectionState) -> None:
        with self._lock:
            if state is self._state:
                return
            self._state = state
            log.info("database connection: %s", state.value)
            for callback in list(self._callbacks):
                try:
                    callback(state)
                except Exception:
                    log.exception("connection state callback failed")

    # -- the probe -------------------------------------------------------------------------

    def _run(self) -> None:
        failures = 0
        while not self._stop.is_set():
            if self._state is ConnectionState.ONLINE:
                self._wake.wait(self.interval)
                self._wake.clear()
                if self._stop.is_set():
                    break
                if self._state is ConnectionState.ONLINE:
                    if self._probe():
                        continue
                    self._set(ConnectionState.OFFLINE)
            with self._lock:
                if self._state is ConnectionState.OFFLINE:
                    self._set(ConnectionState.RECONNECTING)
            if self._probe():
                self._set(ConnectionState.ONLINE)
                failures = 0
                continue
            failures += 1
            self._stop.wait(min(self.max_backoff, 0.25 * 2**failures))

    def _probe(self) -> bool:
        try:
            if self.db.dialect == "postgresql":
                self._probe_pg()
            else:
                with self.db.engine.connect() as conn:
                    conn.execute(text("SELECT 1"))
        except (psycopg.Error, DBAPIError, OSError) as exc:
            self.last_error = str(exc)
            self._close_probe()
            return False
        return True

    def _probe_pg(self) -> None:
        # Its own connection: a probe never waits for (or takes) a pooled connection.
        if self._probe_conn is None or self._probe_conn.closed:
            args = dict(
                PG_CONNECT_ARGS,
                application_name="workbay-probe",
                connect_timeout=self.probe_timeout,
            )
            args["tcp_user_timeout"] = self.probe_timeout * 1000
            self._probe_conn = psycopg.connect(psycopg_dsn(self.db.url), autocommit=True, **args)
        self._probe_conn.execute("SELECT 1")

    def _close_probe(self) -> None:
        conn, self._probe_conn = self._probe_conn, None
        if conn is not None:
            with contextlib.suppress(psycopg.Error):
                conn.close()


@dataclass(frozen=True)
class ServerAddress:
    """Where a shared PostgreSQL server is, as the connection dialog asks for it."""

    host: str
    port: int = 5432
    database: str = "workbay"
    user: str = "workbay"
    password: str = ""

    def url(self) -> str:
        return URL.create(
            "postgresql+psycopg",
            username=self.user,
            password=self.password or None,
            host=self.host,
            port=self.port,
            database=self.database,
        ).render_as_string(hide_password=False)

    @classmethod
    def from_url(cls, url: str) -> ServerAddress | None:
        """The address of a PostgreSQL URL; ``None`` for an embedded (SQLite) one."""
        parsed = make_url(url)
        if parsed.get_backend_name() != "postgresql":
            return None
        return cls(
            host=parsed.host or "localhost",
            port=parsed.port or 5432,
            database=parsed.database or "",
            user=parsed.username or "",
            password=parsed.password or "",
        )


@dataclass(frozen=True)
class ServerCheck:
    """What "test connection" found."""

    server: str  # e.g. "PostgreSQL 15.20"
    schema: str  # "empty" | "current" | "older" | "newer" | "foreign" (not Workbay's tables)
    revision: str | None
    head: str


def check_server(url: str) -> ServerCheck:
    """Log in to ``url`` and look at its schema; raises :class:`DatabaseUnavailable` (with the
    server's message) when that fails. Changes nothing."""
    engine = make_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            if engine.dialect.name == "postgresql":
                server = "PostgreSQL " + str(conn.execute(text("SHOW server_version")).scalar())
            else:
                server = "SQLite " + str(conn.execute(text("SELECT sqlite_version()")).scalar())
            has_tables = bool(inspect(conn).get_table_names())
        revision = current_revision(engine)
    except DBAPIError as exc:
        if is_disconnect(exc) or isinstance(exc.orig, psycopg.OperationalError):
            raise DatabaseUnavailable(str(exc.orig).strip()) from exc
        raise
    finally:
        engine.dispose()
    head = head_revision()
    if revision is None:
        schema = "foreign" if has_tables else "empty"
    elif revision == head:
        schema = "current"
    else:
        known = {r.revision for r in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
        schema = "older" if revision in known else "newer"
    return ServerCheck(server, schema, revision, head)
