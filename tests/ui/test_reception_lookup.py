"""The counter's lookup: finds as you type, Up/Down/Enter open a hit, a scanned order number
or pickup code opens the order at once, a customer opens with assets, history, open orders."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.domain.enums import OrderState
from app.printing.token import make_token
from app.services.settings import installation_secret
from tests.factories import order_in_state, vehicle
from tests.ui.conftest import wait_tasks
from ui.common.lookup_box import LookupBox
from ui.reception.workspace import VIEW_CUSTOMER, VIEW_ORDER, ReceptionWorkspace

# offscreen windows cannot size themselves by hints; Qt says so when one is shown
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def box(qtbot, ctx, keep):
    widget = LookupBox(ctx)
    keep(widget)
    widget.show()
    yield widget
    wait_tasks()


def test_finds_as_you_type_and_enter_opens_the_current_hit(qtbot, ctx, tech, box):
    order_in_state(ctx, tech, OrderState.RELEASED)
    order_in_state(ctx, tech, OrderState.OPEN, asset=vehicle("粤B67890", None))
    qtbot.keyClicks(box.field, "B")
    box.field.setText("粤B")
    qtbot.waitUntil(lambda: box.model.rowCount() == 2, timeout=5000)
    assert "2 found" in box.status.text()
    qtbot.keyClick(box.field, Qt.Key.Key_Down)
    assert box.list.currentIndex().row() == 1
    with qtbot.waitSignal(box.hit_chosen, timeout=5000) as chosen:
        qtbot.keyClick(box.field, Qt.Key.Key_Return)
    hit = chosen.args[0]
    assert hit.kind == "asset" and hit.title.startswith("粤B67890")


def test_enter_before_the_list_caught_up_opens_the_best_hit(qtbot, ctx, tech, box):
    d = order_in_state(ctx, tech, OrderState.OPEN)
    with qtbot.waitSignal(box.hit_chosen, timeout=5000) as chosen:
        qtbot.keyClicks(box.field, "13812345678")
        qtbot.keyClick(box.field, Qt.Key.Key_Return)
    assert chosen.args[0].kind == "customer" and chosen.args[0].id == d.customer.id


def test_scanned_order_number_opens_the_order(qtbot, ctx, tech, box):
    d = order_in_state(ctx, tech, OrderState.READY)
    with qtbot.waitSignal(box.order_chosen, timeout=5000) as opened:
        qtbot.keyClicks(box.field, d.order.number.lower())
        qtbot.keyClick(box.field, Qt.Key.Key_Return)
    assert opened.args == [d.id]


def test_scanned_pickup_code_opens_the_order_and_a_forged_one_is_refused(qtbot, ctx, tech, box):
    d = order_in_state(ctx, tech, OrderState.SETTLED)
    with ctx.db.write() as session:
        token = make_token(d.order.number, installation_secret(session))
    with qtbot.waitSignal(box.order_chosen, timeout=5000) as opened:
        qtbot.keyClicks(box.field, token)
        qtbot.keyClick(box.field, Qt.Key.Key_Return)
    assert opened.args == [d.id]
    box.field.clear()
    forged = token[:-3] + ("AAA" if not token.endswith("AAA") else "BBB")
    with qtbot.assertNotEmitted(box.order_chosen, wait=300):
        qtbot.keyClicks(box.field, forged)
        qtbot.keyClick(box.field, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: "pickup code" in box.status.text(), timeout=5000)


def test_opening_a_customer_shows_assets_history_and_open_orders(qtbot, ctx, tech, adapter, keep):
    done = order_in_state(ctx, tech, OrderState.RELEASED)
    running = order_in_state(
        ctx,
        tech,
        OrderState.IN_PROGRESS,
        asset=vehicle("粤B67890", None),
        customer_id=done.customer.id,
    )
    ws = ReceptionWorkspace(ctx, adapter)
    keep(ws)
    ws.show()
    ws.focus_lookup()
    ws.lookup.field.setText("粤B67890")
    qtbot.waitUntil(lambda: ws.lookup.model.rowCount() == 1, timeout=5000)
    qtbot.keyClick(ws.lookup.field, Qt.Key.Key_Return)
    panel = ws.customer
    qtbot.waitUntil(lambda: panel.file is not None, timeout=5000)
    assert ws.view.currentIndex() == VIEW_CUSTOMER
    assert panel.assets_model.rowCount() == 2
    assert panel.current_asset_id() == running.asset.id  # the found vehicle is selected
    assert [o.order_id for o in panel.open_model.rows()] == [running.id]
    assert {o.order_id for o in panel.history_model.rows()} == {done.id, running.id}
    panel.open_orders.setFocus()
    panel.open_orders.setCurrentIndex(panel.open_model.index(0, 0))
    qtbot.keyClick(panel.open_orders, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ws.order.detail is not None, timeout=5000)
    assert ws.view.currentIndex() == VIEW_ORDER
    assert ws.order.number.text() == running.order.number
