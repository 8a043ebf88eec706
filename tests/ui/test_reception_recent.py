"""The reception's recent orders follow other stations by patching: a change asks only for
the orders it names; a new intake comes in at the top, a moved order changes in place, the
list keeps its length and the user's place; a hidden desk asks nothing until shown."""

from __future__ import annotations

import pytest

from app.domain.enums import OrderState
from app.services import queries, workflow
from tests.factories import customer, order_in_state, vehicle
from tests.ui.conftest import wait_tasks
from ui.reception import workspace as reception
from ui.reception.workspace import ReceptionWorkspace

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _shown(ws) -> list[int]:
    return [r.order_id for r in ws.recent_model.rows()]


def test_recent_orders_are_patched_not_reloaded(qtbot, ctx, tech, adapter, keep, monkeypatch):
    first = order_in_state(ctx, tech, OrderState.OPEN, asset=vehicle("粤B10001", vin=None),
                           customer=customer("王一", "13800000001"))  # fmt: skip
    ws = keep(ReceptionWorkspace(ctx, adapter))
    ws.show()
    qtbot.waitExposed(ws)
    qtbot.waitUntil(lambda: _shown(ws) == [first.id], timeout=5000)
    wait_tasks()
    asked: list[object] = []
    real = queries.list_orders

    def list_orders(c, state=None, limit=None, ids=None):
        asked.append(None if ids is None else frozenset(ids))
        return real(c, state, limit, ids)

    monkeypatch.setattr(reception, "list_orders", list_orders)
    resets: list[int] = []
    ws.recent_model.modelReset.connect(lambda: resets.append(1))
    ws.recent.selectRow(0)

    second = order_in_state(
        ctx,
        tech,
        OrderState.OPEN,
        asset=vehicle("粤B10002", vin=None),
        customer=customer("王二", "13800000002"),
    )  # another station
    qtbot.waitUntil(lambda: _shown(ws) == [second.id, first.id], timeout=5000)
    workflow.approve_order(ctx, first.id)
    qtbot.waitUntil(lambda: ws.recent_model.rows()[1].state is OrderState.APPROVED, timeout=5000)
    wait_tasks()
    assert asked and all(a is not None for a in asked), asked  # never the whole list
    assert resets == []
    assert ws.recent.currentIndex().row() == 1  # the selected order moved down with its row

    ws.hide()
    asked.clear()
    workflow.approve_order(ctx, second.id)
    qtbot.wait(300)
    wait_tasks()
    assert asked == []
    ws.show()
    ws.activate()
    qtbot.waitUntil(lambda: ws.recent_model.rows()[0].state is OrderState.APPROVED, timeout=5000)
    assert None in asked  # caught up whole once shown
