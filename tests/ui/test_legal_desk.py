"""The legal facts at the desks: mileage out typed with the quality check's pass (refused
below the mileage in, next to the field; full-width digits accepted)."""

from __future__ import annotations

import pytest

from app.domain.enums import OrderState
from app.services import queries
from tests.ui.desk_support import demo_orders, settle_tasks
from tests.ui.test_workshop import open_workshop, show_order

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_mileage_out_with_the_quality_check_pass(qtbot, ctx, tech, inspector, adapter):
    orders = demo_orders(ctx, tech)
    order_id = orders["work_done"]
    w = open_workshop(qtbot, inspector, adapter)
    show_order(qtbot, w, order_id)
    panel = w.panel
    assert panel.qc_mileage.isEnabled()
    panel.qc_mileage.setText("100")  # below the 42,000 km it came in with
    panel.qc_pass.click()
    settle_tasks(qtbot)
    assert "below the mileage in" in panel.qc_errors.text_of("mileage_out")
    assert queries.get_order(ctx, order_id).order.state is OrderState.WORK_DONE
    panel.qc_mileage.setText("42015")
    panel.qc_pass.click()
    settle_tasks(qtbot)
    d = queries.get_order(ctx, order_id)
    assert d.order.state is OrderState.READY and d.order.mileage_out == 42_015
    assert d.order.certificate_number and d.order.certificate_number.startswith("CC-")
    assert panel.qc_mileage.text() == ""


def test_a_phone_has_no_mileage_out(qtbot, ctx, tech, inspector, adapter):
    from app.services import workflow

    orders = demo_orders(ctx, tech)
    workflow.finish_work(tech, orders["device"])
    w = open_workshop(qtbot, inspector, adapter)
    show_order(qtbot, w, orders["device"])
    assert w.panel.qc_pass.isEnabled() and not w.panel.qc_mileage.isEnabled()


def test_settling_lists_what_the_health_record_lacks(qtbot, ctx, tech, cashier, adapter):
    from tests.ui.test_cashier import cashier_orders, number, open_cashier, scan

    orders = cashier_orders(ctx, tech)
    w = open_cashier(qtbot, cashier, adapter)
    scan(qtbot, w, number(ctx, orders["mixed"]))
    w.view.settle.click()
    settle_tasks(qtbot)
    assert queries.get_order(ctx, orders["mixed"]).order.state is OrderState.SETTLED
    text = w.message.text()
    assert "The health record lacks" in text  # no shop profile in the test database
    assert "shop name" in text and "repair license number" in text


def test_the_visit_step_takes_the_repair_category_and_flags_a_comeback(qtbot, ctx, tech):
    from datetime import timedelta

    from sqlalchemy import update

    from app.domain.enums import RepairCategory
    from app.domain.models import WorkOrder
    from app.domain.types import utcnow
    from tests.app._support import next_plate, order_in
    from tests.factories import vehicle
    from ui.reception.intake_state import IntakeState
    from ui.reception.intake_visit import VisitStep

    first = order_in(ctx, tech, OrderState.RELEASED, asset=vehicle(plate=next_plate(), vin=None))
    with ctx.db.write() as s:
        s.execute(
            update(WorkOrder)
            .where(WorkOrder.id == first.id)
            .values(
                repair_category=RepairCategory.MINOR,
                mileage_out=42_000,
                released_at=utcnow() - timedelta(days=2),
            )
        )
    step = VisitStep(ctx)
    qtbot.addWidget(step)
    state = IntakeState(customer_id=first.customer.id, asset_id=first.asset.id, mileage_in="42300")
    step.load(state)
    qtbot.waitUntil(lambda: not step.comeback.isHidden())
    assert first.order.number in step.comeback.text()
    assert not step.category.isHidden()
    step.category.setCurrentIndex(step.category.findData("level2"))
    step.store(state)
    assert state.intake_input().repair_category is RepairCategory.LEVEL2
    assert state.comeback_of == first.order.number
    from ui.reception.intake_confirm import ConfirmStep

    confirm = ConfirmStep(ctx)
    qtbot.addWidget(confirm)
    summary = confirm._summary(state)
    assert first.order.number in summary and "Level-2 maintenance" in summary
    step.mileage.setText("44500")  # 2,500 km later: beyond the 小修's 2,000 km
    step.mileage.editingFinished.emit()
    qtbot.waitUntil(lambda: step.comeback.isHidden())


def test_the_order_panel_records_the_legal_facts_with_ctrl_g(qtbot, ctx, tech, adapter, keep):
    from decimal import Decimal

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from app.domain.enums import OldParts, RepairCategory
    from tests.factories import order_in_state
    from tests.ui.conftest import wait_tasks
    from ui.reception.legal_facts_dialog import LegalFactsDialog
    from ui.reception.workspace import ReceptionWorkspace

    d = order_in_state(ctx, tech, OrderState.READY)
    ws = ReceptionWorkspace(ctx, adapter)
    keep(ws)
    ws.resize(1300, 850)
    ws.show()
    qtbot.waitExposed(ws)
    ws.open_order(d.id)
    qtbot.waitUntil(lambda: ws.order.detail is not None and ws.order.detail.id == d.id)
    panel = ws.order
    assert panel.legal_button.isEnabled()
    assert panel.print_actions["completion-certificate"].isEnabled()  # numbered at the QC pass
    panel.lines.setFocus()
    qtbot.keyClick(panel.lines, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), LegalFactsDialog))
    dialog = QApplication.activeModalWidget()
    assert dialog.old_parts.currentData() == OldParts.RECYCLED.value  # keep_old_parts not asked
    dialog.category.setCurrentIndex(dialog.category.findData("assembly"))
    dialog.mileage_out.setText("100")  # below the mileage in: refused next to the field
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.errors.text_of("mileage_out") != "")
    dialog.mileage_out.setText("42080")
    dialog.towing.setText("１５０")  # full width from an input method
    dialog.courtesy.setText("粤B00001 卡罗拉")
    with qtbot.waitSignal(dialog.saved):
        dialog.buttons.accepted.emit()
    o = queries.get_order(ctx, d.id).order
    assert (o.repair_category, o.mileage_out, o.towing_fee) == (
        RepairCategory.ASSEMBLY,
        42_080,
        Decimal("150.00"),
    )
    assert o.courtesy_car == "粤B00001 卡罗拉" and o.transport_compensation is None
    qtbot.waitUntil(lambda: "Assembly repair" in panel._fact_labels["legal"].text())
    wait_tasks()


def test_the_setup_desk_sets_the_endpoint_sends_and_exports_records(
    qtbot, db, ctx, tech, adapter, keep, tmp_path
):
    import json

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from app.domain.enums import HealthRecordStatus, Role
    from app.services import health_records
    from app.services.people import sign_in
    from tests.app._support import next_plate, order_in
    from tests.app.test_health_records import Endpoint
    from tests.factories import vehicle
    from tests.ui.conftest import wait_tasks
    from ui.setup import SetupWorkspace
    from ui.setup.records_page import RecordsPage

    d = order_in(ctx, tech, OrderState.SETTLED, asset=vehicle(plate=next_plate(), vin=None))
    boss = sign_in(db, "Counter 1", "Boss", Role.MANAGER)
    endpoint = Endpoint()
    try:
        ws = SetupWorkspace(boss, adapter)
        keep(ws)
        ws.resize(1366, 768)
        ws.show()
        ws.activateWindow()
        wait_tasks()
        qtbot.keyClick(ws, Qt.Key.Key_0, Qt.KeyboardModifier.AltModifier)  # the tenth page
        wait_tasks()
        page = ws.current_page()
        assert isinstance(page, RecordsPage)
        page.send_now.click()
        wait_tasks()
        qtbot.waitUntil(lambda: "upload address first" in page.notice.text())
        page.url.setFocus()
        qtbot.keyClicks(page.url, endpoint.url)
        qtbot.keyClick(
            QApplication.focusWidget() or ws, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
        )
        wait_tasks()
        qtbot.waitUntil(lambda: not page.busy())
        page.send_now.click()
        wait_tasks()
        qtbot.waitUntil(lambda: "Sent 1, failed 0" in page.notice.text())
        assert [g["record_id"] for g in endpoint.got] == [d.order.number]
        (r,) = health_records.list_records(boss)
        assert r.status is HealthRecordStatus.SENT
        page.format.setCurrentIndex(page.format.findData("json"))
        page.target = str(tmp_path / "records.json")
        page.export.click()
        wait_tasks()
        qtbot.waitUntil(lambda: "Exported to" in page.notice.text())
        exported = json.loads((tmp_path / "records.json").read_text(encoding="utf-8"))
        assert [e["record_id"] for e in exported] == [d.order.number]
    finally:
        endpoint.close()


def test_the_catalog_item_dialog_keeps_a_parts_brand_and_spec(qtbot, db, keep):
    from app.domain.enums import LineKind, Role
    from app.services import catalog
    from app.services.people import sign_in
    from ui.setup.catalog_item_dialog import CatalogItemDialog

    boss = sign_in(db, "Counter 1", "Boss", Role.MANAGER)
    dialog = CatalogItemDialog(boss)
    keep(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(LineKind.PART))
    assert dialog.brand_spec.isEnabled()
    for edit, text in (
        (dialog.code, "P-BRK-77"),
        (dialog.name_zh, "刹车盘"),
        (dialog.name_en, "Brake disc"),
        (dialog.price, "460"),
        (dialog.brand_spec, "博世 0986479S48"),
    ):
        edit.setText(text)
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    item = next(i for i in catalog.list_catalog(boss, text="P-BRK-77") if i.code == "P-BRK-77")
    assert item.brand_spec == "博世 0986479S48"
    edit = CatalogItemDialog(boss, item)
    keep(edit)
    assert edit.brand_spec.text() == "博世 0986479S48"
    edit.kind.setCurrentIndex(edit.kind.findData(LineKind.LABOR))
    assert not edit.brand_spec.isEnabled()  # labor has none


def test_the_cashier_records_mileage_out_with_the_release(qtbot, ctx, tech, cashier, adapter):
    from tests.ui.test_cashier import cashier_orders, number, open_cashier, scan

    orders = cashier_orders(ctx, tech)
    w = open_cashier(qtbot, cashier, adapter)
    scan(qtbot, w, number(ctx, orders["settled"]))
    w.view.pay_cash.click()
    settle_tasks(qtbot)
    assert w.view.mileage_out.isEnabled() and w.view.mileage_out.text() == ""
    w.view.mileage_out.setText("10")  # below the mileage in: refused, not released
    w.view.release.click()
    settle_tasks(qtbot)
    assert "below the mileage in" in w.message.text()
    assert queries.get_order(ctx, orders["settled"]).order.state is OrderState.SETTLED
    w.view.mileage_out.setText("42050")
    w.view.release.click()
    settle_tasks(qtbot)
    d = queries.get_order(ctx, orders["settled"])
    assert d.order.state is OrderState.RELEASED and d.order.mileage_out == 42_050
