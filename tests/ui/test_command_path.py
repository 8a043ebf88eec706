"""One command path for every desk: no service runs on the GUI thread during a whole visit
through the desks (checked where every service opens its transaction, and in the source);
a slow server never freezes a desk and a second key while an action is on its way sends
nothing; actions made during an outage are kept in the outbox, counted in the status bar,
and sent once when the server is back."""

from __future__ import annotations

import ast
import threading
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.db.engine import Database
from app.domain.enums import LineKind, OrderState, PaymentKind, PaymentMethod, Role
from app.services import lines, queries
from app.services.inputs import LineInput, PaymentInput
from app.services.outbox import Outbox
from app.services.people import as_user
from tests.factories import order_in_state, vehicle
from tests.ui.desk_support import settle_tasks
from ui.cashier import CashierWorkspace
from ui.common import commands
from ui.reception.extra_work_panel import ExtraWorkPanel
from ui.reception.order_panel import OrderPanel
from ui.shell.status import StatusBar
from ui.stations.live import LiveSync
from ui.workshop import WorkshopWorkspace
from ui.workshop.pause_dialog import PauseDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

UI = Path(__file__).resolve().parents[2] / "ui"


class SessionThreads:
    """Records the thread of every transaction a service opens (``Database.read``/``write``)
    while armed."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.armed = False
        self.on_gui: list[str] = []
        self.off_gui = 0
        for name in ("read", "write"):
            original = getattr(Database, name)
            monkeypatch.setattr(Database, name, self._wrap(original, name))

    def _wrap(self, original: Any, name: str) -> Any:
        def wrapped(db: Database, *args: Any, **kwargs: Any) -> Any:
            if self.armed:
                if threading.current_thread() is threading.main_thread():
                    import traceback

                    self.on_gui.append(f"{name}: " + "".join(traceback.format_stack(limit=6)))
                else:
                    self.off_gui += 1
            return original(db, *args, **kwargs)

        return wrapped


def show(qtbot, w) -> None:
    """Shown and active: the desk's keys act."""
    w.show()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)


@pytest.fixture
def threads(monkeypatch: pytest.MonkeyPatch) -> Iterator[SessionThreads]:
    yield SessionThreads(monkeypatch)


def test_a_whole_visit_through_the_desks_calls_no_service_on_the_gui_thread(
    qtbot, ctx, manager, adapter, threads
):
    tech = as_user(ctx, "Wang Wei", Role.TECHNICIAN)
    order = order_in_state(ctx, tech, OrderState.OPEN, asset=vehicle("粤B7C001", None))

    threads.armed = True
    # reception: the customer signs the work order
    panel = OrderPanel(manager)
    qtbot.addWidget(panel)
    panel.show_order(order.id)
    qtbot.waitUntil(lambda: panel.detail is not None)
    panel.approve.click()
    settle_tasks(qtbot)
    assert panel.detail.order.state is OrderState.APPROVED

    # workshop: assign, start, pause (dialog), resume
    w = WorkshopWorkspace(manager, adapter)
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.panel.technicians.count() > 0)
    w.open_order(order.id)
    qtbot.waitUntil(lambda: w.panel.detail is not None and w.panel.detail.id == order.id)
    w.panel.technicians.setCurrentIndex(w.panel.technicians.findText("Wang Wei"))
    for button in (w.panel.assign, w.panel.start):
        button.click()
        settle_tasks(qtbot)
    assert w.panel.detail.order.state is OrderState.IN_PROGRESS
    w.panel.pause.click()
    dialog = w.findChild(PauseDialog)
    dialog.ok_button.click()
    settle_tasks(qtbot)
    assert w.panel.detail.order.state is OrderState.PAUSED
    w.panel.resume.click()
    settle_tasks(qtbot)

    # a finding arrives (another station); the advisor records the customer's yes
    threads.armed = False
    lines.propose_extra_work(tech, order.id, [LineInput(LineKind.PART, "雨刮片", "2", "45.00")])
    threads.armed = True
    extra = ExtraWorkPanel(manager)
    qtbot.addWidget(extra)
    extra.reload()
    qtbot.waitUntil(lambda: extra.model.rowCount() == 1)
    extra.approve.click()
    settle_tasks(qtbot)
    qtbot.waitUntil(lambda: extra.model.rowCount() == 0)

    # workshop: done, quality check
    w._load_order(order.id, False)  # the panel follows the change (as the feed would say)
    qtbot.waitUntil(lambda: w.panel.detail.version > order.version + 5)
    for button in (w.panel.done, w.panel.qc_pass):
        qtbot.waitUntil(button.isEnabled)
        button.click()
        settle_tasks(qtbot)
    assert w.panel.detail.order.state is OrderState.READY

    # cashier: scan, settle, cash in full, release
    c = CashierWorkspace(manager, adapter)
    qtbot.addWidget(c)
    show(qtbot, c)
    c.scan.setText(order.order.number)
    qtbot.keyClick(c.scan, Qt.Key.Key_Return)
    settle_tasks(qtbot)
    for key in (Qt.Key.Key_F4, Qt.Key.Key_F5, Qt.Key.Key_F9):
        qtbot.keyClick(c.scan, key)
        settle_tasks(qtbot)
    threads.armed = False

    d = queries.get_order(ctx, order.id)
    assert d.order.state is OrderState.RELEASED and d.balance == Decimal("0.00")
    assert threads.off_gui > 10
    assert threads.on_gui == [], threads.on_gui[0]


def _desk_write_services() -> set[tuple[str, str]]:
    return {(fn.__module__, fn.__name__) for fn in commands.COMMANDS.values()}


#: modules outside the desks allowed to name a desk action's service: the first start wizard
#: saves the shop before any station (or desk) exists, off the GUI thread through ``call``
OUTSIDE_THE_DESKS = {("auth", "first_start.py")}


def test_no_desk_calls_a_write_service_but_through_the_command_path():
    """In the source: a service that changes something (``commands.COMMANDS``: the desks'
    and the Setup desk's) is named in ui/ only by ui/common/commands.py; every desk sends it
    through there."""
    wanted = _desk_write_services()
    found = []
    for path in sorted(UI.rglob("*.py")):
        if path.name == "commands.py" and path.parent.name == "common":
            continue
        if (path.parent.name, path.name) in OUTSIDE_THE_DESKS:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        modules: dict[str, str] = {}  # local name -> app.services module
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("app.services"):
                for alias in node.names:
                    if (node.module, alias.name) in wanted:
                        found.append(f"{path.relative_to(UI)}: imports {alias.name}")
                    modules[alias.asname or alias.name] = f"{node.module}.{alias.name}"
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and (modules.get(node.value.id), node.attr) in wanted
            ):
                found.append(f"{path.relative_to(UI)}:{node.lineno}: {node.value.id}.{node.attr}")
    assert found == []
    # and the registry covers what the desks do
    assert {"pay", "refund", "settle", "release", "start_work", "decide_extra_work"} <= set(
        commands.COMMANDS
    )


def test_the_setup_desk_names_no_service_that_writes():
    """Every service the Setup desk's modules name is one that only reads (its changes are
    desk actions of ui/common/commands.py): any name of an ``app.services`` module used in
    ui/setup that writes (opens ``db.write``) must be a command."""
    import importlib
    import inspect

    named: set[tuple[str, str]] = set()
    for path in sorted((UI / "setup").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        modules: dict[str, str] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module == "app.services":
                for alias in node.names:
                    modules[alias.asname or alias.name] = f"app.services.{alias.name}"
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
                module = modules.get(node.value.id)
                if module is not None:
                    named.add((module, node.attr))
    assert named, "the setup pages read through services"
    writers = []
    for module, name in sorted(named):
        fn = getattr(importlib.import_module(module), name)
        if callable(fn) and "db.write()" in inspect.getsource(fn):
            writers.append(f"{module}.{name}")
    assert writers == []
    setup_actions = {
        "save_shop_profile", "set_logo", "clear_logo", "add_catalog_item",
        "update_catalog_item", "set_catalog_item_active", "apply_catalog_import",
        "save_checklist", "write_settings", "add_user", "update_user", "set_password",
        "set_pin", "unlock_account", "issue_card",
    }  # fmt: skip
    assert setup_actions <= set(commands.COMMANDS)


@pytest.fixture
def settled(ctx, tech):
    return order_in_state(ctx, tech, OrderState.SETTLED, asset=vehicle("粤B7C002", None))


def test_a_slow_server_never_freezes_the_desk_and_a_second_key_pays_nothing(
    qtbot, ctx, cashier, settled, adapter, monkeypatch
):
    real_pay = commands.COMMANDS["pay"]

    def slow_pay(*args: Any, **kwargs: Any) -> Any:
        time.sleep(3)
        return real_pay(*args, **kwargs)

    monkeypatch.setitem(commands.COMMANDS, "pay", slow_pay)
    c = CashierWorkspace(cashier, adapter)
    qtbot.addWidget(c)
    show(qtbot, c)
    c.open_order(settled.id)
    qtbot.waitUntil(lambda: c.view.detail is not None)
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(50)
    started = time.monotonic()
    qtbot.keyClick(c.scan, Qt.Key.Key_F5)
    assert c.actions.commands.busy
    assert c.message.text() == "Sending…"  # the desk shows it is busy
    qtbot.keyClick(c.scan, Qt.Key.Key_F5)  # the customer waits; the cashier presses again
    assert "not sent a second time" in c.message.text()
    qtbot.keyClick(c.scan, Qt.Key.Key_F6)  # nor does the dialog's payment go out meanwhile
    qtbot.waitUntil(lambda: not c.actions.commands.busy, timeout=15_000)
    timer.stop()
    took = time.monotonic() - started
    assert took >= 3
    # the event loop kept going the whole time: ticks all along, no gap near the 3 s
    during = [t for t in ticks if t - started < took]
    assert len(during) >= 20
    gaps = [b - a for a, b in zip([started, *during], during, strict=False)]
    assert max(gaps) < 1.0
    settle_tasks(qtbot)
    d = queries.get_order(ctx, settled.id)
    assert [p.kind for p in d.payments] == [PaymentKind.PAYMENT]
    assert d.balance == Decimal("0.00") and c.view.detail.balance == Decimal("0.00")
    for dialog in c.findChildren(object):
        if type(dialog).__name__ == "PaymentDialog":
            dialog.reject()  # F6 on a paid order opens nothing; if it did, close it
    settle_tasks(qtbot)


def test_actions_in_an_outage_are_kept_counted_and_sent_once_when_back(
    qtbot, ctx, cashier, tech, settled, adapter, tmp_path
):
    live = LiveSync(cashier, outbox=Outbox(tmp_path / "outbox.sqlite3"), heartbeat_ms=0)
    status = StatusBar(cashier, "Cashier", "Zhao Min")
    qtbot.addWidget(status)
    status.follow(live)
    # what live.start() wires, without its background threads (the test says when it is out)
    live.outbox.subscribe(live._outbox_from_thread.emit)
    live.monitor.report_failure(None)
    assert not live.online
    c = CashierWorkspace(cashier, adapter, live=live)
    qtbot.addWidget(c)
    show(qtbot, c)
    c.open_order(settled.id)
    qtbot.waitUntil(lambda: c.view.detail is not None)

    qtbot.keyClick(c.scan, Qt.Key.Key_F5)  # cash in full, while the server is out of reach
    settle_tasks(qtbot)
    assert "kept on this station" in c.message.text()
    (entry,) = live.outbox.entries(cashier.db)
    assert (entry.action, entry.status, entry.subject) == ("pay", "pending", settled.order.number)
    assert entry.request_id
    qtbot.waitUntil(lambda: status.waiting_count == 1, timeout=3000)
    assert not status.waiting.isHidden()
    assert "kept offline" in status.waiting.text() and "1" in status.waiting.text()
    # no made-up state: the desk shows the balance the server has, and takes no second
    # action on the order until the kept one was sent
    assert c.view.detail.balance == settled.balance
    qtbot.keyClick(c.scan, Qt.Key.Key_F9)
    settle_tasks(qtbot)
    assert "waits to be sent" in c.message.text()
    c.open_order(settled.id)  # opened again (say after a restart): the desk says it waits
    # (the outbox is asked once the order is shown: a second task, started by the first's
    # answer; under load one settle could end between the two)
    qtbot.waitUntil(lambda: "do not take the money" in c.message.text(), timeout=5000)
    assert "waits to be sent" in c.message.text()
    assert queries.get_order(ctx, settled.id).payments == []

    # the server is back: sent once; sending again (a replay after a lost answer) pays nothing
    live.monitor.report_success()
    report = live.outbox.replay(cashier.db)
    assert len(report.applied) == 1 and report.remaining == 0
    same = {
        "order_id": settled.id,
        "parts": [PaymentInput(PaymentMethod.CASH, settled.balance)],
        "version": settled.version,
    }
    live.outbox.enqueue(cashier, "pay", entry.request_id, same)
    again = live.outbox.replay(cashier.db)
    assert len(again.applied) == 1 and again.failed == []
    d = queries.get_order(ctx, settled.id)
    assert len(d.payments) == 1 and d.balance == Decimal("0.00")
    qtbot.waitUntil(lambda: status.waiting_count == 0 and status.waiting.isHidden())
    settle_tasks(qtbot)


def test_a_kept_action_the_server_refuses_is_kept_as_failed_and_said(
    qtbot, ctx, tech, adapter, tmp_path
):
    """A start typed offline; meanwhile another station started the job: on replay the
    server refuses it (the order changed), it stays in the outbox as failed with the reason,
    and the status bar says so."""
    order = order_in_state(ctx, tech, OrderState.ASSIGNED, asset=vehicle("粤B7C003", None))
    live = LiveSync(tech, outbox=Outbox(tmp_path / "outbox.sqlite3"), heartbeat_ms=0)
    status = StatusBar(tech, "Bay 1", "Wang Wei")
    qtbot.addWidget(status)
    status.follow(live)
    live.monitor.report_failure(None)
    w = WorkshopWorkspace(tech, adapter, live=live)
    qtbot.addWidget(w)
    w.open_order(order.id)
    qtbot.waitUntil(lambda: w.panel.detail is not None and w.panel.detail.id == order.id)
    w.panel.start.click()
    settle_tasks(qtbot)
    assert "kept on this station" in w.panel.message.text()
    assert w.panel.detail.order.state is OrderState.ASSIGNED  # nothing made up
    other = as_user(ctx, "Zhou Qiang", Role.TECHNICIAN)
    from app.services import workflow

    workflow.start_work(other, order.id, version=order.version)
    live.monitor.report_success()
    report = live.outbox.replay(tech.db)
    assert [e.action for e, _ in report.failed] == ["start_work"]
    (failed,) = live.outbox.entries(tech.db)
    assert failed.status == "failed" and failed.error and failed.subject == order.order.number
    live.replayed.emit(report)
    assert "refused" in status.currentMessage() and "Stations" in status.currentMessage()


def test_the_setup_desk_saves_through_the_command_path_off_the_gui_thread(
    qtbot, manager, adapter, threads, monkeypatch
):
    """Setup's pages and dialogs load off the GUI thread and send their changes as desk
    actions: the shop profile, a checklist, a catalog item (added inactive: two actions),
    a member of staff and their PIN, a staff card."""
    from app.services import catalog, setup, shop, staff
    from ui.setup import SetupWorkspace
    from ui.setup.catalog_page import CatalogPage
    from ui.setup.checklists_page import ChecklistsPage
    from ui.setup.shop_page import ShopPage
    from ui.setup.staff_page import StaffPage

    sent: list[str] = []
    real_send = commands.send

    def recording_send(ctx, live, action, kwargs, subject=None):
        sent.append(action)
        return real_send(ctx, live, action, kwargs, subject)

    monkeypatch.setattr(commands, "send", recording_send)
    threads.armed = True
    desk = SetupWorkspace(manager, adapter)
    qtbot.addWidget(desk)
    desk.show()
    settle_tasks(qtbot)

    page = desk.page(ShopPage)
    desk.show_page(desk.pages.index(page))
    settle_tasks(qtbot)
    page.edits["phone"].setText("0755-88886666")
    page.save()
    settle_tasks(qtbot)
    checklists = desk.page(ChecklistsPage)
    desk.show_page(desk.pages.index(checklists))
    settle_tasks(qtbot)
    checklists.save()
    settle_tasks(qtbot)
    cat = desk.page(CatalogPage)
    desk.show_page(desk.pages.index(cat))
    settle_tasks(qtbot)
    dialog = cat.open_dialog(None)
    dialog.kind.setCurrentIndex(dialog.kind.findData(LineKind.PART))
    for widget, text in (
        (dialog.code, "P-7001"),
        (dialog.name_zh, "机油滤芯"),
        (dialog.name_en, "Oil filter"),
        (dialog.price, "45.00"),
    ):
        widget.setText(text)
    dialog.active.setChecked(False)
    dialog.save()
    settle_tasks(qtbot)
    people = desk.page(StaffPage)
    desk.show_page(desk.pages.index(people))
    settle_tasks(qtbot)
    add = people.add_person()
    add.login.setText("zhaomin")
    add.name.setText("Zhao Min")
    add.main_role.setCurrentIndex(add.main_role.findData(Role.CASHIER))
    add.password.setText("counter-2026")
    add.password_again.setText("counter-2026")
    add.save()
    settle_tasks(qtbot)
    threads.armed = False
    (person,) = [p for p in staff.list_staff(manager) if p.login == "zhaomin"]
    threads.armed = True
    people.print_card(person)
    # the card is drawn by a second task the first one's answer starts: wait for it
    qtbot.waitUntil(lambda: getattr(people, "last_card_pdf", None) is not None, timeout=20000)
    settle_tasks(qtbot)
    threads.armed = False

    assert sent == [
        "save_shop_profile",
        "save_checklist",
        "add_catalog_item",
        "set_catalog_item_active",
        "add_user",
        "issue_card",
    ]
    assert shop.shop_profile(manager).phone == "0755-88886666"
    assert setup.checklist_items(manager, checklists.current_kind()).version is not None
    (item,) = catalog.list_catalog(manager, text="P-7001", include_inactive=True)
    assert not item.active
    assert people.last_card_pdf
    assert threads.off_gui > 10
    assert threads.on_gui == [], threads.on_gui[0]
