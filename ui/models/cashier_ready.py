"""Orders waiting at the cashier: quality-checked (ready) or settled, not yet released."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from app.domain.enums import OrderState
from app.services.views import BoardRow
from ui.common.row_model import RowModel

ORDER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("number", "state", "asset", "customer", "promised")
SETTLED_BACKGROUND = QColor("#e0f2f1")


class ReadyLabels(Protocol):
    def header(self, key: str) -> str: ...
    def state(self, value: OrderState) -> str: ...
    def local_time(self, value: Any) -> str: ...


class ReadyOrdersModel(RowModel[BoardRow, str]):
    """Board rows of ready and settled orders; settled ones (waiting for payment) tinted."""

    def __init__(self, labels: ReadyLabels, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, parent)
        self._labels = labels

    def row_of(self, order_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.order_id == order_id), None)

    def header(self, key: str) -> str:
        return self._labels.header(key)

    def cell(self, row: BoardRow, key: str, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if key == "number":
                return row.number
            if key == "state":
                return self._labels.state(row.state)
            if key == "asset":
                return row.asset_label
            if key == "customer":
                return row.customer_name
            return self._labels.local_time(row.promised_at)
        if role == Qt.ItemDataRole.BackgroundRole and row.state is OrderState.SETTLED:
            return QBrush(SETTLED_BACKGROUND)
        if role == ORDER_ID_ROLE:
            return row.order_id
        return None
