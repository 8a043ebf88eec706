"""Row generators for work orders and everything hanging off them (benchmark dataset).

Each order gets a state consistent with its age (the newest ones are still in the shop,
older ones released or cancelled, about 2 % are rework of an earlier visit), a gapless
``WO-YYYYMMDD-NNNN`` number per shop-local day, and lines from the catalog for about
half of the archive and all recent orders. The recent ("detailed") orders also carry what
the services would have written on the way: status history, the order journal with
matching versions, inspection, quality check, settlement, payments and release slip with
their own gapless numbers. :attr:`OrderRows.counters` holds the last number per kind and
day for ``document_counters``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import ROUND_CEILING, Decimal
from typing import Any

from app.bench.shape import KINDS, Shape
from app.db.numbering import period_of
from app.demo.fakes import Fakes
from app.demo.visits import FINDINGS, SYMPTOMS
from app.domain.enums import Approval as Ap
from app.domain.enums import AssetKind, OrderState, PauseReason, PaymentMethod, SettlementRounding
from app.domain.enums import Payer as P
from app.domain.money import PricedLine, compute_totals

ORDER_COLS = (
    "id", "number", "state", "pause_reason", "customer_id", "asset_id", "advisor_id",
    "technician_id", "symptom", "fault_found", "mileage_in", "fuel_level", "accessories_left",
    "valuables_left", "promised_at", "waits_on_site", "keep_old_parts", "wash", "notes",
    "approved_at", "approval_method", "qc_passed_at", "released_at", "cancel_reason",
    "reopened_from_id", "next_service_date", "next_service_km", "updated_at", "version",
    "created_at",
)  # fmt: skip
LINE_COLS = (
    "id", "order_id", "position", "kind", "catalog_item_id", "code", "description", "quantity",
    "unit", "unit_price", "discount_percent", "payer", "approval", "approval_method",
    "approval_by_id", "approval_at", "approval_note", "is_extra", "technician_id",
    "created_by_id", "created_at",
)  # fmt: skip
STATUS_COLS = ("id", "order_id", "from_state", "to_state", "reason", "user_id", "station_id", "at")
EVENT_COLS = ("id", "order_id", "version", "action", "summary", "user_id", "station_id", "at")
QC_COLS = ("id", "order_id", "passed", "note", "inspector_id", "at")
INSPECTION_COLS = ("id", "order_id", "inspector_id", "at", "note")
ITEM_COLS = ("id", "inspection_id", "position", "code", "label_zh", "label_en", "result", "note")
SETTLEMENT_COLS = (
    "id", "number", "order_id", "gross", "discount", "customer_total", "rounding",
    "customer_due", "free_total", "user_id", "station_id", "at", "voided_at", "void_reason",
)  # fmt: skip
PAYMENT_COLS = (
    "id", "order_id", "kind", "method", "amount", "tendered", "change", "reference", "reason",
    "refund_of_id", "receipt_number", "user_id", "station_id", "at",
)  # fmt: skip
RELEASE_COLS = ("id", "number", "order_id", "user_id", "station_id", "at")

S = OrderState
PATH: tuple[OrderState, ...] = (S.OPEN, S.APPROVED, S.ASSIGNED, S.IN_PROGRESS, S.WORK_DONE)
PATH += (S.READY, S.SETTLED, S.RELEASED)
ACTION = {
    S.APPROVED: "approve", S.ASSIGNED: "assign", S.IN_PROGRESS: "start", S.PAUSED: "pause",
    S.WORK_DONE: "finish", S.READY: "qc_pass", S.SETTLED: "settle", S.RELEASED: "release",
    S.CANCELLED: "cancel",
}  # fmt: skip
#: minutes a step takes (low, high)
STEP_MINUTES = {
    S.APPROVED: (5, 40), S.ASSIGNED: (2, 30), S.IN_PROGRESS: (5, 120), S.PAUSED: (20, 240),
    S.WORK_DONE: (30, 300), S.READY: (10, 60), S.SETTLED: (5, 180), S.RELEASED: (2, 60),
    S.CANCELLED: (5, 600),
}  # fmt: skip
OPEN_MIX: tuple[OrderState, ...] = (
    S.OPEN,
    S.APPROVED,
    S.ASSIGNED,
    S.IN_PROGRESS,
    S.PAUSED,
    S.WORK_DONE,
    S.READY,
)
OPEN_MIX += (S.SETTLED, S.CANCELLED)
OPEN_WEIGHTS = (14, 9, 12, 24, 10, 8, 9, 10, 4)
PAY_METHODS: tuple[PaymentMethod, ...] = (
    PaymentMethod.WECHAT,
    PaymentMethod.ALIPAY,
    PaymentMethod.CASH,
)
PAY_METHODS += (PaymentMethod.BANK_CARD, PaymentMethod.STORED_VALUE)
PAY_WEIGHTS = (38, 27, 15, 12, 8)
CENT = Decimal("0.01")
ZERO = Decimal("0.00")
TEN = Decimal("10.00")


@dataclass(frozen=True)
class Decision:
    """The customer's decision on a line: how, when and recorded by whom."""

    approval: Ap
    method: str | None = None
    at: datetime | None = None
    by: int | None = None


@dataclass(frozen=True)
class Staff:
    """Ids of the people and stations the dataset's documents name."""

    advisors: tuple[int, ...]
    technicians: tuple[int, ...]
    inspector: int
    cashier: int
    desk_station: int
    cashier_station: int


@dataclass
class OrderChunk:
    orders: list[tuple[Any, ...]] = field(default_factory=list)
    lines: list[tuple[Any, ...]] = field(default_factory=list)
    status: list[tuple[Any, ...]] = field(default_factory=list)
    events: list[tuple[Any, ...]] = field(default_factory=list)
    checks: list[tuple[Any, ...]] = field(default_factory=list)
    inspections: list[tuple[Any, ...]] = field(default_factory=list)
    items: list[tuple[Any, ...]] = field(default_factory=list)
    settlements: list[tuple[Any, ...]] = field(default_factory=list)
    payments: list[tuple[Any, ...]] = field(default_factory=list)
    releases: list[tuple[Any, ...]] = field(default_factory=list)


class OrderRows:
    """Streams work orders with their lines and (for recent ones) their document trail."""

    def __init__(
        self,
        shape: Shape,
        fakes: Fakes,
        staff: Staff,
        catalog: dict[AssetKind, list[tuple[Any, ...]]],
        checklists: dict[AssetKind, list[tuple[Any, ...]]],
        rounding: SettlementRounding = SettlementRounding.NONE,
    ) -> None:
        self.shape, self.f, self.r, self.staff = shape, fakes, fakes.rng, staff
        self.catalog, self.checklists, self.rounding = catalog, checklists, rounding
        self.findings = {
            k: [c for c in catalog[k] if c[2] in FINDINGS[k][:2]] or catalog[k][:1] for k in KINDS
        }
        self.counters: dict[tuple[str, str], int] = {}
        self.ids = dict.fromkeys(
            ("line", "status", "event", "qc", "insp", "item", "st", "pay", "rl"), 0
        )
        n_assets = len(shape.asset_owner)
        self.last_order = [0] * n_assets  # id of the asset's previous order
        self.last_released = bytearray(n_assets)
        self.open_orders = 0

    def number(self, kind: str, at: datetime) -> str:
        period = period_of(at)
        value = self.counters.get((kind, period), 0) + 1
        self.counters[(kind, period)] = value
        return f"{kind}-{period}-{value:04d}"

    def next_id(self, name: str) -> int:
        self.ids[name] += 1
        return self.ids[name]

    def chunks(self, chunk: int = 50_000) -> Iterator[OrderChunk]:
        n = self.shape.sizes.orders
        for lo in range(0, n, chunk):
            out = OrderChunk()
            for i in range(lo, min(lo + chunk, n)):
                self._order(i, out)
            yield out

    def _state(self, i: int) -> OrderState:
        sizes, r = self.shape.sizes, self.r
        if i >= sizes.orders - sizes.open_orders:
            return r.choices(OPEN_MIX, OPEN_WEIGHTS)[0]
        return S.CANCELLED if r.random() < 0.035 else S.RELEASED

    def _steps(self, state: OrderState, t: datetime) -> list[tuple[OrderState, datetime]]:
        r = self.r
        if state is S.CANCELLED:
            targets: list[OrderState] = [S.OPEN, S.APPROVED][: r.randint(1, 2)] + [S.CANCELLED]
        elif state is S.PAUSED:
            targets = [*PATH[:4], S.PAUSED]
        else:
            targets = list(PATH[: PATH.index(state) + 1])
            if len(targets) > 4 and r.random() < 0.1:  # waited for parts on the way
                targets[4:4] = [S.PAUSED, S.IN_PROGRESS]
        steps = [(S.OPEN, t)]
        for to in targets[1:]:
            lo, hi = STEP_MINUTES[to]
            t = t + timedelta(minutes=r.randint(lo, hi))
            steps.append((to, t))
        return steps

    def _order(self, i: int, out: OrderChunk) -> None:
        shape, r, staff = self.shape, self.r, self.staff
        oid = i + 1
        a = shape.order_asset[i]
        kind = KINDS[shape.asset_kind[a]]
        cid = shape.asset_owner[a] + 1
        t = shape.order_time(i, r.random())
        state = self._state(i)
        detailed = i >= shape.sizes.orders - shape.sizes.detailed_orders
        steps = self._steps(state, t)
        at = dict(steps)
        rework_of = None
        if self.last_released[a] and state is not S.CANCELLED and r.random() < 0.02:
            rework_of = self.last_order[a]
        self.last_order[a] = oid
        self.last_released[a] = state is S.RELEASED
        self.open_orders += state not in (S.RELEASED, S.CANCELLED)
        advisor = r.choice(staff.advisors)
        tech = r.choice(staff.technicians) if S.ASSIGNED in at else None
        method = r.choice(("signature", "signature", "in_person")) if S.APPROVED in at else None
        vehicle = kind is AssetKind.VEHICLE
        mileage = r.randint(3_000, 220_000) if vehicle else None
        released = at.get(S.RELEASED)
        lines: list[tuple[Any, ...]] = []
        if detailed or r.random() < 0.5:
            lines = self._lines(oid, kind, state, at, advisor, tech, method, detailed)
            out.lines += lines
        events = 0
        if detailed:
            events = self._trail(oid, kind, state, steps, lines, advisor, tech, out)
        symptom = r.choice(SYMPTOMS[kind])
        out.orders.append(
            (
                oid,
                self.number("WO", t),
                state.value,
                r.choice((PauseReason.WAITING_PARTS, PauseReason.WAITING_APPROVAL)).value
                if state is S.PAUSED
                else None,
                cid,
                a + 1,
                advisor,
                tech,
                f"返修: {symptom}" if rework_of else symptom,
                FINDINGS[kind][2] if S.WORK_DONE in at and r.random() < 0.3 else None,
                mileage,
                r.choice((10, 25, 50, 75, 100)) if vehicle else None,
                "充电器" if not vehicle and r.random() < 0.2 else None,
                "行车记录仪" if vehicle and r.random() < 0.05 else None,
                t + timedelta(hours=r.randint(2, 72)),
                r.random() < 0.3,
                r.random() < 0.2,
                vehicle and r.random() < 0.5,
                None,
                at.get(S.APPROVED),
                method,
                at.get(S.READY),
                released,
                r.choice(("客户不修了", "配件太贵", "Customer changed their mind"))
                if state is S.CANCELLED
                else None,
                rework_of,
                (released + timedelta(days=180)).date() if released and vehicle else None,
                mileage + 10_000 if released and mileage else None,
                steps[-1][1],
                1 + events,
                t,
            )
        )

    def _lines(
        self,
        oid: int,
        kind: AssetKind,
        state: OrderState,
        at: dict[OrderState, datetime],
        advisor: int,
        tech: int | None,
        method: str | None,
        detailed: bool,
    ) -> list[tuple[Any, ...]]:
        r = self.r
        approved_at = at.get(S.APPROVED)
        picks = r.sample(self.catalog[kind], min(len(self.catalog[kind]), r.randint(1, 4)))
        approval = Ap.APPROVED if approved_at else Ap.PROPOSED
        estimate = Decision(approval, method, approved_at, advisor if approved_at else None)
        rows = [
            self._line(oid, n, item, estimate, at[S.OPEN], advisor)
            for n, item in enumerate(picks, start=1)
        ]
        started = at.get(S.IN_PROGRESS)
        if detailed and started and state is not S.CANCELLED and r.random() < 0.3:
            extra = Decision(Ap.PROPOSED)
            if state in (S.READY, S.SETTLED, S.RELEASED) or r.random() < 0.6:
                decided_at = started + timedelta(minutes=r.randint(20, 90))
                verdict = r.choice((Ap.APPROVED, Ap.APPROVED, Ap.DECLINED))
                extra = Decision(verdict, "phone", decided_at, advisor)
            for item in self.findings[kind]:
                rows.append(self._line(oid, len(rows) + 1, item, extra, started, tech, extra=True))
        return rows

    def _line(
        self,
        oid: int,
        pos: int,
        item: tuple[Any, ...],
        decision: Decision,
        created: datetime,
        creator: int | None,
        *,
        extra: bool = False,
    ) -> tuple[Any, ...]:
        cat_id, line_kind, code, zh, en, unit, qty, price = item
        x = self.r.random()
        payer = P.WARRANTY if x < 0.06 else P.GOODWILL if x < 0.075 else P.CUSTOMER
        discount = TEN if line_kind == "labor" and 0.3 < x < 0.4 else ZERO
        return (
            self.next_id("line"),
            oid,
            pos,
            line_kind,
            cat_id,
            code,
            zh if x < 0.8 else en,
            qty,
            unit,
            price,
            discount,
            payer.value,
            decision.approval.value,
            decision.method,
            decision.by,
            decision.at,
            None,
            extra,
            creator if extra else None,
            creator,
            created,
        )

    def _trail(
        self,
        oid: int,
        kind: AssetKind,
        state: OrderState,
        steps: list[tuple[OrderState, datetime]],
        lines: list[tuple[Any, ...]],
        advisor: int,
        tech: int | None,
        out: OrderChunk,
    ) -> int:
        """History, journal, inspection, QC and cashier documents; returns journal length."""
        staff = self.staff
        by_tech = (S.IN_PROGRESS, S.PAUSED, S.WORK_DONE)
        version = 1
        prev: OrderState | None = None
        for to, when in steps:
            user, station = advisor, staff.desk_station
            if to in by_tech and tech is not None:
                user = tech
            elif to is S.READY:
                user = staff.inspector
            elif to in (S.SETTLED, S.RELEASED):
                user, station = staff.cashier, staff.cashier_station
            status_id = self.next_id("status")
            reason = "intake" if prev is None else None
            from_state = prev.value if prev else None
            out.status.append((status_id, oid, from_state, to.value, reason, user, station, when))
            version += 1
            action = "resume" if prev is S.PAUSED else ACTION.get(to, "intake")
            summary = f"{action}: {to.value}"
            out.events.append(
                (self.next_id("event"), oid, version, action, summary, user, station, when)
            )
            if to is S.READY:
                out.checks.append((self.next_id("qc"), oid, True, None, staff.inspector, when))
            if to is S.SETTLED:
                version += self._cashier(oid, state, lines, steps, when, version, out)
            prev = to
        if self.r.random() < 0.6:
            self._inspection(oid, kind, steps[0][1] + timedelta(minutes=3), advisor, out)
        return version - 1

    def _cashier(
        self,
        oid: int,
        state: OrderState,
        lines: list[tuple[Any, ...]],
        steps: list[tuple[OrderState, datetime]],
        settled_at: datetime,
        version: int,
        out: OrderChunk,
    ) -> int:
        """Settlement, payment and release slip; returns extra journal entries written."""
        r, staff = self.r, self.staff
        cashier, till = staff.cashier, staff.cashier_station
        priced = [PricedLine(l[7], l[9], l[10], P(l[11]), Ap(l[12])) for l in lines]
        t = compute_totals(priced, self.rounding)
        number = self.number("ST", settled_at)
        out.settlements.append(
            (self.next_id("st"), number, oid, t.gross, t.discount, t.customer_total, t.rounding)
            + (t.customer_due, t.free_total, cashier, till, settled_at, None, None)
        )
        released = state is S.RELEASED
        amount = t.customer_due if released else (t.customer_due / 2).quantize(CENT)
        if amount <= 0 or not (released or r.random() < 0.3):
            return 0
        method = r.choices(PAY_METHODS, PAY_WEIGHTS)[0]
        tendered, change = None, ZERO
        if method is PaymentMethod.CASH:
            tendered = (amount / 100).to_integral_value(rounding=ROUND_CEILING) * 100
            change = tendered - amount
        paid_at = settled_at + timedelta(minutes=r.randint(1, 20))
        if released:
            paid_at = min(paid_at, steps[-1][1] - timedelta(seconds=30))
        ref = f"{r.randrange(10**18):018d}" if method in PAY_METHODS[:2] else None
        receipt = self.number("RC", paid_at)
        out.payments.append(
            (self.next_id("pay"), oid, "payment", method.value, amount, tendered, change, ref)
            + (None, None, receipt, cashier, till, paid_at)
        )
        summary = f"paid {method.value} {amount}"
        out.events.append(
            (self.next_id("event"), oid, version + 1, "pay", summary, cashier, till, paid_at)
        )
        if released:
            at = steps[-1][1]
            out.releases.append((self.next_id("rl"), self.number("RL", at), oid, cashier, till, at))
        return 1

    def _inspection(
        self, oid: int, kind: AssetKind, when: datetime, advisor: int, out: OrderChunk
    ) -> None:
        r = self.r
        insp = self.next_id("insp")
        out.inspections.append((insp, oid, advisor, when, None))
        for position, code, zh, en in self.checklists[kind]:
            x = r.random()
            result = "ok" if x < 0.88 else "attention" if x < 0.97 else "damaged"
            note = None if result == "ok" else "轻微划痕"
            out.items.append((self.next_id("item"), insp, position, code, zh, en, result, note))
