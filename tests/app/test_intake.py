"""Reception: walk-in intake with new or known customers and assets, the walk-around
inspection, editing the intake details; every refusal leaves the database as it was."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

import pytest

from app.domain.enums import (
    Approval,
    ApprovalMethod,
    AssetKind,
    DamageType,
    InspectionResult,
    LineKind,
)
from app.domain.enums import OrderState as S
from app.domain.errors import (
    IllegalTransition,
    NotFound,
    ValidationError,
    ValidationErrors,
)
from app.domain.types import utcnow
from app.services import customers, intake, queries
from app.services.inputs import (
    AssetInput,
    CustomerInput,
    DamageMarkInput,
    InspectionInput,
    InspectionItemInput,
    IntakeInput,
    LineInput,
    VisitDetails,
)
from tests.app._support import assert_nothing_written, next_plate, order_in, snapshot
from tests.factories import customer, new_order, phone_device, vehicle


def test_walk_in_with_a_new_customer_and_vehicle(ctx):
    d = new_order(ctx)
    o = d.order
    assert o.number.startswith("WO-") and o.number.endswith("-0001")
    assert o.state is S.OPEN and o.advisor.name == "Li Na"
    assert (o.symptom, o.mileage_in, o.fuel_level) == ("刹车有异响", 42000, 50)
    assert o.promised_at.tzinfo is not None
    assert (d.customer.name, d.customer.name_key) == ("张伟", "张伟")
    assert [(p.number, p.tail4) for p in d.customer.phones] == [("13812345678", "5678")]
    a = d.asset
    assert (a.kind, a.plate, a.plate_key, a.plate_body) == (
        AssetKind.VEHICLE,
        "粤B12345",
        "粤B12345",
        "B12345",
    )
    assert (a.vin, a.vin_tail, a.mileage_km, a.customer_id) == (
        "1M8GDM9AXKP042788",
        "042788",
        42000,
        d.customer.id,
    )
    assert [(l.approval, l.is_extra) for l in d.lines] == [(Approval.PROPOSED, False)] * 2
    assert [(h.from_state, h.to_state, h.reason) for h in o.history] == [(None, S.OPEN, "intake")]
    assert [(e.action, e.version) for e in d.events] == [("intake", o.version)]
    assert d.estimate.net == Decimal("338.00") and d.estimate.customer_total == Decimal("270.00")
    file = customers.customer_file(ctx, d.customer.id)
    assert [x.id for x in file.assets] == [a.id]
    assert [x.number for x in file.open_orders] == [o.number]
    assert [ow.customer_id for ow in file.assets[0].ownerships] == [d.customer.id]


def test_known_customer_brings_a_phone_and_then_comes_back(ctx):
    first = new_order(ctx)
    device = intake.intake(
        ctx,
        IntakeInput(
            details=VisitDetails(symptom="屏幕碎了"),
            customer_id=first.customer.id,
            asset=phone_device(),
        ),
    )
    assert device.customer.id == first.customer.id
    assert (device.asset.kind, device.asset.imei, device.asset.ident_key) == (
        AssetKind.DEVICE,
        "490154203237518",
        "490154203237518",
    )
    again = intake.intake(
        ctx,
        IntakeInput(
            details=VisitDetails(symptom="保养", mileage_in=41000, confirm_mileage=True),
            customer_id=first.customer.id,
            asset_id=first.asset.id,
        ),
    )
    assert again.asset.id == first.asset.id and again.order.number.endswith("-0003")
    assert again.asset.mileage_km == 42000, "a lower reading never winds the odometer back"
    assert customers.customer_file(ctx, first.customer.id).customer.version == 1


def test_ebike_by_frame_number(ctx):
    d = intake.intake(
        ctx,
        IntakeInput(
            details=VisitDetails(symptom="刹车松"),
            customer=CustomerInput("Ali Hassan", ["+971 50 123 4567"]),
            asset=AssetInput(kind=AssetKind.EBIKE, frame_no="yd-2023 0045", make="雅迪"),
        ),
    )
    assert (d.asset.frame_no, d.asset.ident_key) == ("YD20230045", "YD20230045")
    assert d.customer.phones[0].number == "+971501234567"


def test_an_asset_of_another_customer_is_refused(db, ctx):
    a = new_order(ctx)
    b = new_order(ctx, customer=customer("李娜", "13900002222"), asset=phone_device())
    before = snapshot(db)
    with pytest.raises(ValidationError) as info:
        intake.intake(
            ctx,
            IntakeInput(
                details=VisitDetails(symptom="x"), customer_id=b.customer.id, asset_id=a.asset.id
            ),
        )
    assert (info.value.field, info.value.code) == ("asset", "asset_other_owner")
    assert_nothing_written(db, before)


def test_unknown_customer_or_asset_is_not_found(db, ctx):
    d = new_order(ctx)
    before = snapshot(db)
    with pytest.raises(NotFound) as info:
        intake.intake(
            ctx, IntakeInput(details=VisitDetails(), customer_id=987654, asset=vehicle("粤B55555"))
        )
    assert (info.value.what, info.value.key) == ("customer", 987654)
    with pytest.raises(NotFound) as info:
        intake.intake(
            ctx, IntakeInput(details=VisitDetails(), customer_id=d.customer.id, asset_id=987654)
        )
    assert info.value.what == "asset"
    assert_nothing_written(db, before)


def test_an_asset_already_on_file_is_not_registered_twice(db, ctx):
    d = new_order(ctx)
    phone = new_order(
        ctx,
        customer=customer("李娜", "13900002222"),
        asset=AssetInput(kind=AssetKind.DEVICE, imei="490154203237518", serial="sn-0001x"),
    )
    before = snapshot(db)
    other = customer("王芳", "13700003333")
    with pytest.raises(ValidationErrors) as info:
        new_order(ctx, customer=other, asset=vehicle("粤b·12345", None))
    err = info.value.for_field("asset.plate")
    assert err is not None and err.code == "asset_exists"
    assert err.params["asset_id"] == d.asset.id
    with pytest.raises(ValidationErrors) as info:
        new_order(ctx, customer=other, asset=vehicle("粤B77777", d.asset.vin))
    assert info.value.for_field("asset.vin").code == "asset_exists"
    with pytest.raises(ValidationErrors) as info:
        new_order(ctx, customer=other, asset=phone_device())
    err = info.value.for_field("asset.imei")
    assert err.code == "asset_exists" and err.params["asset_id"] == phone.asset.id
    with pytest.raises(ValidationErrors) as info:
        new_order(
            ctx,
            customer=other,
            asset=AssetInput(kind=AssetKind.DEVICE, imei="356938035643809", serial="SN-0001X"),
        )
    assert [(e.field, e.code) for e in info.value.errors] == [("asset.serial", "asset_exists")]
    assert_nothing_written(db, before)  # not even the new customer


def test_intake_needs_a_customer_and_an_asset(db, ctx):
    before = snapshot(db)
    with pytest.raises(ValidationErrors) as info:
        intake.intake(ctx, IntakeInput(details=VisitDetails(symptom="异响")))
    assert [(e.field, e.code) for e in info.value.errors] == [
        ("customer.name", "required"),
        ("asset.kind", "required"),
    ]
    with pytest.raises(ValidationErrors) as info:
        intake.intake(
            ctx,
            IntakeInput(
                details=VisitDetails(promised_at=datetime(2026, 1, 1, 9, 0)),
                customer=customer(),
                asset=vehicle(next_plate()),
            ),
        )
    assert [(e.field, e.code) for e in info.value.errors] == [("promised_at", "naive_time")]
    assert_nothing_written(db, before)


def test_intake_with_a_request_id_opens_one_order(db, ctx):
    data = IntakeInput(
        details=VisitDetails(symptom="异响"), customer=customer(), asset=vehicle(next_plate())
    )
    first = intake.intake(ctx, data, request_id="desk1-0001")
    again = intake.intake(ctx, data, request_id="desk1-0001")
    assert again.id == first.id and again.order.number == first.order.number
    assert queries.count_orders(ctx) == 1


# --- the walk-around inspection ---


def test_checklist_per_asset_kind(ctx):
    items = intake.checklist(ctx, AssetKind.VEHICLE)
    assert [i.position for i in items] == list(range(1, 11))
    assert items[0].code == "exterior" and items[0].label_zh == "外观"
    assert "imei_match" in {i.code for i in intake.checklist(ctx, AssetKind.DEVICE)}


def test_inspection_is_recorded_and_replaced(ctx):
    d = new_order(ctx)
    d = intake.record_inspection(
        ctx,
        d.id,
        InspectionInput(
            items=[
                InspectionItemInput("tires", InspectionResult.ATTENTION, "左前轮胎纹浅"),
                InspectionItemInput("exterior", InspectionResult.DAMAGED),
            ],
            marks=[DamageMarkInput("0.25", Decimal("0.5"), DamageType.SCRATCH, "左前门划痕")],
            fuel_level=30,
            mileage=42100,
            note="车内有贵重物品已交还",
        ),
        version=d.version,
    )
    ins = d.inspection
    assert [(i.code, i.result, i.position) for i in ins.items] == [
        ("exterior", InspectionResult.DAMAGED, 1),
        ("tires", InspectionResult.ATTENTION, 4),
    ]
    assert ins.items[1].label_en == "Tires" and ins.items[1].note == "左前轮胎纹浅"
    assert [(m.x, m.y, m.damage) for m in ins.marks] == [
        (Decimal("0.2500"), Decimal("0.5000"), DamageType.SCRATCH)
    ]
    assert (d.order.fuel_level, d.order.mileage_in, d.asset.mileage_km) == (30, 42100, 42100)
    assert d.events[-1].summary == "inspection: 2 items, 1 marks"

    reloaded = queries.get_order(ctx, d.id).inspection
    assert [(i.code, i.position) for i in reloaded.items] == [("exterior", 1), ("tires", 4)]
    d = intake.record_inspection(
        ctx, d.id, InspectionInput(items=[InspectionItemInput("glass", InspectionResult.OK)])
    )
    assert [i.code for i in d.inspection.items] == ["glass"] and d.inspection.marks == []


def test_bad_inspections_write_nothing(db, ctx, tech):
    d = new_order(ctx)
    before = snapshot(db)
    with pytest.raises(ValidationError) as info:
        intake.record_inspection(
            ctx,
            d.id,
            InspectionInput(
                items=[
                    InspectionItemInput("tires", InspectionResult.OK),
                    InspectionItemInput("imei_match", InspectionResult.OK),  # a phone's item
                ]
            ),
        )
    assert (info.value.field, info.value.code) == ("items.1.code", "unknown_item")
    with pytest.raises(ValidationErrors) as many:
        intake.record_inspection(
            ctx,
            d.id,
            InspectionInput(
                marks=[DamageMarkInput("1.5", "abc", DamageType.DENT)],
                fuel_level=101,
                mileage=-5,
                items=[InspectionItemInput("tires", InspectionResult.OK, "x" * 301)],
            ),
        )
    assert {(e.field, e.code) for e in many.value.errors} == {
        ("marks.0.x", "mark_position"),
        ("marks.0.y", "mark_position"),
        ("fuel_level", "percent_range"),
        ("mileage", "mileage_range"),
        ("items.0.note", "too_long"),
    }
    assert_nothing_written(db, before)

    running = order_in(ctx, tech, S.IN_PROGRESS)
    before = snapshot(db)
    with pytest.raises(IllegalTransition):
        intake.record_inspection(ctx, running.id, InspectionInput())
    assert_nothing_written(db, before)


# --- intake details ---


def test_details_are_edited_while_the_order_is_open(db, ctx, tech):
    d = order_in(ctx, tech, S.IN_PROGRESS)
    promised = utcnow().replace(microsecond=0) + timedelta(days=1)
    d2 = intake.update_details(
        ctx,
        d.id,
        VisitDetails(
            symptom="刹车有异响，低速时明显",
            mileage_in=42000,
            fuel_level=50,
            promised_at=promised,
            waits_on_site=True,
        ),
        version=d.version,
    )
    assert d2.version == d.version + 1
    assert d2.order.symptom == "刹车有异响，低速时明显" and d2.order.waits_on_site
    assert d2.order.promised_at == promised
    assert d2.events[-1].summary == "changed symptom, promised_at, waits_on_site"

    released = order_in(ctx, tech, S.RELEASED)
    before = snapshot(db)
    with pytest.raises(IllegalTransition) as info:
        intake.update_details(ctx, released.id, VisitDetails(symptom="x"), version=released.version)
    assert info.value.why == "the order is closed"
    assert_nothing_written(db, before)


def test_a_number_drawn_by_a_refused_call_goes_to_the_next_order(db, ctx, tech):
    """Numbers stay gapless: the refused intake's number is rolled back with it (the
    multi-process view is in test_numbering_concurrency)."""
    first = order_in(ctx, tech, S.OPEN)
    unknown = LineInput(LineKind.PART, "x", "1", "1.00", catalog_item_id=10**9)
    with pytest.raises(NotFound):
        intake.intake(
            ctx,
            IntakeInput(
                details=VisitDetails(),
                customer_id=first.customer.id,
                asset_id=first.asset.id,
                lines=[unknown],
            ),
        )
    second = order_in(ctx, tech, S.OPEN)
    assert int(second.order.number[-4:]) == int(first.order.number[-4:]) + 1


def test_intake_with_inspection_and_approval_is_one_transaction(ctx):
    data = IntakeInput(
        details=VisitDetails(symptom="异响"),
        customer=customer(),
        asset=vehicle(),
        lines=[LineInput(LineKind.LABOR, "常规保养工时", "1", "180.00")],
        inspection=InspectionInput(
            items=[InspectionItemInput("exterior", InspectionResult.DAMAGED, "左前门划痕")]
        ),
        approval=ApprovalMethod.SIGNATURE,
    )
    d = intake.intake(ctx, data)
    assert d.order.state is S.APPROVED
    assert d.inspection is not None and d.inspection.items[0].note == "左前门划痕"
    assert [line.approval for line in d.lines] == [Approval.APPROVED]


def test_intake_with_a_refused_inspection_writes_nothing(db, ctx):
    before = snapshot(db)
    data = IntakeInput(
        details=VisitDetails(symptom="异响"),
        customer=customer(),
        asset=vehicle(),
        inspection=InspectionInput(
            items=[InspectionItemInput("no_such_item", InspectionResult.OK)]
        ),
        approval=ApprovalMethod.SIGNATURE,
    )
    with pytest.raises(ValidationError) as info:
        intake.intake(ctx, data)
    assert info.value.field == "inspection.items.0.code"
    assert_nothing_written(db, before)
