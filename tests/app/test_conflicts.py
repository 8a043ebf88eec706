"""Optimistic version checks: two stations edit the same order; the second writer gets a
typed ConflictError naming what the first one changed (who, where, what), and nothing of the
refused call is written. Customers and assets are version-checked too."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.domain.enums import ApprovalMethod, LineKind, Payer, PaymentMethod, Role
from app.domain.enums import OrderState as S
from app.domain.errors import ConflictError
from app.services import cashier, customers, intake, lines, queries, workflow
from app.services.inputs import (
    AssetInput,
    CustomerInput,
    LineInput,
    PaymentInput,
    VisitDetails,
)
from app.services.people import sign_in
from app.services.queries import ready
from tests.app._support import assert_nothing_written, order_in, snapshot
from tests.factories import cashier_of

OIL = LineInput(LineKind.PART, "机油 5W-30", "4", "55.00")


def _details(d, **changes):
    """The order's intake details as the form shows them, with ``changes`` typed in."""
    o = d.order
    values = {
        "symptom": o.symptom,
        "mileage_in": o.mileage_in,
        "fuel_level": o.fuel_level,
        "promised_at": o.promised_at,
    }
    return VisitDetails(**{**values, **changes})


@pytest.fixture
def desk2(db):
    """A second reception desk: advisor Chen Jie at Counter 2."""
    return sign_in(db, "Counter 2", "Chen Jie", Role.ADVISOR)


def test_second_writer_is_told_what_the_first_one_changed(db, ctx, tech, desk2):
    d = order_in(ctx, tech, S.APPROVED)
    mine = theirs = d  # both desks show the same version

    theirs = intake.update_details(
        desk2, d.id, _details(d, symptom="异响，冷车明显"), version=theirs.version
    )
    lines.add_lines(desk2, d.id, [OIL], version=theirs.version)

    before = snapshot(db)
    with pytest.raises(ConflictError) as info:
        intake.update_details(ctx, d.id, _details(d, symptom="异响"), version=mine.version)
    err = info.value
    assert (err.code, err.entity, err.entity_id) == ("conflict", "order", d.id)
    assert (err.expected_version, err.actual_version) == (mine.version, mine.version + 2)
    assert [(c.version, c.action, c.summary, c.user, c.station) for c in err.changes] == [
        (mine.version + 1, "details", "changed symptom", "Chen Jie", "Counter 2"),
        (mine.version + 2, "extra_work", "added 机油 5W-30", "Chen Jie", "Counter 2"),
    ]
    assert all(c.at is not None for c in err.changes)
    assert "Chen Jie @ Counter 2" in str(err) and "changed symptom" in str(err)
    assert_nothing_written(db, before)

    # with the fresh version the same edit goes through
    fresh = queries.get_order(ctx, d.id)
    again = intake.update_details(ctx, d.id, _details(d, symptom="异响"), version=fresh.version)
    assert again.order.symptom == "异响" and again.version == fresh.version + 1


def _attempts(ctx, tech, d):
    line = d.lines[0]
    v = d.version
    return {
        "update_details": lambda: intake.update_details(ctx, d.id, VisitDetails(), version=v),
        "add_lines": lambda: lines.add_lines(ctx, d.id, [OIL], version=v),
        "propose_extra_work": lambda: lines.propose_extra_work(tech, d.id, [OIL], version=v),
        "update_line": lambda: lines.update_line(ctx, d.id, line.id, OIL, version=v),
        "remove_line": lambda: lines.remove_line(ctx, d.id, line.id, version=v),
        "set_payer": lambda: lines.set_line_payer_and_discount(
            ctx, d.id, line.id, payer=Payer.GOODWILL, discount_percent="5", version=v
        ),
        "decide": lambda: lines.decide_extra_work(
            ctx, d.id, [line.id], approve=True, method=ApprovalMethod.PHONE, version=v
        ),
        "assign": lambda: workflow.assign(ctx, d.id, tech.actor.user_id, version=v),
        "start": lambda: workflow.start_work(tech, d.id, version=v),
        "cancel": lambda: workflow.cancel(ctx, d.id, "客户取消", version=v),
    }


def test_every_version_checked_edit_refuses_a_stale_version(db, ctx, tech, desk2):
    d = order_in(ctx, tech, S.ASSIGNED)
    d = ready(lines.propose_extra_work(tech, d.id, [OIL]))  # loaded now: as it was then
    stale = d
    intake.update_details(desk2, d.id, VisitDetails(symptom="客户补充：有抖动"), version=d.version)
    before = snapshot(db)
    for name, attempt in _attempts(ctx, tech, stale).items():
        with pytest.raises(ConflictError) as info:
            attempt()
        assert info.value.actual_version == stale.version + 1, name
        assert [c.user for c in info.value.changes] == ["Chen Jie"], name
    assert_nothing_written(db, before)


def test_stale_cashier_actions_are_refused(db, ctx, tech, desk2):
    ready = order_in(ctx, tech, S.READY)
    lines.set_line_payer_and_discount(
        desk2,
        ready.id,
        ready.lines[0].id,
        payer=Payer.CUSTOMER,
        discount_percent="10",
        version=ready.version,
    )
    till, till2 = cashier_of(ctx), cashier_of(desk2)  # the cashier at two stations
    before = snapshot(db)
    with pytest.raises(ConflictError) as info:
        cashier.settle(till, ready.id, version=ready.version)
    assert info.value.changes[0].summary == "常规保养工时: customer, -10.00% = 243.00"
    assert_nothing_written(db, before)

    settled = cashier.settle(till, ready.id)
    assert settled.settlement.customer_due == Decimal("243.00")
    cashier.pay(till2, settled.id, [PaymentInput(PaymentMethod.WECHAT, "100.00")])
    before = snapshot(db)
    with pytest.raises(ConflictError):
        cashier.pay(
            till, settled.id, [PaymentInput(PaymentMethod.CASH, "243.00")], version=settled.version
        )
    with pytest.raises(ConflictError):
        cashier.release(till, settled.id, version=settled.version)
    assert_nothing_written(db, before)


def test_customer_edits_are_version_checked(db, ctx, desk2):
    c = customers.create_customer(ctx, CustomerInput("张伟", ["13812345678"]))
    assert c.version == 1
    updated = customers.update_customer(
        desk2, c.id, CustomerInput("张伟", ["13812345678", "13900001111"]), version=c.version
    )
    assert updated.version == 2 and [p.number for p in updated.phones] == [
        "13812345678",
        "13900001111",
    ]
    before = snapshot(db)
    with pytest.raises(ConflictError) as info:
        customers.update_customer(ctx, c.id, CustomerInput("张 伟", ["13812345678"]), version=1)
    err = info.value
    assert (err.entity, err.entity_id, err.expected_version, err.actual_version) == (
        "customer",
        c.id,
        1,
        2,
    )
    assert_nothing_written(db, before)


def test_asset_edits_are_version_checked(db, ctx, desk2):
    c = customers.create_customer(ctx, CustomerInput("张伟", ["13812345678"]))
    a = customers.create_asset(
        ctx, c.id, AssetInput(kind=customers.AssetKind.VEHICLE, plate="粤B12345")
    )
    customers.update_asset(
        desk2,
        a.id,
        AssetInput(kind=customers.AssetKind.VEHICLE, plate="粤B12345", colour="白"),
        version=a.version,
    )
    before = snapshot(db)
    with pytest.raises(ConflictError) as info:
        customers.update_asset(
            ctx,
            a.id,
            AssetInput(kind=customers.AssetKind.VEHICLE, plate="粤B12345", colour="黑"),
            version=a.version,
        )
    assert (info.value.entity, info.value.actual_version) == ("asset", a.version + 1)
    assert_nothing_written(db, before)
    assert customers.get_asset(ctx, a.id).colour == "白"


def test_unchecked_calls_from_the_workshop_do_not_conflict(ctx, tech, desk2):
    """The technician's buttons send no version: starting the job after the desk edited
    the order is fine; the desk's edit is kept."""
    d = order_in(ctx, tech, S.ASSIGNED)
    intake.update_details(desk2, d.id, VisitDetails(symptom="换了描述"), version=d.version)
    started = workflow.start_work(tech, d.id)
    assert started.order.state is S.IN_PROGRESS and started.order.symptom == "换了描述"
    assert started.version == d.version + 2
