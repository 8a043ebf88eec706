"""Builders for test data through the real services (no mocks of our own database)."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from app.domain.enums import (
    ApprovalMethod,
    AssetKind,
    LineKind,
    OrderState,
    PauseReason,
    Payer,
    PaymentMethod,
    Role,
)
from app.domain.types import utcnow
from app.services import cashier, intake, workflow
from app.services.context import ServiceContext
from app.services.inputs import (
    AssetInput,
    CustomerInput,
    IntakeInput,
    LineInput,
    PaymentInput,
    VisitDetails,
)
from app.services.people import as_user
from app.services.queries import ready
from app.services.views import OrderDetail

_AFTER_WORK = (OrderState.READY, OrderState.SETTLED, OrderState.RELEASED)

VALID_VINS = ["1M8GDM9AXKP042788", "LSVAU218XN2183294", "WVWZZZ3C5WE123456"]


def vehicle(plate: str = "粤B12345", vin: str | None = "1M8GDM9AXKP042788") -> AssetInput:
    return AssetInput(
        kind=AssetKind.VEHICLE, plate=plate, vin=vin, make="Toyota", model="Camry", year=2021
    )


def phone_device(imei: str = "490154203237518") -> AssetInput:
    return AssetInput(kind=AssetKind.DEVICE, imei=imei, make="Huawei", model="Mate 60")


def customer(name: str = "张伟", phone: str = "13812345678") -> CustomerInput:
    return CustomerInput(name=name, phones=[phone])


def two_lines() -> list[LineInput]:
    return [
        LineInput(LineKind.LABOR, "常规保养工时", "1.5", "180.00"),
        LineInput(LineKind.PART, "机油滤清器", "1", "68.00", payer=Payer.WARRANTY),
    ]


def new_order(ctx: ServiceContext, **kw: object) -> OrderDetail:
    data = IntakeInput(
        details=VisitDetails(
            symptom="刹车有异响",
            mileage_in=42000,
            fuel_level=50,
            promised_at=utcnow() + timedelta(hours=3),
        ),
        customer=kw.pop("customer", customer()),  # type: ignore[arg-type]
        asset=kw.pop("asset", vehicle()),  # type: ignore[arg-type]
        lines=kw.pop("lines", two_lines()),  # type: ignore[arg-type]
    )
    for key, value in kw.items():
        setattr(data, key, value)
    return ready(intake.intake(ctx, data))  # loaded now: a snapshot, as a desk shows it


def inspector_of(ctx: ServiceContext) -> ServiceContext:
    """The quality inspector at ``ctx``'s station."""
    return as_user(ctx, "Sun Li", Role.INSPECTOR)


def cashier_of(ctx: ServiceContext) -> ServiceContext:
    """The cashier (the ``cashier`` fixture's user) at ``ctx``'s station."""
    return as_user(ctx, "Zhao Min", Role.CASHIER)


def manager_of(ctx: ServiceContext) -> ServiceContext:
    """The service manager at ``ctx``'s station."""
    return as_user(ctx, "Qian Hong", Role.MANAGER)


def order_in_state(
    ctx: ServiceContext, tech: ServiceContext, state: OrderState, **kw: object
) -> OrderDetail:
    """Drive a new order through the real services up to ``state``, each step by the role
    that does it: the advisor ``ctx`` takes it in and gives it out, the technician ``tech``
    works it, the inspector checks it, the cashier settles, takes the money and releases.
    The order is loaded when it is handed back (a snapshot, as a desk shows it)."""
    return ready(_drive(ctx, tech, state, **kw))


def _drive(
    ctx: ServiceContext, tech: ServiceContext, state: OrderState, **kw: object
) -> OrderDetail:
    d = new_order(ctx, **kw)
    qc = inspector_of(ctx) if state in _AFTER_WORK else ctx
    pay = cashier_of(ctx) if state in _AFTER_WORK else ctx
    steps = [
        (
            OrderState.APPROVED,
            lambda d: workflow.approve_order(ctx, d.id, ApprovalMethod.SIGNATURE),
        ),
        (OrderState.ASSIGNED, lambda d: workflow.assign(ctx, d.id, tech.actor.user_id)),
        (OrderState.IN_PROGRESS, lambda d: workflow.start_work(tech, d.id)),
        (OrderState.WORK_DONE, lambda d: workflow.finish_work(tech, d.id)),
        (OrderState.READY, lambda d: workflow.quality_check(qc, d.id, True)),
        (OrderState.SETTLED, lambda d: cashier.settle(pay, d.id)),
        (
            OrderState.RELEASED,
            lambda d: (
                cashier.release(
                    pay, cashier.pay(pay, d.id, [PaymentInput(PaymentMethod.CASH, d.balance)]).id
                )
                if d.balance > Decimal(0)
                else cashier.release(pay, d.id)
            ),
        ),
    ]
    if state is OrderState.OPEN:
        return d
    if state is OrderState.PAUSED:
        for _, step in steps[:3]:
            d = step(d)
        return workflow.pause_work(tech, d.id, PauseReason.WAITING_PARTS)
    if state is OrderState.CANCELLED:
        return workflow.cancel(ctx, d.id, "customer changed their mind")
    for target, step in steps:
        d = step(d)
        if target is state:
            return d
    raise ValueError(state)
