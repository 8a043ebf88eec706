"""The intake's vehicle step takes the purchase and invoice dates (the invoice starts a
vehicle's 三包 period) as people type them; a date in the future or no date is refused next
to its field, by keyboard, before the step is left."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain.enums import AssetKind
from app.services import queries
from tests.ui.keyboard import Keyboard
from tests.ui.test_intake_field_checks import _new_customer, ws
from ui.reception.intake_asset import KIND_FIELDS
from ui.reception.intake_state import STEP_ASSET, STEP_VISIT
from ui.reception.workspace import PAGE_INTAKE

__all__ = ["ws"]

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

K = Qt.Key


def test_dates_at_the_vehicle_step_refused_next_to_the_field_then_saved(qtbot, ctx, ws):
    flow = _new_customer(ws)
    asset = flow.steps[STEP_ASSET]
    kb = Keyboard(qtbot)
    kb.press(K.Key_Return)  # kind -> plate
    kb.type_chinese("粤")
    kb.type("B6D310")
    purchase, invoice = asset.fields["purchase_date"], asset.fields["invoice_date"]
    assert purchase.isVisible() and invoice.isVisible()
    # Tab reaches the dates after the mileage
    while QApplication.focusWidget() is not purchase:
        kb.press(K.Key_Tab)
        assert QApplication.focusWidget() in [*asset.fields.values(), asset.kind]
    kb.type((datetime.now() + timedelta(days=3)).date().isoformat())
    kb.press(K.Key_Tab)
    assert QApplication.focusWidget() is invoice
    kb.type("2024-02-30")
    kb.press(K.Key_PageDown)  # next step: refused, said at both fields
    assert flow.index() == STEP_ASSET
    assert asset.errors.text_of("asset.purchase_date") == "This date is in the future."
    assert asset.errors.text_of("asset.invoice_date").startswith("Not a date")
    assert QApplication.focusWidget() is purchase
    purchase.selectAll()
    kb.type("2024/3/1")
    invoice.setFocus()
    invoice.selectAll()
    kb.type("20240302")
    kb.press(K.Key_PageDown)
    assert flow.index() == STEP_VISIT
    flow.steps[STEP_VISIT].symptom.setPlainText("异响")
    flow.confirm()
    qtbot.waitUntil(lambda: ws.pages.currentIndex() != PAGE_INTAKE, timeout=10000)
    d = queries.get_order(ctx, ws.order.order_id)
    assert (d.asset.purchase_date, d.asset.invoice_date) == (date(2024, 3, 1), date(2024, 3, 2))


def test_a_phone_has_a_purchase_date_and_no_invoice_date(qtbot, ctx, ws):
    flow = _new_customer(ws)
    asset = flow.steps[STEP_ASSET]
    asset.kind.setCurrentIndex(asset.kind.findData(AssetKind.DEVICE.value))
    assert asset.fields["purchase_date"].isVisible()
    assert not asset.fields["invoice_date"].isVisible()
    assert "invoice_date" in KIND_FIELDS[AssetKind.VEHICLE]
