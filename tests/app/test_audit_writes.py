"""Every change the desk services make writes an audit entry in the same transaction: who
(user and roles), where (station), what (``order.<action>``, the state it moved from and to,
money before -> after), which order and customer; customers' and assets' edits carry the
fields they changed. The entries are what ``app.services.audit_log`` searches."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from app.db.engine import Database
from app.domain.enums import ApprovalMethod, LineKind, OrderState, Payer, PaymentMethod
from app.domain.models import AuditEntry, OrderEvent
from app.services import cashier, customers, lines, workflow
from app.services.context import ServiceContext
from app.services.inputs import CustomerInput, LineInput, PaymentInput
from tests.app._support import next_plate, order_in
from tests.factories import cashier_of, vehicle

S = OrderState


def _entries(db: Database, **where: Any) -> list[AuditEntry]:
    with db.read() as s:
        stmt = select(AuditEntry).order_by(AuditEntry.id)
        for key, value in where.items():
            stmt = stmt.where(getattr(AuditEntry, key) == value)
        return list(s.scalars(stmt))


def _last(db: Database, action: str) -> tuple[AuditEntry, dict, dict]:
    entry = _entries(db, action=action)[-1]
    return entry, json.loads(entry.before or "{}"), json.loads(entry.after or "{}")


def test_every_journalled_order_change_is_in_the_audit_log_with_who_and_where(
    db, ctx, tech, manager
):
    d = order_in(ctx, tech, S.RELEASED)
    cashier.refund(manager, d.payments[0].id, "20.00", "优惠补退")
    with db.read() as s:
        events = list(
            s.scalars(select(OrderEvent).where(OrderEvent.order_id == d.id).order_by(OrderEvent.id))
        )
    audited = _entries(db, order_id=d.id)
    assert [f"order.{e.action}" for e in events] == [a.action for a in audited]
    for event, entry in zip(events, audited, strict=True):
        assert (entry.user_id, entry.station_id) == (event.user_id, event.station_id)
        assert entry.customer_id == d.customer.id and entry.entity == "order"
        assert entry.summary.startswith(d.order.number)
    who = {(a.action, a.user_name, a.roles, a.station_name) for a in audited}
    assert ("order.intake", "Li Na", "advisor", "Counter 1") in who
    assert ("order.start", "Wang Wei", "technician", "Counter 1") in who
    assert ("order.qc_pass", "Sun Li", "inspector", "Counter 1") in who
    assert ("order.settle", "Zhao Min", "cashier", "Counter 1") in who
    assert ("order.refund", "Qian Hong", "manager", "Counter 1") in who


def test_state_moves_carry_the_state_before_and_after(db, ctx, tech):
    d = order_in(ctx, tech, S.IN_PROGRESS)
    workflow.pause_work(tech, d.id, workflow.PauseReason.WAITING_PARTS, "缺刹车片")
    _, before, after = _last(db, "order.pause")
    assert before == {"state": "in_progress"}
    assert after == {"state": "paused", "pause_reason": "waiting_parts", "note": "缺刹车片"}
    _, before, after = _last(db, "order.intake")
    assert after["state"] == "open" and len(after["lines"]) == 2
    assert after["lines"][0]["unit_price"] == "180.00"


def test_money_actions_carry_the_amounts(db, ctx, tech, manager):
    till = cashier_of(ctx)
    d = order_in(ctx, tech, S.READY)
    labor = next(l for l in d.lines if l.kind is LineKind.LABOR)
    d = lines.set_line_payer_and_discount(
        ctx, d.id, labor.id, payer=Payer.CUSTOMER, discount_percent="10", version=d.version
    )
    entry, before, after = _last(db, "order.line_update")
    assert (before["discount_percent"], before["amount"]) == ("0.00", "270.00")
    assert (after["discount_percent"], after["amount"]) == ("10.00", "243.00")
    assert entry.approved_by_id is None

    d = cashier.settle(till, d.id)
    _, before, after = _last(db, "order.settle")
    assert (before["state"], after["state"]) == ("ready", "settled")
    assert after["customer_due"] == "243.00" and after["free_total"] == "68.00"
    assert after["settlement"] == d.settlement.number

    d = cashier.pay(
        till,
        d.id,
        [PaymentInput(PaymentMethod.WECHAT, "100.00"), PaymentInput(PaymentMethod.CASH, "200")],
    )
    _, before, after = _last(db, "order.pay")
    assert before == {"balance": "243.00"}
    assert after["balance"] == "0.00"
    assert after["payments"] == [
        {"method": "wechat", "amount": "100.00", "change": "0.00"},
        {"method": "cash", "amount": "143.00", "change": "57.00"},
    ]

    d = cashier.release(till, d.id)
    _, _, after = _last(db, "order.release")
    assert (after["on_account"], after["owing"]) == (False, "0.00")

    cash = next(p for p in d.payments if p.method is PaymentMethod.CASH)
    cashier.refund(manager, cash.id, "43.00", "少收工时")
    _, before, after = _last(db, "order.refund")
    assert before == {"refunded": "0.00"}
    assert (after["refund"], after["method"], after["reason"]) == ("43.00", "cash", "少收工时")


def test_release_on_account_says_what_is_owing(db, ctx, tech, manager):
    d = order_in(ctx, tech, S.SETTLED)
    cashier.release(manager, d.id)
    entry, before, after = _last(db, "order.release")
    assert (after["on_account"], after["owing"]) == (True, "270.00")
    assert "on account: 270.00 owing" in entry.summary
    assert entry.approved_by_id is None  # the manager holds the right: nobody approved it


def test_line_changes_carry_the_fields_that_changed(db, ctx, tech):
    d = order_in(ctx, tech, S.OPEN)
    line = d.lines[0]
    d = lines.update_line(
        ctx,
        d.id,
        line.id,
        LineInput(LineKind.LABOR, line.description, "2", "180.00"),
        version=d.version,
    )
    _, before, after = _last(db, "order.line_update")
    assert (before, after) == (
        {"line": line.id, "quantity": "1.50"},
        {"line": line.id, "quantity": "2.00"},
    )
    lines.remove_line(ctx, d.id, line.id, version=d.version)
    _, before, _ = _last(db, "order.line_remove")
    assert before["description"] == line.description and before["unit_price"] == "180.00"


def test_extra_work_and_the_customers_answer(db, ctx, tech):
    d = order_in(ctx, tech, S.IN_PROGRESS)
    pads = LineInput(LineKind.PART, "前刹车片", "1", "420.00")
    d = lines.propose_extra_work(tech, d.id, [pads], finding="刹车片磨损")
    _, _, after = _last(db, "order.extra_work")
    assert after["finding"] == "刹车片磨损" and after["lines"][0]["unit_price"] == "420.00"
    lines.decide_extra_work(ctx, d.id, [d.lines[-1].id], approve=False, method=ApprovalMethod.PHONE)
    entry, before, after = _last(db, "order.extra_work_declined")
    assert (before["approval"], after["approval"], after["method"]) == (
        "proposed",
        "declined",
        "phone",
    )
    assert entry.user_name == "Li Na"


def test_customer_and_asset_edits_carry_the_changed_fields(db, ctx, tech):
    c = customers.create_customer(ctx, CustomerInput("吴敏", ["13912345678"]))
    entry, before, after = _last(db, "customer.create")
    assert before == {} and after["name"] == "吴敏" and after["phones"] == ["13912345678"]
    assert (entry.entity, entry.entity_id, entry.customer_id) == ("customer", c.id, c.id)

    c = customers.update_customer(
        ctx,
        c.id,
        CustomerInput("吴敏", ["13912345678", "13800001111"], notes="VIP"),
        version=c.version,
    )
    _, before, after = _last(db, "customer.update")
    assert before == {"notes": None, "phones": ["13912345678"]}
    assert after == {"notes": "VIP", "phones": ["13912345678", "13800001111"]}

    plate = next_plate()
    a = customers.create_asset(ctx, c.id, vehicle(plate=plate, vin=None))
    _, _, after = _last(db, "asset.create")
    assert after["plate"] == plate and after["kind"] == "vehicle"
    data = vehicle(plate=plate, vin=None)
    data.mileage_km = 42_000
    a = customers.update_asset(ctx, a.id, data, version=a.version)
    entry, before, after = _last(db, "asset.update")
    assert (before, after) == ({"mileage_km": None}, {"mileage_km": 42000})
    assert entry.customer_id == c.id

    other = customers.create_customer(ctx, CustomerInput("李强", ["13700002222"]))
    customers.transfer_asset(ctx, a.id, other.id, "过户")
    entry, before, after = _last(db, "asset.transfer")
    assert before == {"customer_id": c.id}
    assert after == {"customer_id": other.id, "note": "过户"}


def test_an_intake_of_a_new_customer_audits_the_customer_the_asset_and_the_order(db, ctx):
    from tests.factories import new_order

    d = new_order(ctx, asset=vehicle(plate=next_plate(), vin=None))
    actions = [e.action for e in _entries(db, customer_id=d.customer.id)]
    assert actions == ["customer.create", "asset.create", "order.intake"]


def test_reads_write_nothing_to_the_audit_log(db, ctx, tech):
    d = order_in(ctx, tech, S.OPEN)
    with db.read() as s:
        count = s.scalar(select(func.count(AuditEntry.id)))
    from app.services import queries

    queries.get_order(ctx, d.id)
    queries.board(ctx)
    with db.read() as s:
        assert s.scalar(select(func.count(AuditEntry.id))) == count


def test_the_service_statement_count_stays_low(db: Database, ctx: ServiceContext, tech):
    """Rights and audit cost a few statements per call (the roles, the user's and station's
    names, the insert), not a query per line: paying a settled order and reading it back
    whole stays within a fixed budget (34 statements on SQLite when written)."""
    from sqlalchemy import event

    till = cashier_of(ctx)
    d = order_in(ctx, tech, S.SETTLED)
    statements: list[str] = []

    def count(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        cashier.pay(till, d.id, [PaymentInput(PaymentMethod.CASH, Decimal("270.00"))])
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    # (on PostgreSQL the journal rows go in one statement: app.db.tail)
    audit_inserts = [s for s in statements if "INSERT INTO audit_log" in s]
    assert len(audit_inserts) == 1
    roles = [s for s in statements if "user_roles" in s and "stations" in s]
    assert len(roles) == 1  # the rights and names are read once per transaction
    assert not [s for s in statements if s.startswith("SELECT") and "FROM stations" in s]
    assert len(statements) <= 36, "\n".join(statements)
