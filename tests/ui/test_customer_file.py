"""The customer file: visits with lines, contact edits with a version check (a conflict
shows who changed what and keeps the user's input), owner history and transfer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.domain.enums import OrderState, Role
from app.services import customers
from app.services.inputs import CustomerInput
from app.services.people import sign_in
from tests.factories import order_in_state
from tests.ui.conftest import wait_tasks
from ui.customer.workspace import TAB_ASSETS, CustomerWorkspace

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def ws(qtbot, ctx, adapter, keep):
    widget = CustomerWorkspace(ctx, adapter)
    keep(widget)
    widget.resize(1300, 850)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.activate()
    yield widget
    wait_tasks()


def open_file(qtbot, ws, customer_id, tab=0):
    ws.show_customer(customer_id, tab)
    qtbot.waitUntil(
        lambda: ws.file is not None and ws.file.customer.id == customer_id, timeout=5000
    )


def test_every_visit_with_its_lines_and_amounts(qtbot, ctx, tech, ws):
    d = order_in_state(ctx, tech, OrderState.RELEASED)
    open_file(qtbot, ws, d.customer.id)
    assert ws.visits.model.rowCount() == 1
    qtbot.waitUntil(lambda: ws.visits.lines_model.rowCount() == 2, timeout=5000)
    assert "¥270.00" in ws.visits.summary.text()  # customer part; the filter is warranty
    assert "¥68.00" in ws.visits.summary.text()


def test_contact_edit_conflict_shows_their_change_and_keeps_mine(qtbot, ctx, tech, db, ws):
    d = order_in_state(ctx, tech, OrderState.OPEN)
    open_file(qtbot, ws, d.customer.id)
    form = ws.contact
    form.name.setFocus()
    form.name.selectAll()
    qtbot.keyClicks(form.name, "Zhang Wei Jr")
    # meanwhile another station changes the phone numbers
    other = sign_in(db, "Counter 2", "Zhao Min", Role.ADVISOR)
    current = customers.customer_file(ctx, d.customer.id).customer
    customers.update_customer(
        other,
        d.customer.id,
        CustomerInput(name=current.name, phones=["13800000000"]),
        version=current.version,
    )
    qtbot.waitUntil(lambda: form.who_changed == "station Counter 2", timeout=5000)
    qtbot.keyClick(form.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(form.conflict.isVisible, timeout=5000)
    text = form.conflict.text()
    assert "Counter 2" in text and "13812345678" in text and "13800000000" in text
    assert form.name.text() == "Zhang Wei Jr"  # the user's input is kept
    assert form.phones.text() == "13800000000"  # their change, which the user did not touch
    assert customers.customer_file(ctx, d.customer.id).customer.name == "张伟"  # nothing written
    form.overwrite.click()
    qtbot.waitUntil(lambda: form.message.text() == "Saved.", timeout=5000)
    saved = customers.customer_file(ctx, d.customer.id).customer
    assert saved.name == "Zhang Wei Jr" and [p.number for p in saved.phones] == ["13800000000"]


def test_refused_phone_shows_next_to_the_field(qtbot, ctx, tech, ws):
    d = order_in_state(ctx, tech, OrderState.OPEN)
    open_file(qtbot, ws, d.customer.id)
    form = ws.contact
    form.phones.setText("13812345678, 12345")
    form.save.click()
    qtbot.waitUntil(lambda: bool(form.errors.text_of("phones.1")), timeout=5000)
    assert form.errors.text_of("phones.1").startswith("Digits are missing")  # a local number
    assert form.phones.property("error") is True


def test_owner_history_and_transfer(qtbot, ctx, tech, ws):
    d = order_in_state(ctx, tech, OrderState.RELEASED)
    buyer = customers.create_customer(
        ctx, CustomerInput(name="Lucas Martin", phones=["13911112222"])
    )
    open_file(qtbot, ws, d.customer.id, TAB_ASSETS)
    tab = ws.assets
    assert tab.owners_model.rowCount() == 1
    qtbot.keyClicks(tab.new_owner, "Lucas")
    qtbot.waitUntil(lambda: tab.candidates_model.rowCount() == 1, timeout=5000)
    qtbot.keyClick(tab.new_owner, Qt.Key.Key_Return)
    tab.note.setText("sold privately")
    tab.transfer.click()
    qtbot.waitUntil(lambda: tab.message.text() == "Transferred.", timeout=5000)
    asset = customers.get_asset(ctx, d.asset.id)
    assert asset.customer_id == buyer.id
    assert [o.customer.name for o in asset.ownerships] == ["张伟", "Lucas Martin"]
    qtbot.waitUntil(lambda: tab.owners_model.rowCount() == 2, timeout=5000)
    assert tab.model.index(0, 5).data() == "former owner"
    assert not tab.transfer.isEnabled()
