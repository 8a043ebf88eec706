"""Catalog, settlements, payments and release slips."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, String
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
    unit: Mapped[str | None] = mapped_column(String(10))
    default_quantity: Mapped[Decimal] = mapped_column(Quantity, default=Decimal("1"))
    unit_price: Mapped[Decimal] = mapped_column(Money)
    asset_kind: Mapped[AssetKind | None] = mapped_column(enum_type(AssetKind, 10))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


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
