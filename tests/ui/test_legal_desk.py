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
