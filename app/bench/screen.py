"""``python -m app bench --only screen``: from a commit at one station to the row repainted
on another's screen.

``screen_latency``: this process moves an order on (pause / resume through the services);
another process (``python -m ui.bench_screen``: a real workshop desk in an offscreen
window, following the change feed as a station does: LISTEN/NOTIFY on PostgreSQL, the poll
on SQLite) patches the row and repaints it. The time is taken just before COMMIT is sent here and when the board's viewport paints the patched row there (both
processes read the same wall clock). Beside it, in the same run, ``screen_latency_notify``:
commit to the change arriving in the other process, the feed alone (no desk). Target on
PostgreSQL: ``screen_latency`` p95 <= 50 ms.

The other board is narrowed to this run's orders (a big dataset has more open orders than
a board's 500 rows), so every moved row is on screen; the patching is the desk's own.
"""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from typing import IO, Any

from sqlalchemy import event

from app.bench.actions import Visit
from app.bench.metrics import summary
from app.bench.throughput import open_shop
from app.db.changes import Change, Entity
from app.db.engine import Database
from app.domain.enums import OrderState
from app.domain.errors import RuleViolation

SCREEN_TARGET_MS = 50.0
#: orders this run moves to and fro (each a row on the other station's board)
ROWS = 6
#: how long one repaint may take before the sample counts as lost
WAIT_S = 5.0


def _log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def _started(desk: Any, asset: Any) -> Visit:
    v = desk.intake(asset)
    for action in ("approve", "assign", "start"):
        v = desk.act(action, v)
    return v


def _reader(stream: IO[str], out: queue.Queue[list[str]]) -> None:
    for line in stream:
        out.put(line.split())
    out.put(["eof"])


def _expect(lines: queue.Queue[list[str]], word: str, deadline: float) -> list[str]:
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            raise RuleViolation("bench_screen_silent", f"the screen process did not say {word}")
        try:
            parts = lines.get(timeout=left)
        except queue.Empty:
            continue
        if parts and parts[0] == "eof":
            raise RuleViolation("bench_screen_silent", "the screen process ended early")
        if parts and parts[0] == word:
            return parts


def measure(
    db: Database, samples: int, *, log: Callable[[str], None] = _log
) -> tuple[dict[str, dict], dict[str, Any]]:
    shop = open_shop(db, 1)
    desk = shop.service(0)
    log(f"screen: {ROWS} orders in the workshop for the other station's board")
    visits = [_started(desk, shop.assets[i % len(shop.assets)]) for i in range(ROWS)]
    committed: dict[tuple[int, int], float] = {}
    commit_at = [0.0]

    def committing(_conn: Any) -> None:  # just before COMMIT goes to the server
        commit_at[0] = time.time()

    def heard(changes: list[Change]) -> None:  # published after that commit
        for c in changes:
            if c.entity is Entity.ORDER and c.version is not None:
                committed.setdefault((c.entity_id, c.version), commit_at[0])

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-m", "ui.bench_screen", db.url, ",".join(str(v.id) for v in visits)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None and child.stdin is not None
    lines: queue.Queue[list[str]] = queue.Queue()
    reader = threading.Thread(target=_reader, args=(child.stdout, lines), daemon=True)
    reader.start()
    event.listen(db.engine, "commit", committing)
    unsubscribe = db.feed.subscribe(heard)
    painted_ms: list[float] = []
    notified_ms: list[float] = []
    lost = 0
    try:
        _expect(lines, "ready", time.monotonic() + 60)
        log(f"screen: {samples} changes, each to a row on the other station's screen")
        for i in range(samples):
            v = visits[i % ROWS]
            action = "resume" if v.state is OrderState.PAUSED else "pause"
            v = desk.act(action, v)  # (its state follows: paused, in progress)
            visits[i % ROWS] = v
            deadline = time.monotonic() + WAIT_S
            got: dict[str, float] = {}
            while len(got) < 2:
                try:
                    word, oid, version, at = _expect_any(lines, deadline)
                except TimeoutError:
                    lost += 1
                    break
                if (int(oid), int(version)) == (v.id, v.version):
                    got[word] = float(at)
            start = committed.get((v.id, v.version))
            if start is not None and "painted" in got:
                painted_ms.append((got["painted"] - start) * 1000)
            if start is not None and "heard" in got:
                notified_ms.append((got["heard"] - start) * 1000)
    finally:
        unsubscribe()
        event.remove(db.engine, "commit", committing)
        child.stdin.close()
        try:
            child.wait(timeout=20)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
        reader.join(timeout=5)
        child.stdout.close()
    if not painted_ms:
        raise RuleViolation("bench_screen_silent", "no repaint was seen on the other screen")
    painted: dict[str, Any] = {**summary(painted_ms), "lost": lost, "backend": db.dialect}
    metrics: dict[str, dict] = {
        "screen_latency": painted,
        "screen_latency_notify": dict(summary(notified_ms or painted_ms)),
    }
    checks: dict[str, Any] = {"screen_lost": lost}
    if db.dialect == "postgresql":
        checks["targets_met"] = {"screen_latency": painted["p95_ms"] <= SCREEN_TARGET_MS}
    return metrics, checks


def _expect_any(lines: queue.Queue[list[str]], deadline: float) -> tuple[str, str, str, str]:
    """The next ``heard``/``painted`` line: (word, order id, version, wall time)."""
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError
        try:
            parts = lines.get(timeout=left)
        except queue.Empty:
            continue
        if parts and parts[0] == "eof":
            raise TimeoutError
        if len(parts) == 4 and parts[0] in ("heard", "painted"):
            return parts[0], parts[1], parts[2], parts[3]
