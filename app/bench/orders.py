"""Row generators for work orders and their lines (benchmark dataset).

Each order gets a state consistent with its age (the newest ones are still in the shop,
older ones released or cancelled, about 2 % are rework of an earlier visit), a gapless
``WO-YYYYMMDD-NNNN`` number per shop-local day, and lines from the catalog for about
half of the archive and all recent orders. The recent ("detailed") orders also carry what
the services would have written on the way (see :mod:`app.bench.trail`).
:attr:`OrderRows.counters` holds the last number per kind and day for
``document_counters``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from app.bench.shape import KINDS, Shape
from app.bench.trail import OrderChunk, Sequences, Staff, Trail
from app.demo.fakes import Fakes
from app.demo.visits import FINDINGS, SYMPTOMS
from app.domain.enums import Approval as Ap
from app.domain.enums import AssetKind, OrderState, PauseReason, SettlementRounding
from app.domain.enums import Payer as P

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

S = OrderState
PATH: tuple[OrderState, ...] = (S.OPEN, S.APPROVED, S.ASSIGNED, S.IN_PROGRESS, S.WORK_DONE)
PATH += (S.READY, S.SETTLED, S.RELEASED)
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
ZERO = Decimal("0.00")
TEN = Decimal("10.00")


@dataclass(frozen=True)
class Decision:
    """The customer's decision on a line: how, when and recorded by whom."""

    approval: Ap
    method: str | None = None
    at: datetime | None = None
    by: int | None = None


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
        self.catalog = catalog
        self.findings = {
            k: [c for c in catalog[k] if c[2] in FINDINGS[k][:2]] or catalog[k][:1] for k in KINDS
        }
        self.seq = Sequences()
        self.trail = Trail(self.seq, self.r, staff, checklists, rounding)
        n_assets = len(shape.asset_owner)
        self.last_order = [0] * n_assets  # id of the asset's previous order
        self.last_released = bytearray(n_assets)
        self.open_orders = 0

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
            events = self.trail.record(oid, kind, state, steps, lines, advisor, tech, out)
        symptom = r.choice(SYMPTOMS[kind])
        out.orders.append(
            (
                oid,
                self.seq.number("WO", t),
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
            self.seq.next_id("line"),
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

    @property
    def counters(self) -> dict[tuple[str, str], int]:
        """The last number issued per document kind and day (for ``document_counters``)."""
        return self.seq.counters
