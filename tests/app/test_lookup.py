"""The one search box: orders, customers and assets by whatever the customer gives at the
counter (order number, plate in any spelling, VIN or its tail, IMEI or serial, phone or its
last four digits, name in any script)."""

from __future__ import annotations

import pytest

from app.domain.enums import AssetKind, OrderState
from app.services import intake
from app.services.inputs import AssetInput, CustomerInput, IntakeInput, VisitDetails
from app.services.lookup import classify, lookup
from tests.app._support import order_in
from tests.factories import customer, new_order, phone_device, vehicle


@pytest.fixture
def counter(ctx):
    """Four customers, five assets, four orders."""
    zhang = new_order(ctx)  # 张伟 13812345678, 粤B12345, VIN 1M8GDM9AXKP042788
    min_ = new_order(ctx, customer=customer("Zhang Min", "13987654321"), asset=phone_device())
    li = new_order(
        ctx,
        customer=customer("李娜", "13700005678"),
        asset=AssetInput(kind=AssetKind.DEVICE, serial="c02-xk12abc", make="Apple"),
    )
    ivana = new_order(
        ctx, customer=customer("Ивана Петрова", "13600001111"), asset=vehicle("粤BD12345", None)
    )
    second_car = intake.intake(
        ctx,
        IntakeInput(
            details=VisitDetails(symptom="保养"),
            customer_id=zhang.customer.id,
            asset=vehicle("京A8888A", None),
        ),
    )
    return {"zhang": zhang, "min": min_, "li": li, "ivana": ivana, "second_car": second_car}


def _hits(ctx, text):
    return {(h.kind, h.id, h.matched_by) for h in lookup(ctx, text)}


def _ids(ctx, text, kind):
    return {h.id for h in lookup(ctx, text) if h.kind == kind}


def test_by_order_number_in_any_spelling(ctx, counter):
    d = counter["zhang"]
    number = d.order.number  # WO-YYYYMMDD-0001
    compact = number.replace("-", "")
    for text in (number, number.lower(), compact, compact.lower(), f" {number} "):
        hits = lookup(ctx, text)
        assert [(h.kind, h.id, h.matched_by) for h in hits][:1] == [
            ("order", d.id, "order_number")
        ], text
        assert hits[0].title == number and hits[0].customer_id == d.customer.id
    day = number.rsplit("-", 1)[0]
    assert _ids(ctx, day, "order") == {o.id for o in counter.values()}


def test_a_scanned_statement_or_release_slip_finds_its_order(ctx, tech):
    d = order_in(ctx, tech, OrderState.RELEASED)
    other = order_in(ctx, tech, OrderState.OPEN)
    for number in (d.settlement.number, d.release.number):
        for text in (number, number.lower(), number.replace("-", "")):
            hits = lookup(ctx, text)
            assert [(h.kind, h.id, h.title) for h in hits] == [("order", d.id, d.order.number)], (
                text
            )
            assert hits[0].matched_by == "order_number"
    assert other.id not in {h.id for h in lookup(ctx, "ST-")}


def test_by_plate_with_or_without_separator_in_any_case(ctx, counter):
    asset = counter["zhang"].asset
    for text in ("粤B12345", "粤b12345", "粤B·12345", "粤b.12345", "粤B 12345", "粤B-12345"):
        assert ("asset", asset.id, "plate") in _hits(ctx, text), text
        assert _ids(ctx, text, "asset") == {asset.id}, text


def test_by_plate_without_the_province(ctx, counter):
    for text in ("B12345", "b12345", "B·12345", "b 12345"):
        assert ("asset", counter["zhang"].asset.id, "plate_body") in _hits(ctx, text), text


def test_by_plate_prefix_and_new_energy_plates(ctx, counter):
    assert _ids(ctx, "粤B", "asset") == {counter["zhang"].asset.id, counter["ivana"].asset.id}
    assert _ids(ctx, "粤bd12345", "asset") == {counter["ivana"].asset.id}
    assert _ids(ctx, "京a·8888a", "asset") == {counter["second_car"].asset.id}
    hit = next(h for h in lookup(ctx, "京A8888A") if h.kind == "asset")
    assert hit.customer_id == counter["zhang"].customer.id and hit.subtitle == "张伟"


def test_by_vin_or_its_last_six(ctx, counter):
    asset = counter["zhang"].asset
    assert ("asset", asset.id, "vin") in _hits(ctx, "1M8GDM9AXKP042788")
    assert ("asset", asset.id, "vin") in _hits(ctx, "1m8gdm9axkp042788")
    assert ("asset", asset.id, "vin_tail") in _hits(ctx, "042788")


def test_by_imei_or_serial(ctx, counter):
    phone = counter["min"].asset
    assert ("asset", phone.id, "ident") in _hits(ctx, "490154203237518")
    assert ("asset", phone.id, "ident") in _hits(ctx, "49015420")  # the first digits typed
    mac = counter["li"].asset
    assert ("asset", mac.id, "ident") in _hits(ctx, "C02XK12ABC")
    assert ("asset", mac.id, "ident") in _hits(ctx, "c02-xk12abc")


def test_a_phone_with_both_imei_and_serial_is_found_by_either(ctx):
    d = new_order(
        ctx,
        asset=AssetInput(
            kind=AssetKind.DEVICE, imei="490154203237518", serial="f2lxk0abcd12", make="Apple"
        ),
    )
    for text in ("490154203237518", "F2LXK0ABCD12", "f2lx k0ab cd12", "F2LXK0"):
        hits = [h for h in lookup(ctx, text) if h.kind == "asset"]
        assert [(h.id, h.matched_by) for h in hits] == [(d.asset.id, "ident")], text


def test_by_phone_full_or_last_four(ctx, counter):
    zhang = counter["zhang"].customer
    for text in ("13812345678", "138 1234 5678", "+86 138-1234-5678", "1381234"):
        assert ("customer", zhang.id, "phone") in _hits(ctx, text), text
    tail = lookup(ctx, "5678")
    assert {(h.id, h.matched_by) for h in tail if h.kind == "customer"} == {
        (zhang.id, "phone_tail"),
        (counter["li"].customer.id, "phone_tail"),
    }
    assert {h.subtitle for h in tail if h.kind == "customer"} == {"13812345678", "13700005678"}


def test_by_name_prefix_in_any_script(ctx, counter):
    assert _ids(ctx, "张", "customer") == {counter["zhang"].customer.id}
    assert _ids(ctx, "张伟", "customer") == {counter["zhang"].customer.id}
    assert _ids(ctx, "李", "customer") == {counter["li"].customer.id}
    assert _ids(ctx, "zhang", "customer") == {counter["min"].customer.id}
    assert _ids(ctx, "ZHANG M", "customer") == {counter["min"].customer.id}
    assert _ids(ctx, "ивана", "customer") == {counter["ivana"].customer.id}
    hit = next(h for h in lookup(ctx, "Zhang") if h.kind == "customer")
    assert (hit.title, hit.subtitle, hit.matched_by) == ("Zhang Min", "13987654321", "name")


def test_nothing_matches(ctx, counter):
    assert lookup(ctx, "粤Z99999") == []
    assert lookup(ctx, "王") == []
    assert lookup(ctx, "") == [] and lookup(ctx, "   ") == []


def test_hits_are_unique_and_limited(ctx, counter):
    hits = lookup(ctx, "粤B", limit=1)
    assert len(hits) == 1
    every = lookup(ctx, "WO")
    assert len({(h.kind, h.id) for h in every}) == len(every) == 5


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("WO-20261123-0001", "order_number"),
        ("st-20261123-0001", "settlement_number"),
        ("RL202611230001", "release_number"),
        ("490154203237518", "ident"),
        ("13812345678", "phone"),
        ("5678", "phone_tail"),
        ("粤B12345", "plate"),
        ("1M8GDM9AXKP042788", "vin"),
        ("张伟", "name"),
    ],
)
def test_classification_tries_the_most_specific_first(text, first):
    assert classify(text)[0] == first


def test_a_customer_typed_at_intake_is_found_at_once(ctx):
    d = intake.intake(
        ctx,
        IntakeInput(
            details=VisitDetails(),
            customer=CustomerInput("Ørsted Ålesund", ["13511112222"]),
            asset=vehicle("沪C1234挂", None),
        ),
    )
    assert _ids(ctx, "ørsted", "customer") == {d.customer.id}
    assert _ids(ctx, "沪c1234挂", "asset") == {d.asset.id}
