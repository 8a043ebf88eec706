"""Building blocks of the customer-care tests: customers, assets and released orders
written straight into the database (the desk's services are tested elsewhere), so each
case states exactly the dates, amounts and flags its hand-computed answer rests on."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from app.domain.enums import AssetKind, ContactChannel, OrderState, PaymentKind, PaymentMethod
from app.domain.models import (
    Asset,
    ContactConsent,
    Customer,
    Payment,
    Phone,
    Settlement,
    WorkOrder,
)
from app.services.context import ServiceContext
from app.settings.declared import SETTINGS

_numbers = itertools.count(1)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


def put(ctx: ServiceContext, key: str, value: Any) -> None:
    from app.services.settings import put_setting

    with ctx.db.write() as session:
        put_setting(session, key, SETTINGS[key].to_text(value))


def customer(
    ctx: ServiceContext,
    name: str,
    *,
    consent: bool | None = True,
    birthday: date | None = None,
    phone: str | None = None,
    **kw: Any,
) -> int:
    n = next(_numbers)
    with ctx.db.write() as session:
        c = Customer(
            name=name,
            name_key=name.lower(),
            birthday=birthday,
            birthday_md=birthday.strftime("%m-%d") if birthday else None,
            **kw,
        )
        number = phone or f"1390000{n:04d}"
        c.phones.append(Phone(number=number, tail4=number[-4:], position=0))
        session.add(c)
        session.flush()
        if consent is not None:
            session.add(
                ContactConsent(
                    customer_id=c.id, channel=ContactChannel.PHONE, granted=consent,
                    at=utc(2026, 1, 1), source="intake form",
                )
            )  # fmt: skip
        return c.id


def asset(
    ctx: ServiceContext, customer_id: int, kind: AssetKind = AssetKind.VEHICLE, **kw: Any
) -> int:
    n = next(_numbers)
    with ctx.db.write() as session:
        a = Asset(kind=kind, customer_id=customer_id, make="Make", model=f"M{n}", **kw)
        if kind is AssetKind.VEHICLE:
            a.plate = a.plate_key = f"粤B{n:05d}"
        else:
            a.serial = f"SN{n:08d}"
        session.add(a)
        session.flush()
        return a.id


def released(
    ctx: ServiceContext,
    customer_id: int,
    asset_id: int,
    at: datetime,
    *,
    due: str | None = None,
    paid: str | None = None,
    mileage: int | None = None,
    **kw: Any,
) -> int:
    """A released order (created an hour before ``at``) with its settlement (``due``: what
    the customer owed) and payment (``paid``, default: all of it)."""
    n = next(_numbers)
    with ctx.db.write() as session:
        o = WorkOrder(
            number=f"T{n:08d}", state=kw.pop("state", OrderState.RELEASED), customer_id=customer_id,
            asset_id=asset_id, released_at=at, created_at=at, mileage_in=mileage, **kw,
        )  # fmt: skip
        session.add(o)
        session.flush()
        if due is not None:
            amount = Decimal(due)
            session.add(
                Settlement(
                    number=f"S{n:08d}", order_id=o.id, gross=amount, discount=Decimal(0),
                    customer_total=amount, rounding=Decimal(0), customer_due=amount,
                    free_total=Decimal(0), user_id=ctx.actor.user_id,
                    station_id=ctx.actor.station_id, at=at,
                )
            )  # fmt: skip
            pay = Decimal(paid if paid is not None else due)
            if pay:
                session.add(
                    Payment(
                        order_id=o.id, kind=PaymentKind.PAYMENT, method=PaymentMethod.CASH,
                        amount=pay, user_id=ctx.actor.user_id, station_id=ctx.actor.station_id,
                        at=at,
                    )
                )  # fmt: skip
        return o.id
