"""Checks where the field is (issue 9, point 5), on both backends: identifiers on file for
another customer said by a read-only check before the intake is sent; a mileage below the last
visit and a VIN without a check digit as warnings the advisor confirms (recorded), refused
until then; purchase dates in the future and promised times in the past refused, in the
shop's local calendar; names that look blank refused as empty ones."""

from __future__ import annotations

import json
import os
import string
import time
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app.domain.enums import AssetKind, CustomerKind
from app.domain.errors import ValidationError, ValidationErrors
from app.domain.models import AuditEntry, OrderEvent, WorkOrder
from app.domain.types import utcnow
from app.domain.validation import (
    VIN_CHECKED_REGIONS,
    check_text,
    check_vin,
    confirmation_flag,
    looks_blank,
    vin_check_digit,
)
from app.services import customers, intake, queries
from app.services.inputs import (
    AssetInput,
    CustomerInput,
    InspectionInput,
    IntakeInput,
    VisitDetails,
)
from tests.app._support import assert_nothing_written, make_vin, next_plate, snapshot
from tests.factories import customer, new_order, phone_device, vehicle

#: a BMW VIN whose position 9 is a plant letter's "0", not the check digit (3)
EUROPEAN_VIN = "WBA3A5C50CF256985"


def _wrong_digit(vin: str) -> str:
    """``vin`` with a position 9 that is not its check digit."""
    wrong = "0" if vin_check_digit(vin) != "0" else "1"
    return vin[:8] + wrong + vin[9:]


# --- identifiers on file: said at the vehicle step --------------------------------------


def test_check_asset_names_the_asset_and_owner_on_file_and_writes_nothing(db, ctx):
    car = new_order(ctx)
    phone = new_order(ctx, customer=customer("李娜", "13900002222"), asset=phone_device())
    before = snapshot(db)
    found = customers.check_asset(ctx, vehicle("粤b 12345", None))
    assert [(e.field, e.code) for e in found] == [("asset.plate", "asset_exists")]
    p = found[0].params
    assert (p["asset_id"], p["customer_id"], p["owner"]) == (car.asset.id, car.customer.id, "张伟")
    assert p["label"] == car.asset.label
    by_vin = customers.check_asset(ctx, vehicle(next_plate(), car.asset.vin))
    assert [(e.field, e.params["owner"]) for e in by_vin] == [("asset.vin", "张伟")]
    by_imei = customers.check_asset(ctx, phone_device())
    assert [(e.field, e.params["asset_id"]) for e in by_imei] == [("asset.imei", phone.asset.id)]
    # the asset itself (an edit) is not a duplicate of itself
    assert customers.check_asset(ctx, vehicle("粤B12345", None), own_id=car.asset.id) == []
    # a new identifier: nothing to say; field errors come with it
    assert customers.check_asset(ctx, vehicle(next_plate(), None)) == []
    bad = customers.check_asset(ctx, vehicle("粤B1234", "1M8GDM9AXKP04278"))
    assert {(e.field, e.code) for e in bad} == {
        ("asset.plate", "plate_length"),
        ("asset.vin", "vin_length"),
    }
    assert_nothing_written(db, before)


# --- VIN: check digit by region, warning to confirm elsewhere ----------------------------


@pytest.mark.parametrize(
    "body", ["1M8GDM9A?KP042788", "2T1BU4EE?DC123456", "LSVAU218?N2183294", "HJRPBGFB?NF000123"]
)
def test_a_wrong_check_digit_is_refused_where_the_region_uses_it(body: str):
    vin = _wrong_digit(body.replace("?", "0"))
    for confirmed in (False, True):
        with pytest.raises(ValidationError) as info:
            check_vin(vin, confirmed=confirmed)
        assert info.value.code == "vin_check" and confirmation_flag(info.value) is None


@pytest.mark.parametrize("vin", [EUROPEAN_VIN, "VF1RFB00056123456", "JTDKB20U093512345"])
def test_a_vin_without_check_digit_elsewhere_is_a_warning_to_confirm(vin: str):
    with pytest.raises(ValidationError) as info:
        check_vin(vin)
    assert info.value.code == "vin_check_unverified"
    assert confirmation_flag(info.value) == "confirm_vin"
    assert check_vin(vin.lower(), confirmed=True) == vin


_VIN_CHARS = "".join(c for c in string.ascii_uppercase + string.digits if c not in "IOQ")


@settings(max_examples=300, deadline=None)
@given(st.text(_VIN_CHARS, min_size=17, max_size=17))
def test_every_17_character_vin_is_valid_refused_or_a_warning_by_its_region(vin: str):
    valid = vin[8] == vin_check_digit(vin)
    try:
        assert check_vin(vin) == vin
        assert valid
    except ValidationError as err:
        assert not valid
        if vin[0] in VIN_CHECKED_REGIONS:
            assert err.code == "vin_check"
        else:
            assert err.code == "vin_check_unverified"
            assert check_vin(vin, confirmed=True) == vin


def test_a_european_vin_is_saved_once_confirmed_and_the_confirmation_audited(db, ctx):
    before = snapshot(db)
    with pytest.raises(ValidationErrors) as info:
        new_order(ctx, asset=vehicle(next_plate(), EUROPEAN_VIN))
    err = info.value.for_field("asset.vin")
    assert err is not None and confirmation_flag(err) == "confirm_vin"
    assert_nothing_written(db, before)
    asset = vehicle(next_plate(), EUROPEAN_VIN)
    asset.confirm_vin = True
    d = new_order(ctx, asset=asset)
    assert d.asset.vin == EUROPEAN_VIN
    with db.read() as s:
        entry = s.scalars(
            select(AuditEntry).where(
                AuditEntry.action == "asset.create", AuditEntry.entity_id == d.asset.id
            )
        ).one()
    assert "VIN confirmed" in entry.summary
    assert json.loads(entry.after or "{}")["vin_confirmed"] is True
    # a valid VIN (any region) needs no confirmation and records none
    plain = new_order(ctx, asset=vehicle(next_plate(), make_vin("WVWZZZ3CZWE12345")))
    with db.read() as s:
        entry = s.scalars(
            select(AuditEntry).where(
                AuditEntry.action == "asset.create", AuditEntry.entity_id == plain.asset.id
            )
        ).one()
    assert "vin_confirmed" not in json.loads(entry.after or "{}")


def test_check_asset_says_the_vin_warning_and_accepts_the_confirmation(ctx):
    found = customers.check_asset(ctx, vehicle(next_plate(), EUROPEAN_VIN))
    assert [(e.field, e.code) for e in found] == [("asset.vin", "vin_check_unverified")]
    data = vehicle(next_plate(), EUROPEAN_VIN)
    data.confirm_vin = True
    assert customers.check_asset(ctx, data) == []


# --- mileage below the last visit ----------------------------------------------------------


def _visit(d, km: int | None, **kw) -> IntakeInput:
    return IntakeInput(
        details=VisitDetails(symptom="保养", mileage_in=km, **kw),
        customer_id=d.customer.id,
        asset_id=d.asset.id,
    )


def test_a_lower_mileage_needs_a_confirmation_which_is_journalled(db, ctx):
    first = new_order(ctx)  # 42,000 km
    last = intake.last_mileage(ctx, first.asset.id)
    assert last is not None and (last.km, last.order) == (42000, first.order.number)
    assert last.on == first.order.created_at.astimezone().date()
    before = snapshot(db)
    with pytest.raises(ValidationErrors) as info:
        intake.intake(ctx, _visit(first, 41000))
    err = info.value.for_field("mileage_in")
    assert err is not None and err.code == "mileage_lower"
    assert confirmation_flag(err) == "confirm_mileage"
    assert (err.params["last_km"], err.params["last_order"]) == (42000, first.order.number)
    assert err.params["last_on"] == last.on.isoformat()
    assert_nothing_written(db, before)

    again = intake.intake(ctx, _visit(first, 41000, confirm_mileage=True))
    assert again.order.mileage_in == 41000
    with db.read() as s:
        event = s.scalars(select(OrderEvent).where(OrderEvent.order_id == again.id)).one()
        audit = s.scalars(
            select(AuditEntry).where(
                AuditEntry.action == "order.intake", AuditEntry.order_id == again.id
            )
        ).one()
    assert "41000 km below the last 42000 km, confirmed" in event.summary
    assert json.loads(audit.after or "{}")["mileage_lower_confirmed"] == {
        "mileage": 41000,
        "last_km": 42000,
        "last_order": first.order.number,
    }
    # the next visit is compared with this one's reading, not the old highest
    third = intake.intake(ctx, _visit(first, 41500))
    assert third.order.mileage_in == 41500
    # equal or higher, or no mileage at all: nothing to confirm
    intake.intake(ctx, _visit(first, 41500))
    intake.intake(ctx, _visit(first, None))


def test_without_a_visit_the_vehicle_files_mileage_is_the_last_reading(ctx):
    owner = customers.create_customer(ctx, customer("王芳", "13700003333"))
    data = vehicle(next_plate(), None)
    data.mileage_km = 30000
    asset = customers.create_asset(ctx, owner.id, data)
    last = intake.last_mileage(ctx, asset.id)
    assert last is not None and (last.km, last.on, last.order) == (30000, None, None)
    with pytest.raises(ValidationErrors) as info:
        intake.intake(
            ctx,
            IntakeInput(
                details=VisitDetails(symptom="异响", mileage_in=20000),
                customer_id=owner.id,
                asset_id=asset.id,
            ),
        )
    assert info.value.for_field("mileage_in").params["last_on"] == ""


def test_lowering_the_mileage_later_also_needs_the_confirmation(db, ctx):
    first = new_order(ctx)  # 42,000 km
    second = intake.intake(ctx, _visit(first, 43000))
    # the order's own reading is not its last visit: a typo corrected downwards above the
    # first visit's 42,000 passes
    ok = intake.update_details(
        ctx, second.id, VisitDetails(symptom="保养", mileage_in=42500), version=second.version
    )
    before = snapshot(db)
    with pytest.raises(ValidationErrors) as info:
        intake.update_details(
            ctx, second.id, VisitDetails(symptom="保养", mileage_in=4100), version=ok.version
        )
    assert info.value.for_field("mileage_in").code == "mileage_lower"
    with pytest.raises(ValidationErrors) as info:
        intake.record_inspection(ctx, second.id, InspectionInput(mileage=4100))
    assert info.value.for_field("mileage").code == "mileage_lower"
    assert_nothing_written(db, before)
    done = intake.update_details(
        ctx,
        second.id,
        VisitDetails(symptom="保养", mileage_in=4100, confirm_mileage=True),
        version=ok.version,
    )
    assert done.order.mileage_in == 4100
    inspected = intake.record_inspection(
        ctx, second.id, InspectionInput(mileage=4200, confirm_mileage=True)
    )
    assert inspected.order.mileage_in == 4200
    with db.read() as s:
        summaries = list(
            s.scalars(select(OrderEvent.summary).where(OrderEvent.order_id == second.id))
        )
    assert any("4100 km below the last 42000 km, confirmed" in x for x in summaries)
    assert any("4200 km below the last 42000 km, confirmed" in x for x in summaries)


# --- dates: purchase/invoice not in the future, promise not in the past --------------------


@pytest.fixture
def shanghai():
    """The station runs on Beijing time (UTC+8)."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Shanghai"
    time.tzset()
    yield
    if old is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old
    time.tzset()


def test_a_purchase_or_invoice_date_in_the_future_is_refused_by_the_shops_calendar(
    db, ctx, shanghai, monkeypatch
):
    # 20:00 UTC on 1 December is 04:00 on 2 December in the shop
    monkeypatch.setattr(customers, "utcnow", lambda: datetime(2026, 12, 1, 20, 0, tzinfo=UTC))
    assert customers.shop_today() == date(2026, 12, 2)
    before = snapshot(db)
    for field in ("purchase_date", "invoice_date"):
        data = vehicle(next_plate(), None)
        setattr(data, field, date(2026, 12, 3))
        with pytest.raises(ValidationErrors) as info:
            new_order(ctx, asset=data)
        assert info.value.for_field(f"asset.{field}").code == "date_future"
    assert_nothing_written(db, before)
    data = vehicle(next_plate(), None)
    data.purchase_date = data.invoice_date = date(2026, 12, 2)  # today in the shop
    assert new_order(ctx, asset=data).asset.invoice_date == date(2026, 12, 2)


def test_a_promised_time_in_the_past_is_refused(db, ctx):
    before = snapshot(db)
    with pytest.raises(ValidationErrors) as info:
        new_order(
            ctx,
            details=VisitDetails(symptom="异响", promised_at=utcnow() - timedelta(hours=1)),
        )
    assert info.value.for_field("promised_at").code == "promised_past"
    assert_nothing_written(db, before)
    # any zone: 1 hour ago written as Beijing time is still 1 hour ago
    beijing = (utcnow() - timedelta(hours=1)).astimezone(datetime.now().astimezone().tzinfo or UTC)
    c = customers.Collector()
    intake.clean_details(VisitDetails(promised_at=beijing), c)
    assert [e.code for e in c.errors] == ["promised_past"]
    # a moment ago (clocks differ a little) and later today pass
    for when in (utcnow() - timedelta(minutes=2), utcnow() + timedelta(hours=2)):
        c = customers.Collector()
        intake.clean_details(VisitDetails(promised_at=when), c)
        assert c.errors == []


def test_an_intake_kept_offline_is_judged_as_of_when_it_was_typed(ctx):
    typed = utcnow() - timedelta(hours=5)
    data = IntakeInput(
        details=VisitDetails(
            symptom="异响", promised_at=typed + timedelta(hours=3), typed_at=typed
        ),
        customer=customer(),
        asset=vehicle(next_plate(), None),
    )
    assert intake.intake(ctx, data).order.promised_at is not None


def test_an_overdue_promise_may_stay_but_not_be_moved_into_the_past(db, ctx):
    d = new_order(ctx)
    overdue = utcnow() - timedelta(hours=3)
    with db.write() as s:
        s.get(WorkOrder, d.id).promised_at = overdue
    current = queries.get_order(ctx, d.id)
    kept = intake.update_details(
        ctx,
        d.id,
        VisitDetails(symptom="客户补充", mileage_in=42000, promised_at=overdue),
        version=current.version,
    )
    assert kept.order.symptom == "客户补充"
    with pytest.raises(ValidationErrors) as info:
        intake.update_details(
            ctx,
            d.id,
            VisitDetails(
                symptom="客户补充", mileage_in=42000, promised_at=overdue - timedelta(hours=1)
            ),
            version=kept.version,
        )
    assert info.value.for_field("promised_at").code == "promised_past"
    later = intake.update_details(
        ctx,
        d.id,
        VisitDetails(
            symptom="客户补充", mileage_in=42000, promised_at=utcnow() + timedelta(hours=1)
        ),
        version=kept.version,
    )
    assert later.order.promised_at > utcnow()


# --- names that look blank -----------------------------------------------------------------

INVISIBLE = [
    "\u200b",  # zero width space
    "\u200c",
    "\u200d",
    "\u200e",  # left-to-right mark
    "\u200f",
    "\u2060",  # word joiner
    "\ufeff",  # BOM
    "\u00ad",  # soft hyphen
    "\u3000",  # ideographic space
    "\u00a0",
    "\u2028",
    "\u3164",  # Hangul filler
    "\u2800",  # blank braille pattern
    "\u0000",
    "\u001f",
]


@given(st.lists(st.sampled_from(INVISIBLE + [" ", "\t", "\u0301"]), min_size=1, max_size=12))
def test_text_of_invisible_characters_only_is_refused_as_required(chars: list[str]):
    raw = "".join(chars)
    assert looks_blank(raw)
    with pytest.raises(ValidationError) as info:
        check_text(raw, "name", 100, required=True)
    assert info.value.code == "required"


def test_visible_text_keeps_its_inner_marks_and_loses_invisible_ends():
    assert check_text("\u200b 张伟\u3000\ufeff", "name", 100, required=True) == "张伟"
    assert check_text("王\u200d芳", "name", 100, required=True) == "王\u200d芳"
    assert check_text("❤️", "name", 100, required=True) == "❤️"  # variation selector kept
    assert not looks_blank("e\u0301")


def test_customer_names_and_contact_people_that_look_blank_are_refused(db, ctx):
    before = snapshot(db)
    for blank in ("\u200b\u200b", "\u3000", "\ufeff\u2060", "\u00ad"):
        with pytest.raises(ValidationErrors) as info:
            customers.create_customer(ctx, CustomerInput(blank, ["13812345678"]))
        assert info.value.for_field("name").code == "required"
        with pytest.raises(ValidationErrors) as info:
            new_order(ctx, customer=CustomerInput(blank, ["13812345678"]))
        assert info.value.for_field("customer.name").code == "required"
    with pytest.raises(ValidationErrors) as info:
        customers.create_customer(
            ctx,
            CustomerInput(
                "深圳某某物流", ["13812345678"], kind=CustomerKind.COMPANY, contact_person="\u200b"
            ),
        )
    assert info.value.for_field("contact_person").code == "invisible_only"
    assert_nothing_written(db, before)
    ok = customers.create_customer(
        ctx, CustomerInput("\u200b张伟\u200b", ["13812345678"], contact_person="  ")
    )
    assert (ok.name, ok.contact_person) == ("张伟", None)


def test_a_device_without_identifiers_is_still_refused(ctx):
    with pytest.raises(ValidationErrors) as info:
        new_order(ctx, asset=AssetInput(kind=AssetKind.DEVICE, imei="\u200b", serial=" "))
    assert info.value.errors
