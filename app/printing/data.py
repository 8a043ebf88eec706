"""What a document is printed from: the order whole, the shop header and the pickup token,
read in one transaction; plus the next-service recommendation the statement carries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from app.domain.account import MoneySummary
from app.domain.warranty import recommend_next_service
from app.printing.token import GATE, make_token

if TYPE_CHECKING:  # the ORM is imported by the loaders that use it (a print needs it not)
    from sqlalchemy.orm import Session

    from app.services.context import ServiceContext
    from app.services.views import OrderDetail


@dataclass(frozen=True)
class ShopHeader:
    """The shop as its documents name it (the branch's ``shop.*`` settings)."""

    short_name: str = ""
    legal_name: str = ""
    address: str = ""
    phone: str = ""
    logo: bytes | None = None  # PNG, at most 600 px a side
    credit_code: str = ""  # 统一社会信用代码
    license_no: str = ""  # 机动车维修经营许可证号
    license_class: str = ""  # "1" / "2" / "3" (一类 / 二类 / 三类) or ""
    bank_name: str = ""
    bank_account: str = ""

    @property
    def name(self) -> str:
        """The big name at the top: the short name, else the legal name."""
        return self.short_name or self.legal_name


def shop_values(stored: dict[str, str]) -> dict[str, Any]:
    """:class:`ShopHeader`'s fields from a branch's stored settings (key -> text)."""
    from app.settings.declared import SETTINGS, SHOP_PROFILE_KEYS

    return {
        k.removeprefix("shop."): SETTINGS[k].from_text(stored.get(k)) for k in SHOP_PROFILE_KEYS
    }


def shop_header(session: Session, branch_id: int) -> ShopHeader:
    from sqlalchemy import select

    from app.domain.models import Setting
    from app.services.settings import SHOP_KEYS

    rows = session.scalars(
        select(Setting).where(Setting.branch_id == branch_id, Setting.key.in_(SHOP_KEYS))
    ).all()
    return ShopHeader(**shop_values({r.key: r.value for r in rows}))


@dataclass(frozen=True)
class PrintData:
    detail: OrderDetail
    shop: ShopHeader
    token: str  # pickup token for the QR codes (voucher, work order)
    printed_at: datetime  # UTC
    gate_token: str = ""  # the gate pass's code (release slip)
    copy_no: int = 0  # which print this is (0: the original; more: a copy, 副本)


def _load(ctx: ServiceContext, order_id: int | None, number: str | None) -> PrintData:
    from app.domain.permissions import Permission
    from app.services.access import require
    from app.services.queries import find_order_id, load_order_detail
    from app.services.settings import installation_secret

    with ctx.db.read() as session:
        require(session, ctx, Permission.VIEW)
        if order_id is None:
            assert number is not None
            order_id = find_order_id(session, number)
        detail = load_order_detail(session, order_id)
        shop = shop_header(session, ctx.actor.branch_id)
        secret = installation_secret(session)
    return PrintData(
        detail=detail,
        shop=shop,
        token=make_token(detail.order.number, secret),
        printed_at=datetime.now(UTC),
        gate_token=make_token(detail.order.number, secret, GATE),
    )


def load_print_data(ctx: ServiceContext, order_id: int) -> PrintData:
    return _load(ctx, order_id, None)


def load_print_data_by_number(ctx: ServiceContext, number: str) -> PrintData:
    return _load(ctx, None, number)


def order_money(detail: OrderDetail) -> MoneySummary:
    """What the customer owes and has paid: :attr:`OrderDetail.money`."""
    return detail.money


@dataclass(frozen=True)
class NextService:
    due_date: date | None
    due_km: int | None
    suggested: bool  # computed here from the standard interval, not stored on the order


def next_service(detail: OrderDetail, today: date) -> NextService:
    """The next service to recommend: the order's own (settlement stores the domain's
    recommendation, the advisor may change it), else the standard interval for the asset
    kind counted from ``today`` (cars +6 months / +5,000 km, e-bikes +3 months)."""
    order = detail.order
    if order.next_service_date or order.next_service_km:
        return NextService(order.next_service_date, order.next_service_km, False)
    due_date, due_km = recommend_next_service(
        detail.asset.kind, order.mileage_in or detail.asset.mileage_km, today
    )
    return NextService(due_date, due_km, due_date is not None or due_km is not None)
