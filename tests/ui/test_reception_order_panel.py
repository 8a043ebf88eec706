"""The order at the reception counter: who pays a line and its discount (F2) until the order
is settled, the choice of documents to print (Ctrl+P), and the payer keys of the estimate."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain.enums import LineKind, OrderState, Payer
from app.services import queries
from app.services.inputs import LineInput
from tests.factories import order_in_state, two_lines
from tests.ui.conftest import wait_tasks
from ui.common.line_payer_dialog import LinePayerDialog
from ui.reception.intake_state import STEP_ESTIMATE
from ui.reception.workspace import ReceptionWorkspace

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

K = Qt.Key


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


def open_order(qtbot, ws, order_id):
    ws.open_order(order_id)
    qtbot.waitUntil(lambda: ws.order.detail is not None and ws.order.detail.id == order_id)
    return ws.order


def payer_dialog(qtbot) -> LinePayerDialog:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), LinePayerDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, LinePayerDialog)
    return dialog


def test_f2_changes_who_pays_a_line_and_its_discount(qtbot, ctx, tech, ws):
    d = order_in_state(ctx, tech, OrderState.READY, lines=two_lines())
    panel = open_order(qtbot, ws, d.id)
    assert panel.payer_button.isEnabled()
    panel.lines.setFocus()
    panel.lines.setCurrentIndex(panel.lines_model.index(1, 0))
    line = panel.lines_model.row_at(1)
    qtbot.keyClick(panel.lines, K.Key_F2)
    dialog = payer_dialog(qtbot)
    assert dialog.line.id == line.id and dialog.payer.currentData() == line.payer.value
    dialog.payer.setCurrentIndex(dialog.payer.findData(Payer.INSURANCE.value))

    dialog.discount.setText("150")  # refused next to the field, the dialog stays
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.errors.text_of("discount_percent") != "")
    assert dialog.isVisible() and dialog.discount.property("error") is True

    dialog.discount.setText("10")
    with qtbot.waitSignal(dialog.saved):
        dialog.buttons.accepted.emit()
    changed = next(l for l in queries.get_order(ctx, d.id).lines if l.id == line.id)
    assert changed.payer is Payer.INSURANCE and changed.discount_percent == Decimal("10.00")
    qtbot.waitUntil(lambda: panel.lines_model.row_at(1).payer is Payer.INSURANCE)


def test_after_settlement_the_payer_is_no_longer_changed(qtbot, ctx, tech, ws):
    d = order_in_state(ctx, tech, OrderState.SETTLED, lines=two_lines())
    panel = open_order(qtbot, ws, d.id)
    assert not panel.payer_button.isEnabled()


def test_a_change_made_elsewhere_meanwhile_is_said_not_overwritten(qtbot, ctx, tech, manager, ws):
    from app.services.lines import set_line_payer_and_discount

    d = order_in_state(ctx, tech, OrderState.IN_PROGRESS, lines=two_lines())
    panel = open_order(qtbot, ws, d.id)
    panel.lines.setCurrentIndex(panel.lines_model.index(0, 0))
    panel.change_payer()
    dialog = payer_dialog(qtbot)
    line = dialog.line
    set_line_payer_and_discount(  # the manager at another desk, a moment earlier
        manager, d.id, line.id, payer=Payer.GOODWILL, discount_percent="0", version=d.version
    )
    dialog.payer.setCurrentIndex(dialog.payer.findData(Payer.WARRANTY.value))
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.general_error.isVisibleTo(dialog))
    assert dialog.general_error.text()
    after = next(l for l in queries.get_order(ctx, d.id).lines if l.id == line.id)
    assert after.payer is Payer.GOODWILL
    dialog.reject()


# the offscreen platform cannot raise a popup nor let it grab the keyboard (a desktop can)
@pytest.mark.qt_log_ignore(
    "This plugin does not support (raise|grabbing the keyboard|propagateSizeHints)"
)
def test_ctrl_p_offers_the_orders_documents(qtbot, ctx, tech, ws):
    d = order_in_state(ctx, tech, OrderState.APPROVED)
    panel = open_order(qtbot, ws, d.id)
    panel.lines.setFocus()
    qtbot.keyClick(panel.lines, K.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(panel.print_menu.isVisible)
    kinds = [a.data() for a in panel.print_menu.actions()]
    assert kinds == [
        "intake-slip", "work-order", "job-card", "inspection", "extra-work",
        "completion-certificate", "sanbao-record",
    ]  # fmt: skip
    # a vehicle not yet checked has no completion certificate
    assert not panel.print_actions["completion-certificate"].isEnabled()
    assert panel.print_menu.activeAction() is panel.print_actions["work-order"]
    # no inspection and no extra work on this order: those are greyed out
    assert not panel.print_actions["inspection"].isEnabled()
    assert not panel.print_actions["extra-work"].isEnabled()
    with qtbot.waitSignal(ws.print_requested) as asked:
        panel.print_actions["job-card"].trigger()
    assert asked.args == [d.id, "job-card"]
    panel.print_menu.hide()


def test_estimate_keys_mark_insurance_and_internal_lines(qtbot, ctx, ws):
    ws.start_intake()
    flow = ws.flow
    flow.go_to(STEP_ESTIMATE)
    estimate = flow.steps[STEP_ESTIMATE]
    estimate.model.add(LineInput(LineKind.PART, "前保险杠", "1", "850"))
    estimate.model.add(LineInput(LineKind.LABOR, "内部返工", "1", "100"))
    estimate.lines.setFocus()
    for row, key, payer in ((0, K.Key_I, Payer.INSURANCE), (1, K.Key_N, Payer.INTERNAL)):
        estimate.lines.setCurrentIndex(estimate.model.index(row, 0))
        qtbot.keyClick(estimate.lines, key)
        assert estimate.model.lines()[row].payer is payer
    qtbot.keyClick(estimate.lines, K.Key_N)  # again: the customer pays
    assert estimate.model.lines()[1].payer is Payer.CUSTOMER
    assert "I = insurance, N = internal" in " ".join(
        w.text() for w in estimate.findChildren(type(estimate.total)) if w.objectName() == "hint"
    )
