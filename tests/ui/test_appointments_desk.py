"""The appointments desk (预约) by keyboard: booking in the dialog (a refusal next to its
field, a slot filled meanwhile by another station and let in by a manager's approval, the
confirmation SMS said), the calendar's keys and live repaint, today's arrivals, calls and
no-shows, the reminders and figures.

The shop: Asia/Shanghai, open 08:30-18:00 every day, 30-minute slots, cars: 4 bays and 2
technicians -> 1 labor hour per slot. The desk's clock is set (``texts.now``).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from app.domain.enums import AppointmentState, ConfirmationOutcome, LineKind, OrderState, Role
from app.services import appointments as ap
from app.services import catalog, customers
from app.services.people import sign_in
from app.services.settings import write_settings
from tests.factories import customer, manager_of, order_in_state, vehicle
from tests.ui.conftest import approve_here, wait_tasks
from tests.ui.desk_support import save_shot, settle_tasks
from ui.appointments import AppointmentsWorkspace, BookingDialog, texts

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SUNDAY = date(2027, 1, 3)
MONDAY = date(2027, 1, 4)
TUESDAY = date(2027, 1, 5)


def at(day: date, hh: int, mm: int = 0) -> datetime:
    """Shanghai wall clock as UTC."""
    return datetime.combine(day, time(hh, mm), tzinfo=UTC) - timedelta(hours=8)


@pytest.fixture
def shop(ctx, owner):
    boss = manager_of(ctx)
    write_settings(
        boss,
        {
            "hours.timezone": "Asia/Shanghai",
            "appointments.capacity": {"vehicle": {"bays": 4, "technicians": 2}},
        },
    )
    oil = catalog.add_catalog_item(
        boss, LineKind.LABOR, "AP-OIL", "更换机油机滤", "Oil service", "120.00",
        standard_hours="0.5",
    )  # fmt: skip
    brakes = catalog.add_catalog_item(
        boss, LineKind.LABOR, "AP-BRK", "更换前刹车片", "Front brake pads", "180.00",
        standard_hours="1.0",
    )  # fmt: skip
    return {"oil": oil.id, "brakes": brakes.id}


@pytest.fixture
def clock(monkeypatch):
    """The desk's clock: ``clock.set(moment)``."""

    class Clock:
        moment = at(SUNDAY, 20)

        def set(self, moment: datetime) -> None:
            self.moment = moment

    c = Clock()
    monkeypatch.setattr(texts, "now", lambda: c.moment)
    return c


@pytest.fixture
def other(db):
    """An advisor at another station."""
    return sign_in(db, "Counter 2", "Wang Fang", Role.ADVISOR)


def a_car(ctx, plate: str, phone: str, name: str = "") -> tuple[int, int]:
    c = customers.create_customer(ctx, customer(name or f"客户{phone[-4:]}", phone))
    a = customers.create_asset(ctx, c.id, vehicle(plate, None))
    return c.id, a.id


def book(ctx, car, starts_at, *item_ids, now=None, **kw):
    return ap.book(
        ctx,
        ap.BookingInput(car[0], car[1], starts_at, [ap.BookedItem(i) for i in item_ids], **kw),
        now=now or at(SUNDAY, 8),
    )


def desk(qtbot, ctx, adapter, keep) -> AppointmentsWorkspace:
    ws = AppointmentsWorkspace(ctx, adapter)
    keep(ws)
    ws.resize(1366, 728)
    ws.show()
    qtbot.waitExposed(ws)
    ws.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is ws, timeout=3000)
    ws.activate()
    settle_tasks(qtbot)
    return ws


def focused():
    return QApplication.focusWidget()


def type_wanted(qtbot, widget, text: str) -> None:
    """The wanted time typed over what the field held."""
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def test_booking_by_keyboard_with_a_refusal_and_a_full_slot(
    qtbot, ctx, adapter, keep, shop, clock, other
):
    car = a_car(ctx, "粤B20001", "13800002001", "Chen Jing")
    ws = desk(qtbot, ctx, adapter, keep)
    qtbot.keyClick(focused(), Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), BookingDialog))
    dialog = QApplication.activeModalWidget()
    assert dialog is ws.dialog
    qtbot.waitUntil(lambda: focused() is dialog.lookup.field)
    # who: the phone finds the customer, Enter takes the first hit (one car: on to the items)
    qtbot.keyClicks(dialog.lookup.field, "13800002001")
    qtbot.waitUntil(lambda: dialog.lookup.model.rowCount() > 0, timeout=5000)
    qtbot.keyClick(dialog.lookup.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.customer_id == car[0], timeout=5000)
    settle_tasks(qtbot)
    assert dialog.asset().id == car[1] and focused() is dialog.search
    # what: the catalog's oil service (0.5 h), Enter adds; a hand item without hours is refused
    qtbot.keyClicks(dialog.search, "AP-OIL")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.pick_model.rowCount() == 1, timeout=5000)
    qtbot.keyClick(focused(), Qt.Key.Key_H, ALT)
    assert focused() is dialog.hand
    qtbot.keyClicks(dialog.hand, "AC smell check")
    qtbot.keyClick(dialog.hand, Qt.Key.Key_Return)
    assert dialog.pick_model.rowCount() == 1
    assert "hours" in dialog.errors.text_of("hand_hours")
    dialog.hand_hours.setFocus()
    qtbot.keyClicks(dialog.hand_hours, "0.25")
    qtbot.keyClick(dialog.hand_hours, Qt.Key.Key_Return)
    assert [p.hours for p in dialog.pick_model.rows()] == [Decimal("0.5"), Decimal("0.25")]
    assert "45 min in all" in dialog.total.text()
    # when: the car is already booked on Monday by another station
    book(other, car, at(MONDAY, 8, 30), shop["oil"])
    qtbot.keyClick(focused(), Qt.Key.Key_T, ALT)
    assert focused() is dialog.picker.wanted
    type_wanted(qtbot, dialog.picker.wanted, "2027-01-04 10:00")
    qtbot.waitUntil(lambda: len(dialog.picker.offers) == 3, timeout=5000)
    assert [s.local for s in dialog.picker.offers] == [
        "2027-01-04 09:30", "2027-01-04 10:00", "2027-01-04 10:30"
    ]  # fmt: skip
    qtbot.keyClick(focused(), Qt.Key.Key_2, ALT)
    assert dialog.picker.chosen().local == "2027-01-04 10:00"
    qtbot.keyClick(focused(), Qt.Key.Key_W, ALT)
    qtbot.waitUntil(dialog.waiting.isChecked)  # the mnemonic ticks it (an animated click)
    assert focused() is dialog.waiting
    qtbot.keyClick(focused(), Qt.Key.Key_Return, CTRL)
    settle_tasks(qtbot)
    assert "already booked that day, at 2027-01-04 08:30" in dialog.errors.text_of("asset_id")
    assert ap.day_list(ctx, MONDAY)[0].asset_id == car[1] and len(ap.day_list(ctx, MONDAY)) == 1
    # Tuesday then; the 10:00 slot fills up at another station before Ctrl+Enter
    type_wanted(qtbot, dialog.picker.wanted, "2027-01-05 10:00")
    qtbot.waitUntil(
        lambda: (
            bool(dialog.picker.offers) and dialog.picker.offers[0].local.startswith("2027-01-05")
        ),
        timeout=5000,
    )
    qtbot.keyClick(focused(), Qt.Key.Key_2, ALT)
    assert dialog.picker.chosen().local == "2027-01-05 10:00"
    for n, plate in enumerate(("粤B20002", "粤B20003")):  # two jobs: 10:00 is full
        rival = a_car(ctx, plate, f"1380000200{n + 2}")
        book(other, rival, at(TUESDAY, 10), shop["oil"])
    qtbot.keyClick(focused(), Qt.Key.Key_Return, CTRL)
    settle_tasks(qtbot)
    said = dialog.picker.error.text()
    assert said == (
        "The 2027-01-05 10:00 slot is full: 1 h booked of 1 h, 0 min free, and this "
        "booking needs 30 min. Choose another slot, or a manager lets it in (Ctrl+O)."
    )
    assert dialog.approve.isVisible() and focused() is dialog.approve
    save_shot(dialog, "appointments-booking-full")
    # the manager approves on the spot: booked over capacity
    qtbot.keyClick(focused(), Qt.Key.Key_O, CTRL)
    approve_here(qtbot)
    settle_tasks(qtbot)
    row = dialog.result_row
    assert row is not None and row.overbooked and row.local == "2027-01-05 10:00"
    assert row.waiting and row.hours == Decimal("0.75")
    assert "No confirmation SMS" in dialog.message.text()  # no SMS consent on file
    assert row.sms != "queued"
    slot = next(s for s in ap.day_slots(ctx, TUESDAY, "vehicle") if s.local.endswith("10:00"))
    assert slot.booked == Decimal("1.50")  # two rivals' half hours and this job's first
    assert "Booked: 2027-01-05 10:00" in ws.message.text()
    qtbot.waitUntil(lambda: focused() is dialog.close_button)
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: ws.dialog is None)


def test_calendar_keys_and_live_repaint(qtbot, ctx, adapter, keep, shop, clock, other):
    ws = desk(qtbot, ctx, adapter, keep)
    cal = ws.calendar
    qtbot.keyClick(focused(), Qt.Key.Key_1, ALT)
    assert focused() is cal.table and cal.day == SUNDAY
    assert cal.table.columnCount() == 3 and cal.table.rowCount() == 19
    qtbot.keyClick(cal.table, Qt.Key.Key_Right)
    settle_tasks(qtbot)
    assert cal.day == MONDAY and MONDAY.isoformat() in cal.heading.text()
    qtbot.keyClick(cal.table, Qt.Key.Key_PageDown)
    settle_tasks(qtbot)
    assert cal.day == MONDAY + timedelta(days=7)
    qtbot.keyClick(cal.table, Qt.Key.Key_Left)
    qtbot.keyClick(cal.table, Qt.Key.Key_PageUp)
    settle_tasks(qtbot)
    assert cal.day == SUNDAY  # a day back, a week back
    qtbot.keyClick(cal.table, Qt.Key.Key_PageUp)
    settle_tasks(qtbot)
    assert cal.day == SUNDAY - timedelta(days=7)
    qtbot.keyClick(cal.table, Qt.Key.Key_T)
    settle_tasks(qtbot)
    assert cal.day == SUNDAY
    qtbot.keyClick(cal.table, Qt.Key.Key_Right)
    settle_tasks(qtbot)
    # another station books Monday 09:00 and 09:30 (a technician named): the day repaints
    car = a_car(ctx, "粤B30001", "13800003001", "Zhao Lei")
    tech = sign_in(ctx.db, "Bay 1", "Wang Wei", Role.TECHNICIAN)
    book(other, car, at(MONDAY, 9), shop["brakes"], technician_id=tech.actor.user_id)
    car2 = a_car(ctx, "粤B30002", "13800003002", "Sun Li")
    book(other, car2, at(MONDAY, 9, 30), shop["oil"])
    # the 1-hour brake job: half an hour at 09:00 and at 09:30; the oil change at 09:30
    qtbot.waitUntil(lambda: cal.cell_bar(2, 1) == (Decimal("1.00"), Decimal("1.00")), timeout=5000)
    assert cal.cell_bar(1, 1) == (Decimal("0.50"), Decimal("1.00"))
    assert "粤B30001" in cal.table.item(1, 2).text()
    assert cal.table.columnCount() == 4  # a bar for the technician named
    assert cal.table.horizontalHeaderItem(3).text() == "Wang Wei"
    assert cal.cell_bar(1, 3) == (Decimal("0.50"), Decimal("0.50"))  # his half hour, full
    assert cal.cell_bar(2, 3) == (Decimal("0.50"), Decimal("0.50"))
    save_shot(ws, "appointments-calendar-day")
    # the week view: Monday's column, the same bars
    qtbot.keyClick(cal.table, Qt.Key.Key_W)
    settle_tasks(qtbot)
    assert cal.week and cal.table.columnCount() == 8
    assert cal.table.horizontalHeaderItem(1).text().endswith("01-04")
    assert cal.cell_bar(1, 1) == (Decimal("0.50"), Decimal("1.00"))
    assert cal.cell_bar(2, 1) == (Decimal("1.00"), Decimal("1.00"))
    assert cal.table.currentColumn() == 1 and cal.day == MONDAY
    qtbot.keyClick(cal.table, Qt.Key.Key_Right)
    settle_tasks(qtbot)
    assert cal.day == TUESDAY and cal.table.currentColumn() == 2
    save_shot(ws, "appointments-calendar-week")
    qtbot.keyClick(cal.table, Qt.Key.Key_D)
    settle_tasks(qtbot)
    assert not cal.week and cal.table.columnCount() == 3
    # the asset kind: devices have no capacity declared here
    qtbot.keyClick(focused(), Qt.Key.Key_K, ALT)
    assert focused() is cal.kind


def test_today_arrivals_calls_and_no_shows(qtbot, ctx, adapter, keep, shop, clock, other):
    clock.set(at(SUNDAY, 16, 10))
    early = at(SUNDAY, 8)
    soon = a_car(ctx, "粤B40001", "13800004001", "Li Na")
    late = a_car(ctx, "粤B40002", "13800004002", "Liu Yang")
    gone = a_car(ctx, "粤B40003", "13800004003", "Zhang Wei")
    off = a_car(ctx, "粤B40004", "13800004004", "Wang Fang")
    a = book(ctx, soon, at(SUNDAY, 17), shop["oil"], now=early, notes="waits in the lounge")
    b = book(ctx, late, at(SUNDAY, 15), shop["brakes"], now=early)
    c = book(ctx, gone, at(SUNDAY, 14), shop["oil"], now=early)
    d = book(ctx, off, at(SUNDAY, 16, 30), shop["oil"], now=early)
    ap.cancel(ctx, d.id, d.version, "客户出差")
    ws = desk(qtbot, ctx, adapter, keep)
    qtbot.keyClick(focused(), Qt.Key.Key_2, ALT)
    settle_tasks(qtbot)
    today = ws.today
    assert focused() is today.arrivals
    assert [r.id for r in today.arrivals_model.rows()] == [c.id, b.id, d.id, a.id]
    assert [r.id for r in today.calls_model.rows()] == [a.id]
    assert [r.id for r in today.late_model.rows()] == [c.id, b.id]
    # the reminder call: Alt+C on the call list
    today.calls.setFocus()
    qtbot.keyClick(today.calls, Qt.Key.Key_C, ALT)
    settle_tasks(qtbot)
    assert ap.get_appointment(ctx, a.id).confirmation is ConfirmationOutcome.CONFIRMED
    # the list reloads when the change comes back from the feed (later on a busy machine)
    qtbot.waitUntil(lambda: today.calls_model.rowCount() == 0, timeout=5000)
    assert "Confirmed" in today.message.text()
    # arrival: Enter on the cancelled one is refused with the reason; F4 on Li Na's starts it
    today.arrivals.setFocus()
    today.arrivals.setCurrentIndex(today.arrivals_model.index(2, 0))
    with qtbot.assertNotEmitted(ws.intake_requested):
        qtbot.keyClick(today.arrivals, Qt.Key.Key_Return)
        settle_tasks(qtbot)
    assert "cancelled (客户出差)" in today.message.text()
    today.arrivals.setCurrentIndex(today.arrivals_model.index(3, 0))
    with qtbot.waitSignal(ws.intake_requested, timeout=5000) as sent:
        qtbot.keyClick(today.arrivals, Qt.Key.Key_F4)
    prefill = sent.args[0]
    assert (prefill.appointment_id, prefill.customer_id, prefill.asset_id) == (a.id, *soon)
    assert prefill.catalog_item_ids == [shop["oil"]] and prefill.notes == "waits in the lounge"
    save_shot(ws, "appointments-today")
    # a no-show released: the reason first (refused without it, said next to it)
    today.late.setFocus()
    today.late.setCurrentIndex(today.late_model.index(0, 0))
    qtbot.keyClick(today.late, Qt.Key.Key_D, CTRL)
    settle_tasks(qtbot)
    assert today.errors.text_of("reason")
    assert focused() is today.reason
    qtbot.keyClicks(today.reason, "phone off")
    qtbot.keyClick(today.reason, Qt.Key.Key_D, CTRL)
    settle_tasks(qtbot)
    assert ap.get_appointment(ctx, c.id).state is AppointmentState.NO_SHOW
    qtbot.waitUntil(lambda: [r.id for r in today.late_model.rows()] == [b.id], timeout=5000)
    # the other rebooked on Monday at 10:00 (typed, then Alt+1)
    qtbot.keyClick(focused(), Qt.Key.Key_R, ALT)
    assert focused() is today.reason
    qtbot.keyClicks(today.reason, "forgot")
    qtbot.keyClick(focused(), Qt.Key.Key_B, ALT)
    assert focused() is today.picker.wanted
    type_wanted(qtbot, today.picker.wanted, "2027-01-04 10:00")
    qtbot.waitUntil(
        lambda: bool(today.picker.offers) and today.picker.offers[0].local.startswith("2027-01-04"),
        timeout=5000,
    )
    qtbot.keyClick(focused(), Qt.Key.Key_1, ALT)
    chosen = today.picker.chosen().local
    qtbot.keyClick(focused(), Qt.Key.Key_B, CTRL)
    settle_tasks(qtbot)
    old = ap.get_appointment(ctx, b.id)
    assert old.state is AppointmentState.NO_SHOW and old.no_show_reason == "forgot"
    assert old.moved_to_id is not None
    assert ap.get_appointment(ctx, old.moved_to_id).local == chosen
    assert "rebooked for" in today.message.text()
    qtbot.waitUntil(lambda: today.late_model.rowCount() == 0, timeout=5000)


def test_reminders_and_figures(qtbot, ctx, adapter, keep, shop, clock):
    car = a_car(ctx, "粤B50001", "13800005001", "Chen Jing")
    book(ctx, car, at(MONDAY, 9), shop["oil"])
    ws = desk(qtbot, ctx, adapter, keep)
    qtbot.keyClick(focused(), Qt.Key.Key_3, ALT)
    settle_tasks(qtbot)
    tab = ws.reminders
    assert focused() is tab.send_button
    tab.day.setDate(MONDAY)
    settle_tasks(qtbot)
    assert [r.customer for r in tab.phone_model.rows()] == ["Chen Jing"]
    qtbot.keyClick(focused(), Qt.Key.Key_Return, CTRL)
    settle_tasks(qtbot)
    assert "0 SMS in the outbox, 1 on the phone list" in tab.message.text()
    assert ap.get_appointment(ctx, ap.day_list(ctx, MONDAY)[0].id).reminded_at is not None
    qtbot.keyClick(focused(), Qt.Key.Key_P, CTRL)
    copied = QGuiApplication.clipboard().text()
    assert "Chen Jing\t13800005001" in copied and copied.startswith("Time\tCustomer")
    assert tab.weeks_model.rowCount() == 8
    assert tab.weeks_model.rows()[0].week == "2026-W53"
    save_shot(ws, "appointments-reminders")
    wait_tasks()


def test_a_booking_cancelled_from_today_s_list_with_its_reason(
    qtbot, ctx, adapter, keep, shop, clock
):
    clock.set(at(SUNDAY, 9))
    car = a_car(ctx, "粤B60001", "13800006001", "Zhou Jie")
    row = book(ctx, car, at(SUNDAY, 15), shop["oil"])
    ws = desk(qtbot, ctx, adapter, keep)
    qtbot.keyClick(focused(), Qt.Key.Key_2, ALT)
    settle_tasks(qtbot)
    today = ws.today
    assert focused() is today.arrivals and today.current(today.arrivals).id == row.id
    keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(today.arrivals, Qt.Key.Key_Delete, keys)
    settle_tasks(qtbot)
    assert today.errors.text_of("reason") and focused() is today.reason  # a reason first
    qtbot.keyClicks(today.reason, "customer away")
    qtbot.keyClick(today.reason, Qt.Key.Key_Delete, keys)
    settle_tasks(qtbot)
    cancelled = ap.get_appointment(ctx, row.id)
    assert cancelled.state is AppointmentState.CANCELLED
    assert cancelled.cancel_reason == "customer away"
    assert "cancelled" in today.message.text()
    qtbot.waitUntil(
        lambda: today.arrivals_model.rows()[0].state is AppointmentState.CANCELLED, timeout=5000
    )
    slot = next(s for s in ap.day_slots(ctx, SUNDAY, "vehicle") if s.local.endswith("15:00"))
    assert slot.booked == Decimal("0")


def test_the_booking_dialog_takes_an_order_s_customer_and_vehicle(qtbot, ctx, tech, keep, shop):
    order = order_in_state(ctx, tech, OrderState.READY, asset=vehicle("粤B70001", None))
    dialog = BookingDialog(ctx)
    keep(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.lookup.field, order.order.number)
    qtbot.keyClick(dialog.lookup.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.customer_id == order.customer.id, timeout=5000)
    assert dialog.asset().id == order.asset.id


def test_a_booking_names_its_technician_by_keyboard(qtbot, ctx, adapter, keep, shop, clock):
    clock.set(at(SUNDAY, 12))
    tech = sign_in(ctx.db, "Bay 2", "Zhou Qiang", Role.TECHNICIAN)
    assert [t.name for t in ap.technicians(ctx)] == ["Zhou Qiang"]
    car = a_car(ctx, "粤B50001", "13800005001", "He Jun")
    dialog = BookingDialog(ctx, None, *car)
    keep(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    qtbot.waitUntil(lambda: dialog.technician.count() == 2, timeout=5000)
    assert dialog.technician.currentData() is None  # any technician, unless chosen
    qtbot.keyClick(focused() or dialog, Qt.Key.Key_E, ALT)
    qtbot.waitUntil(lambda: focused() is dialog.technician, timeout=3000)
    qtbot.keyClick(dialog.technician, Qt.Key.Key_Down)
    assert dialog.technician.currentData() == tech.actor.user_id
    qtbot.waitUntil(lambda: dialog.customer_id is not None and dialog.asset() is not None)
    assert dialog.booking(at(MONDAY, 9)).technician_id == tech.actor.user_id


def test_a_booking_elsewhere_repaints_only_its_days(
    qtbot, ctx, adapter, keep, shop, clock, other, monkeypatch
):
    """The week shown: a booking made at another station reads that day again, not the
    week; moved to another day, both days; the reminders' phone list asks only for the
    bookings named and keeps its rows."""
    from ui.appointments import calendar_tab, reminders_tab

    ws = desk(qtbot, ctx, adapter, keep)
    cal = ws.calendar
    qtbot.keyClick(focused(), Qt.Key.Key_1, ALT)
    qtbot.keyClick(cal.table, Qt.Key.Key_Right)  # Monday
    qtbot.keyClick(cal.table, Qt.Key.Key_W)
    settle_tasks(qtbot)
    assert cal.week and cal.day == MONDAY
    read: list[tuple[date, int]] = []
    real = calendar_tab.load_days

    def load(c, first, days, kind):
        read.append((first, days))
        return real(c, first, days, kind)

    monkeypatch.setattr(calendar_tab, "load_days", load)
    car = a_car(ctx, "粤B60001", "13800006001", "Lin Tao")
    booked = book(other, car, at(TUESDAY, 9), shop["oil"])
    qtbot.waitUntil(lambda: cal.cell_bar(1, 2) == (Decimal("0.50"), Decimal("1.00")), timeout=5000)
    assert read == [(TUESDAY, 1)], read
    assert cal.week and cal.day == MONDAY and cal.table.currentColumn() == 1
    read.clear()
    ap.move(other, booked.id, booked.version, at(MONDAY + timedelta(days=3), 10), now=at(SUNDAY, 9))
    qtbot.waitUntil(lambda: cal.cell_bar(1, 2) == (Decimal("0.00"), Decimal("1.00")), timeout=5000)
    settle_tasks(qtbot)
    assert sorted(set(read)) == [(TUESDAY, 1), (MONDAY + timedelta(days=3), 1)], read
    assert cal.cell_bar(3, 4) == (Decimal("0.50"), Decimal("1.00"))  # Thursday 10:00

    qtbot.keyClick(focused(), Qt.Key.Key_3, ALT)
    tab = ws.reminders
    tab.day.setDate(MONDAY)
    settle_tasks(qtbot)
    first = book(
        other, a_car(ctx, "粤B60002", "13800006002", "Gao Yan"), at(MONDAY, 11), shop["oil"]
    )
    qtbot.waitUntil(lambda: len(tab.phone_model.rows()) == 1, timeout=5000)
    settle_tasks(qtbot)
    asked: list[object] = []
    real_list = ap.reminder_list

    def reminders(c, day, **kw):
        asked.append(kw.get("ids"))
        return real_list(c, day, **kw)

    monkeypatch.setattr(reminders_tab.ap, "reminder_list", reminders)
    resets: list[int] = []
    tab.phone_model.modelReset.connect(lambda: resets.append(1))
    tab.phone.setCurrentIndex(tab.phone_model.index(0, 0))
    book(other, a_car(ctx, "粤B60003", "13800006003", "He Min"), at(MONDAY, 8, 30), shop["oil"])
    qtbot.waitUntil(lambda: len(tab.phone_model.rows()) == 2, timeout=5000)
    settle_tasks(qtbot)
    assert [r.customer for r in tab.phone_model.rows()] == ["He Min", "Gao Yan"]
    assert tab.phone.currentIndex().data() is not None
    assert tab.phone_model.row_at(tab.phone.currentIndex().row()).id == first.id
    assert asked and all(a is not None for a in asked) and resets == [], (asked, resets)
