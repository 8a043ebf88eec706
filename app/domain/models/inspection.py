"""Checklist templates per asset kind and the inspection record of an order (预检单)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, Integer, Numeric, String, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.enums import AssetKind, DamageType, InspectionResult
from app.domain.models.base import Base
from app.domain.types import UTCDateTime, enum_type, utcnow


class ChecklistItem(Base):
    """One line of the walk-around checklist for an asset kind."""

    __tablename__ = "checklist_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    asset_kind: Mapped[AssetKind] = mapped_column(enum_type(AssetKind, 10), index=True)
    position: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(40))
    label_zh: Mapped[str] = mapped_column(String(100))
    label_en: Mapped[str] = mapped_column(String(100))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    #: must be answered before the inspection is saved
    mandatory: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class Inspection(Base):
    __tablename__ = "inspections"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(
        ForeignKey("work_orders.id", ondelete="CASCADE"), unique=True
    )
    inspector_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    note: Mapped[str | None] = mapped_column(String(500))

    items: Mapped[list[InspectionItem]] = relationship(
        order_by="InspectionItem.position", cascade="all, delete-orphan"
    )
    marks: Mapped[list[DamageMark]] = relationship(
        order_by="DamageMark.id", cascade="all, delete-orphan"
    )


class InspectionItem(Base):
    __tablename__ = "inspection_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(
        ForeignKey("inspections.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(40))
    label_zh: Mapped[str] = mapped_column(String(100))
    label_en: Mapped[str] = mapped_column(String(100))
    result: Mapped[InspectionResult] = mapped_column(enum_type(InspectionResult, 10))
    note: Mapped[str | None] = mapped_column(String(300))


class DamageMark(Base):
    """A damage mark on the vehicle diagram; x and y are fractions (0..1) of the diagram."""

    __tablename__ = "damage_marks"

    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(
        ForeignKey("inspections.id", ondelete="CASCADE"), index=True
    )
    x: Mapped[Decimal] = mapped_column(Numeric(5, 4))
    y: Mapped[Decimal] = mapped_column(Numeric(5, 4))
    damage: Mapped[DamageType] = mapped_column(enum_type(DamageType, 10))
    note: Mapped[str | None] = mapped_column(String(200))
