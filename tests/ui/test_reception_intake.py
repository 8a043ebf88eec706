"""The walk-in intake flow, by keyboard: each step, refused input shown next to its field,
nothing written before confirm, the draft kept and offered again after a restart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain.enums import Approval, ApprovalMethod, InspectionResult, LineKind, OrderState
from app.services import lines, queries, workflow
from app.services.inputs import LineInput
from app.services.queries import count_orders
from tests.factories import order_in_state
from tests.ui.conftest import wait_tasks
from tests.ui.keyboard import Keyboard
from ui.reception import intake_draft
from ui.reception.intake_state import (
    STEP_ASSET,
    STEP_CONFIRM,
    STEP_CUSTOMER,
    STEP_ESTIMATE,
    STEP_INSPECTION,
    STEP_PROMISE,
    STEP_VISIT,
)
from ui.reception.workspace import PAGE_INTAKE, ReceptionWorkspace

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def ws(qtbot, ctx, adapter, keep):
    widget = ReceptionWorkspace(ctx, adapter)
    keep(widget)
    widget.resize(1300, 850)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    yield widget
    wait_tasks()


def step(ws):
    return ws.flow.index()


def test_new_customer_intake_step_by_step(qtbot, ctx, ws, monkeypatch):
    kb = Keyboard(qtbot)
    ws.lookup.focus()
    kb.press(K.Key_N, CTRL)
    assert ws.pages.currentIndex() == PAGE_INTAKE and step(ws) == STEP_CUSTOMER
    customer = ws.flow.steps[STEP_CUSTOMER]
    assert QApplication.focusWidget() is customer.name
    kb.type_chinese("陈静")
    kb.press(K.Key_Return)
    assert QApplication.focusWidget() is customer.phone
    kb.type("1381234")
    kb.press(K.Key_PageDown)
    # refused: the reason is next to the phone field, in the user's language; we stay
    assert step(ws) == STEP_CUSTOMER
    assert customer.errors.text_of("customer.phones.0").startswith("This is not a valid phone")
    assert customer.phone.property("error") is True
    assert QApplication.focusWidget() is customer.phone
    kb.type("5678")
    kb.press(K.Key_PageDown)
    assert step(ws) == STEP_ASSET and customer.errors.text_of("customer.phones.0") == ""

    asset = ws.flow.steps[STEP_ASSET]
    kb.press(K.Key_Return)  # kind: vehicle (the default) -> plate
    assert QApplication.focusWidget() is asset.fields["plate"]
    kb.type_chinese("粤")
    kb.type("B6Q781")
    kb.press(K.Key_Tab)
    kb.type("1M8GDM9AXKP042789")  # last character mistyped
    kb.press(K.Key_PageDown)
    assert step(ws) == STEP_ASSET
    assert "check digit" in asset.errors.text_of("asset.vin")
    asset.fields["vin"].setText("1M8GDM9AXKP042788")
    kb.press(K.Key_PageDown)
    assert step(ws) == STEP_VISIT

    visit = ws.flow.steps[STEP_VISIT]
    assert QApplication.focusWidget() is visit.symptom
    kb.type_chinese("刹车时有异响")
    kb.press(K.Key_Return)
    assert QApplication.focusWidget() is visit.mileage
    kb.type("42000")
    kb.press(K.Key_PageDown)
    assert step(ws) == STEP_INSPECTION

    inspection = ws.flow.steps[STEP_INSPECTION]
    qtbot.waitUntil(inspection.ready, timeout=5000)
    for key in (K.Key_1, K.Key_1, K.Key_3):
        kb.press(key)
    assert inspection.model.results() == {
        "exterior": InspectionResult.OK,
        "interior": InspectionResult.OK,
        "warning_lights": InspectionResult.DAMAGED,
    }
    kb.press(K.Key_Tab)
    assert QApplication.focusWidget() is inspection.diagram
    kb.press(K.Key_D)  # dent
    kb.press(K.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    kb.press(K.Key_Return)
    assert len(inspection.diagram.marks) == 1
    kb.press(K.Key_PageDown)
    assert step(ws) == STEP_ESTIMATE

    estimate = ws.flow.steps[STEP_ESTIMATE]
    assert QApplication.focusWidget() is estimate.search
    kb.type("L-OIL")
    kb.press(K.Key_Return)
    qtbot.waitUntil(lambda: estimate.model.rowCount() == 1, timeout=5000)
    # a free line with a refused quantity: the reason shows under the free line
    estimate.free_description.setFocus()
    kb.type("Check noise")
    kb.press(K.Key_Tab)
    kb.press(K.Key_Tab)
    kb.type(".5555")
    kb.press(K.Key_Tab)
    kb.type("100")
    kb.press(K.Key_Return)
    assert estimate.model.rowCount() == 1
    assert "three decimal places" in estimate.free_error.text()
    estimate.free_quantity.setText("1")
    estimate.free_price.setFocus()
    kb.press(K.Key_Return)
    assert estimate.model.rowCount() == 2
    kb.press(K.Key_PageDown)
    assert step(ws) == STEP_PROMISE
    assert count_orders(ctx) == 0  # nothing written before confirm
    kb.press(K.Key_PageDown)
    assert step(ws) == STEP_CONFIRM
    assert "陈静" in ws.flow.steps[STEP_CONFIRM].summary.text()
    loads: list[int] = []
    load = queries.load_order_detail
    monkeypatch.setattr(
        queries, "load_order_detail", lambda s, oid: (loads.append(oid), load(s, oid))[1]
    )
    kb.press(K.Key_Return, CTRL)
    qtbot.waitUntil(lambda: ws.pages.currentIndex() != PAGE_INTAKE, timeout=10000)
    qtbot.wait(300)  # the change feed's reload of the desk's lists has run
    wait_tasks()
    # the order the intake returned is shown as it is: loaded once (it was three times)
    assert loads == [ws.order.order_id]
    assert ws.order.detail is not None and ws.order.number.text() == ws.order.detail.order.number

    d = queries.get_order(ctx, ws.order.order_id)
    assert d.order.state is OrderState.APPROVED
    assert d.order.approval_method is ApprovalMethod.SIGNATURE
    assert d.customer.name == "陈静" and d.customer.primary_phone == "13812345678"
    assert d.asset.plate == "粤B6Q781" and d.order.mileage_in == 42000
    # a catalog line carries both names; the English one is what this station showed
    assert [(l.code, l.description_en or l.description) for l in d.lines] == [
        ("L-OIL", "Oil and filter change labor"),
        (None, "Check noise"),
    ]
    assert all(l.approval is Approval.APPROVED for l in d.lines)
    assert d.inspection is not None and len(d.inspection.items) == 3
    assert d.inspection.marks[0].damage.value == "dent"
    assert intake_draft.load() is None
    assert ws.order.offer.isVisible()


def test_line_refused_at_the_estimate_is_marked_in_the_table(qtbot, ctx, ws):
    ws.start_intake()
    flow = ws.flow
    flow.state.customer_name, flow.state.customer_phone = "Li Lei", "13900001111"
    flow.state.asset = {"plate": "粤B6Q781"}
    flow.go_to(STEP_ESTIMATE)
    estimate = flow.steps[STEP_ESTIMATE]
    estimate.model.add(LineInput(LineKind.LABOR, "Diagnosis", "0", "150"))
    flow.go_next()
    assert step(ws) == STEP_ESTIMATE
    assert "Line 1:" in estimate.general_error.text()
    assert estimate.model.errors() == {(0, "quantity"): "The quantity must be more than zero."}


def test_asset_already_on_file_sends_the_user_back_to_the_plate(qtbot, ctx, tech, ws):
    order_in_state(ctx, tech, OrderState.RELEASED)  # 粤B12345 is on file
    ws.start_intake()
    flow = ws.flow
    c = flow.steps[STEP_CUSTOMER]
    c.name.setText("Wang Fang")
    c.phone.setText("13900001111")
    flow.go_next()
    flow.steps[STEP_ASSET].fields["plate"].setText("粤B12345")
    flow.go_next()
    flow.confirm()
    qtbot.waitUntil(lambda: step(ws) == STEP_ASSET and not flow.busy, timeout=5000)
    # said at the vehicle step, naming whose it is, not only when the intake is sent
    assert flow.steps[STEP_ASSET].errors.text_of("asset.plate").startswith("On file for 张伟")
    assert count_orders(ctx) == 1  # nothing half-saved


def test_a_half_done_intake_survives_a_restart(qtbot, ctx, adapter, ws, keep):
    ws.start_intake()
    flow = ws.flow
    flow.steps[STEP_CUSTOMER].name.setText("Zhou Min")
    flow.steps[STEP_CUSTOMER].phone.setText("13700002222")
    flow.go_next()
    flow.steps[STEP_ASSET].fields["plate"].setText("粤B0D512")
    flow.go_next()
    flow.steps[STEP_VISIT].symptom.setPlainText("空调不制冷")
    flow._on_changed()
    flow._on_timer()  # the timer writes the draft while the user is still on the step
    ws.close()
    # the station "crashes": no cancel, no confirm; a new desk starts from the data dir

    again = ReceptionWorkspace(ctx, adapter)
    keep(again)
    again.show()
    qtbot.waitExposed(again)
    again.activateWindow()
    qtbot.waitUntil(again.isActiveWindow, timeout=3000)
    assert again.draft_banner.isVisible()
    assert "Zhou Min" in again.draft_text.text()
    again.lookup.focus()
    qtbot.keyClick(again.lookup.field, K.Key_R, CTRL)
    assert again.pages.currentIndex() == PAGE_INTAKE
    assert again.flow.index() == STEP_VISIT
    assert again.flow.steps[STEP_VISIT].symptom.toPlainText() == "空调不制冷"
    assert again.flow.steps[STEP_ASSET].fields["plate"].text() == "粤B0D512"
    assert again.flow.steps[STEP_CUSTOMER].phone.text() == "13700002222"


def test_returning_customer_skips_known_steps_and_is_offered_declined_work(qtbot, ctx, tech, ws):
    first = order_in_state(ctx, tech, OrderState.IN_PROGRESS)
    d = lines.propose_extra_work(tech, first.id, [LineInput(LineKind.PART, "前刹车片", "1", "580")])
    extra = [l for l in d.lines if l.is_extra][0]
    lines.decide_extra_work(ctx, first.id, [extra.id], approve=False, method=ApprovalMethod.PHONE)
    workflow.finish_work(tech, first.id)

    ws.open_customer(first.customer.id, first.asset.id)
    qtbot.waitUntil(lambda: ws.customer.file is not None, timeout=5000)
    ws.customer.assets.setFocus()
    qtbot.keyClick(ws.customer.assets, K.Key_Return)
    flow = ws.flow
    assert ws.pages.currentIndex() == PAGE_INTAKE and step(ws) == STEP_VISIT
    qtbot.waitUntil(lambda: flow.state.asset_label.startswith("粤B12345"), timeout=5000)
    flow.go_next()
    flow.go_next()
    assert step(ws) == STEP_ESTIMATE
    estimate = flow.steps[STEP_ESTIMATE]
    qtbot.waitUntil(lambda: len(estimate._recommendations) == 1, timeout=5000)
    qtbot.keyClick(estimate.search, K.Key_1, Qt.KeyboardModifier.AltModifier)
    assert [l.description for l in estimate.model.lines()] == ["前刹车片"]


def test_known_customer_with_a_new_vehicle_starts_at_the_vehicle(qtbot, ctx, tech, ws):
    first = order_in_state(ctx, tech, OrderState.RELEASED)
    ws.open_customer(first.customer.id)
    qtbot.waitUntil(lambda: ws.customer.file is not None, timeout=5000)
    ws.customer.assets.setFocus()
    qtbot.keyClick(ws.customer.assets, K.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)
    flow = ws.flow
    assert ws.pages.currentIndex() == PAGE_INTAKE and step(ws) == STEP_ASSET
    asset = flow.steps[STEP_ASSET]
    asset.kind.setCurrentIndex(asset.kind.findData("device"))
    assert not asset.fields["plate"].isVisibleTo(asset) and asset.fields["imei"].isVisibleTo(asset)
    asset.fields["imei"].setText("490154203237518")
    flow.go_next()
    assert step(ws) == STEP_VISIT
    flow.steps[STEP_VISIT].symptom.setPlainText("屏幕碎了")
    flow.confirm()
    qtbot.waitUntil(lambda: ws.pages.currentIndex() != PAGE_INTAKE, timeout=10000)
    d = queries.get_order(ctx, ws.order.order_id)
    assert d.customer.id == first.customer.id and d.asset.imei == "490154203237518"
    assert d.inspection is None and d.order.state is OrderState.APPROVED
