"""A booked customer arrives: from the appointments desk's Today list (Enter) the main window
opens the reception's intake pre-filled from the booking — customer, vehicle, the booked
catalog work as estimate lines, hand-typed work in the symptom, the notes, waiting — and the
saved intake marks the booking arrived with its order (the week's share counts it)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from app.domain.enums import AppointmentState, LineKind, Role
from app.services import appointments as ap
from app.services import catalog, queries
from app.services.people import as_user
from app.services.settings import write_settings
from tests.factories import customer, new_order, vehicle
from tests.ui.conftest import wait_tasks
from tests.ui.keyboard import Keyboard
from tests.ui.test_main_window import make_window
from ui.reception.intake_state import STEP_CONFIRM, STEP_VISIT
from ui.reception.workspace import PAGE_INTAKE

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


def _morning_zone() -> str:
    """A time zone where it is about 10 in the morning now: the booking 40 minutes ahead is
    today's whatever the hour the test runs at (in UTC after 23:20 it was tomorrow's)."""
    hours = (10 - datetime.now(UTC).hour + 12) % 24 - 12  # east of UTC, -12 .. 11
    return "UTC" if hours == 0 else f"Etc/GMT{-hours:+d}"  # (the Etc names' sign is reversed)


def test_an_arrival_becomes_a_pre_filled_intake_and_the_booking_is_marked(
    qtbot, ctx, adapter, keep
):
    boss = as_user(ctx, "Qian Hong", Role.MANAGER)
    write_settings(boss, {"hours.timezone": _morning_zone(), "hours.week": {
        d: ["00:00", "23:30"] for d in
        ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}})  # fmt: skip
    oil = catalog.add_catalog_item(boss, LineKind.LABOR, "ARR-OIL", "更换机油机滤", "Oil service",
                                   "120.00", standard_hours="0.5")  # fmt: skip
    first = new_order(
        ctx, customer=customer("林芳", "13912340000"), asset=vehicle("粤B88001", None)
    )
    now = datetime.now(UTC)
    slot = ap.offer_slots(ctx, now + timedelta(minutes=40), "1", "vehicle", now=now)[0]
    booked = ap.book(ctx, ap.BookingInput(
        first.customer.id, first.asset.id, slot.starts_at,
        [ap.BookedItem(oil.id), ap.BookedItem(description="空调异味", hours=Decimal("0.5"))],
        waiting=True, notes="客户要求用原厂机油",
    ), send_confirmation=False)  # fmt: skip
    window = make_window(qtbot, ctx, adapter, keep)
    kb = Keyboard(qtbot)
    kb.press(K.Key_9, CTRL)  # the appointments desk
    assert window.current_key() == "appointments"
    kb.press(K.Key_2, Qt.KeyboardModifier.AltModifier)  # today
    today = window.workspace("appointments").today
    qtbot.waitUntil(lambda: today.arrivals_model.rowCount() >= 1, timeout=10000)
    today.arrivals.setFocus()
    today.arrivals.selectRow(0)
    kb.press(K.Key_Return)
    reception = window.workspace("reception")
    qtbot.waitUntil(lambda: reception.pages.currentIndex() == PAGE_INTAKE, timeout=10000)
    assert window.current_key() == "reception"
    flow = reception.flow
    qtbot.waitUntil(lambda: flow.state.asset_label.startswith("粤B88001"), timeout=10000)
    state = flow.state
    assert flow.index() == STEP_VISIT and state.appointment_id == booked.id
    assert (state.customer_id, state.asset_id, state.waits_on_site) == (
        first.customer.id, first.asset.id, True,
    )  # fmt: skip
    assert state.symptom == "空调异味" and state.notes == "客户要求用原厂机油"
    assert [line["description"] for line in state.lines] == ["更换机油机滤"]
    visit = flow.steps[STEP_VISIT]
    visit.symptom.setFocus()
    kb.press(K.Key_End)
    while flow.index() != STEP_CONFIRM:
        kb.press(K.Key_PageDown)
    kb.press(K.Key_Return, CTRL)
    qtbot.waitUntil(lambda: reception.pages.currentIndex() != PAGE_INTAKE, timeout=10000)
    wait_tasks()
    order = queries.get_order(ctx, reception.order.order_id)
    arrived = ap.get_appointment(ctx, booked.id)
    assert (arrived.state, arrived.order_id) == (AppointmentState.ARRIVED, order.order.id)
    assert [line.description for line in order.lines] == ["更换机油机滤"]
    assert order.order.waits_on_site is True
    week = ap.week_figures(ctx, datetime.now(UTC).date())[0]
    assert (week.intakes, week.booked_arrivals, week.share) == (2, 1, Decimal("0.500"))
    window.close()
