"""Complaints on both backends: recorded by whoever takes them (an anonymous hotline call
too), deadlines in the shop's working time (hand-computed: Asia/Shanghai, Mon-Fri
08:30-18:00, National Day 1-7 Oct closed, Saturday 10 Oct worked), the eight steps,
handover with its note, waiting that pauses the clock, reopening, escalation to the
service manager (once, on the change feed), and two agents editing at once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.domain.enums import (
    ComplaintChannel,
    ComplaintDeadline,
    ComplaintKind,
    ComplaintSeverity,
    ComplaintState,
    ComplaintWait,
    Role,
)
from app.domain.errors import AccessDenied, ConflictError, RuleViolation, ValidationError
from app.domain.models import ChangeLogEntry, Complaint, ComplaintEscalation, Customer
from app.domain.types import utcnow
from app.services import complaints, customers, settings
from app.services.complaints import ComplaintInput
from app.services.people import as_user
from tests.factories import customer


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


@pytest.fixture
def shop(manager):
    settings.write_settings(
        manager,
        {
            "hours.timezone": "Asia/Shanghai",
            "hours.week": {"sat": None, "sun": None},
            "hours.holidays": [f"2026-10-0{d}" for d in range(1, 8)],
            "hours.workdays": ["2026-10-10"],
        },
    )
    return manager


def _input(**kw) -> ComplaintInput:
    base = dict(
        channel=ComplaintChannel.PHONE,
        kind=ComplaintKind.SERVICE,
        severity=ComplaintSeverity.GENERAL,
        description="交车晚了两个小时，没人通知",
        request="道歉并说明原因",
    )
    base.update(kw)
    return ComplaintInput(**base)  # type: ignore[arg-type]


def test_deadlines_in_working_time_and_an_anonymous_caller(ctx, shop):
    # Friday 25 Sep 17:30 CST (09:30 UTC), a hotline caller who gives no name
    row = complaints.record_complaint(
        ctx, _input(channel=ComplaintChannel.HOTLINE_12315, received_at=utc(2026, 9, 25, 9, 30))
    )
    assert row.customer_id is None and row.caller_name is None
    assert row.state is ComplaintState.RECORDED
    # respond: 30 min Friday + 90 min Monday from 08:30 -> Mon 28 Sep 10:00 CST
    assert row.respond_by == utc(2026, 9, 28, 2, 0)
    # first feedback: 1 working day -> Mon 28 Sep 17:30 CST
    assert row.feedback_by == utc(2026, 9, 28, 9, 30)
    # general: closed within 2 working days -> Tue 29 Sep 17:30 CST
    assert row.close_by == utc(2026, 9, 29, 9, 30)
    # the recorder owns it (首问负责制)
    assert row.owner == "Li Na"

    serious = complaints.record_complaint(
        ctx,
        _input(severity=ComplaintSeverity.SERIOUS, received_at=utc(2026, 9, 29, 1, 0)),
    )
    # Tue 29 Sep 09:00 CST + 5 working days: 30 Sep, 8 Oct, 9 Oct, Sat 10 Oct (调休),
    # Mon 12 Oct 09:00 CST
    assert serious.close_by == utc(2026, 10, 12, 1, 0)
    # respond by 11:00 CST the same day
    assert serious.respond_by == utc(2026, 9, 29, 3, 0)


def test_the_eight_steps_with_what_each_records_then_reopen(ctx, shop, db):
    person = customers.create_customer(ctx, customer("陈静", "13900001111"))
    row = complaints.record_complaint(ctx, _input(customer_id=person.id))
    assert row.customer_name == "陈静"
    row = complaints.add_note(ctx, row.id, row.version, "已致电客户致歉", kind="response")
    assert row.responded_at is not None and row.feedback_at is None
    row = complaints.add_note(ctx, row.id, row.version, "初步调查：派工延误", kind="feedback")
    assert row.feedback_at is not None
    # judged: the severity goes up, the close deadline follows (5 working days)
    before = row.close_by
    row = complaints.advance(
        ctx, row.id, row.version, "核实属实", severity=ComplaintSeverity.SERIOUS
    )
    assert row.state is ComplaintState.JUDGED and row.close_by > before
    row = complaints.advance(ctx, row.id, row.version, "服务经理负责")
    assert row.state is ComplaintState.ASSIGNED
    row = complaints.advance(ctx, row.id, row.version, "调取派工记录")
    assert row.state is ComplaintState.INVESTIGATING
    with pytest.raises(ValidationError) as err:
        complaints.advance(ctx, row.id, row.version)
    assert err.value.field == "resolution" and err.value.code == "required"
    with pytest.raises(ValidationError) as err:
        complaints.advance(ctx, row.id, row.version, resolution="赠送保养", compensation="abc")
    assert err.value.field == "compensation"
    row = complaints.advance(
        ctx, row.id, row.version, resolution="赠送一次免费洗车", compensation=Decimal("88.50")
    )
    assert row.state is ComplaintState.PROPOSED and row.compensation == Decimal("88.50")
    row = complaints.advance(ctx, row.id, row.version, "客户同意")
    assert row.state is ComplaintState.NOTIFIED
    row = complaints.advance(ctx, row.id, row.version, accountability="派工员未及时通知")
    assert row.state is ComplaintState.ACCOUNTED
    with pytest.raises(ValidationError) as err:
        complaints.advance(ctx, row.id, row.version)
    assert err.value.field == "improvement"
    row = complaints.advance(ctx, row.id, row.version, improvement="延时交车必须提前电话告知")
    assert row.state is ComplaintState.CLOSED and row.closed_at is not None
    assert row.closed_on_time is True  # recorded just now: within its 5 working days
    with pytest.raises(RuleViolation):
        complaints.add_note(ctx, row.id, row.version, "再补充")
    row = complaints.reopen(ctx, row.id, row.version, "客户再次来电：问题依旧")
    assert row.state is ComplaintState.INVESTIGATING and row.reopened == 1
    full = complaints.get_complaint(ctx, row.id)
    assert [h.action for h in full.history] == [
        "record", "response", "feedback", "judged", "assigned", "investigating",
        "proposed", "notified", "accounted", "closed", "reopen",
    ]  # fmt: skip
    assert full.history[-1].note == "客户再次来电：问题依旧"
    assert full.history[-1].user == "Li Na"


def test_handover_keeps_the_note_and_the_history(ctx, shop, manager, tech):
    row = complaints.record_complaint(ctx, _input())
    with pytest.raises(ValidationError) as err:  # a technician does not handle complaints
        complaints.hand_over(ctx, row.id, row.version, tech.actor.user_id, "请跟进")
    assert (err.value.field, err.value.code) == ("to_user_id", "cannot_handle")
    with pytest.raises(ValidationError) as err:
        complaints.hand_over(ctx, row.id, row.version, manager.actor.user_id, "  ")
    assert err.value.field == "note"
    row = complaints.hand_over(
        ctx, row.id, row.version, manager.actor.user_id, "涉及赔偿，请经理处理"
    )
    assert row.owner == "Qian Hong"
    handover = complaints.get_complaint(ctx, row.id).history[-1]
    assert (handover.action, handover.from_user, handover.to_user) == (
        "handover", "Li Na", "Qian Hong",
    )  # fmt: skip
    assert handover.note == "涉及赔偿，请经理处理"


def test_two_agents_at_once_the_second_is_told_who_changed_what(ctx, shop, manager):
    row = complaints.record_complaint(ctx, _input())
    complaints.add_note(manager, row.id, row.version, "已回电客户", kind="response")
    with pytest.raises(ConflictError) as err:
        complaints.add_note(ctx, row.id, row.version, "我也回电了", kind="response")
    assert err.value.entity == "complaint"
    assert [(c.user, c.action) for c in err.value.changes] == [("Qian Hong", "response")]
    assert "已回电客户" in err.value.changes[0].summary
    # nothing of the refused call was written
    assert [h.note for h in complaints.get_complaint(ctx, row.id).history][-1] == "已回电客户"


def test_waiting_for_parts_pauses_the_clock_and_asks_for_updates(ctx, shop, db):
    # Mon 28 Sep 09:00 CST; general: close by Wed 30 Sep 09:00 CST
    row = complaints.record_complaint(ctx, _input(received_at=utc(2026, 9, 28, 1, 0)))
    assert row.close_by == utc(2026, 9, 30, 1, 0)
    row = complaints.wait(
        ctx, row.id, row.version, ComplaintWait.PARTS, "等原厂配件", at=utc(2026, 9, 28, 2, 0)
    )
    # an update is owed 2 working days after Mon 10:00 -> Wed 30 Sep 10:00 CST
    assert row.update_by == utc(2026, 9, 30, 2, 0)
    assert ComplaintDeadline.CLOSE not in row.overdue
    row = complaints.resume(ctx, row.id, row.version, "配件到货", at=utc(2026, 9, 29, 2, 0))
    # paused Mon 10:00-18:00 (480) + Tue 08:30-10:00 (90) = 570 working minutes;
    # Wed 09:00 + 570: 540 on Wednesday, holidays 1-7 Oct, 30 on Thu 8 Oct -> 09:00 CST
    assert row.paused_minutes == 570
    assert row.close_by == utc(2026, 10, 8, 1, 0)
    assert row.waiting is None and row.update_by is None
    with pytest.raises(RuleViolation):
        complaints.resume(ctx, row.id, row.version, "again")


def test_a_missed_deadline_escalates_once_on_the_change_feed(ctx, shop, db):
    row = complaints.record_complaint(ctx, _input())
    assert complaints.escalate_due(ctx, at=utcnow() + timedelta(minutes=1)) == []
    assert complaints.overdue_complaints(ctx, at=utcnow()) == []
    later = row.respond_by + timedelta(seconds=1)
    first = complaints.escalate_due(ctx, at=later)
    assert [(e.complaint_id, e.deadline, e.to_role) for e in first] == [
        (row.id, ComplaintDeadline.RESPOND, Role.MANAGER.value)
    ]
    assert complaints.escalate_due(ctx, at=later) == []  # idempotent
    overdue = complaints.overdue_complaints(ctx, at=later)
    assert [(r.id, r.overdue) for r in overdue] == [(row.id, (ComplaintDeadline.RESPOND,))]
    end = row.close_by + timedelta(seconds=1)
    second = complaints.escalate_due(ctx, at=end)
    assert {e.deadline for e in second} == {ComplaintDeadline.FEEDBACK, ComplaintDeadline.CLOSE}
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(ComplaintEscalation)) == 3
        feed = s.scalar(
            select(func.count())
            .select_from(ChangeLogEntry)
            .where(ChangeLogEntry.entity == "complaint", ChangeLogEntry.action == "escalate")
        )
        assert feed == 3
    assert len(complaints.escalations(ctx, row.id)) == 3


def test_an_escalation_is_heard_live_by_a_listening_screen(ctx, shop, db):
    row = complaints.record_complaint(ctx, _input())
    heard: list = []
    stop = db.feed.subscribe(heard.extend)
    try:
        complaints.escalate_due(ctx, at=row.respond_by + timedelta(seconds=1))
        assert complaints.escalate_due(ctx, at=row.respond_by + timedelta(seconds=1)) == []
    finally:
        stop()
    assert [(c.entity, c.entity_id, c.action) for c in heard] == [("complaint", row.id, "escalate")]


def test_a_late_write_notices_the_missed_deadline(ctx, shop, db):
    # received long ago: recording it already escalates what is missed
    row = complaints.record_complaint(ctx, _input(received_at=utc(2026, 9, 28, 1, 0)))
    assert set(row.overdue) == {
        ComplaintDeadline.RESPOND, ComplaintDeadline.FEEDBACK, ComplaintDeadline.CLOSE
    }  # fmt: skip
    assert {e.deadline for e in complaints.escalations(ctx, row.id)} == set(row.overdue)


def test_bad_input_writes_nothing(ctx, shop, db, tech):
    with pytest.raises(ValidationError) as err:
        complaints.record_complaint(ctx, _input(description="  "))
    assert err.value.field == "description"
    with pytest.raises(ValidationError) as err:
        complaints.record_complaint(ctx, _input(received_at=utcnow() + timedelta(hours=1)))
    assert (err.value.field, err.value.code) == ("received_at", "in_future")
    person = customers.create_customer(ctx, customer("匿名化", "13900002222"))
    with db.write() as s:
        s.get(Customer, person.id).anonymised_at = utcnow()  # type: ignore[union-attr]
    with pytest.raises(ValidationError) as err:
        complaints.record_complaint(ctx, _input(customer_id=person.id))
    assert (err.value.field, err.value.code) == ("customer_id", "anonymised")
    with pytest.raises(AccessDenied):
        complaints.record_complaint(tech, _input())
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Complaint)) == 0


def test_a_follow_up_agent_records_and_lists(ctx, shop):
    agent = as_user(ctx, "Zhou Jie", Role.FOLLOW_UP)
    row = complaints.record_complaint(agent, _input(kind=ComplaintKind.REPAIR_QUALITY))
    assert [r.id for r in complaints.list_complaints(agent)] == [row.id]
    assert complaints.list_complaints(agent)[0].as_json()["kind"] == "repair_quality"
