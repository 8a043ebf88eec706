"""Rows waiting in the outbox are marked: an order with an action kept on this station (typed
during an outage, not yet sent) shows its state as unsent on the workshop's board and in
the cashier's queue, in either language, and the mark (and the workshop's "kept" line) goes
once the kept action was sent."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain.enums import OrderState
from app.services import queries
from app.services.outbox import Outbox
from tests.factories import order_in_state, vehicle
from tests.ui.desk_support import settle_tasks
from tests.ui.test_layout_1366 import cut_columns
from ui.cashier import CashierWorkspace
from ui.common.kept import kept_tip
from ui.models.cashier_ready import COLUMNS as READY_COLUMNS
from ui.shell import i18n
from ui.stations.live import LiveSync
from ui.workshop import WorkshopWorkspace

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def offline_link(ctx, tmp_path) -> LiveSync:
    """A station's live link that is out of reach (what ``live.start()`` wires, without its
    background threads)."""
    live = LiveSync(ctx, outbox=Outbox(tmp_path / "outbox.sqlite3"), heartbeat_ms=0)
    live.outbox.subscribe(live._outbox_from_thread.emit)
    live.monitor.report_failure(None)
    assert not live.online
    return live


def state_cell(model, row: int, column: int):
    index = model.index(row, column)
    return (
        index.data(Qt.ItemDataRole.DisplayRole),
        index.data(Qt.ItemDataRole.ToolTipRole),
        index.data(Qt.ItemDataRole.DecorationRole),
        index.data(Qt.ItemDataRole.FontRole),
    )


def test_a_kept_start_marks_the_board_row_until_it_is_sent(qtbot, ctx, tech, adapter, tmp_path):
    order = order_in_state(ctx, tech, OrderState.ASSIGNED, asset=vehicle("粤B7K001", None))
    other = order_in_state(ctx, tech, OrderState.ASSIGNED, asset=vehicle("粤B7K002", None))
    live = offline_link(tech, tmp_path)
    w = WorkshopWorkspace(tech, adapter, live=live)
    qtbot.addWidget(w)
    w.resize(1346, 610)  # the desk in a maximised 1366×768 window
    w.show()
    qtbot.waitUntil(lambda: w.model.rowCount() == 2)
    state_col = w.model.keys().index("state")
    row = w.model.row_of(order.id)
    plain = w.model.index(row, state_col).data()
    assert "unsent" not in plain

    w.open_order(order.id)
    qtbot.waitUntil(lambda: w.panel.detail is not None and w.panel.detail.id == order.id)
    w.panel.start.click()
    settle_tasks(qtbot)
    assert "kept on this station" in w.panel.message.text()
    qtbot.waitUntil(lambda: w.model.is_kept(w.model.row_of(order.id)))
    text, tip, icon, font = state_cell(w.model, w.model.row_of(order.id), state_col)
    assert text == f"{plain} · unsent"
    assert tip == kept_tip() and "waits to be sent" in tip
    assert icon is not None and not icon.isNull()
    assert font.italic()
    # the other order is not marked
    text2, tip2, icon2, _font2 = state_cell(w.model, w.model.row_of(other.id), state_col)
    assert "unsent" not in text2 and icon2 is None and tip2 != kept_tip()
    # the board at 1366 px shows the whole marked state, and cuts nothing else
    table = w.board_page.table  # (columns are fitted shortly after a change)
    qtbot.waitUntil(lambda: cut_columns(table, "board") == [], timeout=3000)
    assert table.columnWidth(state_col) >= table.sizeHintForColumn(state_col)

    # back online: the kept start is sent; the mark and the "kept" line go
    live.monitor.report_success()
    report = live.outbox.replay(tech.db)
    assert len(report.applied) == 1
    qtbot.waitUntil(lambda: not w.model.is_kept(w.model.row_of(order.id)), timeout=5000)
    qtbot.waitUntil(lambda: w.panel.message.text() == "", timeout=5000)
    qtbot.waitUntil(lambda: w.panel.detail.order.state is OrderState.IN_PROGRESS, timeout=5000)
    settle_tasks(qtbot)


@pytest.mark.parametrize(
    ("language", "mark", "tip_word"),
    [("zh_CN", " · 未发送", "等待发送"), ("en", " · unsent", "waits to be sent")],
)
def test_a_kept_payment_marks_the_cashier_queue(
    qtbot, ctx, tech, cashier, adapter, tmp_path, language, mark, tip_word
):
    settled = order_in_state(ctx, tech, OrderState.SETTLED, asset=vehicle("粤B7K003", None))
    i18n.install(language)
    try:
        live = offline_link(cashier, tmp_path)
        c = CashierWorkspace(cashier, adapter, live=live)
        qtbot.addWidget(c)
        c.resize(1346, 610)  # the desk in a maximised 1366×768 window
        c.show()
        c.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is c)
        qtbot.waitUntil(lambda: c.ready_model.rowCount() == 1)
        state_col = READY_COLUMNS.index("state")
        plain = c.ready_model.index(0, state_col).data()
        c.open_order(settled.id)
        qtbot.waitUntil(lambda: c.view.detail is not None)
        qtbot.keyClick(c.scan, Qt.Key.Key_F5)  # cash in full, while the server is out of reach
        settle_tasks(qtbot)
        qtbot.waitUntil(lambda: c.ready_model.is_kept(0))
        text, tip, icon, font = state_cell(c.ready_model, 0, state_col)
        assert text == plain + mark
        assert tip_word in tip
        assert icon is not None and not icon.isNull() and font.italic()
        # the queue's columns are fitted shortly after the change: nothing cut
        qtbot.waitUntil(lambda: cut_columns(c.ready, "cashier queue") == [], timeout=3000)

        live.monitor.report_success()
        assert len(live.outbox.replay(cashier.db).applied) == 1
        qtbot.waitUntil(lambda: not c.ready_model.is_kept(0), timeout=5000)
        qtbot.waitUntil(lambda: c.view.detail.balance == Decimal("0.00"), timeout=5000)
        assert tip_word not in c.message.text()
        assert queries.get_order(ctx, settled.id).balance == Decimal("0.00")
        settle_tasks(qtbot)
    finally:
        i18n.install("en")
