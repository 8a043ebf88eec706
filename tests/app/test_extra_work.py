"""Order lines: the estimate, extra work (增项) proposed during the repair, the customer's
decision on it (approved or declined, how, by whom), settlement only when all is decided,
and lines frozen once the order is settled, released or cancelled."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.domain.enums import (
    Approval,
    ApprovalMethod,
    LineKind,
    PauseReason,
    Payer,
    PaymentMethod,
)
from app.domain.enums import OrderState as S
from app.domain.errors import (
    IllegalTransition,
    NotFound,
    RuleViolation,
    ValidationError,
    ValidationErrors,
)
from app.services import cashier, catalog, intake, lines, queries, workflow
from app.services.inputs import LineInput, PaymentInput
from tests.app._support import assert_nothing_written, order_in, snapshot
from tests.factories import cashier_of

BRAKE_PADS = LineInput(LineKind.PART, "前刹车片", "1", "420.00")
BRAKE_LABOR = LineInput(LineKind.LABOR, "更换刹车片工时", "0.8", "180.00")


def _ids(d, description):
    return [l.id for l in d.lines if l.description == description]


def test_estimate_lines_are_approved_with_the_work_order(ctx, tech):
    d = order_in(ctx, tech, S.OPEN)
    d = lines.add_lines(ctx, d.id, [BRAKE_PADS], version=d.version)
    assert [(l.approval, l.is_extra) for l in d.lines] == [(Approval.PROPOSED, False)] * 3
    assert d.totals.net == Decimal("0.00")  # nothing approved yet
    assert d.estimate.net == Decimal("270.00") + Decimal("68.00") + Decimal("420.00")
    d = workflow.approve_order(ctx, d.id, ApprovalMethod.SIGNATURE)
    assert {(l.approval, l.approval_method) for l in d.lines} == {
        (Approval.APPROVED, ApprovalMethod.SIGNATURE)
    }
    assert all(l.approval_by.name == "Li Na" and l.approval_at for l in d.lines)
    assert d.totals == d.estimate
    assert [l.position for l in d.lines] == [1, 2, 3]


def test_technician_finding_pauses_the_job_until_the_customer_decides(db, ctx, tech):
    d = order_in(ctx, tech, S.IN_PROGRESS)
    d = lines.propose_extra_work(
        tech, d.id, [BRAKE_PADS, BRAKE_LABOR], finding="前刹车片磨损到极限", pause=True
    )
    assert d.order.state is S.PAUSED and d.order.pause_reason is PauseReason.WAITING_APPROVAL
    assert d.order.fault_found == "前刹车片磨损到极限"
    extra = [l for l in d.lines if l.is_extra]
    assert [(l.description, l.approval) for l in extra] == [
        ("前刹车片", Approval.PROPOSED),
        ("更换刹车片工时", Approval.PROPOSED),
    ]
    assert d.events[-1].action == "extra_work"

    pending = queries.pending_extra_work(ctx)
    assert [(p.order_id, p.description, p.amount) for p in pending] == [
        (d.id, "前刹车片", Decimal("420.00")),
        (d.id, "更换刹车片工时", Decimal("144.00")),
    ]
    assert pending[0].customer_phone == "13812345678" and pending[0].order_version == d.version

    # settling or finishing is not possible while the customer has not decided
    d = lines.decide_extra_work(
        ctx, d.id, _ids(d, "前刹车片"), approve=True, method=ApprovalMethod.PHONE, note="电话同意"
    )
    assert d.order.state is S.PAUSED, "one line is still undecided"
    line = next(l for l in d.lines if l.description == "前刹车片")
    assert (line.approval, line.approval_method, line.approval_note) == (
        Approval.APPROVED,
        ApprovalMethod.PHONE,
        "电话同意",
    )
    assert line.approval_by.name == "Li Na" and line.approval_at is not None

    d = lines.decide_extra_work(
        ctx, d.id, _ids(d, "更换刹车片工时"), approve=False, method=ApprovalMethod.PHONE
    )
    assert d.order.state is S.IN_PROGRESS and d.order.pause_reason is None
    assert d.order.history[-1].reason == "customer decided extra work"
    assert queries.pending_extra_work(ctx) == []
    # the approved part is billed, the declined labor is not
    assert d.totals.net == Decimal("270.00") + Decimal("68.00") + Decimal("420.00")
    assert d.estimate.net == d.totals.net


def test_a_job_paused_for_parts_does_not_resume_on_a_decision(ctx, tech):
    d = order_in(ctx, tech, S.PAUSED)  # waiting for parts
    d = lines.propose_extra_work(tech, d.id, [BRAKE_PADS])
    d = lines.decide_extra_work(
        ctx, d.id, _ids(d, "前刹车片"), approve=True, method=ApprovalMethod.IN_PERSON
    )
    assert d.order.state is S.PAUSED and d.order.pause_reason is PauseReason.WAITING_PARTS


def test_extra_work_must_be_decided_before_settlement(db, ctx, tech, inspector):
    till = cashier_of(ctx)
    d = order_in(ctx, tech, S.WORK_DONE)
    d = lines.propose_extra_work(tech, d.id, [BRAKE_PADS, BRAKE_LABOR])
    d = workflow.quality_check(inspector, d.id, True)
    before = snapshot(db)
    with pytest.raises(RuleViolation) as info:
        cashier.settle(till, d.id)
    assert info.value.code == "extra_work_undecided"
    assert info.value.params["lines"] == ["前刹车片", "更换刹车片工时"]
    assert_nothing_written(db, before)  # no statement number was used up either

    d = lines.decide_extra_work(
        ctx, d.id, _ids(d, "前刹车片"), approve=True, method=ApprovalMethod.PHONE
    )
    with pytest.raises(RuleViolation):
        cashier.settle(till, d.id)
    d = lines.decide_extra_work(
        ctx, d.id, _ids(d, "更换刹车片工时"), approve=False, method=ApprovalMethod.SIGNATURE
    )
    d = cashier.settle(till, d.id)
    assert d.settlement.customer_due == Decimal("270.00") + Decimal("420.00")
    assert d.settlement.free_total == Decimal("68.00")
    assert d.settlement.number.endswith("-0001")


def test_declined_extra_work_is_offered_again_on_the_next_visit(ctx, tech):
    d = order_in(ctx, tech, S.IN_PROGRESS)
    d = lines.propose_extra_work(tech, d.id, [BRAKE_PADS])
    d = lines.decide_extra_work(
        ctx, d.id, _ids(d, "前刹车片"), approve=False, method=ApprovalMethod.PHONE
    )
    recs = intake.declined_recommendations(ctx, d.asset.id)
    assert [(r.order_number, r.description, r.unit_price) for r in recs] == [
        (d.order.number, "前刹车片", Decimal("420.00"))
    ]
    assert recs[0].declined_at is not None


@pytest.mark.parametrize("state", [S.OPEN, S.READY, S.SETTLED, S.RELEASED, S.CANCELLED])
def test_extra_work_is_proposed_only_while_the_job_is_open_in_the_workshop(db, ctx, tech, state):
    d = order_in(ctx, tech, state)
    before = snapshot(db)
    with pytest.raises(IllegalTransition) as info:
        lines.propose_extra_work(tech, d.id, [BRAKE_PADS], finding="磨损")
    assert (info.value.action, info.value.state) == ("propose extra work", state.value)
    assert_nothing_written(db, before)


def test_extra_work_needs_lines_and_valid_ones(db, ctx, tech):
    d = order_in(ctx, tech, S.IN_PROGRESS)
    before = snapshot(db)
    with pytest.raises(ValidationErrors) as info:
        lines.propose_extra_work(tech, d.id, [])
    assert [(e.field, e.code) for e in info.value.errors] == [("lines", "required")]
    with pytest.raises(ValidationErrors) as info:
        lines.propose_extra_work(
            tech,
            d.id,
            [BRAKE_PADS, LineInput(LineKind.PART, "x" * 301, "-2", "1.999")],
            finding="x" * 2001,
        )
    assert {(e.field, e.code) for e in info.value.errors} == {
        ("lines.1.description", "too_long"),
        ("lines.1.quantity", "quantity_positive"),
        ("lines.1.unit_price", "money_precision"),
        ("finding", "too_long"),
    }
    assert_nothing_written(db, before)


def test_a_decision_is_made_once(db, ctx, tech):
    d = order_in(ctx, tech, S.IN_PROGRESS)
    d = lines.propose_extra_work(tech, d.id, [BRAKE_PADS])
    ids = _ids(d, "前刹车片")
    d = lines.decide_extra_work(ctx, d.id, ids, approve=True, method=ApprovalMethod.PHONE)
    before = snapshot(db)
    with pytest.raises(ValidationErrors) as info:
        lines.decide_extra_work(ctx, d.id, ids, approve=False, method=ApprovalMethod.PHONE)
    assert [(e.field, e.code) for e in info.value.errors] == [("lines", "already_decided")]
    with pytest.raises(ValidationErrors) as info:
        lines.decide_extra_work(ctx, d.id, [], approve=True, method=ApprovalMethod.PHONE)
    assert info.value.errors[0].code == "required"
    assert_nothing_written(db, before)


def test_deciding_lines_of_another_order_is_refused(db, ctx, tech):
    a = order_in(ctx, tech, S.IN_PROGRESS)
    b = lines.propose_extra_work(tech, order_in(ctx, tech, S.IN_PROGRESS).id, [BRAKE_PADS])
    a = lines.propose_extra_work(tech, a.id, [BRAKE_LABOR])
    before = snapshot(db)
    foreign = _ids(b, "前刹车片")
    with pytest.raises(NotFound) as info:
        lines.decide_extra_work(
            ctx,
            a.id,
            _ids(a, "更换刹车片工时") + foreign,
            approve=True,
            method=ApprovalMethod.PHONE,
        )
    assert info.value.what == "line" and info.value.key == foreign
    assert_nothing_written(db, before)


def test_proposed_lines_can_be_changed_or_removed_decided_ones_cannot(db, ctx, tech):
    d = order_in(ctx, tech, S.IN_PROGRESS)
    d = lines.propose_extra_work(tech, d.id, [BRAKE_PADS, BRAKE_LABOR])
    pads, labor = _ids(d, "前刹车片")[0], _ids(d, "更换刹车片工时")[0]
    d = lines.update_line(
        ctx,
        d.id,
        pads,
        LineInput(LineKind.PART, "前刹车片(原厂)", "1", "460.00"),
        version=d.version,
    )
    assert [(l.description, l.unit_price) for l in d.lines if l.id == pads] == [
        ("前刹车片(原厂)", Decimal("460.00"))
    ]
    d = lines.remove_line(ctx, d.id, labor, version=d.version)
    assert labor not in {l.id for l in d.lines}
    assert d.events[-1].summary == "removed 更换刹车片工时"

    approved = next(l.id for l in d.lines if l.approval is Approval.APPROVED)
    before = snapshot(db)
    with pytest.raises(IllegalTransition) as info:
        lines.update_line(ctx, d.id, approved, BRAKE_PADS, version=d.version)
    assert info.value.why == "the customer already decided this line"
    with pytest.raises(IllegalTransition):
        lines.remove_line(ctx, d.id, approved, version=d.version)
    with pytest.raises(NotFound):
        lines.remove_line(ctx, d.id, 987654, version=d.version)
    assert_nothing_written(db, before)


def test_payer_and_discount_change_until_settlement(ctx, tech, manager):
    d = order_in(ctx, tech, S.READY)
    labor = next(l for l in d.lines if l.kind is LineKind.LABOR)
    assert d.totals.customer_total == Decimal("270.00")
    d = lines.set_line_payer_and_discount(  # goodwill: the manager's call
        manager, d.id, labor.id, payer=Payer.GOODWILL, discount_percent="10", version=d.version
    )
    line = next(l for l in d.lines if l.id == labor.id)
    assert (line.payer, line.discount_percent) == (Payer.GOODWILL, Decimal("10.00"))
    assert d.totals.customer_total == Decimal("0.00")
    assert d.totals.by_payer[Payer.GOODWILL] == Decimal("243.00")
    assert d.totals.discount == Decimal("27.00")
    assert d.events[-1].summary == "常规保养工时: goodwill, -10.00% = 243.00"
    d = cashier.settle(cashier_of(ctx), d.id)
    assert d.settlement.customer_due == Decimal("0.00")
    assert d.settlement.free_total == Decimal("243.00") + Decimal("68.00")


@pytest.mark.parametrize("state", [S.SETTLED, S.RELEASED, S.CANCELLED])
def test_lines_are_frozen_after_settlement(db, ctx, tech, state):
    d = order_in(ctx, tech, state)
    line = d.lines[0]
    before = snapshot(db)
    attempts = [
        lambda: lines.add_lines(ctx, d.id, [BRAKE_PADS], version=d.version),
        lambda: lines.update_line(ctx, d.id, line.id, BRAKE_PADS, version=d.version),
        lambda: lines.remove_line(ctx, d.id, line.id, version=d.version),
        lambda: lines.set_line_payer_and_discount(
            ctx, d.id, line.id, payer=Payer.WARRANTY, discount_percent="0", version=d.version
        ),
        lambda: lines.decide_extra_work(
            ctx, d.id, [line.id], approve=False, method=ApprovalMethod.PHONE, version=d.version
        ),
        lambda: lines.propose_extra_work(tech, d.id, [BRAKE_PADS], version=d.version),
    ]
    for attempt in attempts:
        with pytest.raises(IllegalTransition) as info:
            attempt()
        assert info.value.state == state.value
    assert_nothing_written(db, before)


def test_voiding_the_statement_unfreezes_the_lines(ctx, tech, manager):
    till = cashier_of(ctx)
    d = order_in(ctx, tech, S.SETTLED)
    d = cashier.void_settlement(manager, d.id, "漏了一项")
    d = lines.add_lines(ctx, d.id, [BRAKE_PADS], version=d.version)
    assert d.lines[-1].is_extra and d.lines[-1].approval is Approval.PROPOSED
    d = lines.decide_extra_work(
        ctx, d.id, [d.lines[-1].id], approve=True, method=ApprovalMethod.IN_PERSON
    )
    d = cashier.settle(till, d.id)
    assert d.settlement.customer_due == Decimal("690.00")
    d = cashier.pay(till, d.id, [PaymentInput(PaymentMethod.ALIPAY, "690.00")])
    assert cashier.release(till, d.id).order.state is S.RELEASED


def test_bad_lines_and_unknown_catalog_items_write_nothing(db, ctx, tech):
    d = order_in(ctx, tech, S.OPEN)
    before = snapshot(db)
    with pytest.raises(ValidationErrors) as info:
        lines.add_lines(
            ctx,
            d.id,
            [BRAKE_PADS, LineInput(LineKind.PART, "机油", "0", "10.001", "101")],
            version=d.version,
        )
    assert {(e.field, e.code) for e in info.value.errors} == {
        ("lines.1.quantity", "quantity_positive"),
        ("lines.1.unit_price", "money_precision"),
        ("lines.1.discount_percent", "percent_range"),
    }
    unknown = LineInput(LineKind.PART, "机油", "1", "10", catalog_item_id=987654)
    with pytest.raises(NotFound) as nf:
        lines.add_lines(ctx, d.id, [BRAKE_PADS, unknown], version=d.version)
    assert nf.value.what == "catalog item"
    assert_nothing_written(db, before)


def test_amounts_no_statement_could_hold_are_refused_at_entry(db, ctx, tech):
    d = order_in(ctx, tech, S.OPEN)
    before = snapshot(db)
    with pytest.raises(ValidationErrors) as info:
        lines.add_lines(
            ctx,
            d.id,
            [LineInput(LineKind.PART, "typo", "1000000", "99999.00")],
            version=d.version,
        )
    assert [(e.field, e.code) for e in info.value.errors] == [
        ("lines.0.unit_price", "line_too_large")
    ]
    assert_nothing_written(db, before)


def test_a_statement_too_large_for_the_books_is_refused_not_crashed(db, ctx, tech):
    big = [LineInput(LineKind.PART, f"发动机总成 {i}", "1", "6000000000.00") for i in range(2)]
    d = order_in(ctx, tech, S.READY, lines=big)
    before = snapshot(db)
    with pytest.raises(RuleViolation) as info:
        cashier.settle(cashier_of(ctx), d.id)
    assert info.value.code == "amount_too_large"
    assert info.value.params["total"] == Decimal("12000000000.00")
    assert_nothing_written(db, before)


def test_payers_are_checked(db, ctx, tech):
    d = order_in(ctx, tech, S.READY)
    before = snapshot(db)
    with pytest.raises(ValidationError) as one:
        lines.set_line_payer_and_discount(
            ctx, d.id, d.lines[0].id, payer="boss", discount_percent="0", version=d.version
        )
    assert (one.value.field, one.value.code) == ("payer", "payer_unknown")
    with pytest.raises(ValidationErrors) as many:
        lines.add_lines(
            ctx,
            d.id,
            [LineInput(LineKind.PART, "x", "1", "1", payer="boss")],  # type: ignore[arg-type]
            version=d.version,
        )
    assert [(e.field, e.code) for e in many.value.errors] == [("lines.0.payer", "payer_unknown")]
    assert_nothing_written(db, before)
    d = lines.set_line_payer_and_discount(
        ctx, d.id, d.lines[0].id, payer="warranty", discount_percent="0", version=d.version
    )
    assert d.lines[0].payer is Payer.WARRANTY


def test_lines_from_the_catalog(ctx, tech):
    d = order_in(ctx, tech, S.OPEN)
    item = catalog.search_catalog(ctx, "L-OIL")[0]
    d = lines.add_lines(
        ctx, d.id, [catalog.line_from_catalog(item, quantity=Decimal("1"))], version=d.version
    )
    line = d.lines[-1]
    assert (line.catalog_item_id, line.code, line.description, line.description_en) == (
        item.id,
        "L-OIL",
        item.name_zh,
        "Oil and filter change labor",
    )
    assert (line.quantity, line.unit_price) == (Decimal("1.000"), item.unit_price)
