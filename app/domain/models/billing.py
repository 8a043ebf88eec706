"""Catalog, settlements, payments and release slips."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, Integer, String, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.enums import AssetKind, LineKind, PaymentKind, PaymentMethod
from app.domain.models.base import Base
from app.domain.models.people import Station, User
from app.domain.types import Money, Quantity, UTCDateTime, enum_type, key_string, utcnow


class CatalogItem(Base):
    """A labor operation (flat price or hours x rate) or a part with its public price."""

    __tablename__ = "catalog_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[LineKind] = mapped_column(enum_type(LineKind, 10))
    code: Mapped[str] = mapped_column(key_string(40), unique=True)
    name_zh: Mapped[str] = mapped_column(String(120))
    name_en: Mapped[str] = mapped_column(String(120))
    #: lower-cased "code name_zh name_en" for search as you type
    search_text: Mapped[str] = mapped_column(String(300))
    #: the unit in Chinese (件, 升, 小时...) and in English (pc, L, h...)
    unit: Mapped[str | None] = mapped_column(String(10))
    unit_en: Mapped[str | None] = mapped_column(String(10))
    #: parts: brand / specification (品牌规格), printed on the settlement list
    brand_spec: Mapped[str | None] = mapped_column(String(60))
    default_quantity: Mapped[Decimal] = mapped_column(Quantity, default=Decimal("1"))
    #: labor: the price per hour (``flat`` false) or the flat price of the job; parts and
    #: sundries: the price per unit
    unit_price: Mapped[Decimal] = mapped_column(Money)
    #: labor: standard hours (工时定额); they size workshop capacity even when priced flat
    standard_hours: Mapped[Decimal | None] = mapped_column(Quantity)
    flat: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    #: comma-separated AssetKind values the item applies to; None: every kind
    asset_kinds: Mapped[str | None] = mapped_column(String(40))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    def applies_to(self, kind: AssetKind) -> bool:
        return self.asset_kinds is None or kind.value in self.asset_kinds.split(",")


class Settlement(Base):
    """The settlement statement (维修结算单): frozen totals; voided ones keep their number."""

    __tablename__ = "settlements"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(key_string(24), unique=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("work_orders.id"), index=True)
    gross: Mapped[Decimal] = mapped_column(Money)
    discount: Mapped[Decimal] = mapped_column(Money)
    customer_total: Mapped[Decimal] = mapped_column(Money)  # before rounding
    rounding: Mapped[Decimal] = mapped_column(Money)  # subtracted (抹零)
    customer_due: Mapped[Decimal] = mapped_column(Money)
    free_total: Mapped[Decimal] = mapped_column(Money)  # warranty, goodwill, insurance, internal
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    station_id: Mapped[int] = mapped_column(ForeignKey("stations.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    voided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    void_reason: Mapped[str | None] = mapped_column(String(300))

    user: Mapped[User] = relationship()


class Payment(Base):
    """Money received (or, for a refund, paid back). Amounts are always positive."""

    __tablename__ = "payments"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("work_orders.id"), index=True)
    kind: Mapped[PaymentKind] = mapped_column(enum_type(PaymentKind, 10))
    method: Mapped[PaymentMethod] = mapped_column(enum_type(PaymentMethod, 20))
    amount: Mapped[Decimal] = mapped_column(Money)
    tendered: Mapped[Decimal | None] = mapped_column(Money)  # cash handed over
    change: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    reference: Mapped[str | None] = mapped_column(String(80))
    reason: Mapped[str | None] = mapped_column(String(300))
    refund_of_id: Mapped[int | None] = mapped_column(ForeignKey("payments.id"))
    receipt_number: Mapped[str | None] = mapped_column(key_string(24), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    station_id: Mapped[int] = mapped_column(ForeignKey("stations.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    user: Mapped[User] = relationship()
    station: Mapped[Station] = relationship()


class ReleaseSlip(Base):
    """The release slip / gate pass (放行条)."""

    __tablename__ = "release_slips"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(key_string(24), unique=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("work_orders.id"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    station_id: Mapped[int] = mapped_column(ForeignKey("stations.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
