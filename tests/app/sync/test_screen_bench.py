"""The screen bench (``bench --only screen``): a second process with a real offscreen
workshop window follows this process's changes and repaints the patched rows; every change
reaches the screen (none lost) on a SQLite file and on PostgreSQL. Figures are reported,
never asserted."""

from __future__ import annotations

import pytest

from app.bench import screen
from app.bench.dataset import ensure_dataset
from app.bench.shape import Sizes
from app.db.engine import Database
from app.demo.visits import sign_in_staff

pytestmark = pytest.mark.slow


def test_every_change_is_repainted_on_the_other_stations_screen(shared_url: str) -> None:
    db = Database(shared_url)
    try:
        ensure_dataset(db, Sizes(customers=30, orders=100, seed=5), sign_in_staff(db),
                       log=lambda _: None)  # fmt: skip
        metrics, checks = screen.measure(db, 8, log=lambda _: None)
    finally:
        db.dispose()
    painted, heard = metrics["screen_latency"], metrics["screen_latency_notify"]
    assert painted["n"] == 8 and heard["n"] == 8 and checks["screen_lost"] == 0
    assert painted["p50_ms"] > 0 and painted["p50_ms"] <= painted["p95_ms"]
    assert painted["backend"] == db.dialect
    assert ("targets_met" in checks) == (db.dialect == "postgresql")
