"""The demo's customer care: consents, care dates and a history in time, so that the
follow-up list and every due list have believable rows.

The demo's visits go through the services at the current time, so every release happened
"now". To give the care desk a past, :func:`add_care` moves some released visits back in
time (the order and everything it journalled: lines, state changes, events, settlement,
payments, slips, all by the same amount) — a few days for the follow-ups, five to eight
months for the inactive and lost customers, a year or more for the mileage history. The
consents go through :func:`app.services.followups.record_consent`; the dates the customer
file has no field for yet (birthday, 年检, insurance, company car) are written directly.
Then the follow-up list fills itself and the demo's agent works part of it through
:func:`app.services.followups.record_call` (done, dissatisfied and called again, one and
three unanswered attempts, refused), and the value classes are computed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import DateTime, select, update
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.domain.enums import (
    AssetKind,
    AssetStatus,
    AssetUse,
    ContactChannel,
    FollowUpOutcome,
    FollowUpState,
    OrderState,
    Role,
)
from app.domain.errors import WorkbayError
from app.domain.models import Asset, Base, Customer, FollowUp, WorkOrder
from app.domain.types import utcnow
from app.services import followups, value_classes
from app.services.context import ServiceContext
from app.services.people import as_user


@dataclass
class CareSummary:
    consents: int = 0
    moved: int = 0
    follow_ups: dict[str, int] = field(default_factory=dict)
    classes: dict[str, int] = field(default_factory=dict)

    def text(self) -> str:
        fus = ", ".join(f"{k} {n}" for k, n in sorted(self.follow_ups.items()))
        classes = ", ".join(f"{k} {n}" for k, n in self.classes.items())
        return (
            f"care: {self.consents} phone consents, {self.moved} visits moved into the past; "
            f"follow-ups: {fus or 'none'}; classes: {classes}"
        )


#: written once and never changed (the audit log refuses it): left at the time it was written
_APPEND_ONLY = {"audit_log", "change_log"}


def backdate(session: Session, order_id: int, delta: timedelta) -> None:
    """Move an order and every row it journalled ``delta`` into the past."""
    for table in Base.metadata.sorted_tables:
        if table.name in _APPEND_ONLY:
            continue
        key = "id" if table.name == "work_orders" else "order_id"
        if key not in table.c:
            continue
        stamps = [c for c in table.c if isinstance(c.type, DateTime) or "UTCDateTime" in
                  type(c.type).__name__]  # fmt: skip
        if not stamps:
            continue
        pk = list(table.primary_key.columns)
        for row in session.execute(select(*pk, *stamps).where(table.c[key] == order_id)):
            values = {c.name: row._mapping[c] - delta for c in stamps if row._mapping[c]}
            if values:
                where = [p == row._mapping[p] for p in pk]
                session.execute(update(table).where(*where).values(**values))


def add_care(db: Database, advisor: ServiceContext, rng: random.Random) -> CareSummary:
    summary = CareSummary()
    now = utcnow()
    agent = as_user(advisor, "徐静", Role.FOLLOW_UP)
    with db.read() as s:
        customers = list(s.scalars(select(Customer.id).order_by(Customer.id)))
    for cid in customers:
        if rng.random() < 0.85:
            source = rng.choice(("intake form", "到店登记", "phone call", "wechat"))
            followups.record_consent(advisor, cid, ContactChannel.PHONE, True, source,
                                     at=now - timedelta(days=rng.randint(30, 400)))  # fmt: skip
            summary.consents += 1
    today = date.today()
    with db.write() as s:
        for c in s.scalars(select(Customer)):
            if rng.random() < 0.12:
                born = date(rng.randint(1960, 2000), today.month, 1) + timedelta(
                    days=rng.randint(0, 40)
                )
                c.birthday, c.birthday_md = born, born.strftime("%m-%d")
        visited = set(s.scalars(select(WorkOrder.asset_id).distinct()))
        for a in s.scalars(select(Asset)):
            if a.kind is AssetKind.VEHICLE:
                roll = rng.random()
                if roll < 0.25:
                    a.inspection_due = today + timedelta(days=rng.randint(-20, 60))
                if rng.random() < 0.25:
                    a.insurance_due = today + timedelta(days=rng.randint(-10, 60))
                if rng.random() < 0.08:
                    a.use = rng.choice((AssetUse.COMPANY, AssetUse.STAFF))
                if a.id not in visited:  # a new car that has not come back yet
                    a.invoice_date = today - timedelta(days=rng.randint(70, 110))
                elif rng.random() < 0.12:  # the 3-year warranty ends about now
                    a.invoice_date = today - timedelta(days=rng.randint(1070, 1110))
            elif rng.random() < 0.15:  # a device's or e-bike's year of warranty ends
                a.invoice_date = today - timedelta(days=rng.randint(350, 380))
            if rng.random() < 0.03:
                a.status = rng.choice((AssetStatus.SOLD, AssetStatus.STOLEN))
        released = list(
            s.scalars(
                select(WorkOrder)
                .where(WorkOrder.state == OrderState.RELEASED)
                .order_by(WorkOrder.id)
            )
        )
        # each customer a history: lost (no visit for 6+ months), inactive (5 to 6),
        # sparse (visits far apart), or recent visits of the last weeks
        profile = {
            cid: rng.choices(("lost", "inactive", "sparse", "recent"), (8, 6, 6, 80))[0]
            for cid in {o.customer_id for o in released}
        }
        first_seen: set[int] = set()
        for o in released:
            kind = profile[o.customer_id]
            if kind == "lost":
                delta = timedelta(days=rng.randint(190, 300))
            elif kind == "inactive":
                delta = timedelta(days=rng.randint(155, 178))
            elif kind == "sparse" and o.customer_id not in first_seen:
                delta = timedelta(days=rng.randint(400, 420))
            elif rng.random() < 0.6:
                delta = timedelta(days=rng.randint(0, 6), hours=rng.randint(0, 6))
            else:
                delta = timedelta(days=rng.randint(20, 140))
            first_seen.add(o.customer_id)
            backdate(s, o.id, delta)
            summary.moved += 1
            if rng.random() < 0.4:
                s.execute(
                    update(WorkOrder)
                    .where(WorkOrder.id == o.id)
                    .values(next_service_date=today + timedelta(days=rng.randint(-10, 40)))
                )
    followups.generate(agent)
    _work_the_list(agent, rng)
    with db.read() as s:
        for state, outcome in s.execute(select(FollowUp.state, FollowUp.outcome)):
            key = outcome.value if outcome else state.value
            summary.follow_ups[key] = summary.follow_ups.get(key, 0) + 1
    summary.classes = value_classes.compute_classes(agent).counts
    return summary


def _work_the_list(agent: ServiceContext, rng: random.Random) -> None:
    """The agent's morning: some calls answered, some not, one unhappy customer."""
    rows = [r for r in followups.due_followups(agent) if r.due_at < utcnow() - timedelta(hours=4)]
    plan = ["satisfied", "satisfied", "dissatisfied", "unreachable", "unreachable3", "refused"]
    for i, row in enumerate(rows):
        if i % 3 == 2:
            continue  # left open for the desk
        what = plan[i % len(plan)] if i < len(plan) else rng.choice(plan)
        at = min(utcnow(), row.due_at + timedelta(minutes=rng.randint(5, 120)))
        try:
            _call(agent, row, what, at, rng)
        except WorkbayError:
            continue


def _call(agent: ServiceContext, row: followups.FollowUpRow, what: str, at: datetime,
          rng: random.Random) -> None:  # fmt: skip
    version = row.version
    if what == "unreachable3":
        for k in range(3):
            r = followups.record_call(agent, row.id, version, outcome="unreachable",
                                      duration_s=30, now=at + timedelta(hours=3 * k))  # fmt: skip
            version = r.version
            if r.state is not FollowUpState.OPEN:
                break
        return
    scores = None
    if what in ("satisfied", "dissatisfied"):
        low = what == "dissatisfied"
        scores = {k: rng.randint(1, 3) if low else rng.randint(4, 5)
                  for k in followups.SCORE_FIELDS}  # fmt: skip
    note = "等待时间太长" if what == "dissatisfied" else None
    followups.record_call(agent, row.id, version, outcome=FollowUpOutcome(what), scores=scores,
                          note=note, duration_s=rng.randint(40, 240), now=at)  # fmt: skip
