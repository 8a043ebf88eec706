"""Complaints (投诉): the case, its journal (steps, notes, handovers) and its escalations."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.enums import (
    ComplaintChannel,
    ComplaintDeadline,
    ComplaintKind,
    ComplaintSeverity,
    ComplaintState,
    ComplaintWait,
)
from app.domain.models.base import Base
from app.domain.types import UTCDateTime, enum_type, utcnow


class Complaint(Base):
    """One complaint: who (a customer on file, or only a caller's name and phone, or nobody:
    an anonymous hotline call), when, by which channel, against whom or what, what they ask.
    Its owner is whoever recorded it (首问负责制) until handed over. The deadlines are UTC
    instants computed in the shop's working time; ``waiting`` pauses the clock."""

    __tablename__ = "complaints"

    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    asset_id: Mapped[int | None] = mapped_column(ForeignKey("assets.id"), index=True)
    order_id: Mapped[int | None] = mapped_column(ForeignKey("work_orders.id"), index=True)
    caller_name: Mapped[str | None] = mapped_column(String(100))
    caller_phone: Mapped[str | None] = mapped_column(String(20))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    channel: Mapped[ComplaintChannel] = mapped_column(enum_type(ComplaintChannel, 15))
    kind: Mapped[ComplaintKind] = mapped_column(enum_type(ComplaintKind, 15))
    severity: Mapped[ComplaintSeverity] = mapped_column(enum_type(ComplaintSeverity, 10))
    state: Mapped[ComplaintState] = mapped_column(
        enum_type(ComplaintState, 15), index=True, default=ComplaintState.RECORDED
    )
    against_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    against_department: Mapped[str | None] = mapped_column(String(60))
    description: Mapped[str] = mapped_column(Text)
    request: Mapped[str | None] = mapped_column(Text)  # what the customer asks for
    owner_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    respond_by: Mapped[datetime] = mapped_column(UTCDateTime)
    feedback_by: Mapped[datetime] = mapped_column(UTCDateTime)
    close_by: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    update_by: Mapped[datetime | None] = mapped_column(UTCDateTime)
    responded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    feedback_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_update_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    waiting: Mapped[ComplaintWait | None] = mapped_column(enum_type(ComplaintWait, 10))
    waiting_since: Mapped[datetime | None] = mapped_column(UTCDateTime)
    paused_minutes: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    resolution: Mapped[str | None] = mapped_column(Text)
    compensation: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    accountability: Mapped[str | None] = mapped_column(Text)
    improvement: Mapped[str | None] = mapped_column(Text)
    reopened: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}


class ComplaintEvent(Base):
    """The complaint's journal: every change with the version it made, who and where; a
    handover names the owner before and after and carries the note."""

    __tablename__ = "complaint_events"
    __table_args__ = (UniqueConstraint("complaint_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(30))
    note: Mapped[str | None] = mapped_column(Text)
    from_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    to_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    station_id: Mapped[int | None] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ComplaintEscalation(Base):
    """A missed deadline, escalated to the service manager: one row per complaint, deadline
    and due instant (so escalating again is a no-op)."""

    __tablename__ = "complaint_escalations"
    __table_args__ = (UniqueConstraint("complaint_id", "deadline", "due_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id"), index=True)
    deadline: Mapped[ComplaintDeadline] = mapped_column(enum_type(ComplaintDeadline, 10))
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    escalated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    to_role: Mapped[str] = mapped_column(String(20))
