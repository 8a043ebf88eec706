"""The connection goes away: the station says so at once, keeps what was typed, recovers by
itself, and applies nothing twice and loses nothing."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, event, func, select, text
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.health import ConnectionMonitor, ConnectionState
from app.domain.errors import DatabaseUnavailable, ValidationErrors
from app.domain.models import AppliedRequest, WorkOrder
from app.services.context import Actor, ServiceContext
from app.services.inputs import CustomerInput, IntakeInput, VisitDetails
from app.services.intake import intake
from app.services.outbox import Outbox
from app.services.people import sign_in
from app.services.queries import board
from tests.app.sync.conftest import needs_pg
from tests.factories import customer, vehicle

UNREACHABLE = "postgresql+psycopg://postgres@127.0.0.1:9/nowhere"  # discard port: refused


def walk_in(name: str = "吴敏", plate: str = "粤B6E001") -> IntakeInput:
    return IntakeInput(
        details=VisitDetails(symptom="仪表盘故障灯亮", mileage_in=88000),
        customer=customer(name, "13512345678"),
        asset=vehicle(plate, None),
    )


def orders_of(db: Database, name: str) -> int:
    with db.read() as s:
        return int(
            s.scalar(select(func.count(WorkOrder.id)).where(WorkOrder.customer.has(name=name))) or 0
        )


class States:
    """Records a monitor's states in order and waits for one."""

    def __init__(self, monitor: ConnectionMonitor) -> None:
        self.seen: list[ConnectionState] = []
        self._cond = threading.Condition()
        monitor.subscribe(self._on)

    def _on(self, state: ConnectionState) -> None:
        with self._cond:
            self.seen.append(state)
            self._cond.notify_all()

    def wait(self, state: ConnectionState, timeout: float = 15) -> None:
        with self._cond:
            assert self._cond.wait_for(lambda: state in self.seen, timeout), self.seen


@needs_pg
def test_writer_killed_mid_save_recovers_and_applies_once(pg_url: str) -> None:
    db = Database(pg_url)
    ctx = sign_in(db, "Counter 1", "Li Na")
    monitor = ConnectionMonitor(db, interval=0.2)
    states = States(monitor)
    monitor.start()
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    killed: list[int] = []

    def kill_before_commit(session: Session) -> None:
        if killed:
            return
        pid = session.connection().connection.dbapi_connection.info.backend_pid  # type: ignore[union-attr]
        with admin.connect() as conn:
            conn.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid})
        killed.append(pid)

    event.listen(Session, "before_commit", kill_before_commit)
    try:
        with pytest.raises(DatabaseUnavailable):
            intake(ctx, walk_in(), request_id="rq-killed")
        assert killed
        event.remove(Session, "before_commit", kill_before_commit)
        states.wait(ConnectionState.OFFLINE)  # told at once, by the failed call itself
        assert orders_of(db, "吴敏") == 0  # the server rolled the half-saved intake back
        # The station's next call succeeds; resending the same request applies it once.
        first = intake(ctx, walk_in(), request_id="rq-killed")
        again = intake(ctx, walk_in(), request_id="rq-killed")
        assert first.id == again.id
        assert orders_of(db, "吴敏") == 1
        states.wait(ConnectionState.ONLINE)
        assert states.seen[0] is ConnectionState.OFFLINE
    finally:
        if event.contains(Session, "before_commit", kill_before_commit):
            event.remove(Session, "before_commit", kill_before_commit)
        monitor.stop()
        admin.dispose()
        db.dispose()


def test_an_unreachable_server_is_reported_at_once_and_retried() -> None:
    db = Database(UNREACHABLE)
    monitor = ConnectionMonitor(db, interval=0.1, max_backoff=0.2)
    states = States(monitor)
    try:
        with pytest.raises(DatabaseUnavailable):
            board(ServiceContext(db, Actor(1, 1)))
        # The failed call itself turned the monitor offline, before any probe ran.
        assert monitor.state is ConnectionState.OFFLINE
        monitor.start()
        states.wait(ConnectionState.RECONNECTING)
        assert monitor.last_error
        assert states.seen[:2] == [ConnectionState.OFFLINE, ConnectionState.RECONNECTING]
    finally:
        monitor.stop()
        db.dispose()


def test_a_reported_failure_on_a_healthy_database_recovers(shared_url: str) -> None:
    db = Database(shared_url)
    monitor = ConnectionMonitor(db, interval=0.1)
    states = States(monitor)
    monitor.start()
    try:
        monitor.report_failure(DatabaseUnavailable("network hiccup"))
        states.wait(ConnectionState.ONLINE)
        assert states.seen == [
            ConnectionState.OFFLINE,
            ConnectionState.RECONNECTING,
            ConnectionState.ONLINE,
        ]
    finally:
        monitor.stop()
        db.dispose()


def test_an_intake_typed_offline_is_kept_and_saved_once_when_back(
    shared_url: str, tmp_path: Path
) -> None:
    db = Database(shared_url)
    ctx = sign_in(db, "Counter 1", "Li Na")
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    counts: list[int] = []
    outbox.subscribe(counts.append)
    try:
        kept = outbox.submit(ctx, "intake", online=False, data=walk_in())
        assert kept.result is None and kept.queued is not None
        assert (kept.queued.action, kept.queued.subject) == ("intake", "吴敏, 粤B6E001")
        assert orders_of(db, "吴敏") == 0 and counts == [1]
        # Kept on disk: a restarted station (a new Outbox on the same file) still has it.
        reopened = Outbox(tmp_path / "outbox.sqlite3")
        assert [e.request_id for e in reopened.entries(db)] == [kept.queued.request_id]
        report = reopened.replay(db)
        assert len(report.applied) == 1 and report.remaining == 0
        detail: Any = report.applied[0][1]
        assert detail.customer.name == "吴敏" and detail.order.number.startswith("WO-")
        assert reopened.replay(db).applied == []
        assert orders_of(db, "吴敏") == 1
        # Replaying an action that did reach the server before the line dropped: no double.
        outbox.enqueue(ctx, "intake", kept.queued.request_id, {"data": walk_in()})
        assert outbox.replay(db).applied[0][1].id == detail.id
        assert orders_of(db, "吴敏") == 1
        with db.read() as s:
            assert s.get(AppliedRequest, kept.queued.request_id) is not None
    finally:
        db.dispose()


def test_bad_input_is_reported_offline_too_and_not_kept(shared_url: str, tmp_path: Path) -> None:
    db = Database(shared_url)
    ctx = sign_in(db, "Counter 1", "Li Na")
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    bad = IntakeInput(VisitDetails(symptom="x", fuel_level=140), customer=CustomerInput(name=""))
    try:
        with pytest.raises(ValidationErrors) as refused:
            outbox.submit(ctx, "intake", online=False, data=bad)
        assert {e.field for e in refused.value.errors} >= {"customer.name", "fuel_level"}
        assert outbox.entries() == []
        done = outbox.submit(ctx, "intake", data=walk_in("郑爽", "粤B6E002"))
        assert done.queued is None and done.result.customer.name == "郑爽"
    finally:
        db.dispose()


def test_a_refused_replay_is_kept_as_failed_and_the_rest_goes_on(
    shared_url: str, tmp_path: Path
) -> None:
    db = Database(shared_url)
    ctx = sign_in(db, "Counter 1", "Li Na")
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    try:
        outbox.submit(ctx, "intake", online=False, data=walk_in("王芳", "粤B6E003"))
        gone = IntakeInput(VisitDetails(symptom="保养"), customer_id=999_999, asset_id=999_999)
        outbox.submit(ctx, "intake", online=False, data=gone)
        outbox.submit(ctx, "intake", online=False, data=walk_in("李强", "粤B6E004"))
        report = outbox.replay(db)
        assert [e.subject for e, _ in report.applied] == ["王芳, 粤B6E003", "李强, 粤B6E004"]
        assert len(report.failed) == 1 and report.remaining == 0
        (failed,) = outbox.entries(db)
        assert failed.status == "failed" and "999999" in (failed.error or "")
        outbox.discard(failed.seq)
        assert outbox.entries() == []
    finally:
        db.dispose()


def test_a_replay_that_still_cannot_reach_the_server_keeps_everything(tmp_path: Path) -> None:
    db = Database(UNREACHABLE)
    ctx = ServiceContext(db, Actor(1, 1))
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    try:
        outbox.submit(ctx, "intake", online=False, data=walk_in())
        outbox.submit(ctx, "intake", online=False, data=walk_in("赵六", "粤B6E005"))
        report = outbox.replay(db)
        assert report.applied == [] and report.failed == [] and report.remaining == 2
        first, second = outbox.entries(db)
        assert (first.status, first.attempts, second.attempts) == ("pending", 1, 0)
        # Another database's queue is not this one's.
        other = Database("sqlite:///" + str(tmp_path / "other.sqlite3"))
        assert outbox.entries(other) == [] and outbox.replay(other).remaining == 0
        other.dispose()
    finally:
        db.dispose()
