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

    branch_id: Mapped[int] = mapped_column(Integer, primary_key=True)
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
    branch_id: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


#: ``Setting.branch_id`` of installation-wide settings (shared by every branch)
INSTALLATION = 0


class Setting(Base):
    """Settings shared by all stations: installation-wide (``branch_id`` 0: secrets) or one
    branch's (its shop profile, rounding, catalog rules...). Declared in ``app.settings``."""

    __tablename__ = "settings"

    branch_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    #: bumped on every write: two managers saving the same setting are told, not overwritten
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
