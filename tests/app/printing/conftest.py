"""Fixtures for the printing tests: a visit worked through every desk (inspection with
damage marks, extra work approved and declined, split payment with change, release), on
the parametrized database, and once per module on SQLite for the large render matrix."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal
from io import BytesIO
from pathlib import Path

import pypdf
import pytest

from app.db.engine import Database
from app.domain.enums import (
    ApprovalMethod,
    DamageType,
    InspectionResult,
    LineKind,
    Payer,
    PaymentMethod,
    Role,
)
from app.domain.types import utcnow
from app.printing.data import PrintData, load_print_data
from app.reference import ensure_reference_data
from app.services import cashier, intake, lines, workflow
from app.services.context import ServiceContext
from app.services.inputs import (
    DamageMarkInput,
    InspectionInput,
    InspectionItemInput,
    IntakeInput,
    LineInput,
    PaymentInput,
    VisitDetails,
)
from app.services.people import as_user, sign_in
from app.services.settings import write_settings
from app.services.views import OrderDetail
from tests.factories import customer, vehicle

SHOP = {
    "shop.short_name": "深圳福田汽车服务中心",
    "shop.legal_name": "深圳市福田汽车服务有限公司",
    "shop.address": "深圳市福田区深南大道1001号",
    "shop.phone": "0755-88886666",
    "shop.license_no": "交运管许可深字440304001号",
    "shop.license_class": "2",
    "shop.credit_code": "914403001922038216",
    "shop.bank_name": "招商银行深圳福田支行",
    "shop.bank_account": "755912345610801",
}


def set_up_shop(ctx: ServiceContext, values: dict[str, object] | None = None) -> None:
    """The shop profile, saved by the manager (the setup desk's right)."""
    write_settings(as_user(ctx, "陈经理", Role.MANAGER), dict(values or SHOP))


PHONE = "13812345678"
MASKED = "138****5678"


def base_lines() -> list[LineInput]:
    return [
        LineInput(LineKind.LABOR, "常规保养工时", "1.5", "180.00", discount_percent="10", unit="h"),
        LineInput(LineKind.PART, "机油滤清器", "1", "68.00", payer=Payer.WARRANTY),
        LineInput(LineKind.PART, "全合成机油 5W-30（4L装）", "1.25", "328.00"),
        LineInput(LineKind.LABOR, "四轮定位检测及调整", "1", "260.00", payer=Payer.GOODWILL),
    ]


def open_visit(ctx: ServiceContext, lines_in: list[LineInput] | None = None) -> OrderDetail:
    return intake.intake(
        ctx,
        IntakeInput(
            details=VisitDetails(
                symptom="刹车时前轮有异响，低速转弯时方向盘抖动（偶发）。",
                mileage_in=42350,
                fuel_level=40,
                promised_at=utcnow() + timedelta(hours=4),
                accessories_left="备胎、随车工具",
                keep_old_parts=True,
            ),
            customer=customer("张伟", PHONE),
            asset=vehicle(),
            lines=base_lines() if lines_in is None else lines_in,
        ),
    )


def inspect(ctx: ServiceContext, order_id: int) -> OrderDetail:
    return intake.record_inspection(
        ctx,
        order_id,
        InspectionInput(
            items=[
                InspectionItemInput("exterior", InspectionResult.DAMAGED, "左前门划痕"),
                InspectionItemInput("tires", InspectionResult.OK),
                InspectionItemInput("warning_lights", InspectionResult.ATTENTION, "胎压灯亮"),
            ],
            marks=[
                DamageMarkInput("0.22", "0.45", DamageType.SCRATCH, "左前门划痕"),
                DamageMarkInput("0.7", "0.1", DamageType.DENT, "右前保险杠凹陷"),
            ],
            fuel_level=40,
            mileage=42350,
        ),
    )


def work_full_visit(
    ctx: ServiceContext,
    tech: ServiceContext,
    cash: ServiceContext,
    lines_in: list[LineInput] | None = None,
) -> OrderDetail:
    """Intake -> inspection -> approval -> repair with extra work (one approved by phone,
    one declined) -> QC -> settlement -> WeChat + cash payment with change -> release."""
    d = open_visit(ctx, lines_in)
    inspect(ctx, d.id)
    workflow.approve_order(ctx, d.id, ApprovalMethod.SIGNATURE)
    workflow.assign(ctx, d.id, tech.actor.user_id)
    workflow.start_work(tech, d.id)
    d = lines.propose_extra_work(
        tech,
        d.id,
        [
            LineInput(LineKind.PART, "前刹车片（原厂）", "1", "580.00"),
            LineInput(LineKind.PART, "刹车油更换", "1", "180.00"),
        ],
        finding="前刹车片磨损至2mm",
    )
    extra = [l.id for l in d.lines if l.is_extra]
    lines.decide_extra_work(
        ctx, d.id, extra[:1], approve=True, method=ApprovalMethod.PHONE, note="客户电话同意"
    )
    lines.decide_extra_work(ctx, d.id, extra[1:], approve=False, method=ApprovalMethod.PHONE)
    workflow.finish_work(tech, d.id)
    workflow.quality_check(as_user(ctx, "孙丽", Role.INSPECTOR), d.id, True)
    d = cashier.settle(cash, d.id)
    wechat = Decimal("500.00")
    d = cashier.pay(
        cash,
        d.id,
        [
            PaymentInput(PaymentMethod.WECHAT, wechat),
            PaymentInput(PaymentMethod.CASH, d.balance - wechat + Decimal("20.00")),
        ],
    )
    return cashier.release(cash, d.id)


@pytest.fixture
def released(ctx: ServiceContext, tech: ServiceContext, cashier: ServiceContext) -> OrderDetail:
    set_up_shop(ctx)
    return work_full_visit(ctx, tech, cashier)


@pytest.fixture(scope="module")
def module_db(
    tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path
) -> Iterator[Database]:
    path = tmp_path_factory.mktemp("printing") / "printing.sqlite3"
    shutil.copy(sqlite_template, path)
    db = Database(f"sqlite:///{path}")
    with db.write() as session:
        ensure_reference_data(session)
    yield db
    db.dispose()


@pytest.fixture(scope="module")
def module_ctx(module_db: Database) -> ServiceContext:
    ctx = sign_in(module_db, "Counter 1", "李娜", Role.ADVISOR)
    set_up_shop(ctx)
    return ctx


@pytest.fixture(scope="module")
def sample(module_ctx: ServiceContext, module_db: Database) -> PrintData:
    """A released order with every document, loaded once for the render matrix."""
    tech = as_user(module_ctx, "王伟", Role.TECHNICIAN)
    cash = sign_in(module_db, "Cashier", "赵敏", Role.CASHIER)
    d = work_full_visit(module_ctx, tech, cash)
    return load_print_data(module_ctx, d.id)


def pdf_text(pdf: bytes) -> str:
    reader = pypdf.PdfReader(BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


def flat(text: str) -> str:
    """Text without any whitespace (wrapping splits lines anywhere)."""
    return "".join(text.split())


def page_count(pdf: bytes) -> int:
    return len(pypdf.PdfReader(BytesIO(pdf)).pages)


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    return [
        (float(p.mediabox.width), float(p.mediabox.height))
        for p in pypdf.PdfReader(BytesIO(pdf)).pages
    ]
