"""What a station process does in the multi-process tests (run in forked children).

Each function is one station's script; it reports through a multiprocessing queue as
plain tuples, exceptions included, so the test process does the asserting.
"""

from __future__ import annotations

import gc
import multiprocessing as mp
import time
import traceback
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from app.db.changes import Change
from app.db.engine import Database, patient
from app.db.migrate import upgrade
from app.db.sync import ChangeListener
from app.domain.errors import ConflictError, DatabaseBusy
from app.domain.types import utcnow
from app.services.inputs import VisitDetails
from app.services.intake import update_details
from app.services.people import sign_in
from tests.factories import customer, new_order, vehicle

FORK = mp.get_context("fork")


def run_stations(
    target: Callable[..., None], args_per_station: list[tuple[Any, ...]], timeout: float = 60
) -> list[Any]:
    """Start one process per argument tuple (each gets ``(queue, barrier, *args)``) and
    return what each put on the queue, in station order; a failure in a station fails the
    test with the station's traceback."""
    out = FORK.Queue()
    barrier = FORK.Barrier(len(args_per_station))
    procs = [
        FORK.Process(target=_guard, args=(target, i, out, barrier, *args), daemon=True)
        for i, args in enumerate(args_per_station)
    ]
    for p in procs:
        p.start()
    results: dict[int, Any] = {}
    deadline = time.monotonic() + timeout
    try:
        while len(results) < len(procs):
            index, ok, value = out.get(timeout=max(0.1, deadline - time.monotonic()))
            if not ok:
                raise AssertionError(f"station {index} failed:\n{value}")
            results[index] = value
    finally:
        for p in procs:
            p.join(10)
            if p.is_alive():
                p.terminate()
                p.join(5)
    return [results[i] for i in range(len(procs))]


def _guard(target: Callable[..., Any], index: int, out: Any, barrier: Any, *args: Any) -> None:
    # What the test process made before the fork stays its own: the child's collector never
    # finalizes it. (A session or connection an earlier test left open would otherwise be
    # rolled back or closed by the child, on the test process's socket, at whatever moment
    # the child collects, such as in the middle of the station's own transaction.)
    gc.freeze()
    try:
        out.put((index, True, target(barrier, *args)))
    except BaseException:
        out.put((index, False, traceback.format_exc()))


def exchange_orders(barrier: Any, url: str, station: str, count: int) -> dict[str, Any]:
    """Open ``count`` orders and collect, with arrival times, the other station's ones."""
    db = Database(url)
    arrived: dict[int, float] = {}
    others: set[int] = set()

    def on_changes(changes: list[Change]) -> None:
        now = time.monotonic()
        for c in changes:
            if c.entity == "order" and c.action == "intake":
                arrived.setdefault(c.entity_id, now)

    db.feed.subscribe(on_changes)
    listener = ChangeListener(db, poll_interval=0.25)
    listener.start()
    assert listener.wait_connected(10)
    ctx = sign_in(db, station, f"{station} advisor")
    barrier.wait(30)
    sent: dict[int, float] = {}
    for i in range(count):
        started = time.monotonic()
        plate = f"粤B{station[-1]}{i:03d}A"
        d = _as_the_outbox_would(
            lambda i=i, plate=plate: new_order(
                ctx,
                customer=customer(f"客户{station}{i}", f"139{i:08d}"),
                asset=vehicle(plate, None),
            )
        )
        sent[d.id] = started
        time.sleep(0.1)
    barrier.wait(30)
    deadline = time.monotonic() + 10
    mine = set(sent)
    while time.monotonic() < deadline:
        others = set(arrived) - mine
        if len(others) >= count:
            break
        time.sleep(0.02)
    listener.stop()
    db.dispose()
    return {"sent": sent, "arrived": arrived}


def _as_the_outbox_would(send: Callable[[], Any], tries: int = 3) -> Any:
    """Send again after "busy" (another station held a lock past the wait limit; nothing was
    written), as the desks' outbox does."""
    for attempt in range(tries):
        try:
            return send()
        except DatabaseBusy:
            if attempt == tries - 1:
                raise
            time.sleep(0.2)
    return None


def edit_same_order(barrier: Any, url: str, station: str, order_id: int, version: int) -> Any:
    """Both stations save the same order from the same version at once."""
    db = Database(url)
    ctx = sign_in(db, station, f"{station} advisor")
    details = VisitDetails(
        symptom=f"{station}: 刹车异响，低速明显", promised_at=utcnow() + timedelta(hours=2)
    )
    barrier.wait(30)
    try:
        # the loser waits for the winner's row lock however long a loaded machine takes
        # (a desk's 2 s limit made this a busy refusal, not a conflict, under a full run)
        with patient(30_000):
            d = update_details(ctx, order_id, details, version=version)
    except ConflictError as err:
        notes = [(n.version, n.action, n.summary, n.user, n.station, n.at) for n in err.changes]
        return ("conflict", err.expected_version, err.actual_version, notes)
    finally:
        db.dispose()
    return ("saved", d.version, station)


def migrate_at_once(barrier: Any, url: str) -> str:
    """Start a station against a database nobody has set up yet."""
    db = Database(url)
    barrier.wait(30)
    upgrade(db.engine)
    db.dispose()
    return "ok"
