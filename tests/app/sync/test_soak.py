"""Many stations at once for a while: no lost update, no duplicate or missing document
number, totals consistent (see ``_soak.check_books``). PostgreSQL: 16 processes for 30
seconds; SQLite (one file, one counter's computer): 4 processes for a few seconds."""

from __future__ import annotations

import os

import pytest

from app.db.engine import Database
from app.services.people import sign_in
from tests.app.sync import _soak
from tests.app.sync._stations import run_stations
from tests.app.sync.conftest import needs_pg
from tests.factories import customer, new_order, vehicle

pytestmark = pytest.mark.slow

POOL = 8


def _soak_run(url: str, processes: int, seconds: float) -> dict[str, int]:
    db = Database(url)
    ctx = sign_in(db, "Setup", "Setup")
    seeded = []
    for i in range(POOL):
        d = new_order(
            ctx,
            customer=customer(f"种子{i}", f"1380000{i:04d}"),
            asset=vehicle(f"粤Z{i:05d}", None),
        )
        seeded.append((d.id, "intake", d.version))
    db.dispose()  # before forking the stations
    reports = run_stations(
        _soak.station,
        [(url, i, seconds, POOL) for i in range(processes)],
        timeout=seconds + 120,
    )
    db = Database(url)
    try:
        totals = _soak.check_books(db, reports, seeded)
    finally:
        db.dispose()
    totals["per_second"] = round(totals["transitions"] / seconds, 1)  # type: ignore[assignment]
    print(f"\n{url.split(':')[0]}: {processes} stations x {seconds:.0f}s: {totals}")
    assert totals["transitions"] > 0
    return totals


@needs_pg
def test_sixteen_stations_for_thirty_seconds_lose_nothing(pg_url: str) -> None:
    seconds = float(os.environ.get("WORKBAY_SOAK_SECONDS", "30"))
    _soak_run(pg_url, 16, seconds)


def test_four_processes_on_one_sqlite_file_lose_nothing(sqlite_url: str) -> None:
    _soak_run(sqlite_url, 4, 5)
