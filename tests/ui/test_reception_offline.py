"""The intake as one service call, sent through the station's live link: saved at once when
the database answers, kept on this station (and said so) while it does not, saved without
typing it again when the connection is back; its request id makes it count once; refused
inspection fields lead back to the inspection step."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.enums import AssetKind, InspectionResult, OrderState
from app.domain.errors import ValidationError
from app.services import intake, queries
from app.services.outbox import Outbox
from app.services.queries import count_orders
from tests.ui.conftest import wait_tasks
from ui.reception import intake_draft
from ui.reception.intake_state import (
    STEP_CONFIRM,
    STEP_ESTIMATE,
    STEP_INSPECTION,
    STEP_VISIT,
    IntakeState,
    step_of_field,
)
from ui.reception.workspace import PAGE_DESK, PAGE_INTAKE, ReceptionWorkspace
from ui.stations.live import LiveSync

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def live(ctx, tmp_path: Path):
    link = LiveSync(ctx, outbox=Outbox(tmp_path / "outbox.sqlite3"), probe_interval=0.1)
    yield link
    link.stop()
    wait_tasks()


def desk(qtbot, ctx, adapter, keep, live=None) -> ReceptionWorkspace:
    widget = ReceptionWorkspace(ctx, adapter, live=live)
    keep(widget)
    widget.resize(1300, 850)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def type_walk_in(ws: ReceptionWorkspace, name: str = "Wu Min", plate: str = "粤B6E001") -> None:
    """A new customer with a new car, one checked item; ends on the confirm step."""
    ws.start_intake()
    flow = ws.flow
    flow.steps[0].name.setText(name)
    flow.steps[0].phone.setText("13512345678")
    flow.go_next()
    flow.steps[1].fields["plate"].setText(plate)
    flow.go_next()
    flow.steps[STEP_VISIT].symptom.setPlainText("仪表盘故障灯亮")
    flow.go_next()
    assert flow.index() == STEP_INSPECTION


def test_an_intake_typed_offline_is_kept_and_saved_when_the_connection_is_back(
    qtbot, ctx, adapter, keep, live
):
    ws = desk(qtbot, ctx, adapter, keep, live)
    type_walk_in(ws)
    inspection = ws.flow.steps[STEP_INSPECTION]
    qtbot.waitUntil(inspection.ready, timeout=5000)
    inspection.model.set_result(0, InspectionResult.OK)
    ws.flow.go_to(STEP_CONFIRM)
    request_id = ws.flow.state.request_id
    assert intake_draft.load() is not None

    live.monitor.report_failure(ConnectionError("cable pulled"))  # the line is down
    assert not live.online
    ws.flow.confirm()
    qtbot.waitUntil(lambda: ws.pages.currentIndex() == PAGE_DESK, timeout=10_000)

    # said plainly, the form is clear, the draft is gone: the outbox has the intake
    assert ws.notice.isVisibleTo(ws) and ws.notice.property("kind") == "kept"
    assert "kept on this station" in ws.notice.text() and "Wu Min" in ws.notice.text()
    assert intake_draft.load() is None
    assert not ws.flow.active and ws.flow.state.customer_name == ""
    assert ws.flow.steps[0].name.text() == ""
    [kept] = live.outbox.entries(ctx.db)
    assert kept.request_id == request_id and kept.action == "intake"
    assert count_orders(ctx) == 0

    # the connection comes back: the kept intake is saved, once, and the desk says as what
    with qtbot.waitSignal(live.replayed, timeout=10_000) as replayed:
        live.start()
    [(_entry, detail)] = replayed.args[0].applied
    qtbot.waitUntil(lambda: "was saved as" in ws.notice.text(), timeout=5000)
    assert detail.order.number in ws.notice.text()
    d = queries.get_order(ctx, detail.id)
    assert d.customer.name == "Wu Min" and d.asset.plate == "粤B6E001"
    assert d.order.state is OrderState.APPROVED  # the approval came with it
    assert d.inspection is not None and len(d.inspection.items) == 1
    assert count_orders(ctx) == 1 and live.pending() == 0


def test_online_the_intake_is_saved_at_once_through_the_live_link(qtbot, ctx, adapter, keep, live):
    ws = desk(qtbot, ctx, adapter, keep, live)
    type_walk_in(ws)
    ws.flow.confirm()
    qtbot.waitUntil(lambda: ws.pages.currentIndex() == PAGE_DESK, timeout=10_000)
    assert ws.order.order_id is not None and not ws.notice.isVisibleTo(ws)
    assert live.outbox.entries() == [] and intake_draft.load() is None
    d = queries.get_order(ctx, ws.order.order_id)
    assert d.order.state is OrderState.APPROVED and d.inspection is None


def test_an_intake_counts_once_even_if_its_first_answer_was_lost(qtbot, ctx, adapter, keep):
    """The server saved it but the answer never came (the line dropped): sent again with the
    draft's request id, the same order comes back, nothing is duplicated."""
    ws = desk(qtbot, ctx, adapter, keep)
    type_walk_in(ws)
    ws.flow.go_to(STEP_CONFIRM)
    ws.flow.save_now()
    draft = intake_draft.load()
    assert draft is not None and draft.request_id == ws.flow.state.request_id
    first = intake.intake(ctx, draft.intake_input(), request_id=draft.request_id)
    ws.flow.confirm()
    qtbot.waitUntil(lambda: ws.pages.currentIndex() == PAGE_DESK, timeout=10_000)
    assert ws.order.order_id == first.id and count_orders(ctx) == 1


def test_each_intake_gets_its_own_request_id_kept_in_the_draft():
    a, b = IntakeState(), IntakeState()
    assert a.request_id != b.request_id and len(a.request_id) == 32
    assert IntakeState.from_json(a.to_json()).request_id == a.request_id


def test_a_refused_checklist_note_leads_back_to_its_item(qtbot, ctx, adapter, keep):
    ws = desk(qtbot, ctx, adapter, keep)
    type_walk_in(ws)
    inspection = ws.flow.steps[STEP_INSPECTION]
    qtbot.waitUntil(inspection.ready, timeout=5000)
    inspection.table.setCurrentIndex(inspection.model.index(1, 0))
    inspection.model.set_result(1, InspectionResult.ATTENTION)  # the second item ...
    inspection.note.setText("x" * 301)  # ... with a note over the limit
    inspection.note.textEdited.emit(inspection.note.text())
    label = inspection.model.index(1, 0).data()
    ws.flow.go_to(STEP_ESTIMATE)
    ws.flow.confirm()
    qtbot.waitUntil(lambda: not ws.flow.busy and ws.flow.index() == STEP_INSPECTION, timeout=10_000)
    assert ws.pages.currentIndex() == PAGE_INTAKE
    assert inspection.general_error.text().startswith(f"{label}: ")
    assert inspection.table.currentIndex().row() == 1
    assert count_orders(ctx) == 0 and intake_draft.load() is not None


def test_inspection_fields_belong_to_the_inspection_step(qtbot, ctx, adapter, keep):
    for field in ("inspection.items.0.note", "inspection.marks.2.x", "inspection.fuel_level"):
        assert step_of_field(field) == STEP_INSPECTION
    assert step_of_field("notes") != STEP_INSPECTION
    ws = desk(qtbot, ctx, adapter, keep)
    type_walk_in(ws)
    ws.flow.state.asset_kind = AssetKind.VEHICLE.value
    ws.flow.show_field_errors(
        [ValidationError("inspection.marks.0.x", "mark_position", "a mark lies on the diagram")]
    )
    assert ws.flow.index() == STEP_INSPECTION
    assert ws.flow.steps[STEP_INSPECTION].general_error.text().startswith("Damage mark 1: ")
