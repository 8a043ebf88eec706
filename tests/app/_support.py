"""Helpers for the core's tests: a fingerprint of everything in the database, so that a
refused call can be shown to have written nothing, and small builders of valid identifiers."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, func, select, text

from app.db.engine import Database
from app.domain.enums import OrderState, PauseReason
from app.domain.models import (
    Asset,
    Base,
    Customer,
    DocumentCounter,
    OrderLine,
    Settlement,
    WorkOrder,
)
from app.domain.validation import PROVINCES, luhn_ok, vin_check_digit
from app.services import workflow
from app.services.context import ServiceContext
from app.services.queries import ready
from app.services.views import OrderDetail
from tests.conftest import BACKENDS, create_pg_database, drop_pg_database
from tests.factories import order_in_state, vehicle


def snapshot(db: Database) -> dict[str, Any]:
    """Row counts of every table plus the mutable columns that matter (versions, states,
    counters, lines), taken in one read transaction."""
    with db.read() as s:
        snap: dict[str, Any] = {
            t.name: s.execute(select(func.count()).select_from(t)).scalar_one()
            for t in Base.metadata.sorted_tables
        }
        snap["_counters"] = s.execute(
            select(
                DocumentCounter.kind, DocumentCounter.period, DocumentCounter.last_value
            ).order_by(DocumentCounter.kind, DocumentCounter.period)
        ).all()
        snap["_orders"] = s.execute(
            select(
                WorkOrder.id,
                WorkOrder.state,
                WorkOrder.version,
                WorkOrder.symptom,
                WorkOrder.technician_id,
                WorkOrder.pause_reason,
                WorkOrder.cancel_reason,
                WorkOrder.qc_passed_at,
                WorkOrder.released_at,
            ).order_by(WorkOrder.id)
        ).all()
        snap["_lines"] = s.execute(
            select(
                OrderLine.id,
                OrderLine.description,
                OrderLine.quantity,
                OrderLine.unit_price,
                OrderLine.discount_percent,
                OrderLine.payer,
                OrderLine.approval,
            ).order_by(OrderLine.id)
        ).all()
        snap["_customers"] = s.execute(
            select(Customer.id, Customer.version, Customer.name).order_by(Customer.id)
        ).all()
        snap["_assets"] = s.execute(
            select(Asset.id, Asset.version, Asset.customer_id, Asset.mileage_km).order_by(Asset.id)
        ).all()
        snap["_settlements"] = s.execute(
            select(Settlement.id, Settlement.voided_at).order_by(Settlement.id)
        ).all()
    return snap


def assert_nothing_written(db: Database, before: dict[str, Any]) -> None:
    after = snapshot(db)
    changed = {k: (before[k], after[k]) for k in before if before[k] != after[k]}
    assert not changed, f"a refused call wrote to the database: {changed}"


def make_vin(body: str) -> str:
    """A valid VIN from 16 characters (the check digit is inserted at position 9)."""
    assert len(body) == 16
    draft = body[:8] + "0" + body[8:]
    return draft[:8] + vin_check_digit(draft) + draft[9:]


def make_imei(body14: str) -> str:
    """A valid IMEI: 14 digits plus the Luhn check digit."""
    for d in "0123456789":
        if luhn_ok(body14 + d):
            return body14 + d
    raise AssertionError("unreachable")


def make_plate(n: int, province: str = "粤", letter: str = "B") -> str:
    """A distinct regular plate for each n < 100000."""
    assert province in PROVINCES
    return f"{province}{letter}{n:05d}"


_plates = itertools.count(1)


def next_plate() -> str:
    """A plate no other asset in this test process has (each test has a fresh database,
    the counter only keeps plates apart within a test)."""
    return make_plate(next(_plates) % 100_000)


def order_in(
    ctx: ServiceContext, tech: ServiceContext, state: OrderState, **kw: Any
) -> OrderDetail:
    """Like ``tests.factories.order_in_state`` but each order gets a vehicle of its own, so a
    test can have several (the factory's default plate is always the same, and its PAUSED
    branch opens a second order on that same plate)."""
    kw.setdefault("asset", vehicle(plate=next_plate(), vin=None))
    if state is OrderState.PAUSED:
        d = order_in_state(ctx, tech, OrderState.IN_PROGRESS, **kw)
        return ready(workflow.pause_work(tech, d.id, PauseReason.WAITING_PARTS))
    return order_in_state(ctx, tech, state, **kw)


def reset_pg_schema(url: str) -> None:
    """Empty a scratch PostgreSQL database (all tables, the Alembic stamp) without dropping
    it: much cheaper than DROP/CREATE DATABASE, which waits for a checkpoint."""
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def scratch_pg_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """One scratch PostgreSQL database per test module (named after this process)."""
    name = f"wb_apptests_{request.module.__name__.rsplit('.', 1)[-1][5:]}_{os.getpid()}"
    url = create_pg_database(name[:63])
    yield url
    drop_pg_database(name[:63])


@pytest.fixture(params=BACKENDS)
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database with nothing in it, not even the schema, on each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'empty.sqlite3'}"
    url: str = request.getfixturevalue("scratch_pg_url")
    reset_pg_schema(url)
    return url
