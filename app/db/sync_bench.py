"""How long until another station sees a change: commit in this process, seen in another.

:func:`sync_latency` starts a second process that listens as a station does
(:class:`app.db.sync.ChangeListener`), then commits ``samples`` changes one after another
and measures, per change, the time from the start of the committing transaction to its
arrival in the other process's change feed (both processes read the same monotonic clock).
The changes are journal entries of entity ``sync_bench``, which no screen shows.
"""

from __future__ import annotations

import multiprocessing as mp
import queue
import random
import statistics
import time
from typing import Any

from sqlalchemy.engine import make_url

from app.db.changes import Change, Entity, RecordAction, record_change
from app.db.engine import Database
from app.db.sync import ChangeListener

_ENTITY = Entity.SYNC_BENCH


def _listen(url: str, out: Any, stop: Any) -> None:
    """The other station (runs in the child process)."""
    db = Database(url)

    def seen(changes: list[Change]) -> None:
        now = time.monotonic()
        for c in changes:
            if c.entity == _ENTITY:
                out.put((c.entity_id, now))

    db.feed.subscribe(seen)
    listener = ChangeListener(db, poll_interval=0.25)
    listener.start()
    listener.wait_connected(10)
    out.put(("ready", time.monotonic()))
    stop.wait(120)
    listener.stop()
    db.dispose()


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def sync_latency(url: str, samples: int = 50, *, max_gap: float = 0.25) -> dict[str, Any]:
    """Commit ``samples`` changes and time their arrival at another process.

    Commits are spaced by a random pause up to ``max_gap`` seconds, so that they fall at
    random points of the SQLite poll cycle (as a user's would), not in step with it.

    Returns ``{"backend", "samples", "lost", "p50_ms", "p95_ms", "max_ms", "mean_ms"}``;
    ``lost`` counts changes that did not arrive within 5 seconds (after three such in a
    row the run stops). An in-memory database has no other process: ``{"skipped": why}``.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database in (None, "", ":memory:"):
        return {"skipped": "an in-memory database is not shared with another process"}
    spawn = mp.get_context("spawn")
    out = spawn.Queue()
    stop = spawn.Event()
    child = spawn.Process(target=_listen, args=(url, out, stop), daemon=True)
    child.start()
    db = Database(url)
    latencies: list[float] = []
    lost = 0
    try:
        tag, _ = out.get(timeout=60)
        assert tag == "ready"
        base = int(time.time() * 1000) % 1_000_000_000
        for i in range(samples):
            marker = base + i
            started = time.monotonic()
            with db.write() as session:
                record_change(session, _ENTITY, marker, RecordAction.PING)
            deadline = started + 5.0
            while True:
                try:
                    got, at = out.get(timeout=max(0.01, deadline - time.monotonic()))
                except queue.Empty:
                    lost += 1
                    break
                if got == marker:
                    latencies.append((at - started) * 1000)
                    break
            if lost >= 3 and not latencies:
                break  # nothing arrives: no point waiting 5 s per sample
            time.sleep(random.uniform(0, max_gap))
    finally:
        stop.set()
        child.join(15)
        if child.is_alive():
            child.terminate()
            child.join(5)
        db.dispose()
    result: dict[str, Any] = {"backend": db.dialect, "samples": samples, "lost": lost}
    if latencies:
        result.update(
            p50_ms=round(statistics.median(latencies), 2),
            p95_ms=round(_percentile(latencies, 95), 2),
            max_ms=round(max(latencies), 2),
            mean_ms=round(statistics.fmean(latencies), 2),
        )
    return result
