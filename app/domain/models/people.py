"""Users and stations: every change records who made it and where."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, String
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.enums import Role
from app.domain.models.base import Base, CreatedAt
from app.domain.types import UTCDateTime, enum_type


class User(CreatedAt, Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    role: Mapped[Role] = mapped_column(enum_type(Role, 20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Station(CreatedAt, Base):
    __tablename__ = "stations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    desk: Mapped[str | None] = mapped_column(String(20))
    last_seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
