"""The benchmark dataset is what the services would have written, and the raw-SQL lookup
returns exactly what the service returns (so the comparison in the benchmark is fair)."""

from __future__ import annotations

import random
import re
from collections import Counter, defaultdict

import pytest
from sqlalchemy import select

from app.bench.dataset import ensure_dataset
from app.bench.metrics import LOOKUP_KINDS, lookup_texts, summary, verdicts
from app.bench.raw import raw_lookup
from app.bench.shape import Sizes
from app.db.numbering import period_of
from app.demo.fakes import Fakes
from app.demo.visits import Desk, sign_in_staff
from app.domain.enums import OrderState
from app.domain.errors import RuleViolation
from app.domain.models import (
    Asset,
    Customer,
    DocumentCounter,
    OrderEvent,
    OrderLine,
    Payment,
    Phone,
    ReleaseSlip,
    Settlement,
    StatusChange,
    WorkOrder,
)
from app.domain.money import compute_totals
from app.domain.types import utcnow
from app.domain.validation import check_imei, check_phone, check_plate, check_serial, check_vin
from app.services.customers import name_key
from app.services.lookup import classify, lookup
from app.services.queries import BOARD_STATES, board, get_order, priced
from tests.factories import new_order

SIZES = Sizes(customers=60, orders=400, seed=3)


@pytest.fixture
def bench(db):
    staff = sign_in_staff(db)
    info = ensure_dataset(db, SIZES, staff, log=lambda _: None)
    return db, staff, info


def test_identifiers_are_valid_and_keys_normalized(bench):
    db, _, info = bench
    with db.read() as s:
        assets = s.scalars(select(Asset)).all()
        phones = s.scalars(select(Phone)).all()
        customers = s.scalars(select(Customer)).all()
    assert len(customers) == 60 and len(assets) == info["assets"] and len(phones) == info["phones"]
    for a in assets:
        if a.plate:
            assert check_plate(a.plate) == a.plate_key and a.plate_body == a.plate_key[1:]
        if a.vin:
            assert check_vin(a.vin) == a.vin and a.vin_tail == a.vin[-6:]
        if a.imei:
            assert check_imei(a.imei) == a.ident_key
        if a.frame_no:
            assert check_serial(a.frame_no) == a.ident_key
    assert any(a.plate and len(a.plate) == 8 for a in assets)  # new-energy plates
    assert {a.kind.value for a in assets} == {"vehicle", "device", "ebike"}
    for p in phones:
        assert check_phone(p.number) == p.number and p.tail4 == p.number[-4:]
    for c in customers:
        assert c.name_key == name_key(c.name)


def test_order_numbers_are_gapless_and_counters_continue(bench):
    db, staff, _ = bench
    with db.read() as s:
        numbers = s.scalars(select(WorkOrder.number)).all()
        counters = {(c.kind, c.period): c.last_value for c in s.scalars(select(DocumentCounter))}
        receipts = s.scalars(select(Payment.receipt_number)).all()
    assert len(numbers) == SIZES.orders
    per_day: dict[str, list[int]] = defaultdict(list)
    for n in numbers:
        assert re.fullmatch(r"WO-\d{8}-\d{4}", n)
        per_day[n[3:11]].append(int(n[12:]))
    for day, seq in per_day.items():
        assert sorted(seq) == list(range(1, len(seq) + 1))
        assert counters[("WO", day)] == len(seq)
    assert len(set(receipts)) == len(receipts)
    # the services' own numbering carries on without a clash
    today = period_of(utcnow())
    d = new_order(staff.advisor)
    assert d.order.number == f"WO-{today}-{counters.get(('WO', today), 0) + 1:04d}"


def test_recent_orders_carry_a_consistent_trail(bench):
    db, staff, info = bench
    with db.read() as s:
        orders = s.scalars(select(WorkOrder).order_by(WorkOrder.id)).all()
        states = Counter(o.state for o in orders)
        detailed = orders[-info["detailed_orders"] :]
        for o in detailed:
            history = s.scalars(
                select(StatusChange).where(StatusChange.order_id == o.id).order_by(StatusChange.id)
            ).all()
            assert history[0].from_state is None and history[-1].to_state is o.state
            for before, after in zip(history, history[1:], strict=False):
                assert after.from_state is before.to_state and after.at >= before.at
            versions = s.scalars(
                select(OrderEvent.version)
                .where(OrderEvent.order_id == o.id)
                .order_by(OrderEvent.version)
            ).all()
            assert versions == list(range(2, o.version + 1))
            settlement = s.scalars(select(Settlement).where(Settlement.order_id == o.id)).first()
            if o.state in (OrderState.SETTLED, OrderState.RELEASED):
                lines = s.scalars(select(OrderLine).where(OrderLine.order_id == o.id)).all()
                assert settlement is not None
                assert settlement.customer_due == compute_totals(priced(lines)).customer_due
    assert set(BOARD_STATES) <= set(states)
    assert states[OrderState.RELEASED] > states[OrderState.CANCELLED] > 0
    # every recent order opens through the service, totals agreeing with the statement
    for o in detailed[:40]:
        d = get_order(staff.advisor, o.id)
        if d.settlement is not None:
            assert d.totals.customer_due == d.settlement.customer_due
        if o.state is OrderState.RELEASED:
            assert d.release is not None and d.paid >= d.settlement.customer_due
    rows = board(staff.advisor)
    assert rows and all(r.state in BOARD_STATES for r in rows)


def test_raw_lookup_returns_what_the_service_returns(bench):
    db, staff, _ = bench
    rng = random.Random(5)
    for kind in LOOKUP_KINDS:
        texts = lookup_texts(db, kind, 15, rng)
        assert texts, kind
        for t in texts:
            hits = lookup(staff.advisor, t)
            assert [(h.kind, h.id, h.title, h.subtitle, h.matched_by) for h in hits] == [
                (h.kind, h.id, h.title, h.subtitle, h.matched_by) for h in raw_lookup(db.engine, t)
            ]
            if kind != "name":  # the desk's text finds what it was taken from
                assert kind in classify(t) and hits, (kind, t)
    with db.read() as s:  # a statement's or a release slip's number finds the order too
        documents = s.scalars(select(Settlement.number).limit(5)).all()
        documents += s.scalars(select(ReleaseSlip.number).limit(5)).all()
    assert documents
    for number in documents:
        hits = [(h.kind, h.id, h.title) for h in lookup(staff.advisor, number)]
        assert hits and hits == [(h.kind, h.id, h.title) for h in raw_lookup(db.engine, number)]


def test_a_whole_visit_runs_on_the_dataset_and_the_data_is_reused(bench):
    db, staff, info = bench
    with db.read() as s:
        asset = s.scalars(select(Asset).order_by(Asset.id)).first()
    d = Desk(staff, Fakes(1)).full_visit(asset.customer_id, asset.id, asset.kind)
    assert d.order.state is OrderState.RELEASED and d.release is not None
    again = ensure_dataset(db, SIZES, staff, log=lambda _: None)
    assert again["reused"] is True and again["built_at"] == info["built_at"]


def test_refuses_a_database_with_data_it_did_not_build(ctx):
    new_order(ctx)
    with pytest.raises(RuleViolation):
        ensure_dataset(ctx.db, SIZES, sign_in_staff(ctx.db), log=lambda _: None)


def test_summary_and_verdicts():
    assert summary([float(x) for x in range(1, 101)]) == {"p50_ms": 50.5, "p95_ms": 95.0, "n": 100}
    fast = {"p50_ms": 1.0, "p95_ms": 2.0}
    raw = {"p50_ms": 0.5, "p95_ms": 0.5}
    met = verdicts({"lookup_vin": fast, "raw_lookup_vin": raw, "board": fast})
    assert met == {"lookup_vin": False, "board": True}
