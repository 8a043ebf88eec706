"""Appointments (预约): a booked arrival in a slot of the workshop's capacity.

Capacity is counted in labor hours per slot and asset kind. ``appointment_slots`` holds
each used slot's booked hours: a booking raises them with one conditional UPDATE (the row's
lock makes two advisors booking the last hours of a slot take turns; the second is refused
with the slot as it is now), a cancellation, a move or a no-show lowers them again.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.enums import AppointmentSource, AppointmentState, AssetKind, ConfirmationOutcome
from app.domain.models.base import Base, CreatedAt
from app.domain.types import Quantity, UTCDateTime, enum_type, utcnow


class Appointment(CreatedAt, Base):
    __tablename__ = "appointments"

    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branches.id"), default=1, server_default="1")
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    asset_id: Mapped[int] = mapped_column(ForeignKey("assets.id"), index=True)
    asset_kind: Mapped[AssetKind] = mapped_column(enum_type(AssetKind, 10))
    #: the slot's start (UTC); the customer is expected then
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    slot_minutes: Mapped[int] = mapped_column(Integer)
    #: labor hours the booking takes from the slot's capacity
    hours: Mapped[Decimal] = mapped_column(Quantity)
    state: Mapped[AppointmentState] = mapped_column(
        enum_type(AppointmentState, 10), default=AppointmentState.BOOKED
    )
    source: Mapped[AppointmentSource] = mapped_column(enum_type(AppointmentSource, 10))
    waiting: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str | None] = mapped_column(Text)
    advisor_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    technician_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    #: the manager who let it into a full slot
    overbooked_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    confirmation: Mapped[ConfirmationOutcome | None] = mapped_column(
        enum_type(ConfirmationOutcome, 12)
    )
    confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    #: the day-before reminder SMS was queued (or listed for a call)
    reminded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    arrived_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    order_id: Mapped[int | None] = mapped_column(ForeignKey("work_orders.id"))
    no_show_reason: Mapped[str | None] = mapped_column(String(200))
    cancel_reason: Mapped[str | None] = mapped_column(String(200))
    #: the booking this one was moved to
    moved_to_id: Mapped[int | None] = mapped_column(Integer)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    items: Mapped[list[AppointmentItem]] = relationship(
        back_populates="appointment", cascade="all, delete-orphan", order_by="AppointmentItem.id"
    )

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("ix_appointments_branch_state_starts", "branch_id", "state", "starts_at"),
    )


class AppointmentItem(Base):
    """What was booked: a catalog operation with its standard hours, or hours the advisor
    estimated for work typed by hand."""

    __tablename__ = "appointment_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    appointment_id: Mapped[int] = mapped_column(
        ForeignKey("appointments.id", ondelete="CASCADE"), index=True
    )
    catalog_item_id: Mapped[int | None] = mapped_column(ForeignKey("catalog_items.id"))
    description: Mapped[str] = mapped_column(String(200))
    hours: Mapped[Decimal] = mapped_column(Quantity)

    appointment: Mapped[Appointment] = relationship(back_populates="items")


class AppointmentSlot(Base):
    """Booked labor hours of one slot of one asset kind (a row per slot in use)."""

    __tablename__ = "appointment_slots"

    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branches.id"))
    asset_kind: Mapped[AssetKind] = mapped_column(enum_type(AssetKind, 10))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    booked_hours: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(0))

    __table_args__ = (UniqueConstraint("branch_id", "asset_kind", "starts_at"),)
