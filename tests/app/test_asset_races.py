"""Two stations registering the same new plate at the same instant end with one vehicle:
several stations, each its own process, take in a new customer with one new plate at the
same moment (a barrier), round after round. Exactly one intake per round goes through; every
other station is told ``asset_exists`` naming the winner's vehicle (the desk offers it), and
keeps nothing of its attempt (no customer, no order). On PostgreSQL the check before the
INSERT cannot see a rival's uncommitted vehicle, so the unique index decides (the test
proves it did at least once); on SQLite the write lock lets the check decide."""

from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy import func, select

from app.domain.models import AppliedRequest, Asset, Customer, WorkOrder
from tests.app import _workers
from tests.app.test_numbering_concurrency import STATIONS, run_stations

pytestmark = pytest.mark.slow

ROUNDS = {"sqlite": 8, "postgresql": 30}


def test_one_vehicle_per_plate_when_stations_race(db, db_url):
    rounds = ROUNDS[db.dialect]
    results = run_stations(_workers.register_plates, db_url, rounds)

    with db.read() as s:
        plates = dict(s.execute(select(Asset.plate, Asset.id)).all())
        per_plate = Counter(s.scalars(select(Asset.plate_key)))
        customers = s.scalar(select(func.count()).select_from(Customer))
        orders = list(s.execute(select(WorkOrder.asset_id, WorkOrder.customer_id)))
        owners = dict(s.execute(select(Asset.id, Asset.customer_id)).all())
        requests = s.scalar(select(func.count()).select_from(AppliedRequest))

    assert len(plates) == rounds and set(per_plate.values()) == {1}, "one vehicle per plate"
    raced = 0
    for r in range(rounds):
        outcomes = [station[r] for station in results.values()]
        winners = [o for o in outcomes if o[0] == "won"]
        assert len(winners) == 1, f"round {r}: {outcomes}"
        winner = plates[f"粤A{r:05d}"]
        assert winners[0][1] == winner
        losers = [o for o in outcomes if o[0] == "lost"]
        assert len(losers) == STATIONS - 1
        assert all(asset_id == winner for _, asset_id, _ in losers), f"round {r}: {outcomes}"
        raced += sum(1 for *_, by_index in losers if by_index)
    # nothing half-written: the losers' new customers and orders are not there
    assert customers == rounds
    assert len(orders) == rounds and all(owners[a] == c for a, c in orders)
    assert requests == rounds
    if db.dialect == "postgresql":
        assert raced > 0, "no round got past the check: the race was not run"
