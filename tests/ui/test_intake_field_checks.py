"""Checks where the field is, at the reception's intake (offscreen, by keyboard): a plate or
VIN already on file is said at the vehicle step when the field is left (or, if the user moved
on, the flow comes back to it); a VIN without check digit and a mileage below the last visit
warn next to their field and go through once the tick box under it is ticked (Alt+C); the
mileage field shows the last visit's reading; a promise in the past and a name of invisible
characters are refused next to their fields."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.domain.enums import OrderState
from app.domain.models import AuditEntry, OrderEvent
from app.services import queries
from app.services.queries import count_orders
from tests.factories import customer, order_in_state, vehicle
from tests.ui.conftest import wait_tasks
from tests.ui.keyboard import Keyboard
from ui.reception.intake_state import (
    STEP_ASSET,
    STEP_CUSTOMER,
    STEP_INSPECTION,
    STEP_PROMISE,
    STEP_VISIT,
)
from ui.reception.workspace import PAGE_INTAKE, ReceptionWorkspace

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

K = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
EUROPEAN_VIN = "WBA3A5C50CF256985"  # position 9 is no check digit (BMW)


@pytest.fixture
def ws(qtbot, ctx, adapter, keep):
    widget = ReceptionWorkspace(ctx, adapter)
    keep(widget)
    widget.resize(1300, 850)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=3000)
    yield widget
    wait_tasks()


def _returning(qtbot, ws, customer_id: int, asset_id: int | None = None):
    """The intake started from the customer's file by keyboard: Enter on the vehicle (a
    visit of that vehicle), or Ctrl+Shift+N (a new vehicle for that customer)."""
    ws.open_customer(customer_id, asset_id)
    qtbot.waitUntil(lambda: ws.customer.file is not None, timeout=5000)
    ws.customer.assets.setFocus()
    if asset_id is None:
        qtbot.keyClick(ws.customer.assets, K.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)
    else:
        qtbot.keyClick(ws.customer.assets, K.Key_Return)
    assert ws.pages.currentIndex() == PAGE_INTAKE
    return ws.flow


def _new_customer(ws, name: str = "Wang Fang", phone: str = "13900001111"):
    ws.start_intake()
    flow = ws.flow
    c = flow.steps[STEP_CUSTOMER]
    c.name.setText(name)
    c.phone.setText(phone)
    flow.go_next()
    assert flow.index() == STEP_ASSET
    return flow


def test_a_plate_on_file_is_said_when_the_field_is_left_and_offered(qtbot, ctx, tech, ws):
    first = order_in_state(ctx, tech, OrderState.RELEASED)  # 粤B12345, owner 张伟
    flow = _new_customer(ws)
    asset = flow.steps[STEP_ASSET]
    kb = Keyboard(qtbot)
    kb.press(K.Key_Return)  # kind -> plate
    assert QApplication.focusWidget() is asset.fields["plate"]
    kb.type_chinese("粤")
    kb.type("b 12345")
    kb.press(K.Key_Tab)  # leaves the plate: the core is asked in the background
    assert QApplication.focusWidget() is asset.fields["vin"]
    qtbot.waitUntil(lambda: asset.errors.text_of("asset.plate") != "", timeout=5000)
    text = asset.errors.text_of("asset.plate")
    assert text.startswith("On file for 张伟: 粤B12345 Toyota Camry")
    assert "Down, then Enter takes it" in text
    assert flow.index() == STEP_ASSET and count_orders(ctx) == 1
    # the offer: Down selects the vehicle on file, Enter takes it (with its owner)
    assert asset.matches_model.rowCount() == 1
    kb.press(K.Key_Down)
    kb.press(K.Key_Return)
    assert flow.index() == STEP_VISIT
    assert (flow.state.asset_id, flow.state.customer_id) == (first.asset.id, first.customer.id)


def test_moving_on_before_the_answer_comes_back_to_the_vehicle_step(qtbot, ctx, tech, ws):
    order_in_state(ctx, tech, OrderState.RELEASED)
    flow = _new_customer(ws)
    flow.steps[STEP_ASSET].fields["plate"].setText("粤B12345")
    flow.go_next()  # not asked yet: the step is left, and the core asked on the way
    qtbot.waitUntil(lambda: flow.index() == STEP_ASSET, timeout=5000)
    asset = flow.steps[STEP_ASSET]
    qtbot.waitUntil(lambda: asset.errors.text_of("asset.plate") != "", timeout=5000)
    assert asset.errors.text_of("asset.plate").startswith("On file for 张伟")
    # known now: leaving the step again stays here at once
    flow.go_next()
    assert flow.index() == STEP_ASSET


def test_a_customer_chosen_is_told_to_transfer_anothers_vehicle(qtbot, ctx, tech, ws):
    order_in_state(ctx, tech, OrderState.RELEASED)  # 张伟's car
    other = order_in_state(
        ctx,
        tech,
        OrderState.RELEASED,
        asset=vehicle("粤B54321", None),
        customer=customer("李娜", "13900002222"),
    )
    flow = _returning(qtbot, ws, other.customer.id)
    assert flow.index() == STEP_ASSET
    asset = flow.steps[STEP_ASSET]
    asset.fields["plate"].setText("粤B12345")
    asset.check_on_file()
    qtbot.waitUntil(lambda: asset.errors.text_of("asset.plate") != "", timeout=5000)
    assert "Transfer it in the customer file first" in asset.errors.text_of("asset.plate")


def test_a_european_vin_is_confirmed_by_keyboard_and_saved(qtbot, ctx, ws):
    flow = _new_customer(ws)
    asset = flow.steps[STEP_ASSET]
    kb = Keyboard(qtbot)
    kb.press(K.Key_Return)
    kb.type_chinese("粤")
    kb.type("B6E002")
    kb.press(K.Key_Tab)
    kb.type(EUROPEAN_VIN)
    assert not asset.vin_confirm.isVisible()
    kb.press(K.Key_PageDown)
    assert flow.index() == STEP_ASSET
    assert "Position 9 is not a check digit" in asset.errors.text_of("asset.vin")
    assert asset.vin_confirm.isVisible() and not asset.vin_confirm.isChecked()
    assert QApplication.focusWidget() is asset.fields["vin"]
    kb.press(K.Key_Return)  # Enter: the tick box right under the VIN
    assert QApplication.focusWidget() is asset.vin_confirm
    kb.press(K.Key_Space)
    assert asset.vin_confirm.isChecked()
    kb.press(K.Key_PageDown)
    assert flow.index() == STEP_VISIT
    assert flow.state.confirm_vin and flow.state.asset_input().confirm_vin
    # another VIN typed over it is confirmed anew
    flow.go_back()
    asset.fields["vin"].setFocus()
    kb.press(K.Key_Backspace)
    kb.type("5")
    assert not asset.vin_confirm.isChecked()
    kb.press(K.Key_PageDown)
    assert flow.index() == STEP_ASSET
    kb.press(K.Key_C, ALT)  # the box's own key
    assert asset.vin_confirm.isChecked()
    kb.press(K.Key_PageDown)
    assert flow.index() == STEP_VISIT
    flow.steps[STEP_VISIT].symptom.setPlainText("异响")
    flow.confirm()
    qtbot.waitUntil(lambda: ws.pages.currentIndex() != PAGE_INTAKE, timeout=10000)
    d = queries.get_order(ctx, ws.order.order_id)
    assert d.asset.vin == EUROPEAN_VIN[:-1] + "5"


def test_the_mileage_field_shows_the_last_visit_and_a_lower_one_is_confirmed(
    qtbot, ctx, tech, db, ws
):
    first = order_in_state(ctx, tech, OrderState.RELEASED)  # came in with 42,000 km
    day = first.order.created_at.astimezone().date().isoformat()
    flow = _returning(qtbot, ws, first.customer.id, first.asset.id)
    assert flow.index() == STEP_VISIT
    visit = flow.steps[STEP_VISIT]
    qtbot.waitUntil(lambda: visit.mileage.placeholderText() != "", timeout=5000)
    assert visit.mileage.placeholderText() == f"last visit: 42,000 km on {day}"
    kb = Keyboard(qtbot)
    visit.symptom.setFocus()
    kb.type("noise")
    kb.press(K.Key_Return)
    assert QApplication.focusWidget() is visit.mileage
    kb.type("41000")
    kb.press(K.Key_PageDown)
    assert flow.index() == STEP_VISIT
    assert visit.errors.text_of("mileage_in") == (
        "Lower than at the last visit (42,000 km): check the odometer, then confirm."
    )
    assert visit.mileage_confirm.isVisible()
    kb.press(K.Key_C, ALT)
    assert visit.mileage_confirm.isChecked()
    kb.press(K.Key_PageDown)
    assert flow.index() == STEP_INSPECTION
    flow.confirm()
    qtbot.waitUntil(lambda: ws.pages.currentIndex() != PAGE_INTAKE, timeout=10000)
    d = queries.get_order(ctx, ws.order.order_id)
    assert d.order.mileage_in == 41000
    with db.read() as s:
        event = s.scalars(
            select(OrderEvent).where(OrderEvent.order_id == d.id, OrderEvent.action == "intake")
        ).one()
        audit = s.scalars(
            select(AuditEntry).where(
                AuditEntry.action == "order.intake", AuditEntry.order_id == d.id
            )
        ).one()
    assert "below the last 42000 km, confirmed" in event.summary
    assert json.loads(audit.after or "{}")["mileage_lower_confirmed"]["last_km"] == 42000


def test_the_service_refusing_a_lower_mileage_brings_the_box_up_at_the_visit(qtbot, ctx, tech, ws):
    first = order_in_state(ctx, tech, OrderState.RELEASED)
    flow = _returning(qtbot, ws, first.customer.id, first.asset.id)
    visit = flow.steps[STEP_VISIT]
    visit.symptom.setPlainText("保养")
    visit.mileage.setText("100")
    visit._last_for = -1  # as if the last visit's reading never arrived (slow server)
    visit._last = None
    flow.state.asset_id = first.asset.id
    flow.go_next()
    flow.confirm()
    qtbot.waitUntil(lambda: flow.index() == STEP_VISIT and not flow.busy, timeout=10000)
    assert visit.errors.text_of("mileage_in").startswith("Lower than at the last visit")
    assert visit.mileage_confirm.isVisible()
    assert count_orders(ctx) == 1


def test_a_promise_in_the_past_is_refused_next_to_it(qtbot, ctx, ws):
    flow = _new_customer(ws)
    flow.steps[STEP_ASSET].fields["plate"].setText("粤B6E003")
    flow.go_next()
    flow.steps[STEP_VISIT].symptom.setPlainText("异响")
    flow.go_to(STEP_PROMISE)
    promise = flow.steps[STEP_PROMISE]
    promise.promised.setDateTime(QDateTime.currentDateTime().addSecs(-2 * 3600))
    flow.go_next()
    assert flow.index() == STEP_PROMISE
    assert promise.errors.text_of("promised_at") == (
        "The promised time has passed: promise a time still to come."
    )
    promise.promised.setDateTime(QDateTime.currentDateTime().addSecs(3600))
    flow.go_next()
    assert flow.index() == STEP_PROMISE + 1
    assert flow.state.promised() is not None
    assert flow.state.details().promised_at > flow.state.promised() - timedelta(seconds=1)


@pytest.mark.parametrize("blank", ["\u200b\u200b", "\u3000", "\ufeff", "\u00ad\u2060"])
def test_a_name_of_invisible_characters_is_refused_as_empty(qtbot, ws, blank: str):
    ws.start_intake()
    flow = ws.flow
    c = flow.steps[STEP_CUSTOMER]
    c.name.setText(blank)
    c.phone.setText("13900001111")
    flow.go_next()
    assert flow.index() == STEP_CUSTOMER
    assert c.errors.text_of("customer.name") == "This field is required."


def test_every_warning_the_core_raises_has_a_text():
    """Warnings are made by ``needs_confirmation(field, code, ...)`` (which the general
    check of error codes, looking for ``ValidationError(...)``, does not see)."""
    import ast
    from pathlib import Path

    from ui.common.errors import CODES

    found = set()
    for path in (Path(__file__).resolve().parents[2] / "app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) == "needs_confirmation"
                and len(node.args) >= 2
                and isinstance(node.args[1], ast.Constant)
            ):
                found.add(node.args[1].value)
    assert found == {"vin_check_unverified", "mileage_lower"}
    assert found <= set(CODES)


def test_a_step_refused_for_its_vin_also_says_the_plate_on_file(qtbot, ctx, tech, ws):
    order_in_state(ctx, tech, OrderState.RELEASED)
    flow = _new_customer(ws)
    asset = flow.steps[STEP_ASSET]
    asset.fields["plate"].setText("粤B12345")  # pasted: no field was left
    asset.fields["vin"].setText(EUROPEAN_VIN)
    flow.go_next()
    assert flow.index() == STEP_ASSET and "Position 9" in asset.errors.text_of("asset.vin")
    qtbot.waitUntil(lambda: asset.errors.text_of("asset.plate") != "", timeout=5000)
    assert asset.errors.text_of("asset.plate").startswith("On file for 张伟")
    assert "Position 9" in asset.errors.text_of("asset.vin")
