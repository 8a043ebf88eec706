"""Orders waiting at the cashier: quality-checked (ready) or settled, not yet released.

An order with an action kept on this station (a payment typed during an outage, not yet
sent: :mod:`ui.common.kept`) has its state marked "· unsent", in italics, with an
arrow icon and a tooltip: its amounts are not the final ones yet."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.domain.enums import OrderState
from app.services.views import BoardRow
from ui.common.kept import kept_icon, kept_tip, marked_state
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
        self._kept: frozenset[str] = frozenset()

    def row_of(self, order_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.order_id == order_id), None)

    def set_kept(self, numbers: frozenset[str]) -> None:
        """The order numbers with an action kept on this station, waiting to be sent."""
        if numbers == self._kept:
            return
        self._kept = frozenset(numbers)
        if self._rows:
            col = COLUMNS.index("state")
            self.dataChanged.emit(self.index(0, col), self.index(len(self._rows) - 1, col))

    def is_kept(self, row: int) -> bool:
        return self._rows[row].number in self._kept

    def header(self, key: str) -> str:
        return self._labels.header(key)

    def cell(self, row: BoardRow, key: str, role: int) -> Any:
        kept = key == "state" and row.number in self._kept
        if kept and role == Qt.ItemDataRole.ToolTipRole:
            return kept_tip()
        if kept and role == Qt.ItemDataRole.DecorationRole:
            return kept_icon()
        if kept and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if key == "number":
                return row.number
            if key == "state":
                state = self._labels.state(row.state)
                return marked_state(state) if kept else state
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
