"""The PNG renders under ``resources/docs``, made anew from the current code:

    python -m tests.app.printing.make_docs [resources/docs]

Visits are worked through the services on a new SQLite file (the same helpers the printing
tests use), every document kind is printed on its usual paper, and the pages are rendered
with pdfium: sheets (A4/A5) at 110 dpi in grey, rolls at 203 dpi one bit per pixel (what a
thermal head prints). Besides one file per kind (``kind_<kind>_<paper>.png``) it writes the
samples the README links to."""

from __future__ import annotations

import sys
import tempfile
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image

from app.bootstrap import open_database
from app.db.engine import Database
from app.domain.enums import ApprovalMethod, AssetKind, LineKind, PaymentMethod, Role
from app.printing.data import PrintData, load_print_data
from app.printing.documents import DOCUMENTS
from app.printing.render import PrintOptions, available_kinds, render_data
from app.services import cashier, intake, workflow
from app.services.context import ServiceContext
from app.services.inputs import (
    AssetInput,
    CustomerInput,
    IntakeInput,
    LineInput,
    PaymentInput,
    VisitDetails,
)
from app.services.people import as_user, sign_in
from app.services.views import OrderDetail
from tests.app.printing.conftest import set_up_shop, work_full_visit
from tests.app.printing.test_asset_words import full_visit as phone_visit
from tests.app.printing.test_legal_documents import legal_visit

SHEET_DPI = 110
ROLL_DPI = 203


def pages(pdf: bytes, *, roll: bool) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf)
    out = []
    for page in doc:
        dpi = ROLL_DPI if roll else SHEET_DPI
        grey = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        if roll:  # a thermal head: each dot black or white
            grey = grey.point(lambda v: 255 if v >= 128 else 0).convert("1")
        out.append(grey)
    doc.close()
    return out


def stacked(images: list[Image.Image]) -> Image.Image:
    """Pages one under the other, a grey rule between them."""
    width = max(i.width for i in images)
    gap = 12
    height = sum(i.height for i in images) + gap * (len(images) - 1)
    sheet = Image.new("L", (width, height), 160)
    y = 0
    for i in images:
        sheet.paste(i.convert("L"), (0, y))
        y += i.height + gap
    return sheet


def save(out: Path, name: str, data: PrintData, kind: str, options: PrintOptions) -> int:
    paper = options.paper or DOCUMENTS[kind].default_paper
    roll = paper.endswith("mm")
    images = pages(render_data(data, kind, replace(options, paper=paper)), roll=roll)
    stacked(images).save(out / name, optimize=True) if len(images) > 1 else images[0].save(
        out / name, optimize=True
    )
    print(f"{name}: {kind}, {paper}, {options.lang}, {len(images)} page(s)")
    return len(images)


def visit(
    ctx: ServiceContext,
    tech: ServiceContext,
    cash: ServiceContext,
    asset: AssetInput,
    lines: list[LineInput],
    *,
    name: str = "张伟",
    phone: str = "13812345678",
    symptom: str = "刹车有异响",
    release: bool = True,
) -> OrderDetail:
    d = intake.intake(
        ctx,
        IntakeInput(
            details=VisitDetails(symptom=symptom, mileage_in=42000, fuel_level=50),
            customer=CustomerInput(name, [phone]),
            asset=asset,
            lines=lines,
        ),
    )
    workflow.approve_order(ctx, d.id, ApprovalMethod.SIGNATURE)
    workflow.assign(ctx, d.id, tech.actor.user_id)
    workflow.start_work(tech, d.id)
    workflow.finish_work(tech, d.id)
    workflow.quality_check(as_user(ctx, "孙丽", Role.INSPECTOR), d.id, True)
    d = cashier.settle(cash, d.id)
    if not release:
        return d
    d = cashier.pay(cash, d.id, [PaymentInput(PaymentMethod.WECHAT, d.balance)])
    return cashier.release(cash, d.id)


def typical_lines(n: int) -> list[LineInput]:
    """``n`` lines as a shop's usual service has them (labor and parts, codes, units)."""
    names = [
        (LineKind.LABOR, "二级维护工时", "2.5", "160.00", "h"),
        (LineKind.PART, "全合成机油 5W-30（4L装）", "1.25", "328.00", None),
        (LineKind.PART, "机油滤清器", "1", "68.00", None),
        (LineKind.PART, "空气滤清器", "1", "95.00", None),
        (LineKind.PART, "空调滤清器", "1", "88.00", None),
        (LineKind.LABOR, "四轮定位检测及调整", "1", "260.00", None),
        (LineKind.PART, "前刹车片（原厂）", "1", "580.00", None),
        (LineKind.LABOR, "更换前刹车片", "1", "120.00", None),
        (LineKind.PART, "刹车油 DOT4", "1", "180.00", None),
        (LineKind.PART, "雨刮片（一对）", "1", "138.00", None),
        (LineKind.LABOR, "空调系统清洗", "1", "198.00", None),
        (LineKind.PART, "火花塞", "4", "65.00", None),
        (LineKind.LABOR, "节气门清洗", "1", "150.00", None),
        (LineKind.PART, "防冻液（2L）", "2", "75.00", None),
    ]
    out = []
    for i in range(n):
        kind, desc, qty, price, unit = names[i % len(names)]
        code = f"{'L' if kind is LineKind.LABOR else 'P'}-{i + 1:03d}"
        out.append(LineInput(kind, desc, qty, price, unit=unit, code=code))
    return out


def _desks(db: Database) -> tuple[ServiceContext, ServiceContext, ServiceContext]:
    """The counter, a technician and the cashier, on a shop with its profile filled in."""
    ctx = sign_in(db, "Counter 1", "李娜", Role.ADVISOR)
    set_up_shop(ctx)
    return ctx, as_user(ctx, "王伟", Role.TECHNICIAN), sign_in(db, "Cashier", "赵敏", Role.CASHIER)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(f"sqlite:///{Path(tmp) / 'docs.sqlite3'}")
        ctx, tech, cash = _desks(db)
        try:
            full = load_print_data(ctx, work_full_visit(ctx, tech, cash).id)
            # every kind on its usual paper (zh_CN), the sample worked through every desk
            for kind in available_kinds(full):
                paper = DOCUMENTS[kind].default_paper
                save(out, f"kind_{kind}_{paper}.png", full, kind, PrintOptions())
            save(out, "print_inspection_a4.png", full, "inspection", PrintOptions("a4"))
            save(out, "intake_slip.png", full, "intake-slip", PrintOptions("80mm"))
            save(out, "settlement.png", full, "settlement", PrintOptions("a4", "bilingual"))
            for kind in ("intake-slip", "release-slip", "receipt"):  # the narrow roll too
                save(out, f"kind_{kind}_58mm.png", full, kind, PrintOptions("58mm"))
            # the legal documents of a 二级维护 (4 lines)
            other = open_database(f"sqlite:///{Path(tmp) / 'legal.sqlite3'}")
            try:  # the same customer and car as the first visit: a database of its own
                desks = _desks(other)
                legal = load_print_data(desks[0], legal_visit(*desks).id)
            finally:
                other.dispose()
            for kind, name in (
                ("settlement", "legal_settlement_a4_zh_CN.png"),
                ("completion-certificate", "legal_certificate_a4_zh_CN.png"),
                ("sanbao-record", "legal_sanbao_record_a4_zh_CN.png"),
            ):
                save(out, name, legal, kind, PrintOptions("a4"))
            # a typical order of 12 lines: one A4 page; 30 lines: pages, signatures kept
            for n in (12, 30):
                plate = f"粤B{n:05d}"
                d = visit(
                    ctx,
                    tech,
                    cash,
                    AssetInput(AssetKind.VEHICLE, plate=plate, make="大众", model="速腾"),
                    typical_lines(n),
                )
                save(
                    out,
                    f"legal_settlement_{n}_lines_a4.png",
                    load_print_data(ctx, d.id),
                    "settlement",
                    PrintOptions("a4"),
                )
            # a phone with its counter checks (condition, IMEI inside = outside, accessories)
            phone = phone_visit(ctx, cash, AssetKind.DEVICE)
            save(
                out, "print_phone_intake_slip_80mm.png", phone, "intake-slip", PrintOptions("80mm")
            )
            save(
                out,
                "print_phone_handover_slip_80mm.png",
                phone,
                "release-slip",
                PrintOptions("80mm"),
            )
            # characters from everywhere on a 58 mm receipt: Arabic, ℃, an emoji (□)
            d = visit(
                ctx,
                tech,
                cash,
                AssetInput(AssetKind.VEHICLE, plate="粤B7C321", make="本田", model="雅阁"),
                [LineInput(LineKind.LABOR, "空调检修（出风 30℃）", "1", "200.00")],
                name="محمد علي",
                phone="13700002222",
                symptom="空调不制冷 😀",
            )
            save(
                out,
                "print_receipt_58mm_203dpi_1bit.png",
                load_print_data(ctx, d.id),
                "receipt",
                PrintOptions("58mm"),
            )
            save(
                out,
                "print_receipt_80mm_203dpi_1bit.png",
                load_print_data(ctx, d.id),
                "receipt",
                PrintOptions("80mm"),
            )
            # a refund after release: the receipt shows it and the net paid
            boss = as_user(ctx, "陈经理", Role.MANAGER)
            cashier.refund(boss, d.payments[0].id, Decimal("20.00"), "客户投诉等待时间过长")
            save(
                out,
                "print_receipt_after_refund_80mm.png",
                load_print_data(ctx, d.id),
                "receipt",
                PrintOptions("80mm"),
            )
            save(
                out,
                "print_settlement_roll_free_lines_80mm.png",
                full,
                "settlement",
                PrintOptions("80mm"),
            )
            # a 4,000-character symptom on A5
            long_text = ("客户反映：" + "发动机冷启动时有异响，热车后减弱；" * 300)[:4000]
            d = visit(
                ctx,
                tech,
                cash,
                AssetInput(AssetKind.VEHICLE, plate="粤B4K000", make="丰田", model="凯美瑞"),
                typical_lines(3),
                symptom=long_text,
                release=False,
            )
            data = load_print_data(ctx, d.id)
            images = pages(render_data(data, "work-order", PrintOptions("a5")), roll=False)
            images[0].save(out / "print_work_order_long_text_a5_p1.png", optimize=True)
            images[-1].save(out / "print_work_order_long_text_a5_last.png", optimize=True)
            print(f"print_work_order_long_text_a5_*.png: work-order, a5, {len(images)} page(s)")
        finally:
            db.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "resources/docs"))
