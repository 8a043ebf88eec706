"""The care desk's messages tab (Alt+5), by keyboard: the outbox with each status (queued,
held for the quiet hours, sent, sent by hand, failed with its reason), sending what is queued
through a gateway (a local HTTP server answering as Aliyun does), and without a gateway the
call/SMS list copied to the clipboard, saved as CSV and worked by hand (Ctrl+D), a customer
whose consent was withdrawn refused with the reason and nothing changed."""

from __future__ import annotations

import csv
import io
import json
import threading
from collections.abc import Iterator
from datetime import datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain.enums import ContactChannel, MessageEvent, MessageStatus
from app.services import customers, followups, messages, settings
from tests.factories import customer, manager_of
from tests.ui.conftest import wait_tasks
from tests.ui.desk_support import save_shot, shown_active
from ui.care.messages_tab import MessagesTab

ZONE = "Asia/Shanghai"
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class _Ok(BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802
        self.hits.append(self.path)
        body = json.dumps({"Code": "OK", "Message": "OK", "BizId": "900"}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def gateway() -> Iterator[str]:
    _Ok.hits = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Ok)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def _clock(hours: float) -> str:
    """Shop-local HH:MM ``hours`` from now."""
    return (datetime.now(ZoneInfo(ZONE)) + timedelta(hours=hours)).strftime("%H:%M")


def _quiet(ctx, now_quiet: bool) -> None:
    start, end = (_clock(-1), _clock(1)) if now_quiet else (_clock(2), _clock(3))
    settings.write_settings(
        manager_of(ctx), {"messages.quiet_from": start, "messages.quiet_until": end}
    )


@pytest.fixture
def shop(ctx):
    settings.write_settings(
        manager_of(ctx),
        {"shop.short_name": "安达汽修", "shop.phone": "020-12345678", "hours.timezone": ZONE},
    )
    _quiet(ctx, False)
    return ctx


def _queue(ctx, name: str, phone: str, event=MessageEvent.READY_FOR_PICKUP) -> int:
    c = customers.create_customer(ctx, customer(name, phone))
    followups.record_consent(ctx, c.id, ContactChannel.SMS, True, "到店登记表")
    values = {"asset": "粤B12345", "order_no": "WO-20261201-0001", "amount": "1,280.00"}
    if event is MessageEvent.FOLLOW_UP:
        values = {"asset": "粤B12345"}
    return messages.queue_message(ctx, c.id, event, values).customer_id


def _open(qtbot, keep, ctx) -> MessagesTab:
    tab = MessagesTab(ctx)
    keep(tab)
    tab.resize(1200, 640)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow, timeout=3000)
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        tab.activate()
    tab.focus_primary()
    return tab


def _statuses(tab: MessagesTab) -> dict[str, str]:
    """Customer -> the status in full (the cell's tooltip; the cell says it short)."""
    return {
        tab.model.index(r, 2).data(): tab.model.index(r, 5).data(Qt.ItemDataRole.ToolTipRole)
        for r in range(tab.model.rowCount())
    }


def _short(tab: MessagesTab) -> dict[str, str]:
    return {
        tab.model.index(r, 2).data(): tab.model.index(r, 5).data()
        for r in range(tab.model.rowCount())
    }


def _select(tab: MessagesTab, name: str) -> None:
    row = next(r for r in range(tab.model.rowCount()) if tab.model.index(r, 2).data() == name)
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.model.index(row, 0))


def _reloaded(qtbot, tab: MessagesTab, key: Qt.Key, mods=Qt.KeyboardModifier.ControlModifier):
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        qtbot.keyClick(QApplication.focusWidget(), key, mods)
    wait_tasks()


def test_without_a_gateway_the_list_is_copied_saved_and_worked_by_hand(qtbot, keep, shop, tmp_path):
    _queue(shop, "王芳", "13800138000")
    _queue(shop, "韩梅", "13700137000", MessageEvent.FOLLOW_UP)
    gone = _queue(shop, "李雷", "13900139000", MessageEvent.FOLLOW_UP)
    followups.record_consent(shop, gone, ContactChannel.SMS, False, "电话退订")
    tab = _open(qtbot, keep, shop)
    assert "No SMS gateway" in tab.banner.text()
    assert not tab.send_now.isEnabled()
    assert _statuses(tab) == {
        "王芳": "Queued: call or text by hand",
        "韩梅": "Queued: call or text by hand",
        "李雷": "Will not go out: the customer's consent is not in force",
    }
    assert _short(tab)["李雷"] == "Will not go out"
    # copy: one line per message, oldest first, as it is worked; never one to a customer
    # who withdrew the consent since it was queued
    qtbot.keyClick(
        tab.table,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    lines = QApplication.clipboard().text().split("\n")
    assert [line.split("\t")[:3] for line in lines] == [
        ["王芳", "13800138000", "Ready for pickup"],
        ["韩梅", "13700137000", "Follow-up"],
    ]
    assert "WO-20261201-0001" in lines[0]
    # save as CSV (UTF-8 with BOM, Chinese headers for Excel)
    tab.target = str(tmp_path / "list.csv")
    qtbot.keyClick(
        tab.table,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    wait_tasks()
    table = list(csv.reader(io.StringIO((tmp_path / "list.csv").read_bytes().decode("utf-8-sig"))))
    assert table[0] == list(messages.CALL_LIST_HEADERS)
    assert [row[1] for row in table[1:]] == ["王芳", "韩梅"]
    assert "Saved to" in tab.message.text()
    # the withdrawn consent: refused with the reason, nothing changes
    _select(tab, "李雷")
    _reloaded(qtbot, tab, Qt.Key.Key_D)
    assert "not agreed" in tab.message.text()
    assert not tab.done_by_hand.isEnabled()
    assert [r.status for r in messages.outbox(shop)] == [MessageStatus.QUEUED] * 3
    # called 王芳: done by hand
    _select(tab, "王芳")
    _reloaded(qtbot, tab, Qt.Key.Key_D)
    assert "Marked done: 王芳" in tab.message.text()
    assert list(_statuses(tab)) == ["李雷", "韩梅"]  # "to do" filter, newest first
    tab.filter.setCurrentIndex(tab.filter.findData("sent"))
    assert list(_statuses(tab)) == ["王芳"]
    assert _statuses(tab)["王芳"].startswith("Sent by hand ")
    assert _short(tab)["王芳"].startswith("Done by hand ")
    save_shot(tab.window(), "care-messages-call-list")


def test_with_a_gateway_send_now_shows_sent_failed_and_held(qtbot, keep, shop, gateway):
    boss = manager_of(shop)
    settings.write_settings(
        boss,
        {
            "sms.endpoint": gateway,
            "sms.access_key_id": "LTAI-test",
            "sms.access_key_secret": "secret-1",
            "sms.sign_name": "安达汽修",
        },
    )
    row = next(
        t
        for t in messages.list_templates(shop)
        if (t.event, t.lang) == (MessageEvent.READY_FOR_PICKUP, "zh_CN")
    )
    messages.save_template(boss, row.event, row.lang, row.body, row.version, "SMS_100")
    _queue(shop, "王芳", "13800138000")  # has an Aliyun template code: goes out
    _queue(shop, "李雷", "13900139000", MessageEvent.FOLLOW_UP)  # no code: fails
    tab = _open(qtbot, keep, shop)
    assert "gateway is set" in tab.banner.text() and tab.send_now.isEnabled()
    assert set(_statuses(tab).values()) == {"Queued"}
    _reloaded(qtbot, tab, Qt.Key.Key_Return)
    assert tab.message.text() == "Sent 1, failed 1."
    assert len(_Ok.hits) == 1
    statuses = _statuses(tab)  # to do: the failure, with its reason and another try
    assert list(statuses) == ["李雷"]
    assert statuses["李雷"].startswith("Failed: no Aliyun template code")
    assert statuses["李雷"].endswith("(tried again with the next send)")
    assert _short(tab) == {"李雷": "Failed, will retry"}
    tab.filter.setCurrentIndex(tab.filter.findData("all"))
    assert _statuses(tab)["王芳"].startswith("Sent ")
    # quiet hours: a new message is held, Send says so and sends nothing
    _quiet(shop, True)
    _queue(shop, "韩梅", "13700137000")
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        tab.reload()
    assert "Quiet hours" in tab.banner.text()
    assert _statuses(tab)["韩梅"].startswith("Held: quiet hours until ")
    assert _short(tab)["韩梅"].startswith("Held until ")
    tab.table.setFocus()
    _reloaded(qtbot, tab, Qt.Key.Key_Return)
    assert tab.message.text().startswith("Quiet hours: nothing was sent")
    assert len(_Ok.hits) == 1
    save_shot(tab.window(), "care-messages-outbox")


def test_the_care_desk_opens_its_messages_on_alt_5(qtbot, keep, shop, adapter):
    from ui.care.workspace import CareWorkspace

    _queue(shop, "王芳", "13800138000")
    ws = shown_active(qtbot, keep, CareWorkspace(shop, adapter), (1200, 640))
    ws.focus_primary()
    wait_tasks()
    for _ in range(2):  # once, and again from the tab itself: never ambiguous
        qtbot.keyClick(
            QApplication.focusWidget() or ws, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier
        )
        assert ws.tabs.currentWidget() is ws.messages
        assert ws.messages.isAncestorOf(QApplication.focusWidget())
    # the other tabs load too (the follow-up list generates itself): give it time
    qtbot.waitUntil(lambda: ws.messages.model.rowCount() == 1, timeout=30_000)
    wait_tasks()
    ws.messages.focus_primary()
    assert QApplication.focusWidget() is ws.messages.table


def test_tab_walks_through_every_control_of_the_messages_tab(qtbot, keep, shop):
    from tests.ui.test_focus_walk import check_walk

    _queue(shop, "王芳", "13800138000")
    _queue(shop, "李雷", "13900139000", MessageEvent.FOLLOW_UP)
    tab = _open(qtbot, keep, shop)
    check_walk(qtbot, tab, "care desk: messages (call/SMS list)")


def test_a_message_or_consent_changed_elsewhere_is_patched_in_not_reloaded(
    qtbot, keep, shop, adapter, monkeypatch
):
    """While the messages are shown, a change at another station reads only what it names:
    a new message comes in at the top, a customer whose SMS consent was withdrawn has their
    message marked as not going out; the agent's chosen row and the rest stay."""
    from ui.care import messages_tab
    from ui.care.workspace import CareWorkspace

    _queue(shop, "王芳", "13800138000")
    _queue(shop, "李强", "13900139000")
    ws = shown_active(qtbot, keep, CareWorkspace(shop, adapter))
    ws.focus_primary()
    qtbot.keyClick(QApplication.focusWidget() or ws, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    tab = ws.messages
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=30_000)
    wait_tasks()
    _select(tab, "王芳")
    asked: list[tuple[object, object]] = []
    real = messages.outbox

    def outbox(c, status=None, **kw):
        asked.append((kw.get("ids"), kw.get("customer_ids")))
        return real(c, status, **kw)

    monkeypatch.setattr(messages_tab.messages, "outbox", outbox)
    removed: list[int] = []
    tab.model.rowsRemoved.connect(lambda *_a: removed.append(1))
    other = manager_of(shop)
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        customer_id = _queue(other, "赵敏", "13700137000")
    assert [tab.model.index(r, 2).data() for r in range(tab.model.rowCount())] == [
        "赵敏", "李强", "王芳"
    ]  # fmt: skip
    li = next(r for r in tab.rows if r.customer_name == "李强")
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        followups.record_consent(other, li.customer_id, ContactChannel.SMS, False, "电话撤回")
    wait_tasks()
    assert _short(tab)["李强"] == "Will not go out"
    assert "王芳" in _short(tab) and tab.current_row().customer_name == "王芳"
    assert asked and all(a != (None, None) for a in asked), asked
    assert any(customer_id in (a[1] or ()) or a[0] for a in asked)
    assert removed == []  # nothing reloaded: rows came in or changed in place
