"""Actions typed while the database is out of reach: kept on this station, sent when it is back.

:meth:`Outbox.submit` calls the service; the input is checked first as always (a bad field
is reported at once, nothing is kept). If the database cannot be reached, the action is
written to a small SQLite file in the station's data directory, with the request id it was
given, and :meth:`Outbox.replay` sends the kept actions in the order they were typed once
the connection is back (:meth:`Outbox.follow` does that on the monitor's ``online``). The
request id makes a resend harmless: an action that did reach the server before the line
dropped is not applied a second time (``app.services.idempotency``).

An action the server refuses on replay (say the plate was registered meanwhile) is kept as
``failed`` with the reason, for the user to look at; it is never dropped silently.

A kept action is replayed as the user who typed it, and the service checks that user's
rights again then (a user switched off or moved to another role meanwhile is refused:
``AccessDenied``, kept as failed). A manager's approval given with the action
(``ApprovalGrant``) is kept with its arguments and checked again on replay.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.config import data_dir
from app.db.engine import Database
from app.db.health import ConnectionMonitor, ConnectionState
from app.domain.errors import DatabaseBusy, DatabaseUnavailable, WorkbayError
from app.services import cashier, lines, workflow
from app.services import intake as intake_service
from app.services.codec import decode_args, encode_args
from app.services.context import Actor, ServiceContext
from app.services.queries import ready

#: the actions a station may type while offline: name -> service function (each takes a
#: ``request_id`` and applies once per id). Settling, voiding, releasing and cancelling are
#: not among them: they issue or withdraw a document the customer is handed at once.
ACTIONS: dict[str, Callable[..., Any]] = {
    "intake": intake_service.intake,
    "pay": cashier.pay,
    "refund": cashier.refund,
    "add_lines": lines.add_lines,
    "propose_extra_work": lines.propose_extra_work,
    "decide_extra_work": lines.decide_extra_work,
    "approve_order": workflow.approve_order,
    "assign": workflow.assign,
    "start_work": workflow.start_work,
    "pause_work": workflow.pause_work,
    "resume_work": workflow.resume_work,
    "finish_work": workflow.finish_work,
    "quality_check": workflow.quality_check,
}

_SCHEMA = """
CREATE TABLE IF NOT EXISTS outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id TEXT NOT NULL UNIQUE,
    target TEXT NOT NULL,
    action TEXT NOT NULL,
    args TEXT NOT NULL,
    user_id INTEGER NOT NULL,
    station_id INTEGER NOT NULL,
    subject TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    status TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    error TEXT
)
"""


def new_request_id() -> str:
    return uuid.uuid4().hex


def target_of(db: Database) -> str:
    """Which database an entry belongs to (never replayed into another one)."""
    return db.engine.url.render_as_string(hide_password=True)


@dataclass(frozen=True)
class OutboxEntry:
    seq: int
    request_id: str
    action: str
    subject: str  # e.g. "吴敏, 粤B12345" for an intake, "#42" for an order
    created_at: str
    status: str  # "pending" | "failed"
    attempts: int
    error: str | None


@dataclass(frozen=True)
class Submitted:
    """What :meth:`Outbox.submit` did: applied now (``result``) or kept (``queued``)."""

    result: Any = None
    queued: OutboxEntry | None = None


@dataclass
class ReplayReport:
    applied: list[tuple[OutboxEntry, Any]]
    failed: list[tuple[OutboxEntry, WorkbayError]]
    remaining: int


class _Unreachable:
    """Stands in for the database while offline: the service checks its input, then finds
    the database out of reach without waiting for a network timeout."""

    def __init__(self, db: Database) -> None:
        self.url = db.url
        self.feed = db.feed

    def write(self) -> Any:
        raise DatabaseUnavailable("offline")

    read = write


def _subject(action: str, kwargs: dict[str, Any]) -> str:
    """What the kept action is about, in the user's own data (the screen adds the words)."""
    data = kwargs.get("data")
    if action == "intake" and data is not None:
        who = data.customer.name if data.customer else f"#{data.customer_id}"
        what = (data.asset.plate or data.asset.imei or data.asset.serial) if data.asset else None
        return f"{who}, {what}" if what else who
    if "order_id" in kwargs:
        return f"#{kwargs['order_id']}"
    if "payment_id" in kwargs:
        return f"#{kwargs['payment_id']}"
    return ""


class Outbox:
    """A station's durable queue of actions waiting for the database (see module doc)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()  # guards the file within this process
        self._replaying = threading.Lock()  # one replay at a time
        self._listeners: list[Callable[[int], None]] = []
        with self._conn() as conn:
            conn.execute(_SCHEMA)

    @classmethod
    def for_station(cls) -> Outbox:
        return cls(data_dir() / "outbox.sqlite3")

    @contextmanager
    def _conn(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            try:
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=FULL")  # kept means on disk
                yield conn
            finally:
                conn.close()

    # -- watching --------------------------------------------------------------------------

    def subscribe(self, listener: Callable[[int], None]) -> Callable[[], None]:
        """``listener(pending)`` hears the number of waiting actions after each change."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def _changed(self) -> None:
        count = self.pending_count()
        for listener in list(self._listeners):
            listener(count)

    # -- submitting ------------------------------------------------------------------------

    def submit(
        self,
        ctx: ServiceContext,
        action: str,
        *,
        online: bool = True,
        request_id: str | None = None,
        subject: str | None = None,
        **kwargs: Any,
    ) -> Submitted:
        """Apply ``action`` now, or keep it if the database is out of reach.

        ``online=False`` (the monitor says so) skips the attempt and its network timeout.
        Input errors are raised as usual, whether online or not: nothing is kept then.
        ``subject`` names what the kept action is about (say the order's number); by default
        it is taken from the arguments.
        """
        fn = ACTIONS[action]
        rid = request_id or new_request_id()
        call_ctx = ctx if online else ServiceContext(_Unreachable(ctx.db), ctx.actor)  # type: ignore[arg-type]
        for attempt in (1, 2):
            try:
                return Submitted(result=fn(call_ctx, request_id=rid, **kwargs))
            except DatabaseBusy:
                # another station held it up beyond the lock timeout (nothing written):
                # sent once more with the same id, then kept like an unreachable server's
                if attempt == 2:
                    break
            except DatabaseUnavailable:
                break
        return Submitted(queued=self.enqueue(ctx, action, rid, kwargs, subject=subject))

    def enqueue(
        self,
        ctx: ServiceContext,
        action: str,
        request_id: str,
        kwargs: dict[str, Any],
        *,
        subject: str | None = None,
    ) -> OutboxEntry:
        fn = ACTIONS[action]
        args = json.dumps(encode_args(fn, kwargs), ensure_ascii=False)
        with self._conn() as conn:
            conn.execute(
                "INSERT INTO outbox (request_id, target, action, args, user_id, station_id,"
                " subject) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (request_id) DO NOTHING",
                (
                    request_id,
                    target_of(ctx.db),
                    action,
                    args,
                    ctx.actor.user_id,
                    ctx.actor.station_id,
                    subject if subject is not None else _subject(action, kwargs),
                ),
            )
            row = conn.execute(
                f"SELECT {_COLUMNS} FROM outbox WHERE request_id = ?", (request_id,)
            ).fetchone()
        self._changed()
        return OutboxEntry(*row)

    # -- reading ---------------------------------------------------------------------------

    def entries(self, db: Database | None = None) -> list[OutboxEntry]:
        """Kept actions (pending and failed) in the order they were typed."""
        sql = f"SELECT {_COLUMNS} FROM outbox"
        params: tuple[Any, ...] = ()
        if db is not None:
            sql += " WHERE target = ?"
            params = (target_of(db),)
        with self._conn() as conn:
            return [OutboxEntry(*r) for r in conn.execute(sql + " ORDER BY seq", params)]

    def pending_count(self, db: Database | None = None) -> int:
        return sum(1 for e in self.entries(db) if e.status == "pending")

    def pending_for(self, subject: str, db: Database | None = None) -> list[OutboxEntry]:
        """The actions about ``subject`` (say an order's number) still waiting to be sent."""
        return [e for e in self.entries(db) if e.status == "pending" and e.subject == subject]

    # -- sending ---------------------------------------------------------------------------

    def replay(self, db: Database) -> ReplayReport:
        """Send the pending actions for ``db`` in order; stop at the first one that still
        cannot reach it. Safe to call from any thread; a second concurrent call returns at
        once with nothing done."""
        report = ReplayReport([], [], 0)
        if not self._replaying.acquire(blocking=False):
            report.remaining = self.pending_count(db)
            return report
        try:
            for entry in self.entries(db):
                if entry.status != "pending":
                    continue
                try:
                    result = self._send(db, entry.seq)
                except DatabaseUnavailable as exc:
                    self._mark(entry.seq, "pending", str(exc))
                    break
                except WorkbayError as exc:
                    self._mark(entry.seq, "failed", str(exc))
                    report.failed.append((entry, exc))
                else:
                    self._delete(entry.seq)
                    report.applied.append((entry, result))
        finally:
            self._replaying.release()
        report.remaining = self.pending_count(db)
        self._changed()
        return report

    def _send(self, db: Database, seq: int) -> Any:
        with self._conn() as conn:
            action, args, user_id, station_id, request_id = conn.execute(
                "SELECT action, args, user_id, station_id, request_id FROM outbox WHERE seq = ?",
                (seq,),
            ).fetchone()
        fn = ACTIONS[action]
        ctx = ServiceContext(db, Actor(user_id, station_id))
        return fn(ctx, request_id=request_id, **decode_args(fn, json.loads(args)))

    def _mark(self, seq: int, status: str, error: str) -> None:
        with self._conn() as conn:
            conn.execute(
                "UPDATE outbox SET status = ?, error = ?, attempts = attempts + 1 WHERE seq = ?",
                (status, error, seq),
            )

    def _delete(self, seq: int) -> None:
        with self._conn() as conn:
            conn.execute("DELETE FROM outbox WHERE seq = ?", (seq,))

    def retry(self, seq: int) -> None:
        """Put a failed action back in line (after the user fixed what was refused)."""
        with self._conn() as conn:
            conn.execute("UPDATE outbox SET status = 'pending' WHERE seq = ?", (seq,))
        self._changed()

    def discard(self, seq: int) -> None:
        """The user gives up on a kept action."""
        self._delete(seq)
        self._changed()

    def follow(
        self,
        monitor: ConnectionMonitor,
        on_report: Callable[[ReplayReport], None] | None = None,
    ) -> Callable[[], None]:
        """Replay in the background whenever ``monitor`` comes back online (and now, if
        there is something waiting); ``on_report`` hears what each replay did. Returns the
        function that stops following."""

        def replay() -> None:
            report = self.replay(monitor.db)
            if on_report is not None and (report.applied or report.failed):
                # the orders are loaded here, not in the listener's (GUI) thread
                for _entry, result in report.applied:
                    with contextlib.suppress(DatabaseUnavailable):
                        ready(result)
                on_report(report)

        def replay_in_background() -> None:
            threading.Thread(target=replay, name="workbay-outbox", daemon=True).start()

        def on_state(state: ConnectionState) -> None:
            if state is ConnectionState.ONLINE:
                replay_in_background()

        unsubscribe = monitor.subscribe(on_state)
        if monitor.state is ConnectionState.ONLINE and self.pending_count(monitor.db):
            replay_in_background()
        return unsubscribe


_COLUMNS = "seq, request_id, action, subject, created_at, status, attempts, error"
