"""The database server goes away and comes back (a restart, a stop and start) while a
station is working: it says so, keeps the intake typed meanwhile, reconnects by itself,
sends the intake once and catches up with what other stations did meanwhile.

Runs against a private PostgreSQL server started for this test (never the shared one).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest

from app.bootstrap import open_database
from app.db.engine import Database
from app.db.health import ConnectionMonitor, ConnectionState
from app.db.sync import ChangeListener
from app.domain.errors import DatabaseUnavailable
from app.services import workflow
from app.services.outbox import Outbox
from app.services.people import sign_in
from app.services.queries import board
from tests.app.sync._private_pg import PrivateServer, available
from tests.app.sync._support import FeedRecorder, order_change
from tests.app.sync.conftest import needs_pg
from tests.app.sync.test_outages import States, orders_of, walk_in
from tests.factories import customer, new_order, vehicle

T = TypeVar("T")

pytestmark = [
    pytest.mark.slow,
    needs_pg,
    pytest.mark.skipif(
        not available() or os.geteuid() != 0, reason="needs PostgreSQL 15 binaries and root"
    ),
]


@pytest.fixture(scope="module")
def server() -> Iterator[PrivateServer]:
    srv = PrivateServer()
    try:
        srv.start()
        yield srv
    finally:
        srv.destroy()


def test_a_station_rides_out_a_server_stop_and_restart(
    server: PrivateServer, tmp_path: Path
) -> None:
    url = server.create_database("wb_sync_restart")
    open_database(url).dispose()
    station, other = Database(url), Database(url)
    ctx = sign_in(station, "Counter 1", "Li Na")
    colleague = sign_in(other, "Counter 2", "Chen Jie")
    monitor = ConnectionMonitor(station, interval=0.3, max_backoff=1.0)
    states = States(monitor)
    listener = ChangeListener(station, on_connection=monitor.report)
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    stop_following = outbox.follow(monitor)
    recorder = FeedRecorder(station.feed)
    monitor.start()
    listener.start()
    try:
        assert listener.wait_connected(10)

        # 1. The server stops: the station says so without anyone clicking anything.
        server.stop()
        states.wait(ConnectionState.OFFLINE)
        with pytest.raises(DatabaseUnavailable):
            board(ctx)
        # An intake typed now is kept on the station.
        kept = outbox.submit(
            ctx, "intake", online=monitor.state is ConnectionState.ONLINE, data=walk_in()
        )
        assert kept.queued is not None and outbox.pending_count(station) == 1

        # 2. The server is back: reconnected, the intake sent once, by itself.
        server.start()
        states.wait(ConnectionState.ONLINE, timeout=30)
        saved = recorder.wait_for(lambda c: c.entity == "order" and c.action == "intake", 30)
        assert outbox.pending_count(station) == 0
        assert orders_of(station, "吴敏") == 1
        assert listener.wait_connected(15)

        # 3. Another station's change made right after the restart reaches this one.
        theirs = new_order(
            colleague, customer=customer("钱七", "13600006666"), asset=vehicle("粤B6E0R1", None)
        )
        recorder.wait_for(order_change(theirs.id, "intake"), 15)

        # 4. A quick restart (pg_ctl restart) while another station keeps working.
        states.seen.clear()
        server.restart()
        approved = _retry(lambda: workflow.approve_order(colleague, theirs.id))
        recorder.wait_for(order_change(theirs.id, "approve"), 30)
        states.wait(ConnectionState.ONLINE, timeout=30)
        assert ConnectionState.OFFLINE in states.seen
        assert approved.order.state.value == "approved"
        # The station works again without being restarted itself.
        assert any(r.order_id == saved.entity_id for r in board(ctx))
        assert orders_of(station, "吴敏") == 1
    finally:
        stop_following()
        listener.stop()
        monitor.stop()
        station.dispose()
        other.dispose()


def _retry(call: Callable[[], T], attempts: int = 60) -> T:
    """What a station's background retry does: try again until the server answers."""
    for _ in range(attempts):
        try:
            return call()
        except DatabaseUnavailable:
            time.sleep(0.5)
    return call()
