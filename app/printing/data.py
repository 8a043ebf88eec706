"""What a document is printed from: the order whole, the shop header and the pickup token,
read in one transaction; plus the next-service recommendation the statement carries."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from app.domain.enums import AssetKind
from app.domain.models import Setting
from app.domain.types import utcnow
from app.printing.token import make_token
from app.services.context import ServiceContext
from app.services.queries import find_order_id, load_order_detail
from app.services.settings import SHOP_KEYS, installation_secret
from app.services.views import OrderDetail

#: default service interval for vehicles when the order carries none
NEXT_SERVICE_KM = 5000
NEXT_SERVICE_MONTHS = 6


@dataclass(frozen=True)
class ShopHeader:
    name: str = ""
    address: str = ""
    phone: str = ""
    logo_path: str = ""


@dataclass(frozen=True)
class PrintData:
    detail: OrderDetail
    shop: ShopHeader
    token: str  # pickup token for the QR codes
    printed_at: datetime  # UTC


def _load(ctx: ServiceContext, order_id: int | None, number: str | None) -> PrintData:
    with ctx.db.read() as session:
        if order_id is None:
            assert number is not None
            order_id = find_order_id(session, number)
        detail = load_order_detail(session, order_id)
        rows = session.scalars(select(Setting).where(Setting.key.in_(SHOP_KEYS))).all()
        values = {r.key.removeprefix("shop."): r.value for r in rows}
        secret = installation_secret(session)
    return PrintData(
        detail=detail,
        shop=ShopHeader(**values),
        token=make_token(detail.order.number, secret),
        printed_at=utcnow(),
    )


def load_print_data(ctx: ServiceContext, order_id: int) -> PrintData:
    return _load(ctx, order_id, None)


def load_print_data_by_number(ctx: ServiceContext, number: str) -> PrintData:
    return _load(ctx, None, number)


@dataclass(frozen=True)
class NextService:
    due_date: date | None
    due_km: int | None
    suggested: bool  # computed from the default interval, not entered on the order


def add_months(start: date, months: int) -> date:
    month0 = start.month - 1 + months
    year, month = start.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def next_service(detail: OrderDetail, today: date) -> NextService:
    """The next service to recommend: the order's own if entered, else for a vehicle the
    default interval (+5,000 km rounded up to the next thousand, +6 months)."""
    order = detail.order
    if order.next_service_date or order.next_service_km:
        return NextService(order.next_service_date, order.next_service_km, False)
    if detail.asset.kind is not AssetKind.VEHICLE:
        return NextService(None, None, False)
    mileage = order.mileage_in or detail.asset.mileage_km
    due_km = None
    if mileage is not None:
        due_km = -(-(mileage + NEXT_SERVICE_KM) // 1000) * 1000
    return NextService(add_months(today, NEXT_SERVICE_MONTHS), due_km, True)
