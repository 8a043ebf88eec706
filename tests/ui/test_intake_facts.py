"""What was said at intake reaches the people who need it, in both languages: the intake's
confirm step shows everything the customer agrees to; once confirmed, the reception's order
panel and the workshop's job panel show the workshop notes, old parts / wash / waiting,
mileage and fuel, what was left, the checklist (damaged, missing and attention first,
marked) and the damage marks by where they are; the technician's finding is on the
reception's extra-work list. At 1366×768 the job panel's item names are not cut off."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QStyle, QTableView

from app.domain.enums import (
    ApprovalMethod,
    AssetKind,
    DamageType,
    InspectionResult,
    LineKind,
    OrderState,
)
from app.domain.types import utcnow
from app.services import intake, lines, queries, workflow
from app.services.inputs import (
    AssetInput,
    InspectionInput,
    InspectionItemInput,
    IntakeInput,
    LineInput,
    VisitDetails,
)
from tests.factories import customer, order_in_state, vehicle
from tests.ui.conftest import wait_tasks
from tests.ui.desk_support import save_shot
from tests.ui.keyboard import Keyboard
from ui.common.intake_facts import RESULT_MARKS, region_name
from ui.reception.extra_work_panel import ExtraWorkPanel
from ui.reception.intake_state import STEP_CONFIRM, IntakeState
from ui.reception.workspace import PAGE_INTAKE, ReceptionWorkspace
from ui.shell import i18n
from ui.workshop import WorkshopWorkspace
from ui.workshop.job_panel import DESCRIPTION_COLUMN

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

#: the desk's part of a 1366×768 screen (the main window's bar and status line take the rest)
DESK = (1366, 695)
LONG_LABOR = "前后刹车片更换及刹车盘表面光磨处理（含四轮定位检查）"
LONG_PART = "原厂陶瓷刹车片套装 前轮 适用于丰田凯美瑞2018-2023款"

#: what each language says (the facts are typed in Chinese, as at the counter)
SAYS = {
    "en": {
        "notes": "Workshop notes:",
        "requests": ["Keep the old parts", "no wash", "Waits on site"],
        "readings": "42,317 km · fuel 25%",
        "left": ["Valuables: 行车记录仪", "Accessories: 备胎、千斤顶"],
        "damaged": "Damaged",
        "attention": "Attention",
        "ok": "items OK",
        "marks": ["1. Front bumper: Scratch", "2. Left front door: Dent"],
        "finding": "Found by Wang Wei:",
        "awaiting": "Awaiting the customer: 空调滤芯 ¥88.00 — total ¥88.00",
    },
    "zh_CN": {
        "notes": "车间备注：",
        "requests": ["旧件带走", "不洗车", "在店等候"],
        "readings": "42,317 公里 · 油量 25%",
        "left": ["贵重物品：行车记录仪", "随车附件：备胎、千斤顶"],
        "damaged": "损坏",
        "attention": "需关注",
        "ok": "项正常",
        "marks": ["1. 前保险杠：划痕", "2. 左前门：凹陷"],
        "finding": "Wang Wei 检查发现：",
        "awaiting": "待客户确认：空调滤芯 ¥88.00 — 合计 ¥88.00",
    },
}


@pytest.fixture(params=["en", "zh_CN"])
def language(request, qapp):
    yield i18n.install(request.param)
    i18n.install("en")


def the_state(ctx) -> IntakeState:
    """A whole walk-in as typed: every intake fact set, two items flagged, two marks."""
    items = intake.checklist(ctx, AssetKind.VEHICLE)
    s = IntakeState(
        customer_name="陈静",
        customer_phone="13812345678",
        asset={"plate": "粤B6Q781", "make": "Toyota", "model": "Camry"},
        symptom="刹车有异响，方向盘抖动",
        mileage_in="42317",
        fuel_level=25,
        accessories_left="备胎、千斤顶",
        valuables_left="行车记录仪",
        promised_at=(datetime.now(UTC) + timedelta(hours=3)).isoformat(),
        waits_on_site=True,
        keep_old_parts=True,
        wash=False,
        notes="客户要求用原厂机油，旧件放后备箱",
    )
    s.checklist = {i.code: InspectionResult.OK.value for i in items}
    s.checklist[items[3].code] = InspectionResult.ATTENTION.value
    s.checklist[items[1].code] = InspectionResult.DAMAGED.value
    s.checklist_notes = {items[1].code: "左前轮胎侧裂", items[3].code: "雨刮老化"}
    s.marks = [
        {"x": 0.5, "y": 0.05, "damage": DamageType.SCRATCH.value},
        {"x": 0.25, "y": 0.5, "damage": DamageType.DENT.value},
    ]
    s.lines = [
        {"kind": "labor", "description": LONG_LABOR, "quantity": "1.5", "unit_price": "180.00"},
        {"kind": "part", "description": LONG_PART, "quantity": "1", "unit_price": "680.00"},
        {
            "kind": "part",
            "description": "机油滤清器",
            "quantity": "1",
            "unit_price": "68.00",
            "payer": "warranty",
        },
    ]
    return s


def item_labels(ctx, language: str) -> tuple[str, str]:
    """The (damaged, attention) items' names in ``language``."""
    items = intake.checklist(ctx, AssetKind.VEHICLE)
    pick = (lambda i: i.label_zh) if language.startswith("zh") else (lambda i: i.label_en)
    return pick(items[1]), pick(items[3])


def assert_facts_said(facts, ctx, language: str, *, requests: list[str] | None = None) -> None:
    """The intake block ``facts`` says every fact of :func:`the_state`, flagged items first
    and marked in their colours."""
    says = SAYS[language]
    text = facts.text()
    assert says["notes"] in text and "客户要求用原厂机油，旧件放后备箱" in text
    for wanted in requests or says["requests"]:
        assert wanted in facts.value("requests").text()
    assert facts.value("readings").text() == says["readings"]
    assert facts.value("left").text().split("\n") == says["left"]
    damaged, attention = item_labels(ctx, language)
    checklist = facts.value("checklist").text()
    lines_said = [line for line in text.split("\n") if line]
    checks = text[text.index(damaged) :]
    # damaged before attention before the OK ones, each in its colour and with its note
    assert checks.index(damaged) < checks.index(attention) < checks.index(says["ok"])
    assert f"{damaged} · {says['damaged']} — 左前轮胎侧裂" in text
    assert f"{attention} · {says['attention']} — 雨刮老化" in text
    colour_damaged = RESULT_MARKS[InspectionResult.DAMAGED][1]
    colour_attention = RESULT_MARKS[InspectionResult.ATTENTION][1]
    assert checklist.index(colour_damaged) < checklist.index(colour_attention)
    assert checklist.index(colour_damaged) < checklist.index(damaged)
    for mark in says["marks"]:
        assert mark in lines_said or any(line.endswith(mark) for line in lines_said), mark


def row_fits(view: QTableView, row: int, column: int) -> bool:
    """The cell's whole text fits its cell (wrapped where the view wraps), nothing cut off."""
    index = view.model().index(row, column)
    rect = view.visualRect(index)
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    flags = int(Qt.TextFlag.TextWordWrap) if view.wordWrap() else 0
    bound = QRect(0, 0, rect.width() - 2 * margin, 10_000)
    needed = view.fontMetrics().boundingRect(bound, flags, str(index.data())).size()
    return needed.width() <= bound.width() and needed.height() <= rect.height()


def test_said_at_intake_reaches_the_confirm_step_the_counter_and_the_workshop(
    qtbot, ctx, tech, adapter, keep, language
):
    # --- the confirm step: everything the customer agrees to ---
    ws = ReceptionWorkspace(ctx, adapter)
    keep(ws)
    ws.resize(*DESK)
    ws.show()
    qtbot.waitExposed(ws)
    ws.activateWindow()
    state = the_state(ctx)
    ws.pages.setCurrentIndex(PAGE_INTAKE)
    ws.flow.start(state)
    ws.flow.go_to(STEP_CONFIRM)
    confirm = ws.flow.steps[STEP_CONFIRM]
    damaged, _attention = item_labels(ctx, language)
    qtbot.waitUntil(lambda: damaged in confirm.intake.text(), timeout=5000)
    summary = confirm.summary.text()
    for said in ("陈静", "13812345678", "粤B6Q781 Toyota Camry", "刹车有异响，方向盘抖动"):
        assert said in summary
    for said in (LONG_LABOR, LONG_PART, "机油滤清器", "¥270.00", "¥680.00", "¥68.00"):
        assert said in summary
    assert "¥950.00" in summary and "¥1,018.00" in summary  # the customer's part, the whole
    assert datetime.fromisoformat(state.promised_at).astimezone().strftime("%H:%M") in summary
    assert_facts_said(confirm.intake, ctx, language)
    save_shot(ws, f"intake-confirm-{language}")

    # --- confirmed: the order panel at the counter ---
    kb = Keyboard(qtbot)
    confirm.confirm.setFocus()
    kb.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: ws.pages.currentIndex() != PAGE_INTAKE, timeout=10_000)
    qtbot.waitUntil(lambda: ws.order.detail is not None, timeout=5000)
    order_id = ws.order.order_id
    d = queries.get_order(ctx, order_id)
    assert d.order.keep_old_parts and not d.order.wash and d.order.waits_on_site
    workflow.assign(ctx, order_id, tech.actor.user_id)
    workflow.start_work(tech, order_id)
    lines.propose_extra_work(
        tech,
        order_id,
        [LineInput(LineKind.PART, "空调滤芯", "1", "88.00")],
        finding="空调滤芯严重堵塞，建议更换",
    )
    ws.order.reload()
    qtbot.waitUntil(lambda: ws.order.detail.order.fault_found is not None, timeout=5000)
    panel = ws.order
    assert_facts_said(panel.intake, ctx, language)
    assert panel._fact_labels["fault"].text() == "空调滤芯严重堵塞，建议更换"
    for row in range(panel.lines_model.rowCount()):
        assert row_fits(panel.lines, row, 0), panel.lines_model.index(row, 0).data()

    # --- the extra-work list where the advisor phones: the finding beside the list ---
    extra = ws.extra_work
    extra.reload()
    qtbot.waitUntil(lambda: extra.model.rowCount() == 1, timeout=5000)
    wait_tasks()
    assert extra.call_sheet.isVisible()
    sheet = extra.call_sheet.text()
    for said in ("陈静", "13812345678", "空调滤芯严重堵塞，建议更换", SAYS[language]["finding"]):
        assert said in sheet
    assert SAYS[language]["awaiting"] in sheet
    tip = extra.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "空调滤芯严重堵塞，建议更换" in tip
    save_shot(ws, f"intake-order-panel-{language}")

    # --- the workshop's job panel ---
    shop = WorkshopWorkspace(ctx, adapter)
    keep(shop)
    shop.resize(*DESK)
    shop.show()
    qtbot.waitUntil(lambda: shop.model.rowCount() > 0, timeout=5000)
    shop.open_order(order_id)
    qtbot.waitUntil(lambda: shop.panel.detail is not None, timeout=5000)
    wait_tasks()
    job = shop.panel
    assert_facts_said(job.intake, ctx, language)
    assert job.fault.text() == "空调滤芯严重堵塞，建议更换"
    # every item name whole at 1366×768: wrapped in its row, not cut off
    assert job.lines.textElideMode() is Qt.TextElideMode.ElideNone
    for row in range(job.lines_model.rowCount()):
        assert row_fits(job.lines, row, DESCRIPTION_COLUMN), row
    # the facts scroll (Tab reaches them) rather than pushing the lines off the screen
    assert job.facts.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert job.lines.height() >= job.lines.verticalHeader().length() * 0.9
    save_shot(shop, f"intake-job-panel-{language}")


def test_requests_say_no_as_plainly_as_yes_and_a_device_has_its_battery(
    qtbot, ctx, tech, adapter, keep, language
):
    """Old parts not kept, no wash, not waiting are said; a phone has a battery level and no
    diagram; an order without a walk-around says so."""
    d = intake.intake(
        ctx,
        IntakeInput(
            details=VisitDetails(
                symptom="屏幕碎裂", fuel_level=40, promised_at=utcnow() + timedelta(hours=2)
            ),
            customer=customer("孙丽", "13900001111"),
            asset=AssetInput(kind=AssetKind.DEVICE, imei="490154203237518", make="Huawei"),
            lines=[LineInput(LineKind.PART, "屏幕总成", "1", "900.00")],
            inspection=InspectionInput(
                items=[
                    InspectionItemInput(i.code, InspectionResult.OK)
                    for i in intake.checklist(ctx, AssetKind.DEVICE)
                ]
            ),
        ),
    )
    shop = WorkshopWorkspace(ctx, adapter)
    keep(shop)
    shop.resize(*DESK)
    shop.show()
    workflow.approve_order(ctx, d.id, ApprovalMethod.SIGNATURE)
    qtbot.waitUntil(lambda: shop.model.rowCount() > 0, timeout=5000)
    shop.open_order(d.id)
    qtbot.waitUntil(lambda: shop.panel.detail is not None, timeout=5000)
    facts = shop.panel.intake
    zh = language.startswith("zh")
    requests = facts.value("requests").text()
    for no in ("旧件不留", "不洗车", "不在店等候") if zh else ("old parts not kept", "no wash"):
        assert no in requests
    assert facts.value("readings").text() == ("电量 40%" if zh else "battery 40%")
    assert ("全部" if zh else "all ") in facts.value("checklist").text()
    assert not facts.shown("marks") and not facts.shown("left") and not facts.shown("notes")

    bare = ExtraWorkPanel(ctx)  # (no order of this test awaits a decision)
    keep(bare)
    bare.reload()
    wait_tasks()
    assert bare.model.rowCount() == 0 and not bare.call_sheet.isVisible()


@pytest.mark.parametrize(
    ("x", "y", "en", "zh"),
    [
        (0.5, 0.05, "Front bumper", "前保险杠"),
        (0.5, 0.95, "Rear bumper", "后保险杠"),
        (0.5, 0.2, "Bonnet", "发动机盖"),
        (0.5, 0.38, "Windscreen", "前挡风玻璃"),
        (0.5, 0.6, "Roof", "车顶"),
        (0.18, 0.25, "Left front wheel", "左前轮"),
        (0.82, 0.75, "Right rear wheel", "右后轮"),
        (0.1, 0.35, "Left mirror", "左后视镜"),
        (0.25, 0.5, "Left front door", "左前门"),
        (0.75, 0.65, "Right rear door", "右后门"),
        (0.75, 0.8, "Right rear wing", "右后翼子板"),
        (0.5, 0.84, "Boot lid", "行李箱盖"),
    ],
)
def test_a_damage_mark_is_named_by_where_it_is_on_the_car(qapp, x, y, en, zh):
    assert region_name(x, y) == en
    try:
        i18n.install("zh_CN")
        assert region_name(x, y) == zh
    finally:
        i18n.install("en")


def test_the_call_sheet_has_every_finding_and_all_that_awaits_on_the_order(qtbot, ctx, tech, keep):
    """Two findings on one order: both on the call sheet, one line each, with the order's
    total awaiting; an order with no finding written says so."""
    a = order_in_state(ctx, tech, OrderState.IN_PROGRESS)
    b = order_in_state(ctx, tech, OrderState.IN_PROGRESS, asset=vehicle("粤B67890", None))
    part = LineInput(LineKind.PART, "雨刮片", "2", "45.00")
    lines.propose_extra_work(tech, a.id, [part], finding="雨刮胶条老化")
    lines.propose_extra_work(
        tech, a.id, [LineInput(LineKind.PART, "空调滤芯", "1", "88.00")], finding="滤芯堵塞"
    )
    lines.propose_extra_work(tech, b.id, [part])
    panel = ExtraWorkPanel(ctx)
    keep(panel)
    panel.show()
    panel.reload()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3, timeout=5000)
    assert "雨刮胶条老化<br>滤芯堵塞" in panel.call_sheet.text()
    assert "¥90.00; 空调滤芯 ¥88.00 — total ¥178.00" in panel.call_sheet.text()
    panel.table.setCurrentIndex(panel.model.index(2, 0))
    assert "No finding written" in panel.call_sheet.text()
    assert "雨刮胶条老化" not in panel.call_sheet.text()
