"""Helpers for the workshop and cashier desk tests: waiting for background service calls,
demo orders in every state, screenshots."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QWidget

from app.domain.enums import LineKind, OrderState, PauseReason, Payer
from app.domain.types import utcnow
from app.services import intake, queries, workflow
from app.services.context import ServiceContext
from app.services.inputs import LineInput, VisitDetails
from tests.factories import customer, order_in_state, phone_device, vehicle

SHOT_DIR_ENV = "WORKBAY_SHOT_DIR"
W = TypeVar("W", bound=QWidget)


def settle_tasks(qtbot: object) -> None:
    """Wait until no background service call is running and their answers are delivered,
    including the calls those answers start (a scan resolves, then opens the order)."""
    pool = QThreadPool.globalInstance()
    for _ in range(20):
        pool.waitForDone(10_000)
        for _ in range(3):
            QApplication.processEvents()
        if pool.activeThreadCount() == 0:
            break


def shown_active(qtbot: Any, keep: Any, window: W, size: tuple[int, int] = (1366, 700)) -> W:
    """``window`` kept for the test, sized, shown and made the active window."""
    keep(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    return window


def make_late(ctx: ServiceContext, order_id: int, hours: float = 2) -> None:
    """Move an order's promised time into the past (as if the workshop ran over)."""
    current = queries.get_order(ctx, order_id)
    details = VisitDetails(
        symptom=current.order.symptom,
        mileage_in=current.order.mileage_in,
        promised_at=utcnow() - timedelta(hours=hours),
        waits_on_site=True,
        # promised before it passed: a promise typed in the past is refused
        typed_at=utcnow() - timedelta(hours=hours + 1),
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


def mixed_lines() -> list[LineInput]:
    """A statement with every kind of payer, a discount and a declined recommendation."""
    return [
        LineInput(LineKind.LABOR, "常规保养工时", "1.5", "180.00", discount_percent="10"),
        LineInput(LineKind.PART, "机油 5W-30 4L", "1", "368.00"),
        LineInput(LineKind.PART, "机油滤清器", "1", "68.00", payer=Payer.WARRANTY),
        LineInput(LineKind.LABOR, "空调异味处理", "1", "120.00", payer=Payer.GOODWILL),
        LineInput(LineKind.PART, "前保险杠喷漆", "1", "850.00", payer=Payer.INSURANCE),
    ]


def cashier_orders(ctx: ServiceContext, tech: ServiceContext) -> dict[str, int]:
    """Orders at the cashier: ready (mixed payers), settled, another ready, one in the
    workshop (not ready for pickup)."""
    ids = {
        "mixed": order_in_state(
            ctx,
            tech,
            OrderState.READY,
            asset=vehicle("粤B12345", None),
            customer=customer("张伟", "13812345678"),
            lines=mixed_lines(),
        ).id,
        "settled": order_in_state(
            ctx,
            tech,
            OrderState.SETTLED,
            asset=vehicle("粤B6Q781", None),
            customer=customer("王芳", "13812345679"),
        ).id,
        "ready": order_in_state(
            ctx,
            tech,
            OrderState.READY,
            asset=phone_device(),
            customer=customer("孙丽", "13900001111"),
        ).id,
        "in_progress": order_in_state(
            ctx,
            tech,
            OrderState.IN_PROGRESS,
            asset=vehicle("京N3M456", None),
            customer=customer("刘洋", "13812345680"),
        ).id,
    }
    return ids
