"""Every desk at 1366×768 (the commonest counter screen; maximised, the window has about
1366×728), in Chinese and in English, with a counter's day of data: the window fits, and no
table cuts what identifies a row.

Generic over every visible QTableView / QTreeView of the window (no list of columns): each
shown column is at least as wide as its content's size hint, or, for a column its view lets
give way (``ui.common.widgets.FLEXIBLE_PROPERTY``: free text, long names), elided only down
to a sensible width (:func:`ui.common.widgets.elide_min_width`, a whole IMEI); and no column
is pushed out of sight (no horizontal scrolling). Every amount on screen is written one
way (¥1,234.50); the combo boxes' popups paint their highlighted item with readable text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableView,
    QTreeView,
    QWidget,
)

from app.domain.enums import AssetKind, LineKind, OrderState, PauseReason, Payer, PaymentMethod
from app.domain.models import WorkOrder
from app.domain.types import utcnow
from app.services import cashier, lines, queries, workflow
from app.services.inputs import AssetInput, CustomerInput, LineInput, PaymentInput
from tests.factories import cashier_of, order_in_state
from tests.ui.conftest import wait_tasks
from tests.ui.test_style_contrast import AA, popup_contrast
from ui.auth.who import Who
from ui.common.widgets import FLEXIBLE_PROPERTY, elide_min_width
from ui.shell.app import prepare_look
from ui.shell.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

SCREEN = (1366, 728)

LINES = [
    LineInput(LineKind.LABOR, "更换前刹车片（含工时）Front brake pads replacement", "1", "380.00"),
    LineInput(LineKind.PART, "机油 5W-30 全合成 4L Fully synthetic engine oil", "1", "368.00"),
    LineInput(LineKind.PART, "机油滤清器 Oil filter", "1", "68.00", payer=Payer.WARRANTY),
    LineInput(LineKind.LABOR, "空调系统清洗 A/C system cleaning", "1.5", "120.00"),
]


def car(plate: str, make: str, model: str) -> AssetInput:
    return AssetInput(kind=AssetKind.VEHICLE, plate=plate, make=make, model=model, year=2021)


def counter_day(ctx, tech) -> dict[str, int]:
    """A counter's day: cars, a phone, an e-bike; long names; every state on the board, one
    late, one paused, one ready with mixed payers, one settled and part paid, one released."""
    people = iter(
        [
            ("欧阳娜娜", "13800138001"),
            ("Thomas Nguyen", "13800138002"),
            ("深圳市顺达物流有限公司", "13800138003"),
            ("Alexandra Richardson-Lee", "13800138004"),
            ("诸葛明亮", "13800138005"),
            ("王芳", "13800138006"),
            ("Li Na", "13800138007"),
            ("赵磊", "13800138008"),
        ]
    )
    assets = iter(
        [
            car("粤BFQ4087", "比亚迪 BYD", "汉 Han EV"),
            car("京N3M456", "大众 Volkswagen", "帕萨特 Passat"),
            AssetInput(
                kind=AssetKind.DEVICE, imei="862901072490135", make="vivo", model="X100 Pro"
            ),
            AssetInput(
                kind=AssetKind.EBIKE, frame_no="NU21W026143097", make="雅迪", model="冠能 G5"
            ),
            car("粤BD12345", "理想 Li Auto", "L9 Max"),
            car("沪C88721", "丰田 Toyota", "凯美瑞 Camry"),
            car("粤A99K20", "本田 Honda", "CR-V"),
            car("粤B76008", "特斯拉 Tesla", "Model Y"),
        ]
    )
    ids: dict[str, int] = {}
    for key, state in [
        ("approved", OrderState.APPROVED),
        ("assigned", OrderState.ASSIGNED),
        ("in_progress", OrderState.IN_PROGRESS),
        ("paused", OrderState.IN_PROGRESS),
        ("work_done", OrderState.WORK_DONE),
        ("ready", OrderState.READY),
        ("settled", OrderState.SETTLED),
        ("released", OrderState.RELEASED),
    ]:
        name, phone = next(people)
        d = order_in_state(
            ctx,
            tech,
            state,
            asset=next(assets),
            customer=CustomerInput(name=name, phones=[phone]),
            lines=list(LINES),
        )
        ids[key] = d.id
        ids[f"{key}.customer"] = d.customer.id
    for key in ("assigned", "in_progress"):  # extra work for the advisor to phone about
        lines.propose_extra_work(
            tech if key == "in_progress" else ctx,
            ids[key],
            [
                LineInput(LineKind.PART, "前刹车片（原厂陶瓷）Front brake pads", "1", "580.00"),
                LineInput(LineKind.LABOR, "更换刹车片工时 Brake pad labour", "1", "200.00"),
            ],
            finding="前刹车片磨损到极限",
        )
    workflow.pause_work(tech, ids["paused"], PauseReason.WAITING_APPROVAL, "等客户确认增项")
    pay = cashier_of(ctx)
    cashier.pay(pay, ids["settled"], [PaymentInput(PaymentMethod.CASH, Decimal("200.00"))])
    with ctx.db.write() as session:  # the workshop ran over one promise
        order = session.get(WorkOrder, ids["in_progress"])
        order.promised_at = utcnow() - timedelta(hours=2)
        order.waits_on_site = True
    return ids


@pytest.fixture(params=["zh_CN", "en"])
def language(request, qapp) -> Iterator[str]:
    prepare_look(request.param)
    yield request.param
    prepare_look("en")
    qapp.setStyleSheet("")


def settle() -> None:
    wait_tasks()
    for _ in range(4):
        QApplication.processEvents()


def header_of(view: QAbstractItemView) -> QHeaderView:
    return view.header() if isinstance(view, QTreeView) else view.horizontalHeader()  # type: ignore[attr-defined]


def shown_views(window: QWidget) -> list[QAbstractItemView]:
    return [
        v
        for v in window.findChildren(QAbstractItemView)
        if isinstance(v, QTableView | QTreeView)
        and v.isVisible()
        and not v.visibleRegion().isEmpty()
        and v.model() is not None
        and v.model().rowCount(QModelIndex()) > 0
    ]


def cut_columns(view: QAbstractItemView, where: str) -> list[str]:
    """What of ``view`` a user cannot read whole: columns narrower than their content (or,
    elidable, than a sensible width), columns pushed out of sight. A table that wraps its
    text instead (word wrap, rows as high as their text) may narrow any column to the
    sensible width, as long as every row is as high as its wrapped text."""
    header = header_of(view)
    model = view.model()
    flexible = set(view.property(FLEXIBLE_PROPERTY) or [])
    wraps = isinstance(view, QTableView) and view.wordWrap()
    if wraps:
        flexible = set(range(model.columnCount(QModelIndex())))
    least = elide_min_width(view)
    owner = view.parentWidget()
    while owner is not None and not type(owner).__module__.startswith("ui."):
        owner = owner.parentWidget()
    name = view.objectName() or (type(owner).__name__ if owner is not None else "?")
    problems = []
    for column in range(model.columnCount(QModelIndex())):
        if header.isSectionHidden(column):
            continue
        title = model.headerData(column, Qt.Orientation.Horizontal)
        need = view.sizeHintForColumn(column)
        width = header.sectionSize(column)
        floor = min(need, least) if column in flexible else need
        if width < floor:
            problems.append(f"{where} {name} “{title}”: {width} px < {floor} px (content {need})")
    if wraps:
        rows = view.verticalHeader()  # type: ignore[attr-defined]
        for row in range(model.rowCount(QModelIndex())):
            if rows.sectionSize(row) < view.sizeHintForRow(row):
                problems.append(f"{where} {name}: row {row + 1} cut (wrapped text too high)")
    if view.horizontalScrollBar().maximum() > 0:
        widths = [
            f"{model.headerData(c, Qt.Orientation.Horizontal)} {header.sectionSize(c)}"
            for c in range(model.columnCount(QModelIndex()))
            if not header.isSectionHidden(c)
        ]
        problems.append(
            f"{where} {name}: columns pushed out of sight (scrolls sideways; "
            f"{view.viewport().width()} px for {', '.join(widths)})"
        )
    return problems


#: an amount not in the one form (¥1,234.50): bare two-decimal numbers, ¥ without two
#: decimals, amounts in 元
ODD_MONEY = re.compile(
    r"(?<![¥\d.,:/\-])(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2}(?![\d%])(?!\s*%)"
    r"|¥\s?-?[\d,]+(?![\d,]*\.\d{2})(?![\d,.])"
    r"|\d\s?元"
)


def odd_amounts(window: QWidget, where: str, seen: list[str]) -> list[str]:
    """Texts on screen (labels and table cells) with an amount not written as all are;
    ``seen`` gets those with an amount in the one form."""
    texts = [
        re.sub(r"<[^>]+>", " ", label.text())
        for label in window.findChildren(QLabel)
        if label.isVisible() and label.text()
    ]
    for view in shown_views(window):
        model = view.model()
        for row in range(min(model.rowCount(QModelIndex()), 60)):
            for column in range(model.columnCount(QModelIndex())):
                value = model.index(row, column).data()
                if isinstance(value, str):
                    texts.append(value)
    seen += [t for t in texts if re.search(r"¥[\d,]+\.\d\d", t)]
    return [f"{where}: {t!r}" for t in texts if ODD_MONEY.search(t)]


def test_every_desk_at_1366_by_768(qtbot, owner, tech, adapter, keep, language):
    ctx = owner.ctx
    ids = counter_day(ctx, tech)
    window = keep(MainWindow(ctx, adapter, "Counter 1", Who.of(owner.user), "WenQuanYi Micro Hei"))
    window.resize(*SCREEN)
    window.show()
    qtbot.waitExposed(window)
    settle()
    problems: list[str] = []
    least = window.minimumSizeHint().expandedTo(window.minimumSize())
    if least.width() > SCREEN[0]:  # said with the rest (the tables are checked anyway)
        widest = max(window.keys, key=lambda k: window.workspace(k).minimumSizeHint().width())
        problems.append(
            f"[{language}] the window needs {least.width()} px "
            f"(the widest desk: {widest}, {window.workspace(widest).minimumSizeHint().width()} px)"
        )

    def prepare(key: str) -> list[str]:
        """Put the desk in a state with its tables full; the names of the states."""
        ws = window.workspace(key)
        if key == "reception":
            ws.open_order(ids["ready"])  # type: ignore[attr-defined]
        elif key == "workshop":
            ws.open_order(ids["in_progress"])  # type: ignore[attr-defined]
        elif key == "cashier":
            ws.open_order(ids["settled"])  # type: ignore[attr-defined]
        elif key == "customer":
            ws.show_customer(ids["released.customer"])  # type: ignore[attr-defined]
        settle()
        return [key]

    money: list[str] = []
    amounts: list[str] = []
    contrasts: dict[str, float] = {}
    for key in window.keys:
        window.switch_to(key)
        prepare(key)
        ws = window.workspace(key)
        tabs = getattr(ws, "tabs", None)
        pages = range(tabs.count()) if tabs is not None else [None]
        for page in pages:
            if page is not None:
                tabs.setCurrentIndex(page)
                settle()
            where = f"[{language}] {key}" + (f" tab {page}" if page is not None else "")
            for view in shown_views(window):
                problems += cut_columns(view, where)
            money += odd_amounts(window, where, amounts)
        if key == "reception":  # a returning customer's intake, step by step
            detail = queries.get_order(ctx, ids["released"])
            ws._on_start_for(detail.customer.id, detail.asset.id)  # type: ignore[attr-defined]
            settle()
            flow = ws.flow  # type: ignore[attr-defined]
            for step in range(len(flow.steps)):
                flow.go_to(step)
                settle()
                where = f"[{language}] intake step {step + 1}"
                for view in shown_views(window):
                    problems += cut_columns(view, where)
                money += odd_amounts(window, where, amounts)
            flow._on_cancel()
            flow._on_cancel()
            settle()
        if key == "setup":
            for n in range(len(ws.pages)):  # type: ignore[attr-defined]
                ws.show_page(n)  # type: ignore[attr-defined]
                settle()
                for view in shown_views(window):
                    problems += cut_columns(view, f"[{language}] setup page {n + 1}")
        for combo in ws.findChildren(QComboBox):
            if combo.isVisible() and combo.count() > 1 and combo.isEnabled():
                contrasts[f"{key} {combo.objectName() or combo.currentText()}"] = popup_contrast(
                    combo
                )
    assert not problems, "\n".join(problems)
    assert not money, "amounts not written ¥1,234.50:\n" + "\n".join(money)
    assert len(amounts) > 20  # the desks did show amounts
    assert contrasts  # the desks have combo boxes to try
    dim = {k: round(v, 1) for k, v in contrasts.items() if v < AA}
    assert not dim, f"highlighted popup items hard to read: {dim}"
