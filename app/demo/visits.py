"""Visits driven through the real services: the desk, the workshop and the cashier at work.

:class:`Desk` opens work orders for made-up customers and takes each one along the real
process (inspection, estimate, signature, technician, extra work, pauses, quality check,
settlement, payment, release, rework) up to the state a :class:`Plan` asks for. Nothing is
written around the services, so the data is exactly what the application produces. The
demo command and the benchmark's ``visit`` measurement both use it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from decimal import ROUND_CEILING, Decimal

from app.db.engine import Database
from app.demo.fakes import Fakes
from app.domain.enums import (
    ApprovalMethod,
    AssetKind,
    DamageType,
    InspectionResult,
    LineKind,
    OrderState,
    PauseReason,
    Payer,
    PaymentMethod,
    Role,
)
from app.domain.models import CatalogItem
from app.domain.types import utcnow
from app.services import cashier, intake, lines, workflow
from app.services.catalog import line_from_catalog, search_catalog
from app.services.context import ServiceContext
from app.services.inputs import (
    AssetInput,
    CustomerInput,
    DamageMarkInput,
    InspectionInput,
    InspectionItemInput,
    IntakeInput,
    LineInput,
    PaymentInput,
    VisitDetails,
)
from app.services.people import as_user, sign_in
from app.services.views import OrderDetail

SYMPTOMS = {
    AssetKind.VEHICLE: (
        "刹车有异响", "仪表盘发动机故障灯亮", "空调不制冷", "做5万公里保养", "方向盘抖动",
        "Oil change and inspection", "Noise from front left wheel", "Battery warning light on",
    ),
    AssetKind.DEVICE: (
        "屏幕碎裂", "电池不耐用，半天没电", "进水后无法开机", "充电口接触不良",
        "Cracked screen", "Phone restarts by itself", "Camera is blurry",
    ),
    AssetKind.EBIKE: (
        "后胎漏气", "刹车不灵", "电池续航变短", "喇叭不响", "Flat rear tire", "Motor cuts out",
    ),
}  # fmt: skip
FINDINGS = {
    AssetKind.VEHICLE: ("P-BRKPAD-F", "L-BRAKE", "前刹车片磨损到极限"),
    AssetKind.DEVICE: ("P-PHBATT", "L-PHBATT", "电池鼓包，建议更换"),
    AssetKind.EBIKE: ("P-EB-BRKPAD", "L-EB-BRAKE", "刹车皮磨损"),
}


@dataclass(frozen=True)
class Plan:
    """Where a visit stops and what happens on the way."""

    target: OrderState
    pause: PauseReason | None = None
    extra: str | None = None  # "approved" | "declined" | "pending"
    warranty: bool = False
    goodwill: bool = False
    qc_fail: bool = False
    pay: tuple[PaymentMethod, ...] = (PaymentMethod.WECHAT,)
    deposit: bool = False  # a settled order with part of the bill paid
    refund: bool = False
    rework: bool = False  # released, then reopened for rework (see Desk.rework)


@dataclass(frozen=True)
class Staff:
    advisor: ServiceContext
    advisor2: ServiceContext
    technicians: tuple[ServiceContext, ...]
    inspector: ServiceContext
    cashier: ServiceContext
    manager: ServiceContext  # refunds (a cashier's need a manager's approval)


def sign_in_staff(db: Database) -> Staff:
    """The people of a small shop, at their stations, each with the role that gives the
    rights of their desk (the services check them)."""
    advisor = sign_in(db, "前台1 Counter 1", "李娜", Role.ADVISOR)
    return Staff(
        advisor=advisor,
        advisor2=sign_in(db, "前台2 Counter 2", "Chen Jie", Role.ADVISOR),
        technicians=(
            as_user(advisor, "王师傅", Role.TECHNICIAN),
            as_user(advisor, "刘工", Role.TECHNICIAN),
            as_user(advisor, "Zhou Tao", Role.TECHNICIAN),
        ),
        inspector=as_user(advisor, "孙敏 (质检)", Role.INSPECTOR),
        cashier=sign_in(db, "收银台 Cashier", "赵敏", Role.CASHIER),
        manager=sign_in(db, "服务经理 Manager", "周建国", Role.MANAGER),
    )


class Desk:
    """Opens and advances visits for made-up customers through the services."""

    def __init__(self, staff: Staff, fakes: Fakes) -> None:
        self.staff = staff
        self.fakes = fakes
        self.rng = fakes.rng
        #: what the last :meth:`open` took in (its details spare loading the order to inspect)
        self.last_intake: IntakeInput | None = None
        self.catalog: dict[AssetKind, list[CatalogItem]] = {
            kind: search_catalog(staff.advisor, "", kind, limit=100) for kind in AssetKind
        }

    def _catalog_lines(self, kind: AssetKind, n: int, warranty: bool = False) -> list[LineInput]:
        items = self.rng.sample(self.catalog[kind], min(n, len(self.catalog[kind])))
        result = [line_from_catalog(i) for i in items]
        if warranty and result:
            result[0].payer = Payer.WARRANTY
        return result

    def _item(self, kind: AssetKind, code: str) -> CatalogItem:
        return next(i for i in self.catalog[kind] if i.code == code)

    # --- the visit ---

    def open(
        self,
        customer: int | CustomerInput,
        asset: int | AssetInput,
        kind: AssetKind,
        plan: Plan,
        advisor: ServiceContext | None = None,
    ) -> OrderDetail:
        r = self.rng
        mileage = None
        if kind is AssetKind.VEHICLE:  # a vehicle on file comes back with more kilometres
            reading = (
                intake.last_mileage(self.staff.advisor, asset) if isinstance(asset, int) else None
            )
            last = reading.km if reading else None
            mileage = last + r.randint(300, 12_000) if last else r.randint(5_000, 180_000)
        details = VisitDetails(
            symptom=r.choice(SYMPTOMS[kind]),
            mileage_in=mileage,
            fuel_level=r.choice((10, 25, 50, 75, 100)) if kind is AssetKind.VEHICLE else None,
            promised_at=utcnow() + timedelta(hours=r.randint(1, 48)),  # never in the past
            waits_on_site=r.random() < 0.3,
            keep_old_parts=r.random() < 0.2,
            wash=kind is AssetKind.VEHICLE and r.random() < 0.5,
            valuables_left="行车记录仪" if r.random() < 0.1 else None,
            accessories_left="充电器"
            if kind is not AssetKind.VEHICLE and r.random() < 0.4
            else None,
        )
        data = IntakeInput(
            details=details,
            lines=self._catalog_lines(kind, r.randint(1, 3), plan.warranty),
            customer_id=customer if isinstance(customer, int) else None,
            customer=customer if isinstance(customer, CustomerInput) else None,
            asset_id=asset if isinstance(asset, int) else None,
            asset=asset if isinstance(asset, AssetInput) else None,
        )
        self.last_intake = data
        return intake.intake(advisor or self.staff.advisor, data)

    def inspect(
        self, d: OrderDetail, kind: AssetKind | None = None, details: VisitDetails | None = None
    ) -> OrderDetail:
        """The walk-around check; ``kind`` and the intake's ``details``, when the caller
        knows them, spare loading the order just opened."""
        r = self.rng
        kind = kind or d.asset.kind
        items = []
        for item in intake.checklist(self.staff.advisor, kind):
            result = r.choices(list(InspectionResult), (85, 10, 4, 1))[0]
            note = (
                None
                if result is InspectionResult.OK
                else r.choice(("轻微划痕", "需关注", "scuffed"))
            )
            items.append(InspectionItemInput(item.code, result, note))
        marks = []
        if kind is AssetKind.VEHICLE:
            for _ in range(r.choice((0, 0, 1, 2))):
                marks.append(
                    DamageMarkInput(
                        str(round(r.random(), 3)),
                        str(round(r.random(), 3)),
                        r.choice((DamageType.SCRATCH, DamageType.DENT, DamageType.CHIP)),
                        r.choice(("左前门划痕", "后保险杠凹陷", None)),
                    )
                )
        data = InspectionInput(
            items=items,
            marks=marks,
            fuel_level=details.fuel_level if details else d.order.fuel_level,
            mileage=details.mileage_in if details else d.order.mileage_in,
            note="客户在场确认" if r.random() < 0.5 else None,
        )
        return intake.record_inspection(self.staff.advisor, d.id, data, version=d.version)

    def advance(self, d: OrderDetail, plan: Plan, kind: AssetKind | None = None) -> OrderDetail:
        """Take an order from open to ``plan.target`` through the services; the order is
        loaded only where a step needs to see it (a desk would show it)."""
        s, r = self.staff, self.rng
        target = plan.target
        if target is OrderState.CANCELLED:
            if r.random() < 0.5:
                d = workflow.approve_order(s.advisor, d.id, version=d.version)
            return workflow.cancel(
                s.advisor,
                d.id,
                r.choice(("客户不修了", "配件太贵", "Customer changed their mind")),
                version=d.version,
            )
        if target is OrderState.OPEN:
            return d
        method = r.choice(
            (ApprovalMethod.SIGNATURE, ApprovalMethod.SIGNATURE, ApprovalMethod.IN_PERSON)
        )
        d = workflow.approve_order(s.advisor, d.id, method, version=d.version)
        if target is OrderState.APPROVED:
            return d
        tech = r.choice(s.technicians)
        d = workflow.assign(s.advisor, d.id, tech.actor.user_id, version=d.version)
        if target is OrderState.ASSIGNED:
            return d
        d = workflow.start_work(tech, d.id, version=d.version)
        if plan.extra:
            d = self._extra_work(d, tech, plan, kind or d.asset.kind)
        if target is OrderState.IN_PROGRESS or (
            target is OrderState.PAUSED and plan.pause is PauseReason.WAITING_APPROVAL
        ):
            return d
        if plan.pause is not None and plan.pause is not PauseReason.WAITING_APPROVAL:
            note = "等待客户确认取车时间" if plan.pause is PauseReason.OTHER else None
            d = workflow.pause_work(tech, d.id, plan.pause, note, version=d.version)
            if target is OrderState.PAUSED:
                return d
            d = workflow.resume_work(tech, d.id, version=d.version)
        d = workflow.finish_work(tech, d.id, version=d.version)
        if target is OrderState.WORK_DONE:
            return d
        if plan.qc_fail:
            d = workflow.quality_check(
                s.inspector, d.id, False, "异响仍在 noise still there", version=d.version
            )
            d = workflow.finish_work(tech, d.id, version=d.version)
        d = workflow.quality_check(s.inspector, d.id, True, version=d.version)
        paying = (
            [l for l in d.lines if l.payer is Payer.CUSTOMER and l.approval.value != "declined"]
            if plan.goodwill
            else []
        )
        if plan.goodwill and paying:  # giving a line away is the manager's call
            d = lines.set_line_payer_and_discount(
                s.manager,
                d.id,
                paying[0].id,
                payer=Payer.GOODWILL,
                discount_percent="0",
                version=d.version,
            )
        elif r.random() < 0.3:
            labor = [l for l in d.lines if l.kind is LineKind.LABOR and l.payer is Payer.CUSTOMER]
            if labor:  # member card: 10 % off labor
                d = lines.set_line_payer_and_discount(
                    s.advisor,
                    d.id,
                    labor[0].id,
                    payer=Payer.CUSTOMER,
                    discount_percent="10",
                    version=d.version,
                )
        if target is OrderState.READY:
            return d
        d = cashier.settle(s.cashier, d.id, version=d.version)
        if target is OrderState.SETTLED:
            due = _due(d)
            if plan.deposit and due > Decimal("1.00"):
                part = (due / 2).quantize(Decimal("0.01"))
                d = cashier.pay(
                    s.cashier, d.id, [PaymentInput(PaymentMethod.WECHAT, part)], version=d.version
                )
            return d
        d = self._pay(d, plan.pay)
        d = cashier.release(s.cashier, d.id, version=d.version)
        if plan.refund and d.payments:
            first = d.payments[0]
            amount = min(first.amount, Decimal("20.00"))
            d = cashier.refund(
                s.manager, first.id, amount, "客户投诉等待时间过长，退部分工时费", version=d.version
            )
        return d

    def rework(self, released: OrderDetail) -> OrderDetail:
        """The customer is back with the same fault: a rework order (返修) is opened."""
        reason = self.rng.choice(("同一故障再次出现", "Same noise is back after the repair"))
        return workflow.reopen_for_rework(self.staff.advisor, released.id, reason)

    def _extra_work(
        self, d: OrderDetail, tech: ServiceContext, plan: Plan, kind: AssetKind
    ) -> OrderDetail:
        s = self.staff
        part, labor, finding = FINDINGS[kind]
        proposed = [
            line_from_catalog(self._item(kind, part)),
            line_from_catalog(self._item(kind, labor)),
        ]
        pause = plan.pause is PauseReason.WAITING_APPROVAL
        d = lines.propose_extra_work(
            tech, d.id, proposed, finding=finding, pause=pause, version=d.version
        )
        if plan.extra == "pending":
            return d
        ids = [l.id for l in d.added_lines or []]
        approve = plan.extra == "approved"
        note = "电话确认 confirmed by phone" if approve else "客户下次再换"
        return lines.decide_extra_work(
            s.advisor,
            d.id,
            ids,
            approve=approve,
            method=ApprovalMethod.PHONE,
            note=note,
            version=d.version,
        )

    def _pay(self, d: OrderDetail, methods: tuple[PaymentMethod, ...]) -> OrderDetail:
        balance = _due(d)
        if balance <= 0:
            return d
        parts: list[PaymentInput] = []
        if len(methods) > 1:  # split: the first method pays about half, the last the rest
            first = (balance / 2).quantize(Decimal("1"))
            if Decimal(0) < first < balance:
                parts.append(PaymentInput(methods[0], first, reference=self._ref(methods[0])))
                balance -= first
        last = methods[-1]
        if last is PaymentMethod.CASH:  # rounded up to the next 100 yuan: change is due
            tendered = (balance / 100).to_integral_value(rounding=ROUND_CEILING) * 100
            parts.append(PaymentInput(last, max(tendered, balance)))
        else:
            parts.append(PaymentInput(last, balance, reference=self._ref(last)))
        return cashier.pay(self.staff.cashier, d.id, parts, version=d.version)

    def _ref(self, method: PaymentMethod) -> str | None:
        if method in (PaymentMethod.WECHAT, PaymentMethod.ALIPAY):
            return f"{self.rng.randrange(10**18):018d}"
        if method is PaymentMethod.BANK_CARD:
            return f"POS{self.rng.randrange(10**6):06d}"
        return None

    def full_visit(self, customer: int, asset: int, kind: AssetKind) -> OrderDetail:
        """One whole visit, intake to release: inspection, extra work approved, split payment."""
        plan = Plan(
            OrderState.RELEASED,
            extra="approved",
            pay=(PaymentMethod.WECHAT, PaymentMethod.CASH),
        )
        d = self.open(customer, asset, kind, plan)
        d = self.inspect(d, kind, self.last_intake.details if self.last_intake else None)
        return self.advance(d, plan, kind)


def _due(d: OrderDetail) -> Decimal:
    """What is left to pay: a statement just issued says it (``due``) without a load."""
    return d.due if d.due is not None else d.balance
