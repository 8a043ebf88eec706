"""A manager's approval on the same screen: the desk asks when the service answers
``approval_required``, says what is approved and who may approve, takes the manager's login
and PIN (or staff card), and sends the same call again with the grant — the user retypes
nothing. Here at the reception: a discount beyond the advisor's limit and cancelling an order
with work done."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from app.domain.enums import OrderState
from app.services import queries, staff
from app.services.inputs import LineInput
from tests.factories import order_in_state, two_lines
from tests.ui.conftest import approve_here, wait_tasks
from tests.ui.test_reception_order_panel import open_order, payer_dialog
from ui.auth.approval_dialog import ApprovalDialog
from ui.cashier.reason_dialog import ReasonDialog
from ui.reception.workspace import ReceptionWorkspace

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


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


def asking(qtbot) -> ApprovalDialog:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ApprovalDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ApprovalDialog)
    return dialog


def test_manager_approves_a_discount_beyond_the_limit(qtbot, ctx, tech, owner, ws):
    d = order_in_state(ctx, tech, OrderState.READY, lines=two_lines())
    panel = open_order(qtbot, ws, d.id)
    panel.lines.setFocus()
    panel.lines.setCurrentIndex(panel.lines_model.index(0, 0))
    line = panel.lines_model.row_at(0)
    qtbot.keyClick(panel.lines, Qt.Key.Key_F2)
    dialog = payer_dialog(qtbot)
    dialog.discount.setText("30")  # the advisor's limit is 10%
    dialog.buttons.accepted.emit()

    approval = asking(qtbot)
    assert approval.parent() is dialog  # on the same screen, over what was typed
    assert approval.what.text() == f"Discount 30% on {line.description} ({d.order.number})"
    assert approval.why.text() == (
        "This needs a manager's approval: give a discount beyond the limit."
    )
    assert approval.who_may.text() == "May approve: Service manager"
    assert dialog.general_error.text() == (
        "A manager's approval is needed to give a discount beyond the limit."
    )
    unchanged = next(l for l in queries.get_order(ctx, d.id).lines if l.id == line.id)
    assert unchanged.discount_percent == Decimal("0.00")

    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        granted = approve_here(qtbot)  # the manager types login and PIN at this desk
    assert granted.grant is not None
    assert granted.grant.permission == "discount_over_limit"
    assert granted.grant.subject == f"order:{d.id}"
    saved = next(l for l in queries.get_order(ctx, d.id).lines if l.id == line.id)
    assert saved.discount_percent == Decimal("30.00")  # sent again as typed
    assert not dialog.isVisible()


def test_a_staff_card_approves_without_a_pin(qtbot, ctx, tech, owner, ws):
    card = staff.issue_card(owner.ctx, owner.user.id)
    d = order_in_state(ctx, tech, OrderState.READY, lines=two_lines())
    panel = open_order(qtbot, ws, d.id)
    panel.change_payer()
    dialog = payer_dialog(qtbot)
    dialog.discount.setText("25")
    dialog.buttons.accepted.emit()
    approval = asking(qtbot)
    approval.who.setText(card)  # the scanner types the code ...
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        approval.who.returnPressed.emit()  # ... and Enter
    lines = queries.get_order(ctx, d.id).lines
    assert Decimal("25.00") in {l.discount_percent for l in lines}


def test_not_approved_leaves_the_line_and_the_typed_value(qtbot, ctx, tech, owner, ws):
    d = order_in_state(ctx, tech, OrderState.READY, lines=two_lines())
    panel = open_order(qtbot, ws, d.id)
    panel.change_payer()
    dialog = payer_dialog(qtbot)
    dialog.discount.setText("40")
    dialog.buttons.accepted.emit()
    approval = asking(qtbot)
    approval.who.setText("boss")
    approval.pin.setText("1111")
    approval.pin.returnPressed.emit()
    qtbot.waitUntil(lambda: not approval.busy)
    wait_tasks()
    assert approval.message.text() == "Wrong login or PIN, or a staff card not valid here."
    approval.reject()
    assert dialog.isVisible() and dialog.discount.text() == "40"
    assert all(l.discount_percent == 0 for l in queries.get_order(ctx, d.id).lines)


def test_cancel_with_work_done_needs_the_manager(qtbot, ctx, tech, owner, ws):
    d = order_in_state(ctx, tech, OrderState.IN_PROGRESS, lines=two_lines())
    panel = open_order(qtbot, ws, d.id)
    assert panel.cancel_button.isEnabled()
    panel.lines.setFocus()
    qtbot.keyClick(panel.lines, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ReasonDialog))
    reason = QApplication.activeModalWidget()
    reason.reason.setText("客户决定不修了")
    reason.ok_button.click()
    approval = asking(qtbot)
    assert approval.what.text() == f"Cancel {d.order.number} with work done"
    assert queries.get_order(ctx, d.id).order.state is OrderState.IN_PROGRESS
    approve_here(qtbot)
    qtbot.waitUntil(lambda: not isValid(reason) or not reason.isVisible())  # sent: closed
    after = queries.get_order(ctx, d.id).order
    assert after.state is OrderState.CANCELLED and after.cancel_reason == "客户决定不修了"
    qtbot.waitUntil(lambda: panel.detail.order.state is OrderState.CANCELLED)
    assert not panel.cancel_button.isEnabled()


def test_cancel_before_work_needs_no_approval(qtbot, ctx, tech, ws):
    d = order_in_state(ctx, tech, OrderState.APPROVED, lines=two_lines())
    panel = open_order(qtbot, ws, d.id)
    panel.cancel_order()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ReasonDialog))
    reason = QApplication.activeModalWidget()
    reason.reason.setText("客户改约")
    reason.ok_button.click()
    qtbot.waitUntil(lambda: not isValid(reason) or not reason.isVisible())  # sent: closed
    assert queries.get_order(ctx, d.id).order.state is OrderState.CANCELLED


def test_an_intake_priced_below_the_catalog_is_approved_and_sent_again(
    qtbot, ctx, owner, adapter, keep, tmp_path
):
    """The estimate's part at less than its catalog price: the manager approves at the
    counter and the same intake (same request id) goes through the live link again."""
    from app.services.catalog import search_catalog
    from app.services.outbox import Outbox
    from tests.ui.test_reception_offline import type_walk_in
    from ui.reception.intake_state import line_to_json
    from ui.reception.workspace import PAGE_DESK
    from ui.stations.live import LiveSync

    live = LiveSync(ctx, outbox=Outbox(tmp_path / "outbox.sqlite3"))
    try:
        ws = ReceptionWorkspace(ctx, adapter, live=live)
        keep(ws)
        ws.show()
        qtbot.waitExposed(ws)
        type_walk_in(ws)
        item = next(i for i in search_catalog(ctx, "") if i.unit_price > 10)
        cheap = LineInput(
            kind=item.kind,
            description=item.name_en,
            unit_price=item.unit_price - 5,
            code=item.code,
            catalog_item_id=item.id,
        )
        ws.flow.state.lines = [line_to_json(cheap)]
        ws.flow._send(None)
        approval = asking(qtbot)
        assert approval.what.text() == "New work order: price a line below the catalog"
        approve_here(qtbot)
        qtbot.waitUntil(lambda: ws.pages.currentIndex() == PAGE_DESK, timeout=10_000)
        d = queries.get_order(ctx, ws.order.order_id)
        assert [l.unit_price for l in d.lines] == [item.unit_price - 5]
        assert live.outbox.entries() == []
    finally:
        live.stop()
        wait_tasks()
