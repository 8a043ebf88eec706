"""The SMS a follow-up owes after three unanswered calls, on both backends: queued in the
outbox in the same transaction as the third call (a failure after it leaves neither), only
with the customer's SMS consent (without it the call is recorded and the SMS stays owed),
held through the shop's quiet hours; a refused call owes and queues nothing."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from app.domain.enums import ContactChannel, FollowUpState, MessageEvent, MessageStatus, Role
from app.domain.models import CareCall, ContactConsent, FollowUp, Message
from app.services import followups, messages
from app.services.people import as_user
from app.settings.declared import DEFAULT_WEEK
from tests.app._care import asset, customer, put, released, utc

SHANGHAI = ZoneInfo("Asia/Shanghai")
TUE = utc(2026, 12, 8, 2, 0)  # Tuesday 10:00 local
ATTEMPTS = (utc(2026, 12, 8, 2, 5), utc(2026, 12, 8, 4, 10), utc(2026, 12, 8, 7, 0))


@pytest.fixture
def agent(ctx):
    return as_user(ctx, "Zhou Yan", Role.FOLLOW_UP)


@pytest.fixture
def shop(ctx):
    week = dict(DEFAULT_WEEK)
    week["sat"] = week["sun"] = None
    put(ctx, "hours.week", week)
    put(ctx, "hours.holidays", (date(2026, 12, 7),))
    put(ctx, "hours.timezone", "Asia/Shanghai")
    put(ctx, "shop.short_name", "安达汽修")
    put(ctx, "shop.phone", "020-12345678")
    return ctx


def _owed(ctx, name: str, *, sms: bool | None) -> tuple[int, followups.FollowUpRow]:
    c = customer(ctx, name, phone="13800138000")
    if sms is not None:
        with ctx.db.write() as s:
            s.add(ContactConsent(customer_id=c, channel=ContactChannel.SMS, granted=sms,
                                 at=utc(2026, 1, 1), source="到店登记表"))  # fmt: skip
    released(ctx, c, asset(ctx, c), utc(2026, 12, 4, 2, 0))  # Friday: due Tuesday
    [row] = [r for r in followups.due_followups(ctx, now=TUE, zone=SHANGHAI) if r.customer_id == c]
    return c, row


def _two_unanswered(agent, row) -> int:
    version = row.version
    for at in ATTEMPTS[:2]:
        r = followups.record_call(agent, row.id, version, outcome="unreachable", now=at,
                                  zone=SHANGHAI)  # fmt: skip
        assert r.sms_due is False and r.sms_id is None
        version = r.version
    return version


def _messages(db) -> list[Message]:
    with db.read() as s:
        return list(s.scalars(select(Message).order_by(Message.id)))


def test_the_third_unanswered_call_queues_the_follow_up_sms(shop, agent, db):
    cid, row = _owed(agent, "王芳", sms=True)
    version = _two_unanswered(agent, row)
    assert _messages(db) == []  # nothing before the third attempt

    third = followups.record_call(agent, row.id, version, outcome="unreachable", now=ATTEMPTS[2],
                                  zone=SHANGHAI)  # fmt: skip
    assert third.state is FollowUpState.DONE and third.sms_due
    [m] = _messages(db)
    assert third.sms_id == m.id
    assert (m.customer_id, m.event, m.status, m.channel, m.lang) == (
        cid, MessageEvent.FOLLOW_UP, MessageStatus.QUEUED, "sms", "zh_CN"
    )  # fmt: skip
    assert m.phone == "13800138000"
    assert m.body.startswith("王芳您好，感谢您光临安达汽修。") and "020-12345678" in m.body
    assert row.asset.split()[0] in m.body  # the plate


def test_the_sms_and_the_third_call_are_one_transaction(shop, agent, db, monkeypatch):
    _, row = _owed(agent, "王芳", sms=True)
    version = _two_unanswered(agent, row)

    def broken(*_a, **_k):
        raise RuntimeError("the server went away after the SMS was queued")

    monkeypatch.setattr(followups, "record_change", broken)
    with pytest.raises(RuntimeError):
        followups.record_call(agent, row.id, version, outcome="unreachable", now=ATTEMPTS[2],
                              zone=SHANGHAI)  # fmt: skip
    assert _messages(db) == []
    with db.read() as s:
        fu = s.get(FollowUp, row.id)
        assert (fu.state, fu.attempts, fu.sms_due, fu.version) == (
            FollowUpState.OPEN, 2, False, version
        )  # fmt: skip
        assert s.scalar(select(func.count()).select_from(CareCall)) == 2


@pytest.mark.parametrize("sms", [None, False])
def test_without_sms_consent_the_call_is_recorded_and_the_sms_stays_owed(shop, agent, db, sms):
    _, row = _owed(agent, "李强", sms=sms)
    version = _two_unanswered(agent, row)
    third = followups.record_call(agent, row.id, version, outcome="unreachable", now=ATTEMPTS[2],
                                  zone=SHANGHAI)  # fmt: skip
    assert third.state is FollowUpState.DONE and third.sms_due and third.sms_id is None
    assert _messages(db) == []
    with db.read() as s:
        assert s.get(FollowUp, row.id).sms_due is True


def test_a_refused_call_owes_and_queues_nothing(shop, agent, db):
    _, row = _owed(agent, "王芳", sms=True)
    r = followups.record_call(agent, row.id, row.version, outcome="refused", now=ATTEMPTS[0],
                              zone=SHANGHAI)  # fmt: skip
    assert r.state is FollowUpState.DONE and not r.sms_due and r.sms_id is None
    assert _messages(db) == []


class _Gateway:
    def __init__(self) -> None:
        self.sent: list[str] = []

    def send(self, phone, body, *, template_code=None, params=None):
        self.sent.append(phone)
        return f"id-{len(self.sent)}"


def test_the_queued_sms_waits_out_the_quiet_hours(shop, agent, db):
    _, row = _owed(agent, "王芳", sms=True)
    version = _two_unanswered(agent, row)
    # the third try late in the evening (after a callback was promised): queued at once
    late = utc(2026, 12, 8, 13, 30)  # 21:30 local, quiet from 21:00
    third = followups.record_call(agent, row.id, version, outcome="unreachable", now=late,
                                  zone=SHANGHAI)  # fmt: skip
    assert third.sms_id is not None
    gateway = _Gateway()
    held = messages.send_queued(agent, gateway, at=late)
    assert held.quiet and held.sent == 0 and gateway.sent == []
    assert [m.status for m in _messages(db)] == [MessageStatus.QUEUED]
    morning = messages.send_queued(agent, gateway, at=utc(2026, 12, 9, 1, 0))  # 09:00 local
    assert morning.sent == 1 and gateway.sent == ["13800138000"]
    assert [m.status for m in _messages(db)] == [MessageStatus.SENT]
