"""The audit log: who (user and role), where (station), when and what, with before -> after
for money and state, and the manager who approved it. Append-only: the app has no code that
updates or deletes it, and the database refuses UPDATE and DELETE (triggers, migration 0004).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.models.base import Base
from app.domain.models.people import DEFAULT_BRANCH_ID
from app.domain.types import UTCDateTime, utcnow


class AuditEntry(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    branch_id: Mapped[int] = mapped_column(Integer, default=DEFAULT_BRANCH_ID)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    #: names as they were at the time (a renamed user or station keeps its history readable)
    user_name: Mapped[str] = mapped_column(String(60))
    roles: Mapped[str] = mapped_column(String(200))  # comma-separated Role values
    station_id: Mapped[int | None] = mapped_column(ForeignKey("stations.id"))
    station_name: Mapped[str] = mapped_column(String(60))
    #: what was done, e.g. "order.refund", "settings.update", "user.create", "sign_in.failed"
    action: Mapped[str] = mapped_column(String(60), index=True)
    entity: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    order_id: Mapped[int | None] = mapped_column(Integer, index=True)
    customer_id: Mapped[int | None] = mapped_column(Integer, index=True)
    summary: Mapped[str] = mapped_column(Text, default="")
    #: JSON objects of the fields that changed (money as strings, states as values)
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    approved_by_name: Mapped[str | None] = mapped_column(String(60))
    approval: Mapped[str | None] = mapped_column(String(60))  # the right that was approved

    __table_args__ = (Index("ix_audit_log_entity", "entity", "entity_id"),)
