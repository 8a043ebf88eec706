"""``python -m app db copy``: a single counter's embedded database moves into a shared one
with all its data, and the shared one goes on numbering and counting after it."""

from __future__ import annotations

import argparse
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select

from app.bootstrap import open_database
from app.db.copy import TargetNotEmpty, copy_database, register, row_counts
from app.db.engine import Database
from app.domain.enums import OrderState, Role
from app.domain.models import OrderEvent, WorkOrder
from app.services import cashier
from app.services.people import as_user, sign_in
from app.services.queries import get_order_by_number
from tests.app.sync.conftest import needs_pg
from tests.factories import customer, new_order, order_in_state, vehicle


@pytest.fixture
def counter_url(tmp_path: Path) -> str:
    """A single counter's database with a day of work in it."""
    url = f"sqlite:///{tmp_path / 'counter.sqlite3'}"
    db = open_database(url)
    ctx = sign_in(db, "Counter 1", "Li Na")
    tech = as_user(ctx, "Wang Wei", Role.TECHNICIAN)
    released = order_in_state(ctx, tech, OrderState.RELEASED)
    manager = as_user(ctx, "Qian Hong", Role.MANAGER)
    cashier.refund(manager, released.payments[0].id, "10.00", "goodwill")
    order_in_state(ctx, tech, OrderState.IN_PROGRESS, asset=vehicle("粤B20001", None))
    new_order(ctx, customer=customer("孙丽", "13611112222"), asset=vehicle("粤B20002", None))
    db.dispose()
    return url


def counts(url: str) -> dict[str, int]:
    engine = create_engine(url)
    try:
        return row_counts(engine)
    finally:
        engine.dispose()


def _target(kind: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if kind == "sqlite":
        return f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    return str(request.getfixturevalue("empty_pg_url"))


@pytest.mark.parametrize("kind", ["sqlite", pytest.param("postgresql", marks=needs_pg)])
def test_copy_moves_everything_and_the_target_goes_on(
    kind: str, counter_url: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    target = _target(kind, request, tmp_path)
    report = copy_database(counter_url, target)
    source_counts = counts(counter_url)
    target_engine = create_engine(target)
    try:
        assert row_counts(target_engine) == source_counts == report.rows
        assert report.rows["work_orders"] == 3 and report.rows["payments"] == 2
    finally:
        target_engine.dispose()
    db = open_database(target)
    try:
        ctx = sign_in(db, "Counter 2", "Chen Jie")
        with db.read() as s:
            numbers = sorted(s.scalars(select(WorkOrder.number)))
            last = s.scalar(select(OrderEvent).order_by(OrderEvent.id.desc()).limit(1))
            last_by = last.user.name if last is not None else None
        first = get_order_by_number(ctx, numbers[0])
        assert first.order.state is OrderState.RELEASED
        assert first.paid == first.settlement.customer_due - Decimal("10.00")  # type: ignore[union-attr]
        assert last_by == "Li Na"
        # New rows get fresh ids (sequences moved past the copied ones) and the next number.
        d = new_order(
            ctx, customer=customer("周明", "13622223333"), asset=vehicle("粤B20003", None)
        )
        assert d.id == 4
        assert int(d.order.number.rsplit("-", 1)[1]) == int(numbers[-1].rsplit("-", 1)[1]) + 1
    finally:
        db.dispose()


def test_copy_refuses_a_target_that_holds_data(counter_url: str, tmp_path: Path) -> None:
    target = f"sqlite:///{tmp_path / 'used.sqlite3'}"
    db = open_database(target)  # a station already started on it: reference data
    db.dispose()
    before = counts(target)
    with pytest.raises(TargetNotEmpty) as refused:
        copy_database(counter_url, target)
    assert "checklist_items" in refused.value.tables
    assert counts(target) == before


def test_db_copy_command(
    counter_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers()
    db_sub = sub.add_parser("db").add_subparsers()
    register(sub, db_sub)
    target = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    args = parser.parse_args(["db", "copy", "--from", counter_url, "--to", target])
    assert args.func(args) == 0
    out = capsys.readouterr().out
    assert "work_orders" in out and "done:" in out
    copied = Database(target)
    try:
        with copied.read() as s:
            assert len(s.scalars(select(WorkOrder)).all()) == 3
    finally:
        copied.dispose()
