"""The right words for each kind of asset: a phone's or an e-bike's documents never speak
of a vehicle release slip, a gate, a wash or valuables in the vehicle (and a car's never of
an IMEI or a data backup); a phone's intake slip records what the counter checked.

Every document of a released order of each kind (inspection, extra work approved and
declined, split payment, release) is rendered in Chinese and English, on its usual paper
and on an 80 mm roll, and its extracted text searched for the words of the other kinds.
"""

from __future__ import annotations

import re
from datetime import timedelta
from decimal import Decimal

import pytest

from app.db.engine import Database
from app.domain.enums import (
    ApprovalMethod,
    AssetKind,
    InspectionResult,
    LineKind,
    Payer,
    PaymentMethod,
    Role,
)
from app.domain.types import utcnow
from app.printing.data import PrintData, load_print_data
from app.printing.render import PrintOptions, available_kinds, render_data
from app.services import cashier, intake, lines, workflow
from app.services.context import ServiceContext
from app.services.inputs import (
    AssetInput,
    InspectionInput,
    InspectionItemInput,
    IntakeInput,
    LineInput,
    PaymentInput,
    VisitDetails,
)
from app.services.people import as_user, sign_in
from tests.app.printing.conftest import flat, pdf_text
from tests.factories import customer, phone_device, vehicle

#: words a document of that kind must never print (Chinese: searched without whitespace;
#: English: as whole words, case-insensitive)
NOT_A_CAR_ZH = ("车辆放行条", "门卫", "洗车", "车内贵重物品")
NOT_A_CAR_EN = ("vehicle release", "gate", "wash", "valuables in the vehicle")
FORBIDDEN: dict[AssetKind, tuple[tuple[str, ...], tuple[str, ...]]] = {
    AssetKind.VEHICLE: (("IMEI", "备份", "取机"), ("IMEI", "back up", "device handover")),
    AssetKind.DEVICE: ((*NOT_A_CAR_ZH, "取车", "环车"), NOT_A_CAR_EN),
    AssetKind.EBIKE: (("IMEI", "备份", "取机", *NOT_A_CAR_ZH), ("IMEI", "back up", *NOT_A_CAR_EN)),
}

#: the documents every kind of order has once released
EVERY_KIND = (
    "intake-slip",
    "work-order",
    "job-card",
    "inspection",
    "extra-work",
    "settlement",
    "release-slip",
    "receipt",
)

ASSETS = {
    AssetKind.VEHICLE: vehicle(),
    AssetKind.DEVICE: phone_device(),
    AssetKind.EBIKE: AssetInput(kind=AssetKind.EBIKE, frame_no="YD2023-0045", make="雅迪"),
}
CHECKS = {
    AssetKind.VEHICLE: [
        ("exterior", InspectionResult.DAMAGED, "左前门划痕"),
        ("tires", InspectionResult.OK, None),
        ("warning_lights", InspectionResult.OK, None),
    ],
    AssetKind.DEVICE: [
        ("appearance", InspectionResult.ATTENTION, "边框磕碰"),
        ("screen", InspectionResult.DAMAGED, "屏幕左上角裂痕"),
        ("imei_match", InspectionResult.OK, None),
        ("water_damage", InspectionResult.OK, "进水标签未变色"),
    ],
    AssetKind.EBIKE: [
        ("frame", InspectionResult.OK, None),
        ("battery", InspectionResult.ATTENTION, "续航下降"),
        ("brakes", InspectionResult.OK, None),
    ],
}
LINES = {
    AssetKind.VEHICLE: ("常规保养工时", "机油滤清器", "前刹车片", "刹车油更换"),
    AssetKind.DEVICE: ("屏幕更换工时", "原装电池", "后壳更换", "钢化膜"),
    AssetKind.EBIKE: ("刹车调整工时", "电池检测", "刹车片", "外胎更换"),
}


def full_visit(ctx: ServiceContext, cash: ServiceContext, kind: AssetKind) -> PrintData:
    """Intake (wash and valuables asked for every kind) -> inspection -> approval -> work
    with extra work approved and declined -> QC -> settlement -> split payment -> release."""
    tech = as_user(ctx, "王伟", Role.TECHNICIAN)
    labor, free, extra_yes, extra_no = LINES[kind]
    vehicle_like = kind is not AssetKind.DEVICE
    d = intake.intake(
        ctx,
        IntakeInput(
            details=VisitDetails(
                symptom="开机后屏幕闪烁" if kind is AssetKind.DEVICE else "刹车异响",
                mileage_in=42350 if kind is AssetKind.VEHICLE else None,
                fuel_level=40 if vehicle_like else None,
                promised_at=utcnow() + timedelta(hours=2),
                accessories_left="充电器、手机壳" if kind is AssetKind.DEVICE else "车钥匙",
                valuables_left="行车记录仪" if kind is AssetKind.VEHICLE else None,
                keep_old_parts=True,
                wash=kind is AssetKind.VEHICLE,
            ),
            customer=customer("张伟", "13812345678"),
            asset=ASSETS[kind],
            lines=[
                LineInput(LineKind.LABOR, labor, "1", "150.00"),
                LineInput(LineKind.PART, free, "1", "199.00", payer=Payer.WARRANTY),
            ],
        ),
    )
    intake.record_inspection(
        ctx,
        d.id,
        InspectionInput(
            items=[InspectionItemInput(code, result, note) for code, result, note in CHECKS[kind]],
            fuel_level=40 if vehicle_like else None,
            mileage=42350 if kind is AssetKind.VEHICLE else None,
        ),
    )
    workflow.approve_order(ctx, d.id, ApprovalMethod.SIGNATURE)
    workflow.assign(ctx, d.id, tech.actor.user_id)
    workflow.start_work(tech, d.id)
    d = lines.propose_extra_work(
        tech,
        d.id,
        [
            LineInput(LineKind.PART, extra_yes, "1", "380.00"),
            LineInput(LineKind.PART, extra_no, "1", "60.00"),
        ],
        finding="检查发现",
    )
    yes, no = [l.id for l in d.lines if l.is_extra]
    lines.decide_extra_work(ctx, d.id, [yes], approve=True, method=ApprovalMethod.PHONE)
    lines.decide_extra_work(ctx, d.id, [no], approve=False, method=ApprovalMethod.PHONE)
    workflow.finish_work(tech, d.id)
    workflow.quality_check(as_user(ctx, "孙丽", Role.INSPECTOR), d.id, True)
    d = cashier.settle(cash, d.id)
    d = cashier.pay(
        cash,
        d.id,
        [
            PaymentInput(PaymentMethod.WECHAT, Decimal("100.00")),
            PaymentInput(PaymentMethod.CASH, d.balance - Decimal("100.00")),
        ],
    )
    d = cashier.release(cash, d.id)
    return load_print_data(ctx, d.id)


@pytest.fixture(scope="module")
def visits(module_ctx: ServiceContext, module_db: Database) -> dict[AssetKind, PrintData]:
    cash = sign_in(module_db, "Cashier", "赵敏", Role.CASHIER)
    return {kind: full_visit(module_ctx, cash, kind) for kind in AssetKind}


def _found(text: str, kind: AssetKind, lang: str) -> list[str]:
    zh, en = FORBIDDEN[kind]
    hits = [w for w in zh if flat(w) in flat(text)]
    spaced = " ".join(text.split()).lower()
    hits += [w for w in en if re.search(rf"\b{re.escape(w.lower())}\b", spaced)]
    return hits


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
@pytest.mark.parametrize("kind", list(AssetKind))
def test_no_document_speaks_of_another_kind(
    visits: dict[AssetKind, PrintData], kind: AssetKind, lang: str
) -> None:
    data = visits[kind]
    docs = available_kinds(data)  # every document the order has (the legal ones: cars)
    assert set(EVERY_KIND) <= set(docs)
    for doc in docs:
        for paper in (None, "80mm"):
            text = pdf_text(render_data(data, doc, PrintOptions(paper, lang)))
            assert data.detail.order.number in flat(text)
            assert _found(text, kind, lang) == [], (doc, paper)


def test_the_car_keeps_its_own_words(visits: dict[AssetKind, PrintData]) -> None:
    """The vehicle's words are still there: the search above would find them."""
    car = visits[AssetKind.VEHICLE]
    slip = flat(pdf_text(render_data(car, "release-slip", PrintOptions())))
    assert "车辆放行条" in slip and "门卫" in slip
    assert "洗车" in flat(pdf_text(render_data(car, "work-order", PrintOptions())))
    en = pdf_text(render_data(car, "release-slip", PrintOptions(lang="en")))
    assert _found(en, AssetKind.DEVICE, "en") == ["gate"]


@pytest.mark.parametrize("paper", ["80mm", "58mm", "a4"])
def test_phone_intake_slip_records_the_counter_checks(
    visits: dict[AssetKind, PrintData], paper: str
) -> None:
    data = visits[AssetKind.DEVICE]
    text = flat(pdf_text(render_data(data, "intake-slip", PrintOptions(paper))))
    assert "收机单（取机凭证）" in text
    assert "设备状况" in text
    assert "屏幕" in text and "屏幕左上角裂痕" in text and "边框磕碰" in text
    assert "进水标签" in text
    assert "IMEI核验" in text and "机内IMEI与机身一致" in text
    assert "随机配件" in text and "充电器、手机壳" in text
    assert "请客户自行备份手机数据" in text and "恢复出厂设置" in text
    promised = data.detail.order.promised_at
    assert promised is not None
    assert "预计诊断完成" + flat(promised.astimezone().strftime("%Y-%m-%d %H:%M")) in text
    en = " ".join(pdf_text(render_data(data, "intake-slip", PrintOptions(paper, "en"))).split())
    for words in (
        "IMEI inside matches outside",
        "Back up your data yourself",
        "Diagnosis ready by",
    ):
        assert flat(words) in flat(en)


def test_phone_intake_slip_before_the_walk_around_says_imei_not_checked(
    module_ctx: ServiceContext,
) -> None:
    d = intake.intake(
        module_ctx,
        IntakeInput(
            details=VisitDetails(symptom="无法充电", promised_at=utcnow() + timedelta(hours=1)),
            customer=customer("李雷", "13912345678"),
            asset=phone_device("356938035643809"),
        ),
    )
    text = flat(pdf_text(render_data(load_print_data(module_ctx, d.id), "intake-slip")))
    assert "IMEI核验未核验" in text
    assert "随机配件无" in text  # nothing left is said, not left out
