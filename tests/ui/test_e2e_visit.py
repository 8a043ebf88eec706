"""Whole visits through the REAL main window, by keyboard, checked in the database after.

1. A returning customer found by plate: intake with inspection and two estimate lines (one
   under warranty), the technician starts, finds extra work, the customer approves it by
   phone, quality check, settlement, a split payment, release.
2. Counter speed: the returning-customer intake (found by plate, symptom typed, three
   checklist items, one catalog line, confirm) takes at most 25 key presses beyond the
   free text; the pickup (scan, settle, pay cash in full, release) at most 4 actions.
3. A new customer's visit in Chinese, the text typed through an input method.

The window runs with the station's live link started, as in production: the intake is sent
through it (one service call: order, inspection, approval). The one person at the window
is the service manager, whose rights cover every desk (at a shop where each desk has its
own person, each signs in there: tests of the desks check those rights). Keys are sent with a counting
helper (tests/ui/keyboard.py); the counts are printed.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from shiboken6 import isValid

from app.domain.enums import (
    Approval,
    ApprovalMethod,
    OrderState,
    Payer,
    PaymentMethod,
)
from app.services import queries
from app.services.customers import customer_file
from app.services.outbox import Outbox
from tests.factories import order_in_state
from tests.ui.conftest import wait_tasks
from tests.ui.keyboard import Keyboard
from ui.reception.intake_state import STEP_CONFIRM, STEP_INSPECTION, STEP_VISIT
from ui.reception.workspace import PAGE_DESK, PAGE_INTAKE, VIEW_CUSTOMER
from ui.shell import i18n
from ui.shell.main_window import MainWindow
from ui.stations.live import LiveSync

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
WAIT = 10_000


@pytest.fixture
def live(manager, tmp_path):
    link = LiveSync(manager, outbox=Outbox(tmp_path / "outbox.sqlite3"))
    yield link
    link.stop()


@pytest.fixture
def window(qtbot, manager, adapter, keep, live):
    w = MainWindow(manager, adapter, "Counter 1", "Zhou Jie", "WenQuanYi Micro Hei", live=live)
    keep(w)
    live.start()
    w.resize(1440, 900)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=3000)
    yield w
    wait_tasks()


def returning_customer(ctx, tech):
    """张伟's Camry 粤B12345 was here before (released)."""
    return order_in_state(ctx, tech, OrderState.RELEASED)


def find_by_plate_and_start_intake(qtbot, kb, window):
    reception = window.workspace("reception")
    kb.press(K.Key_F, CTRL)
    assert QApplication.focusWidget() is reception.lookup.field
    kb.search("B12345")  # the plate without its province character finds it too
    qtbot.waitUntil(lambda: reception.lookup.model.rowCount() == 1, timeout=WAIT)
    kb.press(K.Key_Return)
    qtbot.waitUntil(lambda: reception.customer.file is not None, timeout=WAIT)
    assert reception.view.currentIndex() == VIEW_CUSTOMER
    assert QApplication.focusWidget() is reception.customer.assets
    kb.press(K.Key_Return)  # a new visit for the found vehicle
    flow = reception.flow
    assert reception.pages.currentIndex() == PAGE_INTAKE and flow.index() == STEP_VISIT
    qtbot.waitUntil(lambda: flow.state.asset_label.startswith("粤B12345"), timeout=WAIT)
    return reception, flow


def symptom_and_three_checks(qtbot, kb, flow, symptom):
    kb.type_chinese(symptom)
    kb.press(K.Key_PageDown)
    assert flow.index() == STEP_INSPECTION
    inspection = flow.current()
    qtbot.waitUntil(inspection.ready, timeout=WAIT)
    for key in (K.Key_1, K.Key_1, K.Key_2):
        kb.press(key)
    kb.press(K.Key_PageDown)


def add_catalog_line(qtbot, kb, estimate, code, rows):
    kb.search(code)
    kb.press(K.Key_Return)
    qtbot.waitUntil(lambda: estimate.model.rowCount() == rows, timeout=WAIT)


def confirm_intake(qtbot, kb, reception, flow):
    kb.press(K.Key_Return, CTRL)
    qtbot.waitUntil(lambda: reception.pages.currentIndex() == PAGE_DESK, timeout=WAIT)
    order_id = reception.order.order_id
    assert order_id is not None
    qtbot.waitUntil(lambda: reception.order.detail is not None, timeout=WAIT)
    assert reception.order.offer.isVisible()
    return order_id


def open_job(qtbot, kb, window, order_id):
    kb.press(K.Key_2, CTRL)
    workshop = window.workspace("workshop")
    kb.action("choose the job on the board")
    workshop.open_order(order_id)
    qtbot.waitUntil(
        lambda: workshop.panel.detail is not None and workshop.panel.detail.id == order_id,
        timeout=WAIT,
    )
    return workshop


def back_to(qtbot, window):
    """After a dialog closes the offscreen platform does not hand activation back to the
    main window by itself (a desktop's window manager does)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=3000)


def state(ctx, order_id):
    """The order's state once the desks' actions on their way have been answered."""
    wait_tasks()
    return queries.get_order(ctx, order_id).order.state


def test_complete_visit_of_a_returning_customer(qtbot, ctx, tech, window, capsys):
    before = returning_customer(ctx, tech)
    kb = Keyboard(qtbot)

    # --- reception: found by plate, intake with inspection and two lines -----------------
    reception, flow = find_by_plate_and_start_intake(qtbot, kb, window)
    symptom_and_three_checks(qtbot, kb, flow, "刹车时有异响，方向盘抖动")
    estimate = flow.current()
    add_catalog_line(qtbot, kb, estimate, "L-BRAKE", 1)
    add_catalog_line(qtbot, kb, estimate, "P-BRKPAD", 2)
    kb.press(K.Key_Tab)  # to the lines: the pads fall under the warranty
    assert QApplication.focusWidget() is estimate.lines
    kb.press(K.Key_W)
    assert [l.payer for l in estimate.model.lines()] == [Payer.CUSTOMER, Payer.WARRANTY]
    kb.press(K.Key_PageDown)
    kb.press(K.Key_PageDown)
    assert flow.index() == STEP_CONFIRM
    order_id = confirm_intake(qtbot, kb, reception, flow)
    kb.press(K.Key_Escape)  # not printing now
    intake_keys = kb.presses
    assert state(ctx, order_id) is OrderState.APPROVED
    assert window.status.state == "online" and window.live.outbox.entries() == []

    # --- workshop: assign, start, a finding -----------------------------------------------
    workshop = open_job(qtbot, kb, window, order_id)
    panel = workshop.panel
    qtbot.waitUntil(lambda: panel.technicians.findData(tech.actor.user_id) >= 0, timeout=WAIT)
    panel.technicians.setCurrentIndex(panel.technicians.findData(tech.actor.user_id))
    kb.press(K.Key_A)
    assert state(ctx, order_id) is OrderState.ASSIGNED
    kb.press(K.Key_S)
    assert state(ctx, order_id) is OrderState.IN_PROGRESS
    kb.press(K.Key_F)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QDialog), timeout=WAIT)
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.finding, timeout=WAIT)
    kb.type_chinese("后刹车片磨损到极限")
    kb.press(K.Key_Tab)
    assert QApplication.focusWidget() is dialog.search
    kb.search("P-WIPER")
    qtbot.waitUntil(lambda: dialog.catalog_model.rowCount() == 1, timeout=WAIT)
    kb.press(K.Key_Return)
    qtbot.waitUntil(lambda: dialog.lines_model.rowCount() == 1, timeout=WAIT)
    kb.press(K.Key_Return, CTRL)
    # the dialog closes (and is deleted) once the server has the finding
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible(), timeout=WAIT)
    back_to(qtbot, window)
    d = queries.get_order(ctx, order_id)
    assert d.order.state is OrderState.PAUSED  # waiting for the customer's decision

    # --- reception: the customer approves the extra work by phone --------------------------
    kb.press(K.Key_1, CTRL)
    qtbot.waitUntil(lambda: reception.extra_work.model.rowCount() == 1, timeout=WAIT)
    kb.press(K.Key_F6)
    assert QApplication.focusWidget() is reception.extra_work.table
    assert reception.extra_work.selected().customer_phone == "13812345678"
    kb.press(K.Key_A)
    qtbot.waitUntil(lambda: state(ctx, order_id) is OrderState.IN_PROGRESS, timeout=WAIT)

    # --- workshop: done, quality check passed ----------------------------------------------
    workshop = open_job(qtbot, kb, window, order_id)
    qtbot.waitUntil(lambda: panel.detail.order.state is OrderState.IN_PROGRESS, timeout=WAIT)
    kb.press(K.Key_D)
    assert state(ctx, order_id) is OrderState.WORK_DONE
    kb.press(K.Key_Q)
    assert state(ctx, order_id) is OrderState.READY

    # --- cashier: scan, settle, split payment, release -----------------------------------
    cashier = window.workspace("cashier")
    kb.press(K.Key_3, CTRL)
    assert QApplication.focusWidget() is cashier.scan
    kb.type(queries.get_order(ctx, order_id).order.number)
    kb.press(K.Key_Return)
    qtbot.waitUntil(
        lambda: cashier.view.detail is not None and cashier.view.detail.id == order_id,
        timeout=WAIT,
    )
    kb.press(K.Key_F4)
    due = queries.get_order(ctx, order_id).balance
    assert state(ctx, order_id) is OrderState.SETTLED and due > 0
    kb.press(K.Key_F6)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QDialog), timeout=WAIT)
    pay = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is pay.rows[0].amount, timeout=WAIT)
    kb.type("100")  # 100 in cash, the rest by WeChat Pay
    kb.press(K.Key_N, CTRL)  # another method (the button's shortcut clicks after ~100 ms)
    qtbot.waitUntil(lambda: len(pay.rows) == 2, timeout=WAIT)
    assert pay.rows[1].method.currentData() == PaymentMethod.WECHAT.value
    kb.press(K.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not isValid(pay) or not pay.isVisible(), timeout=WAIT)
    back_to(qtbot, window)
    wait_tasks()
    kb.press(K.Key_F9)
    assert state(ctx, order_id) is OrderState.RELEASED

    # --- the database afterwards ------------------------------------------------------------
    d = queries.get_order(ctx, order_id)
    assert d.customer.id == before.customer.id and d.asset.id == before.asset.id
    assert d.order.symptom == "刹车时有异响，方向盘抖动"
    assert d.inspection is not None and len(d.inspection.items) == 3
    by_code = {l.code: l for l in d.lines}
    assert by_code["L-BRAKE"].payer is Payer.CUSTOMER
    assert by_code["P-BRKPAD-F"].payer is Payer.WARRANTY
    wiper = by_code["P-WIPER"]
    assert wiper.is_extra and wiper.approval is Approval.APPROVED
    assert wiper.approval_method is ApprovalMethod.PHONE
    assert d.settlement is not None
    assert d.settlement.free_total == Decimal("580.00")  # the warranty line
    assert d.settlement.customer_due == Decimal("360.00")  # brake labor 200 + wipers 160
    methods = sorted((p.method.value, p.amount) for p in d.payments)
    assert methods == [("cash", Decimal("100.00")), ("wechat", Decimal("260.00"))]
    assert d.paid == d.settlement.customer_due and d.release is not None
    assert [h.to_state for h in d.order.history][-1] is OrderState.RELEASED
    assert len(customer_file(ctx, d.customer.id).orders) == 2
    with capsys.disabled():
        print(
            f"\n[e2e full visit] intake: {intake_keys} key presses; whole visit: "
            f"{kb.presses} key presses (search characters included), {kb.actions} other "
            f"actions, {kb.text_chars} characters of free text"
        )


def test_counter_speed_returning_intake_and_pickup(qtbot, ctx, tech, manager, window, capsys):
    returning_customer(ctx, tech)
    kb = Keyboard(qtbot)
    reception, flow = find_by_plate_and_start_intake(qtbot, kb, window)
    symptom_and_three_checks(qtbot, kb, flow, "保养")
    add_catalog_line(qtbot, kb, flow.current(), "L-MA", 1)  # finds L-MAINT
    order_id = confirm_intake(qtbot, kb, reception, flow)  # Ctrl+Enter from the estimate
    intake_presses = kb.presses
    d = queries.get_order(ctx, order_id)
    assert d.order.state is OrderState.APPROVED and len(d.inspection.items) == 3
    assert [l.code for l in d.lines] == ["L-MAINT"] and d.order.symptom == "保养"

    # the workshop's part, not counted here
    from app.services import workflow

    workflow.assign(ctx, order_id, tech.actor.user_id)
    workflow.start_work(tech, order_id)
    workflow.finish_work(tech, order_id)
    workflow.quality_check(manager, order_id, True)

    pickup = Keyboard(qtbot)
    window.switch_to("cashier")
    cashier = window.workspace("cashier")
    assert QApplication.focusWidget() is cashier.scan
    pickup.type(d.order.number)  # the scanner types the code ...
    pickup.press(K.Key_Return)  # ... and Enter: one scan
    qtbot.waitUntil(lambda: cashier.view.detail is not None, timeout=WAIT)
    pickup.press(K.Key_F4)  # settle
    wait_tasks()  # each key's answer is back before the next (a key while busy sends nothing)
    pickup.press(K.Key_F5)  # cash in full
    wait_tasks()
    pickup.press(K.Key_F9)  # release
    wait_tasks()
    after = queries.get_order(ctx, order_id)
    assert after.order.state is OrderState.RELEASED and after.balance == 0
    pickup_actions = pickup.presses + pickup.actions
    with capsys.disabled():
        print(
            f"\n[counter speed] returning-customer intake: {intake_presses} key presses "
            f"(search characters included; +{kb.text_chars} characters of the customer's "
            f"words): {' '.join(kb.log)}"
            f"\n[counter speed] pickup: {pickup_actions} actions: {' '.join(pickup.log)}"
        )
    assert intake_presses <= 25
    assert pickup_actions <= 4


@pytest.fixture
def chinese(qapp):
    i18n.install("zh_CN")
    yield
    i18n.install("en")


def test_new_customer_visit_in_chinese(qtbot, ctx, tech, chinese, adapter, keep, capsys):
    window = MainWindow(ctx, adapter, "Counter 1", "Li Na", "WenQuanYi Micro Hei")
    keep(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    window.switch_to("reception")
    reception = window.workspace("reception")
    assert reception.title() == "前台接待"
    kb = Keyboard(qtbot)
    kb.press(K.Key_N, CTRL)
    flow = reception.flow
    assert flow.steps[0].title() == "客户"
    kb.type_chinese("欧阳娜娜")
    kb.press(K.Key_Return)
    kb.type("13698765432")
    kb.press(K.Key_PageDown)
    kb.press(K.Key_Return)  # kind: vehicle
    kb.type_chinese("粤")
    kb.type("A9K3P2")
    kb.press(K.Key_Tab)
    kb.press(K.Key_Tab)  # no VIN at hand
    kb.type_chinese("比亚迪")
    kb.press(K.Key_Tab)
    kb.type_chinese("秦")
    kb.press(K.Key_PageDown)
    assert flow.index() == STEP_VISIT, flow.current().general_error.text()
    kb.type_chinese("空调不制冷，有异味")
    kb.press(K.Key_PageDown)
    qtbot.waitUntil(flow.current().ready, timeout=WAIT)
    assert flow.current().model.index(0, 0).data() == "外观"
    kb.press(K.Key_1)
    kb.press(K.Key_PageDown)
    estimate = flow.current()
    kb.type_chinese("空调")
    qtbot.waitUntil(lambda: estimate.results_model.rowCount() >= 1, timeout=WAIT)
    assert estimate.results_model.index(0, 1).data() == "空调系统清洗"
    kb.press(K.Key_Return)
    qtbot.waitUntil(lambda: estimate.model.rowCount() == 1, timeout=WAIT)
    order_id = confirm_intake(qtbot, kb, reception, flow)
    assert reception.order.offer_text.text().startswith("工单 ")
    d = queries.get_order(ctx, order_id)
    assert d.customer.name == "欧阳娜娜" and d.asset.plate == "粤A9K3P2"
    assert d.asset.make == "比亚迪" and d.asset.model == "秦"
    assert d.order.symptom == "空调不制冷，有异味"
    assert [l.description for l in d.lines] == ["空调系统清洗"]
    assert d.order.state is OrderState.APPROVED
    assert d.inspection.items[0].label_zh == "外观"
    with capsys.disabled():
        print(f"\n[e2e Chinese] new-customer intake: {kb.presses} key presses")
