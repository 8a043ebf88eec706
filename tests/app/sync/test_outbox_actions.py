"""The desks' actions during an outage: payments, refunds, extra work (proposed and the
customer's answer) and the job's status changes are kept in the station's outbox with their
request ids and sent once when the server is back, as intakes are; a replay the server
refuses is kept as failed with the reason. SQLite file and PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.db.engine import Database
from app.domain.enums import ApprovalMethod, LineKind, OrderState, PauseReason, PaymentMethod, Role
from app.domain.models import Payment, QualityCheck
from app.services import lines, outbox, workflow
from app.services.context import ServiceContext
from app.services.inputs import LineInput, PaymentInput
from app.services.outbox import Outbox
from app.services.people import as_user, sign_in
from app.services.queries import get_order
from app.services.views import OrderDetail
from tests.factories import order_in_state, vehicle


class Desks:
    """The people at the stations of one shop."""

    def __init__(self, db: Database) -> None:
        self.advisor = sign_in(db, "Counter 1", "Li Na", Role.ADVISOR)
        self.tech = as_user(self.advisor, "Wang Wei", Role.TECHNICIAN)
        self.inspector = as_user(self.advisor, "Sun Li", Role.INSPECTOR)
        self.cashier = sign_in(db, "Cashier", "Zhao Min", Role.CASHIER)
        self.manager = as_user(self.advisor, "Qian Hong", Role.MANAGER)
        self._plates = iter(range(100, 200))

    def order(self, state: OrderState) -> OrderDetail:
        plate = f"粤B7F{next(self._plates)}"
        return order_in_state(self.advisor, self.tech, state, asset=vehicle(plate, None))


@pytest.fixture
def shop(shared_url: str) -> Any:
    db = Database(shared_url)
    yield db, Desks(db)
    db.dispose()


def _count(db: Database, model: type, *where: object) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model).where(*where)) or 0)  # type: ignore[arg-type]


def test_every_desk_action_the_outbox_keeps_takes_a_request_id() -> None:
    import inspect

    for name, fn in outbox.ACTIONS.items():
        assert "request_id" in inspect.signature(fn).parameters, name


def test_desk_actions_typed_offline_are_kept_and_applied_once_when_back(
    shop: Any, tmp_path: Path
) -> None:
    db, desks = shop
    box = Outbox(tmp_path / "outbox.sqlite3")
    counts: list[int] = []
    box.subscribe(counts.append)

    assigned = desks.order(OrderState.APPROVED)
    to_start = desks.order(OrderState.ASSIGNED)
    working = desks.order(OrderState.IN_PROGRESS)
    finding = desks.order(OrderState.IN_PROGRESS)
    paused = desks.order(OrderState.PAUSED)
    done = desks.order(OrderState.WORK_DONE)
    settled = desks.order(OrderState.SETTLED)
    released = desks.order(OrderState.RELEASED)
    asking = lines.propose_extra_work(
        desks.tech,
        desks.order(OrderState.IN_PROGRESS).id,
        [LineInput(LineKind.PART, "雨刮", "1", "45")],
    )
    extra_line = next(l for l in asking.lines if l.is_extra)

    typed: list[tuple[ServiceContext, str, dict[str, Any], Callable[[OrderDetail], bool]]] = [
        (
            desks.advisor,
            "assign",
            {"order_id": assigned.id, "technician_id": desks.tech.actor.user_id},
            lambda d: d.order.state is OrderState.ASSIGNED,
        ),
        (
            desks.tech,
            "start_work",
            {"order_id": to_start.id},
            lambda d: d.order.state is OrderState.IN_PROGRESS,
        ),
        (
            desks.tech,
            "pause_work",
            {"order_id": working.id, "reason": PauseReason.WAITING_PARTS, "note": "等配件"},
            lambda d: d.order.state is OrderState.PAUSED,
        ),
        (
            desks.tech,
            "propose_extra_work",
            {
                "order_id": finding.id,
                "lines": [LineInput(LineKind.PART, "刹车片", "1", "380.00")],
                "finding": "刹车片磨损",
                "pause": True,
            },
            lambda d: d.order.state is OrderState.PAUSED and any(l.is_extra for l in d.lines),
        ),
        (
            desks.tech,
            "resume_work",
            {"order_id": paused.id},
            lambda d: d.order.state is OrderState.IN_PROGRESS,
        ),
        (
            desks.inspector,
            "quality_check",
            {"order_id": done.id, "passed": True, "note": None},
            lambda d: d.order.state is OrderState.READY,
        ),
        (
            desks.cashier,
            "pay",
            {
                "order_id": settled.id,
                "parts": [PaymentInput(PaymentMethod.WECHAT, settled.balance)],
            },
            lambda d: d.balance == Decimal("0.00"),
        ),
        (
            desks.manager,
            "refund",
            {"payment_id": released.payments[0].id, "amount": "20.00", "reason": "补偿"},
            lambda d: d.paid == released.paid - Decimal("20.00"),
        ),
        (
            desks.advisor,
            "decide_extra_work",
            {
                "order_id": asking.id,
                "line_ids": [extra_line.id],
                "approve": True,
                "method": ApprovalMethod.PHONE,
                "version": asking.version,
            },
            lambda d: d.order.state is OrderState.IN_PROGRESS,
        ),
    ]
    kept = []
    for who, action, args, _check in typed:
        submitted = box.submit(who, action, online=False, **args)
        assert submitted.result is None and submitted.queued is not None, action
        kept.append(submitted.queued)
    assert counts[-1] == len(typed) == box.pending_count(db)
    assert [e.action for e in box.entries(db)] == [a for _, a, _, _ in typed]
    # nothing reached the server while it was out of reach
    assert get_order(desks.advisor, settled.id).balance == settled.balance
    assert get_order(desks.advisor, to_start.id).order.state is OrderState.ASSIGNED

    report = box.replay(db)
    assert report.failed == [] and report.remaining == 0
    assert [e.action for e, _ in report.applied] == [a for _, a, _, _ in typed]
    for (_who, action, _args, check), (_entry, result) in zip(typed, report.applied, strict=True):
        assert check(result), action
    assert counts[-1] == 0 and box.entries(db) == []
    assert _count(db, Payment, Payment.order_id == settled.id) == 1
    assert _count(db, QualityCheck, QualityCheck.order_id == done.id) == 1

    # The payment and the start had reached the server before the line dropped: sent again
    # with their request ids, nothing happens twice.
    for entry, args in ((kept[6], typed[6][2]), (kept[1], typed[1][2])):
        who = typed[[e.seq for e in kept].index(entry.seq)][0]
        box.enqueue(who, entry.action, entry.request_id, args)
    again = box.replay(db)
    assert again.failed == [] and len(again.applied) == 2
    assert _count(db, Payment, Payment.order_id == settled.id) == 1
    assert again.applied[0][1].balance == Decimal("0.00")
    assert again.applied[1][1].order.state is OrderState.IN_PROGRESS


def test_a_kept_status_change_the_server_refuses_is_kept_as_failed_with_the_reason(
    shop: Any, tmp_path: Path
) -> None:
    db, desks = shop
    box = Outbox(tmp_path / "outbox.sqlite3")
    job = desks.order(OrderState.ASSIGNED)
    paying = desks.order(OrderState.SETTLED)
    box.submit(desks.tech, "start_work", online=False, order_id=job.id, version=job.version)
    box.submit(
        desks.cashier,
        "pay",
        online=False,
        subject=paying.order.number,
        order_id=paying.id,
        parts=[PaymentInput(PaymentMethod.CASH, paying.balance)],
        version=paying.version,
    )
    # meanwhile another technician, at another station, started the job
    other = as_user(desks.cashier, "Zhou Qiang", Role.TECHNICIAN)
    workflow.start_work(other, job.id, version=job.version)

    report = box.replay(db)
    assert [e.action for e, _ in report.failed] == ["start_work"]
    assert [e.action for e, _ in report.applied] == ["pay"]
    (failed,) = box.entries(db)
    assert failed.status == "failed" and failed.error
    assert box.pending_count(db) == 0
    assert box.pending_for(paying.order.number, db) == []
    # the cashier's kept payment was named by its order's number
    assert report.applied[0][0].subject == paying.order.number
