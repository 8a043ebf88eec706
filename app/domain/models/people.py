"""The shop (branch), its staff and stations: every change records who made it and where."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.enums import Role
from app.domain.models.base import Base, CreatedAt
from app.domain.types import UTCDateTime, enum_type, key_string

#: the branch a single-shop installation runs as (created by the first migration to have
#: branches, and by the first-start setup on an empty database)
DEFAULT_BRANCH_ID = 1


class Branch(CreatedAt, Base):
    """One shop of a dealer group. Orders, numbering, settings and the change feed carry it;
    an installation has one for now."""

    __tablename__ = "branches"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class User(CreatedAt, Base):
    """A member of staff. ``role`` is the main role (shown on the status bar); ``extra_roles``
    adds others (a small shop's advisor who also takes money)."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(key_string(40), unique=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    role: Mapped[Role] = mapped_column(enum_type(Role, 20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    branch_id: Mapped[int | None] = mapped_column(ForeignKey("branches.id"))
    #: interface language of the user ("zh_CN" / "en"), else the station's
    language: Mapped[str | None] = mapped_column(String(8))
    #: argon2 hashes; a user without a password cannot sign in (the CLI's system user)
    password_hash: Mapped[str | None] = mapped_column(String(200))
    pin_hash: Mapped[str | None] = mapped_column(String(200))
    #: SHA-256 of the secret on the staff card's QR code (scanned to switch or approve)
    card_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    #: bumped by every edit at the setup desk (two managers editing one user)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    extra_roles: Mapped[list[UserRole]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="UserRole.role"
    )

    @property
    def roles(self) -> frozenset[Role]:
        return frozenset({self.role, *(r.role for r in self.extra_roles)})


class UserRole(Base):
    """A role a user holds beyond the main one."""

    __tablename__ = "user_roles"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[Role] = mapped_column(enum_type(Role, 20), primary_key=True)


class Station(CreatedAt, Base):
    __tablename__ = "stations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    desk: Mapped[str | None] = mapped_column(String(20))
    last_seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    branch_id: Mapped[int] = mapped_column(
        ForeignKey("branches.id"), default=DEFAULT_BRANCH_ID, server_default="1"
    )
