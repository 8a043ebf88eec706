"""Helpers for the workshop and cashier desk tests: a change adapter on the test database,
waiting for background service calls, and demo orders in every state."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QWidget

from app.domain.enums import OrderState, PauseReason
from app.domain.types import utcnow
from app.services import intake, queries, workflow
from app.services.context import ServiceContext
from app.services.inputs import VisitDetails
from tests.factories import customer, order_in_state, phone_device, vehicle
from ui.changes import ChangeAdapter

SHOT_DIR_ENV = "WORKBAY_SHOT_DIR"


@pytest.fixture
def changes(ctx: ServiceContext, qapp: QApplication) -> Iterator[ChangeAdapter]:
    adapter = ChangeAdapter(ctx.db.feed)
    yield adapter
    # let background service calls finish before the database goes away
    QThreadPool.globalInstance().waitForDone(10_000)
    QApplication.processEvents()
    adapter.close()


def settle_tasks(qtbot: object) -> None:
    """Wait until no background service call is running and their answers are delivered."""
    QThreadPool.globalInstance().waitForDone(10_000)
    for _ in range(3):
        QApplication.processEvents()


def make_late(ctx: ServiceContext, order_id: int, hours: float = 2) -> None:
    """Move an order's promised time into the past (as if the workshop ran over)."""
    current = queries.get_order(ctx, order_id)
    details = VisitDetails(
        symptom=current.order.symptom,
        mileage_in=current.order.mileage_in,
        promised_at=utcnow() - timedelta(hours=hours),
        waits_on_site=True,
    )
    intake.update_details(ctx, order_id, details, version=current.version)


def demo_orders(ctx: ServiceContext, tech: ServiceContext) -> dict[str, int]:
    """A small workshop: one order in each interesting state, one of them late."""
    ids = {}
    plates = iter(["粤B12345", "粤B6Q781", "粤A99K20", "京N3M456", "沪C88721", "粤B0D512"])
    for key, state in [
        ("approved", OrderState.APPROVED),
        ("assigned", OrderState.ASSIGNED),
        ("in_progress", OrderState.IN_PROGRESS),
        ("paused", OrderState.IN_PROGRESS),
        ("work_done", OrderState.WORK_DONE),
        ("ready", OrderState.READY),
    ]:
        d = order_in_state(
            ctx,
            tech,
            state,
            asset=vehicle(next(plates), vin=None),
            customer=customer(
                name={
                    "approved": "李娜",
                    "assigned": "王芳",
                    "in_progress": "张伟",
                    "paused": "刘洋",
                    "work_done": "陈静",
                    "ready": "赵磊",
                }[key],
                phone="1381234" + str(5670 + len(ids)),
            ),
        )
        ids[key] = d.id
    ids["device"] = order_in_state(
        ctx,
        tech,
        OrderState.IN_PROGRESS,
        asset=phone_device(),
        customer=customer("孙丽", "13900001111"),
    ).id
    # (order_in_state(PAUSED) would intake the same vehicle twice)
    workflow.pause_work(tech, ids["paused"], PauseReason.WAITING_PARTS, "刹车片缺货")
    make_late(ctx, ids["in_progress"])
    return ids


def save_shot(widget: QWidget, name: str) -> Path | None:
    """Grab ``widget`` to ``$WORKBAY_SHOT_DIR/name.png`` when that variable is set."""
    directory = os.environ.get(SHOT_DIR_ENV)
    pixmap = widget.grab()
    assert not pixmap.isNull()
    if not directory:
        return None
    path = Path(directory) / f"{name}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    pixmap.save(str(path))
    return path
