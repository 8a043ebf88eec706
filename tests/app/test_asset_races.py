"""Two stations registering the same new plate at the same instant end with one vehicle:
several stations, each its own process, take in a new customer with one new plate at the
same moment (a barrier), round after round. Exactly one intake per round goes through; every
other station is told ``asset_exists`` naming the winner's vehicle (the desk offers it), and
keeps nothing of its attempt (no customer, no order). On PostgreSQL the check before the
INSERT cannot see a rival's uncommitted vehicle, so the unique index decides (the test
proves it did at least once); on SQLite the write lock lets the check decide.

The index's word, without the race, on both backends: with the check made blind once, a new
vehicle, a changed plate and a walk-in's intake meet the index and get the same
``asset_exists`` as the check gives, with nothing written."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import func, select

from app.domain.enums import AssetKind
from app.domain.errors import ValidationErrors
from app.domain.models import AppliedRequest, Asset, Customer, WorkOrder
from app.services import customers
from app.services.inputs import AssetInput
from tests.app import _workers
from tests.app._support import assert_nothing_written, snapshot
from tests.app.test_numbering_concurrency import STATIONS, run_stations
from tests.factories import customer, new_order, phone_device, vehicle

ROUNDS = {"sqlite": 8, "postgresql": 30}


@pytest.mark.slow
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


# --- the unique index as the last word, one process, both backends ---------------------


@pytest.fixture
def blind_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The check before the write finds nothing the first time, as when a rival station's
    vehicle was not committed yet: the unique index decides, the second look names it."""
    real = customers._check_asset_unique
    calls: list[int] = []

    def blind_first(*args: Any, **kwargs: Any) -> None:
        calls.append(1)
        if len(calls) > 1:
            real(*args, **kwargs)

    monkeypatch.setattr(customers, "_check_asset_unique", blind_first)


def _refused(call: Callable[[], Any], field: str) -> int:
    with pytest.raises(ValidationErrors) as info:
        call()
    err = info.value.for_field(field)
    assert err is not None and err.code == "asset_exists", info.value.errors
    return int(err.params["asset_id"])


def test_a_new_vehicle_with_a_plate_on_file_is_refused_by_the_index(db, ctx, blind_once):
    wang = customers.create_customer(ctx, customer("王芳", "13800000001"))
    li = customers.create_customer(ctx, customer("李强", "13800000002"))
    first = customers.create_asset(ctx, wang.id, vehicle("粤B10001", None))
    before = snapshot(db)
    assert (
        _refused(lambda: customers.create_asset(ctx, li.id, vehicle("粤B10001", None)), "plate")
        == first.id
    )
    assert_nothing_written(db, before)


def test_a_plate_changed_to_one_on_file_is_refused_by_the_index(db, ctx, blind_once):
    wang = customers.create_customer(ctx, customer("王芳", "13800000001"))
    first = customers.create_asset(ctx, wang.id, vehicle("粤B10001", None))
    second = customers.create_asset(ctx, wang.id, vehicle("粤B10002", None))
    before = snapshot(db)
    change = lambda: customers.update_asset(  # noqa: E731
        ctx, second.id, vehicle("粤B10001", None), version=second.version
    )
    assert _refused(change, "plate") == first.id
    assert_nothing_written(db, before)
    assert customers.get_asset(ctx, second.id).plate == "粤B10002"


def test_an_intake_losing_the_race_leaves_no_customer_behind(db, ctx, blind_once):
    known = new_order(ctx, customer=customer("王芳", "13800000001"), asset=phone_device())
    before = snapshot(db)
    visit = lambda: new_order(  # noqa: E731
        ctx, customer=customer("李强", "13800000002"), asset=phone_device()
    )
    assert _refused(visit, "asset.imei") == known.asset.id
    assert_nothing_written(db, before)


def test_a_serial_that_is_another_files_frame_number_is_refused(db, ctx):
    """One key column holds IMEIs, serials and frame numbers: the check looks at serials
    only, the index sees the e-bike's frame number and the desk is told at the serial."""
    wang = customers.create_customer(ctx, customer("王芳", "13800000001"))
    bike = customers.create_asset(
        ctx, wang.id, AssetInput(kind=AssetKind.EBIKE, frame_no="YD2301234567")
    )
    before = snapshot(db)
    phone = AssetInput(kind=AssetKind.DEVICE, serial="YD2301234567", make="Xiaomi")
    assert _refused(lambda: customers.create_asset(ctx, wang.id, phone), "serial") == bike.id
    assert_nothing_written(db, before)
