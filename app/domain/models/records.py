"""The electronic health record queue and the log of printed documents."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.enums import HealthRecordStatus
from app.domain.models.base import Base
from app.domain.types import UTCDateTime, enum_type, utcnow


class HealthRecord(Base):
    """One settled vehicle repair as a 汽车维修电子健康档案 record (JT/T 1132), queued per
    order for upload: ``payload`` is the record's data elements as JSON (a snapshot taken at
    settlement), ``missing`` the elements the shop could not fill (listed at settlement)."""

    __tablename__ = "health_records"

    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    order_id: Mapped[int] = mapped_column(ForeignKey("work_orders.id"), index=True, unique=True)
    status: Mapped[HealthRecordStatus] = mapped_column(
        enum_type(HealthRecordStatus, 10), index=True, default=HealthRecordStatus.PENDING
    )
    payload: Mapped[str] = mapped_column(Text)
    missing: Mapped[str | None] = mapped_column(String(500))
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    last_error: Mapped[str | None] = mapped_column(String(500))
    settled_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __mapper_args__ = {"version_id_col": version}


class DocumentPrint(Base):
    """A document printed for an order: the first print of a kind is the original, every
    later one a copy (副本) carrying the same code."""

    __tablename__ = "document_prints"
    __table_args__ = (UniqueConstraint("order_id", "kind", "copy_no"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("work_orders.id"))
    kind: Mapped[str] = mapped_column(String(30))
    copy_no: Mapped[int] = mapped_column(Integer)  # 0: the original
    code: Mapped[str | None] = mapped_column(String(80))  # the QR code's text, if any
    user_id: Mapped[int | None] = mapped_column(Integer)
    station_id: Mapped[int | None] = mapped_column(Integer)
    printed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
