"""The demo's messages to customers: SMS consents and an outbox with some history, so that
the care desk's messages tab and the customer file's consent tab have believable rows.

About two in three customers who agreed to calls also agreed to SMS (recorded through
:func:`app.services.followups.record_consent`, at the same kind of place); one of them
withdrew it again by phone. Then the outbox gets, through
:func:`app.services.messages.queue_message`: "ready for pickup" for the vehicles and
devices waiting to be collected, a service reminder for some customers whose next service
is near, a thank-you after a few recent releases; one message was called through by hand
(:func:`app.services.messages.mark_sent`). The demo has no SMS gateway, so the rest is the
call/SMS list (a customer who withdrew after their message was queued is refused when it
is worked).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select

from app.db.engine import Database
from app.domain.enums import ContactChannel, MessageEvent, OrderState
from app.domain.errors import WorkbayError
from app.domain.models import Asset, ContactConsent, WorkOrder
from app.domain.types import utcnow
from app.services import followups, messages, queries
from app.services.context import ServiceContext


@dataclass
class MessagesSummary:
    consents: int = 0
    queued: int = 0
    by_hand: int = 0

    def text(self) -> str:
        return (
            f"messages: {self.consents} SMS consents; {self.queued} messages queued, "
            f"{self.by_hand} done by hand"
        )


def add_messages(db: Database, advisor: ServiceContext, rng: random.Random) -> MessagesSummary:
    summary = MessagesSummary()
    now = utcnow()
    today = now.date()
    with db.read() as s:
        phone_ok = sorted(
            set(
                s.scalars(
                    select(ContactConsent.customer_id).where(
                        ContactConsent.channel == ContactChannel.PHONE,
                        ContactConsent.granted.is_(True),
                    )
                )
            )
        )
    texting: list[int] = []
    for cid in phone_ok:
        if rng.random() < 0.65:
            source = rng.choice(("到店登记", "intake form", "wechat"))
            followups.record_consent(advisor, cid, ContactChannel.SMS, True, source,
                                     at=now - timedelta(days=rng.randint(20, 300)))  # fmt: skip
            texting.append(cid)
            summary.consents += 1
    allowed = set(texting)
    with db.read() as s:
        orders = s.execute(
            select(WorkOrder.id, WorkOrder.customer_id, WorkOrder.state, WorkOrder.number,
                   WorkOrder.next_service_date, WorkOrder.next_service_km, WorkOrder.mileage_in,
                   Asset.plate, Asset.serial, Asset.imei, Asset.make, Asset.model)
            .join(Asset, Asset.id == WorkOrder.asset_id)
            .where(WorkOrder.customer_id.in_(allowed or {-1}))
            .order_by(WorkOrder.id)
        ).all()  # fmt: skip
    done: set[tuple[int, MessageEvent]] = set()
    queued: list[int] = []
    for o in orders:
        asset = o.plate or o.imei or o.serial or f"{o.make or ''} {o.model or ''}".strip() or "-"
        soon = o.next_service_date is not None and o.next_service_date <= today + timedelta(days=30)
        km = o.next_service_km or (o.mileage_in + 5000 if o.mileage_in else None)
        if o.state is OrderState.READY:
            event = MessageEvent.READY_FOR_PICKUP
            due = queries.get_order(advisor, o.id).money.due
            if due <= 0:
                continue  # free work: no amount to tell
            values = {"asset": asset, "order_no": o.number, "amount": f"{due:,.2f}"}
        elif o.state is OrderState.RELEASED and soon and km and o.next_service_date:
            event = MessageEvent.SERVICE_REMINDER
            values = {"asset": asset, "due_date": o.next_service_date.isoformat(),
                      "due_km": f"{km:,}"}  # fmt: skip
        elif o.state is OrderState.RELEASED and rng.random() < 0.15:
            event = MessageEvent.FOLLOW_UP
            values = {"asset": asset}
        else:
            continue
        if (o.customer_id, event) in done:
            continue
        try:
            row = messages.queue_message(advisor, o.customer_id, event, values)
        except WorkbayError:
            continue  # a value the template needs is missing: the demo goes on
        done.add((o.customer_id, event))
        queued.append(row.id)
        summary.queued += 1
    if queued:
        messages.mark_sent(advisor, queued[0])
        summary.by_hand += 1
    if len(queued) > 2:  # withdrawn by phone after the message was queued
        row = next(r for r in messages.outbox(advisor) if r.id == queued[-1])
        followups.record_consent(advisor, row.customer_id, ContactChannel.SMS, False, "电话退订")
    return summary
