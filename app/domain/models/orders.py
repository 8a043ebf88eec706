"""Work orders, their lines, status history and change journal."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.enums import (
    Approval,
    ApprovalMethod,
    LineKind,
    OldParts,
    OrderState,
    PauseReason,
    Payer,
    RepairCategory,
)
from app.domain.models.base import Base, CreatedAt
from app.domain.models.customers import Asset, Customer
from app.domain.models.people import Station, User
from app.domain.types import Money, Quantity, UTCDateTime, enum_type, key_string, utcnow


class WorkOrder(CreatedAt, Base):
    """The work order / repair authorization (维修委托书) of one visit."""

    __tablename__ = "work_orders"

    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = mapped_column(
        ForeignKey("branches.id"), default=1, server_default="1", index=True
    )
    number: Mapped[str] = mapped_column(key_string(24), unique=True)
    state: Mapped[OrderState] = mapped_column(enum_type(OrderState, 20), default=OrderState.OPEN)
    pause_reason: Mapped[PauseReason | None] = mapped_column(enum_type(PauseReason, 20))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    asset_id: Mapped[int] = mapped_column(ForeignKey("assets.id"), index=True)
    advisor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    technician_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    symptom: Mapped[str] = mapped_column(Text, default="")  # in the customer's words
    fault_found: Mapped[str | None] = mapped_column(Text)
    mileage_in: Mapped[int | None] = mapped_column(Integer)
    fuel_level: Mapped[int | None] = mapped_column(Integer)  # percent, 0..100
    accessories_left: Mapped[str | None] = mapped_column(String(500))
    valuables_left: Mapped[str | None] = mapped_column(String(500))
    promised_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    waits_on_site: Mapped[bool] = mapped_column(Boolean, default=False)
    keep_old_parts: Mapped[bool] = mapped_column(Boolean, default=False)
    wash: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str | None] = mapped_column(Text)
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    approval_method: Mapped[ApprovalMethod | None] = mapped_column(enum_type(ApprovalMethod, 20))
    qc_passed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    released_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    cancel_reason: Mapped[str | None] = mapped_column(String(500))
    reopened_from_id: Mapped[int | None] = mapped_column(ForeignKey("work_orders.id"), index=True)
    next_service_date: Mapped[date | None] = mapped_column(Date)
    next_service_km: Mapped[int | None] = mapped_column(Integer)
    #: 维修类别 (vehicles): sets the legal quality guarantee period on the settlement list
    repair_category: Mapped[RepairCategory | None] = mapped_column(enum_type(RepairCategory, 20))
    #: 出厂里程, recorded at quality check or release
    mileage_out: Mapped[int | None] = mapped_column(Integer)
    #: 旧件处理: taken by the customer, recycled, or no old parts
    old_parts: Mapped[OldParts | None] = mapped_column(enum_type(OldParts, 10))
    #: 返修: the earlier order whose guarantee period this visit falls in
    comeback_of_id: Mapped[int | None] = mapped_column(ForeignKey("work_orders.id"), index=True)
    #: 三包 costs borne by the seller: 拖运费, 交通补偿, and the 备用车 lent (plate / model)
    towing_fee: Mapped[Decimal | None] = mapped_column(Money)
    transport_compensation: Mapped[Decimal | None] = mapped_column(Money)
    courtesy_car: Mapped[str | None] = mapped_column(String(100))
    #: 竣工出厂合格证 number (DocumentKind.CERTIFICATE), given when the certificate is issued
    certificate_number: Mapped[str | None] = mapped_column(String(24), index=True, unique=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    customer: Mapped[Customer] = relationship()
    asset: Mapped[Asset] = relationship()
    advisor: Mapped[User | None] = relationship(foreign_keys=[advisor_id])
    technician: Mapped[User | None] = relationship(foreign_keys=[technician_id])
    lines: Mapped[list[OrderLine]] = relationship(
        back_populates="order", order_by="OrderLine.position", cascade="all, delete-orphan"
    )
    history: Mapped[list[StatusChange]] = relationship(
        back_populates="order", order_by="StatusChange.id", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("ix_work_orders_state_promised", "state", "promised_at"),
        Index("ix_work_orders_asset_created", "asset_id", "created_at"),
        # customer care (migration 0007): due lists and value classes
        Index("ix_work_orders_next_service_date", "next_service_date"),
        Index("ix_work_orders_customer_released", "customer_id", "released_at"),
        # migration 0010: the latest release, the maintenance list's staleness check
        Index("ix_work_orders_released_at", "released_at"),
    )


class OrderLine(CreatedAt, Base):
    """A labor, part or sundry line. Extra work (增项) starts as ``proposed``."""

    __tablename__ = "order_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(
        ForeignKey("work_orders.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[LineKind] = mapped_column(enum_type(LineKind, 10))
    catalog_item_id: Mapped[int | None] = mapped_column(ForeignKey("catalog_items.id"))
    code: Mapped[str | None] = mapped_column(String(40))
    description: Mapped[str] = mapped_column(String(300))
    #: a catalog line's English name and unit beside the Chinese ones in ``description`` /
    #: ``unit`` (documents print the document's language); None on a hand-typed line, which
    #: keeps what was typed
    description_en: Mapped[str | None] = mapped_column(String(300))
    quantity: Mapped[Decimal] = mapped_column(Quantity)
    unit: Mapped[str | None] = mapped_column(String(10))
    unit_en: Mapped[str | None] = mapped_column(String(10))
    unit_price: Mapped[Decimal] = mapped_column(Money)
    #: labor: the settled hours (结算工时; the catalog's standard hours on a flat-priced job)
    hours: Mapped[Decimal | None] = mapped_column(Quantity)
    #: parts: brand / specification (品牌规格) as on the settlement list
    brand_spec: Mapped[str | None] = mapped_column(String(60))
    discount_percent: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    payer: Mapped[Payer] = mapped_column(enum_type(Payer, 12), default=Payer.CUSTOMER)
    approval: Mapped[Approval] = mapped_column(enum_type(Approval, 10), default=Approval.PROPOSED)
    approval_method: Mapped[ApprovalMethod | None] = mapped_column(enum_type(ApprovalMethod, 20))
    approval_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    approval_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    approval_note: Mapped[str | None] = mapped_column(String(300))
    is_extra: Mapped[bool] = mapped_column(Boolean, default=False)  # found during repair (增项)
    technician_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    order: Mapped[WorkOrder] = relationship(back_populates="lines")
    technician: Mapped[User | None] = relationship(foreign_keys=[technician_id])
    approval_by: Mapped[User | None] = relationship(foreign_keys=[approval_by_id])


class StatusChange(Base):
    """One state transition: from, to, who, where, when, why."""

    __tablename__ = "status_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(
        ForeignKey("work_orders.id", ondelete="CASCADE"), index=True
    )
    from_state: Mapped[OrderState | None] = mapped_column(enum_type(OrderState, 20))
    to_state: Mapped[OrderState] = mapped_column(enum_type(OrderState, 20))
    reason: Mapped[str | None] = mapped_column(String(500))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    station_id: Mapped[int] = mapped_column(ForeignKey("stations.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    order: Mapped[WorkOrder] = relationship(back_populates="history")
    user: Mapped[User] = relationship()
    station: Mapped[Station] = relationship()


class OrderEvent(Base):
    """Journal of every change to an order, keyed by the version it produced.

    A refused optimistic save reads this to tell the user what the other writer changed.
    """

    __tablename__ = "order_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("work_orders.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(40))
    summary: Mapped[str] = mapped_column(String(500))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    station_id: Mapped[int] = mapped_column(ForeignKey("stations.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    user: Mapped[User] = relationship()
    station: Mapped[Station] = relationship()

    __table_args__ = (Index("ix_order_events_order_version", "order_id", "version"),)


class QualityCheck(Base):
    __tablename__ = "quality_checks"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(
        ForeignKey("work_orders.id", ondelete="CASCADE"), index=True
    )
    passed: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str | None] = mapped_column(String(500))
    inspector_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    inspector: Mapped[User] = relationship()
