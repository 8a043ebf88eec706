"""Orders waiting at the cashier: quality-checked (ready) or settled, not yet released."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.domain.enums import OrderState
from app.services.views import BoardRow

Index = QModelIndex | QPersistentModelIndex

ORDER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("number", "state", "asset", "customer", "promised")
SETTLED_BACKGROUND = QColor("#e0f2f1")


class ReadyLabels(Protocol):
    def header(self, key: str) -> str: ...
    def state(self, value: OrderState) -> str: ...
    def local_time(self, value: Any) -> str: ...


class ReadyOrdersModel(QAbstractTableModel):
    """Board rows of ready and settled orders; settled ones (waiting for payment) tinted."""

    def __init__(self, labels: ReadyLabels, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._labels = labels
        self._rows: list[BoardRow] = []

    def set_rows(self, rows: Sequence[BoardRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[BoardRow]:
        return list(self._rows)

    def row_of(self, order_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.order_id == order_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return self._labels.header(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        key = COLUMNS[index.column()]
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
