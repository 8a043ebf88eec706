"""Document counters, the change log that feeds live screens, and shared settings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.models.base import Base
from app.domain.types import UTCDateTime, utcnow


class DocumentCounter(Base):
    """Last number issued per document kind and day; bumped in the issuing transaction, so
    a rolled-back document leaves no gap and concurrent stations serialize on the row."""

    __tablename__ = "document_counters"

    kind: Mapped[str] = mapped_column(String(4), primary_key=True)
    period: Mapped[str] = mapped_column(String(8), primary_key=True)  # YYYYMMDD, shop-local
    last_value: Mapped[int] = mapped_column(Integer, default=0)


class ChangeLogEntry(Base):
    """One committed change, for live screens in this and other stations."""

    __tablename__ = "change_log"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    entity: Mapped[str] = mapped_column(String(20))
    entity_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(40))
    version: Mapped[int | None] = mapped_column(Integer)
    station_id: Mapped[int | None] = mapped_column(ForeignKey("stations.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Setting(Base):
    """Installation-wide settings shared by all stations (shop header, secrets, rounding)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
