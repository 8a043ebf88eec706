"""The customer file: visits with lines, contact edits with a version check (a conflict
shows who changed what and keeps the user's input), owner history and transfer."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from shiboken6 import isValid

from app.domain.enums import OrderState, Role
from app.services import customers
from app.services.inputs import CustomerInput
from app.services.people import sign_in
from tests.factories import order_in_state
from tests.ui.conftest import wait_tasks
from ui.customer.asset_dialog import AssetDialog
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


EUROPEAN_VIN = "WBA3A5C50CF256985"  # position 9 is no check digit (Germany)


def closed(dialog) -> bool:
    """Saved and closed (the dialog deletes itself on closing)."""
    return not isValid(dialog) or not dialog.isVisible()


def edit_vehicle(qtbot, ws, ctx, tech):
    """The file of a customer with one vehicle, its edit dialog opened by F2."""
    d = order_in_state(ctx, tech, OrderState.RELEASED)
    open_file(qtbot, ws, d.customer.id, TAB_ASSETS)
    tab = ws.assets
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1 and tab.edit.isEnabled(), timeout=5000)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_F2)
    dialog = tab.findChild(AssetDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
    return d, tab, dialog


def test_a_vin_warning_is_confirmed_in_the_file_by_keyboard(qtbot, ctx, tech, ws):
    d, tab, dialog = edit_vehicle(qtbot, ws, ctx, tech)
    vin = dialog.fields["vin"]
    assert not dialog.vin_confirm.isVisibleTo(dialog)
    vin.setFocus()
    vin.selectAll()
    qtbot.keyClicks(vin, EUROPEAN_VIN)
    qtbot.keyClick(vin, Qt.Key.Key_Return)  # Enter saves: the core warns
    qtbot.waitUntil(lambda: dialog.vin_confirm.isVisibleTo(dialog), timeout=5000)
    assert "check digit" in dialog.labels["vin"].text()
    assert customers.get_asset(ctx, d.asset.id).vin != EUROPEAN_VIN  # nothing written
    qtbot.keyClick(dialog, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    assert dialog.vin_confirm.isChecked() and dialog.vin_confirm.hasFocus()
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: closed(dialog), timeout=5000)
    assert customers.get_asset(ctx, d.asset.id).vin == EUROPEAN_VIN
    qtbot.waitUntil(lambda: tab.message.text() == "Saved.", timeout=5000)
    # opened again: the VIN saved on a confirmation comes ticked (saving again needs no
    # second confirmation), until the VIN is changed
    qtbot.waitUntil(lambda: tab.current_asset().vin == EUROPEAN_VIN, timeout=5000)  # reloaded
    again = tab.edit_current()
    assert again.vin_confirm.isChecked() and again.vin_confirm.isVisibleTo(again)
    again.fields["vin"].setFocus()
    qtbot.keyClick(again.fields["vin"], Qt.Key.Key_Backspace)
    assert not again.vin_confirm.isChecked()
    again.reject()


@pytest.mark.parametrize(
    "typed", ["2024-03-01", "2024/3/1", "20240301", "２０２４／３／１", "2024年3月1日"]
)
def test_purchase_and_invoice_dates_typed_in_any_form(qtbot, ctx, tech, ws, typed):
    d, _tab, dialog = edit_vehicle(qtbot, ws, ctx, tech)
    for name in ("purchase_date", "invoice_date"):
        dialog.fields[name].setText(typed)  # full-width text cannot be key-clicked
    dialog.save()
    qtbot.waitUntil(lambda: closed(dialog), timeout=5000)
    asset = customers.get_asset(ctx, d.asset.id)
    assert asset.purchase_date == asset.invoice_date == date(2024, 3, 1)
    assert (asset.plate, asset.vin, asset.make) == (d.asset.plate, d.asset.vin, d.asset.make)


def test_status_use_and_care_dates_by_keyboard_reach_the_due_lists(qtbot, ctx, tech, ws):
    """The customer file sets what customer care reads: Alt+A status, Alt+N use, the 年检,
    insurance and warranty dates typed in any form; a blank date clears it."""
    d, _tab, dialog = edit_vehicle(qtbot, ws, ctx, tech)
    dialog.fields["inspection_due"].setText("２０２７／１／１５")
    dialog.fields["insurance_due"].setText("2027-02-01")
    qtbot.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert dialog.use.hasFocus()
    qtbot.keyClick(dialog.use, Qt.Key.Key_Down)  # private -> company
    qtbot.keyClick(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert dialog.status.hasFocus()
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: closed(dialog), timeout=5000)
    asset = customers.get_asset(ctx, d.asset.id)
    assert (asset.inspection_due, asset.insurance_due) == (date(2027, 1, 15), date(2027, 2, 1))
    assert asset.use.value == "company" and asset.status.value == "in_use"
    assert asset.warranty_until is None


def test_a_future_or_impossible_date_is_refused_next_to_its_field(qtbot, ctx, tech, ws):
    d, _tab, dialog = edit_vehicle(qtbot, ws, ctx, tech)
    purchase, invoice = dialog.fields["purchase_date"], dialog.fields["invoice_date"]
    tomorrow = (datetime.now() + timedelta(days=2)).date().isoformat()
    # said when the field is left (Tab), before anything is sent
    purchase.setFocus()
    qtbot.keyClicks(purchase, tomorrow)
    qtbot.keyClick(purchase, Qt.Key.Key_Tab)
    assert invoice.hasFocus()
    assert dialog.labels["purchase_date"].text() == "This date is in the future."
    qtbot.keyClicks(invoice, "2024-02-30")
    qtbot.keyClick(invoice, Qt.Key.Key_Tab)
    assert dialog.labels["invoice_date"].text().startswith("Not a date")
    # and by the core on saving: nothing written
    dialog.save()
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=5000)
    wait_tasks()
    assert dialog.isVisible()
    assert dialog.labels["purchase_date"].text() == "This date is in the future."
    assert dialog.labels["invoice_date"].text().startswith("Not a date")
    asset = customers.get_asset(ctx, d.asset.id)
    assert asset.purchase_date is None and asset.invoice_date is None
    # blank is "unknown"
    purchase.clear()
    invoice.clear()
    dialog.save()
    qtbot.waitUntil(lambda: closed(dialog), timeout=5000)


def test_the_date_fields_in_chinese(qtbot, ctx, tech, ws):
    from ui.shell import i18n

    i18n.install("zh_CN")
    try:
        _d, _tab, dialog = edit_vehicle(qtbot, ws, ctx, tech)
        dialog.fields["invoice_date"].setText("2099-01-01")
        dialog.check_field("invoice_date")
        assert dialog.labels["invoice_date"].text() == "该日期在未来。"
        form_labels = [
            w.text() for w in dialog.findChildren(QLabel) if w.buddy() in dialog.fields.values()
        ]
        assert any("三包" in t for t in form_labels) and all(not t.isascii() for t in form_labels)
        dialog.reject()
    finally:
        i18n.install("en")


def test_tab_walks_the_vehicle_dialog_and_the_tick_box_follows_the_vin(qtbot, ctx, tech, ws):
    from tests.ui.keyboard import walk_tab

    _d, tab, dialog = edit_vehicle(qtbot, ws, ctx, tech)
    dialog.vin_confirm.show()  # as after the core's warning
    dialog.fields["plate"].setFocus()
    for back in (False, True):
        walk = walk_tab(qtbot, dialog, back=back)
        assert not walk.missed and not walk.traps, walk.report()
    forward = walk_tab(qtbot, dialog).stops
    vin = forward.index(dialog.fields["vin"])
    assert forward[vin + 1] is dialog.vin_confirm
    fields = [w for w in forward if w in dialog.fields.values()]
    dates = ("purchase_date", "invoice_date", "inspection_due", "insurance_due", "warranty_until")
    first = fields.index(dialog.fields["purchase_date"])
    assert fields[first : first + 5] == [dialog.fields[n] for n in dates]
    assert forward.index(dialog.status) > forward.index(dialog.fields["warranty_until"])
    assert forward.index(dialog.use) == forward.index(dialog.status) + 1
    dialog.reject()
    # the button that opens it is reached from the list too
    assert tab.edit.isEnabled() and tab.edit.focusPolicy() & Qt.FocusPolicy.TabFocus
