"""PIPL requests (个人信息保护法): a customer's data exported, or anonymised on request.

- :func:`export_customer`: everything Workbay keeps about a customer as one JSON-ready
  dict (file, phones, vehicles/devices, orders, consents with date and source, follow-ups,
  complaints, messages), audited;
- :func:`anonymise_customer`: name, phones, e-mail, address, notes and birthday replaced
  or removed; the caller's name and phone on their complaints and the phone on their
  messages blanked; queued messages failed and open follow-ups cancelled; orders, their
  amounts and the vehicles stay for the books. Audited (with the reason, without the
  personal data). Afterwards follow-ups, messages and complaints for the customer are
  refused (``anonymised``).

- :func:`consents`: the customer's consents per channel, the one in force and the whole
  history (date, source, who recorded it), for the customer file.

Rights: ``PRIVACY_REQUESTS`` (the service manager, the administrator); reading the
consents, ``VIEW``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.db.changes import Entity, RecordAction, record_change
from app.domain.enums import ContactChannel, MessageStatus
from app.domain.errors import NotFound, ValidationError
from app.domain.models import (
    Asset,
    Complaint,
    ContactConsent,
    Customer,
    FollowUp,
    Message,
    Phone,
    User,
    WorkOrder,
)
from app.domain.permissions import Permission
from app.domain.types import utcnow
from app.services.access import require
from app.services.audit import audit
from app.services.context import ServiceContext

ANONYMOUS_NAME = "已匿名"
_SKIP = {"_sa_instance_state"}


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, Enum):
        return value.value
    return value


def _columns(obj: Any) -> dict[str, Any]:
    return {c.key: _plain(getattr(obj, c.key)) for c in obj.__table__.columns}


def _customer(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFound("customer", customer_id)
    return customer


def export_customer(ctx: ServiceContext, customer_id: int) -> dict[str, Any]:
    """Everything about the customer, JSON-ready."""
    with ctx.db.write() as session:
        require(session, ctx, Permission.PRIVACY_REQUESTS)
        customer = _customer(session, customer_id)

        def rows(model: Any, column: Any) -> list[dict[str, Any]]:
            found = session.scalars(select(model).where(column == customer_id).order_by(model.id))
            return [_columns(r) for r in found]

        data = {
            "customer": _columns(customer),
            "phones": rows(Phone, Phone.customer_id),
            "assets": rows(Asset, Asset.customer_id),
            "orders": rows(WorkOrder, WorkOrder.customer_id),
            "consents": rows(ContactConsent, ContactConsent.customer_id),
            "follow_ups": rows(FollowUp, FollowUp.customer_id),
            "complaints": rows(Complaint, Complaint.customer_id),
            "messages": rows(Message, Message.customer_id),
        }
        audit(
            session, ctx, "customer.export", "customer", customer_id,
            summary=f"customer {customer_id} exported (PIPL request)", customer_id=customer_id,
        )  # fmt: skip
        return data


def anonymise_customer(ctx: ServiceContext, customer_id: int, reason: str) -> None:
    """Replace the customer's personal data; keep the orders for the books."""
    from app.services.followups import cancel_for_customer

    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("reason", "required", "the request's reason or reference")
    if len(reason) > 200:
        raise ValidationError("reason", "too_long", "at most 200", reason, max_len=200)
    with ctx.db.write() as session:
        require(session, ctx, Permission.PRIVACY_REQUESTS)
        customer = _customer(session, customer_id)
        if customer.anonymised_at is not None:
            raise ValidationError("customer_id", "anonymised", "already anonymised", customer_id)
        name = f"{ANONYMOUS_NAME}#{customer.id}"
        customer.name = name
        customer.name_key = name.casefold()
        customer.contact_person = None
        customer.email = None
        customer.address = None
        customer.notes = None
        customer.birthday = None
        customer.birthday_md = None
        customer.sms_consent = False
        customer.anonymised_at = utcnow()
        phones = len(customer.phones)
        customer.phones.clear()  # delete-orphan: the numbers are gone
        session.execute(
            update(Complaint)
            .where(Complaint.customer_id == customer_id)
            .values(caller_name=None, caller_phone=None)
        )
        session.execute(
            update(Message)
            .where(Message.customer_id == customer_id, Message.status == MessageStatus.QUEUED)
            .values(status=MessageStatus.FAILED, reason="anonymised")
        )
        session.execute(update(Message).where(Message.customer_id == customer_id).values(phone="-"))
        cancelled = cancel_for_customer(session, customer_id)
        session.flush()
        record_change(session, Entity.CUSTOMER, customer.id, RecordAction.ANONYMISE, customer.version,
                      ctx.actor.station_id)  # fmt: skip
        audit(
            session, ctx, "customer.anonymise", "customer", customer_id,
            summary=f"customer {customer_id} anonymised: {reason}",
            after={"phones_removed": phones, "follow_ups_cancelled": cancelled},
            customer_id=customer_id,
        )  # fmt: skip


@dataclass(frozen=True)
class ConsentRow:
    channel: ContactChannel
    granted: bool
    at: datetime
    source: str
    recorded_by: str | None


@dataclass(frozen=True)
class Consents:
    """``in_force``: per channel the latest row (None: never asked); ``history``: newest
    first; ``anonymised_at``: set once the customer was anonymised."""

    customer_id: int
    in_force: dict[ContactChannel, ConsentRow | None]
    history: list[ConsentRow]
    anonymised_at: datetime | None


def consents(ctx: ServiceContext, customer_id: int) -> Consents:
    with ctx.db.read() as session:
        require(session, ctx, Permission.VIEW)
        customer = _customer(session, customer_id)
        found = session.execute(
            select(ContactConsent, User.name)
            .outerjoin(User, User.id == ContactConsent.recorded_by_id)
            .where(ContactConsent.customer_id == customer_id)
            .order_by(ContactConsent.at.desc(), ContactConsent.id.desc())
        ).all()
        history = [ConsentRow(c.channel, c.granted, c.at, c.source, name) for c, name in found]
        in_force: dict[ContactChannel, ConsentRow | None] = {ch: None for ch in ContactChannel}
        for row in reversed(history):  # oldest first: the latest one stays
            in_force[row.channel] = row
        return Consents(customer_id, in_force, history, customer.anonymised_at)
