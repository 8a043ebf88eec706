"""Customer care (客服): contact consent per channel, follow-up calls (回访) and their
attempts, call outcomes on due-list rows, and each customer's value class (A/B/C/D)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.enums import (
    ContactChannel,
    FollowUpKind,
    FollowUpOutcome,
    FollowUpState,
    ValueClass,
)
from app.domain.models.base import Base, CreatedAt
from app.domain.models.people import User
from app.domain.types import Money, UTCDateTime, enum_type, utcnow


class ContactConsent(Base):
    """One consent (or its withdrawal) of a customer for a channel, with its date and
    source (PIPL). The latest row per customer and channel is in force; rows are never
    changed, so the history stays."""

    __tablename__ = "contact_consents"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    channel: Mapped[ContactChannel] = mapped_column(enum_type(ContactChannel, 10))
    granted: Mapped[bool] = mapped_column(Boolean)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    #: where it was given: "intake form", "phone call", "wechat", ...
    source: Mapped[str] = mapped_column(String(60))
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    __table_args__ = (
        Index("ix_contact_consents_customer_channel_at", "customer_id", "channel", "at"),
    )


class FollowUp(CreatedAt, Base):
    """A follow-up call (回访) owed to a customer after a visit."""

    __tablename__ = "follow_ups"

    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branches.id"), default=1, server_default="1")
    order_id: Mapped[int] = mapped_column(ForeignKey("work_orders.id"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    asset_id: Mapped[int] = mapped_column(ForeignKey("assets.id"))
    kind: Mapped[FollowUpKind] = mapped_column(enum_type(FollowUpKind, 10))
    #: 1, 2, ... within the order and kind (an e-bike's 3-hour and 3-day calls; the second,
    #: third ... call after dissatisfied answers)
    seq: Mapped[int] = mapped_column(Integer, default=1)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    state: Mapped[FollowUpState] = mapped_column(
        enum_type(FollowUpState, 10), default=FollowUpState.OPEN
    )
    outcome: Mapped[FollowUpOutcome | None] = mapped_column(enum_type(FollowUpOutcome, 12))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    #: the slot the list proposes for the next attempt (another part of the day)
    next_try_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # the call script's answers, 1..5 each
    score_service: Mapped[int | None] = mapped_column(Integer)
    score_quality: Mapped[int | None] = mapped_column(Integer)
    score_on_time: Mapped[int | None] = mapped_column(Integer)
    score_price: Mapped[int | None] = mapped_column(Integer)
    score_clean: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)
    #: the third attempt went unanswered: an SMS is owed (sent by the message outbox)
    sms_due: Mapped[bool] = mapped_column(Boolean, default=False)
    complaint_id: Mapped[int | None] = mapped_column(Integer)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    updated_by: Mapped[User | None] = relationship()
    calls: Mapped[list[CareCall]] = relationship(order_by="CareCall.id")

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        UniqueConstraint("order_id", "kind", "seq"),
        Index("ix_follow_ups_state_due_at", "state", "due_at"),
    )


class CareCall(Base):
    """One call attempt: of a follow-up (``follow_up_id``) or on a due-list row
    (``due_kind``: maintenance, inspection, ...), with its outcome, length and note."""

    __tablename__ = "care_calls"

    id: Mapped[int] = mapped_column(primary_key=True)
    follow_up_id: Mapped[int | None] = mapped_column(
        ForeignKey("follow_ups.id", ondelete="CASCADE"), index=True
    )
    due_kind: Mapped[str | None] = mapped_column(String(20))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    asset_id: Mapped[int | None] = mapped_column(ForeignKey("assets.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    outcome: Mapped[str] = mapped_column(String(20))
    duration_s: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str | None] = mapped_column(String(500))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))


class CustomerValue(Base):
    """A customer's value class as last computed (on demand or by the daily run), with the
    figures it was computed from."""

    __tablename__ = "customer_values"

    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True
    )
    value_class: Mapped[ValueClass] = mapped_column(enum_type(ValueClass, 1), index=True)
    spend: Mapped[Decimal] = mapped_column(Money)  # the last 12 months, no insurance work
    visits: Mapped[int] = mapped_column(Integer)  # the last 12 months
    last_visit_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    computed_at: Mapped[datetime] = mapped_column(UTCDateTime)


class KmProjection(Base):
    """An asset's next service mileage projected to a date at its own pace (km per day from
    its first to its last reading), as last refreshed by
    :func:`app.services.due_lists.refresh_km_projections` (the daily run, and the
    maintenance list when a release came after the last refresh). Only projections that
    fall in the widest due-list window of the refresh day are kept."""

    __tablename__ = "km_projections"

    asset_id: Mapped[int] = mapped_column(
        ForeignKey("assets.id", ondelete="CASCADE"), primary_key=True
    )
    due_on: Mapped[date] = mapped_column(Date, index=True)  # the day next_km is reached
    next_km: Mapped[int] = mapped_column(Integer)  # the next service mileage set last visit
    per_day: Mapped[int] = mapped_column(Integer)  # the asset's pace, km a day (rounded)
    last_at: Mapped[datetime] = mapped_column(UTCDateTime)  # the last order's creation
    computed_at: Mapped[datetime] = mapped_column(UTCDateTime)
