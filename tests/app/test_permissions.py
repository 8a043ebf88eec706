"""Every desk service with every role, on SQLite and PostgreSQL: each (service, role) either
works or raises AccessDenied naming the first right the role lacks, exactly as
``ROLE_PERMISSIONS`` says; a refusal writes nothing (every table's row count and the
order/line/customer columns that matter are unchanged). A switched-off account has no rights
at all, reads included.

Each service has a valid target built fresh through the real services (an order in the
state the action needs...), so a refusal can only come from the rights check.
"""

from __future__ import annotations

import inspect
import itertools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select, update

from app.db.engine import Database
from app.domain.enums import (
    ApprovalMethod,
    AssetKind,
    ComplaintChannel,
    ComplaintKind,
    ComplaintSeverity,
    ComplaintWait,
    ContactChannel,
    LineKind,
    MessageEvent,
    OrderState,
    PauseReason,
    Role,
)
from app.domain.enums import PaymentMethod as PM
from app.domain.errors import AccessDenied
from app.domain.models import CatalogItem, FollowUp, User
from app.domain.permissions import ROLE_PERMISSIONS, Permission, may, may_with_approval
from app.domain.types import utcnow
from app.printing import data as print_data
from app.services import (
    appointments,
    care_figures,
    cashier,
    complaints,
    customers,
    due_lists,
    duplicates,
    followups,
    health_records,
    intake,
    legal,
    lines,
    lookup,
    messages,
    prints,
    privacy_requests,
    queries,
    value_classes,
    warranty,
    workflow,
)
from app.services.complaints import ComplaintInput
from app.services.context import ServiceContext
from app.services.inputs import (
    CustomerInput,
    InspectionInput,
    IntakeInput,
    LineInput,
    PaymentInput,
    VisitDetails,
)
from app.services.people import as_user
from tests.app import _care
from tests.app._support import assert_nothing_written, next_plate, order_in, snapshot
from tests.factories import cashier_of, customer, vehicle

P = Permission
S = OrderState
#: a user whose account was switched off: no roles, so no rights
INACTIVE = "inactive"
WHO: list[Role | str] = [*Role, INACTIVE]

_phones = itertools.count(13_700_000_000)


@dataclass
class Desk:
    """The shop the cases act in: the advisor and technician who build targets, and one
    user per role at the counter."""

    db: Database
    ctx: ServiceContext
    tech: ServiceContext
    users: dict[Role | str, ServiceContext]

    def order(self, state: OrderState, **kw: Any) -> Any:
        return order_in(self.ctx, self.tech, state, **kw)

    def catalog_item(self) -> CatalogItem:
        with self.db.read() as s:
            item = s.scalars(
                select(CatalogItem)
                .where(CatalogItem.unit_price > Decimal("10"))
                .order_by(CatalogItem.id)
                .limit(1)
            ).one()
        return item


@dataclass(frozen=True)
class Case:
    """One service: the rights it checks in order (``chain``), a builder of a valid target,
    and the call. ``reads``: the call changes nothing, one target serves every role."""

    name: str
    chain: tuple[Permission, ...]
    target: Callable[[Desk], Any]
    call: Callable[[ServiceContext, Any], Any]
    reads: bool = False


def _line(desc: str = "空调滤芯", price: str = "80.00", pct: str = "0") -> LineInput:
    return LineInput(LineKind.PART, desc, "1", price, pct)


def _paid(desk: Desk) -> Any:
    d = desk.order(S.SETTLED)
    till = cashier_of(desk.ctx)
    return cashier.pay(till, d.id, [PaymentInput(PM.CASH, d.balance)])


def _with_extra_work(desk: Desk) -> Any:
    d = desk.order(S.IN_PROGRESS)
    return lines.propose_extra_work(desk.tech, d.id, [_line("刹车片", "300.00")])


def _cheap_line(desk: Desk) -> LineInput:
    """A catalog item's line one yuan below its catalog price."""
    item = desk.catalog_item()
    price = item.unit_price - Decimal("1.00")
    return LineInput(item.kind, item.name_zh, "1", price, catalog_item_id=item.id)


def _below_catalog(desk: Desk) -> tuple[Any, LineInput]:
    return desk.order(S.OPEN), _cheap_line(desk)


def _new_visit(desk: Desk) -> IntakeInput:
    return IntakeInput(
        details=VisitDetails(symptom="异响"),
        customer=customer("周明", str(next(_phones))),
        asset=vehicle(plate=next_plate(), vin=None),
        lines=[_line()],
    )


def _known_visit(desk: Desk) -> IntakeInput:
    d = desk.order(S.RELEASED)
    return IntakeInput(
        details=VisitDetails(symptom="保养"),
        customer_id=d.customer.id,
        asset_id=d.asset.id,
        lines=[_line()],
    )


def _new_customer(desk: Desk) -> Any:
    return customers.create_customer(desk.ctx, CustomerInput("吴敏", [str(next(_phones))]))


def _two_owners(desk: Desk) -> tuple[int, int]:
    d = desk.order(S.RELEASED)
    return d.asset.id, _new_customer(desk).id


def _care_release(desk: Desk) -> int:
    """A customer who agreed to calls, with a car released yesterday (a follow-up owed)."""
    cid = _care.customer(desk.ctx, "回访客户")
    at = utcnow() - timedelta(days=1)
    return _care.released(desk.ctx, cid, _care.asset(desk.ctx, cid), at)


def _slot_item(desk: Desk) -> tuple[datetime, int]:
    """The next free car slot (from tomorrow) and a labor item with standard hours."""
    with desk.db.read() as s:
        item = s.scalars(
            select(CatalogItem).where(CatalogItem.standard_hours > 0).order_by(CatalogItem.id)
        ).first()
    assert item is not None
    today = utcnow().date()
    for n in range(1, 60):
        free = appointments.free_slots(desk.ctx, today + timedelta(days=n), "1", "vehicle")
        if free:
            return free[0].starts_at, item.id
    raise AssertionError("no free slot in 60 days")


def _booking(desk: Desk) -> tuple[int, int, datetime]:
    """A car booked into the next free slot: (id, version, start)."""
    d = desk.order(S.OPEN)
    starts_at, item_id = _slot_item(desk)
    row = appointments.book(
        desk.ctx,
        appointments.BookingInput(
            d.customer.id, d.asset.id, starts_at, [appointments.BookedItem(item_id)]
        ),
        send_confirmation=False,
    )
    return row.id, row.version, starts_at


def _booking_input(desk: Desk) -> appointments.BookingInput:
    d = desk.order(S.OPEN)
    starts_at, item_id = _slot_item(desk)
    return appointments.BookingInput(
        d.customer.id, d.asset.id, starts_at, [appointments.BookedItem(item_id)]
    )


def _care_follow_up(desk: Desk) -> tuple[int, int]:
    order_id = _care_release(desk)
    followups.generate(desk.users[Role.MANAGER])
    with desk.db.read() as s:
        fu = s.scalars(select(FollowUp).where(FollowUp.order_id == order_id)).one()
    return fu.id, fu.version


def _complaint_input() -> ComplaintInput:
    return ComplaintInput(
        ComplaintChannel.PHONE, ComplaintKind.SERVICE, ComplaintSeverity.GENERAL, "交车延误"
    )


def _complaint(desk: Desk) -> Any:
    return complaints.record_complaint(desk.ctx, _complaint_input())


def _closed_complaint(desk: Desk) -> Any:
    r = _complaint(desk)
    steps: list[dict[str, Any]] = [
        {}, {}, {}, {"resolution": "致歉"}, {}, {"accountability": "前台"}, {"improvement": "培训"},
    ]  # fmt: skip
    for fields in steps:
        r = complaints.advance(desk.ctx, r.id, r.version, **fields)
    return r


_MESSAGE_VALUES = {"asset": "粤B12345", "shop": "安达汽修", "shop_phone": "020-12345678"}


def _consenting(desk: Desk) -> int:
    cid = _new_customer(desk).id
    followups.record_consent(desk.ctx, cid, ContactChannel.SMS, True, "到店登记表")
    return cid


def _past_the_rights(call: Callable[[], Any], code: str) -> None:
    """The call got past the rights check to the next refusal, ``code`` (the shop in the
    test has no SMS gateway to send through)."""
    from app.domain.errors import ValidationError

    with pytest.raises(ValidationError) as err:
        call()
    assert err.value.code == code


def _queued(desk: Desk) -> Any:
    return messages.queue_message(
        desk.ctx, _consenting(desk), MessageEvent.FOLLOW_UP, _MESSAGE_VALUES
    )


CASES: list[Case] = [
    # --- reception ---
    Case(
        "intake.intake",
        (P.INTAKE, P.EDIT_CUSTOMERS),
        _new_visit,
        lambda c, data: intake.intake(c, data),
    ),
    Case(
        "intake.intake (customer on file)",
        (P.INTAKE,),
        _known_visit,
        lambda c, data: intake.intake(c, data),
    ),
    Case(
        "intake.intake (below the catalog)",
        (P.INTAKE, P.EDIT_CUSTOMERS, P.PRICE_BELOW_CATALOG),
        lambda desk: (_new_visit(desk), _cheap_line(desk)),
        lambda c, t: intake.intake(c, IntakeInput(**{**t[0].__dict__, "lines": [t[1]]})),
    ),
    Case(
        "intake.update_details",
        (P.INTAKE,),
        lambda desk: desk.order(S.OPEN),
        lambda c, d: intake.update_details(
            c, d.id, VisitDetails(symptom="客户补充：冷车异响"), version=d.version
        ),
    ),
    Case(
        "intake.record_inspection",
        (P.INTAKE,),
        lambda desk: desk.order(S.OPEN),
        lambda c, d: intake.record_inspection(
            c, d.id, InspectionInput(items=[], marks=[], fuel_level=40), version=d.version
        ),
    ),
    Case(
        "intake.last_mileage",
        (P.VIEW,),
        lambda desk: desk.order(S.OPEN).asset.id,
        lambda c, asset_id: intake.last_mileage(c, asset_id),
        reads=True,
    ),
    Case(
        "intake.checklist",
        (P.VIEW,),
        lambda desk: AssetKind.VEHICLE,
        lambda c, kind: intake.checklist(c, kind),
        reads=True,
    ),
    Case(
        "intake.declined_recommendations",
        (P.VIEW,),
        lambda desk: desk.order(S.OPEN).asset.id,
        lambda c, asset_id: intake.declined_recommendations(c, asset_id),
        reads=True,
    ),
    Case(
        "workflow.approve_order",
        (P.INTAKE,),
        lambda desk: desk.order(S.OPEN),
        lambda c, d: workflow.approve_order(c, d.id, ApprovalMethod.SIGNATURE, version=d.version),
    ),
    # --- lines ---
    Case(
        "lines.add_lines",
        (P.EDIT_LINES,),
        lambda desk: desk.order(S.OPEN),
        lambda c, d: lines.add_lines(c, d.id, [_line()], version=d.version),
    ),
    Case(
        "lines.add_lines (below the catalog)",
        (P.EDIT_LINES, P.PRICE_BELOW_CATALOG),
        _below_catalog,
        lambda c, t: lines.add_lines(c, t[0].id, [t[1]], version=t[0].version),
    ),
    Case(
        "lines.add_lines (discount beyond the limit)",
        (P.EDIT_LINES, P.DISCOUNT, P.DISCOUNT_OVER_LIMIT),
        lambda desk: desk.order(S.OPEN),
        lambda c, d: lines.add_lines(c, d.id, [_line(pct="25")], version=d.version),
    ),
    Case(
        "lines.update_line",
        (P.EDIT_LINES,),
        lambda desk: desk.order(S.OPEN),
        lambda c, d: lines.update_line(
            c, d.id, d.lines[0].id, _line("机油滤清器", "70.00"), version=d.version
        ),
    ),
    Case(
        "lines.remove_line",
        (P.EDIT_LINES,),
        lambda desk: desk.order(S.OPEN),
        lambda c, d: lines.remove_line(c, d.id, d.lines[0].id, version=d.version),
    ),
    Case(
        "lines.propose_extra_work",
        (P.PROPOSE_EXTRA_WORK,),
        lambda desk: desk.order(S.IN_PROGRESS),
        lambda c, d: lines.propose_extra_work(c, d.id, [_line("刹车片")], version=d.version),
    ),
    Case(
        "lines.decide_extra_work",
        (P.DECIDE_EXTRA_WORK,),
        _with_extra_work,
        lambda c, d: lines.decide_extra_work(
            c,
            d.id,
            [d.lines[-1].id],
            approve=True,
            method=ApprovalMethod.PHONE,
            version=d.version,
        ),
    ),
    Case(
        "lines.set_line_payer_and_discount",
        (P.DISCOUNT,),
        lambda desk: desk.order(S.READY),
        lambda c, d: lines.set_line_payer_and_discount(
            c, d.id, d.lines[0].id, payer="customer", discount_percent="5", version=d.version
        ),
    ),
    Case(
        "lines.set_line_payer_and_discount (beyond the limit)",
        (P.DISCOUNT, P.DISCOUNT_OVER_LIMIT),
        lambda desk: desk.order(S.READY),
        lambda c, d: lines.set_line_payer_and_discount(
            c, d.id, d.lines[0].id, payer="customer", discount_percent="30", version=d.version
        ),
    ),
    # --- workshop ---
    Case(
        "workflow.assign",
        (P.ASSIGN,),
        lambda desk: (desk.order(S.APPROVED), desk.tech.actor.user_id),
        lambda c, t: workflow.assign(c, t[0].id, t[1], version=t[0].version),
    ),
    Case(
        "workflow.start_work",
        (P.WORK,),
        lambda desk: desk.order(S.ASSIGNED),
        lambda c, d: workflow.start_work(c, d.id, version=d.version),
    ),
    Case(
        "workflow.pause_work",
        (P.WORK,),
        lambda desk: desk.order(S.IN_PROGRESS),
        lambda c, d: workflow.pause_work(c, d.id, PauseReason.WAITING_PARTS, version=d.version),
    ),
    Case(
        "workflow.resume_work",
        (P.WORK,),
        lambda desk: desk.order(S.PAUSED),
        lambda c, d: workflow.resume_work(c, d.id, version=d.version),
    ),
    Case(
        "workflow.finish_work",
        (P.WORK,),
        lambda desk: desk.order(S.IN_PROGRESS),
        lambda c, d: workflow.finish_work(c, d.id, version=d.version),
    ),
    Case(
        "workflow.quality_check",
        (P.QUALITY_CHECK,),
        lambda desk: desk.order(S.WORK_DONE),
        lambda c, d: workflow.quality_check(c, d.id, True, version=d.version),
    ),
    Case(
        "workflow.cancel",
        (P.CANCEL,),
        lambda desk: desk.order(S.APPROVED),
        lambda c, d: workflow.cancel(c, d.id, "客户不修了", version=d.version),
    ),
    Case(
        "workflow.cancel (work done)",
        (P.CANCEL, P.CANCEL_WITH_WORK),
        lambda desk: desk.order(S.IN_PROGRESS),
        lambda c, d: workflow.cancel(c, d.id, "客户不修了", version=d.version),
    ),
    Case(
        "workflow.reopen_for_rework",
        (P.REOPEN,),
        lambda desk: desk.order(S.RELEASED),
        lambda c, d: workflow.reopen_for_rework(c, d.id, "同一故障再次出现"),
    ),
    Case(
        "workflow.set_next_service",
        (P.REOPEN,),
        lambda desk: desk.order(S.READY),
        lambda c, d: workflow.set_next_service(
            c, d.id, date(2027, 6, 1), 50_000, version=d.version
        ),
    ),
    # --- cashier ---
    Case(
        "cashier.settle",
        (P.SETTLE,),
        lambda desk: desk.order(S.READY),
        lambda c, d: cashier.settle(c, d.id, version=d.version),
    ),
    Case(
        "cashier.void_settlement",
        (P.VOID_SETTLEMENT,),
        lambda desk: desk.order(S.SETTLED),
        lambda c, d: cashier.void_settlement(c, d.id, "金额错误", version=d.version),
    ),
    Case(
        "cashier.pay",
        (P.PAY,),
        lambda desk: desk.order(S.SETTLED),
        lambda c, d: cashier.pay(c, d.id, [PaymentInput(PM.WECHAT, "100.00")], version=d.version),
    ),
    Case(
        "cashier.refund",
        (P.REFUND,),
        lambda desk: desk.order(S.RELEASED),
        lambda c, d: cashier.refund(c, d.payments[0].id, "20.00", "优惠补退", version=d.version),
    ),
    Case(
        "cashier.release",
        (P.RELEASE,),
        _paid,
        lambda c, d: cashier.release(c, d.id, version=d.version),
    ),
    Case(
        "cashier.release (on account)",
        (P.RELEASE, P.RELEASE_ON_ACCOUNT),
        lambda desk: desk.order(S.SETTLED),
        lambda c, d: cashier.release(c, d.id, version=d.version),
    ),
    # --- customers and their assets ---
    Case(
        "customers.create_customer",
        (P.EDIT_CUSTOMERS,),
        lambda desk: CustomerInput("吴敏", [str(next(_phones))]),
        lambda c, data: customers.create_customer(c, data),
    ),
    Case(
        "customers.update_customer",
        (P.EDIT_CUSTOMERS,),
        _new_customer,
        lambda c, cu: customers.update_customer(
            c, cu.id, CustomerInput("吴敏", [cu.phones[0].number], notes="VIP"), version=cu.version
        ),
    ),
    Case(
        "customers.create_asset",
        (P.EDIT_CUSTOMERS,),
        lambda desk: (_new_customer(desk).id, vehicle(plate=next_plate(), vin=None)),
        lambda c, t: customers.create_asset(c, t[0], t[1]),
    ),
    Case(
        "customers.update_asset",
        (P.EDIT_CUSTOMERS,),
        lambda desk: desk.order(S.OPEN).asset,
        lambda c, a: customers.update_asset(
            c, a.id, vehicle(plate=a.plate, vin=None), version=a.version
        ),
    ),
    Case(
        "customers.transfer_asset",
        (P.EDIT_CUSTOMERS,),
        _two_owners,
        lambda c, t: customers.transfer_asset(c, t[0], t[1], "二手车过户"),
    ),
    Case(
        "customers.customer_file",
        (P.VIEW,),
        lambda desk: desk.order(S.OPEN).customer.id,
        lambda c, cid: customers.customer_file(c, cid),
        reads=True,
    ),
    Case(
        "customers.check_asset",
        (P.VIEW,),
        lambda desk: desk.order(S.OPEN).asset,
        lambda c, a: customers.check_asset(c, vehicle(plate=a.plate, vin=None)),
        reads=True,
    ),
    Case(
        "customers.get_asset",
        (P.VIEW,),
        lambda desk: desk.order(S.OPEN).asset.id,
        lambda c, aid: customers.get_asset(c, aid),
        reads=True,
    ),
    # --- reading ---
    Case(
        "queries.get_order",
        (P.VIEW,),
        lambda desk: desk.order(S.OPEN).id,
        lambda c, oid: queries.get_order(c, oid),
        reads=True,
    ),
    Case(
        "queries.get_order_by_number",
        (P.VIEW,),
        lambda desk: desk.order(S.OPEN).order.number,
        lambda c, number: queries.get_order_by_number(c, number),
        reads=True,
    ),
    Case(
        "queries.board",
        (P.VIEW,),
        lambda desk: desk.order(S.IN_PROGRESS),
        lambda c, _d: queries.board(c),
        reads=True,
    ),
    Case(
        "queries.list_orders",
        (P.VIEW,),
        lambda desk: desk.order(S.OPEN),
        lambda c, _d: queries.list_orders(c, OrderState.OPEN),
        reads=True,
    ),
    Case(
        "queries.pending_extra_work",
        (P.VIEW,),
        _with_extra_work,
        lambda c, _d: queries.pending_extra_work(c),
        reads=True,
    ),
    Case(
        "queries.count_orders",
        (P.VIEW,),
        lambda desk: desk.order(S.OPEN),
        lambda c, _d: queries.count_orders(c),
        reads=True,
    ),
    Case(
        "lookup.lookup",
        (P.VIEW,),
        lambda desk: desk.order(S.OPEN).asset.plate,
        lambda c, plate: lookup.lookup(c, plate),
        reads=True,
    ),
    Case(
        "lookup.find",
        (P.VIEW,),
        lambda desk: desk.order(S.OPEN).asset.plate,
        lambda c, plate: lookup.find(c, plate),
        reads=True,
    ),
    Case(
        "followups.record_consent",
        (P.EDIT_CUSTOMERS,),
        lambda desk: _care.customer(desk.ctx, "同意人", consent=None),
        lambda c, cid: followups.record_consent(c, cid, ContactChannel.SMS, True, "到店登记"),
    ),
    Case(
        "followups.generate",
        (P.FOLLOW_UP,),
        _care_release,
        lambda c, _: followups.generate(c),
    ),
    Case(
        "followups.due_followups",
        (P.FOLLOW_UP,),
        _care_release,
        lambda c, _: followups.due_followups(c),
    ),
    Case(
        "followups.record_call",
        (P.FOLLOW_UP,),
        _care_follow_up,
        lambda c, fu: followups.record_call(c, fu[0], fu[1], outcome="satisfied"),
    ),
    Case(
        "due_lists.due_list",
        (P.FOLLOW_UP,),
        lambda desk: None,
        lambda c, _: due_lists.due_list(c, "inspection"),
        reads=True,
    ),
    Case(
        "due_lists.with_last_calls",
        (P.FOLLOW_UP,),
        lambda desk: None,
        lambda c, _: due_lists.with_last_calls(c, "inspection", []),
        reads=True,
    ),
    Case(
        "due_lists.log_call",
        (P.FOLLOW_UP,),
        lambda desk: _care.customer(desk.ctx, "提醒人"),
        lambda c, cid: due_lists.log_call(c, "inspection", cid, outcome="reached"),
    ),
    Case(
        "appointments.book",
        (P.APPOINTMENTS,),
        _booking_input,
        lambda c, data: appointments.book(c, data),
    ),
    Case(
        "appointments.cancel",
        (P.APPOINTMENTS,),
        _booking,
        lambda c, b: appointments.cancel(c, b[0], b[1], "客户取消"),
    ),
    Case(
        "appointments.move",
        (P.APPOINTMENTS,),
        _booking,
        lambda c, b: appointments.move(c, b[0], b[1], b[2] + timedelta(days=1)),
    ),
    Case(
        "appointments.record_confirmation",
        (P.APPOINTMENTS,),
        _booking,
        lambda c, b: appointments.record_confirmation(c, b[0], b[1], "confirmed"),
    ),
    Case(
        "appointments.no_show",
        (P.APPOINTMENTS,),
        _booking,
        lambda c, b: appointments.no_show(c, b[0], b[1], "未到", now=b[2] + timedelta(minutes=31)),
    ),
    Case(
        "appointments.send_day_before",
        (P.APPOINTMENTS,),
        lambda desk: None,
        lambda c, _: appointments.send_day_before(c),
    ),
    Case(
        "appointments.intake_prefill",
        (P.INTAKE,),
        _booking,
        lambda c, b: appointments.intake_prefill(c, b[0]),
        reads=True,
    ),
    Case(
        "appointments.free_slots",
        (P.VIEW,),
        lambda desk: None,
        lambda c, _: appointments.free_slots(c, utcnow().date(), "1", "vehicle"),
        reads=True,
    ),
    Case(
        "appointments.day_slots",
        (P.VIEW,),
        lambda desk: None,
        lambda c, _: appointments.day_slots(c, utcnow().date(), "vehicle"),
        reads=True,
    ),
    Case(
        "appointments.offer_slots",
        (P.VIEW,),
        lambda desk: None,
        lambda c, _: appointments.offer_slots(c, utcnow() + timedelta(days=1), "1", "vehicle"),
        reads=True,
    ),
    Case(
        "appointments.slot_at",
        (P.VIEW,),
        lambda desk: None,
        lambda c, _: appointments.slot_at(c, utcnow().date(), time(10, 0)),
        reads=True,
    ),
    Case(
        "appointments.day_list",
        (P.VIEW,),
        lambda desk: None,
        lambda c, _: appointments.day_list(c, utcnow().date()),
        reads=True,
    ),
    Case(
        "appointments.get_appointment",
        (P.VIEW,),
        _booking,
        lambda c, b: appointments.get_appointment(c, b[0]),
        reads=True,
    ),
    Case(
        "appointments.appointment_rows",
        (P.VIEW,),
        _booking,
        lambda c, b: appointments.appointment_rows(c, [b[0]]),
        reads=True,
    ),
    Case(
        "appointments.calls_due",
        (P.VIEW,),
        lambda desk: None,
        lambda c, _: appointments.calls_due(c),
        reads=True,
    ),
    Case(
        "appointments.reminder_list",
        (P.VIEW,),
        lambda desk: None,
        lambda c, _: appointments.reminder_list(c, utcnow().date()),
        reads=True,
    ),
    Case(
        "appointments.technicians",
        (P.VIEW,),
        lambda desk: None,
        lambda c, _: appointments.technicians(c),
        reads=True,
    ),
    Case(
        "appointments.week_figures",
        (P.VIEW,),
        lambda desk: None,
        lambda c, _: appointments.week_figures(c, utcnow().date()),
        reads=True,
    ),
    Case(
        "value_classes.compute_classes",
        (P.FOLLOW_UP,),
        _care_release,
        lambda c, _: value_classes.compute_classes(c),
    ),
    Case(
        "value_classes.daily_classes",
        (P.FOLLOW_UP,),
        _care_release,
        lambda c, _: value_classes.daily_classes(c),
    ),
    Case(
        "value_classes.list_classes",
        (P.FOLLOW_UP,),
        lambda desk: None,
        lambda c, _: value_classes.list_classes(c),
        reads=True,
    ),
    Case(
        "care_figures.care_figures",
        (P.FOLLOW_UP,),
        lambda desk: None,
        lambda c, _: care_figures.care_figures(c),
        reads=True,
    ),
    Case(
        "value_classes.class_of",
        (P.VIEW,),
        lambda desk: _care.customer(desk.ctx, "分级人"),
        lambda c, cid: value_classes.class_of(c, cid),
        reads=True,
    ),
    Case(
        "duplicates.list_duplicates",
        (P.VIEW_AUDIT,),
        lambda desk: None,
        lambda c, _: duplicates.list_duplicates(c, include_merged=True),
        reads=True,
    ),
    Case(
        "warranty.asset_warranty",
        (P.VIEW,),
        lambda desk: desk.order(S.OPEN).asset.id,
        lambda c, aid: warranty.asset_warranty(c, aid),
        reads=True,
    ),
    Case(
        "printing.data.load_print_data",
        (P.VIEW,),
        lambda desk: desk.order(S.OPEN).id,
        lambda c, oid: print_data.load_print_data(c, oid),
        reads=True,
    ),
    Case(
        "printing.data.load_print_data_by_number",
        (P.VIEW,),
        lambda desk: desk.order(S.OPEN).order.number,
        lambda c, number: print_data.load_print_data_by_number(c, number),
        reads=True,
    ),
    Case(
        "prints.record_print",
        (P.VIEW,),
        lambda desk: desk.order(S.OPEN).id,
        lambda c, oid: prints.record_print(c, oid, "work-order"),
    ),
    Case(
        "prints.print_count",
        (P.VIEW,),
        lambda desk: desk.order(S.OPEN).id,
        lambda c, oid: prints.print_count(c, oid, "work-order"),
        reads=True,
    ),
    Case(
        "prints.prints_of",
        (P.VIEW,),
        lambda desk: desk.order(S.OPEN).id,
        lambda c, oid: prints.prints_of(c, oid),
        reads=True,
    ),
    Case(
        "legal.set_legal_facts",
        (P.INTAKE,),
        lambda desk: desk.order(S.OPEN),
        lambda c, d: legal.set_legal_facts(
            c, d.id, legal.LegalFacts(repair_category="minor", old_parts="none")
        ),
    ),
    Case(
        "legal.comeback_for",
        (P.VIEW,),
        lambda desk: desk.order(S.RELEASED).asset.id,
        lambda c, aid: legal.comeback_for(c, aid, 42_000),
        reads=True,
    ),
    Case(
        "legal.issue_certificate",
        (P.QUALITY_CHECK,),
        lambda desk: desk.order(S.READY).id,
        lambda c, oid: legal.issue_certificate(c, oid),
    ),
    Case(
        "health_records.list_records",
        (P.VIEW,),
        lambda desk: desk.order(S.SETTLED),
        lambda c, _d: health_records.list_records(c),
        reads=True,
    ),
    Case(
        "health_records.record_of_order",
        (P.VIEW,),
        lambda desk: desk.order(S.SETTLED).id,
        lambda c, oid: health_records.record_of_order(c, oid),
        reads=True,
    ),
    Case(
        "health_records.export_records",
        (P.SETUP,),
        lambda desk: desk.order(S.SETTLED),
        lambda c, _d: health_records.export_records(c, None, None, "csv"),
        reads=True,
    ),
    Case(
        "health_records.upload_records",
        (P.SETUP,),
        lambda desk: desk.order(S.SETTLED),
        lambda c, _d: health_records.upload_records(c),
        reads=True,
    ),
    # --- complaints (投诉) ---
    Case(
        "complaints.record_complaint",
        (P.COMPLAINTS,),
        lambda desk: _complaint_input(),
        lambda c, data: complaints.record_complaint(c, data),
    ),
    Case(
        "complaints.add_note",
        (P.COMPLAINTS,),
        _complaint,
        lambda c, r: complaints.add_note(c, r.id, r.version, "已回电", kind="response"),
    ),
    Case(
        "complaints.advance",
        (P.COMPLAINTS,),
        _complaint,
        lambda c, r: complaints.advance(c, r.id, r.version, "属实"),
    ),
    Case(
        "complaints.hand_over",
        (P.COMPLAINTS,),
        lambda desk: (_complaint(desk), desk.users[Role.MANAGER].actor.user_id),
        lambda c, t: complaints.hand_over(c, t[0].id, t[0].version, t[1], "请技术主管跟进"),
    ),
    Case(
        "complaints.wait",
        (P.COMPLAINTS,),
        _complaint,
        lambda c, r: complaints.wait(c, r.id, r.version, ComplaintWait.PARTS, "等配件"),
    ),
    Case(
        "complaints.resume",
        (P.COMPLAINTS,),
        lambda desk: complaints.wait(
            desk.ctx, (r := _complaint(desk)).id, r.version, ComplaintWait.VERDICT, "等鉴定"
        ),
        lambda c, r: complaints.resume(c, r.id, r.version, "鉴定结果已出"),
    ),
    Case(
        "complaints.reopen",
        (P.COMPLAINTS,),
        _closed_complaint,
        lambda c, r: complaints.reopen(c, r.id, r.version, "客户再次投诉"),
    ),
    Case(
        "complaints.get_complaint",
        (P.VIEW,),
        _complaint,
        lambda c, r: complaints.get_complaint(c, r.id),
        reads=True,
    ),
    Case(
        "complaints.list_complaints",
        (P.VIEW,),
        _complaint,
        lambda c, _r: complaints.list_complaints(c),
        reads=True,
    ),
    Case(
        "complaints.overdue_complaints",
        (P.VIEW,),
        _complaint,
        lambda c, _r: complaints.overdue_complaints(c),
        reads=True,
    ),
    Case(
        "complaints.complaint_handlers",
        (P.VIEW,),
        _complaint,
        lambda c, _r: complaints.complaint_handlers(c),
        reads=True,
    ),
    Case(
        "complaints.escalate_due",
        (P.VIEW,),
        _complaint,
        lambda c, _r: complaints.escalate_due(c),
        reads=True,
    ),
    Case(
        "complaints.escalations",
        (P.VIEW,),
        _complaint,
        lambda c, r: complaints.escalations(c, r.id),
        reads=True,
    ),
    # --- messages and PIPL requests ---
    Case(
        "messages.list_templates",
        (P.VIEW,),
        lambda desk: None,
        lambda c, _t: messages.list_templates(c),
        reads=True,
    ),
    Case(
        "messages.save_template",
        (P.SETUP,),
        lambda desk: None,
        lambda c, _t: messages.save_template(
            c, MessageEvent.FOLLOW_UP, "zh_CN", "{customer}您好，感谢光临{shop}。", None
        ),
    ),
    Case(
        "messages.queue_message",
        (P.MESSAGES,),
        _consenting,
        lambda c, cid: messages.queue_message(c, cid, MessageEvent.FOLLOW_UP, _MESSAGE_VALUES),
    ),
    Case(
        "messages.outbox",
        (P.VIEW,),
        _queued,
        lambda c, _m: messages.outbox(c),
        reads=True,
    ),
    Case(
        "messages.send_queued",
        (P.VIEW,),
        _queued,
        lambda c, _m: messages.send_queued(c),
        reads=True,
    ),
    Case(
        "messages.mark_sent",
        (P.MESSAGES,),
        _queued,
        lambda c, m: messages.mark_sent(c, m.id),
    ),
    Case(
        "messages.call_list",
        (P.VIEW,),
        _queued,
        lambda c, _m: messages.call_list(c),
        reads=True,
    ),
    Case(
        "messages.call_list_csv",
        (P.VIEW,),
        _queued,
        lambda c, _m: messages.call_list_csv(c),
        reads=True,
    ),
    Case(
        "messages.send_test",
        (P.SETUP,),
        lambda desk: None,
        lambda c, _t: _past_the_rights(lambda: messages.send_test(c, "13800138000"), "no_gateway"),
    ),
    Case(
        "messages.outbox_state",
        (P.VIEW,),
        lambda desk: None,
        lambda c, _t: messages.outbox_state(c),
        reads=True,
    ),
    Case(
        "privacy_requests.consents",
        (P.VIEW,),
        _consenting,
        lambda c, cid: privacy_requests.consents(c, cid),
        reads=True,
    ),
    Case(
        "privacy_requests.export_customer",
        (P.PRIVACY_REQUESTS,),
        lambda desk: _new_customer(desk).id,
        lambda c, cid: privacy_requests.export_customer(c, cid),
    ),
    Case(
        "privacy_requests.anonymise_customer",
        (P.PRIVACY_REQUESTS,),
        lambda desk: _new_customer(desk).id,
        lambda c, cid: privacy_requests.anonymise_customer(c, cid, "客户书面申请"),
    ),
]

#: the modules whose every public ``f(ctx, ...)`` a case must walk
MODULES = {
    "cashier": cashier,
    "lines": lines,
    "workflow": workflow,
    "intake": intake,
    "customers": customers,
    "duplicates": duplicates,
    "queries": queries,
    "lookup": lookup,
    "warranty": warranty,
    "printing.data": print_data,
    "prints": prints,
    "legal": legal,
    "health_records": health_records,
    "complaints": complaints,
    "followups": followups,
    "due_lists": due_lists,
    "value_classes": value_classes,
    "care_figures": care_figures,
    "messages": messages,
    "privacy_requests": privacy_requests,
    "appointments": appointments,
}


def _services() -> set[str]:
    found = set()
    for prefix, module in MODULES.items():
        for name, fn in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(fn):
                continue
            if fn.__module__ != module.__name__:
                continue
            params = list(inspect.signature(fn).parameters)
            if params and params[0] == "ctx":
                found.add(f"{prefix}.{name}")
    return found


def test_every_desk_service_has_a_case():
    walked = {c.name.split(" (")[0] for c in CASES}
    assert walked == _services()


def test_every_case_starts_with_a_right_some_role_holds():
    for case in CASES:
        assert any(case.chain[0] in perms for perms in ROLE_PERMISSIONS.values()), case.name


def _expected(who: Role | str, chain: tuple[Permission, ...]) -> Permission | None:
    """The first right of ``chain`` that ``who`` lacks (the one AccessDenied names)."""
    roles = frozenset() if who == INACTIVE else frozenset({who})
    return next((p for p in chain if not may(roles, p)), None)  # type: ignore[arg-type]


@pytest.fixture
def desk(db: Database, ctx: ServiceContext, tech: ServiceContext) -> Desk:
    users: dict[Role | str, ServiceContext] = {
        role: as_user(ctx, f"{role.value} 测试", role) for role in Role
    }
    gone = as_user(ctx, "离职员工", Role.MANAGER)
    with db.write() as s:
        s.execute(update(User).where(User.id == gone.actor.user_id).values(active=False))
    users[INACTIVE] = gone
    return Desk(db, ctx, tech, users)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_each_role_may_or_is_refused_and_a_refusal_writes_nothing(desk: Desk, case: Case):
    target = case.target(desk)
    outcomes: dict[str, str] = {}
    for who in WHO:
        user = desk.users[who]
        expected = _expected(who, case.chain)
        if expected is None:
            mine = target if case.reads else case.target(desk)
            case.call(user, mine)
            outcomes[str(who)] = "ok"
            continue
        before = snapshot(desk.db)
        with pytest.raises(AccessDenied) as info:
            case.call(user, target)
        err = info.value
        roles = frozenset() if who == INACTIVE else frozenset({who})
        approvable = may_with_approval(roles, expected)  # type: ignore[arg-type]
        assert (err.permission, err.approvable) == (expected.value, approvable), who
        assert err.code == ("approval_required" if approvable else "forbidden")
        assert expected.value in str(err)
        assert_nothing_written(desk.db, before)
        outcomes[str(who)] = f"refused {expected.value}"
    # every case is refused to someone (the switched-off account at least) and allowed to
    # someone (the manager holds every desk right)
    assert outcomes[INACTIVE].startswith("refused") and outcomes["manager"] == "ok"
