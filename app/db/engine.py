"""Engine and session factory; the one place transactions begin and end.

``Database.write()`` opens the single transaction of a service call (on SQLite with
``BEGIN IMMEDIATE``, so concurrent writers queue instead of failing half-way);
``Database.read()`` opens a read-only one. Both hand out a short-lived Session whose
objects stay usable (detached) after it closes.

On PostgreSQL the write transaction also announces its changes with ``pg_notify`` so other
stations hear about them at commit (see ``app.db.sync``). A lost connection surfaces as
:class:`DatabaseUnavailable` and is told to the health observers (``app.db.health``).

No station waits on another for long: a statement waits at most :data:`LOCK_TIMEOUT_MS` for
a lock another station holds (PostgreSQL ``lock_timeout``; SQLite's busy timeout is
:data:`SQLITE_BUSY_TIMEOUT_MS`), and the server ends a session left idle inside a
transaction for :data:`IDLE_IN_TRANSACTION_MS` (a station frozen in the middle of a payment,
holding the day's receipt counter). The waiting station gets :class:`DatabaseBusy` (nothing
written; send the action again with its request id), the frozen one finds its connection
gone (:class:`DatabaseUnavailable`). Work that may legitimately wait or pause longer
(migrations, bulk loads, copies) runs inside :func:`patient`.
"""

from __future__ import annotations

import contextvars
import select
import sqlite3
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, DisconnectionError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from app.db import lean
from app.db.changes import CHANNEL, ChangeFeed, drop_pending, pending_ids, take_pending
from app.db.tail import open_tail, write_tail
from app.domain.errors import ConflictError, DatabaseBusy, DatabaseUnavailable

_write_tx: contextvars.ContextVar[bool] = contextvars.ContextVar("workbay_write_tx", default=False)
#: the lock wait (ms) of transactions begun inside :func:`patient`, None outside
_patient: contextvars.ContextVar[int | None] = contextvars.ContextVar(
    "workbay_patient", default=None
)

#: how long a statement waits for a lock another station holds before it is refused
LOCK_TIMEOUT_MS = 2000
#: SQLite's one write lock is taken in turns by polling, not in a queue: a writer among
#: several busy ones may wait a few turns, so it gets a little longer
SQLITE_BUSY_TIMEOUT_MS = 5000
#: how long a PostgreSQL session may sit idle inside a transaction before the server ends it:
#: a frozen station's row locks are freed then (others never wait longer than LOCK_TIMEOUT_MS
#: at a time: they are told busy, and the outbox sends again). Not shorter: a loaded station
#: PC can leave a live transaction idle for a couple of seconds
IDLE_IN_TRANSACTION_MS = 10_000
#: the same limit once a transaction holds a document counter (``app.db.numbering``): the
#: number is taken last, just before the commit, so only a frozen station idles there, and
#: every other station's numbered document waits on it
COUNTER_IDLE_MS = 2000
#: ``session.info`` key of the stand-ins for numbers not taken yet (``app.db.numbering``)
STAND_INS_KEY = "workbay_stand_ins"
#: the lock wait of :func:`patient` work (migrations at start-up, bulk loads, copies)
PATIENT_LOCK_TIMEOUT_MS = 300_000


class AfterRollback(Exception):
    """Raised inside :meth:`Database.write` for a failure best explained once the transaction
    is rolled back (a PostgreSQL transaction that hit an error answers nothing more): the
    write rolls back, then raises what :meth:`explain` finds with a fresh read. A call saves
    the savepoint it would otherwise open around the statement that may fail."""

    def explain(self, db: Database) -> BaseException:
        raise NotImplementedError


def pg_session_options(
    lock_timeout_ms: int = LOCK_TIMEOUT_MS, idle_ms: int = IDLE_IN_TRANSACTION_MS
) -> str:
    """libpq ``options`` that set the waiting limits of every Workbay session."""
    return f"-c lock_timeout={lock_timeout_ms} -c idle_in_transaction_session_timeout={idle_ms}"


def patient_now() -> bool:
    """Whether the work running here is :func:`patient` (no short limits)."""
    return _patient.get() is not None


@contextmanager
def patient(lock_timeout_ms: int = PATIENT_LOCK_TIMEOUT_MS) -> Iterator[None]:
    """Transactions begun inside may pause between statements as long as they need (no
    idle-in-transaction limit: the client is working, say checking a 20,000-part catalog
    file) and wait up to ``lock_timeout_ms`` for a lock: migrations (another station may be
    migrating), loading the reference data, imports, bulk loads and copies. Not for a
    desk's service calls. ``patient(LOCK_TIMEOUT_MS)`` pauses long but waits no longer for
    others than a desk does."""
    token = _patient.set(lock_timeout_ms)
    try:
        yield
    finally:
        _patient.reset(token)


@contextmanager
def immediate_transactions() -> Iterator[None]:
    """SQLite transactions begun inside take the write lock at once (``BEGIN IMMEDIATE``), so
    a second writer waits for the first instead of failing when its read turns into a write
    (as when two processes migrate a new database file at the same moment)."""
    token = _write_tx.set(True)
    try:
        yield
    finally:
        _write_tx.reset(token)


#: libpq options that make a dead server or a dropped network show within seconds
class LightCursor(psycopg.Cursor[Any]):
    """psycopg's cursor with a lighter ``description``: plain 7-tuples of the DB-API (name,
    type code, and five Nones) instead of psycopg's ``Column`` objects, each of which looks
    up its type, size and modifier at once. SQLAlchemy reads the description of every
    result for its columns' names only; at an order's 39 columns that was a twentieth of a
    service call's time in Python."""

    @property
    def description(self) -> list[Any] | None:
        res = self.pgresult
        if res is None:
            return None
        n = res.nfields
        if not n and res.status not in _TUPLES:
            return None
        encoding = self._encoding
        return [
            ((res.fname(i) or f"column_{i + 1}".encode()).decode(encoding), res.ftype(i))
            + _NO_SIZES
            for i in range(n)
        ]


_TUPLES = (
    psycopg.pq.ExecStatus.TUPLES_OK,
    psycopg.pq.ExecStatus.SINGLE_TUPLE,
    psycopg.pq.ExecStatus.TUPLES_CHUNK,
)
_NO_SIZES = (None, None, None, None, None)

PG_CONNECT_ARGS: dict[str, Any] = {
    "application_name": "workbay",
    "connect_timeout": 5,
    "keepalives": 1,
    "keepalives_idle": 5,
    "keepalives_interval": 2,
    "keepalives_count": 2,
    "tcp_user_timeout": 5000,
    "options": pg_session_options(),
}

#: how many of its own change ids a process remembers (to skip its own notifications)
_OWN_IDS_KEPT = 20_000

HealthObserver = Callable[[BaseException | None], None]


def _use_wal(cur: Any) -> None:
    """Put the file in write-ahead mode (kept in the file: later connections find it so).
    Switching needs the file to itself and SQLite answers "locked" at once instead of waiting
    on the busy timeout, as when several stations open a new database file together: asked
    again until the busy timeout has passed."""
    if str(cur.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal":
        return
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            cur.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's own is deferred).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        if engine.url.database not in (None, "", ":memory:"):
            _use_wal(cur)
            cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        wait = max(_patient.get() or 0, SQLITE_BUSY_TIMEOUT_MS)
        if conn.info.get("workbay_busy_timeout", SQLITE_BUSY_TIMEOUT_MS) != wait:
            conn.exec_driver_sql(f"PRAGMA busy_timeout={wait}")
            conn.info["workbay_busy_timeout"] = wait
        lean.send(conn, "BEGIN IMMEDIATE" if _write_tx.get() else "BEGIN")  # (its cursor)


def _configure_pg(engine: Engine) -> None:
    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        if (wait := _patient.get()) is not None:
            conn.exec_driver_sql(f"SET LOCAL lock_timeout = {int(wait)}")
            conn.exec_driver_sql("SET LOCAL idle_in_transaction_session_timeout = 0")


def _gone(dbapi_conn: Any) -> bool:
    """Whether a pooled PostgreSQL connection was dropped while it sat in the pool, found
    without a round trip: an idle pooled connection's socket has nothing to read unless the
    server said goodbye (a terminated backend's FATAL, a restart's EOF; pooled connections
    do not LISTEN). Something unasked-for there: the connection is not trusted."""
    if dbapi_conn.closed or dbapi_conn.broken:
        return True
    try:
        readable, _, _ = select.select([dbapi_conn.fileno()], [], [], 0)
    except (OSError, ValueError, psycopg.Error):
        return True
    return bool(readable)


def _check_on_checkout(engine: Engine) -> None:
    """Instead of a ping before every checkout (a round trip per service call): a connection
    found dropped (:func:`_gone`) is replaced by a new one before it is used; a connection
    lost mid-call fails that call (``DatabaseUnavailable``) and is discarded with the pool's
    other connections of the same age."""

    @event.listens_for(engine, "checkout")
    def _on_checkout(dbapi_conn: Any, _record: Any, _proxy: Any) -> None:
        if _gone(dbapi_conn):
            raise DisconnectionError("the server closed this connection")


def make_engine(url: str, **kwargs: Any) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, **kwargs)
        _configure_sqlite(engine)
        return engine
    if "poolclass" not in kwargs:
        kwargs.setdefault("pool_size", 5)
    connect_args = dict(PG_CONNECT_ARGS, cursor_factory=LightCursor)
    if "options" in parsed.query:  # the URL's own options come first, ours after
        connect_args["options"] = f"{parsed.query['options']} {connect_args['options']}"
    kwargs.setdefault("connect_args", connect_args)
    engine = create_engine(url, **kwargs)
    _configure_pg(engine)
    if not kwargs.get("pool_pre_ping"):
        _check_on_checkout(engine)
    return engine


class Database:
    """A configured database: engine, session factory and this process's change feed."""

    def __init__(self, url: str, *, engine: Engine | None = None) -> None:
        self.url = url
        self.engine = engine or make_engine(url)
        self.feed = ChangeFeed()
        self._sessions = sessionmaker(self.engine, expire_on_commit=False, autoflush=True)
        self._own_lock = threading.Lock()
        self._own_ids: set[int] = set()
        self._own_order: deque[int] = deque()
        self._observers: list[HealthObserver] = []
        self._failing = False

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
        own: list[int] = []
        explained: AfterRollback | None = None
        try:
            with self._sessions() as session:
                try:
                    with session.begin():
                        open_tail(session)
                        yield session
                        if session.info.get(STAND_INS_KEY):  # their held rows would be lost
                            raise RuntimeError("a stand-in's number was never taken")
                        session.flush()
                        # the journal rows last (PostgreSQL: one statement, NOTIFY with it)
                        write_tail(session, CHANNEL if self.dialect == "postgresql" else None)
                        own = pending_ids(session)
                        self._remember_own(own)
                except AfterRollback as exc:
                    self._forget_own(own)
                    drop_pending(session)
                    explained = exc
                except StaleDataError as exc:
                    self._forget_own(own)
                    drop_pending(session)
                    raise ConflictError("record", 0, 0, 0) from exc
                except DBAPIError as exc:
                    self._forget_own(own)
                    drop_pending(session)
                    if is_disconnect(exc):
                        self._tell_observers(exc)
                        raise DatabaseUnavailable(str(exc.orig)) from exc
                    if is_busy(exc):
                        raise DatabaseBusy(str(exc.orig).strip()) from exc
                    raise
                except BaseException:
                    self._forget_own(own)
                    drop_pending(session)
                    raise
                if explained is None:
                    changes = take_pending(session)
        finally:
            _write_tx.reset(token)
        if explained is not None:
            raise explained.explain(self) from explained
        self._tell_observers(None)
        self.feed.publish(changes)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._sessions() as session:
            try:
                with session.begin():
                    yield session
            except DBAPIError as exc:
                if is_disconnect(exc):
                    self._tell_observers(exc)
                    raise DatabaseUnavailable(str(exc.orig)) from exc
                if is_busy(exc):
                    raise DatabaseBusy(str(exc.orig).strip()) from exc
                raise
        self._tell_observers(None)

    def dispose(self) -> None:
        self.engine.dispose()

    # -- own changes: the sync listener skips what this process already published ----------

    def is_own_change(self, log_id: int) -> bool:
        with self._own_lock:
            return log_id in self._own_ids

    def _remember_own(self, ids: list[int]) -> None:
        # Before commit: a notification may arrive before write() returns.
        if not ids:
            return
        with self._own_lock:
            for i in ids:
                self._own_ids.add(i)
                self._own_order.append(i)
            while len(self._own_order) > _OWN_IDS_KEPT:
                self._own_ids.discard(self._own_order.popleft())

    def _forget_own(self, ids: list[int]) -> None:
        # SQLite may hand a rolled-back id to the next writer, which may be another process.
        if not ids:
            return
        with self._own_lock:
            self._own_ids.difference_update(ids)

    # -- health: service calls tell the connection monitor what they saw -------------------

    def observe_health(self, observer: HealthObserver) -> Callable[[], None]:
        """``observer(exc)`` hears of each lost connection and ``observer(None)`` of the first
        success after one. Returns the function that stops observing."""
        self._observers.append(observer)

        def stop() -> None:
            if observer in self._observers:
                self._observers.remove(observer)

        return stop

    def _tell_observers(self, exc: BaseException | None) -> None:
        if exc is None and not self._failing:
            return
        self._failing = exc is not None
        for observer in list(self._observers):
            observer(exc)


#: SQLSTATE classes of a lost connection: 08 connection exception, 57P admin/crash shutdown,
#: 25P03 the server ended a session left idle in a transaction
_DISCONNECT_STATES = ("08", "57P", "25P03")
#: SQLSTATEs of a statement refused for waiting too long or losing a lock race (try again):
#: 55P03 lock_timeout, 57014 statement cancelled, 40P01 deadlock, 40001 serialization
_BUSY_STATES = ("55P03", "57014", "40P01", "40001")


def is_disconnect(exc: BaseException) -> bool:
    """Whether an error means the server is out of reach (as opposed to a refused statement)."""
    if isinstance(exc, DBAPIError):
        if getattr(exc, "connection_invalidated", False):
            return True
        exc = exc.orig  # type: ignore[assignment]
    if isinstance(exc, psycopg.InterfaceError):  # used after the connection closed
        return True
    if isinstance(exc, psycopg.errors.IdleInTransactionSessionTimeout):
        return True
    if isinstance(exc, psycopg.OperationalError):
        # Refused connections and dead sockets carry no SQLSTATE.
        sqlstate = exc.sqlstate
        return sqlstate is None or sqlstate.startswith(_DISCONNECT_STATES)
    return False


def is_busy(exc: BaseException) -> bool:
    """Whether a statement was refused because another station held what it needed for too
    long (a lock, SQLite's write lock): nothing was written, the same call may be sent again."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    if isinstance(orig, psycopg.Error):
        return orig.sqlstate in _BUSY_STATES
    if isinstance(orig, sqlite3.OperationalError):
        text = str(orig)
        return "database is locked" in text or "database is busy" in text
    return False
