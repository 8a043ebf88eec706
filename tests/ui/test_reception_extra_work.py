"""Extra work awaiting the customer: listed with the phone, one key records the answer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.domain.enums import Approval, ApprovalMethod, LineKind, OrderState, PauseReason
from app.services import lines, queries
from app.services.inputs import LineInput
from tests.factories import order_in_state, vehicle
from tests.ui.conftest import wait_tasks
from ui.reception.extra_work_panel import ExtraWorkPanel

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def panel(qtbot, ctx, keep):
    widget = ExtraWorkPanel(ctx)
    keep(widget)
    widget.show()
    yield widget
    wait_tasks()


def propose(tech, order_id, what, price, pause=False):
    d = lines.propose_extra_work(
        tech, order_id, [LineInput(LineKind.PART, what, "1", price)], pause=pause
    )
    return [l for l in d.lines if l.description == what][0].id


def test_approve_by_phone_with_one_key_and_the_job_resumes(qtbot, ctx, tech, panel):
    d = order_in_state(ctx, tech, OrderState.IN_PROGRESS)
    line_id = propose(tech, d.id, "前刹车片", "580.00", pause=True)
    assert queries.get_order(ctx, d.id).order.pause_reason is PauseReason.WAITING_APPROVAL
    panel.reload()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)
    row = panel.selected()
    assert row.customer_phone == "13812345678" and row.line_id == line_id
    assert "(1)" in panel.heading.text()
    panel.table.setFocus()
    with qtbot.waitSignal(panel.decided, timeout=5000):
        qtbot.keyClick(panel.table, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=5000)
    after = queries.get_order(ctx, d.id)
    line = [l for l in after.lines if l.id == line_id][0]
    assert line.approval is Approval.APPROVED and line.approval_method is ApprovalMethod.PHONE
    assert after.order.state is OrderState.IN_PROGRESS  # resumed by the decision


def test_decline_in_person_and_a_stale_row_is_refused_with_who_changed(qtbot, ctx, tech, panel):
    first = order_in_state(ctx, tech, OrderState.IN_PROGRESS)
    second = order_in_state(ctx, tech, OrderState.IN_PROGRESS, asset=vehicle("粤B67890", None))
    a = propose(tech, first.id, "雨刮片", "160.00")
    b = propose(tech, second.id, "空调滤芯", "98.00")
    panel.reload()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=5000)
    panel.method.setCurrentIndex(panel.method.findData(ApprovalMethod.IN_PERSON.value))
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    panel.table.setFocus()
    with qtbot.waitSignal(panel.decided, timeout=5000):
        qtbot.keyClick(panel.table, Qt.Key.Key_D)
    declined = [l for l in queries.get_order(ctx, first.id).lines if l.id == a][0]
    assert declined.approval is Approval.DECLINED
    assert declined.approval_method is ApprovalMethod.IN_PERSON
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)
    # meanwhile the technician adds to the second order: the row we see is now stale
    propose(tech, second.id, "机油滤清器", "68.00")
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    qtbot.keyClick(panel.table, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: "changed meanwhile" in panel.message.text(), timeout=5000)
    # the change is named by its journal action, in the user's language
    assert "reported extra work" in panel.message.text() and "Wang Wei" in panel.message.text()
    still = [l for l in queries.get_order(ctx, second.id).lines if l.id == b][0]
    assert still.approval is Approval.PROPOSED  # nothing written
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=5000)


def test_the_desks_list_is_patched_with_the_orders_a_change_names(
    qtbot, ctx, tech, adapter, keep, monkeypatch
):
    """Another station proposes or decides: the reception asks only for the orders the
    change names and patches their lines in (no reset, the user's row stays selected); a
    hidden desk asks nothing until shown."""
    from ui.reception.workspace import ReceptionWorkspace

    first = order_in_state(ctx, tech, OrderState.IN_PROGRESS)
    second = order_in_state(ctx, tech, OrderState.IN_PROGRESS, asset=vehicle("粤B67891", None))
    a = propose(tech, first.id, "雨刮片", "160.00")
    ws = keep(ReceptionWorkspace(ctx, adapter))
    ws.show()
    qtbot.waitExposed(ws)
    panel = ws.extra_work
    qtbot.waitUntil(lambda: [r.line_id for r in panel.model.rows()] == [a], timeout=5000)
    wait_tasks()
    asked: list[object] = []
    real = queries.pending_extra_work

    def pending(c, order_ids=None):
        asked.append(None if order_ids is None else frozenset(order_ids))
        return real(c, order_ids)

    monkeypatch.setattr(queries, "pending_extra_work", pending)
    resets: list[int] = []
    panel.model.modelReset.connect(lambda: resets.append(1))
    panel.table.selectRow(0)

    b = propose(tech, second.id, "空调滤芯", "98.00")  # another station
    qtbot.waitUntil(lambda: [r.line_id for r in panel.model.rows()] == [a, b], timeout=5000)
    assert panel.selected().line_id == a and "(2)" in panel.heading.text()
    lines.decide_extra_work(ctx, first.id, [a], approve=False, method=ApprovalMethod.PHONE)
    qtbot.waitUntil(lambda: [r.line_id for r in panel.model.rows()] == [b], timeout=5000)
    wait_tasks()
    assert asked and all(x is not None for x in asked), asked  # never the whole list
    assert {second.id} in asked and {first.id} in asked
    assert resets == [] and "(1)" in panel.heading.text()

    ws.hide()
    asked.clear()
    c = propose(tech, first.id, "机油格", "45.00")
    qtbot.wait(300)
    wait_tasks()
    assert asked == []
    ws.show()
    ws.activate()
    qtbot.waitUntil(lambda: [r.line_id for r in panel.model.rows()] == [b, c], timeout=5000)
    assert None in asked  # caught up whole once shown
