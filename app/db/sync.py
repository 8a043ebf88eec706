"""Other stations' changes, delivered into this process's change feed.

:class:`ChangeListener` runs one background thread per process:

* PostgreSQL: a dedicated psycopg connection ``LISTEN``\\s on the channel every write
  transaction notifies at commit (``app.db.tail.write_tail``), so a change shows on
  the other stations within milliseconds.
* SQLite (one file shared by several processes on this computer): ``change_log`` is polled
  for new rows every ``poll_interval`` seconds (a primary-key range scan).

Both skip the changes this process wrote itself (the writer already published them) and,
after the connection comes back from an outage, catch up from ``change_log`` so nothing
committed meanwhile is missed.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Any

import psycopg
from psycopg import sql
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from app.db.changes import CHANNEL, Change, change_of, from_payload
from app.db.engine import PG_CONNECT_ARGS, Database, is_disconnect
from app.domain.models import ChangeLogEntry

log = logging.getLogger(__name__)

#: PostgreSQL hands out ids at insert time but transactions commit in any order; a catch-up
#: re-reads this many ids below the highest seen and drops those already delivered.
CATCH_UP_SLACK = 1000
_SEEN_KEPT = 20_000
_MAX_BACKOFF = 5.0

ConnectionCallback = Callable[[BaseException | None], None]


def psycopg_dsn(url: str) -> str:
    """The libpq connection string of an SQLAlchemy PostgreSQL URL."""
    parsed = make_url(url).set(drivername="postgresql")
    return parsed.render_as_string(hide_password=False)


class ChangeListener:
    """Publishes changes committed by other processes into ``db.feed``.

    ``on_connection(exc)`` (optional) hears when the listener loses its connection and
    ``on_connection(None)`` when it has it (again); the connection monitor uses it.
    """

    def __init__(
        self,
        db: Database,
        *,
        poll_interval: float = 0.25,
        idle_ping: float = 5.0,
        on_connection: ConnectionCallback | None = None,
    ) -> None:
        self.db = db
        self.poll_interval = poll_interval
        self.idle_ping = idle_ping
        self.on_connection = on_connection
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._last_id = 0
        self._seen: set[int] = set()
        self._seen_order: deque[int] = deque()
        self._connected = threading.Event()

    # -- life cycle ------------------------------------------------------------------------

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        target = self._run_listen if self.db.dialect == "postgresql" else self._run_poll
        self._thread = threading.Thread(target=target, name="workbay-sync", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def wait_connected(self, timeout: float | None = None) -> bool:
        """Block until the listener is listening (tests and benchmarks start with this)."""
        return self._connected.wait(timeout)

    @property
    def last_id(self) -> int:
        return self._last_id

    # -- delivery --------------------------------------------------------------------------

    def _deliver(self, changes: list[Change]) -> None:
        fresh: list[Change] = []
        for change in changes:
            log_id = change.log_id
            if log_id is None or log_id in self._seen:
                continue
            self._seen.add(log_id)
            self._seen_order.append(log_id)
            self._last_id = max(self._last_id, log_id)
            if not self.db.is_own_change(log_id):
                fresh.append(change)
        while len(self._seen_order) > _SEEN_KEPT:
            self._seen.discard(self._seen_order.popleft())
        if fresh:
            self.db.feed.publish(fresh)

    def _tell(self, exc: BaseException | None) -> None:
        if exc is None:
            self._connected.set()
        else:
            self._connected.clear()
        if self.on_connection is not None:
            try:
                self.on_connection(exc)
            except Exception:
                log.exception("connection callback failed")

    def _backoff(self, failures: int) -> None:
        self._stop.wait(min(_MAX_BACKOFF, 0.25 * 2**failures))

    # -- PostgreSQL: LISTEN ----------------------------------------------------------------

    def _run_listen(self) -> None:
        failures = 0
        first = True
        while not self._stop.is_set():
            try:
                args = dict(PG_CONNECT_ARGS, application_name="workbay-listener")
                with psycopg.connect(psycopg_dsn(self.db.url), autocommit=True, **args) as conn:
                    conn.execute(sql.SQL("LISTEN {}").format(sql.Identifier(CHANNEL)))
                    # Listening before reading the log: nothing falls between the two.
                    if first:
                        row = conn.execute("SELECT coalesce(max(id), 0) FROM change_log").fetchone()
                        self._last_id = int(row[0]) if row else 0
                        first = False
                    else:
                        self._catch_up_pg(conn)
                    failures = 0
                    self._tell(None)
                    self._listen(conn)
            except psycopg.Error as exc:
                if not is_disconnect(exc):
                    log.exception("change listener failed")
                self._tell(exc)
                failures += 1
                self._backoff(failures)

    def _listen(self, conn: psycopg.Connection) -> None:
        quiet_since = time.monotonic()
        while not self._stop.is_set():
            for note in conn.notifies(timeout=0.2):
                # One at a time: waiting to batch would delay the first one.
                try:
                    change = from_payload(note.payload)
                except (ValueError, KeyError, TypeError):
                    log.warning("ignoring malformed change notification %r", note.payload)
                    continue
                if change is not None:
                    self._deliver([change])
                quiet_since = time.monotonic()
            if time.monotonic() - quiet_since > self.idle_ping:
                conn.execute("SELECT 1")  # an idle socket shows a dead server only when used
                quiet_since = time.monotonic()

    def _catch_up_pg(self, conn: psycopg.Connection) -> None:
        rows = conn.execute(
            "SELECT id, entity, entity_id, action, version, station_id FROM change_log "
            "WHERE id > %s ORDER BY id",
            (max(0, self._last_id - CATCH_UP_SLACK),),
        ).fetchall()
        self._deliver(_typed(rows))

    # -- SQLite: poll ----------------------------------------------------------------------

    def _run_poll(self) -> None:
        table = ChangeLogEntry.__table__
        failures = 0
        started = False
        while not self._stop.is_set():
            try:
                with self.db.engine.connect() as conn:
                    if not started:
                        self._last_id = int(
                            conn.scalar(select(func.coalesce(func.max(table.c.id), 0))) or 0
                        )
                        started = True
                    rows = conn.execute(
                        select(
                            table.c.id,
                            table.c.entity,
                            table.c.entity_id,
                            table.c.action,
                            table.c.version,
                            table.c.station_id,
                        )
                        .where(table.c.id > self._last_id)
                        .order_by(table.c.id)
                    ).all()
                if failures or not self._connected.is_set():
                    self._tell(None)
                failures = 0
                self._deliver(_typed(rows))
                if rows:  # (a newer station's unknown change is not asked for again)
                    self._last_id = max(self._last_id, int(rows[-1][0]))
            except Exception as exc:
                log.warning("change poll failed: %s", exc)
                self._tell(exc)
                failures += 1
                self._backoff(failures)
                continue
            self._stop.wait(self.poll_interval)


def _typed(rows: Any) -> list[Change]:
    """``change_log`` rows (id, entity, entity_id, action, version, station_id) as changes."""
    return [c for r in rows if (c := change_of(r[0], r[1], r[2], r[3], r[4], r[5])) is not None]
