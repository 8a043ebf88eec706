"""What the care desk's messages tab and the customer file's consent box read, on both
backends: the outbox's state (gateway set, quiet hours now), a customer's consents per
channel with their history, and the SMS access key secret never read back nor written in
clear to the audit log."""

from __future__ import annotations

import json
import threading
import urllib.parse
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from sqlalchemy import select

from app.domain.enums import ContactChannel, MessageEvent
from app.domain.errors import ValidationError, ValidationErrors
from app.domain.models import AuditEntry
from app.services import customers, followups, messages, privacy_requests, settings
from app.settings.declared import CONCEALED_MASK
from tests.factories import customer, manager_of

DAY = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai
NIGHT = datetime(2026, 12, 1, 14, 0, tzinfo=UTC)  # 22:00 in Shanghai
SECRET = "s3cret-Key-0123456789"


@pytest.fixture
def shop(ctx):
    settings.write_settings(manager_of(ctx), {"hours.timezone": "Asia/Shanghai"})
    return ctx


def test_outbox_state_says_whether_a_gateway_is_set_and_the_quiet_hours(shop):
    state = messages.outbox_state(shop, at=DAY)
    assert (state.configured, state.quiet) == (False, False)
    assert (state.quiet_from, state.quiet_until) == ("21:00", "08:00")
    assert messages.outbox_state(shop, at=NIGHT).quiet is True
    settings.write_settings(
        manager_of(shop), {"sms.access_key_id": "LTAI-test", "sms.access_key_secret": SECRET}
    )
    assert messages.outbox_state(shop, at=DAY).configured is True


def test_the_access_key_secret_is_never_read_back_nor_audited_in_clear(shop, db):
    boss = manager_of(shop)
    assert settings.read_settings(shop, ["sms.access_key_secret"]) == {"sms.access_key_secret": ""}
    settings.write_settings(
        boss, {"sms.access_key_id": "LTAI-test", "sms.access_key_secret": SECRET}
    )
    shown = settings.read_settings(shop, ["sms.access_key_secret"])["sms.access_key_secret"]
    assert shown == CONCEALED_MASK
    with db.read() as s:
        logged = [
            str(e.after) + str(e.before) + e.summary for e in s.scalars(select(AuditEntry)).all()
        ]
        assert any("sms.access_key_secret" in text for text in logged)
        assert not any(SECRET in text for text in logged)
    # the mask written back is refused, never stored as the secret
    with pytest.raises(ValidationErrors):
        settings.write_settings(boss, {"sms.access_key_secret": CONCEALED_MASK})
    with db.read() as s:
        gateway = messages.configured_gateway(s, 1)
        assert gateway is not None and gateway.access_key_secret == SECRET  # type: ignore[attr-defined]


def test_consents_per_channel_in_force_and_history(shop):
    person = customers.create_customer(shop, customer("王芳", "13800138000"))
    view = privacy_requests.consents(shop, person.id)
    assert view.in_force == {ContactChannel.PHONE: None, ContactChannel.SMS: None}
    assert view.history == []
    at = datetime(2026, 11, 1, 2, 0, tzinfo=UTC)
    followups.record_consent(shop, person.id, ContactChannel.SMS, True, "到店登记表", at=at)
    followups.record_consent(shop, person.id, ContactChannel.PHONE, True, "电话")
    followups.record_consent(shop, person.id, ContactChannel.SMS, False, "电话退订")
    view = privacy_requests.consents(shop, person.id)
    sms, phone = view.in_force[ContactChannel.SMS], view.in_force[ContactChannel.PHONE]
    assert sms is not None and (sms.granted, sms.source) == (False, "电话退订")
    assert phone is not None and phone.granted and phone.recorded_by
    assert [(r.channel, r.granted) for r in view.history][-1] == (ContactChannel.SMS, True)
    assert view.history[-1].at == at
    assert len(view.history) == 3 and view.anonymised_at is None
    privacy_requests.anonymise_customer(manager_of(shop), person.id, "客户书面申请")
    assert privacy_requests.consents(shop, person.id).anonymised_at is not None


def test_every_station_hears_of_a_message_queued_sent_and_a_template_saved(shop, db):
    from app.domain.models import ChangeLogEntry

    def changes() -> list[tuple[str, str]]:
        with db.read() as s:
            rows = s.scalars(
                select(ChangeLogEntry)
                .where(ChangeLogEntry.entity.in_(("message", "message_template")))
                .order_by(ChangeLogEntry.id)
            ).all()
            return [(r.entity, r.action) for r in rows]

    person = customers.create_customer(shop, customer("王芳", "13800138000"))
    followups.record_consent(shop, person.id, ContactChannel.SMS, True, "到店登记表")
    values = {"asset": "粤B12345", "shop": "安达汽修", "shop_phone": "020-12345678"}
    row = messages.queue_message(shop, person.id, MessageEvent.FOLLOW_UP, values)
    messages.mark_sent(shop, row.id)
    t = next(t for t in messages.list_templates(shop) if t.event is MessageEvent.FOLLOW_UP)
    messages.save_template(manager_of(shop), t.event, t.lang, t.body + " ", t.version, "SMS_1")
    assert changes() == [
        ("message", "queue"),
        ("message", "send"),
        ("message_template", "update"),
    ]


class _Gateway(BaseHTTPRequestHandler):
    seen: list[dict[str, str]] = []

    def do_GET(self) -> None:  # noqa: N802
        query = urllib.parse.urlsplit(self.path).query
        params = dict(urllib.parse.parse_qsl(query))
        self.seen.append(params)
        body = json.dumps({"Code": "OK", "BizId": "777"}).encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def test_a_test_sms_goes_through_the_saved_gateway_or_says_why_not(shop, db):
    boss = manager_of(shop)
    with pytest.raises(ValidationError) as err:
        messages.send_test(boss, "13800138000")
    assert (err.value.field, err.value.code) == ("test_phone", "no_gateway")
    with pytest.raises(ValidationError) as err:
        messages.send_test(boss, "12345")
    assert err.value.field == "test_phone"
    _Gateway.seen = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Gateway)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        settings.write_settings(
            boss,
            {
                "sms.endpoint": f"http://127.0.0.1:{server.server_address[1]}/",
                "sms.access_key_id": "LTAI-test",
                "sms.access_key_secret": SECRET,
                "sms.sign_name": "安达汽修",
                "shop.short_name": "安达汽修",
            },
        )
        # no provider code on the template: the adapter's own reason, nothing sent
        with pytest.raises(ValidationError) as err:
            messages.send_test(boss, "13800138000")
        assert err.value.code == "sms_failed" and "template code" in err.value.params["reason"]
        assert _Gateway.seen == []
        t = next(
            t
            for t in messages.list_templates(boss)
            if (t.event, t.lang) == (MessageEvent.FOLLOW_UP, "zh_CN")
        )
        messages.save_template(boss, t.event, t.lang, t.body, t.version, "SMS_42")
        assert messages.send_test(boss, "138 0013 8000") == "777"
    finally:
        server.shutdown()
        server.server_close()
    (sent,) = _Gateway.seen
    assert (sent["PhoneNumbers"], sent["TemplateCode"]) == ("13800138000", "SMS_42")
    assert json.loads(sent["TemplateParam"])["shop"] == "安达汽修"
    with db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.summary == "test -> 13800138000"))
        assert entry.one().action == "message.send"


def test_the_call_list_leaves_out_a_customer_who_withdrew_since_it_was_queued(shop):
    values = {"asset": "粤B12345", "shop": "安达汽修", "shop_phone": "020-12345678"}
    ids = []
    for name, phone in (("王芳", "13800138000"), ("李雷", "13900139000")):
        person = customers.create_customer(shop, customer(name, phone))
        followups.record_consent(shop, person.id, ContactChannel.SMS, True, "到店登记表")
        messages.queue_message(shop, person.id, MessageEvent.FOLLOW_UP, values)
        ids.append(person.id)
    followups.record_consent(shop, ids[1], ContactChannel.SMS, False, "电话退订")
    assert [r.customer_name for r in messages.call_list(shop)] == ["王芳"]
    assert "李雷" not in messages.call_list_csv(shop).decode("utf-8-sig")
    assert {r.customer_name: r.blocked for r in messages.outbox(shop)} == {
        "王芳": None,
        "李雷": "no_consent",
    }
