"""The workshop's item models: Qt's model checks, and what the board shows for late and
paused orders."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt

from app.domain.enums import LineKind, OrderState, PauseReason
from app.domain.types import utcnow
from app.services import catalog, queries, workflow
from app.services.views import BoardRow
from tests.factories import order_in_state, vehicle
from tests.ui.desk_support import make_late
from ui.models.workshop_board import (
    LATE_ROLE,
    ORDER_ID_ROLE,
    BoardFilter,
    BoardModel,
)
from ui.models.workshop_catalog import CatalogModel
from ui.models.workshop_finding import COLUMNS as DRAFT_COLUMNS
from ui.models.workshop_finding import DraftLine, DraftLinesModel
from ui.models.workshop_lines import OrderLinesModel
from ui.workshop import labels

Display = Qt.ItemDataRole.DisplayRole


@pytest.fixture(autouse=True)
def _app(qapp):
    """Icons and fonts need the application object."""
    return qapp


def row(number: str, state: OrderState, **kw: object) -> BoardRow:
    values: dict[str, object] = {
        "order_id": int(number[-1]),
        "number": number,
        "state": state,
        "pause_reason": None,
        "asset_label": "粤B12345 Toyota Camry",
        "customer_name": "张伟",
        "technician": "Wang Wei",
        "promised_at": utcnow() + timedelta(hours=2),
        "waits_on_site": False,
        "late": False,
        "version": 1,
    }
    values.update(kw)
    return BoardRow(**values)  # type: ignore[arg-type]


def texts(model: BoardModel, r: int) -> dict[str, str]:
    return {
        key: model.data(model.index(r, model.column_of(key)), Display)
        for key in ("number", "state", "waiting", "promised", "technician", "on_site")
    }


def test_board_model_passes_qt_checks(qtmodeltester):
    model = BoardModel(labels)
    model.set_rows(
        [
            row("WO-1", OrderState.IN_PROGRESS, late=True, waits_on_site=True),
            row("WO-2", OrderState.PAUSED, pause_reason=PauseReason.WAITING_PARTS),
            row("WO-3", OrderState.APPROVED, technician=None, promised_at=None),
        ]
    )
    qtmodeltester.check(model, force_py=True)
    proxy = BoardFilter()
    proxy.setSourceModel(model)
    proxy.set_states([OrderState.PAUSED, OrderState.APPROVED])
    qtmodeltester.check(proxy, force_py=True)


def test_board_shows_late_orders_and_pause_reasons(ctx, tech):
    late = order_in_state(ctx, tech, OrderState.IN_PROGRESS)
    make_late(ctx, late.id)
    paused = order_in_state(ctx, tech, OrderState.IN_PROGRESS, asset=vehicle("粤B6Q781", None))
    workflow.pause_work(tech, paused.id, PauseReason.WAITING_APPROVAL)
    model = BoardModel(labels)
    model.set_rows(queries.board(ctx))

    r = model.row_of(late.id)
    assert r is not None
    shown = texts(model, r)
    assert "LATE" in shown["promised"]  # said in words, not by colour alone
    assert shown["on_site"] == "In the lounge"
    first = model.index(r, 0)
    assert first.data(LATE_ROLE) is True
    assert first.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert first.data(Qt.ItemDataRole.DecorationRole) is not None  # warning icon
    assert "Late" in first.data(Qt.ItemDataRole.ToolTipRole)

    p = model.row_of(paused.id)
    assert p is not None
    assert texts(model, p)["waiting"] == "Waiting for customer approval"
    assert texts(model, p)["state"] == "Paused"
    assert model.index(p, 0).data(LATE_ROLE) is False
    assert "LATE" not in texts(model, p)["promised"]


def test_board_filter_by_state_technician_and_lateness():
    model = BoardModel(labels)
    model.set_rows(
        [
            row("WO-1", OrderState.IN_PROGRESS, late=True),
            row("WO-2", OrderState.PAUSED, technician="Li Lei"),
            row("WO-3", OrderState.APPROVED, technician=None),
        ]
    )
    proxy = BoardFilter()
    proxy.setSourceModel(model)

    def ids() -> list[int]:
        return [proxy.index(i, 0).data(ORDER_ID_ROLE) for i in range(proxy.rowCount())]

    assert ids() == [1, 2, 3]
    proxy.set_states([OrderState.PAUSED])
    assert ids() == [2]
    proxy.set_states(None)
    proxy.set_technician("Wang Wei")
    assert ids() == [1]
    proxy.set_technician("")  # unassigned
    assert ids() == [3]
    proxy.set_technician(None)
    proxy.set_late_only(True)
    assert ids() == [1]


def test_order_lines_model(qtmodeltester, ctx, tech):
    d = order_in_state(ctx, tech, OrderState.IN_PROGRESS)
    model = OrderLinesModel(labels)
    model.set_lines(d.lines)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 2
    assert model.data(model.index(0, 2), Display) == "常规保养工时"
    assert model.data(model.index(1, 5), Display) == "Warranty"


def test_catalog_model(qtmodeltester, ctx):
    items = catalog.search_catalog(ctx, "")
    assert items, "the reference data has a starter catalog"
    model = CatalogModel(labels, chinese=True)
    model.set_items(items)
    qtmodeltester.check(model, force_py=True)
    assert model.data(model.index(0, 1), Display) == items[0].name_zh
    assert model.data(model.index(0, 3), Display) == f"¥{items[0].unit_price:,.2f}"


def test_draft_lines_model_edits_and_errors(qtmodeltester):
    model = DraftLinesModel(labels)
    model.add(DraftLine(LineKind.PART, "刹车片", "2", "180.00", code="P-1"))
    model.add(DraftLine(LineKind.LABOR, "", "1", "0"))
    qtmodeltester.check(model, force_py=True)
    qty = model.index(0, DRAFT_COLUMNS.index("quantity"))
    amount = model.index(0, DRAFT_COLUMNS.index("amount"))
    assert model.data(amount, Display) == "¥360.00"
    assert model.setData(qty, "1.5")
    assert model.data(amount, Display) == "¥270.00"
    assert not model.setData(model.index(0, DRAFT_COLUMNS.index("code")), "X")

    desc = model.index(1, DRAFT_COLUMNS.index("description"))
    model.set_errors({(1, "description"): "This field is required."})
    assert model.data(desc, Qt.ItemDataRole.ToolTipRole) == "This field is required."
    assert model.data(desc, Qt.ItemDataRole.BackgroundRole) is not None
    model.setData(desc, "更换刹车油")
    assert model.data(desc, Qt.ItemDataRole.ToolTipRole) is None
    model.remove(0)
    assert model.rowCount() == 1
    line = model.lines()[0].to_input()
    assert line.description == "更换刹车油" and line.kind is LineKind.LABOR
    assert model.index(0, 0, QModelIndex()).isValid()


@pytest.mark.parametrize("text", ["abc", "1,2,3"])
def test_draft_amount_blank_for_unreadable_numbers(text):
    model = DraftLinesModel(labels)
    model.add(DraftLine(LineKind.PART, "x", text, "10"))
    assert model.data(model.index(0, DRAFT_COLUMNS.index("amount")), Display) in ("", "¥1,230.00")
    assert Decimal("10") == Decimal(model.lines()[0].unit_price)
