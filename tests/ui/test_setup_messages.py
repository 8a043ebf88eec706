"""The Setup desk's Messages page, by keys on a real database: templates per event in both
languages (an unknown placeholder said next to the text at once, naming the allowed ones,
and refused by the service with nothing written), provider codes, quiet hours, the SMS
gateway whose secret is never shown back (replaced by typing, removed by a box), and the
device follow-up delay."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.db.engine import Database
from app.domain.enums import MessageEvent, Role
from app.services import messages, settings
from app.services.context import ServiceContext
from app.services.people import sign_in
from app.settings.declared import CONCEALED_MASK
from tests.ui.conftest import wait_tasks
from tests.ui.desk_support import save_shot
from ui.changes import ChangeAdapter
from ui.setup import SetupWorkspace
from ui.setup.messages_page import MessagesPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def boss(db: Database) -> ServiceContext:
    return sign_in(db, "Counter 1", "Boss", Role.MANAGER)


@pytest.fixture
def page(
    boss: ServiceContext, adapter: ChangeAdapter, keep: Callable[[QWidget], QWidget]
) -> Iterator[MessagesPage]:
    ws = SetupWorkspace(boss, adapter)
    keep(ws)
    ws.resize(1366, 768)
    ws.show()
    ws.activateWindow()
    wait_tasks()
    assert ws.allowed
    found = ws.page(MessagesPage)
    # the eleventh page: Ctrl+PgDn from the tenth (Alt+0)
    QtBot.keyClick(ws, Qt.Key.Key_0, Qt.KeyboardModifier.AltModifier)
    wait_tasks()
    QtBot.keyClick(
        QApplication.focusWidget() or ws, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier
    )
    wait_tasks()
    assert ws.current_page() is found
    assert QApplication.focusWidget() is found.event
    yield found  # type: ignore[misc]


def _save(page: MessagesPage) -> None:
    QtBot.keyClick(
        QApplication.focusWidget() or page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
    )
    wait_tasks()


def _template(ctx: ServiceContext, event: MessageEvent, lang: str) -> messages.TemplateRow:
    return next(t for t in messages.list_templates(ctx) if (t.event, t.lang) == (event, lang))


def test_an_unknown_placeholder_is_said_next_to_the_text_and_nothing_is_written(
    page: MessagesPage, boss: ServiceContext, qtbot: QtBot
) -> None:
    page.event.setCurrentIndex(page.event.findData(MessageEvent.READY_FOR_PICKUP.value))
    assert "{order_no}" in page.allowed.text() and "{amount}" in page.allowed.text()
    before = _template(boss, MessageEvent.READY_FOR_PICKUP, "en")
    body = page.bodies["en"]
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.End)
    qtbot.keyClicks(body, " Your VIN: {vin}")
    said = page.errors.text_of("template.en")
    assert "{vin}" in said and "order_no" in said and "amount" in said  # the allowed ones
    assert bool(body.property("error"))
    _save(page)
    assert page.errors.text_of("template.en")
    assert _template(boss, MessageEvent.READY_FOR_PICKUP, "en") == before  # nothing written
    assert "{vin}" in body.toPlainText()  # the input stays
    # put right: the placeholder the event has, and its provider code
    body.setPlainText(before.body + " {order_no}")
    assert page.errors.text_of("template.en") == ""
    page.codes["en"].setFocus()
    qtbot.keyClicks(page.codes["en"], "SMS_200")
    _save(page)
    after = _template(boss, MessageEvent.READY_FOR_PICKUP, "en")
    assert after.body.endswith("{order_no}") and after.provider_code == "SMS_200"
    assert "Saved" in page.notice.text()


def test_a_draft_of_one_event_survives_switching_to_another_and_both_save(
    page: MessagesPage, boss: ServiceContext
) -> None:
    page.event.setCurrentIndex(page.event.findData(MessageEvent.FOLLOW_UP.value))
    page.bodies["zh_CN"].setPlainText("{customer}您好，{shop}回访：{asset}用得还好吗？")
    page.event.setCurrentIndex(page.event.findData(MessageEvent.SERVICE_REMINDER.value))
    page.bodies["en"].setPlainText("{customer}: {asset} is due on {due_date}. {shop}")
    page.event.setCurrentIndex(page.event.findData(MessageEvent.FOLLOW_UP.value))
    assert page.bodies["zh_CN"].toPlainText().endswith("用得还好吗？")
    _save(page)
    assert _template(boss, MessageEvent.FOLLOW_UP, "zh_CN").body.endswith("用得还好吗？")
    assert _template(boss, MessageEvent.SERVICE_REMINDER, "en").body.startswith("{customer}:")


def test_quiet_hours_gateway_and_device_delay_save_and_the_secret_is_never_shown(
    page: MessagesPage, boss: ServiceContext, qtbot: QtBot
) -> None:
    page.quiet_from.setTime(QTime(20, 30))
    page.quiet_until.setTime(QTime(9, 0))
    page.key_id.setFocus()
    qtbot.keyClicks(page.key_id, "LTAI5tTest")
    page.secret.setFocus()
    qtbot.keyClicks(page.secret, "TopSecret-42")
    page.device_hours.setValue(24)
    _save(page)
    values = settings.read_settings(
        boss,
        [
            "messages.quiet_from",
            "messages.quiet_until",
            "sms.access_key_id",
            "sms.access_key_secret",
            "care.device_followup_hours",
        ],
    )
    assert values == {
        "messages.quiet_from": "20:30",
        "messages.quiet_until": "09:00",
        "sms.access_key_id": "LTAI5tTest",
        "sms.access_key_secret": CONCEALED_MASK,
        "care.device_followup_hours": 24,
    }
    assert messages.outbox_state(boss).configured
    # reloaded: the secret is not in the field, the page says one is saved
    assert page.secret.text() == ""
    assert "saved" in page.secret.placeholderText()
    assert page.remove_secret.isEnabled()
    save_shot(page.window(), "setup-messages")
    # removed by the box: the desk goes back to the call/SMS list
    page.remove_secret.setFocus()
    QtBot.keyClick(page.remove_secret, Qt.Key.Key_Space)
    _save(page)
    assert not messages.outbox_state(boss).configured
    assert page.secret.placeholderText() == "not set"


def test_a_bad_endpoint_is_named_next_to_it(page: MessagesPage, boss: ServiceContext) -> None:
    page.endpoint.setText("dysmsapi.aliyuncs.com")
    page.set_dirty(True)
    _save(page)
    assert page.errors.text_of("sms.endpoint")
    assert settings.read_settings(boss, ["sms.endpoint"])["sms.endpoint"].startswith("https://")


def test_a_test_sms_says_why_not_then_goes_through_the_saved_gateway(
    page: MessagesPage, boss: ServiceContext, qtbot: QtBot
) -> None:
    import json
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    hits: list[str] = []

    class Ok(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            hits.append(self.path)
            body = json.dumps({"Code": "OK", "BizId": "4242"}).encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    page.test_phone.setFocus()
    qtbot.keyClicks(page.test_phone, "13800138000")
    QtBot.keyClick(page.test_phone, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    wait_tasks()
    assert "No SMS gateway is saved" in page.errors.text_of("test_phone")
    server = ThreadingHTTPServer(("127.0.0.1", 0), Ok)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        settings.write_settings(
            boss,
            {
                "sms.endpoint": f"http://127.0.0.1:{server.server_address[1]}/",
                "sms.access_key_id": "LTAI-test",
                "sms.access_key_secret": "secret-1",
            },
        )
        t = _template(boss, MessageEvent.FOLLOW_UP, "zh_CN")
        messages.save_template(boss, t.event, t.lang, t.body, t.version, "SMS_42")
        page.load()
        wait_tasks()
        page.test_phone.setFocus()
        QtBot.keyClick(page.test_phone, Qt.Key.Key_Return)
        wait_tasks()
    finally:
        server.shutdown()
        server.server_close()
    assert page.errors.text_of("test_phone") == ""
    assert page.notice.text() == "Test SMS sent (the provider's id: 4242)."
    assert len(hits) == 1
