"""A dissatisfied follow-up call opens a complaint in the same transaction (both backends):
linked to the follow-up's customer, vehicle and order, by phone, a service complaint of
general severity owned by the agent who called, its deadlines counted from the call in the
shop's working time (hand-computed: Asia/Shanghai, Mon-Fri 08:30-18:00)."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from app.domain.enums import (
    ComplaintChannel,
    ComplaintKind,
    ComplaintSeverity,
    ComplaintState,
    FollowUpOutcome,
    Role,
)
from app.domain.models import ChangeLogEntry, Complaint, ComplaintEvent, FollowUp
from app.services import complaints, followups
from app.services.people import as_user
from app.settings.declared import DEFAULT_WEEK
from tests.app._care import asset, customer, put, released, utc

SHANGHAI = ZoneInfo("Asia/Shanghai")
#: Tuesday 24 November 2026, 10:00 in Shanghai
CALL = utc(2026, 11, 24, 2, 0)


@pytest.fixture
def agent(ctx):
    week = dict(DEFAULT_WEEK)
    week["sat"] = week["sun"] = None
    put(ctx, "hours.week", week)
    put(ctx, "hours.timezone", "Asia/Shanghai")
    return as_user(ctx, "Zhou Yan", Role.FOLLOW_UP)


def _follow_up(ctx, agent):
    c = customer(ctx, "Lin Fang")
    car = asset(ctx, c)
    order = released(ctx, c, car, utc(2026, 11, 23, 2, 0))
    [row] = followups.due_followups(agent, now=CALL, zone=SHANGHAI)
    assert row.order_id == order
    return row, c, car, order


def test_a_dissatisfied_call_opens_a_linked_complaint_owned_by_the_agent(ctx, agent, db):
    row, cust, car, order = _follow_up(ctx, agent)
    r = followups.record_call(
        agent, row.id, row.version, outcome="dissatisfied",
        scores={"service": 2, "quality": 4, "on_time": 1, "price": 5, "clean": 5},
        note="等了两个小时才交车", duration_s=120, open_complaint=True, now=CALL, zone=SHANGHAI,
    )  # fmt: skip
    assert r.complaint_id is not None
    with db.read() as s:
        c = s.get(Complaint, r.complaint_id)
        assert (c.customer_id, c.asset_id, c.order_id) == (cust, car, order)
        assert (c.channel, c.kind, c.severity, c.state) == (
            ComplaintChannel.PHONE,
            ComplaintKind.SERVICE,
            ComplaintSeverity.GENERAL,
            ComplaintState.RECORDED,
        )
        assert c.owner_id == c.recorded_by_id == agent.actor.user_id
        assert c.received_at == CALL
        # respond within 2 working hours; feedback the next working day; close (general)
        # within 2 working days
        assert c.respond_by == utc(2026, 11, 24, 4, 0)
        assert c.feedback_by == utc(2026, 11, 25, 2, 0)
        assert c.close_by == utc(2026, 11, 26, 2, 0)
        assert "等了两个小时才交车" in c.description
        assert "service 2/5" in c.description and "on_time 1/5" in c.description
        assert "price" not in c.description
        assert s.get(FollowUp, row.id).complaint_id == c.id
        [event] = s.scalars(select(ComplaintEvent).where(ComplaintEvent.complaint_id == c.id))
        assert (event.action, event.user_id) == ("record", agent.actor.user_id)
        heard = s.scalars(
            select(ChangeLogEntry.action).where(
                ChangeLogEntry.entity == "complaint", ChangeLogEntry.entity_id == c.id
            )
        ).all()
        assert "record" in heard
    listed = complaints.get_complaint(agent, r.complaint_id)
    assert listed.owner == "Zhou Yan" and listed.customer_name == "Lin Fang"


def test_the_complaint_outcome_opens_one_and_a_satisfied_call_none(ctx, agent, db):
    row, *_ = _follow_up(ctx, agent)
    r = followups.record_call(agent, row.id, row.version, outcome=FollowUpOutcome.COMPLAINT,
                              now=CALL, zone=SHANGHAI)  # fmt: skip
    assert r.complaint_id is not None
    again = followups.due_followups(agent, now=utc(2026, 11, 26, 2, 0), zone=SHANGHAI)
    [second] = [f for f in again if f.id == r.again_id]
    r2 = followups.record_call(agent, second.id, second.version, outcome="satisfied",
                               now=utc(2026, 11, 25, 2, 0), zone=SHANGHAI)  # fmt: skip
    assert r2.complaint_id is None
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Complaint)) == 1


def test_a_refused_complaint_writes_no_call_either(ctx, agent, db, monkeypatch):
    """The complaint is part of the call's transaction: if it is refused, nothing is kept."""
    row, *_ = _follow_up(ctx, agent)

    def refuse(*_a, **_k):
        raise complaints.ValidationError("description", "required", "description is required")

    monkeypatch.setattr(complaints, "_record", refuse)
    with pytest.raises(complaints.ValidationError):
        followups.record_call(agent, row.id, row.version, outcome="dissatisfied",
                              open_complaint=True, now=CALL, zone=SHANGHAI)  # fmt: skip
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Complaint)) == 0
        assert s.get(FollowUp, row.id).attempts == 0


def test_a_handover_offers_the_active_staff_who_may_handle_complaints(ctx, agent):
    as_user(ctx, "Wang Wei", Role.TECHNICIAN)
    as_user(ctx, "Li Na", Role.ADVISOR)  # the counter records complaints (首问负责制)
    as_user(ctx, "Zhou Jie", Role.MANAGER)
    names = [h.name for h in complaints.complaint_handlers(agent)]
    assert {"Zhou Yan", "Li Na", "Zhou Jie"} <= set(names)
    assert "Wang Wei" not in names and "system" not in names
    assert names == sorted(names)


def test_the_list_says_the_next_deadline_and_the_working_time_left(ctx, agent):
    """Received Friday 27 Nov 17:00 (Shanghai): respond by Monday 09:30 (an hour on Friday,
    an hour on Monday); at Friday 17:30 that is 90 working minutes away, not 64 hours; at
    Monday 10:00 it was missed 30 working minutes ago."""
    from app.domain.enums import ComplaintDeadline
    from app.services.complaints import ComplaintInput

    r = complaints.record_complaint(
        agent,
        ComplaintInput(
            ComplaintChannel.IN_PERSON, ComplaintKind.PARTS, ComplaintSeverity.SERIOUS,
            "配件价格比报价高", received_at=utc(2026, 11, 27, 9, 0),
        ),
    )  # fmt: skip
    assert r.respond_by == utc(2026, 11, 30, 1, 30)
    [row] = complaints.list_complaints(agent, at=utc(2026, 11, 27, 9, 30))
    assert (row.next_deadline, row.next_due, row.minutes_left) == (
        ComplaintDeadline.RESPOND,
        utc(2026, 11, 30, 1, 30),
        90,
    )
    [late] = complaints.list_complaints(agent, at=utc(2026, 11, 30, 2, 0))
    assert (late.next_deadline, late.minutes_left) == (ComplaintDeadline.RESPOND, -30)
    answered = complaints.add_note(agent, r.id, r.version, "已致电客户", kind="response")
    assert answered.next_deadline is ComplaintDeadline.FEEDBACK
