"""The demo's complaints: a handful of cases in different steps, so the care desk's list,
the deadlines and the manager's overdue notice have something true to show.

Recorded through :mod:`app.services.complaints` by the follow-up agent 徐静 and the service
advisor: a fresh phone complaint about a late delivery (answered), a repair-quality case
under investigation, a parts case waiting for the part, a 12315 referral received two days
ago and not answered (its deadlines missed: escalated to the manager), an anonymous hotline
call, and a closed case with its resolution and improvement.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import timedelta
from decimal import Decimal

from sqlalchemy import select

from app.domain.enums import (
    ComplaintChannel,
    ComplaintKind,
    ComplaintSeverity,
    ComplaintWait,
    Role,
)
from app.domain.models import WorkOrder
from app.domain.types import utcnow
from app.services import complaints as cs
from app.services.context import ServiceContext
from app.services.people import as_user


@dataclass
class ComplaintSummary:
    states: dict[str, int] = field(default_factory=dict)

    def text(self) -> str:
        return "complaints: " + ", ".join(f"{k} {n}" for k, n in sorted(self.states.items()))


def add_complaints(advisor: ServiceContext, rng: random.Random) -> ComplaintSummary:
    summary = ComplaintSummary()
    agent = as_user(advisor, "徐静", Role.FOLLOW_UP)
    with advisor.db.read() as s:
        orders = list(
            s.execute(
                select(WorkOrder.id, WorkOrder.customer_id, WorkOrder.asset_id)
                .where(WorkOrder.state == "released")
                .order_by(WorkOrder.id.desc())
                .limit(20)
            )
        )
    if len(orders) < 4:
        return summary
    rng.shuffle(orders)
    now = utcnow()

    def record(who: ServiceContext, n: int, hours_ago: float, **kw: object) -> cs.ComplaintRow:
        order = orders[n]
        data = cs.ComplaintInput(
            customer_id=order.customer_id, asset_id=order.asset_id, order_id=order.id,
            received_at=now - timedelta(hours=hours_ago), **kw,  # type: ignore[arg-type]
        )  # fmt: skip
        return cs.record_complaint(who, data)

    late = record(agent, 0, 1.5, channel=ComplaintChannel.PHONE, kind=ComplaintKind.SERVICE,
                  severity=ComplaintSeverity.GENERAL,
                  description="约好下午五点交车，六点半才交，客户等了一个半小时",
                  request="希望道歉并说明原因")  # fmt: skip
    cs.add_note(agent, late.id, late.version, "已致电道歉，说明质检排队，赠送一次洗车",
                kind="response")  # fmt: skip
    quality = record(advisor, 1, 20, channel=ComplaintChannel.IN_PERSON,
                     kind=ComplaintKind.REPAIR_QUALITY, severity=ComplaintSeverity.GENERAL,
                     description="更换刹车片后仍有异响", request="免费复查")  # fmt: skip
    row = cs.add_note(advisor, quality.id, quality.version, "已约明早复查", kind="response")
    for step_note in ("判定：维修质量", "指派：王师傅复查", "调查：刹车片安装方向"):
        row = cs.advance(advisor, row.id, row.version, step_note)
    parts = record(agent, 2, 30, channel=ComplaintChannel.PHONE, kind=ComplaintKind.PARTS,
                   severity=ComplaintSeverity.GENERAL,
                   description="订的原厂雨刮一周未到", request="尽快到货")  # fmt: skip
    row = cs.add_note(agent, parts.id, parts.version, "已联系配件部催货", kind="response")
    cs.wait(agent, row.id, row.version, ComplaintWait.PARTS, "厂家缺货，预计三天到")
    overdue = record(agent, 3, 50, channel=ComplaintChannel.HOTLINE_12315,
                     kind=ComplaintKind.WARRANTY, severity=ComplaintSeverity.SERIOUS,
                     description="三包期内变速箱异响，认为应更换总成",
                     request="按三包规定更换")  # fmt: skip
    del overdue  # left unanswered: its missed deadlines reach the manager
    cs.record_complaint(agent, cs.ComplaintInput(
        channel=ComplaintChannel.PHONE, kind=ComplaintKind.SERVICE,
        severity=ComplaintSeverity.GENERAL, description="前台接电话态度不好",
        caller_name="匿名来电", received_at=now - timedelta(hours=3),
    ))  # fmt: skip
    if len(orders) > 4:
        done = record(advisor, 4, 120, channel=ComplaintChannel.PHONE,
                      kind=ComplaintKind.SERVICE, severity=ComplaintSeverity.GENERAL,
                      description="结算时多收了一项洗车费", request="退还")  # fmt: skip
        row = cs.add_note(advisor, done.id, done.version, "核实属实，当场致歉",
                          kind="response", at=now - timedelta(hours=119))  # fmt: skip
        notes = ["判定：收费错误", "指派：收银主管", "调查：套餐已含洗车", "方案：退还洗车费",
                 "已告知客户，客户满意", "责任：收银员未核对套餐"]  # fmt: skip
        for n, step_note in enumerate(notes):
            row = cs.advance(advisor, row.id, row.version, step_note,
                             compensation=Decimal("30.00") if n == 3 else None,
                             resolution="退还洗车费 30 元" if n == 3 else None,
                             accountability="收银员未核对套餐，已培训" if n == 5 else None)  # fmt: skip
        cs.advance(advisor, row.id, row.version, "改进：结算前核对套餐内容",
                   improvement="结算单打印前系统提示套餐内项目")  # fmt: skip
    cs.escalate_due(agent)
    for row in cs.list_complaints(agent, open_only=False):
        summary.states[row.state.value] = summary.states.get(row.state.value, 0) + 1
    return summary
