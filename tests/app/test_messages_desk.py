"""What the care desk's messages tab and the customer file's consent box read, on both
backends: the outbox's state (gateway set, quiet hours now), a customer's consents per
channel with their history, and the SMS access key secret never read back nor written in
clear to the audit log."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from app.domain.enums import ContactChannel
from app.domain.errors import ValidationErrors
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
    from app.domain.enums import MessageEvent
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
