"""Every item model of the reception and customer desks passes Qt's model tester, filled
with real data from the services."""

from __future__ import annotations

from app.domain.enums import AssetKind, InspectionResult, LineKind, OrderState
from app.services import catalog, customers, intake, lines, lookup, queries
from app.services.inputs import LineInput
from tests.factories import order_in_state, phone_device
from ui.models.customer_assets import AssetsModel
from ui.models.customer_ownership import OwnershipModel
from ui.models.customer_visits import VisitsModel
from ui.models.lookup_hits import HIT_ROLE, SUBTITLE_ROLE, LookupHitsModel
from ui.models.reception_catalog import CatalogResultsModel
from ui.models.reception_checklist import ChecklistModel
from ui.models.reception_estimate import COL_QUANTITY, EstimateModel
from ui.models.reception_extra_work import PendingExtraWorkModel
from ui.models.reception_order_lines import OrderLinesModel
from ui.models.reception_recent import RecentOrdersModel


def test_lookup_hits(qtmodeltester, ctx):
    order = order_in_state(ctx, ctx, OrderState.OPEN)
    model = LookupHitsModel()
    model.set_hits(lookup.lookup(ctx, "粤B1"))
    assert model.rowCount() == 1
    assert model.index(0).data(HIT_ROLE).asset_id == order.asset.id
    assert "plate" in model.index(0).data(SUBTITLE_ROLE)
    qtmodeltester.check(model)


def test_checklist_results_by_code(qtmodeltester, ctx):
    model = ChecklistModel()
    items = intake.checklist(ctx, AssetKind.VEHICLE)
    model.set_items([(i.code, i.label_zh, i.label_en) for i in items])
    model.set_result(1, InspectionResult.DAMAGED)
    assert model.results() == {items[1].code: "damaged"}
    qtmodeltester.check(model)


def test_estimate_lines_editable(qtmodeltester, ctx):
    model = EstimateModel()
    item = catalog.search_catalog(ctx, "L-OIL")[0]
    model.add(catalog.line_from_catalog(item))
    model.add(LineInput(LineKind.PART, "Wiper blades", "2", "80.00"))
    assert str(model.total()) == "240.00"
    assert model.setData(model.index(1, COL_QUANTITY), "3")
    assert str(model.total()) == "320.00"
    qtmodeltester.check(model)


def test_catalog_results(qtmodeltester, ctx):
    model = CatalogResultsModel()
    model.set_rows(catalog.search_catalog(ctx, "", AssetKind.VEHICLE))
    assert model.rowCount() > 3
    qtmodeltester.check(model)


def test_pending_extra_work_and_order_lines(qtmodeltester, ctx, tech):
    d = order_in_state(ctx, tech, OrderState.IN_PROGRESS)
    lines.propose_extra_work(tech, d.id, [LineInput(LineKind.PART, "前刹车片", "1", "580.00")])
    pending = PendingExtraWorkModel()
    pending.set_rows(queries.pending_extra_work(ctx))
    assert pending.rowCount() == 1
    assert pending.index(0, 4).data() == "¥580.00"
    qtmodeltester.check(pending)
    order_lines = OrderLinesModel()
    order_lines.set_rows(queries.get_order(ctx, d.id).lines)
    assert order_lines.rowCount() == 3
    qtmodeltester.check(order_lines)


def test_customer_file_models(qtmodeltester, ctx, tech):
    d = order_in_state(ctx, tech, OrderState.RELEASED)
    other = order_in_state(
        ctx, tech, OrderState.OPEN, asset=phone_device(), customer_id=d.customer.id
    )
    file = customers.customer_file(ctx, d.customer.id)
    visits, assets, owners = VisitsModel(), AssetsModel(), OwnershipModel()
    visits.set_rows(file.orders)
    assets.owner_id = file.customer.id
    assets.set_rows(file.assets)
    owners.set_rows(file.assets[0].ownerships)
    assert visits.rowCount() == 2 and assets.rowCount() == 2 and owners.rowCount() == 1
    assert other.customer.id == d.customer.id
    for model in (visits, assets, owners):
        qtmodeltester.check(model)


def test_recent_orders(qtmodeltester, ctx, tech):
    order_in_state(ctx, tech, OrderState.PAUSED)
    model = RecentOrdersModel()
    model.set_rows(queries.list_orders(ctx, limit=50))
    assert model.rowCount() == 1
    assert model.index(0, 2).data() == "张伟" and model.index(0, 4).data() == "Paused"
    qtmodeltester.check(model)
