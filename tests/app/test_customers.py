"""Customers and their assets: create, edit, change owner with history (一车一档), and the
customer's file."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.domain.enums import AssetKind
from app.domain.enums import OrderState as S
from app.domain.errors import NotFound, ValidationError, ValidationErrors
from app.services import customers, intake, workflow
from app.services.inputs import AssetInput, CustomerInput, IntakeInput, VisitDetails
from app.services.lookup import lookup
from tests.app._support import assert_nothing_written, make_vin, order_in, snapshot


def _car(plate="粤B12345", **kw):
    return AssetInput(kind=AssetKind.VEHICLE, plate=plate, **kw)


def test_create_and_update_a_customer(ctx):
    c = customers.create_customer(
        ctx,
        CustomerInput(
            "  Zhang Wei ",
            ["138 1234 5678", "010-87654321"],
            email="zw@example.com",
            sms_consent=True,
        ),
    )
    assert (c.name, c.name_key, c.version, c.sms_consent) == ("Zhang Wei", "zhang wei", 1, True)
    assert [(p.number, p.tail4, p.position) for p in c.phones] == [
        ("13812345678", "5678", 0),
        ("01087654321", "4321", 1),
    ]
    assert c.primary_phone == "13812345678"
    c2 = customers.update_customer(
        ctx, c.id, CustomerInput("张伟", ["13900001111"]), version=c.version
    )
    assert (c2.name, c2.name_key, c2.version) == ("张伟", "张伟", 2)
    assert [p.number for p in c2.phones] == ["13900001111"]
    assert c2.email is None, "a field left empty on the form is cleared"
    assert {h.id for h in lookup(ctx, "1111") if h.kind == "customer"} == {c.id}
    assert not [h for h in lookup(ctx, "5678") if h.kind == "customer"]


def test_refused_customer_edits_write_nothing(db, ctx):
    c = customers.create_customer(ctx, CustomerInput("张伟", ["13812345678"]))
    before = snapshot(db)
    with pytest.raises(ValidationErrors) as info:
        customers.update_customer(
            ctx, c.id, CustomerInput("", ["1234"], notes="x" * 2001), version=c.version
        )
    assert {(e.field, e.code) for e in info.value.errors} == {
        ("name", "required"),
        ("phones.0", "phone_too_short"),
        ("notes", "too_long"),
    }
    with pytest.raises(NotFound):
        customers.update_customer(ctx, 987654, CustomerInput("x", ["13812345678"]), version=1)
    assert_nothing_written(db, before)


def test_assets_are_checked_by_kind_and_kept_unique(db, ctx):
    owner = customers.create_customer(ctx, CustomerInput("张伟", ["13812345678"]))
    vin = make_vin("LSVAU218N2183294")
    car = customers.create_asset(ctx, owner.id, _car(vin=vin.lower()))
    assert (car.vin, car.vin_tail, car.version) == (vin, vin[-6:], 1)
    other = customers.create_asset(ctx, owner.id, _car("粤B54321"))
    before = snapshot(db)
    with pytest.raises(ValidationErrors) as info:
        customers.update_asset(ctx, other.id, _car("粤B·12345"), version=other.version)
    err = info.value.for_field("plate")
    assert err.code == "asset_exists" and err.params["asset_id"] == car.id
    with pytest.raises(ValidationErrors) as info:
        customers.update_asset(
            ctx, car.id, AssetInput(kind=AssetKind.DEVICE, imei="490154203237518"), version=1
        )
    assert info.value.errors[0].code == "kind_fixed"
    with pytest.raises(NotFound):
        customers.create_asset(ctx, 987654, _car("粤B99999"))
    assert_nothing_written(db, before)

    moved = customers.update_asset(ctx, car.id, _car("粤B66666", vin=vin), version=car.version)
    assert (moved.plate_key, moved.plate_body, moved.version) == ("粤B66666", "B66666", 2)
    assert {h.id for h in lookup(ctx, "粤B66666") if h.kind == "asset"} == {car.id}
    assert not [h for h in lookup(ctx, "粤B12345") if h.kind == "asset"]


def test_an_asset_changes_owner_only_without_an_open_order(db, ctx, tech, manager):
    d = order_in(ctx, tech, S.IN_PROGRESS)
    buyer = customers.create_customer(ctx, CustomerInput("李娜", ["13900002222"]))
    before = snapshot(db)
    with pytest.raises(ValidationErrors) as info:
        customers.transfer_asset(ctx, d.asset.id, buyer.id, "二手车过户")
    err = info.value.errors[0]
    assert (err.field, err.code, err.value) == ("customer", "asset_has_open_order", d.order.number)
    with pytest.raises(NotFound):
        customers.transfer_asset(ctx, d.asset.id, 987654)
    assert_nothing_written(db, before)

    workflow.cancel(manager, d.id, "客户要卖车")  # work was started: the manager cancels
    same = customers.transfer_asset(ctx, d.asset.id, d.customer.id)
    assert len(same.ownerships) == 1, "to the same owner: nothing changes"
    asset = customers.transfer_asset(ctx, d.asset.id, buyer.id, "二手车过户")
    assert asset.customer_id == buyer.id
    owners = [(o.customer_id, o.until is None, o.note) for o in asset.ownerships]
    assert owners == [(d.customer.id, False, None), (buyer.id, True, "二手车过户")]

    seller_file = customers.customer_file(ctx, d.customer.id)
    assert [a.id for a in seller_file.assets] == [asset.id], "the history stays in the file"
    assert [o.number for o in seller_file.orders] == [d.order.number]
    assert seller_file.open_orders == []
    assert [a.id for a in customers.customer_file(ctx, buyer.id).assets] == [asset.id]

    with pytest.raises(ValidationError) as info:
        intake.intake(
            ctx,
            IntakeInput(details=VisitDetails(), customer_id=d.customer.id, asset_id=d.asset.id),
        )
    assert info.value.code == "asset_other_owner"
    visit = intake.intake(
        ctx, IntakeInput(details=VisitDetails(), customer_id=buyer.id, asset_id=d.asset.id)
    )
    assert visit.customer.id == buyer.id
    full = customers.get_asset(ctx, asset.id)
    assert full.owner.name == "李娜" and full.owner.primary_phone == "13900002222"
    assert [o.customer.name for o in full.ownerships] == ["张伟", "李娜"]


def test_the_customer_file_lists_visits_with_totals(ctx, tech):
    released = order_in(ctx, tech, S.RELEASED)
    open_ = intake.intake(
        ctx,
        IntakeInput(
            details=VisitDetails(symptom="复查"),
            customer_id=released.customer.id,
            asset_id=released.asset.id,
        ),
    )
    file = customers.customer_file(ctx, released.customer.id)
    assert [o.number for o in file.orders] == [open_.order.number, released.order.number]
    totals = {o.number: o.total for o in file.orders}
    assert totals == {released.order.number: Decimal("338.00"), open_.order.number: Decimal("0")}
    assert [o.number for o in file.open_orders] == [open_.order.number]
    assert file.orders[0].asset_label == f"{released.asset.plate} Toyota Camry"
    with pytest.raises(NotFound):
        customers.customer_file(ctx, 987654)
