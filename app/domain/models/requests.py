"""Requests already applied: a station retrying an action after a lost connection (or
replaying its outbox) must not apply it twice."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.models.base import Base
from app.domain.types import UTCDateTime, utcnow


class AppliedRequest(Base):
    """One applied action, keyed by the id the station chose for it before sending it.

    Written in the same transaction as the action itself, so it exists exactly when the
    action was applied.
    """

    __tablename__ = "applied_requests"

    request_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    action: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
