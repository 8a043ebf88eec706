"""Every visit of the customer with its lines and amounts: the visits list, and the lines
of the selected visit (loaded when selected)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from app.services.context import ServiceContext
from app.services.queries import get_order
from app.services.views import OrderDetail, OrderSummary
from ui.common import format as fmt
from ui.common.calls import call
from ui.common.errors import error_text
from ui.common.widgets import setup_table, title
from ui.models.customer_visits import VisitsModel
from ui.models.reception_order_lines import OrderLinesModel


class VisitsTab(QWidget):
    """Emits ``open_order(order_id)`` on Enter / double click."""

    open_order = Signal(int)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = VisitsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        setup_table(self.table, 2)
        self.lines_model = OrderLinesModel(self)
        self.lines = QTableView()
        self.lines.setModel(self.lines_model)
        setup_table(self.lines, 0)
        self.summary = QLabel()
        self.summary.setObjectName("totals")
        self.summary.setWordWrap(True)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(title(self.tr("Lines of the selected visit")))
        lower_layout.addWidget(self.lines, 1)
        lower_layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.table.selectionModel().currentRowChanged.connect(self._on_visit)
        self.table.activated.connect(self._on_activated)

    def show_visits(self, visits: list[OrderSummary]) -> None:
        current = self.current()
        self.model.set_rows(visits)
        row = next(
            (i for i, v in enumerate(visits) if current and v.order_id == current.order_id), 0
        )
        if visits:
            self.table.setCurrentIndex(self.model.index(row, 0))
        else:
            self.lines_model.set_rows([])
            self.summary.setText("")

    def current(self) -> OrderSummary | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _on_visit(self) -> None:
        visit = self.current()
        if visit is None:
            return
        oid = visit.order_id
        call(self, lambda: get_order(self.ctx, oid), self._on_detail, self._on_error)

    def _on_detail(self, d: OrderDetail) -> None:
        current = self.current()
        if current is None or current.order_id != d.id:
            return  # the selection moved on meanwhile
        self.lines_model.set_rows(d.lines)
        parts = [
            self.tr("Customer pays %1").replace("%1", fmt.money(d.totals.customer_total)),
            self.tr("free %1").replace("%1", fmt.money(d.totals.free_total)),
        ]
        if d.order.symptom:
            parts.append(self.tr("symptom: %1").replace("%1", d.order.symptom))
        self.summary.setText("  ·  ".join(parts))

    def _on_error(self, exc: Exception) -> None:
        self.summary.setText(error_text(exc))

    def _on_activated(self) -> None:
        visit = self.current()
        if visit is not None:
            self.open_order.emit(visit.order_id)
