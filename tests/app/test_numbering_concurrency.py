"""Several stations at once, each in its own process, on one database (a SQLite file, and
a PostgreSQL database when configured): document numbers stay unique and gapless, no
version-checked update is lost, refused writes get a ConflictError, and stations starting
together on a fresh database set it up once."""

from __future__ import annotations

import multiprocessing
import queue
from collections import defaultdict
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from app.db.engine import Database
from app.db.migrate import current_revision, head_revision
from app.domain.enums import OrderState, PaymentKind
from app.domain.models import (
    CatalogItem,
    ChecklistItem,
    DocumentCounter,
    OrderEvent,
    OrderLine,
    Payment,
    Setting,
    Settlement,
    Station,
    User,
    WorkOrder,
)
from app.reference import CATALOG, CHECKLISTS
from app.services import queries
from app.services.settings import SECRET_KEY
from tests.app import _support, _workers
from tests.app._support import order_in

pytestmark = pytest.mark.slow

STATIONS = 4
# Stations fork from a clean server process that imported the core once: no engines or
# threads of the test process are inherited, and a station starts in milliseconds.
SPAWN = multiprocessing.get_context("forkserver")
SPAWN.set_forkserver_preload(["tests.app._workers"])
TIMEOUT = 120  # a stuck station fails the test instead of hanging it

# fixtures shared with the other multi-backend modules
empty_url = _support.empty_url
scratch_pg_url = _support.scratch_pg_url


def run_stations(target: Callable[..., None], *args: Any) -> dict[str, Any]:
    """Run ``target(*args, station, ..., barrier, out)`` in one process per station; returns
    each station's result, failing the test with the worker's traceback if one failed."""
    barrier = SPAWN.Barrier(STATIONS)
    out = SPAWN.Queue()
    procs = [
        SPAWN.Process(target=target, args=(args[0], n, *args[1:], barrier, out))
        for n in range(1, STATIONS + 1)
    ]
    for p in procs:
        p.start()
    results: dict[str, Any] = {}
    errors = []
    try:
        for _ in procs:
            station, result, error = out.get(timeout=TIMEOUT)
            if error:
                errors.append(f"{station}:\n{error}")
            results[station] = result
    except queue.Empty:
        errors.append("a station did not finish in time")
    finally:
        for p in procs:
            p.join(timeout=10)
            if p.is_alive():
                p.kill()
                p.join()
    assert not errors, "\n".join(errors)
    return results


def _sequence_by_period(numbers: list[str]) -> dict[str, list[int]]:
    by_period: dict[str, list[int]] = defaultdict(list)
    for number in numbers:
        _, period, seq = number.split("-")
        by_period[period].append(int(seq))
    return {p: sorted(v) for p, v in by_period.items()}


def assert_gapless(numbers: list[str], prefix: str) -> None:
    assert len(numbers) == len(set(numbers)), f"duplicate {prefix} numbers"
    assert all(n.startswith(prefix + "-") for n in numbers)
    for period, seqs in _sequence_by_period(numbers).items():
        assert seqs == list(range(1, len(seqs) + 1)), f"{prefix} {period}: gaps in {seqs}"


def test_document_numbers_stay_unique_and_gapless_across_stations(db, db_url):
    per_station, settled_per_station = 8, 2
    results = run_stations(_workers.intake_many, db_url, per_station, settled_per_station)

    reported = [n for r in results.values() for n in r["orders"]]
    assert sum(int(r["failed"][0]) for r in results.values()) == STATIONS * (per_station // 4)
    with db.read() as s:
        orders = list(s.scalars(select(WorkOrder.number)))
        statements = list(s.scalars(select(Settlement.number)))
        receipts = list(s.scalars(select(Payment.receipt_number)))
        counters = {(c.kind, c.period): c.last_value for c in s.scalars(select(DocumentCounter))}
        paid = s.scalar(select(func.sum(Payment.amount)).where(Payment.kind == PaymentKind.PAYMENT))
        settled = s.scalar(
            select(func.count(WorkOrder.id)).where(WorkOrder.state == OrderState.SETTLED)
        )

    assert len(orders) == STATIONS * per_station
    assert sorted(orders) == sorted(reported), "every order a desk was told about exists"
    assert_gapless(orders, "WO")
    assert len(statements) == STATIONS * settled_per_station
    assert_gapless(statements, "ST")
    assert len(receipts) == 2 * STATIONS * settled_per_station  # card + cash each
    assert_gapless(receipts, "RC")
    for prefix, numbers in (("WO", orders), ("ST", statements), ("RC", receipts)):
        for period, seqs in _sequence_by_period(numbers).items():
            assert counters[(prefix, period)] == len(seqs)
    assert settled == STATIONS * settled_per_station
    assert Decimal(str(paid)) == Decimal("100.00") * STATIONS * settled_per_station


def _initial_order(ctx, tech):
    return order_in(ctx, tech, OrderState.APPROVED)


def test_concurrent_edits_lose_nothing_and_refused_ones_conflict(db, db_url, ctx, tech):
    d = _initial_order(ctx, tech)
    start_version, start_lines = d.version, {l.description for l in d.lines}

    rounds = 3
    locked_step = run_stations(_workers.edit_in_rounds, db_url, d.id, rounds)
    accepted = [x for r in locked_step.values() for x in r["accepted"]]
    refused = [x for r in locked_step.values() for x in r["refused"]]
    # everybody wrote with the version all had read: one write per round got in
    assert len(accepted) == rounds and len(refused) == rounds * (STATIONS - 1)
    for r in range(rounds):
        assert sum(a.startswith(f"round {r} ") for a in accepted) == 1
    for err in refused:
        assert err["actual"] == err["expected"] + 1
        assert len(err["by"]) == 1 and err["by"][0].startswith("Desk ")

    writes = 3
    free = run_stations(_workers.edit_until_done, db_url, d.id, writes)
    accepted += [x for r in free.values() for x in r["accepted"]]

    final = queries.get_order(ctx, d.id)
    descriptions = [l.description for l in final.lines]
    assert len(descriptions) == len(set(descriptions)), "no write applied twice"
    assert set(descriptions) == start_lines | set(accepted), "every accepted write is there"
    assert not {e["desc"] for e in refused} & set(descriptions), "no refused write is there"
    assert final.version == start_version + len(accepted)
    with db.read() as s:
        journal = list(
            s.scalars(
                select(OrderEvent.version)
                .where(OrderEvent.order_id == d.id, OrderEvent.version > start_version)
                .order_by(OrderEvent.version)
            )
        )
        positions = list(s.scalars(select(OrderLine.position).where(OrderLine.order_id == d.id)))
    assert journal == list(range(start_version + 1, final.version + 1))
    assert sorted(positions) == list(range(1, len(positions) + 1))


def test_stations_starting_together_set_up_a_fresh_database_once(empty_url):
    results = run_stations(_workers.start_station, empty_url)
    assert len(set(results.values())) == 1, "all signed in as the one admin user"

    db = Database(empty_url)
    try:
        assert current_revision(db.engine) == head_revision()
        with db.read() as s:
            count = lambda model: s.scalar(select(func.count()).select_from(model))  # noqa: E731
            assert count(ChecklistItem) == sum(len(v) for v in CHECKLISTS.values())
            assert count(CatalogItem) == len(CATALOG)
            assert count(User) == 1 and count(Station) == STATIONS
            assert s.scalar(select(func.count()).where(Setting.key == SECRET_KEY)) == 1
    finally:
        db.dispose()
