"""The demo's appointments: a believable two weeks around today.

The last seven days: bookings made a few days ahead through :func:`app.services.appointments
.book` (at the time they were made), most of which came (within a quarter of an hour, a few
late), some did not (no-show with a reason, through the service), a few were cancelled. The
next seven days: today's and the coming days' bookings, some confirmed by the reminder call,
one moved. Slots fill mostly in the morning, as shops see them.
"""

from __future__ import annotations

import contextlib
import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import select

from app.db.engine import Database
from app.domain.enums import (
    AppointmentSource,
    AppointmentState,
    AssetStatus,
    ConfirmationOutcome,
    LineKind,
)
from app.domain.errors import WorkbayError
from app.domain.models import Appointment, Asset, CatalogItem, WorkOrder
from app.domain.types import utcnow
from app.services import appointments as ap
from app.services.context import ServiceContext

_NOTES = ("客户等待", "顺便检查空调", "上次异响复查", "需要代步车", "下午要用车", None, None, None)
_NO_SHOW = ("电话未接通", "客户临时有事", "忘记了，改天再约", "车已开去外地")
_CANCEL = ("客户取消：出差", "已在别处保养", "车已卖")


@dataclass
class AppointmentSummary:
    states: dict[str, int] = field(default_factory=dict)

    def text(self) -> str:
        return "appointments: " + ", ".join(f"{k} {n}" for k, n in sorted(self.states.items()))


def _items(session_items: list[CatalogItem], kind: str, rng: random.Random) -> list[int]:
    fitting = [c.id for c in session_items if c.asset_kinds is None or kind in c.asset_kinds]
    return rng.sample(fitting, k=min(len(fitting), rng.choice((1, 1, 2))))


def add_appointments(
    db: Database, advisor: ServiceContext, rng: random.Random, per_day: int = 8
) -> AppointmentSummary:
    """About ``per_day`` bookings a day over the past and the coming seven days."""
    summary = AppointmentSummary()
    now = utcnow()
    with db.read() as s:
        pairs = [
            (cid, aid, kind.value)
            for cid, aid, kind in s.execute(
                select(Asset.customer_id, Asset.id, Asset.kind).where(
                    Asset.status == AssetStatus.IN_USE
                )
            )
        ]
        labor = list(
            s.scalars(
                select(CatalogItem).where(
                    CatalogItem.kind == LineKind.LABOR,
                    CatalogItem.active.is_(True),
                    CatalogItem.standard_hours > Decimal(0),
                )
            )
        )
    if not pairs or not labor:
        return summary
    with db.read() as s:
        visited = set(s.scalars(select(WorkOrder.asset_id).distinct()))
    came = [p for p in pairs if p[1] in visited] or pairs  # past bookings: cars that came
    today = now.date()
    for offset in range(-7, 8):
        day = today + timedelta(days=offset)
        pool = came if offset < 0 else pairs
        rng.shuffle(pool)
        for customer_id, asset_id, kind in pool[:per_day]:
            _one(advisor, rng, day, customer_id, asset_id, kind, labor, now, summary)
    return summary


def _one(
    advisor: ServiceContext,
    rng: random.Random,
    day: date,
    customer_id: int,
    asset_id: int,
    kind: str,
    labor: list[CatalogItem],
    now: datetime,
    summary: AppointmentSummary,
) -> None:
    wanted = ap.slot_at(advisor, day, time(rng.choice((8, 9, 9, 10, 10, 11, 13, 14, 15)), 30))
    made_at = min(now, wanted - timedelta(days=rng.randint(1, 4), hours=rng.randint(0, 8)))
    items = [ap.BookedItem(i) for i in _items(labor, kind, rng)]
    if not items:
        return
    offers = ap.offer_slots(advisor, wanted, sum(_hours(labor, i) for i in items), kind,
                            now=made_at)  # fmt: skip
    if not offers:
        return
    data = ap.BookingInput(
        customer_id, asset_id, offers[0].starts_at, items,
        source=AppointmentSource.OUTBOUND if rng.random() < 0.3 else AppointmentSource.INBOUND,
        waiting=rng.random() < 0.3, notes=rng.choice(_NOTES),
    )  # fmt: skip
    try:
        row = ap.book(advisor, data, send_confirmation=False, now=made_at)
    except WorkbayError:
        return  # already booked that day, or the slot filled meanwhile: as at a real desk
    start = row.starts_at
    roll = rng.random()
    if start + ap.NO_SHOW_AFTER < now:  # the past week
        if roll < 0.1:
            row = ap.no_show(advisor, row.id, row.version, rng.choice(_NO_SHOW),
                             now=start + timedelta(minutes=45))  # fmt: skip
        elif roll < 0.15:
            row = ap.cancel(advisor, row.id, row.version, rng.choice(_CANCEL))
        else:
            late = timedelta(minutes=rng.choice((-10, -5, 0, 3, 8, 12, 25, 40)))
            with advisor.db.write() as s:  # came: linked to the asset's latest intake
                a = s.get(Appointment, row.id)
                assert a is not None
                a.state, a.arrived_at = AppointmentState.ARRIVED, start + late
                taken = select(Appointment.order_id).where(Appointment.order_id.is_not(None))
                a.order_id = s.scalar(
                    select(WorkOrder.id)
                    .where(WorkOrder.asset_id == asset_id, WorkOrder.id.not_in(taken))
                    .order_by(WorkOrder.created_at.desc())
                    .limit(1)
                )
            row = ap.get_appointment(advisor, row.id)
    elif roll < 0.4:
        row = ap.record_confirmation(advisor, row.id, row.version, ConfirmationOutcome.CONFIRMED,
                                     now=min(now, start - timedelta(hours=20)))  # fmt: skip
    elif roll < 0.45:
        later = ap.offer_slots(advisor, start + timedelta(days=1), row.hours, kind, now=now)
        if later:
            with contextlib.suppress(WorkbayError):  # the slot filled meanwhile
                row = ap.move(advisor, row.id, row.version, later[0].starts_at,
                              reason="客户改时间", now=now)  # fmt: skip
    summary.states[row.state.value] = summary.states.get(row.state.value, 0) + 1


def _hours(labor: list[CatalogItem], item: ap.BookedItem) -> Decimal:
    return next(Decimal(c.standard_hours or 0) for c in labor if c.id == item.catalog_item_id)
