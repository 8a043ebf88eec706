"""The lounge's TV board shows waiting customers masked identifiers and states in their
words: no full plate, IMEI or VIN, no customer name, nothing late, paused or why; in both
languages."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.domain.enums import OrderState, PauseReason
from app.domain.models import WorkOrder
from app.domain.types import utcnow
from app.services import workflow
from tests.factories import customer, order_in_state, phone_device, vehicle
from tests.ui.desk_support import settle_tasks
from ui.common import labels
from ui.shell import i18n
from ui.workshop.tv import TvBoardWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

IMEI = "862901072490135"
#: what a waiting customer must never read on the wall, per language
FORBIDDEN = {
    "en": ("late", "overdue", "waiting for", "paused", "approval", "parts"),
    "zh_CN": ("逾期", "超时", "延误", "暂停", "等待", "配件", "审批", "缺货"),
}


@pytest.fixture(params=["en", "zh_CN"])
def language(request, qapp):
    yield i18n.install(request.param)
    i18n.install("en")


def lounge_orders(ctx, tech) -> dict[str, int]:
    """A late one, one paused for parts (with a note), one done, one ready."""
    ids = {}
    for key, state, plate, name in [
        ("approved", OrderState.APPROVED, "粤B12345", "李娜"),
        ("in_progress", OrderState.IN_PROGRESS, "粤A99K20", "张伟"),
        ("paused", OrderState.IN_PROGRESS, "京N3M456", "刘洋"),
        ("work_done", OrderState.WORK_DONE, "沪C88721", "陈静"),
        ("ready", OrderState.READY, "粤B0D512", "赵磊"),
    ]:
        asset = vehicle(plate, vin=None)
        who = customer(name, "1381234" + str(5670 + len(ids)))
        ids[key] = order_in_state(ctx, tech, state, asset=asset, customer=who).id
    workflow.pause_work(tech, ids["paused"], PauseReason.WAITING_PARTS, "刹车片缺货")
    with ctx.db.write() as session:  # the workshop ran over the promise
        session.get(WorkOrder, ids["in_progress"]).promised_at = utcnow() - timedelta(hours=2)
    return ids


def board_texts(tv: TvBoardWindow) -> list[str]:
    m = tv.model
    cells = [
        m.index(r, c).data() or "" for r in range(m.rowCount()) for c in range(m.columnCount())
    ]
    heads = [m.headerData(c, 1) or "" for c in range(m.columnCount())]  # type: ignore[arg-type]
    return [*cells, *heads, tv.summary.text(), tv.heading.text()]


def test_the_lounge_sees_masked_identifiers_and_friendly_states(
    qtbot, ctx, tech, adapter, language
):
    orders = lounge_orders(ctx, tech)
    phone = order_in_state(
        ctx, tech, OrderState.IN_PROGRESS, asset=phone_device(IMEI), customer=customer("吴敏")
    ).id
    workflow.pause_work(tech, phone, PauseReason.WAITING_APPROVAL, "等客户确认")
    tv = TvBoardWindow(ctx, adapter)
    tv.resize(1366, 768)
    tv.show()
    qtbot.waitUntil(lambda: tv.model.rowCount() == 6)
    settle_tasks(qtbot)
    texts = board_texts(tv)
    joined = "\n".join(texts)

    # identifiers: the plate's region and a few characters, the IMEI's last four
    row = tv.model.row_of(phone)
    assert tv.model.index(row, 0).data() == "****0135 Huawei Mate 60"
    assert IMEI not in joined and "490154203237518" not in joined
    assert tv.model.index(tv.model.row_of(orders["approved"]), 0).data().startswith("粤B1**45")
    for plate in ("粤B12345", "粤A99K20", "京N3M456", "沪C88721", "粤B0D512"):
        assert plate not in joined
    for name in ("李娜", "张伟", "刘洋", "陈静", "赵磊", "吴敏"):
        assert name not in joined  # names by an initial only
    assert tv.model.index(row, tv.model.column_of("customer")).data() == "吴*"

    # states in the customer's words; the late one and the paused ones say nothing more
    progress = tv.model.column_of("progress")
    by_order = {k: tv.model.index(tv.model.row_of(v), progress).data() for k, v in orders.items()}
    english = language == "en"
    repairing = "Being repaired" if english else "维修中"
    assert by_order["paused"] == by_order["in_progress"] == repairing
    assert tv.model.index(row, progress).data() == repairing
    assert by_order["work_done"] == ("Quality check" if english else "质检中")
    assert by_order["ready"] == ("Ready for pickup" if english else "可取车")
    for word in FORBIDDEN[language]:
        assert word not in joined.lower(), word
    for reason in PauseReason:
        assert labels.name(reason) not in joined
    assert "刹车片缺货" not in joined and "等客户确认" not in joined
    assert next(r for r in tv.model.rows() if r.order_id == orders["in_progress"]).late
    late = tv.model.index(tv.model.row_of(orders["in_progress"]), 0)
    assert late.data(1) is None  # no warning icon (DecorationRole) either

    # the columns share the whole width of the screen (not the width before the layout)
    widths = sum(tv.table.columnWidth(c) for c in range(tv.model.columnCount()))
    assert widths >= tv.table.viewport().width() - 4 > 1200

    # counts in words, with the plural right
    if english:
        assert tv.summary.text() == "5 visits in the workshop · 1 ready for pickup"
    else:
        assert tv.summary.text() == "维修中 5 台 · 可取车 1 台"
    tv.close()
    settle_tasks(qtbot)
