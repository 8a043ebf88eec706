"""Fill a database with a demo shop's customers, assets and orders in every state.

Everything goes through the services (see :mod:`app.demo.visits`). The first orders follow
a fixed list of plans so that even a small run has every state, a rework order, warranty
and goodwill lines, extra work approved, declined and pending, and several payment
methods; the rest are drawn at random with realistic weights.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from app.db.engine import Database
from app.demo.appointments import AppointmentSummary, add_appointments
from app.demo.care import CareSummary, add_care
from app.demo.complaints import ComplaintSummary, add_complaints
from app.demo.fakes import Fakes
from app.demo.inputs import asset_input, customer_input
from app.demo.messages import MessagesSummary, add_messages
from app.demo.shop import setup_demo_shop
from app.demo.visits import Desk, Plan, sign_in_staff
from app.domain.enums import OPEN_STATES, AssetKind, OrderState, PauseReason, Payer
from app.domain.enums import OrderState as S
from app.domain.enums import PaymentMethod as M
from app.services.customers import create_asset, create_customer
from app.services.views import OrderDetail

#: one plan per state (and the special cases) so that every run shows all of them
COVERAGE = (
    Plan(S.OPEN),
    Plan(S.APPROVED),
    Plan(S.ASSIGNED),
    Plan(S.IN_PROGRESS, extra="pending"),
    Plan(S.PAUSED, pause=PauseReason.WAITING_PARTS),
    Plan(S.PAUSED, pause=PauseReason.WAITING_APPROVAL, extra="pending"),
    Plan(S.WORK_DONE, extra="declined"),
    Plan(S.READY, warranty=True, goodwill=True),
    Plan(S.SETTLED, deposit=True),
    Plan(S.RELEASED, extra="approved", qc_fail=True, pay=(M.WECHAT, M.CASH)),
    Plan(S.CANCELLED),
    Plan(S.RELEASED, rework=True, pay=(M.BANK_CARD,)),
)


def random_plan(fakes: Fakes) -> Plan:
    r = fakes.rng
    target = r.choices(
        (S.OPEN, S.APPROVED, S.ASSIGNED, S.IN_PROGRESS, S.PAUSED, S.WORK_DONE, S.READY)
        + (S.SETTLED, S.RELEASED, S.CANCELLED),
        (6, 4, 4, 7, 5, 4, 4, 5, 55, 6),
    )[0]
    pause = None
    if target is S.PAUSED or r.random() < 0.1:
        pause = r.choice(list(PauseReason))
    extra = r.choice((None, None, "approved", "declined"))
    if target in (S.IN_PROGRESS, S.PAUSED) and r.random() < 0.3:
        extra = "pending"
    if pause is PauseReason.WAITING_APPROVAL:
        extra = "pending" if target is S.PAUSED else extra or "approved"
    pay: tuple[M, ...] = r.choice(
        ((M.WECHAT,), (M.ALIPAY,), (M.CASH,), (M.BANK_CARD,), (M.STORED_VALUE,))
    )
    if r.random() < 0.15:
        pay = (r.choice((M.STORED_VALUE, M.WECHAT, M.BANK_CARD)), M.CASH)
    return Plan(
        target,
        pause=pause,
        extra=extra,
        warranty=r.random() < 0.12,
        goodwill=r.random() < 0.05,
        qc_fail=r.random() < 0.05,
        pay=pay,
        deposit=r.random() < 0.3,
        refund=target is S.RELEASED and r.random() < 0.03,
        rework=target is S.RELEASED and r.random() < 0.03,
    )


@dataclass
class DemoSummary:
    customers: int = 0
    companies: int = 0
    assets: Counter[str] = field(default_factory=Counter)
    states: Counter[str] = field(default_factory=Counter)
    lines: Counter[str] = field(default_factory=Counter)
    payments: Counter[str] = field(default_factory=Counter)
    rework: int = 0
    inspections: int = 0
    care: CareSummary | None = None
    appointments: AppointmentSummary | None = None
    complaints: ComplaintSummary | None = None
    messages: MessagesSummary | None = None

    def add_order(self, d: OrderDetail) -> None:
        self.states[d.order.state.value] += 1
        self.rework += d.order.reopened_from_id is not None
        self.inspections += d.inspection is not None
        for line in d.lines:
            self.lines["lines"] += 1
            if line.payer is not Payer.CUSTOMER:
                self.lines[line.payer.value] += 1
            if line.is_extra:
                self.lines[f"extra {line.approval.value}"] += 1
        for p in d.payments:
            self.payments[f"{p.kind.value} {p.method.value}"] += 1

    def text(self) -> str:
        orders = sum(self.states.values())
        assets = ", ".join(f"{n} {k}" for k, n in sorted(self.assets.items()))
        rows = [
            f"customers: {self.customers} ({self.companies} companies); assets: {assets}",
            f"orders: {orders} ({self.rework} rework, {self.inspections} inspected)",
            "  " + ", ".join(f"{s.value} {self.states[s.value]}" for s in OrderState),
            "lines: " + ", ".join(f"{k} {n}" for k, n in sorted(self.lines.items())),
            "payments: " + ", ".join(f"{k} {n}" for k, n in sorted(self.payments.items())),
        ]
        if self.care is not None:
            rows.append(self.care.text())
        if self.appointments is not None:
            rows.append(self.appointments.text())
        if self.complaints is not None:
            rows.append(self.complaints.text())
        if self.messages is not None:
            rows.append(self.messages.text())
        return "\n".join(rows)


def populate(db: Database, customers: int, orders: int, seed: int | None = None) -> DemoSummary:
    """Create ``customers`` customers and ``orders`` work orders through the services."""
    fakes = Fakes(seed)
    r = fakes.rng
    setup_demo_shop(db)
    desk = Desk(sign_in_staff(db), fakes)
    summary = DemoSummary()
    walk_ins = min(customers // 10, orders // 10)
    # (customer id, asset id, kind) of assets on file
    on_file: list[tuple[int, int, AssetKind]] = []
    for _ in range(customers - walk_ins):
        data = customer_input(fakes)
        c = create_customer(desk.staff.advisor, data)
        summary.customers += 1
        summary.companies += c.kind.value == "company"
        for _ in range(r.choice((1, 1, 1, 1, 2, 2, 3))):
            asset = asset_input(fakes)
            a = create_asset(desk.staff.advisor, c.id, asset)
            summary.assets[a.kind.value] += 1
            on_file.append((c.id, a.id, a.kind))
    busy: set[int] = set()
    plans = list(COVERAGE)
    made = 0
    while made < orders:
        plan = plans.pop(0) if plans else random_plan(fakes)
        if plan.rework and made + 2 > orders:
            plan = Plan(S.RELEASED, pay=plan.pay)
        advisor = desk.staff.advisor2 if r.random() < 0.3 else desk.staff.advisor
        if walk_ins > 0 and (not on_file or r.random() < 0.15):
            walk_ins -= 1
            asset_in = asset_input(fakes)
            d = desk.open(customer_input(fakes), asset_in, asset_in.kind, plan, advisor)
            summary.customers += 1
            summary.companies += d.customer.kind.value == "company"
            summary.assets[d.asset.kind.value] += 1
            on_file.append((d.customer.id, d.asset.id, d.asset.kind))
        else:
            free = [x for x in on_file if x[1] not in busy] or on_file
            customer_id, asset_id, kind = r.choice(free)
            d = desk.open(customer_id, asset_id, kind, plan, advisor)
        if r.random() < 0.85 or plan.target is S.OPEN:
            d = desk.inspect(d)
        d = desk.advance(d, plan)
        if plan.rework:
            summary.add_order(d)
            made += 1
            d = desk.rework(d)
        summary.add_order(d)
        made += 1
        if d.order.state in OPEN_STATES:
            busy.add(d.asset.id)
    summary.care = add_care(db, desk.staff.advisor, r)
    summary.complaints = add_complaints(desk.staff.advisor, r)
    summary.appointments = add_appointments(db, desk.staff.advisor, r, per_day=max(2, orders // 15))
    summary.messages = add_messages(db, desk.staff.advisor, r)
    return summary
