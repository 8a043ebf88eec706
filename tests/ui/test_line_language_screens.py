"""Lines on screen speak the screen's language: a catalog line shows its Chinese or English
name whichever station added it, units are translated on English screens (a hand-typed 次
is "time"), a hand-typed name is shown as typed; on every desk's line table."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex

from app.domain.enums import LineKind, OrderState
from app.services import catalog, lines, queries
from app.services.inputs import LineInput
from app.services.views import OrderDetail
from tests.app._support import order_in
from ui.cashier import labels as cashier_labels
from ui.models import workshop_lines
from ui.models.cashier_settlement import SettlementModel
from ui.models.reception_estimate import COL_DESCRIPTION, EstimateModel
from ui.models.reception_extra_work import PendingExtraWorkModel
from ui.models.reception_order_lines import OrderLinesModel as ReceptionLinesModel
from ui.shell import i18n
from ui.workshop import labels as workshop_labels

#: (name, quantity with unit) as each language shows the three intake lines
SHOWN = {
    "zh_CN": [("机油滤清器", "1 个"), ("清洗节气门", "1 次"), ("Shop supplies", "1 套")],
    "en": [("Oil filter", "1 pc"), ("清洗节气门", "1 time"), ("Shop supplies", "1 set")],
}
EXTRA = {"zh_CN": "雨刮片", "en": "Wiper blades"}


@pytest.fixture(params=["zh_CN", "en"])
def language(request: pytest.FixtureRequest, qapp: object) -> Iterator[str]:
    i18n.install(request.param)
    try:
        yield request.param
    finally:
        i18n.install("en")


@pytest.fixture
def order(ctx, tech) -> OrderDetail:
    oil = catalog.search_catalog(ctx, "P-OILFLT")[0]
    intake_lines = [
        # added at an English station, which sent the words it showed
        LineInput(LineKind.PART, "Oil filter", "1", "68.00", unit="pc", catalog_item_id=oil.id),
        LineInput(LineKind.LABOR, "清洗节气门", "1", "120.00", unit="次"),
        LineInput(LineKind.SUNDRY, "Shop supplies", "1", "15.00", unit="set"),
    ]
    d = order_in(ctx, tech, OrderState.IN_PROGRESS, lines=intake_lines)
    wiper = catalog.search_catalog(ctx, "P-WIPER")[0]
    return lines.propose_extra_work(tech, d.id, [catalog.line_from_catalog(wiper)])


def _texts(model, column: int, parent: QModelIndex | None = None) -> list[str]:
    parent = parent or QModelIndex()
    return [model.data(model.index(r, column, parent)) for r in range(model.rowCount(parent))]


def test_reception_and_workshop_lines(order: OrderDetail, language: str) -> None:
    names = [n for n, _q in SHOWN[language]] + [EXTRA[language]]
    reception = ReceptionLinesModel()
    reception.set_rows(sorted(order.lines, key=lambda l: l.position))
    assert [t.removesuffix(" ＋") for t in _texts(reception, 0)] == names
    workshop = workshop_lines.OrderLinesModel(workshop_labels)
    workshop.set_lines(order.lines)
    description = workshop_lines.COLUMNS.index("description")
    quantity = workshop_lines.COLUMNS.index("quantity")
    assert _texts(workshop, description) == names
    assert _texts(workshop, quantity)[:3] == [q for _n, q in SHOWN[language]]


def test_cashier_statement(order: OrderDetail, language: str) -> None:
    model = SettlementModel(cashier_labels)
    model.set_lines(order.lines, order.totals.by_payer)
    shown = []
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        shown += list(zip(_texts(model, 0, group), _texts(model, 1, group), strict=True))
    for name, qty in SHOWN[language]:
        assert any(d.startswith(f"{name} · ") and q == qty for d, q in shown), (name, shown)


def test_pending_extra_work(ctx, order: OrderDetail, language: str) -> None:
    model = PendingExtraWorkModel()
    model.set_rows([p for p in queries.pending_extra_work(ctx) if p.order_id == order.id])
    assert _texts(model, 3) == [EXTRA[language]]


def test_estimate_shows_and_edits_in_the_screens_language(ctx, language: str) -> None:
    model = EstimateModel()
    model.add(catalog.line_from_catalog(catalog.search_catalog(ctx, "P-OILFLT")[0]))
    cell = model.index(0, COL_DESCRIPTION)
    name = "机油滤清器" if language == "zh_CN" else "Oil filter"
    assert model.data(cell) == name
    assert model.setData(cell, name)  # committed unchanged: still the catalog's two names
    assert (model.lines()[0].description, model.lines()[0].description_en) == (
        "机油滤清器",
        "Oil filter",
    )
    assert model.setData(cell, "Oil filter (heavy duty)")  # typed over: the advisor's words
    line = model.lines()[0]
    assert (line.description, line.description_en) == ("Oil filter (heavy duty)", None)
    assert model.data(cell) == "Oil filter (heavy duty)"
