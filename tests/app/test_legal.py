"""The legal facts of a vehicle repair: the quality guarantee period by 维修类别, amounts in
Chinese capitals, mileage out at the quality check or release, the old parts' fate, settled
hours and brand/spec on lines, 三包 costs, the completion certificate's number, and a
comeback flagged at intake."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import update

from app.domain.enums import LineKind, OldParts, PaymentMethod, RepairCategory
from app.domain.enums import OrderState as S
from app.domain.errors import AccessDenied, RuleViolation, ValidationErrors
from app.domain.legal import check_mileage_out, guarantee, money_to_chinese_capitals
from app.domain.models import WorkOrder
from app.domain.types import utcnow
from app.services import cashier, catalog, legal, workflow
from app.services.inputs import LineInput, PaymentInput
from app.services.legal import LegalFacts
from tests.app._support import order_in
from tests.factories import cashier_of, inspector_of, new_order, vehicle

R = RepairCategory


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        ("0", "零元整"),
        ("0.05", "伍分"),
        ("0.50", "伍角整"),
        ("10", "壹拾元整"),
        ("100", "壹佰元整"),
        ("1004.50", "壹仟零肆元伍角整"),
        ("1000.05", "壹仟元零伍分"),
        ("1234.56", "壹仟贰佰叁拾肆元伍角陆分"),
        ("105000", "壹拾万零伍仟元整"),
        ("10000001", "壹仟万零壹元整"),
        ("100000000", "壹亿元整"),
        ("120000.00", "壹拾贰万元整"),
        ("-3.20", "负叁元贰角整"),
        ("9999999999.99", "玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
    ],
)
def test_amounts_in_chinese_capitals(amount: str, words: str) -> None:
    assert money_to_chinese_capitals(Decimal(amount)) == words


@pytest.mark.parametrize(
    ("category", "km", "days"),
    [
        (R.WHOLE, 20_000, 100),
        (R.ASSEMBLY, 20_000, 100),
        (R.LEVEL2, 5_000, 30),
        (R.MINOR, 2_000, 10),
        (R.SPECIAL, 2_000, 10),
    ],
)
def test_the_guarantee_runs_from_release_whichever_comes_first(category, km, days) -> None:
    released = date(2026, 3, 1)
    g = guarantee(category, released, 50_000)
    assert (g.km, g.days) == (km, days)
    assert g.until_date == released + timedelta(days=days) and g.until_km == 50_000 + km
    assert g.covers(released, 50_000)
    assert g.covers(g.until_date, 50_000 + km)  # the last day and the last km still count
    assert not g.covers(g.until_date + timedelta(days=1), 50_001)  # days ran out
    assert not g.covers(released + timedelta(days=1), 50_000 + km + 1)  # km ran out
    assert not g.covers(released - timedelta(days=1), 50_000)  # before release
    assert g.covers(released + timedelta(days=1), None)  # no reading: the days decide
    assert not guarantee(category).covers(released, 50_000)  # not released: nothing yet


def test_mileage_out_is_a_reading_not_below_the_mileage_in() -> None:
    assert check_mileage_out(None, 42_000) is None
    assert check_mileage_out(42_000, 42_000) is None
    assert check_mileage_out(41_999, 42_000).code == "mileage_out_below_in"  # type: ignore[union-attr]
    assert check_mileage_out(-1, None).code == "mileage_range"  # type: ignore[union-attr]
    assert check_mileage_out(5_000_001, None).code == "mileage_range"  # type: ignore[union-attr]


def test_repair_category_at_intake_and_facts_before_settlement(ctx, tech) -> None:
    d = new_order(ctx, asset=vehicle(plate="粤B7L001", vin=None), repair_category=R.LEVEL2)
    assert d.order.repair_category is R.LEVEL2
    assert legal.default_old_parts(d.order) is OldParts.RECYCLED
    d = legal.set_legal_facts(
        ctx,
        d.id,
        LegalFacts(
            repair_category="minor",
            old_parts="customer",
            towing_fee="１２０.00",
            transport_compensation="50",
            courtesy_car="粤B88888 卡罗拉",
        ),
        version=d.version,
    )
    o = d.order
    assert (o.repair_category, o.old_parts) == (R.MINOR, OldParts.CUSTOMER)
    assert (o.towing_fee, o.transport_compensation) == (Decimal("120.00"), Decimal("50.00"))
    assert o.courtesy_car == "粤B88888 卡罗拉"
    assert d.events[-1].action == "legal_facts"
    d = legal.set_legal_facts(ctx, d.id, LegalFacts(clear=("towing_fee",)), version=d.version)
    assert d.order.towing_fee is None and d.order.transport_compensation == Decimal("50.00")
    with pytest.raises(ValidationErrors) as err:
        legal.set_legal_facts(ctx, d.id, LegalFacts(repair_category="paint"), version=d.version)
    assert err.value.errors[0].code == "invalid_choice"
    with pytest.raises(ValidationErrors) as err:
        legal.set_legal_facts(ctx, d.id, LegalFacts(mileage_out=100), version=d.version)
    assert err.value.errors[0].code == "mileage_out_below_in"


def test_a_phone_takes_no_repair_category(ctx) -> None:
    from tests.factories import phone_device

    d = new_order(ctx, asset=phone_device("356938035643809"), repair_category=R.MINOR)
    assert d.order.repair_category is None


def test_mileage_out_at_the_quality_check_and_the_certificate_number(ctx, tech) -> None:
    d = order_in(ctx, tech, S.WORK_DONE)
    qc = inspector_of(ctx)
    with pytest.raises(ValidationErrors) as err:
        workflow.quality_check(qc, d.id, True, mileage_out=41_000)
    assert err.value.errors[0].field == "mileage_out"
    d = workflow.quality_check(qc, d.id, True, mileage_out=42_008)
    assert d.order.mileage_out == 42_008
    number = d.order.certificate_number
    assert number and number.startswith("CC-")
    assert legal.issue_certificate(qc, d.id) == number  # the same number on a reprint
    assert d.events[-1].action == "qc_pass"


def test_a_failed_check_numbers_no_certificate_and_old_orders_get_one_on_issue(ctx, tech) -> None:
    d = order_in(ctx, tech, S.WORK_DONE)
    qc = inspector_of(ctx)
    d = workflow.quality_check(qc, d.id, False, "刹车仍有异响")
    assert d.order.certificate_number is None
    with pytest.raises(RuleViolation) as err:
        legal.issue_certificate(qc, d.id)
    assert err.value.code == "certificate_no_qc"
    d = order_in(ctx, tech, S.READY)
    with ctx.db.write() as s:  # checked before certificates were numbered
        s.execute(update(WorkOrder).where(WorkOrder.id == d.id).values(certificate_number=None))
    number = legal.issue_certificate(qc, d.id)
    assert number.startswith("CC-")
    with pytest.raises(AccessDenied):
        legal.issue_certificate(tech, d.id)


def test_mileage_out_at_release(ctx, tech) -> None:
    d = order_in(ctx, tech, S.SETTLED)
    till = cashier_of(ctx)
    d = cashier.pay(till, d.id, [PaymentInput(PaymentMethod.CASH, d.balance)])
    with pytest.raises(ValidationErrors):
        cashier.release(till, d.id, mileage_out=10)
    d = cashier.release(till, d.id, mileage_out=42_020)
    assert d.order.mileage_out == 42_020
    with pytest.raises(RuleViolation) as err:  # released: the documents are out
        legal.set_legal_facts(ctx, d.id, LegalFacts(repair_category="minor"))
    assert err.value.code == "legal_facts_closed"


def test_the_cashier_records_mileage_out_with_the_release_not_the_category(ctx, tech) -> None:
    d = order_in(ctx, tech, S.READY)
    with pytest.raises(AccessDenied):
        legal.set_legal_facts(cashier_of(ctx), d.id, LegalFacts(repair_category="minor"))


def test_lines_carry_settled_hours_and_brand_spec(ctx, manager) -> None:
    flat = catalog.add_catalog_item(
        manager, LineKind.LABOR, "L-FLAT", "四轮定位", "Wheel alignment", "200",
        flat=True, standard_hours="1.2",
    )  # fmt: skip
    pad = catalog.add_catalog_item(
        manager, LineKind.PART, "P-PAD2", "刹车片", "Brake pads", "320", brand_spec="博世 BP1234"
    )
    lines = [
        LineInput(LineKind.LABOR, "四轮定位", "1", "200", catalog_item_id=flat.id, code="L-FLAT"),
        LineInput(LineKind.LABOR, "更换刹车片", "1.5", "180"),
        LineInput(LineKind.PART, "刹车片", "2", "320", catalog_item_id=pad.id, code="P-PAD2"),
    ]
    d = new_order(ctx, asset=vehicle(plate="粤B7L002", vin=None), lines=lines)
    by = {l.description: l for l in d.lines}
    assert by["四轮定位"].hours == Decimal("1.2")  # flat: the catalog's standard hours
    assert by["更换刹车片"].hours == Decimal("1.5")  # hourly: the quantity
    assert by["刹车片"].hours is None and by["刹车片"].brand_spec == "博世 BP1234"
    assert catalog.item_values(pad)["brand_spec"] == "博世 BP1234"


def _released(ctx, tech, plate: str, category: RepairCategory | None, days_ago: int = 0):
    d = order_in(ctx, tech, S.RELEASED, asset=vehicle(plate=plate, vin=None))
    with ctx.db.write() as s:
        s.execute(
            update(WorkOrder)
            .where(WorkOrder.id == d.id)
            .values(
                repair_category=category,
                mileage_out=42_000,
                released_at=utcnow() - timedelta(days=days_ago),
            )
        )
    return d


def _again(ctx, d, mileage: int):
    from app.services import intake
    from app.services.inputs import IntakeInput, VisitDetails

    return intake.intake(
        ctx,
        IntakeInput(
            details=VisitDetails(symptom="刹车又响了", mileage_in=mileage),
            customer_id=d.customer.id,
            asset_id=d.asset.id,
        ),
    )


def test_a_comeback_within_the_guarantee_is_flagged_and_linked(ctx, tech) -> None:
    first = _released(ctx, tech, "粤B7L003", R.MINOR, days_ago=3)
    assert legal.comeback_for(ctx, first.asset.id, 43_000).number == first.order.number  # type: ignore[union-attr]
    again = _again(ctx, first, 43_000)
    assert again.order.comeback_of_id == first.id
    assert again.comeback_of_number == first.order.number
    assert f"comeback within the guarantee of {first.order.number}" in again.events[-1].summary


def test_no_comeback_past_the_distance_or_days_or_without_a_category(ctx, tech) -> None:
    far = _released(ctx, tech, "粤B7L004", R.MINOR, days_ago=3)
    assert legal.comeback_for(ctx, far.asset.id, 44_001) is None  # 2,001 km later
    assert _again(ctx, far, 44_001).order.comeback_of_id is None
    late = _released(ctx, tech, "粤B7L005", R.LEVEL2, days_ago=31)
    assert legal.comeback_for(ctx, late.asset.id, 42_100) is None  # 31 days later
    whole = _released(ctx, tech, "粤B7L006", R.WHOLE, days_ago=31)
    assert legal.comeback_for(ctx, whole.asset.id, 42_100) is not None  # 100 days
    none = _released(ctx, tech, "粤B7L007", None, days_ago=1)
    assert legal.comeback_for(ctx, none.asset.id, 42_100) is None


def test_sanbao_costs_only_on_a_sanbao_repair(ctx, tech) -> None:
    from datetime import date as day

    from app.domain.enums import AssetKind
    from app.domain.legal import under_sanbao

    paid = [LineInput(LineKind.LABOR, "检查", "1", "100")]  # no line paid by the warranty
    d = new_order(ctx, asset=vehicle(plate="粤B7L008", vin=None), lines=paid)
    with pytest.raises(ValidationErrors) as err:
        legal.set_legal_facts(ctx, d.id, LegalFacts(towing_fee="150", courtesy_car="粤B1"))
    assert {(e.field, e.code) for e in err.value.errors} == {
        ("towing_fee", "not_sanbao"),
        ("courtesy_car", "not_sanbao"),
    }
    d = legal.set_legal_facts(ctx, d.id, LegalFacts(towing_fee="0"))  # nothing to claim
    assert d.order.towing_fee == Decimal("0.00")
    today = day(2026, 6, 1)
    assert under_sanbao(AssetKind.VEHICLE, day(2025, 1, 1), 30_000, today, False)
    assert not under_sanbao(AssetKind.VEHICLE, day(2023, 1, 1), 30_000, today, False)  # 2 years
    assert not under_sanbao(AssetKind.VEHICLE, day(2025, 1, 1), 50_001, today, False)  # 50,000 km
    assert under_sanbao(AssetKind.VEHICLE, None, None, today, True)  # a warranty line
    assert not under_sanbao(AssetKind.DEVICE, None, None, today, True)
