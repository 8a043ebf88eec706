"""Messages to customers: templates per event and language, and the outbox."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.enums import MessageEvent, MessageStatus
from app.domain.models.base import Base
from app.domain.types import UTCDateTime, enum_type, utcnow


class MessageTemplate(Base):
    """The text sent for an event in one language, with ``{placeholders}``; ``provider_code``
    is the template's code at the SMS provider (Aliyun's TemplateCode) when one is used."""

    __tablename__ = "message_templates"
    __table_args__ = (UniqueConstraint("branch_id", "event", "lang"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    event: Mapped[MessageEvent] = mapped_column(enum_type(MessageEvent, 30))
    lang: Mapped[str] = mapped_column(String(10))
    body: Mapped[str] = mapped_column(Text)
    provider_code: Mapped[str | None] = mapped_column(String(40))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}


class Message(Base):
    """One message in the outbox: queued, then sent or failed (with the reason)."""

    __tablename__ = "messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    phone: Mapped[str] = mapped_column(String(20))
    channel: Mapped[str] = mapped_column(String(10))
    event: Mapped[MessageEvent] = mapped_column(enum_type(MessageEvent, 30))
    template_id: Mapped[int | None] = mapped_column(ForeignKey("message_templates.id"))
    lang: Mapped[str] = mapped_column(String(10))
    body: Mapped[str] = mapped_column(Text)
    params: Mapped[str | None] = mapped_column(Text)  # the placeholder values, JSON
    status: Mapped[MessageStatus] = mapped_column(
        enum_type(MessageStatus, 10), index=True, default=MessageStatus.QUEUED
    )
    reason: Mapped[str | None] = mapped_column(String(500))
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    provider_id: Mapped[str | None] = mapped_column(String(80))
    created_by: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
