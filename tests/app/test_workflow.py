"""The work-order state machine, in the domain and through the services: every action from
every state, allowed (right target, history, journal, version) or refused (a clear
IllegalTransition and nothing written); cancellation with a reason; rework orders."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest

from app.domain.enums import OrderState as S
from app.domain.enums import PauseReason, PaymentMethod
from app.domain.errors import (
    IllegalTransition,
    NotFound,
    RuleViolation,
    ValidationError,
    ValidationErrors,
)
from app.domain.workflow import TRANSITIONS, allowed_actions, target_of
from app.services import cashier, queries, workflow
from app.services.context import ServiceContext
from app.services.inputs import PaymentInput
from app.services.queries import ready
from app.services.views import OrderDetail
from tests.app._support import assert_nothing_written, order_in, snapshot

_WORKING = (S.OPEN, S.APPROVED, S.ASSIGNED, S.IN_PROGRESS, S.PAUSED, S.WORK_DONE, S.READY)

#: written out by hand from the process description, independently of app.domain.workflow
EXPECTED: dict[str, dict[S, S]] = {
    "approve": {S.OPEN: S.APPROVED},
    "assign": {S.APPROVED: S.ASSIGNED},
    "start": {S.ASSIGNED: S.IN_PROGRESS},
    "pause": {S.IN_PROGRESS: S.PAUSED},
    "resume": {S.PAUSED: S.IN_PROGRESS},
    "finish": {S.IN_PROGRESS: S.WORK_DONE},
    "qc_pass": {S.WORK_DONE: S.READY},
    "qc_fail": {S.WORK_DONE: S.IN_PROGRESS},
    "settle": {S.READY: S.SETTLED},
    "void_settlement": {S.SETTLED: S.READY},
    "release": {S.SETTLED: S.RELEASED},
    "cancel": {s: S.CANCELLED for s in _WORKING},
}


# --- the domain table ---


def test_the_table_covers_every_action():
    assert set(TRANSITIONS) == set(EXPECTED)


@pytest.mark.parametrize("state", list(S))
@pytest.mark.parametrize("action", sorted(EXPECTED))
def test_target_of_every_action_from_every_state(action, state):
    expected = EXPECTED[action].get(state)
    if expected is not None:
        assert target_of(action, state) is expected
        assert action in allowed_actions(state)
    else:
        with pytest.raises(IllegalTransition) as info:
            target_of(action, state)
        err = info.value
        assert (err.action, err.state, err.code) == (action, state.value, "illegal_transition")
        assert set(err.allowed_from) == {s.value for s in EXPECTED[action]}
        assert state.value in str(err) and action in str(err)
        assert action not in allowed_actions(state)


def test_released_and_cancelled_are_final():
    assert allowed_actions(S.RELEASED) == [] and allowed_actions(S.CANCELLED) == []


# --- the services ---

Call = Callable[[ServiceContext, ServiceContext, OrderDetail], OrderDetail]

#: ``ctx`` is the service manager here, who holds every desk right (each right per role is
#: test_permissions' business): only the state machine refuses
SERVICE_ACTIONS: dict[str, Call] = {
    "approve": lambda ctx, tech, d: workflow.approve_order(ctx, d.id, version=d.version),
    "assign": lambda ctx, tech, d: workflow.assign(
        ctx, d.id, tech.actor.user_id, version=d.version
    ),
    "start": lambda ctx, tech, d: workflow.start_work(tech, d.id, version=d.version),
    "pause": lambda ctx, tech, d: workflow.pause_work(
        tech, d.id, PauseReason.WAITING_PARTS, version=d.version
    ),
    "resume": lambda ctx, tech, d: workflow.resume_work(tech, d.id, version=d.version),
    "finish": lambda ctx, tech, d: workflow.finish_work(tech, d.id, version=d.version),
    "qc_pass": lambda ctx, tech, d: workflow.quality_check(ctx, d.id, True, version=d.version),
    "qc_fail": lambda ctx, tech, d: workflow.quality_check(
        ctx, d.id, False, "异响仍在", version=d.version
    ),
    "settle": lambda ctx, tech, d: cashier.settle(ctx, d.id, version=d.version),
    "void_settlement": lambda ctx, tech, d: cashier.void_settlement(
        ctx, d.id, "payer was wrong", version=d.version
    ),
    "release": lambda ctx, tech, d: cashier.release(ctx, d.id, version=d.version),
    "cancel": lambda ctx, tech, d: workflow.cancel(ctx, d.id, "客户不修了", version=d.version),
}

#: reassigning a running job is allowed and keeps the state
REASSIGNABLE = (S.ASSIGNED, S.IN_PROGRESS, S.PAUSED)


def _allowed_here(state: S) -> dict[str, S]:
    allowed = {a: t[state] for a, t in EXPECTED.items() if state in t}
    if state in REASSIGNABLE:
        allowed["assign"] = state
    return allowed


@pytest.mark.parametrize("state", list(S))
def test_refused_actions_raise_and_change_nothing(db, ctx, tech, manager, state):
    d = order_in(ctx, tech, state)
    assert d.order.state is state
    refused = sorted(set(SERVICE_ACTIONS) - set(_allowed_here(state)))
    before = snapshot(db)
    for action in refused:
        with pytest.raises(IllegalTransition) as info:
            SERVICE_ACTIONS[action](manager, tech, d)
        assert (info.value.action, info.value.state) == (action, state.value)
    # an order can also never be paid before it is settled, and reopened only once released
    if state is not S.SETTLED:
        with pytest.raises(RuleViolation) as rv:
            cashier.pay(manager, d.id, [PaymentInput(PaymentMethod.CASH, "1.00")])
        assert rv.value.code == "pay_not_settled"
    if state is not S.RELEASED:
        with pytest.raises(RuleViolation) as rv:
            workflow.reopen_for_rework(manager, d.id, "还是响")
        assert rv.value.code == "reopen_not_released"
    assert_nothing_written(db, before)


@pytest.mark.parametrize("state", [s for s in S if _allowed_here(s)])
def test_allowed_actions_move_the_order_and_journal_it(db, ctx, tech, manager, state):
    for action, target in sorted(_allowed_here(state).items()):
        d = order_in(ctx, tech, state)
        if action == "release":
            # loaded now: the order as it was before the action (a service's order is
            # loaded when first looked at)
            d = ready(cashier.pay(manager, d.id, [PaymentInput(PaymentMethod.WECHAT, d.balance)]))
        after = SERVICE_ACTIONS[action](manager, tech, d)
        fresh = queries.get_order(ctx, d.id)
        assert fresh.order.state is after.order.state is target, action
        assert fresh.version == d.version + 1, action
        last_event = fresh.events[-1]
        assert last_event.version == fresh.version
        assert last_event.action == (
            "reassign" if action == "assign" and target is state else action
        )
        history = fresh.order.history
        if target is state:  # reassignment: no state change recorded
            assert len(history) == len(d.order.history)
        else:
            assert (history[-1].from_state, history[-1].to_state) == (state, target)
            assert len(history) == len(d.order.history) + 1


def test_pause_records_why_and_resume_clears_it(ctx, tech):
    d = order_in(ctx, tech, S.IN_PROGRESS)
    d = workflow.pause_work(tech, d.id, PauseReason.WAITING_PARTS, "刹车片缺货")
    assert d.order.pause_reason is PauseReason.WAITING_PARTS
    assert d.order.history[-1].reason == "waiting_parts: 刹车片缺货"
    d = workflow.resume_work(tech, d.id)
    assert d.order.state is S.IN_PROGRESS and d.order.pause_reason is None


def test_pause_for_another_reason_needs_a_note(db, ctx, tech):
    d = order_in(ctx, tech, S.IN_PROGRESS)
    before = snapshot(db)
    with pytest.raises(ValidationErrors) as info:
        workflow.pause_work(tech, d.id, PauseReason.OTHER, "  ")
    assert [(e.field, e.code) for e in info.value.errors] == [("note", "required")]
    assert_nothing_written(db, before)


def test_failed_quality_check_needs_a_note_and_sends_the_job_back(db, ctx, tech, inspector):
    d = order_in(ctx, tech, S.WORK_DONE)
    before = snapshot(db)
    with pytest.raises(ValidationErrors) as info:
        workflow.quality_check(inspector, d.id, False)
    assert info.value.for_field("note").code == "required"
    assert_nothing_written(db, before)

    d = workflow.quality_check(inspector, d.id, False, "左前轮仍有异响")
    assert d.order.state is S.IN_PROGRESS and d.order.qc_passed_at is None
    assert [(q.passed, q.note) for q in d.quality_checks] == [(False, "左前轮仍有异响")]
    d = workflow.finish_work(tech, d.id)
    d = workflow.quality_check(inspector, d.id, True)
    assert d.order.state is S.READY and d.order.qc_passed_at is not None
    assert [q.passed for q in d.quality_checks] == [False, True]
    assert d.quality_checks[-1].inspector.name == "Sun Li"


def test_start_and_finish_are_recorded_with_who_and_where(ctx, tech):
    d = order_in(ctx, tech, S.WORK_DONE)
    by_state = {h.to_state: h for h in d.order.history}
    assert by_state[S.IN_PROGRESS].user.name == "Wang Wei"
    assert by_state[S.IN_PROGRESS].station.name == "Counter 1"
    assert by_state[S.ASSIGNED].user.name == "Li Na"
    assert d.order.technician.name == "Wang Wei"
    assert [h.to_state for h in d.order.history] == [
        S.OPEN,
        S.APPROVED,
        S.ASSIGNED,
        S.IN_PROGRESS,
        S.WORK_DONE,
    ]


def test_unknown_order_and_technician_are_not_found(db, ctx, tech):
    before = snapshot(db)
    with pytest.raises(NotFound) as info:
        workflow.approve_order(ctx, 987654)
    assert (info.value.what, info.value.key) == ("order", 987654)
    d = order_in(ctx, tech, S.APPROVED)
    before = snapshot(db)
    with pytest.raises(NotFound) as info:
        workflow.assign(ctx, d.id, 987654)
    assert info.value.what == "user"
    assert_nothing_written(db, before)


# --- cancellation ---


def test_cancellation_needs_a_reason(db, ctx, tech):
    d = order_in(ctx, tech, S.APPROVED)
    before = snapshot(db)
    for reason, code in (("", "required"), ("   ", "required"), (None, "required")):
        with pytest.raises(ValidationError) as info:
            workflow.cancel(ctx, d.id, reason)  # type: ignore[arg-type]
        assert (info.value.field, info.value.code) == ("reason", code)
    with pytest.raises(ValidationError) as info:
        workflow.cancel(ctx, d.id, "x" * 501)
    assert (info.value.field, info.value.code) == ("reason", "too_long")
    assert_nothing_written(db, before)


def test_cancellation_keeps_the_reason_and_leaves_the_board(ctx, tech, manager):
    d = order_in(ctx, tech, S.IN_PROGRESS)
    assert d.id in {r.order_id for r in queries.board(ctx)}
    d = workflow.cancel(manager, d.id, "  客户决定不修了 ")  # work started: the manager's
    assert d.order.state is S.CANCELLED
    assert d.order.cancel_reason == "客户决定不修了"
    assert (d.order.history[-1].from_state, d.order.history[-1].reason) == (
        S.IN_PROGRESS,
        "客户决定不修了",
    )
    assert d.events[-1].summary == "cancelled: 客户决定不修了"
    assert d.id not in {r.order_id for r in queries.board(ctx)}


def test_a_settled_order_is_cancelled_only_after_voiding_the_statement(ctx, tech, manager):
    d = order_in(ctx, tech, S.SETTLED)
    number = d.settlement.number
    with pytest.raises(IllegalTransition):
        workflow.cancel(manager, d.id, "客户不要了")
    d = cashier.void_settlement(manager, d.id, "客户不要了")
    assert d.order.state is S.READY and d.settlement is None
    d = workflow.cancel(manager, d.id, "客户不要了")
    assert d.order.state is S.CANCELLED
    assert any(h.reason == f"void {number}: 客户不要了" for h in d.order.history)


# --- rework ---


def test_rework_is_a_new_order_linked_to_the_original(ctx, tech):
    original = order_in(ctx, tech, S.RELEASED)
    rework = workflow.reopen_for_rework(ctx, original.id, "  刹车仍有异响 ")
    assert rework.id != original.id and rework.order.number != original.order.number
    assert rework.order.number.startswith("WO-")
    assert rework.order.state is S.OPEN
    assert rework.order.reopened_from_id == original.id
    assert rework.reopened_from_number == original.order.number
    assert rework.order.symptom == "刹车仍有异响"
    assert (rework.order.customer_id, rework.order.asset_id) == (
        original.order.customer_id,
        original.order.asset_id,
    )
    assert rework.lines == [] and rework.payments == []
    after = queries.get_order(ctx, original.id)
    assert after.order.state is S.RELEASED
    assert after.version == original.version + 1
    assert after.events[-1].summary == f"reopened as {rework.order.number}"


def test_only_one_open_rework_per_order(db, ctx, tech):
    original = order_in(ctx, tech, S.RELEASED)
    first = workflow.reopen_for_rework(ctx, original.id, "还是响")
    before = snapshot(db)
    with pytest.raises(RuleViolation) as info:
        workflow.reopen_for_rework(ctx, original.id, "还是响")
    assert info.value.code == "rework_open"
    assert_nothing_written(db, before)
    workflow.cancel(ctx, first.id, "误开")
    second = workflow.reopen_for_rework(ctx, original.id, "真的还是响")
    assert second.order.reopened_from_id == original.id and second.id != first.id


def test_rework_needs_a_reason(db, ctx, tech):
    original = order_in(ctx, tech, S.RELEASED)
    before = snapshot(db)
    with pytest.raises(ValidationError) as info:
        workflow.reopen_for_rework(ctx, original.id, " ")
    assert (info.value.field, info.value.code) == ("reason", "required")
    assert_nothing_written(db, before)


def test_released_order_paid_in_full_keeps_its_documents(ctx, tech):
    d = order_in(ctx, tech, S.RELEASED)
    assert d.paid == d.settlement.customer_due == Decimal("270.00")
    assert d.release.number.startswith("RL-") and d.order.released_at is not None
