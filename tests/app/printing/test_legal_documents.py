"""The legal documents of a vehicle repair, read back from the PDF text (pypdf) in Chinese and
English: the JT/T 1133 settlement list (both parties, 维修类别, dates and mileage in and out,
labor with settled hours and rate, materials with part code, brand/spec, unit, quantity and
unit price, subtotals, the total in 大写, old parts, 质量保证期, the inspector, signatures and
a stamp area), the numbered completion certificate and the 三包 repair record; the
``python -m app print`` kinds ``completion-certificate`` and ``sanbao-record``."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.cli import main
from app.config import DATABASE_URL_ENV
from app.domain.enums import (
    ApprovalMethod,
    LineKind,
    OldParts,
    Payer,
    PaymentMethod,
    RepairCategory,
    Role,
)
from app.domain.legal import money_to_chinese_capitals
from app.printing.errors import DocumentNotAvailable
from app.printing.render import render_document
from app.services import cashier, catalog, legal, workflow
from app.services.inputs import LineInput, PaymentInput
from app.services.people import as_user
from tests.app.printing.conftest import flat, open_visit, pdf_text, set_up_shop
from tests.factories import phone_device


def legal_visit(ctx, tech, cash):
    """A 二级维护 with a flat and an hourly job, a catalog part with brand/spec and a
    warranty part, towing and a courtesy car, checked with mileage out, settled, released."""
    boss = as_user(ctx, "陈经理", Role.MANAGER)
    set_up_shop(ctx)
    align = catalog.add_catalog_item(
        boss, LineKind.LABOR, "L-ALIGN9", "四轮定位", "Wheel alignment", "240",
        flat=True, standard_hours="1.2",
    )  # fmt: skip
    pads = catalog.add_catalog_item(
        boss, LineKind.PART, "P-PADF9", "前刹车片", "Front brake pads", "580",
        brand_spec="博世 0986AB1234", unit="套", unit_en="set",
    )  # fmt: skip
    d = open_visit(
        ctx,
        [
            LineInput(LineKind.LABOR, "二级维护工时", "2.5", "160.00", unit="h"),
            LineInput(
                LineKind.LABOR, "四轮定位", "1", "240", catalog_item_id=align.id, code="L-ALIGN9"
            ),
            LineInput(
                LineKind.PART, "前刹车片", "1", "580", catalog_item_id=pads.id, code="P-PADF9"
            ),
            LineInput(LineKind.PART, "机油滤清器", "1", "68.00", code="P-OF", payer=Payer.WARRANTY),
        ],
    )
    d = legal.set_legal_facts(
        ctx,
        d.id,
        legal.LegalFacts(
            repair_category=RepairCategory.LEVEL2,
            old_parts=OldParts.CUSTOMER,
            towing_fee="150",
            courtesy_car="粤B66666 卡罗拉",
            transport_compensation="0",
        ),
        version=d.version,
    )
    workflow.approve_order(ctx, d.id, ApprovalMethod.SIGNATURE)
    workflow.assign(ctx, d.id, tech.actor.user_id)
    workflow.start_work(tech, d.id)
    workflow.finish_work(tech, d.id)
    workflow.quality_check(as_user(ctx, "孙丽", Role.INSPECTOR), d.id, True, mileage_out=42_368)
    d = cashier.settle(cash, d.id)
    d = cashier.pay(cash, d.id, [PaymentInput(PaymentMethod.CASH, d.balance)])
    return cashier.release(cash, d.id)


@pytest.fixture
def visit(ctx, tech, cashier):
    return legal_visit(ctx, tech, cashier)


def test_the_settlement_list_carries_every_jtt_1133_field(ctx, visit):
    d = visit
    text = flat(pdf_text(render_document(ctx, "settlement", d.id, lang="zh_CN")))
    due = d.settlement.customer_due
    for expected in (
        "机动车维修费用结算清单",
        "托修方", "张伟",
        "承修方", "深圳市福田汽车服务有限公司", "深圳市福田区深南大道1001号", "0755-88886666",
        "交运管许可深字440304001号", "招商银行深圳福田支行", "755912345610801",
        "维修类别", "二级维护",
        "进厂日期", "出厂日期", "42,350km", "出厂里程", "42,368km",
        "工时费明细", "结算工时", "工时单价", "二级维护工时", "2.5", "160.00",
        "四轮定位", "1.2", "200.00",  # flat 240 over 1.2 settled hours
        "材料费明细", "配件编码", "品牌规格", "P-PADF9", "博世0986AB1234", "套", "580.00",
        "工时费小计", "640.00", "材料费小计", "648.00",
        "合计金额（大写）", "人民币" + money_to_chinese_capitals(due),
        "旧件处理", "客户带走",
        "质量保证期", "5,000公里或30日",
        "质量检验员", "孙丽",
        "客户签字", "结算员签字", "承修方（盖章）",
    ):  # fmt: skip
        assert expected in text, expected


def test_the_settlement_list_in_english(ctx, visit):
    text = flat(pdf_text(render_document(ctx, "settlement", visit.id, lang="en")))
    for expected in (
        "MotorVehicleRepairSettlementList", "Client", "Repairer", "Repaircategory",
        "Level-2maintenance", "Mileageout", "42,368km", "Hours", "Rate", "Part no.".replace(" ", ""),
        "Brand/spec", "Laborsubtotal", "Materialssubtotal", "Totalinwords(CNY)",
        "takenbythecustomer", "5,000kmor30days", "Qualityinspector", "Settledby",
        "Repairer(stamp)",
    ):  # fmt: skip
        assert expected in text, expected


def test_the_completion_certificate_is_numbered_with_the_check_and_guarantee(ctx, visit):
    d = visit
    number = d.order.certificate_number
    assert number and number.startswith("CC-")
    text = flat(pdf_text(render_document(ctx, "completion-certificate", d.id)))
    for expected in (
        "机动车维修竣工出厂合格证", number, d.order.number, "竣工质量检验结果", "合格",
        "孙丽", "42,368km", "二级维护", "5,000公里或30日", "承修方（盖章）",
    ):  # fmt: skip
        assert expected in text, expected
    en = flat(pdf_text(render_document(ctx, "completion-certificate", d.id, lang="en")))
    assert "RepairCompletionCertificate" in en and number in en and "passed" in en


def test_the_sanbao_record_per_repair(ctx, visit):
    d = visit
    text = flat(pdf_text(render_document(ctx, "sanbao-record", d.id)))
    for expected in (
        "家用汽车产品三包修理记录", "送修时间", "送修里程", "42,350km",
        "送修问题", "刹车时前轮有异响", "检查结果", "修理项目", "二级维护工时",
        "更换零部件名称和编号", "前刹车片（P-PADF9）", "机油滤清器（P-OF）",
        "材料费", "648.00", "工时和工时费", "3.7工时/640.00",
        "拖运费", "150.00", "备用车", "粤B66666卡罗拉", "交通费用补偿",
        "交车时间", "修理者签字", "消费者签字",
    ):  # fmt: skip
        assert expected in text, expected
    en = flat(pdf_text(render_document(ctx, "sanbao-record", d.id, lang="en")))
    assert "Towing" in en and "Courtesycar" in en and "Consumer'ssignature" in en


def test_phones_have_neither_certificate_nor_sanbao_record(ctx, tech, cashier):
    from app.domain.enums import OrderState
    from tests.factories import order_in_state

    d = order_in_state(ctx, tech, OrderState.RELEASED, asset=phone_device("356938035643809"))
    for kind in ("completion-certificate", "sanbao-record"):
        with pytest.raises(DocumentNotAvailable):
            render_document(ctx, kind, d.id)
    # a phone's statement stays the short one
    text = flat(pdf_text(render_document(ctx, "settlement", d.id)))
    assert "机动车维修费用结算清单" not in text and "维修结算单" in text


def test_the_print_command_has_the_new_kinds(ctx, visit, db_url, monkeypatch, tmp_path, capsys):
    monkeypatch.setenv(DATABASE_URL_ENV, db_url)
    for kind in ("completion-certificate", "sanbao-record"):
        out = tmp_path / f"{kind}.pdf"
        assert main(["print", kind, visit.order.number, "-o", str(out)]) == 0
        assert out.read_bytes().startswith(b"%PDF")
        assert f"wrote {out}: {kind} of {visit.order.number}, a4" in capsys.readouterr().out


def test_amounts_on_the_list_match_the_lines(visit):
    labor = sum(
        (l.quantity * l.unit_price for l in visit.lines if l.kind is LineKind.LABOR), Decimal(0)
    )
    assert labor == Decimal("640.00")
