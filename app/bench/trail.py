"""Row generators for what the services write along a recent order's way (benchmark).

Status history and the order journal with the versions the optimistic checks expect, the
inspection, quality check, settlement, payment and release slip with their gapless
numbers per shop-local day. :class:`Sequences` hands out the ids and document numbers.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import ROUND_CEILING, Decimal
from typing import Any

from app.db.numbering import period_of
from app.domain.enums import Approval as Ap
from app.domain.enums import AssetKind, OrderState, PaymentMethod, SettlementRounding
from app.domain.enums import Payer as P
from app.domain.money import PricedLine, compute_totals

S = OrderState
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
ACTION = {
    S.APPROVED: "approve", S.ASSIGNED: "assign", S.IN_PROGRESS: "start", S.PAUSED: "pause",
    S.WORK_DONE: "finish", S.READY: "qc_pass", S.SETTLED: "settle", S.RELEASED: "release",
    S.CANCELLED: "cancel",
}  # fmt: skip
PAY_METHODS: tuple[PaymentMethod, ...] = (
    PaymentMethod.WECHAT,
    PaymentMethod.ALIPAY,
    PaymentMethod.CASH,
)
PAY_METHODS += (PaymentMethod.BANK_CARD, PaymentMethod.STORED_VALUE)
PAY_WEIGHTS = (38, 27, 15, 12, 8)
CENT = Decimal("0.01")
CENT = Decimal("0.01")
ZERO = Decimal("0.00")


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


class Sequences:
    """Row ids per table and gapless document numbers per kind and shop-local day."""

    def __init__(self) -> None:
        self.counters: dict[tuple[str, str], int] = {}
        self.ids: dict[str, int] = {}

    def number(self, kind: str, at: datetime) -> str:
        period = period_of(at)
        value = self.counters.get((kind, period), 0) + 1
        self.counters[(kind, period)] = value
        return f"{kind}-{period}-{value:04d}"

    def next_id(self, name: str) -> int:
        self.ids[name] = self.ids.get(name, 0) + 1
        return self.ids[name]


class Trail:
    """Writes a recent order's history, journal and documents into an :class:`OrderChunk`."""

    def __init__(
        self,
        seq: Sequences,
        rng: random.Random,
        staff: Staff,
        checklists: dict[AssetKind, list[tuple[Any, ...]]],
        rounding: SettlementRounding,
    ) -> None:
        self.seq, self.r, self.staff = seq, rng, staff
        self.checklists, self.rounding = checklists, rounding

    def record(
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
            status_id = self.seq.next_id("status")
            reason = "intake" if prev is None else None
            from_state = prev.value if prev else None
            out.status.append((status_id, oid, from_state, to.value, reason, user, station, when))
            version += 1
            action = "resume" if prev is S.PAUSED else ACTION.get(to, "intake")
            summary = f"{action}: {to.value}"
            out.events.append(
                (self.seq.next_id("event"), oid, version, action, summary, user, station, when)
            )
            if to is S.READY:
                out.checks.append((self.seq.next_id("qc"), oid, True, None, staff.inspector, when))
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
        number = self.seq.number("ST", settled_at)
        out.settlements.append(
            (self.seq.next_id("st"), number, oid, t.gross, t.discount, t.customer_total, t.rounding)
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
        receipt = self.seq.number("RC", paid_at)
        out.payments.append(
            (self.seq.next_id("pay"), oid, "payment", method.value, amount, tendered, change, ref)
            + (None, None, receipt, cashier, till, paid_at)
        )
        summary = f"paid {method.value} {amount}"
        out.events.append(
            (self.seq.next_id("event"), oid, version + 1, "pay", summary, cashier, till, paid_at)
        )
        if released:
            at = steps[-1][1]
            out.releases.append(
                (self.seq.next_id("rl"), self.seq.number("RL", at), oid, cashier, till, at)
            )
        return 1

    def _inspection(
        self, oid: int, kind: AssetKind, when: datetime, advisor: int, out: OrderChunk
    ) -> None:
        r = self.r
        insp = self.seq.next_id("insp")
        out.inspections.append((insp, oid, advisor, when, None))
        for position, code, zh, en in self.checklists[kind]:
            x = r.random()
            result = "ok" if x < 0.88 else "attention" if x < 0.97 else "damaged"
            note = None if result == "ok" else "轻微划痕"
            out.items.append((self.seq.next_id("item"), insp, position, code, zh, en, result, note))
