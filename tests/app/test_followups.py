"""Follow-up calls (回访): the list fills itself from releases by the kind's rule in the
shop's working time (weekends, holidays, a change of daylight-saving time), leaves out whom
it must, and records calls: three attempts in different parts of the day then an SMS owed,
a dissatisfied answer calls again, two agents on one follow-up, a merged customer."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from app.domain.enums import (
    AssetKind,
    AssetStatus,
    AssetUse,
    ContactChannel,
    FollowUpKind,
    FollowUpOutcome,
    FollowUpState,
    Role,
)
from app.domain.errors import AccessDenied, ConflictError, RuleViolation, ValidationError
from app.domain.models import CareCall, ContactConsent, Customer, FollowUp
from app.services import followups
from app.services.people import as_user
from app.settings.declared import DEFAULT_WEEK
from tests.app._care import asset, customer, put, released, utc

SHANGHAI = ZoneInfo("Asia/Shanghai")
BERLIN = ZoneInfo("Europe/Berlin")
NOW = utc(2026, 12, 4, 12, 0)


@pytest.fixture
def agent(ctx):
    return as_user(ctx, "Zhou Yan", Role.FOLLOW_UP)


def _week_days_only(ctx, holidays=()):
    week = dict(DEFAULT_WEEK)
    week["sat"] = week["sun"] = None
    put(ctx, "hours.week", week)
    put(ctx, "hours.holidays", tuple(holidays))


def _by_order(db):
    with db.read() as s:
        rows = s.scalars(select(FollowUp).order_by(FollowUp.order_id, FollowUp.seq)).all()
    return {(f.order_id, f.kind, f.seq): f for f in rows}


def test_releases_fill_the_list_by_kind_in_working_time(ctx, agent, db):
    _week_days_only(ctx, [date(2026, 12, 7)])  # Monday 7 December a holiday
    c = customer(ctx, "Chen Jie")
    car = released(ctx, c, asset(ctx, c), utc(2026, 12, 4, 2, 0))  # Fri 10:00 local
    bike = released(ctx, c, asset(ctx, c, AssetKind.EBIKE), utc(2026, 12, 2, 8, 0))  # Wed 16:00
    phone = released(ctx, c, asset(ctx, c, AssetKind.DEVICE), utc(2026, 12, 2, 2, 0))  # Wed 10:00

    assert followups.generate(agent, now=NOW, zone=SHANGHAI) == 4
    got = _by_order(db)
    # the car: Sat, Sun closed, Mon a holiday -> Tuesday 10:00 local
    assert got[(car, FollowUpKind.RELEASE, 1)].due_at == utc(2026, 12, 8, 2, 0)
    # the e-bike: 2 working hours on Wednesday + 1 on Thursday from 08:30 -> Thu 09:30
    assert got[(bike, FollowUpKind.RELEASE, 1)].due_at == utc(2026, 12, 3, 1, 30)
    # and 3 working days: Thu, Fri, (weekend, holiday) Tue -> Tue 16:00 local
    assert got[(bike, FollowUpKind.RELEASE, 2)].due_at == utc(2026, 12, 8, 8, 0)
    # the phone: 48 hours (care.device_followup_hours) -> Fri 10:00 local, the shop is open
    assert got[(phone, FollowUpKind.RELEASE, 1)].due_at == utc(2026, 12, 4, 2, 0)
    # run again (or from another station): nothing added
    assert followups.generate(agent, now=NOW, zone=SHANGHAI) == 0
    assert len(_by_order(db)) == 4


def test_device_delay_is_a_setting(ctx, agent, db):
    _week_days_only(ctx)
    put(ctx, "care.device_followup_hours", 4)
    c = customer(ctx, "Lin Fang")
    phone = released(ctx, c, asset(ctx, c, AssetKind.DEVICE), utc(2026, 12, 3, 8, 0))  # Thu 16:00
    followups.generate(agent, now=NOW, zone=SHANGHAI)
    # 20:00 local is after closing: the next opening, Fri 08:30 local
    assert _by_order(db)[(phone, FollowUpKind.RELEASE, 1)].due_at == utc(2026, 12, 4, 0, 30)


def test_next_working_day_across_a_change_of_daylight_saving_time(ctx, agent, db):
    _week_days_only(ctx)
    c = customer(ctx, "Anna Weber")
    # Friday 26 March 2027 10:00 in Berlin is 09:00 UTC (CET); clocks go forward on Sunday
    car = released(ctx, c, asset(ctx, c), utc(2027, 3, 26, 9, 0))
    followups.generate(agent, now=utc(2027, 3, 27, 12, 0), zone=BERLIN)
    # Monday 10:00 local is 08:00 UTC (CEST): the same local hour, not the same UTC hour
    assert _by_order(db)[(car, FollowUpKind.RELEASE, 1)].due_at == utc(2027, 3, 29, 8, 0)


def test_left_out_without_consent_merged_company_staff_or_sold(ctx, agent, db):
    _week_days_only(ctx)
    at = utc(2026, 12, 3, 2, 0)
    ok = customer(ctx, "Called")
    kept = released(ctx, ok, asset(ctx, ok), at)
    none = customer(ctx, "Never asked", consent=None)
    released(ctx, none, asset(ctx, none), at)
    said_no = customer(ctx, "Said no", consent=False)
    released(ctx, said_no, asset(ctx, said_no), at)
    withdrew = customer(ctx, "Withdrew")
    with db.write() as s:
        s.add(ContactConsent(customer_id=withdrew, channel=ContactChannel.PHONE, granted=False,
                             at=utc(2026, 6, 1), source="phone call"))  # fmt: skip
    released(ctx, withdrew, asset(ctx, withdrew), at)
    sms_only = customer(ctx, "SMS only", consent=None)
    with db.write() as s:
        s.add(ContactConsent(customer_id=sms_only, channel=ContactChannel.SMS, granted=True,
                             at=utc(2026, 6, 1), source="intake form"))  # fmt: skip
    released(ctx, sms_only, asset(ctx, sms_only), at)
    released(ctx, ok, asset(ctx, ok, use=AssetUse.COMPANY), at)
    released(ctx, ok, asset(ctx, ok, use=AssetUse.STAFF), at)
    released(ctx, ok, asset(ctx, ok, status=AssetStatus.SOLD), at)
    merged = customer(ctx, "Merged", merged_into_id=ok)
    released(ctx, merged, asset(ctx, merged), at)
    gone = customer(ctx, "Anonymised", anonymised_at=utc(2026, 11, 1))
    released(ctx, gone, asset(ctx, gone), at)

    assert followups.generate(agent, now=NOW, zone=SHANGHAI) == 1
    assert list(_by_order(db)) == [(kept, FollowUpKind.RELEASE, 1)]


def test_three_unanswered_attempts_in_different_parts_of_the_day_then_an_sms(ctx, agent, db):
    _week_days_only(ctx, [date(2026, 12, 7)])
    c = customer(ctx, "Chen Jie")
    released(ctx, c, asset(ctx, c), utc(2026, 12, 4, 2, 0))
    tue = utc(2026, 12, 8, 3, 0)
    [row] = followups.due_followups(agent, now=tue, zone=SHANGHAI)
    assert row.due_at == utc(2026, 12, 8, 2, 0) and row.phone

    first = followups.record_call(
        agent,
        row.id,
        row.version,
        outcome="unreachable",
        duration_s=40,
        now=utc(2026, 12, 8, 2, 5),
        zone=SHANGHAI,
    )
    # tried at 10:05 (morning): noon local is the next part of the day
    assert first.state is FollowUpState.OPEN and first.attempts == 1
    assert first.next_try_at == utc(2026, 12, 8, 4, 0)
    second = followups.record_call(
        agent,
        row.id,
        first.version,
        outcome="unreachable",
        now=utc(2026, 12, 8, 4, 10),
        zone=SHANGHAI,
    )
    # morning and noon tried: 15:00 local
    assert second.next_try_at == utc(2026, 12, 8, 7, 0)
    [again] = followups.due_followups(agent, now=utc(2026, 12, 8, 5, 0), zone=SHANGHAI)
    assert again.next_try_at == utc(2026, 12, 8, 7, 0)
    third = followups.record_call(
        agent,
        row.id,
        second.version,
        outcome="unreachable",
        now=utc(2026, 12, 8, 7, 0),
        zone=SHANGHAI,
    )
    assert third.state is FollowUpState.DONE and third.sms_due and third.attempts == 3
    assert third.next_try_at is None
    assert followups.due_followups(agent, now=utc(2026, 12, 8, 8, 0), zone=SHANGHAI) == []
    with db.read() as s:
        calls = s.scalars(select(CareCall).order_by(CareCall.id)).all()
        assert [(c.outcome, c.duration_s) for c in calls] == [
            ("unreachable", 40),
            ("unreachable", 0),
            ("unreachable", 0),
        ]
        assert s.get(FollowUp, row.id).outcome is FollowUpOutcome.UNREACHABLE


def test_a_proposed_slot_moves_to_the_next_working_day_when_today_is_over(ctx, db):
    _week_days_only(ctx, [date(2026, 12, 7)])
    with db.read() as s:
        hours = followups.shop_hours(s, 1, SHANGHAI)
    # Friday 17:30 local, morning tried before: the shop closes at 18:00 -> Tuesday (the
    # weekend and the Monday holiday skipped) at noon, a part of the day not yet tried
    tried = [utc(2026, 12, 4, 1, 0), utc(2026, 12, 4, 9, 30)]
    assert followups.propose_slot(hours, utc(2026, 12, 4, 9, 30), tried) == utc(2026, 12, 8, 4, 0)


def test_dissatisfied_is_called_again_until_satisfied(ctx, agent, db):
    _week_days_only(ctx, [date(2026, 12, 7)])
    c = customer(ctx, "Lin Fang")
    bike = released(ctx, c, asset(ctx, c, AssetKind.EBIKE), utc(2026, 12, 2, 8, 0))
    followups.generate(agent, now=utc(2026, 12, 3, 2, 0), zone=SHANGHAI)
    fu = _by_order(db)[(bike, FollowUpKind.RELEASE, 1)]
    scores = {"service": 2, "quality": 1, "on_time": 4, "price": 3, "clean": 5}
    r = followups.record_call(agent, fu.id, fu.version, outcome="dissatisfied", scores=scores,
                              note="brakes squeal", duration_s=150,
                              now=utc(2026, 12, 3, 2, 0), zone=SHANGHAI)  # fmt: skip
    assert r.state is FollowUpState.DONE and r.again_id is not None
    with db.read() as s:
        done = s.get(FollowUp, fu.id)
        assert (done.score_service, done.score_quality, done.score_clean) == (2, 1, 5)
        assert done.note == "brakes squeal"
        again = s.get(FollowUp, r.again_id)
    # Thursday 10:00 local -> Friday 10:00 local
    assert (again.kind, again.seq, again.due_at) == (FollowUpKind.AGAIN, 1, utc(2026, 12, 4, 2, 0))
    r2 = followups.record_call(
        agent,
        again.id,
        again.version,
        outcome="dissatisfied",
        now=utc(2026, 12, 4, 2, 0),
        zone=SHANGHAI,
    )
    with db.read() as s:
        third = s.get(FollowUp, r2.again_id)
    # Friday -> (weekend, Monday holiday) Tuesday
    assert (third.seq, third.due_at) == (2, utc(2026, 12, 8, 2, 0))
    r3 = followups.record_call(
        agent,
        third.id,
        third.version,
        outcome="satisfied",
        now=utc(2026, 12, 8, 2, 0),
        zone=SHANGHAI,
    )
    assert r3.again_id is None
    with db.read() as s:
        open_left = s.scalar(select(func.count()).select_from(FollowUp).where(
            FollowUp.order_id == bike, FollowUp.state == FollowUpState.OPEN))  # fmt: skip
    assert open_left == 1  # only the e-bike's own 3-day call


def test_second_agent_is_refused_naming_who_called(ctx, agent, db):
    _week_days_only(ctx)
    other = as_user(ctx, "Wu Qing", Role.FOLLOW_UP)
    c = customer(ctx, "Chen Jie")
    released(ctx, c, asset(ctx, c), utc(2026, 12, 3, 2, 0))
    [row] = followups.due_followups(agent, now=NOW, zone=SHANGHAI)
    followups.record_call(agent, row.id, row.version, outcome="satisfied", now=NOW,
                          zone=SHANGHAI)  # fmt: skip
    with pytest.raises(ConflictError) as err:
        followups.record_call(other, row.id, row.version, outcome="refused", now=NOW,
                              zone=SHANGHAI)  # fmt: skip
    assert "Zhou Yan" in str(err.value)
    assert err.value.changes[0].user == "Zhou Yan"
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(CareCall)) == 1
        assert s.get(FollowUp, row.id).outcome is FollowUpOutcome.SATISFIED


def test_merged_or_anonymised_customer_is_refused_and_nothing_written(ctx, agent, db):
    _week_days_only(ctx)
    c = customer(ctx, "Chen Jie")
    other = customer(ctx, "Chen Jie (older file)")
    released(ctx, c, asset(ctx, c), utc(2026, 12, 3, 2, 0))
    [row] = followups.due_followups(agent, now=NOW, zone=SHANGHAI)
    with db.write() as s:
        s.get(Customer, c).merged_into_id = other
    with pytest.raises(RuleViolation) as err:
        followups.record_call(agent, row.id, row.version, outcome="satisfied", now=NOW,
                              zone=SHANGHAI)  # fmt: skip
    assert err.value.code == "customer_gone"
    with db.write() as s:
        s.get(Customer, c).merged_into_id = None
        s.get(Customer, c).anonymised_at = NOW
    with pytest.raises(RuleViolation):
        followups.record_call(agent, row.id, row.version, outcome="satisfied", now=NOW,
                              zone=SHANGHAI)  # fmt: skip
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(CareCall)) == 0
        f = s.get(FollowUp, row.id)
        assert (f.state, f.attempts, f.version) == (FollowUpState.OPEN, 0, row.version)


@pytest.mark.parametrize(
    ("kw", "field", "code"),
    [
        ({"outcome": None}, "outcome", "required"),
        ({"outcome": "happy"}, "outcome", "invalid_choice"),
        ({"outcome": "satisfied", "scores": {"service": 6}}, "score_service", "out_of_range"),
        ({"outcome": "satisfied", "scores": {"quality": 0}}, "score_quality", "out_of_range"),
        ({"outcome": "satisfied", "duration_s": -1}, "duration_s", "out_of_range"),
    ],
)
def test_bad_call_input_is_refused_next_to_its_field(ctx, agent, db, kw, field, code):
    _week_days_only(ctx)
    c = customer(ctx, "Chen Jie")
    released(ctx, c, asset(ctx, c), utc(2026, 12, 3, 2, 0))
    [row] = followups.due_followups(agent, now=NOW, zone=SHANGHAI)
    with pytest.raises(ValidationError) as err:
        followups.record_call(agent, row.id, row.version, now=NOW, zone=SHANGHAI, **kw)
    assert (err.value.field, err.value.code) == (field, code)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(CareCall)) == 0


def test_the_advisor_may_not_work_the_follow_up_list(ctx):
    with pytest.raises(AccessDenied):
        followups.due_followups(ctx, now=NOW, zone=SHANGHAI)


def test_every_kind_has_its_script_in_both_languages():
    for kind in FollowUpKind:
        script = followups.SCRIPTS[kind]
        assert [key for key, _, _ in script] == list(followups.SCORE_FIELDS)
        assert all(zh and en and zh != en for _, zh, en in script)
