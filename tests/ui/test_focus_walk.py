"""Tab walks the focus through every desk (the reception with each of its views and every
intake step, the workshop, the cashier, the customer file, settings, stations, every setup
page) and every dialog (payment, reason, finding / extra work, line payer, approval, pause,
print preview, switch user, catalog item and its import / export, staff member, PIN and
password, sign in, first start, database connection): every enabled, visible control that takes the
focus by Tab is reached, forwards and backwards, and no table, list or text box keeps Tab.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from app.domain.enums import (
    AssetKind,
    ComplaintChannel,
    ComplaintKind,
    ComplaintSeverity,
    OrderState,
    Role,
)
from app.domain.permissions import Permission
from app.printing.staff_card import StaffCard, render_staff_card
from app.services import complaints, staff
from app.services.complaints import ComplaintInput
from app.settings.station import StationStore
from tests.factories import customer, order_in_state, vehicle
from tests.ui.conftest import wait_tasks
from tests.ui.keyboard import FocusWalk, describe, focusables, tab_leaves, walk_tab
from ui.appointments.booking_dialog import BookingDialog
from ui.auth.approval_dialog import ApprovalDialog
from ui.auth.first_start import FirstStartWizard
from ui.auth.sign_in_dialog import SignInDialog
from ui.auth.switch_dialog import SwitchUserDialog
from ui.care.complaint_dialogs import ComplaintActionDialog, RecordComplaintDialog
from ui.cashier.payment_dialog import PaymentDialog
from ui.cashier.reason_dialog import ReasonDialog
from ui.common.line_payer_dialog import LinePayerDialog
from ui.printing.dialog import PrintPreviewDialog
from ui.reception.intake_state import STEP_CONFIRM
from ui.setup.catalog_import import ExportDialog, ImportDialog
from ui.setup.catalog_item_dialog import CatalogItemDialog
from ui.setup.staff_dialogs import SecretDialog, StaffCardDialog, StaffDialog
from ui.shell.main_window import MainWindow
from ui.stations.connection_dialog import ConnectionDialog
from ui.workshop.finding_dialog import FindingDialog
from ui.workshop.pause_dialog import PauseDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def check_walk(qtbot, window: QWidget, where: str) -> FocusWalk:
    """Tab and Shift+Tab round ``window``: all reached, nothing kept; then each table, list
    and text box is left by Tab."""
    wait_tasks()
    assert focusables(window), f"{where}: nothing takes the focus"
    forward = walk_tab(qtbot, window)
    assert not forward.traps and not forward.missed, f"{where} (Tab): {forward.report()}"
    backward = walk_tab(qtbot, window, back=True)
    assert not backward.traps and not backward.missed, f"{where} (Shift+Tab): {backward.report()}"
    kept = [
        describe(w)
        for w in focusables(window)
        if isinstance(w, QAbstractItemView | QPlainTextEdit | QTextEdit)
        and not (tab_leaves(qtbot, w) and tab_leaves(qtbot, w, back=True))
    ]
    assert kept == [], f"{where}: Tab is kept by {kept}"
    views = [
        describe(w)
        for w in window.findChildren(QAbstractItemView)
        if w.window() is window and w.tabKeyNavigation()
    ]
    assert views == [], f"{where}: tables that would keep Tab once shown: {views}"
    return forward


@pytest.fixture
def window(qtbot, ctx, tech, adapter, keep):
    states = (OrderState.APPROVED, OrderState.IN_PROGRESS, OrderState.READY)
    orders = {
        state.value: order_in_state(
            ctx,
            tech,
            state,
            asset=vehicle(plate, vin=None),
            customer=customer(name, phone),
        ).id
        for state, plate, name, phone in zip(
            states,
            ("粤B12345", "粤B6Q781", "京N3M456"),
            ("李娜", "张伟", "赵磊"),
            ("13812345670", "13812345671", "13812345672"),
            strict=True,
        )
    }
    win = MainWindow(ctx, adapter, "Counter 1", "Li Na", "WenQuanYi Micro Hei")
    keep(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=3000)
    win.orders = orders
    yield win
    wait_tasks()


def test_reception_desk_views_and_every_intake_step(qtbot, window):
    reception = window.workspace("reception")
    window.switch_to("reception")
    check_walk(qtbot, window, "reception: recent orders")
    order_id = window.orders["approved"]
    reception.open_order(order_id)
    qtbot.waitUntil(lambda: reception.order.detail is not None, timeout=5000)
    check_walk(qtbot, window, "reception: an order")
    reception.open_customer(reception.order.detail.customer.id)
    wait_tasks()
    check_walk(qtbot, window, "reception: a customer")
    reception.start_intake()
    flow = reception.flow
    flow.state.customer_name, flow.state.customer_phone = "Li Lei", "13900001111"
    flow.state.asset = {"plate": "粤B6Q781"}
    for n in range(STEP_CONFIRM + 1):
        flow.go_to(n)
        wait_tasks()
        check_walk(qtbot, window, f"intake step {n + 1} ({flow.current().title()})")


@pytest.mark.parametrize(
    "desk", ["workshop", "cashier", "customer", "settings", "stations", "appointments"]
)
def test_every_desk(qtbot, window, desk):
    window.switch_to(desk)
    wait_tasks()
    ws = window.workspace(desk)
    if desk == "workshop":
        ws.open_order(window.orders["in_progress"])
        qtbot.waitUntil(lambda: ws.panel.detail is not None, timeout=5000)
    if desk == "cashier":
        ws.open_order(window.orders["ready"])
        qtbot.waitUntil(lambda: ws.view.detail is not None, timeout=5000)
    if desk == "customer":
        detail = window.workspace("reception")
        detail.open_order(window.orders["ready"])
        qtbot.waitUntil(lambda: detail.order.detail is not None, timeout=5000)
        window.switch_to("customer")
        ws.show_customer(detail.order.detail.customer.id)
    tabs = getattr(ws, "tabs", None)  # the workshop's pages, the customer file's tabs
    for n in range(tabs.count() if tabs is not None else 1):
        if tabs is not None:
            tabs.setCurrentIndex(n)
            wait_tasks()
        where = f"{desk}: {tabs.tabText(n)}" if tabs is not None else desk
        check_walk(qtbot, window, where)


def test_lock_screen(qtbot, window):
    window.lock()
    check_walk(qtbot, window, "lock screen")


def test_care_due_lists_and_figures(qtbot, window):
    """The care desk's due lists (Alt+3) and figures (Alt+4)."""
    window.switch_to("care")
    care = window.workspace("care")
    care.show_tab(2)
    for kind in ("maintenance", "birthday"):
        care.due.show_kind(kind)
        wait_tasks()
        check_walk(qtbot, window, f"care: due list {kind}")
    care.show_tab(3)
    wait_tasks()
    check_walk(qtbot, window, "care: figures")


def test_every_setup_page(qtbot, manager, adapter, keep):
    window = MainWindow(manager, adapter, "Counter 1", "Zhou Jie", "WenQuanYi Micro Hei")
    keep(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    wait_tasks()
    window.switch_to("setup")
    setup = window.workspace("setup")
    for n in range(setup.index.count()):
        setup.show_page(n)
        wait_tasks()
        check_walk(qtbot, window, f"setup page {n + 1} ({setup.page_title.text()})")


def test_care_desk_follow_ups(qtbot, manager, adapter, keep):
    """The care desk's follow-up tab: the list alone, then with a call open beside it."""
    from datetime import timedelta

    from app.domain.types import utcnow
    from tests.app import _care

    for n, name in enumerate(("陈洁", "林芳")):
        c = _care.customer(manager, name)
        _care.released(manager, c, _care.asset(manager, c), utcnow() - timedelta(days=7, hours=n))
    window = MainWindow(manager, adapter, "Counter 1", "Zhou Jie", "WenQuanYi Micro Hei")
    keep(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.switch_to("care")
    care = window.workspace("care")
    care.show_tab(0)
    tab = care.followups
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=5000)
    check_walk(qtbot, window, "care: follow-ups")
    tab.table.setFocus()
    tab.open_current()
    assert tab.panel.row is not None
    check_walk(qtbot, window, "care: follow-ups, a call open")


# --- dialogs -----------------------------------------------------------------------------


def open_dialog(qtbot, keep, dialog: QWidget) -> QWidget:
    keep(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
    wait_tasks()
    return dialog


def dialogs(ctx, tech, tmp_path) -> dict[str, object]:
    order = order_in_state(ctx, tech, OrderState.READY)
    nothing = lambda *a: None  # noqa: E731
    return {
        "payment": lambda: PaymentDialog(order.order.number, Decimal("100.00"), nothing),
        "reason": lambda: ReasonDialog(
            "Refund", "Why is the money paid back?", "Refund", nothing, amount=Decimal("10.00")
        ),
        "finding": lambda: FindingDialog(
            ctx, order.order.number, AssetKind.VEHICLE, nothing, can_pause=True
        ),
        "line payer": lambda: LinePayerDialog(ctx, order),
        "approval": lambda: ApprovalDialog(
            ctx, Permission.DISCOUNT_OVER_LIMIT, f"order:{order.id}", "Discount 30%"
        ),
        "pause": lambda: PauseDialog(order.order.number, nothing),
        "print preview": lambda: PrintPreviewDialog(
            ctx, "work-order", order.id, StationStore(tmp_path / "station.json")
        ),
        "switch user": lambda: SwitchUserDialog(ctx, "Li Na"),
        "catalog item": lambda: CatalogItemDialog(ctx),
        "staff member": lambda: StaffDialog(ctx),
        "sign in": lambda: SignInDialog(ctx.db, "Counter 1"),
        "database connection": lambda: ConnectionDialog(StationStore(tmp_path / "conn.json")),
        "pin": lambda: SecretDialog(ctx, staff.get_staff(ctx, ctx.actor.user_id), "pin"),
        "password": lambda: SecretDialog(ctx, staff.get_staff(ctx, ctx.actor.user_id), "password"),
        "catalog import": lambda: ImportDialog(ctx, catalog_file(tmp_path)),
        "catalog export": lambda: ExportDialog(),
        "first start": lambda: FirstStartWizard(ctx.db, "Counter 1"),
        "asset": lambda: asset_dialog(ctx, order),
        "legal facts": lambda: pytest.importorskip(
            "ui.reception.legal_facts_dialog"
        ).LegalFactsDialog(ctx, order),
        "record complaint": lambda: RecordComplaintDialog(ctx),
        "booking": lambda: BookingDialog(ctx, None, order.customer.id, order.asset.id),
        "complaint step": lambda: ComplaintActionDialog(ctx, _complaint(ctx), "advance"),
        "complaint handover": lambda: ComplaintActionDialog(
            ctx, _complaint(ctx), "handover", complaints.complaint_handlers(ctx)
        ),
        "staff card": lambda: StaffCardDialog(
            render_staff_card(StaffCard("李娜", "lina", Role.ADVISOR, "WBC-1234", "Workbay")),
            "李娜",
        ),
    }


#: the classes the factories above make, by name (checked against ui/'s dialogs)
FACTORY_CLASSES = (
    "ui.cashier.payment_dialog.PaymentDialog",
    "ui.cashier.reason_dialog.ReasonDialog",
    "ui.workshop.finding_dialog.FindingDialog",
    "ui.common.line_payer_dialog.LinePayerDialog",
    "ui.auth.approval_dialog.ApprovalDialog",
    "ui.workshop.pause_dialog.PauseDialog",
    "ui.printing.dialog.PrintPreviewDialog",
    "ui.auth.switch_dialog.SwitchUserDialog",
    "ui.setup.catalog_item_dialog.CatalogItemDialog",
    "ui.setup.staff_dialogs.StaffDialog",
    "ui.auth.sign_in_dialog.SignInDialog",
    "ui.stations.connection_dialog.ConnectionDialog",
    "ui.setup.staff_dialogs.SecretDialog",
    "ui.setup.catalog_import.ImportDialog",
    "ui.setup.catalog_import.ExportDialog",
    "ui.auth.first_start.FirstStartWizard",
    "ui.setup.staff_dialogs.StaffCardDialog",
    "ui.customer.asset_dialog.AssetDialog",
    "ui.reception.legal_facts_dialog.LegalFactsDialog",
    "ui.care.complaint_dialogs.RecordComplaintDialog",
    "ui.care.complaint_dialogs.ComplaintActionDialog",
    "ui.appointments.booking_dialog.BookingDialog",
)


def _complaint(ctx) -> object:
    """A complaint just recorded: its next step (judging) asks for the kind and severity."""
    row = complaints.record_complaint(
        ctx,
        ComplaintInput(
            ComplaintChannel.PHONE, ComplaintKind.SERVICE, ComplaintSeverity.GENERAL, "交车延误"
        ),
    )
    return row


def asset_dialog(ctx, order) -> QDialog:
    # the customer file's vehicle / device dialog (new: walked as soon as it is there)
    module = pytest.importorskip("ui.customer.asset_dialog")
    return module.AssetDialog(ctx, order.asset)


def catalog_file(tmp_path) -> object:
    path = tmp_path / "parts.csv"
    path.write_text("code,kind,name_zh,name_en,price\nP-7,part,机油滤清器,Oil filter,38.00\n")
    return path


@pytest.mark.parametrize(
    "name",
    [
        "payment",
        "reason",
        "finding",
        "line payer",
        "approval",
        "pause",
        "print preview",
        "switch user",
        "catalog item",
        "staff member",
        "sign in",
        "database connection",
        "pin",
        "password",
        "catalog import",
        "catalog export",
        "first start",
        "staff card",
        "asset",
        "legal facts",
        "record complaint",
        "complaint step",
        "complaint handover",
        "booking",
    ],
)
def test_every_dialog(qtbot, ctx, tech, keep, tmp_path, name):
    dialog = open_dialog(qtbot, keep, dialogs(ctx, tech, tmp_path)[name]())
    if name == "finding":
        qtbot.waitUntil(lambda: dialog.catalog_model.rowCount() > 0, timeout=5000)
        dialog.add_catalog_item(dialog.catalog_model.item(0))
    check_walk(qtbot, dialog, name)


def test_every_dialog_class_is_walked(ctx, tech, tmp_path):
    """A dialog added to the client is walked here too (its class is made by a factory)."""
    import importlib
    import pkgutil

    import ui

    for info in pkgutil.walk_packages(ui.__path__, "ui."):
        importlib.import_module(info.name)

    def subclasses(cls: type) -> set[type]:
        found = set(cls.__subclasses__())
        return found | {s for c in found for s in subclasses(c)}

    shown = {
        cls
        for cls in subclasses(QDialog)
        if cls.__module__.startswith("ui.") and not cls.__name__.startswith("_")
    }
    made = {c for c in subclasses(QDialog) if f"{c.__module__}.{c.__qualname__}" in FACTORY_CLASSES}
    # a base class is walked through its subclass (the connection view through its dialog)
    missing = {c for c in shown if c not in made and not any(issubclass(m, c) for m in made)}
    assert not missing, sorted(c.__qualname__ for c in missing)
